#include "downstream/session.h"

#include "core/protocol_version.h"

#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

namespace mcpgw::downstream {

Session::Session(router::Router& router, std::function<void(std::string)> send,
                 SessionOptions options)
    : router_(router), send_(std::move(send)), options_(options) {}

void Session::Open() { router_.AddSession(shared_from_this()); }

void Session::SendToClient(json::object message) {
  if (closed_) return;
  std::string text = core::Serialize(message);
  if (text.size() > options_.max_message_size) {
    spdlog::warn("session message of {} bytes exceeds the limit of {}", text.size(),
                 options_.max_message_size);
    const json::value* id = message.if_contains("id");
    if (!id || message.contains("method")) return;  // a notification: dropped
    text = core::Serialize(core::MakeErrorResponse(
        *id, core::kMessageTooLarge,
        "response of " + std::to_string(text.size()) + " bytes exceeds the gateway's limit of " +
            std::to_string(options_.max_message_size) + " bytes"));
  }
  send_(std::move(text));
}

void Session::OnInvalidMessage(const core::MessageError& error) {
  spdlog::warn("session invalid message from client: {}", error.message);
  SendToClient(core::MakeErrorResponse(error.id, error.code, error.message));
}

void Session::OnMessage(core::Message message) {
  if (closed_) return;
  if (initialize_started_ && !initialized_) {
    if (queued_.size() >= kMaxQueuedBeforeInit) {
      if (message.IsRequest()) {
        SendToClient(core::MakeErrorResponse(message.Id(), core::kInvalidRequest,
                                             "too many requests before initialize completed"));
      }
      return;
    }
    queued_.push_back(std::move(message));
    return;
  }
  switch (message.kind) {
    case core::MessageKind::kRequest: HandleRequest(std::move(message)); break;
    case core::MessageKind::kNotification: HandleNotification(message); break;
    case core::MessageKind::kResult:
    case core::MessageKind::kError:
      spdlog::debug("session response from client id={} not expected; dropped",
                    core::DescribeId(message.Id()));
      break;
  }
}

void Session::HandleRequest(core::Message request) {
  const json::value id = request.Id();
  const std::string_view method = request.Method();
  if (method == "initialize") {
    const json::value* params = request.Params();
    Initialize(id, params && params->is_object() ? params->get_object() : json::object());
    return;
  }
  if (method == "ping") {
    SendToClient(core::MakeResultResponse(id, json::object()));
    return;
  }
  if (!initialized_) {
    SendToClient(core::MakeErrorResponse(id, core::kInvalidRequest,
                                         "the session is not initialized: send initialize first"));
    return;
  }
  std::string key = json::serialize(id);
  if (in_flight_.count(key)) {
    SendToClient(core::MakeErrorResponse(id, core::kInvalidRequest,
                                         "request id " + key + " is already in flight"));
    return;
  }
  // Reserve the slot first: the router may answer before HandleRequest returns.
  in_flight_.emplace(key, router::ForwardedRequest{});
  std::weak_ptr<Session> weak = shared_from_this();
  router::ForwardedRequest forwarded = router_.HandleRequest(
      shared_from_this(), std::move(request), [weak, key](json::object response) {
        if (auto self = weak.lock()) self->Respond(key, std::move(response));
      });
  if (auto it = in_flight_.find(key); it != in_flight_.end()) it->second = std::move(forwarded);
}

void Session::Respond(const std::string& key, json::object response) {
  if (in_flight_.erase(key) == 0) return;  // cancelled, or the session closed
  SendToClient(std::move(response));
}

void Session::Initialize(const json::value& id, const json::object& params) {
  if (initialize_started_) {
    SendToClient(core::MakeErrorResponse(id, core::kInvalidRequest,
                                         "initialize was already received on this session"));
    return;
  }
  const json::value* version = params.if_contains("protocolVersion");
  if (!version || !version->is_string()) {
    SendToClient(core::MakeErrorResponse(id, core::kInvalidParams,
                                         "initialize requires a string \"protocolVersion\""));
    return;
  }
  initialize_started_ = true;
  protocol_version_ = core::NegotiateProtocolVersion(version->get_string());
  if (const json::value* caps = params.if_contains("capabilities"); caps && caps->is_object())
    client_capabilities_ = caps->get_object();
  if (const json::value* info = params.if_contains("clientInfo"); info && info->is_object())
    client_info_ = info->get_object();
  std::weak_ptr<Session> weak = shared_from_this();
  router_.WhenSettled([weak, id] {
    auto self = weak.lock();
    if (!self || self->closed_) return;
    json::object result;
    result["protocolVersion"] = self->protocol_version_;
    result["capabilities"] = self->router_.ServerCapabilities();
    result["serverInfo"] = self->router_.ServerInfo();
    if (std::string instructions = self->router_.Instructions(); !instructions.empty())
      result["instructions"] = instructions;
    self->initialized_ = true;
    self->SendToClient(core::MakeResultResponse(id, std::move(result)));
    auto queued = std::move(self->queued_);
    self->queued_.clear();
    for (core::Message& message : queued) self->OnMessage(std::move(message));
    spdlog::info("session initialized protocol={} client={}", self->protocol_version_,
                 json::serialize(self->client_info_.contains("name") ? self->client_info_["name"]
                                                                     : json::value()));
  });
}

void Session::HandleNotification(const core::Message& notification) {
  const std::string_view method = notification.Method();
  if (method == "notifications/cancelled") {
    const json::value* params = notification.Params();
    const json::value* request_id =
        params && params->is_object() ? params->get_object().if_contains("requestId") : nullptr;
    if (!request_id) return;
    auto it = in_flight_.find(json::serialize(*request_id));
    if (it == in_flight_.end()) return;  // already answered: nothing to cancel
    router::ForwardedRequest forwarded = std::move(it->second);
    in_flight_.erase(it);
    if (forwarded.upstream) forwarded.upstream->Cancel(forwarded.id, "cancelled by the client");
    return;
  }
  if (method == "notifications/initialized") return;
  spdlog::debug("session notification {} from client ignored", method);
}

void Session::Close() {
  if (closed_) return;
  closed_ = true;
  auto in_flight = std::move(in_flight_);
  in_flight_.clear();
  for (auto& [key, forwarded] : in_flight)
    if (forwarded.upstream) forwarded.upstream->Cancel(forwarded.id, "client disconnected");
  router_.RemoveSession(this);
}

}  // namespace mcpgw::downstream
