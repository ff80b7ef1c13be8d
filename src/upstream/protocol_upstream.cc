#include "upstream/protocol_upstream.h"

#include "core/json_rpc.h"
#include "core/protocol_version.h"

#include <boost/asio/post.hpp>
#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <csignal>

namespace mcpgw::upstream {

namespace asio = boost::asio;
using std::chrono::milliseconds;

namespace {

constexpr int kMaxListPages = 10'000;

struct ListSpec {
  const char* method;
  const char* field;
  const char* capability;
};

// tools, resources (list + templates), prompts.
constexpr std::array<ListSpec, 4> kListSpecs = {{
    {"tools/list", "tools", "tools"},
    {"resources/list", "resources", "resources"},
    {"resources/templates/list", "resourceTemplates", "resources"},
    {"prompts/list", "prompts", "prompts"},
}};

json::array* CatalogList(Catalog& catalog, std::string_view field) {
  if (field == "tools") return &catalog.tools;
  if (field == "resources") return &catalog.resources;
  if (field == "resourceTemplates") return &catalog.resource_templates;
  return &catalog.prompts;
}

std::string ErrorText(const json::object& response) {
  const json::value* error = response.if_contains("error");
  if (!error || !error->is_object()) return "unknown error";
  const json::value* message = error->get_object().if_contains("message");
  std::string text = message && message->is_string() ? std::string(message->get_string()) : "";
  const json::value* code = error->get_object().if_contains("code");
  return text + " (code " + (code ? json::serialize(*code) : "?") + ")";
}


}  // namespace

ProtocolUpstream::ProtocolUpstream(asio::io_context& io,
                                   std::shared_ptr<const config::ServerConfig> config,
                                   UpstreamOptions options, UpstreamObserver* observer,
                                   TransportFactory make_transport)
    : io_(io),
      config_(std::move(config)),
      options_(std::move(options)),
      observer_(observer),
      make_transport_(std::move(make_transport)),
      sweep_timer_(io),
      ping_timer_(io),
      restart_timer_(io),
      backoff_(options_.restart_initial_delay, options_.restart_max_delay,
               options_.restart_reset_after),
      listen_backoff_(options_.restart_initial_delay, options_.restart_max_delay,
                      options_.restart_reset_after),
      listen_timer_(io) {}

ProtocolUpstream::~ProtocolUpstream() = default;

void ProtocolUpstream::Start() {
  stopping_ = false;
  Launch();
}

void ProtocolUpstream::SetState(State state) {
  if (state_ == state) return;
  spdlog::debug("upstream name={} state={} -> {}", config_->name, StateName(state_),
                StateName(state));
  state_ = state;
}

void ProtocolUpstream::Launch() {
  SetState(State::kStarting);
  auto conn = std::make_shared<Run>();
  conn->transport = make_transport_();
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  UpstreamTransport::Events events;
  events.on_message = [weak, conn](std::string_view text) {
    if (auto self = weak.lock()) self->HandleLine(conn, text);
  };
  events.on_oversize = [weak](std::size_t size, std::string_view head, std::string_view tail) {
    if (auto self = weak.lock()) self->FailOversized(size, head, tail);
  };
  events.on_failed = [weak, conn](std::string reason) {
    if (auto self = weak.lock()) self->Fail(conn, std::move(reason));
  };
  events.on_closed = [weak, conn](std::string detail) {
    if (auto self = weak.lock()) self->OnClosed(conn, detail);
  };
  auto started = conn->transport->Start(std::move(events));
  if (!started) {
    last_error_ = started.error().message;
    if (++start_failures_ >= options_.max_start_attempts) {
      // A missing command does not appear by itself: stop retrying, and say why.
      spdlog::warn("upstream name={} cannot be started, giving up after {} attempts: {}",
                   config_->name, start_failures_, last_error_);
      SetState(State::kFailed);
      settled_ = true;
      observer_->OnUpstreamChanged(*this);
      return;
    }
    spdlog::warn("upstream name={} start failed: {}", config_->name, last_error_);
    ScheduleRestart();
    return;
  }
  start_failures_ = 0;
  conn_ = conn;
  era_ = Era::kUnknown;
  ResetListen();
  last_heard_ = Clock::now();
  // Describe() is safe to log (no credentials or query); the config URL may not be.
  spdlog::info("upstream name={} started: {}", config_->name,
               config_->command.empty() ? conn->transport->Describe()
                                        : conn->transport->Describe() + " " + config_->command);
  if (ShouldProbe()) {
    Discover(conn);
  } else {
    era_ = Era::kLegacy;
    Initialize(conn);
  }
}

bool ProtocolUpstream::ShouldProbe() const {
  if (config_->protocol_era == config::ProtocolEra::kLegacy) return false;
  if (config_->transport == config::Transport::kSse) return false;  // a 2024-11-05 transport
  return config_->protocol_era == config::ProtocolEra::kModern || !skip_probe_once_;
}

modern::Envelope ProtocolUpstream::MakeEnvelope(const json::object* client_capabilities) const {
  modern::Envelope envelope;
  if (client_capabilities)
    envelope.client_capabilities = *client_capabilities;
  else if (options_.client_capabilities)
    envelope.client_capabilities = options_.client_capabilities();
  envelope.client_name = options_.client_name;
  envelope.client_version = options_.client_version;
  envelope.log_level = log_level_;
  return envelope;
}

void ProtocolUpstream::Discover(const std::shared_ptr<Run>& conn) {
  skip_probe_once_ = false;
  conn->probing = true;
  json::value params = json::object();
  modern::AddEnvelope(params, MakeEnvelope(nullptr));
  auto self = shared_from_this();
  RequestCallbacks callbacks;
  callbacks.on_response = [self, conn](json::object response) {
    if (conn != self->conn_ || !conn->failure.empty()) return;
    conn->probing = false;
    auto discovered = modern::ClassifyDiscover(response);
    if (!discovered) {
      const std::string why = response.contains("error")
                                  ? ErrorText(response)
                                  : std::string("2026-07-28 not in supportedVersions");
      if (self->config_->protocol_era == config::ProtocolEra::kModern) {
        self->Fail(conn, "server/discover failed (protocolEra is \"modern\"): " + why);
        return;
      }
      spdlog::info("upstream name={} era=legacy (server/discover: {}); initializing",
                   self->config_->name, why);
      self->era_ = Era::kLegacy;
      self->Initialize(conn);
      return;
    }
    self->era_ = Era::kModern;
    Catalog& catalog = self->catalog_;
    catalog = Catalog{};
    catalog.protocol_version = modern::kVersion;
    catalog.server_info = std::move(discovered->server_info);
    catalog.capabilities = std::move(discovered->capabilities);
    catalog.instructions = std::move(discovered->instructions);
    self->FetchAllLists(conn, [self, conn] {
      if (conn == self->conn_ && conn->failure.empty()) self->BecomeActive();
    });
  };
  const milliseconds timeout = std::min(options_.initialize_timeout, kDiscoverTimeout);
  SendOn(conn, "server/discover", std::move(params), std::move(callbacks), timeout, timeout,
         /*internal=*/true);
}

void ProtocolUpstream::Initialize(const std::shared_ptr<Run>& conn) {
  json::object params;
  params["protocolVersion"] = core::kLatestProtocolVersion;
  params["capabilities"] =
      options_.client_capabilities ? options_.client_capabilities() : json::object();
  params["clientInfo"] = {{"name", options_.client_name}, {"version", options_.client_version}};
  auto self = shared_from_this();
  RequestCallbacks callbacks;
  callbacks.on_response = [self, conn](json::object response) {
    if (conn != self->conn_ || !conn->failure.empty()) return;
    const json::value* result = response.if_contains("result");
    if (!result || !result->is_object()) {
      self->Fail(conn, "initialize failed: " + ErrorText(response));
      return;
    }
    const json::object& init = result->get_object();
    const json::value* version = init.if_contains("protocolVersion");
    if (!version || !version->is_string() ||
        !core::IsSupportedProtocolVersion(version->get_string())) {
      self->Fail(conn, "initialize failed: unsupported protocol version " +
                           (version ? json::serialize(*version) : std::string("(none)")));
      return;
    }
    Catalog& catalog = self->catalog_;
    catalog = Catalog{};
    catalog.protocol_version = version->get_string();
    if (auto* info = init.if_contains("serverInfo"); info && info->is_object())
      catalog.server_info = info->get_object();
    if (auto* caps = init.if_contains("capabilities"); caps && caps->is_object())
      catalog.capabilities = caps->get_object();
    if (auto* text = init.if_contains("instructions"); text && text->is_string())
      catalog.instructions = text->get_string();
    conn->transport->OnInitialized(catalog.protocol_version);
    self->WriteMessage(conn, core::MakeNotification("notifications/initialized", nullptr));
    self->FetchAllLists(conn, [self, conn] {
      if (conn == self->conn_ && conn->failure.empty()) self->BecomeActive();
    });
  };
  SendOn(conn, "initialize", std::move(params), std::move(callbacks), options_.initialize_timeout,
         options_.initialize_timeout, /*internal=*/true);
}

void ProtocolUpstream::BecomeActive() {
  if (stopping_) return;
  last_error_.clear();
  active_since_ = Clock::now();
  SetState(State::kActive);
  settled_ = true;
  spdlog::info("upstream name={} active protocol={} tools={} resources={} prompts={}",
               config_->name, catalog_.protocol_version, catalog_.tools.size(),
               catalog_.resources.size(), catalog_.prompts.size());
  if (conn_) SchedulePing(conn_);
  // After the observer: the subscriptions it renews on this run go into the first listen.
  if (modern()) ScheduleListenUpdate();
  observer_->OnUpstreamChanged(*this);
}

void ProtocolUpstream::SchedulePing(const std::shared_ptr<Run>& conn) {
  if (options_.ping_interval.count() <= 0) return;
  ping_timer_.expires_at(last_heard_ + options_.ping_interval);
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  ping_timer_.async_wait([weak, conn](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || conn != self->conn_ || !conn->failure.empty()) return;
    if (Clock::now() - self->last_heard_ < self->options_.ping_interval) {
      self->SchedulePing(conn);  // heard from it meanwhile
      return;
    }
    const auto timeout = std::min<milliseconds>(self->options_.ping_interval, milliseconds(30'000));
    RequestCallbacks callbacks;
    callbacks.on_response = [weak, conn](json::object response) {
      auto self = weak.lock();
      if (!self || conn != self->conn_) return;
      if (response.contains("error")) {
        const json::value& code = response["error"].as_object()["code"];
        if (code.is_int64() && code.get_int64() == core::kRequestTimeout) {
          self->Fail(conn, "did not answer a ping");
          return;
        }
      }
      self->SchedulePing(conn);  // any answer, even an error, proves it is alive
    };
    // 2026-07-28 has no ping: server/discover is the cheapest request there.
    self->SendOn(conn, self->modern() ? "server/discover" : "ping", nullptr, std::move(callbacks),
                 timeout, timeout, /*internal=*/true);
  });
}

void ProtocolUpstream::FetchAllLists(const std::shared_ptr<Run>& conn,
                                     std::function<void()> done) {
  std::vector<std::size_t> lists;
  for (std::size_t i = 0; i < kListSpecs.size(); ++i)
    if (catalog_.capabilities.contains(kListSpecs[i].capability)) lists.push_back(i);
  FetchLists(conn, std::move(lists), std::move(done));
}

void ProtocolUpstream::FetchLists(const std::shared_ptr<Run>& conn,
                                  std::vector<std::size_t> lists,
                                  std::function<void()> done) {
  if (lists.empty()) {
    done();
    return;
  }
  auto remaining = std::make_shared<std::size_t>(lists.size());
  auto finish = std::make_shared<std::function<void()>>(std::move(done));
  auto self = shared_from_this();
  for (std::size_t list : lists) {
    const ListSpec& spec = kListSpecs[list];
    std::string field = spec.field;
    FetchListPage(conn, spec.method, field, nullptr, std::make_shared<json::array>(), 0,
                  [self, conn, field, remaining, finish](json::array items) {
                    // A list of a run that has since ended never replaces the current one.
                    if (conn == self->conn_) *CatalogList(self->catalog_, field) = std::move(items);
                    if (--*remaining == 0) (*finish)();
                  });
  }
}

void ProtocolUpstream::FetchListPage(const std::shared_ptr<Run>& conn, std::string method,
                                  std::string field, json::value cursor,
                                  std::shared_ptr<json::array> items, int page,
                                  std::function<void(json::array)> done) {
  json::object params;
  if (!cursor.is_null()) params["cursor"] = cursor;
  auto self = shared_from_this();
  RequestCallbacks callbacks;
  callbacks.on_response = [self, conn, method, field, cursor, items, page,
                           done = std::move(done)](json::object response) mutable {
    if (conn != self->conn_) return;
    const json::value* result = response.if_contains("result");
    if (!result || !result->is_object()) {
      spdlog::warn("upstream name={} {} failed: {}", self->config_->name, method,
                   ErrorText(response));
      done(std::move(*items));
      return;
    }
    const json::object& body = result->get_object();
    if (const json::value* list = body.if_contains(field); list && list->is_array()) {
      for (const json::value& item : list->get_array())
        if (item.is_object()) items->push_back(item);
    }
    const json::value* next = body.if_contains("nextCursor");
    if (next && next->is_string() && !next->get_string().empty()) {
      if (page + 1 >= kMaxListPages || *next == cursor) {
        spdlog::warn("upstream name={} {} pagination stopped after {} pages (cursor repeats or "
                     "too many pages)",
                     self->config_->name, method, page + 1);
      } else {
        self->FetchListPage(conn, method, field, *next, items, page + 1, std::move(done));
        return;
      }
    }
    done(std::move(*items));
  };
  SendOn(conn, method, params.empty() ? json::value(json::object()) : json::value(std::move(params)),
         std::move(callbacks), options_.request_timeout, options_.request_timeout,
         /*internal=*/true);
}

void ProtocolUpstream::FetchList(ListKind kind, std::function<void()> done) {
  auto conn = conn_;
  if (!conn || state_ != State::kActive) return;
  switch (kind) {
    case ListKind::kTools: return FetchLists(conn, {0}, std::move(done));
    case ListKind::kResources: return FetchLists(conn, {1, 2}, std::move(done));
    case ListKind::kPrompts: return FetchLists(conn, {3}, std::move(done));
  }
}

void ProtocolUpstream::OnListChanged(ListKind kind) {
  const int index = static_cast<int>(kind);
  if (fetching_[index]) {
    refetch_[index] = true;  // coalesce: fetch once more when the current fetch ends
    return;
  }
  fetching_[index] = true;
  auto self = shared_from_this();
  FetchList(kind, [self, kind, index] {
    self->fetching_[index] = false;
    self->observer_->OnUpstreamChanged(*self);
    if (self->refetch_[index]) {
      self->refetch_[index] = false;
      self->OnListChanged(kind);
    }
  });
  if (!conn_ || state_ != State::kActive) fetching_[index] = false;
}

void ProtocolUpstream::HandleLine(const std::shared_ptr<Run>& conn, std::string_view line) {
  last_heard_ = Clock::now();
  // Validated without a tree: a response goes back to its caller as these bytes.
  auto parsed = core::WireMessage::Inspect(std::string(line));
  if (!parsed) {
    spdlog::warn("upstream name={} sent an invalid message ({} bytes): {}", config_->name,
                 line.size(), parsed.error().message);
    return;
  }
  core::WireMessage& message = *parsed;
  switch (message.kind()) {
    case core::MessageKind::kResult:
    case core::MessageKind::kError: HandleResponse(std::move(message)); break;
    case core::MessageKind::kNotification:
      HandleNotification(std::move(message).TakeTree());
      break;
    case core::MessageKind::kRequest:
      HandleServerRequest(conn, std::move(message).TakeTree());
      break;
  }
}

void ProtocolUpstream::HandleResponse(core::WireMessage response) {
  const json::value& id = response.id();
  const auto* as_int = id.if_int64();
  const auto* as_uint = id.if_uint64();
  RequestId key = as_int ? static_cast<RequestId>(*as_int) : as_uint ? *as_uint : 0;
  auto it = key ? pending_.find(key) : pending_.end();
  if (it == pending_.end()) {
    spdlog::debug("upstream name={} answered unknown or finished request id={}", config_->name,
                  core::DescribeId(id));
    return;
  }
  if (it->second.modern) return HandleModernResponse(key, std::move(response));
  CompletePending(key, std::move(response));
}

RequestId ProtocolUpstream::SetLogLevel(RequestId id, const core::WireMessage& request,
                                        Pending pending) {
  auto level = request.GetValue({"params", "level"});
  if (level && level->is_string()) log_level_ = level->get_string();
  asio::post(io_, [callbacks = std::move(pending.callbacks)]() mutable {
    Complete(callbacks, core::WireMessage::FromTree(
                            core::MakeResultResponse(nullptr, json::object())));
  });
  return id;
}

void ProtocolUpstream::CompletePending(RequestId id, core::WireMessage response) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return;
  RequestCallbacks callbacks = std::move(it->second.callbacks);
  pending_.erase(it);
  Complete(callbacks, std::move(response));
}

void ProtocolUpstream::HandleModernResponse(RequestId id, core::WireMessage response) {
  Pending& pending = pending_.at(id);
  json::object tree = std::move(response).TakeTree();
  auto input = modern::DecodeResponse(pending.method, tree);
  if (!input) return CompletePending(id, core::WireMessage::FromTree(std::move(tree)));
  // A 2026-07-28 caller takes the answer as it is (the pass-through; the router guards it).
  if (pending.callbacks.pass_input_required)
    return CompletePending(id, core::WireMessage::FromTree(std::move(tree)));
  auto fail = [&](std::string message) {
    spdlog::warn("upstream name={} {} input_required: {}", config_->name, pending.method, message);
    CompletePending(id, core::WireMessage::FromTree(core::MakeErrorResponse(
                            nullptr, core::kInternalError,
                            "upstream '" + config_->name + "': " + message)));
  };
  if (pending.retry_text.empty()) return fail("asked for input on a request that cannot be retried");
  if (pending.rounds >= kMaxInputRounds) {
    return fail("still required input after " + std::to_string(kMaxInputRounds) + " rounds");
  }
  const int round = ++pending.rounds;
  pending.request_state = std::move(input->request_state);
  pending.deadline = std::min(Clock::now() + pending.timeout, pending.hard_deadline);
  ArmSweep(pending.deadline);
  spdlog::debug("upstream name={} request id={} input_required round={} questions={}",
                config_->name, id, round, input->input_requests.size());
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  auto started = InputRound::Start(
      input->input_requests,
      "mcpgw-input-" + std::to_string(id) + "-" + std::to_string(round) + "-",
      [weak](json::object request, std::function<void(json::object)> reply) {
        auto self = weak.lock();
        if (!self) return;
        self->observer_->OnUpstreamRequest(*self, std::move(request), std::move(reply));
      },
      [weak](const std::string& question) {
        auto self = weak.lock();
        if (!self) return;
        self->observer_->OnUpstreamNotification(
            *self, core::MakeNotification("notifications/cancelled",
                                          json::object{{"requestId", question},
                                                       {"reason", "the request ended"}}));
      },
      [weak, id, round](InputRound::Result result) {
        auto self = weak.lock();
        if (!self) return;
        // Never inside Start() or an Ask: the pending entry may be mid-update there.
        asio::post(self->io_, [weak, id, round, result = std::move(result)]() mutable {
          if (auto self = weak.lock()) self->OnInputRoundDone(id, round, std::move(result));
        });
      });
  auto it = pending_.find(id);  // an Ask may have ended the request meanwhile
  if (it != pending_.end() && it->second.rounds == round) it->second.round = std::move(started);
}

void ProtocolUpstream::OnInputRoundDone(RequestId id, int round, InputRound::Result result) {
  auto it = pending_.find(id);
  if (it == pending_.end() || it->second.rounds != round) return;  // ended meanwhile
  Pending& pending = it->second;
  pending.round.reset();
  if (result.outcome != InputRound::Outcome::kAnswered) {
    json::object response{{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", std::move(result.error)}};
    return CompletePending(id, core::WireMessage::FromTree(std::move(response)));
  }
  auto retry = core::WireMessage::Inspect(pending.retry_text);
  bool sent = false;
  if (retry && conn_) {
    retry->SetValue({"params", "inputResponses"}, result.responses);
    if (pending.request_state) retry->SetValue({"params", "requestState"}, json::string(*pending.request_state));
    pending.deadline = std::min(Clock::now() + pending.timeout, pending.hard_deadline);
    ArmSweep(pending.deadline);
    OutgoingInfo info;
    info.is_request = true;
    info.id = static_cast<std::int64_t>(id);
    info.headers = pending.headers;
    sent = WriteText(conn_, std::move(*retry).Text(), std::move(info));
  }
  if (!sent) {
    CompletePending(id, core::WireMessage::FromTree(core::MakeErrorResponse(
                            nullptr, core::kUpstreamUnavailable,
                            "upstream '" + config_->name +
                                "': the request could not be sent again with the client's input")));
  }
}

void ProtocolUpstream::FailOversized(std::size_t size, std::string_view head,
                                     std::string_view tail) {
  spdlog::warn("upstream name={} sent a message of {} bytes, over the limit of {}; dropped",
               config_->name, size, options_.max_message_size);
  // Answer the request the dropped message answered, when its id can be recovered and is ours.
  const json::value id = core::SniffId(head, tail);
  const std::int64_t* key = id.if_int64();
  auto it = key && *key > 0 ? pending_.find(static_cast<RequestId>(*key)) : pending_.end();
  if (it == pending_.end()) return;
  RequestCallbacks callbacks = std::move(it->second.callbacks);
  pending_.erase(it);
  Complete(callbacks, core::MessageTooLargeResponse(
      nullptr, "the answer of upstream '" + config_->name + "'", size, options_.max_message_size));
}

void ProtocolUpstream::HandleProgress(json::object params) {
  const json::value* token = params.if_contains("progressToken");
  const auto* as_int = token ? token->if_int64() : nullptr;
  auto it = as_int ? pending_.find(static_cast<RequestId>(*as_int)) : pending_.end();
  // Only a token this upstream was given names a request: progress for any other token (a
  // finished request, or a request that carried no token) neither reaches a client nor extends
  // a deadline.
  if (it == pending_.end() || it->second.progress_token.is_null()) {
    spdlog::debug("upstream name={} progress for a token it was not given dropped",
                  config_->name);
    return;
  }
  Pending& pending = it->second;
  pending.deadline = std::min(Clock::now() + pending.timeout, pending.hard_deadline);
  if (!pending.callbacks.on_progress) return;
  params["progressToken"] = pending.progress_token;
  pending.callbacks.on_progress(std::move(params));
}

void ProtocolUpstream::HandleNotification(json::object notification) {
  const json::value& method_value = notification["method"];
  const std::string_view method = method_value.get_string();
  if (method == "notifications/progress") {
    if (json::value* params = notification.if_contains("params"); params && params->is_object())
      HandleProgress(std::move(params->get_object()));
    return;
  }
  if (modern() && !AcceptListenNotification(notification)) return;
  if (method == "notifications/tools/list_changed") return OnListChanged(ListKind::kTools);
  if (method == "notifications/prompts/list_changed") return OnListChanged(ListKind::kPrompts);
  if (method == "notifications/resources/list_changed")
    return OnListChanged(ListKind::kResources);
  observer_->OnUpstreamNotification(*this, std::move(notification));
}

void ProtocolUpstream::HandleServerRequest(const std::shared_ptr<Run>& conn,
                                        json::object request) {
  json::value id = request["id"];
  if (request["method"].get_string() == "ping") {
    WriteMessage(conn, core::MakeResultResponse(id, json::object()));
    return;
  }
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  observer_->OnUpstreamRequest(
      *this, std::move(request), [weak, conn, id](json::object response) {
        auto self = weak.lock();
        if (!self || conn != self->conn_) return;  // that run of the server is gone
        response["id"] = id;
        self->WriteMessage(conn, response);
      });
}

RequestId ProtocolUpstream::Unavailable(RequestCallbacks callbacks) {
  std::string message = "upstream '" + config_->name + "' is not available (" +
                        StateName(state_) + (last_error_.empty() ? "" : ": " + last_error_) + ")";
  asio::post(io_, [callbacks = std::move(callbacks), message = std::move(message)]() mutable {
    Complete(callbacks, core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
  });
  return 0;
}

RequestId ProtocolUpstream::Send(std::string_view method, json::value params,
                              RequestCallbacks callbacks, milliseconds timeout,
                              milliseconds max_timeout) {
  if (state_ != State::kActive || !conn_) return Unavailable(std::move(callbacks));
  return SendOn(conn_, method, std::move(params), std::move(callbacks), timeout, max_timeout,
                /*internal=*/false);
}

RequestId ProtocolUpstream::Forward(core::WireMessage request, RequestCallbacks callbacks,
                                    milliseconds timeout, milliseconds max_timeout) {
  if (state_ != State::kActive || !conn_) return Unavailable(std::move(callbacks));
  const RequestId id = ++next_id_;
  Pending pending = NewPending(timeout, max_timeout, /*internal=*/false);
  // Rewrite the caller's progress token to one unique on this upstream (the request id).
  if (auto token = request.GetValue({"params", "_meta", "progressToken"})) {
    pending.progress_token = std::move(*token);
    request.SetValue({"params", "_meta", "progressToken"}, static_cast<std::int64_t>(id));
  }
  request.SetId(static_cast<std::int64_t>(id), std::to_string(id));
  pending.callbacks = std::move(callbacks);
  if (!modern()) {
    return Dispatch(conn_, id, std::move(request).Text(), /*initialize=*/false,
                    std::move(pending));
  }
  pending.method = request.method();
  if (pending.method == "logging/setLevel") return SetLogLevel(id, request, std::move(pending));
  if (pending.method == "resources/subscribe" || pending.method == "resources/unsubscribe") {
    const auto uri = request.GetValue({"params", "uri"});
    return AnswerSubscription(id, pending.method, uri ? &*uri : nullptr, std::move(pending));
  }
  modern::AddEnvelope(request, MakeEnvelope(pending.callbacks.client_capabilities.get()));
  std::string name;
  if (const std::string_view member = modern::NameMember(pending.method); !member.empty()) {
    if (auto value = request.GetValue({"params", member}); value && value->is_string())
      name = value->get_string();
  }
  pending.headers = modern::HttpHeaders(pending.method, name);
  if (pending.method == "tools/call")
    modern::AddParamHeaders(catalog_.tools, name, request, pending.headers);
  pending.modern = true;
  std::string text = std::move(request).Text();
  pending.retry_text = text;
  return Dispatch(conn_, id, std::move(text), /*initialize=*/false, std::move(pending));
}

ProtocolUpstream::Pending ProtocolUpstream::NewPending(milliseconds timeout,
                                                       milliseconds max_timeout,
                                                       bool internal) const {
  Pending pending;
  pending.timeout = timeout;
  pending.internal = internal;
  const auto now = Clock::now();
  pending.deadline = now + timeout;
  pending.hard_deadline = now + std::max(timeout, max_timeout);
  return pending;
}

RequestId ProtocolUpstream::SendOn(const std::shared_ptr<Run>& conn, std::string_view method,
                                json::value params, RequestCallbacks callbacks,
                                milliseconds timeout, milliseconds max_timeout, bool internal) {
  const RequestId id = ++next_id_;
  Pending pending = NewPending(timeout, max_timeout, internal);
  // Rewrite the caller's progress token to one unique on this upstream (the request id).
  if (json::object* p = params.if_object()) {
    if (json::value* meta = p->if_contains("_meta"); meta && meta->is_object()) {
      if (json::value* token = meta->get_object().if_contains("progressToken")) {
        pending.progress_token = std::move(*token);
        *token = static_cast<std::int64_t>(id);
      }
    }
  }
  pending.callbacks = std::move(callbacks);
  const bool modern_request = modern() && conn == conn_;
  if (modern_request && method == "logging/setLevel") {
    core::WireMessage request = core::WireMessage::FromTree(
        core::MakeRequest(static_cast<std::int64_t>(id), method, std::move(params)));
    return SetLogLevel(id, request, std::move(pending));
  }
  if (modern_request && (method == "resources/subscribe" || method == "resources/unsubscribe")) {
    const json::value* uri = params.is_object() ? params.get_object().if_contains("uri") : nullptr;
    return AnswerSubscription(id, method, uri, std::move(pending));
  }
  if (modern_request && method == modern::kListenMethod) {
    pending.long_lived = true;  // meant to stay open: never swept
    pending.deadline = pending.hard_deadline = Clock::time_point::max();
  }
  if (modern_request)
    modern::AddEnvelope(params, MakeEnvelope(pending.callbacks.client_capabilities.get()));
  if (modern_request || method == "server/discover") {
    std::string name;
    if (const std::string_view member = modern::NameMember(method); !member.empty()) {
      const json::value* value = params.is_object() ? params.get_object().if_contains(member)
                                                    : nullptr;
      if (value && value->is_string()) name = value->get_string();
    }
    pending.headers = modern::HttpHeaders(method, name);
    pending.method = method;
    pending.modern = modern_request;
  }
  std::string text = core::Serialize(
      core::MakeRequest(static_cast<std::int64_t>(id), method, std::move(params)));
  if (modern_request && !internal) pending.retry_text = text;
  return Dispatch(conn, id, std::move(text), method == "initialize", std::move(pending));
}

RequestId ProtocolUpstream::Dispatch(const std::shared_ptr<Run>& conn, RequestId id,
                                     std::string text, bool initialize, Pending pending) {
  OutgoingInfo info;
  info.is_request = true;
  info.is_initialize = initialize;
  info.id = static_cast<std::int64_t>(id);
  info.is_discover = pending.method == "server/discover";
  info.long_lived = pending.long_lived;
  info.headers = pending.headers;
  if (!WriteText(conn, std::move(text), std::move(info))) {
    std::string message = "upstream '" + config_->name +
                          "': request could not be sent (the server is stopping, or is not "
                          "reading its input)";
    asio::post(io_, [callbacks = std::move(pending.callbacks),
                     message = std::move(message)]() mutable {
      Complete(callbacks, core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
    });
    return id;
  }
  const auto deadline = pending.deadline;
  const bool swept = !pending.long_lived;
  pending_.emplace(id, std::move(pending));
  if (swept) ArmSweep(deadline);
  return id;
}

bool ProtocolUpstream::WriteMessage(const std::shared_ptr<Run>& conn,
                                 const json::object& message) {
  return WriteText(conn, core::Serialize(message), OutgoingInfo{});
}

bool ProtocolUpstream::WriteText(const std::shared_ptr<Run>& conn, std::string text,
                                 OutgoingInfo info) {
  if (!conn || !conn->failure.empty()) return false;
  if (text.size() > options_.max_message_size) {
    spdlog::warn("upstream name={} message of {} bytes over the limit of {} not sent",
                 config_->name, text.size(), options_.max_message_size);
    return false;
  }
  return conn->transport->Send(std::move(text), std::move(info));
}

void ProtocolUpstream::Cancel(RequestId id, std::string_view reason) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return;
  if (auto round = std::move(it->second.round)) {
    // Between two legs nothing is in flight upstream: only the client's questions end.
    pending_.erase(it);
    round->Abort();
    return;
  }
  pending_.erase(it);
  Notify("notifications/cancelled",
         json::object{{"requestId", static_cast<std::int64_t>(id)}, {"reason", reason}});
  if (conn_) conn_->transport->Abandon(static_cast<std::int64_t>(id));
}

void ProtocolUpstream::Notify(std::string_view method, json::value params) {
  if (!conn_ || (state_ != State::kActive && state_ != State::kStarting)) {
    spdlog::debug("upstream name={} not running; {} dropped", config_->name, method);
    return;
  }
  if (!modern()) {
    WriteMessage(conn_, core::MakeNotification(method, std::move(params)));
    return;
  }
  // 2026-07-28 has no other client notification (no session: no initialized, no roots
  // list_changed); over HTTP a request is cancelled by closing its exchange (Abandon), which
  // every caller of Cancel does too.
  if (method != "notifications/cancelled" || config_->transport != config::Transport::kStdio) {
    spdlog::debug("upstream name={} speaks 2026-07-28; {} not sent", config_->name, method);
    return;
  }
  OutgoingInfo info;
  info.headers = modern::HttpHeaders(method, "");
  WriteText(conn_, core::Serialize(core::MakeNotification(method, std::move(params))),
            std::move(info));
}

void ProtocolUpstream::ArmSweep(Clock::time_point deadline) {
  if (sweep_armed_ && deadline >= sweep_deadline_) return;
  sweep_armed_ = true;
  sweep_deadline_ = deadline;
  sweep_timer_.expires_at(deadline);
  const std::uint64_t generation = ++sweep_generation_;
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  sweep_timer_.async_wait([weak, generation](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || generation != self->sweep_generation_) return;
    self->sweep_armed_ = false;
    self->Sweep();
  });
}

void ProtocolUpstream::Sweep() {
  const auto now = Clock::now();
  std::vector<std::pair<RequestId, RequestCallbacks>> expired;
  auto next = Clock::time_point::max();
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->second.deadline <= now) {
      if (auto round = std::move(it->second.round)) round->Abort();
      expired.emplace_back(it->first, std::move(it->second.callbacks));
      it = pending_.erase(it);
    } else {
      next = std::min(next, it->second.deadline);
      ++it;
    }
  }
  if (next != Clock::time_point::max()) ArmSweep(next);
  for (auto& [id, callbacks] : expired) {
    spdlog::warn("upstream name={} request id={} timed out", config_->name, id);
    Notify("notifications/cancelled", json::object{{"requestId", static_cast<std::int64_t>(id)},
                                                   {"reason", "timed out in mcp-gateway"}});
    if (conn_) conn_->transport->Abandon(static_cast<std::int64_t>(id));
    Complete(callbacks, core::MakeErrorResponse(
        nullptr, core::kRequestTimeout,
        "upstream '" + config_->name + "' did not answer in time (request timed out)"));
  }
}

void ProtocolUpstream::FailAllPending(const std::string& message) {
  auto pending = std::move(pending_);
  pending_.clear();
  for (auto& [id, entry] : pending) {
    if (entry.round) entry.round->Abort();
    Complete(entry.callbacks,
             core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
  }
}

void ProtocolUpstream::Fail(const std::shared_ptr<Run>& conn, std::string reason) {
  if (!conn->failure.empty()) return;
  conn->failure = reason;
  if (conn == conn_) {
    if (!stopping_) spdlog::warn("upstream name={} failed: {}", config_->name, reason);
    FailAllPending("upstream '" + config_->name + "' " + reason);
  }
  if (!conn->shutting_down) {
    conn->shutting_down = true;
    conn->transport->Shutdown(options_.stop_grace);
  }
}

void ProtocolUpstream::OnClosed(const std::shared_ptr<Run>& conn, const std::string& detail) {
  if (conn->probing && config_->protocol_era == config::ProtocolEra::kAuto &&
      config_->transport == config::Transport::kStdio) {
    // Some legacy servers exit on any request before initialize: initialize the next run.
    spdlog::info("upstream name={} exited on the server/discover probe; initializing next run",
                 config_->name);
    skip_probe_once_ = true;
  }
  if (conn->failure.empty()) Fail(conn, detail);
  if (conn != conn_) return;
  conn_.reset();
  ping_timer_.cancel();
  listen_timer_.cancel();
  const bool was_active = state_ == State::kActive;
  spdlog::info("upstream name={} {} {}", config_->name, conn->transport->Describe(), detail);
  if (stopping_) {
    SetState(State::kStopped);
    if (stop_done_) asio::post(io_, std::exchange(stop_done_, nullptr));
    return;
  }
  last_error_ = conn->failure == detail ? detail : conn->failure + "; " + detail;
  if (was_active) {
    backoff_.OnActiveRunEnded(
        std::chrono::duration_cast<milliseconds>(Clock::now() - active_since_));
  }
  ScheduleRestart();
  if (was_active) observer_->OnUpstreamChanged(*this);
}

void ProtocolUpstream::ScheduleRestart() {
  if (stopping_) return;
  ++restarts_;
  SetState(State::kRestarting);
  if (!settled_) {
    settled_ = true;
    observer_->OnUpstreamChanged(*this);
  }
  const milliseconds delay = backoff_.Next();
  spdlog::info("upstream name={} restart attempt={} in {} ms", config_->name, backoff_.attempts(),
               delay.count());
  restart_timer_.expires_after(delay);
  std::weak_ptr<ProtocolUpstream> weak = shared_from_this();
  restart_timer_.async_wait([weak](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || self->stopping_) return;
    self->Launch();
  });
}

void ProtocolUpstream::Stop(std::function<void()> done) {
  stopping_ = true;
  restart_timer_.cancel();
  sweep_timer_.cancel();
  ping_timer_.cancel();
  listen_timer_.cancel();
  if (conn_) conn_->failure = "stopped";  // pending callbacks must see the run as ended
  FailAllPending("upstream '" + config_->name + "' is shutting down");
  if (!conn_) {
    SetState(State::kStopped);
    asio::post(io_, std::move(done));
    return;
  }
  stop_done_ = std::move(done);
  conn_->shutting_down = true;
  conn_->transport->Shutdown(options_.stop_grace);
}

}  // namespace mcpgw::upstream
