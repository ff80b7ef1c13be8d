// Session's subscriptions/listen (2026-07-28): the long-lived request that carries list_changed
// and resource updates to a modern client. The rules are in session.h; the wire in
// downstream/modern/listen.h.
#include <spdlog/spdlog.h>

#include "downstream/modern/listen.h"
#include "downstream/modern/listen_quota.h"
#include "downstream/session.h"

namespace mcpgw::downstream {

namespace {

core::WireMessage ListenError(const json::value& id, int code, std::string message) {
  return core::MakeErrorResponse(id, code, std::move(message));
}

// The id of a resources/(un)subscribe a listen sends through the router (never seen by clients).
json::value ListenRequestId(std::uint64_t n) {
  return json::string("mcp-gateway/listen/" + std::to_string(n));
}

}  // namespace

void Session::OpenListen(core::WireMessage& request, Sink sink) {
  const json::value id = request.id();
  const std::string key = request.id_text();
  if (listens_.count(key) || in_flight_.count(key)) {
    sink(ListenError(id, core::kInvalidRequest, "request id " + key + " is already in flight"));
    return;
  }
  auto requested = modern::ParseListenFilter(request.Tree().if_contains("params"));
  if (!requested) {
    sink(ListenError(id, requested.error().code, requested.error().message));
    return;
  }
  if (listens_.size() >= modern::kMaxListensPerSession) {
    sink(ListenError(id, core::kInternalError,
                     "Subscription limit reached: at most " +
                         std::to_string(modern::kMaxListensPerSession) + " listens per session"));
    return;
  }
  auto ticket = modern::ListenQuotaOf(router_)->TryAcquire(guard_session()->principal);
  if (!ticket) {
    sink(ListenError(id, core::kInternalError,
                     "Subscription limit reached: at most " +
                         std::to_string(modern::kMaxListensPerPrincipal) +
                         " listens per client"));
    return;
  }
  Listen& listen = listens_[key];
  listen.id = id;
  listen.sink = std::move(sink);
  listen.filter = modern::Honored(*requested, router_.ServerCapabilities());
  listen.ticket = std::move(ticket);
  spdlog::debug("session listen opened: uris={}", listen.filter.resource_uris.size());
  // Each URI is subscribed through the router once per session, however many listens name it.
  const std::vector<std::string> uris = listen.filter.resource_uris;
  std::vector<std::string> to_subscribe;
  for (const std::string& uri : uris) {
    if (listened_uris_[uri]++ == 0) to_subscribe.push_back(uri);
  }
  listen.pending = to_subscribe.size();
  if (to_subscribe.empty()) {
    AcknowledgeListen(key);
    return;
  }
  for (const std::string& uri : to_subscribe) SubscribeForListen(key, uri);
}

void Session::SubscribeForListen(const std::string& key, const std::string& uri) {
  // Through the router's resources/subscribe: the request-path guards, the owner's lookup and
  // the per-session subscription table are the legacy path's own.
  const json::value id = ListenRequestId(++next_listen_request_);
  std::weak_ptr<Session> weak = shared_from_this();
  router::Router::Respond respond = [weak, key, uri](core::WireMessage response) {
    if (auto self = weak.lock())
      self->OnListenSubscribed(key, uri, response.kind() == core::MessageKind::kResult);
  };
  try {
    router_.HandleRequest(shared_from_this(),
                          core::MakeRequest(id, "resources/subscribe",
                                            json::object{{"uri", uri}}),
                          std::move(respond));
  } catch (const std::exception& e) {
    spdlog::error("session listen subscription failed: reason={}", e.what());
    OnListenSubscribed(key, uri, false);
  }
}

void Session::OnListenSubscribed(const std::string& key, const std::string& uri, bool ok) {
  auto it = listens_.find(key);
  if (it == listens_.end() || closed_) return;  // cancelled meanwhile (EndListen unsubscribed)
  Listen& listen = it->second;
  if (!ok) {
    spdlog::debug("session listen: a resource subscription was refused");
    std::erase(listen.filter.resource_uris, uri);
    if (auto count = listened_uris_.find(uri);
        count != listened_uris_.end() && --count->second == 0)
      listened_uris_.erase(count);
  }
  if (listen.pending > 0 && --listen.pending == 0) AcknowledgeListen(key);
}

void Session::AcknowledgeListen(const std::string& key) {
  auto it = listens_.find(key);
  if (it == listens_.end()) return;
  Listen& listen = it->second;
  listen.acknowledged = true;
  Emit(modern::Acknowledgement(listen.filter, listen.id), key, /*final=*/false);
  if (!listen.filter.empty()) return;
  // Nothing to deliver: the subscription ends at once, gracefully (its result).
  Listen ended = std::move(listen);
  listens_.erase(it);
  json::object result{{"resultType", "complete"},
                      {"_meta", json::object{{modern::kMetaSubscriptionId, ended.id}}}};
  ended.sink(core::MakeResultResponse(ended.id, std::move(result)));
}

void Session::DeliverToListens(const json::object& message) {
  if (listens_.empty()) return;
  const json::value* method = message.if_contains("method");
  if (!method || !method->is_string()) return;
  std::string_view uri;
  if (const json::value* params = message.if_contains("params"); params && params->is_object()) {
    if (const json::value* value = params->get_object().if_contains("uri");
        value && value->is_string())
      uri = value->get_string();
  }
  for (const auto& [key, listen] : listens_) {
    if (!listen.acknowledged || !modern::FilterAccepts(listen.filter, method->get_string(), uri))
      continue;
    Emit(modern::TagSubscription(message, listen.id), key, /*final=*/false);
  }
}

bool Session::EndListen(const std::string& key) {
  auto it = listens_.find(key);
  if (it == listens_.end()) return false;
  Listen ended = std::move(it->second);
  listens_.erase(it);
  for (const std::string& uri : ended.filter.resource_uris) {
    auto count = listened_uris_.find(uri);
    if (count == listened_uris_.end() || --count->second > 0) continue;
    listened_uris_.erase(count);
    const json::value id = ListenRequestId(++next_listen_request_);
    try {
      router_.HandleRequest(shared_from_this(),
                            core::MakeRequest(id, "resources/unsubscribe",
                                              json::object{{"uri", uri}}),
                            [](core::WireMessage) {});
    } catch (const std::exception& e) {
      spdlog::error("session listen unsubscription failed: reason={}", e.what());
    }
  }
  spdlog::debug("session listen cancelled by the client");
  if (ended.sink) ended.sink(std::nullopt);
  return true;
}

void Session::ForgetListens() {
  listens_.clear();
  listened_uris_.clear();
}

}  // namespace mcpgw::downstream
