// Session's 2026-07-28 (modern era) half: per-request _meta, server/discover, and what may reach
// a modern client. The rules are in session.h; the era's wire rules in downstream/modern/.
#include <spdlog/spdlog.h>

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json/parse.hpp>

#include "downstream/modern/era.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/modern/input_requests.h"
#include "downstream/session.h"
#include "router/log_level.h"

namespace mcpgw::downstream {

namespace asio = boost::asio;

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
  SetClientCapabilities(std::move(meta->client_capabilities));
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
  if (method == modern::kListenMethod) {
    OpenListen(request, sink);  // session_listen.cc
    return false;
  }
  return true;
}

bool Session::OnUndeclaredCapability(std::string_view capability, std::string_view related) {
  if (!modern_) return false;
  auto it = in_flight_.find(std::string(related));
  if (it == in_flight_.end()) return false;
  // The upstream is refused; the call ends with -32021 only if the round has nothing else to ask
  // (FlushInputs), so a server asking several things at once still gets what the client can give.
  if (it->second.missing_capability.empty()) it->second.missing_capability = capability;
  CollectInputs(it->first);
  return true;
}

json::value Session::AddInputRequest(std::string_view method, json::value params,
                                     std::function<void(json::object)> on_response,
                                     std::string_view related) {
  auto it = in_flight_.find(std::string(related));
  if (it == in_flight_.end() || !it->second.route ||
      it->second.inputs.size() >= kMaxInputsPerCall)
    return nullptr;
  InFlight& entry = it->second;
  std::vector<std::string> taken;
  for (const modern::InputRequest& input : entry.inputs) taken.push_back(input.key);
  std::string key = modern::TakeInputKey(method, params, taken);
  const json::value id = ++next_client_request_id_;
  if (auto preset = entry.presets.find(key); preset != entry.presets.end()) {
    // The call already carried the answer (inputResponses without requestState). Answered after
    // this returns: the router records the request's route first.
    json::object response = core::MakeResultResponse(id, std::move(preset->value()));
    entry.presets.erase(preset);
    auto deliver = [on_response = std::move(on_response),
                    response = std::move(response)]() mutable { on_response(std::move(response)); };
    if (const auto& executor = router_.executor()) {
      asio::post(executor, std::move(deliver));
    } else {
      deliver();
    }
    return id;
  }
  entry.inputs.push_back(
      modern::InputRequest{std::move(key), std::string(method), std::move(params), id,
                           std::move(on_response)});
  CollectInputs(it->first);
  return id;
}

void Session::CollectInputs(const std::string& key) {
  auto it = in_flight_.find(key);
  if (it == in_flight_.end() || it->second.collecting) return;
  it->second.collecting = true;
  const auto& executor = router_.executor();
  if (!executor) {
    FlushInputs(key);
    return;
  }
  auto timer = std::make_shared<asio::steady_timer>(executor, kInputWindow);
  std::weak_ptr<Session> weak = shared_from_this();
  timer->async_wait([weak, key, timer](boost::system::error_code) {
    if (auto self = weak.lock(); self && !self->closed_) self->FlushInputs(key);
  });
}

void Session::FlushInputs(const std::string& key) {
  auto it = in_flight_.find(key);
  if (it == in_flight_.end()) return;
  it->second.collecting = false;
  const json::value id = json::parse(key);
  std::optional<core::WireMessage> held = std::move(it->second.held_answer);
  it->second.held_answer.reset();
  if (held && !it->second.inputs.empty()) {
    Respond(key, std::move(*held));  // the call ended anyway: its inputs are moot
    return;
  }
  if (it->second.inputs.empty()) {
    if (it->second.missing_capability.empty()) return;
    // Nothing the client can give: MissingRequiredClientCapability, and the call is cancelled
    // (an answer the upstream sent meanwhile, its failure for want of it, is dropped).
    const std::string capability = std::move(it->second.missing_capability);
    const router::ForwardedRequest& forwarded = it->second.forwarded.Effective();
    if (forwarded.upstream && !held)
      forwarded.upstream->Cancel(forwarded.id, "the client lacks a required capability");
    Respond(key, core::MakeErrorResponse(
                     id, modern::kMissingRequiredClientCapability,
                     "Missing required client capability: " + capability,
                     json::object{{"requiredCapabilities",
                                   json::object{{capability, json::object()}}}}));
    return;
  }
  if (it->second.input_rounds >= options_.max_input_rounds) {
    // One round more than the bound: the call ends here, cancelled upstream, its requests
    // refused; nothing is parked and nothing is asked.
    InFlight entry = std::move(it->second);
    in_flight_.erase(it);
    const router::ForwardedRequest& forwarded = entry.forwarded.Effective();
    if (forwarded.upstream)
      forwarded.upstream->Cancel(forwarded.id, "input_required rounds exceeded");
    FailInputs(entry, "the call exceeded the gateway's bound on input_required rounds");
    RefuseInputRound(std::move(entry), id);
    return;
  }
  InFlight entry = std::move(it->second);
  in_flight_.erase(it);
  entry.route->Detach();
  modern::ParkedCall call{guard_session()->principal, entry.method, std::move(entry.forwarded),
                          entry.route, shared_from_this(), {}, {}, {}, {}, 0};
  call.rounds = entry.input_rounds + 1;
  if (entry.record) {  // the retry's audit record names the same server and tool
    call.server = entry.record->server;
    call.capability_type = entry.record->capability_type;
    call.capability_name = entry.record->capability_name;
  }
  // The result is built before the inputs move into the table; the token comes from the table.
  modern::ParkedCalls& table = modern::ParkedCallsOf(router_);
  std::vector<modern::InputRequest> inputs = std::move(entry.inputs);
  json::object result = modern::InputRequiredResult(inputs, "");
  call.pending = std::move(inputs);
  result["requestState"] = table.Park(std::move(call));
  spdlog::debug("session input_required: {} parked with {} input request(s)", entry.method,
                result["inputRequests"].as_object().size());
  Answer(std::move(entry.record), std::move(entry.sink),
         core::MakeResultResponse(id, std::move(result)));
}

bool Session::PrepareRetry(core::WireMessage& request, const std::string& key,
                           std::shared_ptr<audit::CallRecord>& record, Sink& sink,
                           json::object& presets) {
  if (!request.HasValue({"params", "inputResponses"}) &&
      !request.HasValue({"params", "requestState"}))
    return true;  // the common case: the message keeps its bytes
  const json::value id = request.id();
  json::value* params = request.MutableTree().if_contains("params");
  auto fields = modern::TakeRetryFields(params->as_object());
  if (!fields) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, fields.error().code, fields.error().message));
    return false;
  }
  if (fields->request_state.empty()) {
    presets = std::move(fields->input_responses);
    return true;
  }
  if (modern::RequestStateSigner::IsSealed(fields->request_state)) {
    // A modern upstream's state, passed through (session_passthrough.cc).
    ResumePassed(std::move(request), key, std::move(record), std::move(sink), std::move(*fields));
    return false;
  }
  auto parked = modern::ParkedCallsOf(router_).Take(fields->request_state,
                                                    guard_session()->principal);
  if (!parked) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, parked.error().code, parked.error().message));
    return false;
  }
  modern::ParkedCall call = std::move(*parked);
  const std::string method(request.method());
  if (call.method != method) {
    call.Abandon("the retry named another method");
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidParams,
                                   "Invalid requestState: it belongs to a " + call.method +
                                       " request, not " + method));
    return false;
  }
  // Resumed: the call is in flight again under this request's id.
  InFlight& entry = in_flight_[key];
  entry.forwarded = std::move(call.forwarded);
  entry.method = method;
  entry.sequence = NextSequence();
  entry.sink = std::move(sink);
  entry.record = std::move(record);
  entry.route = call.route;
  entry.input_rounds = call.rounds;
  if (entry.record) {  // audit: the retry goes where the first call went, in round n
    entry.record->server = call.server;
    entry.record->capability_type = call.capability_type;
    entry.record->capability_name = call.capability_name;
    entry.record->input_round = call.rounds;
  }
  std::vector<modern::InputRequest> answered;
  for (modern::InputRequest& input : call.pending) {
    if (auto response = fields->input_responses.find(input.key);
        response != fields->input_responses.end()) {
      input.params = std::move(response->value());  // the result, kept until answered below
      answered.push_back(std::move(input));
    } else {
      entry.inputs.push_back(std::move(input));  // asked again
    }
  }
  const bool ask_again = !entry.inputs.empty();
  std::weak_ptr<Session> weak = shared_from_this();
  const json::value retry_id = id;
  // The upstream's answer carries the first request's id: it answers this one.
  auto target = [weak, key, retry_id](core::WireMessage response) {
    auto self = weak.lock();
    if (!self) return;
    response.SetId(retry_id, key);
    self->Respond(key, std::move(response));
  };
  // Answers go to the upstream through the router (request-path guards run on them there), while
  // `call.origin` still holds the session that was shown the questions.
  for (modern::InputRequest& input : answered)
    input.answer(core::MakeResultResponse(input.id, std::move(input.params)));
  // An answer the upstream sent while the call was parked ends it here (the requests still
  // pending are refused); otherwise what is left unanswered is asked again.
  call.route->Attach(std::move(target));
  if (ask_again) CollectInputs(key);
  return false;
}

void Session::FailInputs(InFlight& entry, std::string_view reason) {
  auto inputs = std::move(entry.inputs);
  entry.inputs.clear();
  for (modern::InputRequest& input : inputs) {
    if (input.answer)
      input.answer(core::MakeErrorResponse(input.id, core::kInvalidRequest,
                                           "mcp-gateway: " + std::string(reason)));
  }
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
