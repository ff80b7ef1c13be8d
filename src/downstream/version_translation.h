// Version translation: what a client that negotiated an older protocol revision must not
// receive, removed from results before they are sent (docs/protocol.md has the table).
//
//   field or block                         introduced   for older clients
//   tool.annotations                       2025-03-26   removed
//   audio content block                    2025-03-26   replaced by a text block
//   completions capability                 2025-03-26   removed from initialize
//   tool.outputSchema, *.title             2025-06-18   removed
//   CallToolResult.structuredContent       2025-06-18   removed; a text block carrying the JSON
//                                                       is added when no text block exists
//   resource_link content block            2025-06-18   replaced by a text block naming the URI
//   *.icons, tool.execution,               2025-11-25   removed
//   tasks capability
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>

#include <string_view>

namespace mcpgw::downstream {

// Whether TranslateResult may change a result of `method` for `client_version` (false for the
// latest revision and for methods it never touches), so callers can skip building a tree.
bool NeedsTranslation(std::string_view method, std::string_view client_version);

// Rewrites `result` (the "result" member of a response to `method`) for a client on
// `client_version`. A no-op for the latest revision.
void TranslateResult(std::string_view method, std::string_view client_version,
                     boost::json::object& result);

// Rewrites the server capabilities of an initialize result for `client_version`.
void TranslateCapabilities(std::string_view client_version, boost::json::object& capabilities);

}  // namespace mcpgw::downstream
