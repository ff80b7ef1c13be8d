// The gateway's own `subscriptions/listen` toward a 2026-07-28 upstream (the wire only; the
// lifecycle is ProtocolUpstream's, protocol_upstream_listen.cc). See docs/protocol.md
// ("subscriptions/listen toward modern upstreams").
//
//   request        subscriptions/listen with params.notifications = every list_changed kind the
//                  server's discover capabilities advertise (`<kind>.listChanged`) and, when it
//                  advertises `resources.subscribe`, the URIs the gateway's clients subscribed to
//                  on that server (at most kMaxListenUris), plus the usual envelope
//   acknowledged   notifications/subscriptions/acknowledged, tagged with the listen's id in
//                  params._meta["io.modelcontextprotocol/subscriptionId"], opens the stream
//   notifications  list_changed and resources/updated, tagged the same way; the tag is removed
//                  before the router sees them (they are then the legacy notifications)
//   end            a result (graceful close by the server) or an error; the gateway ends it with
//                  notifications/cancelled (stdio) or by closing the exchange (HTTP)
//
// Threading: pure functions.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace mcpgw::upstream::modern {

namespace json = boost::json;

inline constexpr std::string_view kListenMethod = "subscriptions/listen";
inline constexpr std::string_view kAcknowledgedMethod = "notifications/subscriptions/acknowledged";
// Resource URIs one upstream listen carries (the union of every client's subscriptions on that
// server); one more resources/subscribe is refused with -32603.
inline constexpr std::size_t kMaxListenUris = 256;

// The params of the listen the gateway opens toward a server with `capabilities` (its
// server/discover capabilities) for the resource `uris`: {"notifications": {...}}. nullopt when
// there is nothing to ask (no listChanged advertised and no URI the server would honor).
std::optional<json::object> ListenParams(const json::object& capabilities,
                                         const std::set<std::string>& uris);

// The subscription id a notification is tagged with (params._meta[subscriptionId]); nullopt
// when it carries none.
std::optional<json::value> SubscriptionIdOf(const json::object& notification);

// Removes the subscription tag (and `_meta`, `params` when that leaves them empty).
void Untag(json::object& notification);

}  // namespace mcpgw::upstream::modern
