// MetricsListener over a real socket (port 0, a background io thread, a blocking Beast client).
#include "metrics/metrics_listener.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

namespace mcpgw::metrics {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

TEST(ParseListenAddress, AcceptedForms) {
  struct Case {
    const char* text;
    const char* host;
    uint16_t port;
  } cases[] = {
      {"9464", "127.0.0.1", 9464},
      {":9464", "127.0.0.1", 9464},
      {"0.0.0.0:9100", "0.0.0.0", 9100},
      {"localhost:0", "localhost", 0},
      {"[::1]:9464", "::1", 9464},
  };
  for (const Case& c : cases) {
    auto parsed = ParseListenAddress(c.text);
    ASSERT_TRUE(parsed) << c.text << ": " << parsed.error().message;
    EXPECT_EQ(parsed->host, c.host) << c.text;
    EXPECT_EQ(parsed->port, c.port) << c.text;
  }
}

TEST(ParseListenAddress, BadFormsAreErrorsQuotingTheInput) {
  for (const char* text : {"", "host:", "host:99999", "host:12ab", "::1:80", "[::1]", "[::1]80"}) {
    auto parsed = ParseListenAddress(text);
    ASSERT_FALSE(parsed) << text;
    EXPECT_NE(parsed.error().message.find("'" + std::string(text) + "'"), std::string::npos)
        << parsed.error().message;
  }
}

class MetricsListenerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = MetricsListener::Start(io_, {"127.0.0.1", 0}, [this] {
      return "scrape_total " + std::to_string(++scrapes_) + "\n";
    });
    ASSERT_TRUE(started) << started.error().message;
    listener_ = std::move(*started);
    port_ = listener_->port();
    ASSERT_NE(port_, 0);
    thread_ = std::thread([this] { io_.run(); });
  }
  void TearDown() override {
    std::promise<void> done;
    asio::post(io_, [&] {
      listener_->Shutdown();
      done.set_value();
    });
    done.get_future().wait();
    io_.stop();
    thread_.join();
  }
  bhttp::response<bhttp::string_body> Send(bhttp::verb verb, const std::string& target) {
    asio::io_context client;
    asio::ip::tcp::socket socket(client);
    socket.connect({asio::ip::make_address("127.0.0.1"), port_});
    bhttp::request<bhttp::string_body> request{verb, target, 11};
    request.set(bhttp::field::host, "127.0.0.1");
    request.prepare_payload();
    bhttp::write(socket, request);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.skip(verb == bhttp::verb::head);
    bhttp::read(socket, buffer, parser);
    return parser.release();
  }

  asio::io_context io_;
  std::unique_ptr<MetricsListener> listener_;
  std::thread thread_;
  std::atomic<int> scrapes_{0};
  uint16_t port_ = 0;
};

TEST_F(MetricsListenerTest, GetMetricsServesTheExpositionEachTimeFresh) {
  auto first = Send(bhttp::verb::get, "/metrics");
  EXPECT_EQ(first.result_int(), 200u);
  EXPECT_EQ(first[bhttp::field::content_type], "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(first.body(), "scrape_total 1\n");
  EXPECT_EQ(Send(bhttp::verb::get, "/metrics?x=1").body(), "scrape_total 2\n");
}

TEST_F(MetricsListenerTest, OnlyGetOrHeadOfMetrics) {
  EXPECT_EQ(Send(bhttp::verb::get, "/").result_int(), 404u);
  EXPECT_EQ(Send(bhttp::verb::get, "/mcp").result_int(), 404u);
  auto post = Send(bhttp::verb::post, "/metrics");
  EXPECT_EQ(post.result_int(), 405u);
  EXPECT_EQ(post[bhttp::field::allow], "GET, HEAD");
  auto head = Send(bhttp::verb::head, "/metrics");
  EXPECT_EQ(head.result_int(), 200u);
  EXPECT_TRUE(head.body().empty());
}

TEST(MetricsListener, PortInUseIsAnErrorNamingTheAddress) {
  asio::io_context io;
  auto first = MetricsListener::Start(io, {"127.0.0.1", 0}, [] { return std::string(); });
  ASSERT_TRUE(first);
  const uint16_t port = (*first)->port();
  auto second = MetricsListener::Start(io, {"127.0.0.1", port}, [] { return std::string(); });
  ASSERT_FALSE(second);
  EXPECT_NE(second.error().message.find("127.0.0.1:" + std::to_string(port)), std::string::npos)
      << second.error().message;
}

}  // namespace
}  // namespace mcpgw::metrics
