// Router: servers with "isolation": "session" — which upstream serves a session, and who owns
// an instance (see router.h, "Isolation between clients").
#include "router/router.h"

#include <spdlog/spdlog.h>

namespace mcpgw::router {

std::shared_ptr<upstream::Upstream> Router::UpstreamFor(
    const std::shared_ptr<ClientSession>& session, std::size_t index, const json::value& id,
    Respond& respond) {
  const std::shared_ptr<upstream::Upstream>& shared = upstreams_[index];
  const config::ServerConfig& config = shared->config();
  if (config.isolation != config::ServerConfig::Isolation::kSession || !make_instance_ ||
      !session)
    return shared;
  const auto key = std::make_pair(static_cast<const ClientSession*>(session.get()), index);
  if (auto it = instances_.find(key); it != instances_.end()) return it->second.upstream;
  std::size_t running = 0;
  for (const auto& [k, instance] : instances_) running += instance.index == index ? 1 : 0;
  if (running >= config.max_instances) {
    spdlog::warn("router upstream={} session instance refused: {} running (maxInstances)",
                 config.name, running);
    respond(core::MakeErrorResponse(
        id, core::kUpstreamUnavailable,
        "server '" + config.name + "': all " + std::to_string(config.max_instances) +
            " per-session instances are in use; try again when another session ends"));
    return nullptr;
  }
  auto instance = std::make_shared<upstream::SessionInstance>(
      [this, index](upstream::UpstreamObserver* observer) {
        return make_instance_(index, observer);
      },
      this);
  instances_[key] = Instance{instance, session, index};
  spdlog::info("router upstream={} session instance starting instances={}", config.name,
               running + 1);
  instance->Start();
  return instance;
}

std::shared_ptr<ClientSession> Router::InstanceOwner(const upstream::Upstream& upstream,
                                                     bool& is_instance) const {
  is_instance = false;
  for (const auto& [key, instance] : instances_) {
    if (instance.upstream.get() != &upstream) continue;
    is_instance = true;
    return instance.session.lock();
  }
  return nullptr;
}

std::size_t Router::IndexOf(const upstream::Upstream& upstream) const {
  for (std::size_t i = 0; i < upstreams_.size(); ++i)
    if (upstreams_[i].get() == &upstream) return i;
  for (const auto& [key, instance] : instances_)
    if (instance.upstream.get() == &upstream) return instance.index;
  return upstreams_.size();
}

}  // namespace mcpgw::router
