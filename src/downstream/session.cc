#include "downstream/session.h"

#include "audit/call_recorder.h"
#include "audit/record_notes.h"
#include "core/protocol_version.h"
#include "downstream/modern/era.h"
#include "downstream/modern/era_encoding.h"
#include "downstream/version_translation.h"
#include "router/bridged_capabilities.h"

#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

namespace mcpgw::downstream {

namespace {
constexpr std::string_view kBatchVersion = "2025-03-26";

}  // namespace

// Request sequence numbers are compared across sessions (the router sends a server-to-client
// request to the session with the most recent request on the asking upstream), so they come from
// one process-wide counter. Everything runs on the io_context thread.
std::uint64_t Session::NextSequence() {
  static std::uint64_t counter = 0;
  return ++counter;
}

Session::Session(router::Router& router, Output send, SessionOptions options)
    : router_(router), send_(std::move(send)), options_(options) {}

void Session::Open() { router_.AddSession(shared_from_this()); }

void Session::SetClientCapabilities(json::object capabilities) {
  client_capabilities_ = std::move(capabilities);
  bridged_capabilities_ =
      std::make_shared<const json::object>(router::BridgedCapabilities(client_capabilities_));
}

void Session::SetIdentity(std::string session_id, std::string principal) {
  guards::SessionInfo& guard = *MutableGuardSession();
  guard.session_id = std::move(session_id);
  guard.principal = std::move(principal);
}

std::string Session::Encode(core::WireMessage message) const {
  const bool response = message.IsResponse();
  const json::value id = response ? message.id() : json::value();
  std::string text = std::move(message).Text();
  if (text.size() <= options_.max_message_size) return text;
  spdlog::warn("session message of {} bytes exceeds the limit of {}", text.size(),
               options_.max_message_size);
  if (!response) return {};  // a notification or request: dropped
  return core::Serialize(
      core::MessageTooLargeResponse(id, "response", text.size(), options_.max_message_size));
}

void Session::Emit(core::WireMessage message, std::string_view related, bool final) {
  if (closed_) return;
  std::string text = Encode(std::move(message));
  if (!text.empty()) send_(std::move(text), related, final);
}

void Session::SendToClient(json::object message, std::string_view related) {
  if (modern_ && !ModernMayReceive(message)) {
    DeliverToListens(message);  // list_changed and resource updates reach listens only
    return;
  }
  Emit(std::move(message), related, /*final=*/false);
}

Session::Sink Session::DirectSink(std::string related) {
  std::weak_ptr<Session> weak = shared_from_this();
  return [weak, related = std::move(related)](std::optional<core::WireMessage> response) {
    auto self = weak.lock();
    if (!self || self->closed_) return;
    if (response) {
      self->Emit(std::move(*response), related, /*final=*/true);
    } else {
      self->send_(std::string(), related, /*final=*/true);  // ended without an answer
    }
  };
}

void Session::OnInvalidMessage(const core::MessageError& error) {
  spdlog::warn("session invalid message from client: {}", error.message);
  SendToClient(core::MakeErrorResponse(error.id, error.code, error.message));
}

void Session::OnMessage(core::WireMessage message) {
  std::string related = message.IsRequest() ? message.id_text() : std::string();
  Dispatch(std::move(message), DirectSink(std::move(related)));
}

void Session::Dispatch(core::WireMessage message, Sink sink) {
  if (closed_) return;
  if (initialize_started_ && !initialized_) {
    if (queued_.size() >= kMaxQueuedBeforeInit) {
      if (message.IsRequest() && sink) {
        sink(core::MakeErrorResponse(message.id(), core::kInvalidRequest,
                                     "too many requests before initialize completed"));
      }
      return;
    }
    queued_.emplace_back(std::move(message), std::move(sink));
    return;
  }
  // The exception boundary of one message: a throw is logged, a request that reached the router
  // is answered with an internal error (HandleRequest), and the session keeps serving.
  const core::MessageKind kind = message.kind();
  try {
    switch (kind) {
      case core::MessageKind::kRequest: HandleRequest(std::move(message), std::move(sink)); break;
      case core::MessageKind::kNotification:
        HandleNotification(std::move(message).ToMessage());
        break;
      case core::MessageKind::kResult:
      case core::MessageKind::kError:
        HandleClientResponse(std::move(message).ToMessage());
        break;
    }
  } catch (const std::exception& e) {
    spdlog::error("session message handling failed: kind={} reason={}", static_cast<int>(kind),
                  e.what());
  } catch (...) {
    spdlog::error("session message handling failed: kind={} reason=unknown exception",
                  static_cast<int>(kind));
  }
}

void Session::OnBatch(json::array batch) {
  if (closed_) return;
  if (batch.empty()) {
    SendToClient(core::MakeErrorResponse(nullptr, core::kInvalidRequest, "empty batch"));
    return;
  }
  if (!initialize_started_ || protocol_version_ != kBatchVersion) {
    SendToClient(core::MakeErrorResponse(
        nullptr, core::kInvalidRequest,
        "JSON-RPC batches are accepted only from clients that negotiated protocol version "
        "2025-03-26 (this session: " +
            (protocol_version_.empty() ? std::string("not initialized") : protocol_version_) +
            ")"));
    return;
  }
  if (batch.size() > options_.max_batch_size) {
    SendToClient(core::MakeErrorResponse(
        nullptr, core::kInvalidRequest,
        "batch of " + std::to_string(batch.size()) + " messages exceeds the limit of " +
            std::to_string(options_.max_batch_size)));
    return;
  }
  struct Collector {
    json::array responses;
    std::size_t remaining = 1;  // held by the dispatch loop until every element is dispatched
  };
  auto collector = std::make_shared<Collector>();
  std::weak_ptr<Session> weak = shared_from_this();
  // The batch's answer belongs to its first request (HTTP transports map every request id of
  // the batch to the stream that carried it).
  std::string related;
  for (const json::value& element : batch) {
    const json::object* object = element.if_object();
    if (object && object->contains("method") && object->contains("id")) {
      related = json::serialize(object->at("id"));
      break;
    }
  }
  auto finish_one = [collector, weak, related] {
    if (--collector->remaining != 0) return;
    auto self = weak.lock();
    if (!self || self->closed_ || collector->responses.empty()) return;
    std::string text = json::serialize(collector->responses);
    if (text.size() > self->options_.max_message_size) {
      text = core::Serialize(core::MessageTooLargeResponse(nullptr, "batch response", text.size(),
                                                           self->options_.max_message_size));
    }
    self->send_(std::move(text), related, /*final=*/true);
  };
  for (json::value& element : batch) {
    auto validated = core::ValidateMessage(std::move(element));
    if (!validated) {
      collector->responses.push_back(core::MakeErrorResponse(
          validated.error().id, validated.error().code, validated.error().message));
      continue;
    }
    if (!validated->IsRequest()) {
      Dispatch(core::WireMessage::FromMessage(std::move(*validated)), nullptr);
      continue;
    }
    ++collector->remaining;
    Dispatch(core::WireMessage::FromMessage(std::move(*validated)),
             [collector, finish_one](std::optional<core::WireMessage> r) {
               if (r) collector->responses.push_back(std::move(*r).TakeTree());
               finish_one();
             });
  }
  finish_one();
}

void Session::HandleRequest(core::WireMessage request, Sink sink) {
  if (modern_ || (!initialize_started_ && modern::IsModernRequest(request.Tree()))) {
    if (!PrepareModernRequest(request, sink)) return;
  }
  const json::value id = request.id();
  const std::string method(request.method());
  if (method == "initialize") {
    const json::object& body = request.Tree();
    const json::value* params = body.if_contains("params");
    Initialize(id, params && params->is_object() ? params->get_object() : json::object(),
               std::move(sink));
    return;
  }
  if (method == "ping") {
    sink(core::MakeResultResponse(id, json::object()));
    return;
  }
  // Audit: a record for every other request, closed on every path below (Answer / EndRecord).
  std::shared_ptr<audit::CallRecord> record;
  if (audit::CallRecorder* recorder = router_.recorder(); recorder && recorder->active()) {
    record = recorder->Begin(method, request.id_text(), request.size());
    const guards::SessionInfo& who = *guard_session();
    // Over stdio the one session is the process: its id tells this run from the others.
    record->session_id = who.session_id.empty() || recorder->transport() == "stdio"
                             ? recorder->process_session_id()
                             : who.session_id;
    record->principal = who.principal;
    record->client_name = who.client_name;
    record->client_version = who.client_version;
    if (std::string refusal = recorder->Refusal(); !refusal.empty()) {
      // Not held: its record's write (which probes the store) may fail like the others.
      core::WireMessage answer = audit::NoteAnswer(
          *record, core::MakeErrorResponse(id, core::kUpstreamUnavailable, refusal),
          recorder->wants_payloads());
      recorder->Finish(std::move(record), nullptr);
      sink(std::move(answer));
      return;
    }
  }
  if (!initialized_) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidRequest,
                                   "the session is not initialized: send initialize first"));
    return;
  }
  std::string key = request.id_text();
  if (in_flight_.count(key)) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidRequest,
                                   "request id " + key + " is already in flight"));
    return;
  }
  if (in_flight_.size() >= options_.max_in_flight) {
    Answer(std::move(record), std::move(sink),
           core::MakeErrorResponse(id, core::kInvalidRequest,
                                   "too many requests in flight: at most " +
                                       std::to_string(options_.max_in_flight) + " per session"));
    return;
  }
  json::object presets;  // modern: the call's own inputResponses
  if (modern_ && !PrepareRetry(request, key, record, sink, presets)) return;
  ForwardRequest(std::move(request), key, std::move(record), std::move(sink), std::move(presets));
}

void Session::ForwardRequest(core::WireMessage request, const std::string& key,
                             std::shared_ptr<audit::CallRecord> record, Sink sink,
                             json::object presets) {
  const json::value id = request.id();
  const std::string method(request.method());
  // Reserve the slot first: the router may answer before HandleRequest returns.
  std::string resource_uri;
  std::string name;  // modern: what a passed-through input_required state is bound to
  if (modern_ && method == "resources/read") {
    if (auto uri = request.GetValue({"params", "uri"}); uri && uri->is_string())
      resource_uri = std::string(uri->get_string());
    name = resource_uri;
  } else if (modern_ && (method == "tools/call" || method == "prompts/get")) {
    if (auto value = request.GetValue({"params", "name"}); value && value->is_string())
      name = std::string(value->get_string());
  }
  InFlight& slot = in_flight_[key];
  slot.method = method;
  slot.sequence = NextSequence();
  slot.sink = std::move(sink);
  slot.record = std::move(record);
  slot.resource_uri = std::move(resource_uri);
  slot.name = std::move(name);
  std::weak_ptr<Session> weak = shared_from_this();
  router::Router::Respond respond = [weak, key](core::WireMessage response) {
    if (auto self = weak.lock()) self->Respond(key, std::move(response));
  };
  if (modern_) {
    // The answer may have to follow the call to another session (input_required bridge).
    if (!presets.empty()) slot.preset_request = request;  // rare: a call carrying answers
    slot.presets = std::move(presets);
    slot.route = std::make_shared<modern::CallRoute>();
    slot.route->Attach(std::move(respond));
    respond = [route = slot.route](core::WireMessage response) {
      route->Deliver(std::move(response));
    };
  }
  std::string failure;
  try {
    router::ForwardedRequest forwarded =
        router_.HandleRequest(shared_from_this(), std::move(request), std::move(respond));
    if (auto it = in_flight_.find(key); it != in_flight_.end())
      it->second.forwarded = std::move(forwarded);
    return;
  } catch (const std::exception& e) {
    failure = e.what();
  } catch (...) {
    failure = "unknown exception";
  }
  // Only this exchange fails: it is answered (unless already answered) and forgotten.
  spdlog::error("session request failed: method={} reason={}", method, failure);
  Respond(key, core::MakeErrorResponse(id, core::kInternalError,
                                       "internal error in mcp-gateway while handling " + method));
}

void Session::Respond(const std::string& key, core::WireMessage response) {
  auto it = in_flight_.find(key);
  if (it == in_flight_.end()) return;  // cancelled, or the session closed
  if (it->second.collecting && !it->second.missing_capability.empty()) {
    // Most likely the upstream failing for want of the refused capability: FlushInputs decides.
    it->second.held_answer = std::move(response);
    return;
  }
  InFlight entry = std::move(it->second);
  in_flight_.erase(it);
  FailInputs(entry, "the call ended before the client answered");
  if (modern_ && PassInputRequired(entry, key, response)) return;
  if (response.kind() == core::MessageKind::kResult &&
      NeedsTranslation(entry.method, protocol_version_)) {
    if (json::value* result = response.MutableTree().if_contains("result");
        result && result->is_object())
      TranslateResult(entry.method, protocol_version_, result->get_object());
  }
  if (modern_) modern::EncodeResponse(entry.method, entry.resource_uri, response);
  Answer(std::move(entry.record), std::move(entry.sink), std::move(response));
}

void Session::Answer(std::shared_ptr<audit::CallRecord> record, Sink sink,
                     core::WireMessage response) {
  audit::CallRecorder* recorder = record ? router_.recorder() : nullptr;
  if (!recorder) {
    sink(std::move(response));
    return;
  }
  response = audit::NoteAnswer(*record, std::move(response), recorder->wants_payloads());
  if (!recorder->holds_answers()) {
    recorder->Finish(std::move(record), nullptr);
    sink(std::move(response));
    return;
  }
  // Durability "commit": the answer goes out once its record is committed.
  const json::value id = response.id();
  recorder->Finish(std::move(record), [sink = std::move(sink), response = std::move(response),
                                       id](bool ok, const std::string& error) mutable {
    if (ok) {
      sink(std::move(response));
      return;
    }
    sink(core::MakeErrorResponse(
        id, core::kUpstreamUnavailable,
        "mcp-gateway: the audit record of this call could not be written (" + error +
            "), so its answer is withheld (auditing.fail_mode is \"closed\")"));
  });
}

void Session::EndRecord(std::shared_ptr<audit::CallRecord> record, audit::Status status) {
  audit::CallRecorder* recorder = record ? router_.recorder() : nullptr;
  if (!recorder) return;
  record->status = status;
  recorder->Finish(std::move(record), nullptr);
}

audit::CallRecord* Session::CallRecordOf(const json::value& id) {
  const audit::CallRecorder* recorder = router_.recorder();
  if (!recorder || !recorder->active()) return nullptr;
  auto it = in_flight_.find(json::serialize(id));
  return it == in_flight_.end() ? nullptr : it->second.record.get();
}

void Session::Initialize(const json::value& id, const json::object& params, Sink sink) {
  if (initialize_started_) {
    sink(core::MakeErrorResponse(id, core::kInvalidRequest,
                                 "initialize was already received on this session"));
    return;
  }
  const json::value* version = params.if_contains("protocolVersion");
  if (!version || !version->is_string()) {
    sink(core::MakeErrorResponse(id, core::kInvalidParams,
                                 "initialize requires a string \"protocolVersion\""));
    return;
  }
  initialize_started_ = true;
  protocol_version_ = core::NegotiateProtocolVersion(version->get_string());
  if (const json::value* caps = params.if_contains("capabilities"); caps && caps->is_object())
    SetClientCapabilities(caps->get_object());
  if (const json::value* info = params.if_contains("clientInfo"); info && info->is_object())
    client_info_ = info->get_object();
  {
    guards::SessionInfo& guard = *MutableGuardSession();
    guard.protocol_version = protocol_version_;
    if (const json::value* name = client_info_.if_contains("name"); name && name->is_string())
      guard.client_name = std::string(name->get_string());
    if (const json::value* v = client_info_.if_contains("version"); v && v->is_string())
      guard.client_version = std::string(v->get_string());
    guard.asker = std::weak_ptr<guards::ClientAsker>(shared_from_this());
  }
  std::weak_ptr<Session> weak = shared_from_this();
  router_.WhenReadyForClient([weak, id, sink = std::move(sink)] {
    auto self = weak.lock();
    if (!self || self->closed_) return;
    if (std::string error = self->router_.WrappedServerError(); !error.empty()) {
      // Wrap mode: the client sees why its one server is not there, instead of an empty list.
      spdlog::warn("session initialize failed: {}", error);
      sink(core::MakeErrorResponse(id, core::kUpstreamUnavailable, error));
      self->initialize_started_ = false;  // the client may try again
      auto queued = std::move(self->queued_);
      self->queued_.clear();
      for (auto& [message, queued_sink] : queued) {
        if (message.IsRequest() && queued_sink) {
          queued_sink(core::MakeErrorResponse(message.id(), core::kInvalidRequest,
                                              "the session is not initialized: " + error));
        }
      }
      return;
    }
    json::object result;
    result["protocolVersion"] = self->protocol_version_;
    json::object capabilities = self->router_.ServerCapabilities();
    TranslateCapabilities(self->protocol_version_, capabilities);
    result["capabilities"] = std::move(capabilities);
    result["serverInfo"] = self->router_.ServerInfo();
    if (std::string instructions = self->router_.Instructions(); !instructions.empty())
      result["instructions"] = instructions;
    self->initialized_ = true;
    sink(core::MakeResultResponse(id, std::move(result)));
    spdlog::info("session initialized protocol={} client={}", self->protocol_version_,
                 json::serialize(self->client_info_.contains("name") ? self->client_info_["name"]
                                                                     : json::value()));
    self->router_.OnSessionInitialized(self);
    auto queued = std::move(self->queued_);
    self->queued_.clear();
    for (auto& [message, queued_sink] : queued)
      self->Dispatch(std::move(message), std::move(queued_sink));
  });
}

void Session::HandleNotification(const core::Message& notification) {
  const std::string_view method = notification.Method();
  if (method == "notifications/cancelled") {
    const json::value* params = notification.Params();
    const json::value* request_id =
        params && params->is_object() ? params->get_object().if_contains("requestId") : nullptr;
    if (!request_id) return;
    if (EndListen(json::serialize(*request_id))) return;
    auto it = in_flight_.find(json::serialize(*request_id));
    if (it == in_flight_.end()) return;  // already answered: nothing to cancel
    InFlight entry = std::move(it->second);
    in_flight_.erase(it);
    if (entry.forwarded.guard_run) entry.forwarded.guard_run->Cancel();  // still being checked
    if (const router::ForwardedRequest& sent = entry.forwarded.Effective(); sent.upstream)
      sent.upstream->Cancel(sent.id, "cancelled by the client");
    FailInputs(entry, "the client cancelled the call");
    EndRecord(std::move(entry.record), audit::Status::kCancelled);
    if (entry.sink) entry.sink(std::nullopt);
    return;
  }
  if (method == "notifications/initialized") return;
  if (method == "notifications/roots/list_changed") {
    router_.OnClientRootsChanged();
    return;
  }
  spdlog::debug("session notification {} from client ignored", method);
}

void Session::HandleClientResponse(core::Message response) {
  const json::value& id = response.Id();
  const std::int64_t* key = id.if_int64();
  auto it = key ? to_client_.find(*key) : to_client_.end();
  if (it == to_client_.end()) {
    spdlog::debug("session response from client for unknown request id={}; dropped",
                  core::DescribeId(id));
    return;
  }
  auto callback = std::move(it->second);
  to_client_.erase(it);
  callback(std::move(response.body));
}

json::value Session::SendRequestToClient(std::string_view method, json::value params,
                                         std::function<void(json::object)> on_response,
                                         std::string_view related) {
  // A modern client is never sent a request (the era has none): it becomes an input request of
  // the call (the input_required bridge).
  if (!closed_ && modern_)
    return AddInputRequest(method, std::move(params), std::move(on_response), related);
  if (closed_ || to_client_.size() >= kMaxRequestsToClient) return nullptr;
  const std::int64_t id = ++next_client_request_id_;
  to_client_.emplace(id, std::move(on_response));
  SendToClient(core::MakeRequest(id, method, std::move(params)), related);
  return id;
}

void Session::CancelRequestToClient(const json::value& id, std::string_view reason) {
  if (modern_) {  // an input request not yet asked: forgotten (a parked one is answered late)
    for (auto& [key, entry] : in_flight_)
      std::erase_if(entry.inputs, [&](const modern::InputRequest& input) { return input.id == id; });
    return;
  }
  const std::int64_t* key = id.if_int64();
  if (!key || to_client_.erase(*key) == 0) return;
  SendToClient(core::MakeNotification("notifications/cancelled",
                                      json::object{{"requestId", id}, {"reason", reason}}));
}

router::ClientSession::InFlightRef Session::LatestInFlightOn(
    const upstream::Upstream* upstream) const {
  InFlightRef latest;
  for (const auto& [key, entry] : in_flight_) {
    if (entry.forwarded.Effective().upstream.get() == upstream && entry.sequence > latest.sequence)
      latest = {entry.sequence, key};
  }
  return latest;
}

void Session::Close() {
  if (closed_) return;
  auto to_client = std::move(to_client_);
  to_client_.clear();
  for (auto& [id, callback] : to_client) {
    callback(core::MakeErrorResponse(id, core::kUpstreamUnavailable,
                                     "the client session closed before answering"));
  }
  closed_ = true;
  ForgetListens();
  auto in_flight = std::move(in_flight_);
  in_flight_.clear();
  for (auto& [key, entry] : in_flight) {
    if (entry.forwarded.guard_run) entry.forwarded.guard_run->Cancel();
    if (const router::ForwardedRequest& sent = entry.forwarded.Effective(); sent.upstream)
      sent.upstream->Cancel(sent.id, "client disconnected");
    FailInputs(entry, "the client session closed before answering");
    EndRecord(std::move(entry.record), audit::Status::kSessionEnded);
  }
  router_.RemoveSession(this);
}

bool Session::CanElicit() const {
  if (!initialized_ || modern_) return false;  // a modern client gets no requests (session.h)
  const json::value* elicitation = client_capabilities_.if_contains("elicitation");
  if (!elicitation || !elicitation->is_object()) return false;
  // 2025-11-25: an empty object means form mode; with modes listed, "form" must be among them.
  const json::object& modes = elicitation->get_object();
  return modes.empty() || modes.contains("form") || !modes.contains("url");
}

json::value Session::Elicit(json::value params, std::string_view related,
                            std::function<void(json::object response)> done) {
  if (!CanElicit()) return nullptr;
  return SendRequestToClient("elicitation/create", std::move(params), std::move(done), related);
}

void Session::CancelElicit(const json::value& id) {
  CancelRequestToClient(id, "the gateway withdrew its question");
}

}  // namespace mcpgw::downstream
