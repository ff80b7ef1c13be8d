// The 2026-07-28 ("modern", stateless) protocol era, as seen by the downstream side: how a
// client's era is detected, what every modern request must carry in `params._meta`, and the
// method set a modern client may call. See docs/protocol.md "Eras".
//
// Detection: a request that is not a legacy `initialize` (one with `params.protocolVersion`) and
// whose `params._meta` carries "io.modelcontextprotocol/protocolVersion" is modern; over HTTP a
// POST without Mcp-Session-Id that is not a legacy initialize is also modern (stateless).
// Everything else takes the legacy path unchanged.
//
// Decoding: DecodeRequestMeta checks, in this order, that `_meta` carries protocolVersion and
// clientCapabilities (-32602 otherwise; clientInfo is optional) and that the version is one the
// gateway serves statelessly (-32022 UnsupportedProtocolVersion with data.supported and
// data.requested). StripEraMeta then removes the era's own keys so that guards, audit and
// legacy upstreams see the same logical call as from a legacy client; other `_meta` members
// (traceparent, progressToken, ...) are kept and passed on.
//
// Threading: pure functions and constants.
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::downstream::modern {

inline constexpr std::string_view kModernVersion = "2026-07-28";
// Versions served without initialize (per-request _meta). Oldest first.
inline constexpr std::array<std::string_view, 1> kStatelessVersions = {kModernVersion};

inline constexpr std::string_view kMetaProtocolVersion = "io.modelcontextprotocol/protocolVersion";
inline constexpr std::string_view kMetaClientCapabilities =
    "io.modelcontextprotocol/clientCapabilities";
inline constexpr std::string_view kMetaClientInfo = "io.modelcontextprotocol/clientInfo";
inline constexpr std::string_view kMetaLogLevel = "io.modelcontextprotocol/logLevel";
inline constexpr std::string_view kMetaServerInfo = "io.modelcontextprotocol/serverInfo";
inline constexpr std::string_view kMetaSubscriptionId = "io.modelcontextprotocol/subscriptionId";

// Error codes introduced by 2026-07-28.
inline constexpr int kHeaderMismatch = -32020;
inline constexpr int kMissingRequiredClientCapability = -32021;
inline constexpr int kUnsupportedProtocolVersion = -32022;

// A rejection of a modern request: the JSON-RPC error to answer with (`data` null when none).
struct EraError {
  int code = 0;
  std::string message;
  boost::json::value data;
};

// What one modern request says about its client.
struct RequestMeta {
  std::string protocol_version;
  boost::json::object client_capabilities;
  boost::json::object client_info;  // empty when the request carried none
  std::string log_level;            // empty: the client wants no notifications/message
};

bool IsStatelessVersion(std::string_view version);

// Whether `request` (a whole JSON-RPC request object) is a modern-era request: see above.
bool IsModernRequest(const boost::json::object& request);

// Decodes the era members of `params` (the request's "params"; null or absent is allowed and
// fails as missing _meta).
boost::system::result<RequestMeta, EraError> DecodeRequestMeta(const boost::json::value* params);

// Removes protocolVersion, clientCapabilities, clientInfo and logLevel from `params._meta`
// (and `_meta` itself when nothing else is left).
void StripEraMeta(boost::json::object& params);

// Methods a modern client may call on the gateway. Removed in 2026-07-28 (initialize, ping,
// logging/setLevel, resources/subscribe, resources/unsubscribe) and unknown methods are not
// served: the answer is -32601 (HTTP 404).
bool IsServedMethod(std::string_view method);

// The UnsupportedProtocolVersion error for `requested`.
EraError UnsupportedVersion(std::string_view requested);

}  // namespace mcpgw::downstream::modern
