// The era's request checks (era.h) on a message's bytes: a 2026-07-28 request is recognized,
// decoded and stripped of its era keys without parsing the whole request into a tree. Only
// params._meta (and the member Mcp-Name names) are parsed; the rest of the request keeps its
// bytes, so a stateless POST goes upstream as the client sent it, with only _meta replaced.
//
// Same rules as the tree versions in era.h (pinned by era_wire_test.cc against them), with one
// difference: a `_meta` that held only era keys is left as an empty object (`"_meta":{}`)
// instead of being removed (removing a member needs a tree).
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>

#include "core/wire_message.h"
#include "downstream/modern/era.h"

namespace mcpgw::downstream::modern {

// IsModernRequest (era.h) on the message's text.
bool IsModernRequest(const core::WireMessage& request);

// The request's params reduced to what the era's checks read: an object with params' `_meta`
// and its `name` and `uri` members when present; params itself when it is not an object (so
// DecodeRequestMeta reports it); null when params is absent.
boost::json::value EraParams(const core::WireMessage& request);

// The request reduced to what CheckHttpRequest reads: {"method", "params": EraParams}.
boost::json::object EraRequest(const core::WireMessage& request);

// StripEraMeta (era.h) on the message's text: `params._meta` is replaced by itself without the
// era keys. Nothing changes when it has none.
void StripEraMeta(core::WireMessage& request);

}  // namespace mcpgw::downstream::modern
