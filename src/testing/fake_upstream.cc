#include "testing/fake_upstream.h"

#include "core/json_rpc.h"

namespace mcpgw::testing {

FakeUpstream::FakeUpstream(std::string name, upstream::State state) : state_(state) {
  config_.name = std::move(name);
  config_.command = "fake";
  catalog_.protocol_version = "2025-06-18";
  catalog_.server_info = json::object{{"name", config_.name}, {"version", "1.0"}};
}

void FakeUpstream::SetTools(const std::vector<std::string>& names) {
  catalog_.tools.clear();
  for (const std::string& name : names) {
    catalog_.tools.push_back(json::object{
        {"name", name}, {"description", "tool " + name}, {"inputSchema", {{"type", "object"}}}});
  }
  catalog_.capabilities["tools"] = json::object();
}

void FakeUpstream::Stop(std::function<void()> done) {
  ++stop_calls_;
  state_ = upstream::State::kStopped;
  if (done) done();
}

upstream::RequestId FakeUpstream::Send(std::string_view method, json::value params,
                                       upstream::RequestCallbacks callbacks,
                                       std::chrono::milliseconds timeout,
                                       std::chrono::milliseconds max_timeout) {
  const upstream::RequestId id = ++next_id_;
  sent_.push_back(SentRequest{.id = id,
                              .method = std::string(method),
                              .params = std::move(params),
                              .timeout = timeout,
                              .max_timeout = max_timeout,
                              .text = {},
                              .reserialized = false});
  pending_.emplace(id, std::move(callbacks));
  if (on_send) on_send(sent_.back());
  return id;
}

upstream::RequestId FakeUpstream::Forward(core::WireMessage request,
                                          upstream::RequestCallbacks callbacks,
                                          std::chrono::milliseconds timeout,
                                          std::chrono::milliseconds max_timeout) {
  const upstream::RequestId id = next_id_ + 1;
  request.SetId(static_cast<std::int64_t>(id), std::to_string(id));
  const std::string method(request.method());
  const bool reserialized = request.from_tree();
  std::string text = std::move(request).Text();
  json::value params = nullptr;
  if (auto parsed = core::ParseJson(text); parsed && parsed->is_object())
    if (json::value* p = parsed->get_object().if_contains("params")) params = std::move(*p);
  const upstream::RequestId sent = Send(method, std::move(params), std::move(callbacks), timeout,
                                        max_timeout);
  sent_.back().text = std::move(text);
  sent_.back().reserialized = reserialized;
  return sent;
}

void FakeUpstream::Cancel(upstream::RequestId id, std::string_view reason) {
  cancelled_.push_back(Cancelled{id, std::string(reason)});
  pending_.erase(id);
}

void FakeUpstream::Notify(std::string_view method, json::value params) {
  notified_.push_back(Notified{std::string(method), std::move(params)});
}

bool FakeUpstream::Respond(upstream::RequestId id, json::object response) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return false;
  upstream::RequestCallbacks callbacks = std::move(it->second);
  pending_.erase(it);
  response["jsonrpc"] = "2.0";
  response["id"] = static_cast<std::int64_t>(id);
  // As bytes, the way a real upstream's answer arrives (so the forwarding path is exercised).
  auto wire = core::WireMessage::Inspect(core::Serialize(response));
  upstream::Complete(callbacks, wire ? std::move(*wire) : core::WireMessage(std::move(response)));
  return true;
}

bool FakeUpstream::RespondResult(upstream::RequestId id, json::value result) {
  return Respond(id, json::object{{"result", std::move(result)}});
}

bool FakeUpstream::RespondError(upstream::RequestId id, int code, std::string_view message) {
  return Respond(id, core::MakeErrorResponse(nullptr, code, message));
}

bool FakeUpstream::Progress(upstream::RequestId id, json::object params) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return false;
  if (it->second.on_progress) it->second.on_progress(std::move(params));
  return true;
}

}  // namespace mcpgw::testing
