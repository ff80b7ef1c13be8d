// Session's 2026-07-28 (modern era) half: per-request _meta, server/discover, and what may reach
// a modern client. The rules are in session.h; the era's wire rules in downstream/modern/.
#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>

#include "downstream/modern/era.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/session.h"
#include "router/log_level.h"

namespace mcpgw::downstream {

bool Session::PrepareModernRequest(core::WireMessage& request, Sink& sink) {
  const json::value id = request.id();
  const std::string method(request.method());
  json::object& tree = request.MutableTree();
  auto meta = modern::DecodeRequestMeta(tree.if_contains("params"));
  if (!meta) {
    sink(core::MakeErrorResponse(id, meta.error().code, meta.error().message, meta.error().data));
    return false;
  }
  if (!modern::IsServedMethod(method)) {
    sink(core::MakeErrorResponse(id, core::kMethodNotFound, "Method not found: " + method));
    return false;
  }
  modern_ = true;
  protocol_version_ = meta->protocol_version;
  client_capabilities_ = std::move(meta->client_capabilities);
  client_info_ = std::move(meta->client_info);
  log_level_ = std::move(meta->log_level);
  {
    guards::SessionInfo& guard = *MutableGuardSession();
    guard.protocol_version = protocol_version_;
    const json::value* name = client_info_.if_contains("name");
    guard.client_name = name && name->is_string() ? std::string(name->get_string()) : "";
    const json::value* version = client_info_.if_contains("version");
    guard.client_version =
        version && version->is_string() ? std::string(version->get_string()) : "";
  }
  if (!initialized_) {
    // The first request waits, like initialize, for the upstreams' first start attempt (over
    // stdio it starts them); it is then handled from the top, _meta and all.
    initialize_started_ = true;
    std::weak_ptr<Session> weak = shared_from_this();
    router_.WhenReadyForClient([weak, request = std::move(request),
                                sink = std::move(sink)]() mutable {
      auto self = weak.lock();
      if (!self || self->closed_) return;
      auto queued = std::move(self->queued_);
      self->queued_.clear();
      if (std::string error = self->router_.WrappedServerError(); !error.empty()) {
        spdlog::warn("session modern request failed: {}", error);
        self->initialize_started_ = false;  // the next request tries again
        sink(core::MakeErrorResponse(request.id(), core::kUpstreamUnavailable, error));
        for (auto& [message, queued_sink] : queued) {
          if (message.IsRequest() && queued_sink)
            queued_sink(core::MakeErrorResponse(message.id(), core::kUpstreamUnavailable, error));
        }
        return;
      }
      self->initialized_ = true;
      spdlog::debug("session serving protocol={} (stateless)", self->protocol_version_);
      self->Dispatch(std::move(request), std::move(sink));
      for (auto& [message, queued_sink] : queued)
        self->Dispatch(std::move(message), std::move(queued_sink));
    });
    return false;
  }
  if (json::value* params = tree.if_contains("params"); params && params->is_object())
    modern::StripEraMeta(params->get_object());
  if (method == "server/discover") {
    json::object response = core::MakeResultResponse(
        id, modern::DiscoverResult(router_.ServerCapabilities(), router_.ServerInfo(),
                                   router_.Instructions()));
    modern::EncodeResponse(method, "", response);
    sink(std::move(response));
    return false;
  }
  return true;
}

bool Session::OnUndeclaredCapability(std::string_view capability, std::string_view related) {
  if (!modern_) return false;
  const std::string key(related);
  auto it = in_flight_.find(key);
  if (it == in_flight_.end()) return false;
  const router::ForwardedRequest& forwarded = it->second.forwarded.Effective();
  if (forwarded.upstream)
    forwarded.upstream->Cancel(forwarded.id, "the client lacks a required capability");
  const json::value id = json::parse(related);
  Respond(key,
          core::MakeErrorResponse(
              id, modern::kMissingRequiredClientCapability,
              "Missing required client capability: " + std::string(capability),
              json::object{{"requiredCapabilities", json::object{{capability, json::object()}}}}));
  return true;
}

bool Session::ModernMayReceive(const json::object& message) const {
  const json::value* method = message.if_contains("method");
  if (!method || !method->is_string()) return true;  // a response
  const std::string_view name = method->get_string();
  if (name == "notifications/progress") return true;
  if (name != "notifications/message" || log_level_.empty()) return false;
  const json::value* params = message.if_contains("params");
  const json::value* level =
      params && params->is_object() ? params->get_object().if_contains("level") : nullptr;
  if (!level || !level->is_string()) return false;
  const auto wanted = router::LogSeverity(log_level_);
  const auto got = router::LogSeverity(level->get_string());
  return wanted && got && *got >= *wanted;
}

}  // namespace mcpgw::downstream
