// The 2026-07-28 revision's custom parameter headers (SEP-2243): a tool's inputSchema may mark a
// primitive argument with `"x-mcp-header": "Name"`, and an HTTP client then mirrors that
// argument's value into an `Mcp-Param-Name` header of its tools/call POST, so that
// intermediaries can route on it without reading the body. Servers and intermediaries must
// reject a request whose header disagrees with the body (-32020 HeaderMismatch, HTTP 400).
//
// Declarations (ScanParamHeaders) are valid only when every `x-mcp-header` sits on a property
// reached from the schema's root through `properties` alone (never under items,
// additionalProperties, oneOf/anyOf/allOf/not, if/then/else, $defs, ...), is a non-empty RFC 9110
// token, is unique case-insensitively, and the property's `type` is string, integer or boolean.
// A tool whose declarations are invalid has none (clients drop such tools; nothing is checked).
//
// Values: strings as they are, booleans "true"/"false", numbers in their shortest decimal form.
// A value with characters outside printable ASCII, or with leading or trailing whitespace, is
// sent as `=?base64?<base64 of its UTF-8>?=`; a receiver decodes that form (non-canonical base64
// or invalid UTF-8 is a mismatch) and takes any other value literally. Integer declarations are
// compared numerically (42 and 42.0 agree); the rest as strings. A body value that is absent or
// null expects no header (one present is ignored).
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mcpgw::core {

inline constexpr std::string_view kParamHeaderPrefix = "Mcp-Param-";

struct ParamHeaderDeclaration {
  std::vector<std::string> path;  // property names from the schema's root
  std::string name;               // the header is kParamHeaderPrefix + name
  std::string type;               // "string", "integer" or "boolean"
};

// The declarations of a tool's inputSchema (empty when it has none); nullopt when invalid.
std::optional<std::vector<ParamHeaderDeclaration>> ScanParamHeaders(
    const boost::json::value& input_schema);

// The headers a client sends for `arguments` (the tools/call params.arguments): one per
// declaration whose value is a string, boolean or finite number.
std::vector<std::pair<std::string, std::string>> ParamHeaderValues(
    const std::vector<ParamHeaderDeclaration>& declarations, const boost::json::value& arguments);

struct ParamHeaderMismatch {
  std::string header;  // "Mcp-Param-Name"
  std::string reason;  // what disagrees (names the argument, never its value)
};

// Checks the request's headers against `arguments`. `header` returns a header's value
// (whitespace around it already trimmed) or nullopt when absent. Returns the first mismatch:
// missing, undecodable or different.
std::optional<ParamHeaderMismatch> CheckParamHeaders(
    const std::vector<ParamHeaderDeclaration>& declarations, const boost::json::value& arguments,
    const std::function<std::optional<std::string_view>(std::string_view name)>& header);

}  // namespace mcpgw::core
