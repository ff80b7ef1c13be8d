// HttpServer's 2026-07-28 stateless POST over real sockets (port 0, a background io thread, a
// blocking Beast client): served without a session, headers checked, legacy POSTs unchanged,
// and the per-client bound on requests in flight.
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <future>
#include <map>
#include <thread>

#include "core/json_rpc.h"
#include "downstream/http/http_server.h"
#include "testing/fake_upstream.h"
#include "testing/served_http.h"

namespace mcpgw::downstream::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace json = boost::json;
using mcpgw::testing::FakeUpstream;
using Headers = std::map<std::string, std::string>;

struct Response {
  unsigned status = 0;
  std::string session_id;
  std::string body;
  json::object Json() const { return boost::json::parse(body).as_object(); }
};

json::object Meta() {
  return json::object{{"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
                      {"io.modelcontextprotocol/clientCapabilities", json::object()}};
}

Headers ModernHeaders(std::string method, std::string name = "") {
  Headers headers{{"MCP-Protocol-Version", "2026-07-28"}, {"Mcp-Method", std::move(method)}};
  if (!name.empty()) headers["Mcp-Name"] = std::move(name);
  return headers;
}

class StatelessHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_ = std::make_shared<FakeUpstream>("srv");
    upstream_->SetTools({"ok", "hold"});
    // Runs on the io thread: "hold" stays unanswered until the test answers it.
    upstream_->on_send = [this](const FakeUpstream::SentRequest& request) {
      const json::value* name =
          request.params.is_object() ? request.params.get_object().if_contains("name") : nullptr;
      if (name && *name == "hold") {
        held_.set_value(request.id);
        return;
      }
      asio::post(io_, [this, id = request.id] {
        upstream_->RespondResult(id, json::object{{"content", json::array()}});
      });
    };
    router_.SetUpstreams({upstream_});
  }

  void Start(HttpServerOptions options = {}) {
    options.host = "127.0.0.1";
    options.port = 0;
    ASSERT_EQ(served_.Start(io_, std::make_unique<HttpServer>(io_, router_, options, nullptr)),
              "");
    port_ = served_.port();
  }

  void TearDown() override {
    served_.Stop();
  }

  Response Post(const json::object& message, const Headers& headers) {
    asio::io_context client_io;
    asio::ip::tcp::socket socket(client_io);
    socket.connect({asio::ip::make_address("127.0.0.1"), port_});
    bhttp::request<bhttp::string_body> request{bhttp::verb::post, "/mcp", 11};
    request.set(bhttp::field::host, "127.0.0.1");
    request.set(bhttp::field::content_type, "application/json");
    request.set(bhttp::field::accept, "application/json, text/event-stream");
    for (const auto& [name, value] : headers) request.set(name, value);
    request.keep_alive(false);
    request.body() = core::Serialize(message);
    request.prepare_payload();
    bhttp::write(socket, request);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> response;
    bhttp::read(socket, buffer, response);
    return Response{response.result_int(), std::string(response["Mcp-Session-Id"]),
                    response.body()};
  }
  Response CallTool(int id, const std::string& tool) {
    return Post(core::MakeRequest(
                    id, "tools/call",
                    json::object{{"name", tool}, {"arguments", json::object()}, {"_meta", Meta()}}),
                ModernHeaders("tools/call", tool));
  }
  std::size_t SessionCount() {
    std::promise<std::size_t> result;
    asio::post(io_, [&] { result.set_value(served_.server().session_count()); });
    return result.get_future().get();
  }

  asio::io_context io_;
  std::shared_ptr<FakeUpstream> upstream_;
  std::promise<upstream::RequestId> held_;
  router::Router router_{router::RouterOptions{}, nullptr};
  testing::ServedHttp served_;
  std::uint16_t port_ = 0;
};

TEST_F(StatelessHttpTest, ModernCallIsServedWithoutASessionAndLeavesNone) {
  Start();
  Response r = CallTool(5, "srv_ok");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(r.session_id.empty()) << "no Mcp-Session-Id in the stateless era";
  EXPECT_EQ(r.Json().at("id"), 5);
  EXPECT_EQ(r.Json().at("result").at("resultType"), "complete");
  EXPECT_EQ(SessionCount(), 0u);
}

TEST_F(StatelessHttpTest, ErrorsCarryTheirHttpStatusAndTheRequestId) {
  Start();
  Response mismatch = Post(core::MakeRequest(1, "tools/list", json::object{{"_meta", Meta()}}),
                           ModernHeaders("prompts/list"));
  EXPECT_EQ(mismatch.status, 400u);
  EXPECT_EQ(mismatch.Json().at("error").at("code"), -32020) << mismatch.body;
  EXPECT_EQ(mismatch.Json().at("id"), 1);
  Response removed =
      Post(core::MakeRequest(2, "ping", json::object{{"_meta", Meta()}}), ModernHeaders("ping"));
  EXPECT_EQ(removed.status, 404u);
  EXPECT_EQ(removed.Json().at("error").at("code"), -32601);
  Response no_meta =
      Post(core::MakeRequest(3, "tools/list", json::object()), ModernHeaders("tools/list"));
  EXPECT_EQ(no_meta.status, 400u);
  EXPECT_EQ(no_meta.Json().at("error").at("code"), -32602);
  EXPECT_EQ(no_meta.Json().at("id"), 3);
}

TEST_F(StatelessHttpTest, LegacyPostWithoutSessionStillNeedsTheSessionHeader) {
  Start();
  Response r = Post(core::MakeRequest(1, "tools/list", json::object()), Headers{});
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("Mcp-Session-Id header is required"), std::string::npos) << r.body;
}

TEST_F(StatelessHttpTest, AClientsStatelessRequestsInFlightAreBounded) {
  HttpServerOptions options;
  options.max_requests_per_session = 1;
  Start(options);
  auto first = std::async(std::launch::async, [this] { return CallTool(1, "srv_hold"); });
  const upstream::RequestId held = held_.get_future().get();  // the first is in flight now
  Response second = CallTool(2, "srv_ok");
  EXPECT_EQ(second.status, 429u) << second.body;
  EXPECT_EQ(second.Json().at("id"), 2);
  asio::post(io_, [this, held] {
    upstream_->RespondResult(held, json::object{{"content", json::array()}});
  });
  Response answered = first.get();
  EXPECT_EQ(answered.status, 200u) << answered.body;
  EXPECT_EQ(CallTool(3, "srv_ok").status, 200u) << "the slot is free again";
}

// Shutdown ends a stateless exchange still waiting for its answer while the router is alive: its
// session closes (the upstream call is cancelled) instead of its suspended coroutine being
// destroyed with the io_context, after the router its session would close into.
TEST_F(StatelessHttpTest, ShutdownClosesAStatelessRequestStillWaitingForItsAnswer) {
  Start();
  auto pending = std::async(std::launch::async, [this]() -> unsigned {
    try {
      return CallTool(1, "srv_hold").status;
    } catch (const std::exception&) {
      return 0;  // the connection closed without an answer
    }
  });
  const upstream::RequestId held = held_.get_future().get();  // in flight, no answer coming
  served_.Stop();
  pending.wait();
  ASSERT_EQ(upstream_->cancelled().size(), 1u);
  EXPECT_EQ(upstream_->cancelled()[0].id, held);
}

}  // namespace
}  // namespace mcpgw::downstream::http
