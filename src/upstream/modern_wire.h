// The 2026-07-28 ("modern", stateless) wire as the gateway speaks it to an upstream server: the
// server/discover probe and its verdict, the `_meta` envelope every request carries, the HTTP
// headers of each POST, and the decoding of what a modern server answers back into the legacy
// shape the router, guards and legacy clients expect. See docs/protocol.md ("Upstream eras").
//
//   probe      server/discover with the envelope; a result whose supportedVersions lists
//              2026-07-28 means modern; anything else (an error of any code, an HTTP 4xx turned
//              into an error, a result without that version) means legacy: initialize follows
//   envelope   params._meta io.modelcontextprotocol/{protocolVersion, clientCapabilities,
//              clientInfo, logLevel (when a level was set)} on every request
//   headers    MCP-Protocol-Version, Mcp-Method, and Mcp-Name (params.name of tools/call and
//              prompts/get, params.uri of resources/read) on every HTTP POST
//   responses  resultType "complete", ttlMs, cacheScope and _meta serverInfo removed; -32602 whose data is only
//              {uri} on resources/read becomes -32002 Resource not found (SEP-2164 in reverse);
//              resultType "input_required" is returned to the caller as InputRequired
//
// Threading: pure functions.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/wire_message.h"

namespace mcpgw::upstream::modern {

namespace json = boost::json;

inline constexpr std::string_view kVersion = "2026-07-28";

// What the gateway says about itself in every modern request.
struct Envelope {
  // The calling client's capabilities as the gateway can bridge them, or, for a request no
  // client caused, the gateway's offer (ProtocolUpstream::MakeEnvelope).
  json::object client_capabilities;
  std::string client_name;
  std::string client_version;
  std::string log_level;  // empty: no logLevel (the server sends no notifications/message)
};

// The members of `_meta` the envelope adds.
json::object EnvelopeMeta(const Envelope& envelope);

// Adds the envelope to a request's params (a tree): `params` becomes an object when null;
// existing `_meta` members are kept (the envelope's keys win).
void AddEnvelope(json::value& params, const Envelope& envelope);
// The same on a request's bytes (only `params._meta` changes).
void AddEnvelope(core::WireMessage& request, const Envelope& envelope);

// The params member Mcp-Name carries for `method` ("name" for tools/call and prompts/get, "uri"
// for resources/read), or "" when the method has none.
std::string_view NameMember(std::string_view method);

// The headers of the HTTP POST carrying a message of `method`; `name` is the value of
// NameMember (no Mcp-Name when empty or when it holds a line break).
std::vector<std::pair<std::string, std::string>> HttpHeaders(std::string_view method,
                                                             std::string_view name);

// Appends to `headers` the Mcp-Param-* headers (core/mcp_param_headers.h) that the tool `name`
// of `tools` (the upstream's own list) declares, with the values of `request`'s
// params.arguments. Nothing when the tool is not listed or its declarations are invalid.
void AddParamHeaders(const boost::json::array& tools, std::string_view name,
                     const core::WireMessage& request,
                     std::vector<std::pair<std::string, std::string>>& headers);

// What a successful probe says about the server.
struct Discovered {
  json::object capabilities;
  json::object server_info;
  std::string instructions;
};

// The verdict on the response (a whole JSON-RPC response object) to server/discover: the server
// speaks 2026-07-28 (Discovered), or nullopt (legacy: fall back to initialize).
std::optional<Discovered> ClassifyDiscover(const json::object& response);

// An input_required result: what the server needs before it can answer.
struct InputRequired {
  json::object input_requests;  // key -> {method, params}
  std::optional<std::string> request_state;
};

// Decodes a modern server's response (a whole JSON-RPC response object) to `method`. Returns
// InputRequired for an input_required result (the response is left as it was); otherwise
// rewrites `response` in place into the legacy shape (above) and returns nullopt.
std::optional<InputRequired> DecodeResponse(std::string_view method, json::object& response);

}  // namespace mcpgw::upstream::modern
