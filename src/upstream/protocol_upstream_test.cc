// Tests of the stdio upstream (built by MakeUpstream for a stdio entry) against the real
// mcp-demo-server binary, which the build puts next to the test binary; and of StaticUpstream for
// entries that never start (disabled, blocked, invalid). Only the factory is used, so the tests hold whatever class implements
// the stdio upstream.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/json_rpc.h"
#include "testing/run_until.h"
#include "upstream/upstream_factory.h"

namespace mcpgw::upstream {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using mcpgw::testing::Drain;
using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

std::string DemoServerPath() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const fs::path demo = self.parent_path() / "mcp-demo-server";
  return fs::exists(demo, ec) ? demo.string() : std::string();
}

// Records what the upstream reports.
class RecordingObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream& upstream) override {
    states.push_back(upstream.state());
    errors.push_back(upstream.last_error());
  }
  void OnUpstreamNotification(const Upstream&, json::object notification) override {
    notifications.push_back(std::move(notification));
  }
  void OnUpstreamRequest(const Upstream&, json::object request,
                         std::function<void(json::object)> reply) override {
    requests.push_back(std::move(request));
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "not in tests"));
  }

  std::vector<State> states;
  std::vector<std::string> errors;  // last_error() at each change
  std::vector<json::object> notifications;
  std::vector<json::object> requests;
};

// One request's outcome.
struct Call {
  std::optional<json::object> response;
  std::vector<json::object> progress;
  std::chrono::steady_clock::time_point answered_at;

  RequestCallbacks Callbacks() {
    RequestCallbacks callbacks;
    callbacks.on_response = [this](json::object r) {
      response = std::move(r);
      answered_at = std::chrono::steady_clock::now();
    };
    callbacks.on_progress = [this](json::object p) { progress.push_back(std::move(p)); };
    return callbacks;
  }
};

json::object ToolCall(std::string_view tool, json::object arguments) {
  return json::object{{"name", tool}, {"arguments", std::move(arguments)}};
}

std::string FirstText(const json::object& response) {
  const json::value* result = response.if_contains("result");
  if (!result) return "<no result: " + core::Serialize(response) + ">";
  return std::string(result->at("content").at(0).at("text").as_string());
}

int ErrorCode(const json::object& response) {
  const json::value* error = response.if_contains("error");
  return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
}

std::vector<std::string> ToolNames(const Catalog& catalog) {
  std::vector<std::string> names;
  for (const json::value& tool : catalog.tools) names.emplace_back(tool.at("name").as_string());
  return names;
}

class StdioUpstreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::signal(SIGPIPE, SIG_IGN);
    demo_ = DemoServerPath();
    if (demo_.empty()) {
      GTEST_SKIP() << "mcp-demo-server not found next to the test binary; build the "
                      "mcp-demo-server target in the same build directory";
    }
  }

  void TearDown() override {
    if (!upstream_) return;
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
    upstream_.reset();
    io_.run_for(milliseconds(100));  // let reads of the dead child's pipes finish
  }

  static UpstreamOptions Options() {
    UpstreamOptions options;
    options.restart_initial_delay = milliseconds(50);
    options.restart_max_delay = milliseconds(200);
    options.stop_grace = milliseconds(500);
    options.initialize_timeout = milliseconds(5000);
    options.request_timeout = milliseconds(5000);
    options.client_version = "test";
    options.getenv = [](std::string_view name) -> std::optional<std::string> {
      const char* value = std::getenv(std::string(name).c_str());
      return value ? std::optional<std::string>(value) : std::nullopt;
    };
    return options;
  }

  std::shared_ptr<Upstream> Make(std::vector<std::string> args = {},
                                 std::map<std::string, std::string> env = {},
                                 UpstreamOptions options = Options()) {
    auto config = std::make_shared<config::ServerConfig>();
    config->name = "demo";
    config->command = demo_;
    config->args = std::move(args);
    config->env = std::move(env);
    upstream_ = MakeUpstream(io_, config, options, &observer_);
    return upstream_;
  }

  bool StartAndWaitActive() {
    upstream_->Start();
    return RunUntil(io_, [&] { return upstream_->state() == State::kActive; });
  }

  // Sends and runs until answered; returns the response.
  json::object SendAndWait(std::string_view method, json::value params,
                           milliseconds timeout = milliseconds(5000)) {
    Call call;
    upstream_->Send(method, std::move(params), call.Callbacks(), timeout, timeout);
    EXPECT_TRUE(RunUntil(io_, [&] { return call.response.has_value(); }));
    return call.response.value_or(json::object());
  }

  pid_t ChildPid() {
    json::object response = SendAndWait("tools/call", ToolCall("pid", {}));
    return static_cast<pid_t>(std::stol(FirstText(response)));
  }

  asio::io_context io_;
  RecordingObserver observer_;
  std::string demo_;
  std::shared_ptr<Upstream> upstream_;
};

TEST_F(StdioUpstreamTest, BecomesActiveAndSettledWithCatalog) {
  Make();
  EXPECT_FALSE(upstream_->settled());
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  EXPECT_TRUE(upstream_->settled());
  EXPECT_TRUE(upstream_->last_error().empty());
  ASSERT_FALSE(observer_.states.empty());
  EXPECT_EQ(observer_.states.back(), State::kActive) << "the observer hears about activation";
  const Catalog& catalog = upstream_->catalog();
  EXPECT_EQ(catalog.protocol_version, "2025-11-25");
  EXPECT_EQ(catalog.server_info.at("name"), "demo");
  EXPECT_TRUE(catalog.capabilities.contains("tools"));
  const std::vector<std::string> tools = ToolNames(catalog);
  for (const char* name : {"echo", "add", "sleep", "pid", "fail", "big", "env"})
    EXPECT_NE(std::find(tools.begin(), tools.end(), name), tools.end()) << name;
  EXPECT_EQ(catalog.resources.size(), 1u);
  EXPECT_EQ(catalog.resource_templates.size(), 1u);
  EXPECT_EQ(catalog.prompts.size(), 1u);
}

TEST_F(StdioUpstreamTest, CatalogFollowsEveryPage) {
  // Reference: the same server without pagination.
  Make({"--tools", "10"});
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  const std::vector<std::string> unpaged = ToolNames(upstream_->catalog());
  TearDown();

  Make({"--page-size", "3", "--tools", "10"});
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  const std::vector<std::string> paged = ToolNames(upstream_->catalog());
  EXPECT_EQ(paged, unpaged);
  ASSERT_GE(paged.size(), 17u) << "the demo's built-in tools plus tool_0001..tool_0010";
  EXPECT_EQ(paged.front(), "echo");
  const std::vector<std::string> last_ten(paged.end() - 10, paged.end());
  EXPECT_EQ(last_ten, (std::vector<std::string>{"tool_0001", "tool_0002", "tool_0003", "tool_0004",
                                                "tool_0005", "tool_0006", "tool_0007", "tool_0008",
                                                "tool_0009", "tool_0010"}));
}

TEST_F(StdioUpstreamTest, SendBeforeActiveIsAnsweredWithUnavailableAndPosted) {
  Make();
  Call call;
  upstream_->Send("tools/call", ToolCall("echo", {{"message", "x"}}), call.Callbacks(),
                  milliseconds(1000), milliseconds(1000));
  EXPECT_FALSE(call.response) << "callbacks are posted, never called from inside Send";
  ASSERT_TRUE(RunUntil(io_, [&] { return call.response.has_value(); }));
  EXPECT_EQ(ErrorCode(*call.response), core::kUpstreamUnavailable);
  upstream_.reset();  // never started: nothing to stop
}

TEST_F(StdioUpstreamTest, ToolCallReturnsResponseWithUpstreamId) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  Call call;
  const RequestId id = upstream_->Send("tools/call", ToolCall("echo", {{"message", "hello"}}),
                                       call.Callbacks(), milliseconds(5000), milliseconds(5000));
  EXPECT_FALSE(call.response);
  ASSERT_TRUE(RunUntil(io_, [&] { return call.response.has_value(); }));
  EXPECT_EQ(FirstText(*call.response), "hello");
  // The id is the upstream's own numbering (the caller replaces it).
  ASSERT_TRUE(call.response->at("id").is_int64());
  EXPECT_EQ(static_cast<RequestId>(call.response->at("id").as_int64()), id);
}

TEST_F(StdioUpstreamTest, ToolErrorIsAResultNotAnError) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  json::object response = SendAndWait("tools/call", ToolCall("fail", {}));
  ASSERT_TRUE(response.contains("result"));
  EXPECT_EQ(response.at("result").at("isError"), true);
  json::object unknown = SendAndWait("tools/call", ToolCall("nope", {}));
  EXPECT_EQ(ErrorCode(unknown), core::kInvalidParams);
}

TEST_F(StdioUpstreamTest, ChildGetsServerEnvButNotGatewaySecrets) {
  ::setenv("MCPGW_TEST_SECRET", "s3cret", 1);
  Make({}, {{"GREETING", "hello env"}});
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("env", {{"name", "GREETING"}}))),
            "hello env");
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("env", {{"name", "MCPGW_TEST_SECRET"}}))),
            "");
  ::unsetenv("MCPGW_TEST_SECRET");
}

TEST_F(StdioUpstreamTest, ProgressTokenIsRewrittenAndMappedBack) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  Call call;
  json::object params = ToolCall("sleep", {{"ms", 200}});
  params["_meta"] = json::object{{"progressToken", "client-tok"}};
  upstream_->Send("tools/call", params, call.Callbacks(), milliseconds(5000), milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return call.response.has_value(); }));
  EXPECT_EQ(FirstText(*call.response), "slept 200");
  // The demo server echoes whatever token it saw; the upstream only routes progress for tokens
  // it issued (numeric), so receiving "client-tok" proves both the rewrite and the mapping back.
  ASSERT_FALSE(call.progress.empty()) << "no progress arrived for a 200 ms sleep";
  for (const json::object& progress : call.progress)
    EXPECT_EQ(progress.at("progressToken"), "client-tok") << core::Serialize(progress);
}

TEST_F(StdioUpstreamTest, TimeoutAnswersWithRequestTimeout) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  Call call;
  const auto sent_at = std::chrono::steady_clock::now();
  upstream_->Send("tools/call", ToolCall("sleep", {{"ms", 5000}}), call.Callbacks(),
                  milliseconds(100), milliseconds(100));
  ASSERT_TRUE(RunUntil(io_, [&] { return call.response.has_value(); }, milliseconds(3000)));
  EXPECT_EQ(ErrorCode(*call.response), core::kRequestTimeout);
  EXPECT_LT(call.answered_at - sent_at, milliseconds(2000));
  // The child was told: notifications/cancelled stopped its sleep. The count is asked after the
  // notification on the same ordered pipe, so no waiting is involved.
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("cancellations", {}))), "1");
  // The upstream keeps serving after a timeout.
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("echo", {{"message", "still"}}))),
            "still");
}

TEST_F(StdioUpstreamTest, CancelledRequestReachesTheChildAndIsNeverAnswered) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  Call cancelled;
  const RequestId id =
      upstream_->Send("tools/call", ToolCall("sleep", {{"ms", 60'000}}), cancelled.Callbacks(),
                      milliseconds(120'000), milliseconds(120'000));
  upstream_->Cancel(id, "test");
  // The demo server counts the in-flight calls notifications/cancelled stopped; asked on the
  // same ordered pipe after the notification, it must say 1.
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("cancellations", {}))), "1");
  Drain(io_);
  EXPECT_FALSE(cancelled.response.has_value()) << "a cancelled request is never answered";
  upstream_->Cancel(id, "again");  // unknown or finished ids are ignored
  upstream_->Cancel(999'999, "never sent");
  EXPECT_EQ(FirstText(SendAndWait("tools/call", ToolCall("cancellations", {}))), "1")
      << "ignored cancels send nothing";
}

TEST_F(StdioUpstreamTest, KilledChildFailsInFlightAndRestarts) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  const pid_t first_pid = ChildPid();
  observer_.states.clear();

  Call in_flight;
  upstream_->Send("tools/call", ToolCall("sleep", {{"ms", 5000}}), in_flight.Callbacks(),
                  milliseconds(10'000), milliseconds(10'000));
  Drain(io_);
  const auto killed_at = std::chrono::steady_clock::now();
  ASSERT_EQ(::kill(first_pid, SIGKILL), 0);
  ASSERT_TRUE(RunUntil(io_, [&] { return in_flight.response.has_value(); }, milliseconds(3000)));
  EXPECT_EQ(ErrorCode(*in_flight.response), core::kUpstreamUnavailable);
  EXPECT_LT(in_flight.answered_at - killed_at, milliseconds(2000)) << "failed at once";

  ASSERT_TRUE(RunUntil(io_, [&] {
    return !observer_.states.empty() && observer_.states.back() == State::kActive;
  })) << upstream_->last_error();
  ASSERT_GE(observer_.states.size(), 2u);
  EXPECT_EQ(observer_.states.front(), State::kRestarting);
  EXPECT_EQ(upstream_->state(), State::kActive);
  EXPECT_NE(ChildPid(), first_pid);
}

// Regression: a SIGKILLed server was once described as "exited with status 9" (fixed in 576b104).
TEST_F(StdioUpstreamTest, KilledChildIsDescribedAsKilledBySignal) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  const pid_t pid = ChildPid();
  observer_.errors.clear();
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  ASSERT_TRUE(RunUntil(io_, [&] { return !observer_.errors.empty(); }));
  EXPECT_NE(observer_.errors.front().find("was killed by signal 9"), std::string::npos)
      << observer_.errors.front();
}

TEST_F(StdioUpstreamTest, StopCallsDoneAndReapsChild) {
  Make();
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  const pid_t pid = ChildPid();
  Call in_flight;
  upstream_->Send("tools/call", ToolCall("sleep", {{"ms", 5000}}), in_flight.Callbacks(),
                  milliseconds(10'000), milliseconds(10'000));
  bool done = false;
  upstream_->Stop([&] { done = true; });
  EXPECT_FALSE(done) << "done is called once the child is reaped, not from inside Stop";
  ASSERT_TRUE(RunUntil(io_, [&] { return done; }));
  EXPECT_EQ(upstream_->state(), State::kStopped);
  ASSERT_TRUE(in_flight.response.has_value()) << "Stop fails in-flight requests";
  EXPECT_EQ(ErrorCode(*in_flight.response), core::kUpstreamUnavailable);
  // Reaped: it is no longer our child at all.
  EXPECT_EQ(::waitpid(pid, nullptr, WNOHANG), -1);
  EXPECT_EQ(errno, ECHILD);
  upstream_.reset();
}

TEST_F(StdioUpstreamTest, NonexistentCommandIsRetriedWithBackoffThenFailed) {
  auto config = std::make_shared<config::ServerConfig>();
  config->name = "ghost";
  config->command = "mcpgw-no-such-command";
  UpstreamOptions options = Options();
  options.restart_initial_delay = milliseconds(50);
  options.restart_max_delay = milliseconds(10'000);
  options.max_start_attempts = 4;
  upstream_ = MakeUpstream(io_, config, options, &observer_);
  const auto started_at = std::chrono::steady_clock::now();
  upstream_->Start();
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->settled(); }));
  EXPECT_EQ(upstream_->state(), State::kRestarting) << "the first failure is retried";
  EXPECT_NE(upstream_->last_error().find("command not found: mcpgw-no-such-command"),
            std::string::npos)
      << upstream_->last_error();
  ASSERT_FALSE(observer_.states.empty()) << "settling is reported to the observer";
  EXPECT_EQ(observer_.states.front(), State::kRestarting);

  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->state() == State::kFailed; }))
      << StateName(upstream_->state());
  // Four attempts, three waits between them, doubling: 50 + 100 + 200 ms at the least.
  EXPECT_GE(std::chrono::steady_clock::now() - started_at, milliseconds(350));
  EXPECT_EQ(observer_.states.back(), State::kFailed) << "giving up is reported";
  EXPECT_STREQ(MetadataStatus(upstream_->state()), "error");
  EXPECT_NE(upstream_->last_error().find("command not found: mcpgw-no-such-command"),
            std::string::npos);
  // Given up for good: nothing is retried any more.
  const std::size_t changes = observer_.states.size();
  io_.run_for(milliseconds(500));
  EXPECT_EQ(upstream_->state(), State::kFailed);
  EXPECT_EQ(observer_.states.size(), changes);
}

// ---- StaticUpstream: entries that are never started ----

struct StaticCase {
  const char* name;
  void (*configure)(config::ServerConfig&);
  State state;
  const char* metadata_status;
  const char* error_part;  // substring of last_error(); "" for none expected

  friend void PrintTo(const StaticCase& c, std::ostream* os) { *os << c.name; }
};

class StaticUpstreamTest : public ::testing::TestWithParam<StaticCase> {};

TEST_P(StaticUpstreamTest, ReportsStateAndAnswersUnavailable) {
  const StaticCase& c = GetParam();
  asio::io_context io;
  RecordingObserver observer;
  auto config = std::make_shared<config::ServerConfig>();
  config->name = "static";
  config->command = "/bin/true";
  c.configure(*config);
  auto upstream = MakeUpstream(io, config, UpstreamOptions{}, &observer);
  upstream->Start();
  EXPECT_EQ(upstream->state(), c.state);
  EXPECT_STREQ(MetadataStatus(upstream->state()), c.metadata_status);
  EXPECT_TRUE(upstream->settled());
  EXPECT_NE(upstream->last_error().find(c.error_part), std::string::npos) << upstream->last_error();

  Call call;
  upstream->Send("tools/call", ToolCall("x", {}), call.Callbacks(), milliseconds(100),
                 milliseconds(100));
  EXPECT_FALSE(call.response) << "posted, not called from inside Send";
  ASSERT_TRUE(RunUntil(io, [&] { return call.response.has_value(); }));
  EXPECT_EQ(ErrorCode(*call.response), core::kUpstreamUnavailable);
  EXPECT_NE(call.response->at("error").at("message").as_string().find("static"),
            std::string::npos);

  bool stopped = false;
  upstream->Stop([&] { stopped = true; });
  EXPECT_TRUE(RunUntil(io, [&] { return stopped; }));
  EXPECT_TRUE(observer.states.empty()) << "a static upstream never changes";
}

INSTANTIATE_TEST_SUITE_P(
    Entries, StaticUpstreamTest,
    ::testing::Values(
        StaticCase{"Disabled", [](config::ServerConfig& c) { c.disabled = true; },
                   State::kDisabled, "inactive", ""},
        StaticCase{"Blocked", [](config::ServerConfig& c) { c.blocked = true; }, State::kBlocked,
                   "blocked", "blocked"},
        StaticCase{"Invalid", [](config::ServerConfig& c) { c.error = "undefined ${TOKEN}"; },
                   State::kInvalid, "error", "undefined ${TOKEN}"},
        // Remote entries are served by the HTTP transport now; disabled ones are still static.
        StaticCase{"DisabledRemoteUrl",
                   [](config::ServerConfig& c) {
                     c.command.clear();
                     c.transport = config::Transport::kStreamableHttp;
                     c.url = "https://example.com/mcp";
                     c.disabled = true;
                   },
                   State::kDisabled, "inactive", ""},
        // Precedence: an invalid entry is reported as invalid even when also disabled/blocked.
        StaticCase{"InvalidWinsOverBlockedAndDisabled",
                   [](config::ServerConfig& c) {
                     c.error = "bad entry";
                     c.blocked = true;
                     c.disabled = true;
                   },
                   State::kInvalid, "error", "bad entry"},
        StaticCase{"BlockedWinsOverDisabled",
                   [](config::ServerConfig& c) {
                     c.blocked = true;
                     c.disabled = true;
                   },
                   State::kBlocked, "blocked", "blocked"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace mcpgw::upstream

namespace mcpgw::upstream {
namespace {

// Idle pings (ProtocolUpstream::SchedulePing): a live server answers and stays active; a server
// that stops answering is treated as dead and restarted.
TEST_F(StdioUpstreamTest, IdleUpstreamThatAnswersPingsStaysActive) {
  UpstreamOptions options = Options();
  // The ping's deadline is the interval: 300 ms leaves the shell (a fork of sed per ping) time to
  // answer on a loaded machine (at 40 ms a busy CI box missed one and the test saw a restart).
  options.ping_interval = milliseconds(300);
  // A server that answers initialize (no capabilities: no lists follow), then answers every ping
  // and writes one line per ping to a file, so the test sees the pings that were sent.
  const fs::path log =
      fs::temp_directory_path() / ("mcpgw-pings-" + std::to_string(::getpid()) + ".log");
  fs::remove(log);
  auto config = std::make_shared<config::ServerConfig>();
  config->name = "pinged";
  config->command = "/bin/sh";
  // The script answers its first line as initialize: no server/discover probe first.
  config->protocol_era = config::ProtocolEra::kLegacy;
  config->args = {"-c",
                  "read line; printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{"
                  "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"serverInfo\":{"
                  "\"name\":\"pinged\",\"version\":\"1\"}}}'; "
                  "while read line; do case \"$line\" in *'\"ping\"'*) "
                  "id=$(printf '%s' \"$line\" | sed -n 's/.*\"id\":\\([0-9]*\\).*/\\1/p'); "
                  "echo ping >> \"$0\"; "
                  "printf '{\"jsonrpc\":\"2.0\",\"id\":%s,\"result\":{}}\\n' \"$id\";; esac; done",
                  log.string()};
  upstream_ = MakeUpstream(io_, config, options, &observer_);
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  auto pings = [&] {
    std::ifstream in(log);
    int count = 0;
    for (std::string line; std::getline(in, line);) count += line == "ping";
    return count;
  };
  ASSERT_TRUE(RunUntil(io_, [&] { return pings() >= 3; })) << "pings seen: " << pings();
  EXPECT_EQ(upstream_->state(), State::kActive) << upstream_->last_error();
  for (State state : observer_.states) EXPECT_NE(state, State::kRestarting);
  fs::remove(log);
}

TEST_F(StdioUpstreamTest, SilentUpstreamIsRestartedAfterAnUnansweredPing) {
  UpstreamOptions options = Options();
  options.ping_interval = milliseconds(100);
  auto config = std::make_shared<config::ServerConfig>();
  config->name = "mute";
  config->command = "/bin/sh";
  // The script answers its first line as initialize: no server/discover probe first.
  config->protocol_era = config::ProtocolEra::kLegacy;
  // Answers initialize (no capabilities, so no list requests follow), then reads and never
  // answers again.
  config->args = {"-c",
                  "read line; printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{"
                  "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"serverInfo\":{"
                  "\"name\":\"mute\",\"version\":\"1\"}}}'; exec cat >/dev/null"};
  upstream_ = MakeUpstream(io_, config, options, &observer_);
  ASSERT_TRUE(StartAndWaitActive()) << upstream_->last_error();
  ASSERT_TRUE(RunUntil(io_, [&] {
    for (const std::string& error : observer_.errors)
      if (error.find("did not answer a ping") != std::string::npos) return true;
    return false;
  })) << upstream_->last_error();
  EXPECT_NE(upstream_->state(), State::kActive);
}

}  // namespace
}  // namespace mcpgw::upstream
