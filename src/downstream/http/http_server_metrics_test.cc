// GET /metrics on the HTTP server: served only when configured, behind the MCP endpoint's
// authentication by default, open when configured so. Real sockets (port 0, a background io
// thread, a blocking Beast client).
#include "downstream/http/http_server.h"

#include "auth/authenticator.h"
#include "testing/served_http.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>

#include <future>
#include <thread>

namespace mcpgw::downstream::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

class HttpMetricsTest : public ::testing::Test {
 protected:
  void Start(HttpServerOptions options, std::vector<std::string> tokens = {}) {
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
  bhttp::response<bhttp::string_body> Send(bhttp::verb verb, const std::string& target,
                                           const std::string& token = {}) {
    asio::io_context client;
    asio::ip::tcp::socket socket(client);
    socket.connect({asio::ip::make_address("127.0.0.1"), port_});
    bhttp::request<bhttp::string_body> request{verb, target, 11};
    request.set(bhttp::field::host, "127.0.0.1");
    if (!token.empty()) request.set(bhttp::field::authorization, "Bearer " + token);
    request.keep_alive(false);
    request.prepare_payload();
    bhttp::write(socket, request);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> response;
    bhttp::read(socket, buffer, response);
    return response;
  }
  static HttpServerOptions WithMetrics() {
    HttpServerOptions options;
    options.metrics = [] { return std::string("up 1\n"); };
    return options;
  }

  asio::io_context io_;
  router::Router router_{router::RouterOptions{}, nullptr};
  testing::ServedHttp served_;
  std::uint16_t port_ = 0;
};

TEST_F(HttpMetricsTest, NotConfiguredIsNotFound) {
  Start(HttpServerOptions{});
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics").result_int(), 404u);
}

TEST_F(HttpMetricsTest, ServedInTheTextFormat) {
  Start(WithMetrics());
  auto response = Send(bhttp::verb::get, "/metrics");
  EXPECT_EQ(response.result_int(), 200u);
  EXPECT_EQ(response[bhttp::field::content_type], "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(response.body(), "up 1\n");
  auto post = Send(bhttp::verb::post, "/metrics");
  EXPECT_EQ(post.result_int(), 405u);
  EXPECT_EQ(post[bhttp::field::allow], "GET, HEAD");
}

TEST_F(HttpMetricsTest, SameAuthenticationAsTheMcpEndpointByDefault) {
  Start(WithMetrics(), {"s3cret-token-value"});
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics").result_int(), 401u);
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics", "wrong").result_int(), 401u);
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics", "s3cret-token-value").result_int(), 200u);
}

TEST_F(HttpMetricsTest, OpenWhenConfiguredWithoutAuth) {
  HttpServerOptions options = WithMetrics();
  options.metrics_auth = false;
  options.metrics_path = "/custom-metrics";
  Start(options, {"s3cret-token-value"});
  EXPECT_EQ(Send(bhttp::verb::get, "/custom-metrics").body(), "up 1\n");
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics").result_int(), 404u);
  EXPECT_EQ(Send(bhttp::verb::post, "/mcp").result_int(), 401u);  // the MCP endpoint still is not
}

}  // namespace
}  // namespace mcpgw::downstream::http
