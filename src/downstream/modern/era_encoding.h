// Encoding of the gateway's answers for a 2026-07-28 client: one logical answer (what the router
// and guards produced, the same for both eras) rewritten into the modern wire shape.
//
//   results        resultType "complete" added (an upstream's own resultType is kept)
//   list results   ttlMs 0 and cacheScope "private" on server/discover, tools/list,
//   and reads      prompts/list, resources/list, resources/templates/list, resources/read: the
//                  gateway's lists change with upstream restarts and are filtered per principal
//                  (guards, policy), so a shared cache must not keep them
//   errors         -32002 Resource not found becomes -32602 with data.uri (SEP-2164)
//   server/discover  supportedVersions, the aggregated capabilities, serverInfo (in
//                  _meta io.modelcontextprotocol/serverInfo) and instructions
//
// HttpStatusFor gives the HTTP status a modern error is sent with (400 for the era's request
// errors, 404 for -32601, 200 otherwise).
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <optional>
#include <string_view>

#include "core/wire_message.h"

namespace mcpgw::downstream::modern {

// Rewrites `response` (a whole JSON-RPC response to `method`) for a modern client.
// `resource_uri` is the request's params.uri for resources/read ("" otherwise).
void EncodeResponse(std::string_view method, std::string_view resource_uri,
                    boost::json::object& response);

// The same on a message on its way out, without a tree: a result's text gets the era's members
// spliced in after the opening brace of `result` (each only when the text shows it absent) and
// goes out as {"jsonrpc","id","result"} with those bytes (WireMessage::ResultFromText). When the
// text cannot tell (an escaped or repeated key in the way) the message is parsed and encoded as a
// tree; errors, and messages that already are trees, go through the tree.
void EncodeResponse(std::string_view method, std::string_view resource_uri,
                    core::WireMessage& response);

// The result text `result` (an object, valid JSON) with the era's members for `method` inserted
// after its opening brace (only those it lacks); nullopt when `result` is no object or the text
// cannot tell whether a member is there (escaped or repeated keys).
std::optional<std::string> SpliceEraMembers(std::string_view method, std::string_view result);

// Whether `method`'s result carries the caching hints.
bool IsCacheableMethod(std::string_view method);

// The server/discover result from the gateway's aggregated view.
boost::json::object DiscoverResult(boost::json::object capabilities,
                                   const boost::json::object& server_info,
                                   const std::string& instructions);

// The HTTP status for a modern JSON-RPC error `code` produced before dispatch.
unsigned HttpStatusFor(int code);

}  // namespace mcpgw::downstream::modern
