// HttpServer over real sockets (port 0, a background io thread, a blocking Beast client):
// sessions are bound to the principal that created them, and a throw while one exchange is
// handled fails only that exchange.
#include "downstream/http/http_server.h"

#include "auth/authenticator.h"
#include "core/json_rpc.h"
#include "testing/fake_upstream.h"
#include "testing/served_http.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <future>
#include <stdexcept>
#include <thread>

namespace mcpgw::downstream::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace json = boost::json;
using mcpgw::testing::FakeUpstream;

struct Response {
  unsigned status = 0;
  std::string session_id;
  std::string body;
  json::object Json() const { return boost::json::parse(body).as_object(); }
};

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_ = std::make_shared<FakeUpstream>("srv");
    upstream_->SetTools({"boom", "ok", "progress"});
    // Runs on the io thread: "boom" throws inside the router's call, "ok" is answered.
    upstream_->on_send = [this](const FakeUpstream::SentRequest& request) {
      const json::value* name = request.params.is_object()
                                    ? request.params.get_object().if_contains("name")
                                    : nullptr;
      if (name && *name == "boom") throw std::runtime_error("injected failure");
      if (name && *name == "progress") {
        // Progress now; the answer queued right behind it, so it arrives while the gateway is
        // still writing the progress event.
        upstream_->Progress(request.id, json::object{{"progressToken", "p"}, {"progress", 1}});
      }
      asio::post(io_, [this, id = request.id] {
        upstream_->RespondResult(id, json::object{{"content", json::array()}, {"ok", true}});
      });
    };
    router_.SetUpstreams({upstream_});
  }

  void Start(HttpServerOptions options = {},
             std::vector<std::string> tokens = {}) {
    options.host = "127.0.0.1";
    options.port = 0;
    std::shared_ptr<const auth::Authenticator> authenticator;
    if (!tokens.empty()) {
      auth::AuthConfig config;
      config.bearer_tokens = std::move(tokens);
      auto made = auth::Authenticator::Create(std::move(config));
      ASSERT_TRUE(made) << made.error().message;
      authenticator = *made;
    }
    ASSERT_EQ(served_.Start(io_, std::make_unique<HttpServer>(io_, router_, options, authenticator)),
              "");
    port_ = served_.port();
  }

  void TearDown() override {
    served_.Stop();
  }

  Response Send(bhttp::verb verb, const std::string& session, const std::string& token,
                const std::string& body) {
    asio::io_context client_io;
    asio::ip::tcp::socket socket(client_io);
    socket.connect({asio::ip::make_address("127.0.0.1"), port_});
    bhttp::request<bhttp::string_body> request{verb, "/mcp", 11};
    request.set(bhttp::field::host, "127.0.0.1");
    request.set(bhttp::field::content_type, "application/json");
    request.set(bhttp::field::accept, "application/json, text/event-stream");
    if (!session.empty()) request.set("Mcp-Session-Id", session);
    if (!token.empty()) request.set(bhttp::field::authorization, "Bearer " + token);
    request.keep_alive(false);
    request.body() = body;
    request.prepare_payload();
    bhttp::write(socket, request);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> response;
    bhttp::read(socket, buffer, response);
    return Response{response.result_int(), std::string(response["Mcp-Session-Id"]),
                    response.body()};
  }
  std::string Initialize(const std::string& token = {}) {
    Response r = Send(bhttp::verb::post, "", token,
                      core::Serialize(core::MakeRequest(
                          0, "initialize",
                          json::object{{"protocolVersion", "2025-06-18"},
                                       {"capabilities", json::object()},
                                       {"clientInfo", {{"name", "t"}, {"version", "1"}}}})));
    EXPECT_EQ(r.status, 200u) << r.body;
    EXPECT_FALSE(r.session_id.empty());
    return r.session_id;
  }
  Response Call(const std::string& session, const std::string& token, std::string_view tool,
                int id = 1) {
    return Send(bhttp::verb::post, session, token,
                core::Serialize(core::MakeRequest(
                    id, "tools/call", json::object{{"name", tool}, {"arguments", json::object()}})));
  }
  Response ToolsList(const std::string& session, const std::string& token = {}) {
    return Send(bhttp::verb::post, session, token,
                core::Serialize(core::MakeRequest(2, "tools/list", json::object())));
  }

  asio::io_context io_;
  std::shared_ptr<FakeUpstream> upstream_;
  router::Router router_{router::RouterOptions{}, nullptr};
  testing::ServedHttp served_;
  std::uint16_t port_ = 0;
};

TEST_F(HttpServerTest, SessionUsedWithAnotherPrincipalsTokenIsNotFound) {
  Start({}, {"alpha-token-0123456789", "beta-token-0123456789"});
  const std::string alpha = Initialize("alpha-token-0123456789");
  Response other = ToolsList(alpha, "beta-token-0123456789");
  EXPECT_EQ(other.status, 404u) << other.body;
  Response unknown = ToolsList(std::string(64, 'f'), "beta-token-0123456789");
  EXPECT_EQ(other.body, unknown.body) << "indistinguishable from a session that does not exist";
  EXPECT_EQ(Send(bhttp::verb::delete_, alpha, "beta-token-0123456789", "").status, 404u);
  Response own = ToolsList(alpha, "alpha-token-0123456789");
  EXPECT_EQ(own.status, 200u) << "the other principal's DELETE must not have ended it";
  EXPECT_TRUE(own.Json().contains("result")) << own.body;
}

TEST_F(HttpServerTest, AnswerArrivingWhileProgressIsWrittenStillEndsTheStream) {
  Start();
  const std::string session = Initialize();
  Response r = Send(bhttp::verb::post, session, "",
                    core::Serialize(core::MakeRequest(
                        7, "tools/call",
                        json::object{{"name", "srv_progress"},
                                     {"arguments", json::object()},
                                     {"_meta", json::object{{"progressToken", "p"}}}})));
  EXPECT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("notifications/progress"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"result\""), std::string::npos)
      << "the stream ended before the answer was written:\n" << r.body;
}

TEST_F(HttpServerTest, ThrowingHandlerFailsOnlyItsExchangeAndOtherSessionsKeepServing) {
  Start();
  const std::string a = Initialize();
  const std::string b = Initialize();
  Response failed = Call(a, "", "srv_boom", 7);
  ASSERT_EQ(failed.status, 200u) << failed.body;
  EXPECT_EQ(failed.Json().at("id"), 7);
  EXPECT_EQ(failed.Json().at("error").at("code"), core::kInternalError) << failed.body;
  Response other = Call(b, "", "srv_ok");
  EXPECT_EQ(other.status, 200u);
  EXPECT_EQ(other.Json().at("result").at("ok"), true) << other.body;
  Response same = Call(a, "", "srv_ok", 7);
  EXPECT_EQ(same.Json().at("result").at("ok"), true) << same.body;
}

TEST_F(HttpServerTest, AtCapacityANewClientEvictsTheLeastRecentlyUsedIdleSession) {
  HttpServerOptions options;
  options.max_sessions = 2;
  Start(options);
  const std::string first = Initialize();
  const std::string second = Initialize();
  EXPECT_EQ(ToolsList(first).status, 200u);  // second is now the least recently used
  const std::string third = Initialize();
  EXPECT_EQ(ToolsList(second).status, 404u);
  EXPECT_EQ(ToolsList(first).status, 200u);
  EXPECT_EQ(ToolsList(third).status, 200u);
}

TEST_F(HttpServerTest, SessionCountIsTheSessionsOpenNowEvictedOnesExcluded) {
  HttpServerOptions options;
  options.max_sessions = 2;
  Start(options);
  auto count = [this] {  // read on the io thread, as the metrics scrape does
    std::promise<std::size_t> result;
    asio::post(io_, [&] { result.set_value(served_.server().session_count()); });
    return result.get_future().get();
  };
  EXPECT_EQ(count(), 0u);
  Initialize();
  Initialize();
  EXPECT_EQ(count(), 2u);
  Initialize();  // evicts the least recently used
  EXPECT_EQ(count(), 2u);
}

TEST_F(HttpServerTest, PerClientLimitEvictsOnlyThatPrincipalsSessions) {
  HttpServerOptions options;
  options.max_sessions_per_client = 1;
  Start(options, {"alpha-token-0123456789", "beta-token-0123456789"});
  const std::string beta = Initialize("beta-token-0123456789");
  const std::string alpha1 = Initialize("alpha-token-0123456789");
  const std::string alpha2 = Initialize("alpha-token-0123456789");
  EXPECT_EQ(ToolsList(alpha1, "alpha-token-0123456789").status, 404u);
  EXPECT_EQ(ToolsList(alpha2, "alpha-token-0123456789").status, 200u);
  EXPECT_EQ(ToolsList(beta, "beta-token-0123456789").status, 200u);
}

}  // namespace
}  // namespace mcpgw::downstream::http
