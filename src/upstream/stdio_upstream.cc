#include "upstream/stdio_upstream.h"

#include "config/child_environment.h"
#include "core/json_rpc.h"
#include "core/line_framer.h"
#include "core/line_writer.h"
#include "core/protocol_version.h"
#include "upstream/child_process.h"

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

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::size_t kMaxStderrLine = 4096;
constexpr int kMaxListPages = 10'000;
constexpr auto kStableRun = std::chrono::seconds(60);

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

std::string DescribeExit(int status) {
  if (status < 0) return "exited (status unknown)";
  if (status > 128 && status < 128 + 65)
    return "was killed by signal " + std::to_string(status - 128);
  return "exited with status " + std::to_string(status);
}

}  // namespace

// One run of the child process: the process, its framing and write queue.
struct StdioUpstream::Connection {
  explicit Connection(std::unique_ptr<ChildProcess> c, std::size_t max_message)
      : child(std::move(c)),
        writer(child->stdin_pipe(), [](boost::system::error_code) {}),
        stdout_framer(max_message),
        stderr_framer(kMaxStderrLine) {}

  std::unique_ptr<ChildProcess> child;
  core::LineWriter<asio::writable_pipe> writer;
  core::LineFramer stdout_framer;
  core::LineFramer stderr_framer;
  std::array<char, kReadChunk> stdout_buffer;
  std::array<char, 4096> stderr_buffer;
  std::string failure;  // first failure reason; empty while healthy
  bool terminating = false;
  asio::steady_timer* kill_timer = nullptr;  // owned below
  std::unique_ptr<asio::steady_timer> kill_timer_storage;
};

StdioUpstream::StdioUpstream(asio::io_context& io,
                             std::shared_ptr<const config::ServerConfig> config,
                             UpstreamOptions options, UpstreamObserver* observer)
    : io_(io),
      config_(std::move(config)),
      options_(std::move(options)),
      observer_(observer),
      sweep_timer_(io),
      ping_timer_(io),
      restart_timer_(io) {}

StdioUpstream::~StdioUpstream() = default;

void StdioUpstream::Start() {
  stopping_ = false;
  Launch();
}

void StdioUpstream::SetState(State state) {
  if (state_ == state) return;
  spdlog::debug("upstream name={} state={} -> {}", config_->name, StateName(state_),
                StateName(state));
  state_ = state;
}

void StdioUpstream::Launch() {
  SetState(State::kStarting);
  ChildProcess::Spec spec{config_->command, config_->args,
                          config::BuildChildEnvironment(*config_, options_.getenv), config_->cwd};
  auto spawned = ChildProcess::Spawn(io_.get_executor(), spec);
  if (!spawned) {
    last_error_ = spawned.error().message;
    spdlog::warn("upstream name={} start failed: {}", config_->name, last_error_);
    ScheduleRestart();
    return;
  }
  auto conn = std::make_shared<Connection>(std::move(*spawned), options_.max_message_size);
  conn->writer.set_owner(conn);
  conn->kill_timer_storage = std::make_unique<asio::steady_timer>(io_);
  conn->kill_timer = conn->kill_timer_storage.get();
  conn_ = conn;
  last_heard_ = Clock::now();
  spdlog::info("upstream name={} pid={} started: {}", config_->name, conn->child->pid(),
               config_->command);
  auto self = shared_from_this();
  conn->child->AsyncWait([self, conn](int status) { self->OnExited(conn, status); });
  ReadStdout(conn);
  ReadStderr(conn);
  Initialize(conn);
}

void StdioUpstream::Initialize(const std::shared_ptr<Connection>& conn) {
  json::object params;
  params["protocolVersion"] = core::kLatestProtocolVersion;
  params["capabilities"] = options_.client_capabilities;
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
    self->WriteMessage(conn, core::MakeNotification("notifications/initialized", nullptr));
    self->FetchAllLists(conn, [self, conn] {
      if (conn == self->conn_ && conn->failure.empty()) self->BecomeActive();
    });
  };
  SendOn(conn, "initialize", std::move(params), std::move(callbacks), options_.initialize_timeout,
         options_.initialize_timeout, /*internal=*/true);
}

void StdioUpstream::BecomeActive() {
  last_error_.clear();
  active_since_ = Clock::now();
  SetState(State::kActive);
  settled_ = true;
  spdlog::info("upstream name={} active protocol={} tools={} resources={} prompts={}",
               config_->name, catalog_.protocol_version, catalog_.tools.size(),
               catalog_.resources.size(), catalog_.prompts.size());
  if (conn_) SchedulePing(conn_);
  observer_->OnUpstreamChanged(*this);
}

void StdioUpstream::SchedulePing(const std::shared_ptr<Connection>& conn) {
  if (options_.ping_interval.count() <= 0) return;
  ping_timer_.expires_at(last_heard_ + options_.ping_interval);
  std::weak_ptr<StdioUpstream> weak = shared_from_this();
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
    self->SendOn(conn, "ping", nullptr, std::move(callbacks), timeout, timeout, /*internal=*/true);
  });
}

void StdioUpstream::FetchAllLists(const std::shared_ptr<Connection>& conn,
                                  std::function<void()> done) {
  auto remaining = std::make_shared<int>(0);
  auto finish = std::make_shared<std::function<void()>>(std::move(done));
  std::vector<const ListSpec*> wanted;
  for (const ListSpec& spec : kListSpecs)
    if (catalog_.capabilities.contains(spec.capability)) wanted.push_back(&spec);
  if (wanted.empty()) {
    (*finish)();
    return;
  }
  *remaining = static_cast<int>(wanted.size());
  auto self = shared_from_this();
  for (const ListSpec* spec : wanted) {
    std::string field = spec->field;
    FetchListPage(conn, spec->method, field, nullptr, std::make_shared<json::array>(), 0,
                  [self, field, remaining, finish](json::array items) {
                    *CatalogList(self->catalog_, field) = std::move(items);
                    if (--*remaining == 0) (*finish)();
                  });
  }
}

void StdioUpstream::FetchListPage(const std::shared_ptr<Connection>& conn, std::string method,
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

void StdioUpstream::FetchList(ListKind kind, std::function<void()> done) {
  auto conn = conn_;
  if (!conn || state_ != State::kActive) return;
  std::vector<const ListSpec*> specs;
  switch (kind) {
    case ListKind::kTools: specs = {&kListSpecs[0]}; break;
    case ListKind::kResources: specs = {&kListSpecs[1], &kListSpecs[2]}; break;
    case ListKind::kPrompts: specs = {&kListSpecs[3]}; break;
  }
  auto remaining = std::make_shared<int>(static_cast<int>(specs.size()));
  auto finish = std::make_shared<std::function<void()>>(std::move(done));
  auto self = shared_from_this();
  for (const ListSpec* spec : specs) {
    std::string field = spec->field;
    FetchListPage(conn, spec->method, field, nullptr, std::make_shared<json::array>(), 0,
                  [self, conn, field, remaining, finish](json::array items) {
                    if (conn != self->conn_) return;
                    *CatalogList(self->catalog_, field) = std::move(items);
                    if (--*remaining == 0) (*finish)();
                  });
  }
}

void StdioUpstream::OnListChanged(ListKind kind) {
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

void StdioUpstream::ReadStdout(std::shared_ptr<Connection> conn) {
  auto self = shared_from_this();
  conn->child->stdout_pipe().async_read_some(
      asio::buffer(conn->stdout_buffer),
      [self, conn](boost::system::error_code ec, std::size_t n) {
        if (ec) {
          self->Fail(conn, ec == asio::error::eof ? "closed its stdout"
                                                  : "stdout read failed: " + ec.message());
          return;
        }
        conn->stdout_framer.Feed(
            std::string_view(conn->stdout_buffer.data(), n),
            [&](std::string_view line) { self->HandleLine(conn, line); },
            [&](std::size_t dropped) {
              spdlog::warn("upstream name={} sent a message of {} bytes, over the limit of {}; "
                           "dropped",
                           self->config_->name, dropped, self->options_.max_message_size);
              self->FailOversized(conn->stdout_framer, dropped);
            });
        if (conn->failure.empty()) self->ReadStdout(conn);
      });
}

void StdioUpstream::ReadStderr(std::shared_ptr<Connection> conn) {
  auto self = shared_from_this();
  conn->child->stderr_pipe().async_read_some(
      asio::buffer(conn->stderr_buffer), [self, conn](boost::system::error_code ec, std::size_t n) {
        if (ec) return;  // EOF or closed: the child is going away
        conn->stderr_framer.Feed(
            std::string_view(conn->stderr_buffer.data(), n),
            [&](std::string_view line) {
              spdlog::debug("upstream name={} stderr: {}", self->config_->name, line);
            },
            [&](std::size_t dropped) {
              spdlog::debug("upstream name={} stderr: ({} bytes without newline dropped)",
                            self->config_->name, dropped);
            });
        self->ReadStderr(conn);
      });
}

void StdioUpstream::HandleLine(const std::shared_ptr<Connection>& conn, std::string_view line) {
  last_heard_ = Clock::now();
  auto parsed = core::ParseMessage(line);
  if (!parsed) {
    spdlog::warn("upstream name={} sent an invalid message ({} bytes): {}", config_->name,
                 line.size(), parsed.error().message);
    return;
  }
  core::Message& message = *parsed;
  switch (message.kind) {
    case core::MessageKind::kResult:
    case core::MessageKind::kError: HandleResponse(std::move(message.body)); break;
    case core::MessageKind::kNotification: HandleNotification(std::move(message.body)); break;
    case core::MessageKind::kRequest: HandleServerRequest(conn, std::move(message.body)); break;
  }
}

void StdioUpstream::HandleResponse(json::object response) {
  const json::value& id = response["id"];
  const auto* as_int = id.if_int64();
  const auto* as_uint = id.if_uint64();
  RequestId key = as_int ? static_cast<RequestId>(*as_int) : as_uint ? *as_uint : 0;
  auto it = key ? pending_.find(key) : pending_.end();
  if (it == pending_.end()) {
    spdlog::debug("upstream name={} answered unknown or finished request id={}", config_->name,
                  core::DescribeId(id));
    return;
  }
  RequestCallbacks callbacks = std::move(it->second.callbacks);
  pending_.erase(it);
  callbacks.on_response(std::move(response));
}

void StdioUpstream::FailOversized(const core::LineFramer& framer, std::size_t size) {
  // Answer the request the dropped message answered, when its id can be recovered and is ours.
  const json::value id = core::SniffId(framer.dropped_head(), framer.dropped_tail());
  const std::int64_t* key = id.if_int64();
  auto it = key && *key > 0 ? pending_.find(static_cast<RequestId>(*key)) : pending_.end();
  if (it == pending_.end()) return;
  RequestCallbacks callbacks = std::move(it->second.callbacks);
  pending_.erase(it);
  callbacks.on_response(core::MakeErrorResponse(
      nullptr, core::kMessageTooLarge,
      "upstream '" + config_->name + "' answered with " + std::to_string(size) +
          " bytes, over the gateway's limit of " + std::to_string(options_.max_message_size)));
}

void StdioUpstream::HandleProgress(json::object params) {
  const json::value* token = params.if_contains("progressToken");
  const auto* as_int = token ? token->if_int64() : nullptr;
  auto it = as_int ? pending_.find(static_cast<RequestId>(*as_int)) : pending_.end();
  if (it == pending_.end()) {
    spdlog::debug("upstream name={} progress for a finished request dropped", config_->name);
    return;
  }
  Pending& pending = it->second;
  pending.deadline = std::min(Clock::now() + pending.timeout, pending.hard_deadline);
  if (!pending.callbacks.on_progress || pending.progress_token.is_null()) return;
  params["progressToken"] = pending.progress_token;
  pending.callbacks.on_progress(std::move(params));
}

void StdioUpstream::HandleNotification(json::object notification) {
  const json::value& method_value = notification["method"];
  const std::string_view method = method_value.get_string();
  if (method == "notifications/progress") {
    if (json::value* params = notification.if_contains("params"); params && params->is_object())
      HandleProgress(std::move(params->get_object()));
    return;
  }
  if (method == "notifications/tools/list_changed") return OnListChanged(ListKind::kTools);
  if (method == "notifications/prompts/list_changed") return OnListChanged(ListKind::kPrompts);
  if (method == "notifications/resources/list_changed")
    return OnListChanged(ListKind::kResources);
  observer_->OnUpstreamNotification(*this, std::move(notification));
}

void StdioUpstream::HandleServerRequest(const std::shared_ptr<Connection>& conn,
                                        json::object request) {
  json::value id = request["id"];
  if (request["method"].get_string() == "ping") {
    WriteMessage(conn, core::MakeResultResponse(id, json::object()));
    return;
  }
  std::weak_ptr<StdioUpstream> weak = shared_from_this();
  observer_->OnUpstreamRequest(
      *this, std::move(request), [weak, conn, id](json::object response) {
        auto self = weak.lock();
        if (!self || conn != self->conn_) return;  // that run of the server is gone
        response["id"] = id;
        self->WriteMessage(conn, response);
      });
}

RequestId StdioUpstream::Send(std::string_view method, json::value params,
                              RequestCallbacks callbacks, milliseconds timeout,
                              milliseconds max_timeout) {
  if (state_ != State::kActive || !conn_) {
    std::string message = "upstream '" + config_->name + "' is not available (" +
                          StateName(state_) + (last_error_.empty() ? "" : ": " + last_error_) +
                          ")";
    asio::post(io_, [callbacks = std::move(callbacks), message = std::move(message)] {
      callbacks.on_response(core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
    });
    return 0;
  }
  return SendOn(conn_, method, std::move(params), std::move(callbacks), timeout, max_timeout,
                /*internal=*/false);
}

RequestId StdioUpstream::SendOn(const std::shared_ptr<Connection>& conn, std::string_view method,
                                json::value params, RequestCallbacks callbacks,
                                milliseconds timeout, milliseconds max_timeout, bool internal) {
  const RequestId id = ++next_id_;
  Pending pending;
  pending.timeout = timeout;
  pending.internal = internal;
  const auto now = Clock::now();
  pending.deadline = now + timeout;
  pending.hard_deadline = now + std::max(timeout, max_timeout);
  // Rewrite the caller's progress token to one unique on this upstream (the request id).
  if (json::object* p = params.if_object()) {
    if (json::value* meta = p->if_contains("_meta"); meta && meta->is_object()) {
      if (json::value* token = meta->get_object().if_contains("progressToken")) {
        pending.progress_token = std::move(*token);
        *token = static_cast<std::int64_t>(id);
      }
    }
  }
  json::object request =
      core::MakeRequest(static_cast<std::int64_t>(id), method, std::move(params));
  pending.callbacks = std::move(callbacks);
  if (!WriteMessage(conn, request)) {
    auto on_response = std::move(pending.callbacks.on_response);
    std::string message = "upstream '" + config_->name + "': request could not be sent";
    asio::post(io_, [on_response = std::move(on_response), message = std::move(message)] {
      on_response(core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
    });
    return id;
  }
  const auto deadline = pending.deadline;
  pending_.emplace(id, std::move(pending));
  ArmSweep(deadline);
  return id;
}

bool StdioUpstream::WriteMessage(const std::shared_ptr<Connection>& conn,
                                 const json::object& message) {
  if (!conn || !conn->failure.empty()) return false;
  std::string text = core::Serialize(message);
  if (text.size() > options_.max_message_size) {
    spdlog::warn("upstream name={} message of {} bytes over the limit of {} not sent",
                 config_->name, text.size(), options_.max_message_size);
    return false;
  }
  return conn->writer.Write(std::move(text));
}

void StdioUpstream::Cancel(RequestId id, std::string_view reason) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return;
  pending_.erase(it);
  Notify("notifications/cancelled",
         json::object{{"requestId", static_cast<std::int64_t>(id)}, {"reason", reason}});
}

void StdioUpstream::Notify(std::string_view method, json::value params) {
  if (!conn_ || (state_ != State::kActive && state_ != State::kStarting)) {
    spdlog::debug("upstream name={} not running; {} dropped", config_->name, method);
    return;
  }
  WriteMessage(conn_, core::MakeNotification(method, std::move(params)));
}

void StdioUpstream::ArmSweep(Clock::time_point deadline) {
  if (sweep_armed_ && deadline >= sweep_deadline_) return;
  sweep_armed_ = true;
  sweep_deadline_ = deadline;
  sweep_timer_.expires_at(deadline);
  const std::uint64_t generation = ++sweep_generation_;
  std::weak_ptr<StdioUpstream> weak = shared_from_this();
  sweep_timer_.async_wait([weak, generation](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || generation != self->sweep_generation_) return;
    self->sweep_armed_ = false;
    self->Sweep();
  });
}

void StdioUpstream::Sweep() {
  const auto now = Clock::now();
  std::vector<std::pair<RequestId, RequestCallbacks>> expired;
  auto next = Clock::time_point::max();
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->second.deadline <= now) {
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
    callbacks.on_response(core::MakeErrorResponse(
        nullptr, core::kRequestTimeout,
        "upstream '" + config_->name + "' did not answer in time (request timed out)"));
  }
}

void StdioUpstream::FailAllPending(const std::string& message) {
  auto pending = std::move(pending_);
  pending_.clear();
  for (auto& [id, entry] : pending) {
    entry.callbacks.on_response(
        core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
  }
}

void StdioUpstream::Fail(const std::shared_ptr<Connection>& conn, std::string reason) {
  if (!conn->failure.empty()) return;
  conn->failure = reason;
  if (conn != conn_) return;
  if (!stopping_) spdlog::warn("upstream name={} failed: {}", config_->name, reason);
  FailAllPending("upstream '" + config_->name + "' " + reason);
  Terminate(conn);
}

void StdioUpstream::Terminate(const std::shared_ptr<Connection>& conn) {
  if (conn->terminating || conn->child->reaped()) return;
  conn->terminating = true;
  conn->writer.Close();
  conn->child->CloseStdin();
  // EOF first; then SIGTERM to the group after a grace period; then SIGKILL.
  auto grace = options_.stop_grace;
  conn->kill_timer->expires_after(grace);
  conn->kill_timer->async_wait([conn, grace](boost::system::error_code ec) {
    if (ec || conn->child->reaped()) return;
    conn->child->SignalGroup(SIGTERM);
    conn->kill_timer->expires_after(grace);
    conn->kill_timer->async_wait([conn](boost::system::error_code ec) {
      if (ec || conn->child->reaped()) return;
      conn->child->SignalGroup(SIGKILL);
    });
  });
}

void StdioUpstream::OnExited(const std::shared_ptr<Connection>& conn, int status) {
  conn->kill_timer->cancel();
  if (conn == conn_) ping_timer_.cancel();
  // Grandchildren (e.g. npx -> node) may outlive the direct child: clear the group.
  ::kill(-conn->child->pid(), SIGKILL);
  const std::string how = DescribeExit(status);
  if (conn->failure.empty()) Fail(conn, how);
  if (conn != conn_) return;
  conn_.reset();
  const bool was_active = state_ == State::kActive;
  spdlog::info("upstream name={} pid={} {}", config_->name, conn->child->pid(), how);
  if (stopping_) {
    SetState(State::kStopped);
    if (stop_done_) asio::post(io_, std::exchange(stop_done_, nullptr));
    return;
  }
  last_error_ = conn->failure == how ? how : conn->failure + "; " + how;
  if (was_active && Clock::now() - active_since_ >= kStableRun) restart_attempt_ = 0;
  ScheduleRestart();
  if (was_active) observer_->OnUpstreamChanged(*this);
}

void StdioUpstream::ScheduleRestart() {
  if (stopping_) return;
  SetState(State::kRestarting);
  if (!settled_) {
    settled_ = true;
    observer_->OnUpstreamChanged(*this);
  }
  const int shift = std::min(restart_attempt_, 20);
  auto delay = std::min<milliseconds>(options_.restart_initial_delay * (1LL << shift),
                                      options_.restart_max_delay);
  ++restart_attempt_;
  spdlog::info("upstream name={} restart attempt={} in {} ms", config_->name, restart_attempt_,
               delay.count());
  restart_timer_.expires_after(delay);
  std::weak_ptr<StdioUpstream> weak = shared_from_this();
  restart_timer_.async_wait([weak](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || self->stopping_) return;
    self->Launch();
  });
}

void StdioUpstream::Stop(std::function<void()> done) {
  stopping_ = true;
  restart_timer_.cancel();
  sweep_timer_.cancel();
  ping_timer_.cancel();
  FailAllPending("upstream '" + config_->name + "' is shutting down");
  if (!conn_) {
    SetState(State::kStopped);
    asio::post(io_, std::move(done));
    return;
  }
  stop_done_ = std::move(done);
  conn_->failure = "stopped";
  Terminate(conn_);
}

}  // namespace mcpgw::upstream
