// Tests of the HTTP upstream transports (Streamable HTTP, legacy HTTP+SSE, auto) against the
// in-process FakeHttpMcpServer: a real ProtocolUpstream built by MakeUpstream is driven to active,
// calls a tool, and recovers from an expired session; plus transport-level checks (oversize,
// Describe) on MakeHttpTransport directly.

#include "upstream/http_transport.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/json_rpc.h"
#include "testing/fake_http_mcp_server.h"
#include "testing/run_until.h"
#include "upstream/upstream_factory.h"

namespace mcpgw::upstream {
namespace {

namespace asio = boost::asio;
using mcpgw::testing::FakeHttpMcpServer;
using mcpgw::testing::RunUntil;
using std::chrono::milliseconds;

class RecordingObserver : public UpstreamObserver {
 public:
  void OnUpstreamChanged(const Upstream& upstream) override { states.push_back(upstream.state()); }
  void OnUpstreamNotification(const Upstream&, json::object notification) override {
    notifications.push_back(std::move(notification));
  }
  void OnUpstreamRequest(const Upstream&, json::object request,
                         std::function<void(json::object)> reply) override {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound, "not in tests"));
  }
  std::vector<State> states;
  std::vector<json::object> notifications;
};

std::string NotificationData(const json::object& notification) {
  const json::value* params = notification.if_contains("params");
  if (!params || !params->is_object()) return "";
  const json::value* data = params->as_object().if_contains("data");
  return data && data->is_string() ? std::string(data->as_string()) : "";
}

std::string FirstText(const json::object& response) {
  const json::value* result = response.if_contains("result");
  if (!result) return "<no result: " + core::Serialize(response) + ">";
  return std::string(result->at("content").at(0).at("text").as_string());
}

std::string ErrorMessage(const json::object& response) {
  const json::value* error = response.if_contains("error");
  return error ? std::string(error->at("message").as_string()) : "";
}

int ErrorCode(const json::object& response) {
  const json::value* error = response.if_contains("error");
  return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
}

// A loopback port with nothing listening.
unsigned short RefusingPort(asio::io_context& io) {
  asio::ip::tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
  return acceptor.local_endpoint().port();
}

class HttpUpstreamTest : public ::testing::Test {
 protected:
  void TearDown() override {
    if (!upstream_) return;
    bool stopped = false;
    upstream_->Stop([&] { stopped = true; });
    EXPECT_TRUE(RunUntil(io_, [&] { return stopped; }));
    upstream_.reset();
    io_.run_for(milliseconds(50));
  }

  static UpstreamOptions Options() {
    UpstreamOptions options;
    options.restart_initial_delay = milliseconds(50);
    options.restart_max_delay = milliseconds(200);
    options.stop_grace = milliseconds(500);
    options.initialize_timeout = milliseconds(5000);
    options.request_timeout = milliseconds(5000);
    options.ping_interval = milliseconds(0);
    options.client_version = "test";
    return options;
  }

  void Start(config::Transport transport, std::string url, UpstreamOptions options = Options()) {
    auto server = std::make_shared<config::ServerConfig>();
    server->name = "remote";
    server->transport = transport;
    server->url = std::move(url);
    server->headers = {{"Authorization", "Bearer test-token"}, {"X-Team", "blue"}};
    upstream_ = MakeUpstream(io_, server, options, &observer_);
    upstream_->Start();
  }

  bool WaitActive() {
    return RunUntil(io_, [&] { return upstream_->state() == State::kActive; });
  }

  // Calls the echo tool and waits for the answer.
  std::optional<json::object> CallEcho(std::string message) {
    std::optional<json::object> response;
    RequestCallbacks callbacks;
    callbacks.on_response = [&](json::object r) { response = std::move(r); };
    upstream_->Send("tools/call",
                    json::object{{"name", "echo"}, {"arguments", {{"message", message}}}},
                    std::move(callbacks), milliseconds(5000), milliseconds(5000));
    RunUntil(io_, [&] { return response.has_value(); });
    return response;
  }

  asio::io_context io_;
  RecordingObserver observer_;
  std::shared_ptr<Upstream> upstream_;
};

TEST_F(HttpUpstreamTest, StreamableJsonBecomesActiveAndCallsTool) {
  FakeHttpMcpServer server(io_, {});
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  ASSERT_EQ(upstream_->catalog().tools.size(), 1u);
  auto response = CallEcho("hi");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: hi");

  ASSERT_FALSE(server.received().empty());
  for (const auto& request : server.received()) {
    EXPECT_EQ(request.headers.at("authorization"), "Bearer test-token") << request.rpc_method;
    EXPECT_EQ(request.headers.at("x-team"), "blue");
    if (request.method != "POST") continue;
    EXPECT_EQ(request.headers.at("content-type"), "application/json");
    EXPECT_EQ(request.headers.at("accept"), "application/json, text/event-stream");
    if (request.rpc_method == "initialize") {
      EXPECT_EQ(request.headers.count("mcp-protocol-version"), 0u);
    } else {
      EXPECT_EQ(request.headers.count("mcp-protocol-version"), 1u) << request.rpc_method;
    }
  }
}

TEST_F(HttpUpstreamTest, JsonBatchAnswerIsSplit) {
  FakeHttpMcpServer::Options options;
  options.json_batch_answers = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  auto response = CallEcho("batch");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: batch");
}

TEST_F(HttpUpstreamTest, EventStreamAnswerDeliversNotificationBeforeResponse) {
  FakeHttpMcpServer::Options options;
  options.sse_responses = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  const std::size_t before = observer_.notifications.size();
  std::optional<json::object> response;
  std::size_t notifications_at_response = 0;
  RequestCallbacks callbacks;
  callbacks.on_response = [&](json::object r) {
    response = std::move(r);
    notifications_at_response = observer_.notifications.size();
  };
  upstream_->Send("tools/call", json::object{{"name", "echo"}, {"arguments", {{"message", "x"}}}},
                  std::move(callbacks), milliseconds(5000), milliseconds(5000));
  ASSERT_TRUE(RunUntil(io_, [&] { return response.has_value(); }));
  EXPECT_EQ(FirstText(*response), "Echo: x");
  ASSERT_EQ(notifications_at_response, before + 1);
  EXPECT_EQ(NotificationData(observer_.notifications.back()), "working on it");
}

TEST_F(HttpUpstreamTest, SessionIsIssuedRequiredAndDeletedOnStop) {
  FakeHttpMcpServer::Options options;
  options.sessions = true;
  options.get_stream = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  EXPECT_EQ(server.sessions_issued(), 1);
  auto response = CallEcho("with session");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: with session");
  // The GET stream opens and pushes a notification.
  ASSERT_TRUE(RunUntil(io_, [&] {
    for (const auto& n : observer_.notifications)
      if (NotificationData(n) == "hello from the GET stream") return true;
    return false;
  }));
  for (const auto& request : server.received()) {
    // The era probe (server/discover) and initialize come before any session.
    if (request.rpc_method == "initialize" || request.rpc_method == "server/discover") continue;
    EXPECT_EQ(request.headers.count("mcp-session-id") ? request.headers.at("mcp-session-id") : "",
              "session-1")
        << request.method << " " << request.rpc_method;
  }
  // The probe went first, with the 2026-07-28 headers of its own POST (and only there).
  ASSERT_FALSE(server.received().empty());
  const auto& probe = server.received().front();
  EXPECT_EQ(probe.rpc_method, "server/discover");
  EXPECT_EQ(probe.headers.count("mcp-method") ? probe.headers.at("mcp-method") : "",
            "server/discover");
  EXPECT_EQ(probe.headers.count("mcp-protocol-version") ? probe.headers.at("mcp-protocol-version")
                                                         : "",
            "2026-07-28");
  for (const auto& request : server.received()) {
    if (request.rpc_method == "tools/call") {
      EXPECT_EQ(request.headers.count("mcp-method"), 0u);
    }
  }
  bool stopped = false;
  upstream_->Stop([&] { stopped = true; });
  ASSERT_TRUE(RunUntil(io_, [&] { return stopped; }));
  EXPECT_EQ(server.deletes(), 1);
  upstream_.reset();
}

TEST_F(HttpUpstreamTest, ExpiredSessionRestartsAndReinitializes) {
  FakeHttpMcpServer::Options options;
  options.sessions = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  server.ExpireSession();
  auto failed = CallEcho("lost");
  ASSERT_TRUE(failed);
  EXPECT_NE(ErrorCode(*failed), 0);
  ASSERT_TRUE(RunUntil(io_, [&] {
    return server.sessions_issued() == 2 && upstream_->state() == State::kActive;
  })) << upstream_->last_error();
  auto response = CallEcho("again");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: again");
}

TEST_F(HttpUpstreamTest, GetStreamReconnectsWithLastEventId) {
  FakeHttpMcpServer::Options options;
  options.sessions = true;
  options.get_stream = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  ASSERT_TRUE(RunUntil(io_, [&] { return server.open_streams() == 1; }));
  RunUntil(io_, [&] { return !observer_.notifications.empty(); });
  server.DropGetStreams();
  auto reconnected = [&] {
    for (const auto& request : server.received())
      if (request.method == "GET" && request.headers.count("last-event-id")) return true;
    return false;
  };
  ASSERT_TRUE(RunUntil(io_, reconnected, milliseconds(5000)));
  EXPECT_EQ(upstream_->state(), State::kActive);
}

TEST_F(HttpUpstreamTest, HttpErrorAnswersTheRequestAtOnce) {
  FakeHttpMcpServer::Options options;
  options.tools_call_status = 500;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  const auto start = std::chrono::steady_clock::now();
  auto response = CallEcho("boom");
  ASSERT_TRUE(response);
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(2000));
  EXPECT_EQ(ErrorCode(*response), core::kUpstreamUnavailable);
  EXPECT_NE(ErrorMessage(*response).find("HTTP 500"), std::string::npos) << ErrorMessage(*response);
  EXPECT_EQ(upstream_->state(), State::kActive);  // one failed call does not end the run
}

TEST_F(HttpUpstreamTest, LegacySseBecomesActiveAndCallsTool) {
  FakeHttpMcpServer::Options options;
  options.legacy_only = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kSse, server.Url("/sse"));
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  auto response = CallEcho("legacy");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: legacy");
  for (const auto& request : server.received())
    EXPECT_EQ(request.headers.at("authorization"), "Bearer test-token");
}

TEST_F(HttpUpstreamTest, LegacyEndpointOnAnotherOriginIsRefused) {
  FakeHttpMcpServer::Options options;
  options.legacy_only = true;
  options.legacy_endpoint = "http://127.0.0.2:9/messages";
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kSse, server.Url("/sse"));
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->settled(); }));
  EXPECT_NE(upstream_->state(), State::kActive);
  EXPECT_NE(upstream_->last_error().find("another origin"), std::string::npos)
      << upstream_->last_error();
}

TEST_F(HttpUpstreamTest, AutoFallsBackToLegacyOn405) {
  FakeHttpMcpServer::Options options;
  options.legacy_only = true;
  FakeHttpMcpServer server(io_, options);
  Start(config::Transport::kHttpAuto, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  auto response = CallEcho("auto");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: auto");
  ASSERT_FALSE(server.received().empty());
  EXPECT_EQ(server.received().front().method, "POST");  // Streamable HTTP was tried first
}

TEST_F(HttpUpstreamTest, AutoStaysOnStreamableHttp) {
  FakeHttpMcpServer server(io_, {});
  Start(config::Transport::kHttpAuto, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  auto response = CallEcho("modern");
  ASSERT_TRUE(response);
  EXPECT_EQ(FirstText(*response), "Echo: modern");
  for (const auto& request : server.received())
    EXPECT_TRUE(request.method == "POST" || request.method == "GET") << request.method;
}

TEST_F(HttpUpstreamTest, CallTimeoutClosesItsHttpExchange) {
  FakeHttpMcpServer::Options server_options;
  server_options.hang_tools_call = true;
  FakeHttpMcpServer server(io_, server_options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  std::optional<json::object> response;
  RequestCallbacks callbacks;
  callbacks.on_response = [&](json::object r) { response = std::move(r); };
  upstream_->Send("tools/call", json::object{{"name", "echo"}}, std::move(callbacks),
                  milliseconds(200), milliseconds(200));
  ASSERT_TRUE(RunUntil(io_, [&] { return server.hanging_calls() == 1; }));
  ASSERT_TRUE(RunUntil(io_, [&] { return response.has_value(); }));
  EXPECT_EQ(ErrorCode(*response), core::kRequestTimeout);
  // The exchange is closed at once, not left for the HTTP timeout (600 s by default).
  EXPECT_TRUE(RunUntil(io_, [&] { return server.hanging_calls() == 0; }, milliseconds(2000)));
}

TEST_F(HttpUpstreamTest, CancelClosesItsHttpExchange) {
  FakeHttpMcpServer::Options server_options;
  server_options.hang_tools_call = true;
  FakeHttpMcpServer server(io_, server_options);
  Start(config::Transport::kStreamableHttp, server.Url());
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  RequestCallbacks callbacks;
  bool answered = false;
  callbacks.on_response = [&](json::object) { answered = true; };
  const RequestId id =
      upstream_->Send("tools/call", json::object{{"name", "echo"}}, std::move(callbacks),
                      milliseconds(60'000), milliseconds(60'000));
  ASSERT_TRUE(RunUntil(io_, [&] { return server.hanging_calls() == 1; }));
  upstream_->Cancel(id, "test");
  EXPECT_TRUE(RunUntil(io_, [&] { return server.hanging_calls() == 0; }, milliseconds(2000)));
  EXPECT_FALSE(answered);
  // The server was told (notifications/cancelled travels on its own POST).
  EXPECT_TRUE(RunUntil(io_, [&] {
    for (const auto& r : server.received())
      if (r.rpc_method == "notifications/cancelled") return true;
    return false;
  }));
}

TEST_F(HttpUpstreamTest, ExchangesPastTheConnectionLimitWaitForAFreeConnection) {
  FakeHttpMcpServer::Options server_options;
  server_options.hang_tools_call = true;
  FakeHttpMcpServer server(io_, server_options);
  UpstreamOptions options = Options();
  options.max_http_connections = 2;
  Start(config::Transport::kStreamableHttp, server.Url(), options);
  ASSERT_TRUE(WaitActive()) << upstream_->last_error();
  std::vector<RequestId> ids;
  for (int i = 0; i < 3; ++i) {
    RequestCallbacks callbacks;
    callbacks.on_response = [](json::object) {};
    ids.push_back(upstream_->Send("tools/call", json::object{{"name", "echo"}},
                                  std::move(callbacks), milliseconds(60'000),
                                  milliseconds(60'000)));
  }
  ASSERT_TRUE(RunUntil(io_, [&] { return server.hanging_calls() == 2; }));
  io_.run_for(milliseconds(200));
  EXPECT_EQ(server.hanging_calls(), 2) << "the third exchange must wait for a connection";
  upstream_->Cancel(ids[0], "test");  // frees a connection: the third call goes out
  EXPECT_TRUE(RunUntil(io_, [&] {
    int calls = 0;
    for (const auto& r : server.received()) calls += r.rpc_method == "tools/call" ? 1 : 0;
    return calls == 3;
  }));
}

TEST_F(HttpUpstreamTest, RefusedConnectionIsAnError) {
  const unsigned short port = RefusingPort(io_);
  Start(config::Transport::kStreamableHttp, "http://127.0.0.1:" + std::to_string(port) + "/mcp");
  ASSERT_TRUE(RunUntil(io_, [&] { return upstream_->settled(); }));
  EXPECT_EQ(upstream_->state(), State::kRestarting);
  EXPECT_NE(upstream_->last_error().find("connect to 127.0.0.1"), std::string::npos)
      << upstream_->last_error();
}

// ---- the transport alone -----------------------------------------------------------------

struct TransportEvents {
  std::vector<std::string> messages;
  std::vector<std::string> heads;
  std::vector<std::size_t> oversize;
  std::optional<std::string> failed;
  std::optional<std::string> closed;

  UpstreamTransport::Events Make() {
    UpstreamTransport::Events events;
    events.on_message = [this](std::string_view text) { messages.emplace_back(text); };
    events.on_oversize = [this](std::size_t n, std::string_view head, std::string_view) {
      oversize.push_back(n);
      heads.emplace_back(head);
    };
    events.on_failed = [this](std::string reason) { failed = std::move(reason); };
    events.on_closed = [this](std::string detail) { closed = std::move(detail); };
    return events;
  }
};

TEST(HttpTransport, OversizedAnswerIsDroppedWithItsHead) {
  asio::io_context io;
  for (bool sse : {false, true}) {
    FakeHttpMcpServer::Options options;
    options.sse_responses = sse;
    FakeHttpMcpServer server(io, options);
    HttpTransportOptions http;
    http.url = server.Url();
    http.transport = config::Transport::kStreamableHttp;
    http.max_message_size = 60;
    auto transport = MakeHttpTransport(io, "t", http);
    TransportEvents events;
    ASSERT_TRUE(transport->Start(events.Make()));
    ASSERT_TRUE(transport->Send(R"({"jsonrpc":"2.0","id":7,"method":"tools/list"})",
                                OutgoingInfo{true, false, 7, false, {}}));
    // With an event stream, the notification before the answer is over the limit too.
    ASSERT_TRUE(RunUntil(io, [&] { return events.oversize.size() == (sse ? 2u : 1u); })) << sse;
    EXPECT_NE(events.heads.back().find("\"id\":7"), std::string::npos) << events.heads.back();
    EXPECT_TRUE(events.messages.empty());
    transport->Shutdown(milliseconds(200));
    ASSERT_TRUE(RunUntil(io, [&] { return events.closed.has_value(); }));
    EXPECT_EQ(*events.closed, "session closed");
  }
}

TEST(HttpTransport, DescribeHidesCredentialsAndQuery) {
  asio::io_context io;
  HttpTransportOptions http;
  http.url = "https://user:secret@example.com:8443/mcp?api_key=abc#frag";
  auto transport = MakeHttpTransport(io, "t", http);
  EXPECT_EQ(transport->Describe(), "https://example.com:8443/mcp");
}

TEST(HttpTransport, InvalidUrlFailsAtStart) {
  asio::io_context io;
  for (const char* url : {"ftp://example.com/", "not a url", "http:///nohost"}) {
    HttpTransportOptions http;
    http.url = url;
    auto transport = MakeHttpTransport(io, "t", http);
    TransportEvents events;
    auto started = transport->Start(events.Make());
    EXPECT_FALSE(started) << url;
  }
}

}  // namespace
}  // namespace mcpgw::upstream
