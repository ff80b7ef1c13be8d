// BridgedCapabilities: what of a client's declared capabilities the gateway can serve to an
// upstream server on that client's behalf. Only server-to-client requests need client
// capabilities, and the gateway carries exactly three of them across (to a legacy client as real
// requests, to a 2026-07-28 client as input_required rounds): sampling, elicitation and roots.
//
// Used for the initialize offer to legacy upstreams (the union over connected clients:
// Router::ClientCapabilitiesForUpstreams) and for the per-request `_meta` clientCapabilities of
// each call a client causes on a 2026-07-28 upstream (upstream::RequestCallbacks), so both eras
// follow one rule. docs/protocol.md, "Capabilities".
//
// Threading: pure function.
#pragma once

#include <boost/json/object.hpp>

namespace mcpgw::router {

// `declared`'s sampling, elicitation and roots members that are objects, copied as declared
// (sub-capabilities included: sampling.tools, elicitation.form/url, roots.listChanged); every
// other member (experimental, tasks, extensions, unknown keys) and a member that is not an
// object are left out. A client that declared none of the three gets {}.
boost::json::object BridgedCapabilities(const boost::json::object& declared);

}  // namespace mcpgw::router
