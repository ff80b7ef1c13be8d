// ProtocolUpstream's subscriptions/listen toward a 2026-07-28 server: the rules are in
// protocol_upstream.h, the wire in modern_listen.h.
#include <spdlog/spdlog.h>

#include <boost/asio/post.hpp>
#include <boost/json/serialize.hpp>

#include "core/json_rpc.h"
#include "upstream/protocol_upstream.h"

namespace mcpgw::upstream {

namespace asio = boost::asio;
using std::chrono::milliseconds;

namespace {

bool SameId(const json::value& tag, RequestId id) {
  if (const auto* as_int = tag.if_int64())
    return *as_int > 0 && static_cast<RequestId>(*as_int) == id;
  if (const auto* as_uint = tag.if_uint64()) return *as_uint == id;
  return false;
}

int ErrorCode(const json::object& response) {
  const json::value* error = response.if_contains("error");
  const json::value* code =
      error && error->is_object() ? error->get_object().if_contains("code") : nullptr;
  return code && code->is_int64() ? static_cast<int>(code->get_int64()) : 0;
}

}  // namespace

void ProtocolUpstream::ResetListen() {
  listen_timer_.cancel();
  listen_ = Listen{};
}

void ProtocolUpstream::ScheduleListenUpdate() {
  if (listen_.update_posted) return;
  listen_.update_posted = true;
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  asio::post(io_, [weak, conn = conn_] {
    auto self = weak.lock();
    if (!self || conn != self->conn_) return;  // a new run resets the listen itself
    self->listen_.update_posted = false;
    self->UpdateListen();
  });
}

void ProtocolUpstream::UpdateListen() {
  if (stopping_ || !conn_ || !conn_->failure.empty() || !modern() || state_ != State::kActive ||
      listen_.refused) {
    return;
  }
  std::optional<json::object> params = modern::ListenParams(catalog_.capabilities, listen_.uris);
  if (!params) {  // nothing left to ask: end what is open
    if (listen_.opening) CancelListen(std::exchange(listen_.opening, 0));
    if (listen_.active) CancelListen(std::exchange(listen_.active, 0));
    return;
  }
  if (listen_.opening) {
    if (listen_.opening_params == *params) return;
    CancelListen(std::exchange(listen_.opening, 0));  // superseded before it was acknowledged
  }
  if (listen_.active && listen_.active_params == *params) return;
  if (listen_.failures >= kMaxListenFailures) return;
  OpenListen(std::move(*params));
}

void ProtocolUpstream::OpenListen(json::object params) {
  listen_timer_.cancel();
  auto conn = conn_;
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  auto id = std::make_shared<RequestId>(0);
  RequestCallbacks callbacks;
  callbacks.on_response = [weak, conn, id](json::object response) {
    if (auto self = weak.lock()) self->OnListenEnded(conn, *id, response);
  };
  listen_.opening_params = params;
  // No deadline of its own (SendOn: long_lived); the timeouts only fill the Pending.
  *id = SendOn(conn, modern::kListenMethod, json::value(std::move(params)), std::move(callbacks),
               options_.request_timeout, options_.request_timeout, /*internal=*/true);
  listen_.opening = *id;
  spdlog::debug("upstream name={} subscriptions/listen id={} opened: uris={}", config_->name, *id,
                listen_.uris.size());
}

void ProtocolUpstream::CancelListen(RequestId id) {
  spdlog::debug("upstream name={} subscriptions/listen id={} cancelled", config_->name, id);
  // stdio: notifications/cancelled; HTTP: the exchange is closed (Abandon).
  Cancel(id, "replaced or no longer needed by mcp-gateway");
}

bool ProtocolUpstream::AcceptListenNotification(json::object& notification) {
  const std::string_view method = notification["method"].get_string();
  std::optional<json::value> tag = modern::SubscriptionIdOf(notification);
  if (method == modern::kAcknowledgedMethod) {
    if (!tag || !listen_.opening || !SameId(*tag, listen_.opening)) {
      spdlog::debug("upstream name={} acknowledged a listen that is not opening; ignored",
                    config_->name);
      return false;
    }
    const RequestId previous = std::exchange(listen_.active, listen_.opening);
    listen_.active_params = std::move(listen_.opening_params);
    listen_.opening = 0;
    listen_.opening_params = {};
    listen_.failures = 0;
    listen_.acknowledged_at = Clock::now();
    spdlog::debug("upstream name={} subscriptions/listen id={} acknowledged: {}", config_->name,
                  listen_.active, json::serialize(notification["params"]));
    // The new listen carries everything the old one did: end the old one only now.
    if (previous) CancelListen(previous);
    return false;
  }
  if (!tag) return true;  // not a listen's: as from any server
  if (!listen_.active || !SameId(*tag, listen_.active)) {
    spdlog::debug("upstream name={} {} of a listen that is no longer current dropped",
                  config_->name, method);
    return false;
  }
  modern::Untag(notification);
  return true;
}

void ProtocolUpstream::OnListenEnded(const std::shared_ptr<Run>& conn, RequestId id,
                                     const json::object& response) {
  if (conn != conn_ || !conn->failure.empty() || stopping_) return;  // the run ended
  const bool was_active = id == listen_.active;
  if (was_active) {
    listen_.active = 0;
    listen_.active_params = {};
  } else if (id == listen_.opening) {
    listen_.opening = 0;
    listen_.opening_params = {};
  } else {
    return;  // cancelled meanwhile
  }
  if (ErrorCode(response) == core::kMethodNotFound) {
    listen_.refused = true;
    spdlog::info(
        "upstream name={} does not serve subscriptions/listen (-32601): no list_changed "
        "or resource updates from it on this run",
        config_->name);
    return;
  }
  if (was_active) {
    listen_backoff_.OnActiveRunEnded(
        std::chrono::duration_cast<milliseconds>(Clock::now() - listen_.acknowledged_at));
  } else if (++listen_.failures >= kMaxListenFailures) {
    spdlog::warn(
        "upstream name={} subscriptions/listen ended {} times in a row before being "
        "acknowledged; not opened again on this run",
        config_->name, listen_.failures);
    return;
  }
  const milliseconds delay = listen_backoff_.Next();
  spdlog::info("upstream name={} subscriptions/listen ended ({}); opened again in {} ms",
               config_->name, response.contains("error") ? "error" : "closed by the server",
               delay.count());
  listen_timer_.expires_after(delay);
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  listen_timer_.async_wait([weak, conn](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || conn != self->conn_) return;
    self->UpdateListen();
  });
}

RequestId ProtocolUpstream::AnswerSubscription(RequestId id, std::string_view method,
                                               const json::value* uri, Pending pending) {
  json::object response;
  if (!uri || !uri->is_string() || uri->get_string().empty()) {
    response = core::MakeErrorResponse(nullptr, core::kInvalidParams,
                                       std::string(method) + " requires a string \"uri\"");
  } else if (listen_.refused) {
    response = core::MakeErrorResponse(
        nullptr, core::kMethodNotFound,
        "server '" + config_->name +
            "' does not serve subscriptions/listen, so it sends no resource updates");
  } else {
    const std::string key(uri->get_string());
    const bool subscribe = method == "resources/subscribe";
    if (subscribe && !listen_.uris.count(key) && listen_.uris.size() >= modern::kMaxListenUris) {
      response = core::MakeErrorResponse(
          nullptr, core::kInternalError,
          "Subscription limit reached: server '" + config_->name + "' carries at most " +
              std::to_string(modern::kMaxListenUris) + " resource subscriptions");
    } else {
      if (subscribe) {
        listen_.uris.insert(key);
      } else {
        listen_.uris.erase(key);
      }
      ScheduleListenUpdate();
      response = core::MakeResultResponse(nullptr, json::object());
    }
  }
  asio::post(io_,
             [callbacks = std::move(pending.callbacks), response = std::move(response)]() mutable {
               Complete(callbacks, core::WireMessage::FromTree(std::move(response)));
             });
  return id;
}

}  // namespace mcpgw::upstream
