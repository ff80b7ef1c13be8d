// Router: which client session hears an upstream's log messages (see router.h, "Isolation
// between clients").
#include "core/json_access.h"
#include "router/log_level.h"
#include "router/router.h"

#include <spdlog/spdlog.h>

namespace mcpgw::router {

std::shared_ptr<ClientSession> Router::CausingSession(const upstream::Upstream& upstream,
                                                      ClientSession::InFlightRef& latest) const {
  std::shared_ptr<ClientSession> target;
  latest = {};
  for (const auto& weak : sessions_) {
    auto session = weak.lock();
    if (!session || !session->initialized()) continue;
    if (auto ref = session->LatestInFlightOn(&upstream); ref.sequence > latest.sequence) {
      latest = std::move(ref);
      target = session;
    }
  }
  return target;
}

void Router::RouteLogMessage(const upstream::Upstream& upstream,
                             const json::object& notification) {
  const json::object* params = core::ObjectMember(notification, "params");
  // A message without a valid level is treated as the most severe: it is never filtered out.
  const int severity =
      LogSeverity(params ? core::StringMember(*params, "level") : std::string_view()).value_or(7);
  auto wants = [&](const ClientSession* session) {
    auto it = log_levels_.find(session);
    return it == log_levels_.end() || severity >= it->second;
  };

  bool is_instance = false;
  if (auto owner = InstanceOwner(upstream, is_instance); is_instance) {
    // A session's own instance speaks to that session only.
    if (owner && owner->initialized() && wants(owner.get()))
      SendGuarded(owner, upstream.name(), notification, owner->LatestInFlightOn(&upstream).key);
    return;
  }
  ClientSession::InFlightRef latest;
  if (auto cause = CausingSession(upstream, latest)) {
    if (wants(cause.get())) SendGuarded(cause, upstream.name(), notification, latest.key);
    return;
  }
  std::size_t delivered = 0;
  for (const auto& weak : sessions_) {
    auto session = weak.lock();
    if (!session || !session->initialized() || !log_levels_.count(session.get())) continue;
    if (!wants(session.get())) continue;
    SendGuarded(session, upstream.name(), notification);
    ++delivered;
  }
  if (delivered == 0) {
    spdlog::debug("router upstream={} log message dropped: no request in flight and no session "
                  "set a level that admits it",
                  upstream.name());
  }
}

}  // namespace mcpgw::router
