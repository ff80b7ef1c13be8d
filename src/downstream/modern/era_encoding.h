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
#include <string_view>

namespace mcpgw::downstream::modern {

// Rewrites `response` (a whole JSON-RPC response to `method`) for a modern client.
// `resource_uri` is the request's params.uri for resources/read ("" otherwise).
void EncodeResponse(std::string_view method, std::string_view resource_uri,
                    boost::json::object& response);

// Whether `method`'s result carries the caching hints.
bool IsCacheableMethod(std::string_view method);

// The server/discover result from the gateway's aggregated view.
boost::json::object DiscoverResult(boost::json::object capabilities,
                                   const boost::json::object& server_info,
                                   const std::string& instructions);

// The HTTP status for a modern JSON-RPC error `code` produced before dispatch.
unsigned HttpStatusFor(int code);

}  // namespace mcpgw::downstream::modern
