// The HTTP side of a 2026-07-28 request: the MCP-Protocol-Version, Mcp-Method and Mcp-Name
// headers checked against the body, as the revision requires of servers and intermediaries
// (SEP-2243), together with the body's _meta (era.h).
//
// Order of checks (the first failure is the answer, all HTTP 400):
//   1. MCP-Protocol-Version header missing                      -32020 HeaderMismatch
//   2. _meta missing protocolVersion or clientCapabilities       -32602 Invalid params
//   3. header and _meta protocolVersion differ                   -32020
//   4. version not served statelessly                            -32022 (data.supported/requested)
//   5. Mcp-Method missing or not exactly the body's method       -32020
//   6. tools/call, prompts/get (params.name) and resources/read (params.uri): Mcp-Name missing
//      or not exactly that value                                 -32020
// Header names are case-insensitive (the caller's lookup); values are compared after trimming
// optional whitespace (spaces and tabs) and are case-sensitive.
//
// Threading: pure function.
#pragma once

#include <boost/json/object.hpp>
#include <boost/system/result.hpp>
#include <optional>
#include <string_view>

#include "downstream/modern/era.h"

namespace mcpgw::downstream::modern {

struct EraHeaders {
  std::optional<std::string_view> protocol_version;  // nullopt: header absent
  std::optional<std::string_view> method;
  std::optional<std::string_view> name;
};

// Checks one modern request (a whole JSON-RPC request object) and its headers; on success the
// decoded _meta.
boost::system::result<RequestMeta, EraError> CheckHttpRequest(const EraHeaders& headers,
                                                              const boost::json::object& request);

// `value` without leading and trailing spaces and tabs.
std::string_view TrimOws(std::string_view value);

}  // namespace mcpgw::downstream::modern
