#include "metrics/metrics_listener.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include <charconv>

#include "metrics/text_format.h"

namespace mcpgw::metrics {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);
constexpr auto kDeadline = std::chrono::seconds(10);
constexpr std::size_t kMaxBody = 8 * 1024;

Error BadAddress(const std::string& text) {
  return MakeError("--metrics-listen: expected HOST:PORT, [IPv6]:PORT or PORT, got '" + text + "'");
}

}  // namespace

Result<ListenAddress> ParseListenAddress(const std::string& text) {
  ListenAddress address;
  std::string port;
  if (text.starts_with('[')) {
    const auto close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':')
      return BadAddress(text);
    address.host = text.substr(1, close - 1);
    port = text.substr(close + 2);
  } else if (const auto colon = text.rfind(':'); colon != std::string::npos) {
    address.host = text.substr(0, colon);
    port = text.substr(colon + 1);
    if (address.host.find(':') != std::string::npos) return BadAddress(text);
  } else {
    port = text;
  }
  if (address.host.empty()) address.host = "127.0.0.1";
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value > 65535)
    return BadAddress(text);
  address.port = static_cast<uint16_t>(value);
  return address;
}

struct MetricsListener::Impl : std::enable_shared_from_this<Impl> {
  Impl(asio::io_context& io, std::function<std::string()> render)
      : io(io), acceptor(io), render(std::move(render)) {}

  static asio::awaitable<void> Accept(std::shared_ptr<Impl> self) {
    for (;;) {
      auto [ec, socket] = co_await self->acceptor.async_accept(kNoThrow);
      if (ec) {
        if (ec == asio::error::operation_aborted || !self->acceptor.is_open()) co_return;
        spdlog::warn("metrics accept failed: {}", ec.message());
        continue;
      }
      asio::co_spawn(self->io, Serve(self, std::move(socket)), asio::detached);
    }
  }

  static asio::awaitable<void> Serve(std::shared_ptr<Impl> self, tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    stream.expires_after(kDeadline);
    beast::flat_buffer buffer;
    bhttp::request_parser<bhttp::string_body> parser;
    parser.body_limit(kMaxBody);
    auto [read_ec, read_n] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
    (void)read_n;
    bhttp::response<bhttp::string_body> response;
    response.version(11);
    response.keep_alive(false);
    if (read_ec) {
      if (read_ec == bhttp::error::end_of_stream || read_ec == beast::error::timeout) co_return;
      response.result(bhttp::status::bad_request);
    } else {
      const auto& request = parser.get();
      response.version(request.version());
      auto url = boost::urls::parse_origin_form(request.target());
      const bool found = url && url->path() == "/metrics";
      const bool get = request.method() == bhttp::verb::get;
      const bool head = request.method() == bhttp::verb::head;
      if (!found) {
        response.result(bhttp::status::not_found);
      } else if (!get && !head) {
        response.result(bhttp::status::method_not_allowed);
        response.set(bhttp::field::allow, "GET, HEAD");
      } else {
        response.result(bhttp::status::ok);
        response.set(bhttp::field::content_type, kTextFormatContentType);
        response.body() = self->render();
        response.prepare_payload();
        if (head) response.body().clear();
      }
    }
    if (response.result() != bhttp::status::ok) response.prepare_payload();
    auto [write_ec, written] = co_await bhttp::async_write(stream, response, kNoThrow);
    (void)written;
    (void)write_ec;
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  }

  asio::io_context& io;
  tcp::acceptor acceptor;
  std::function<std::string()> render;
};

Result<std::unique_ptr<MetricsListener>> MetricsListener::Start(
    asio::io_context& io, const ListenAddress& address, std::function<std::string()> render) {
  auto impl = std::make_shared<Impl>(io, std::move(render));
  const std::string where = address.host + ":" + std::to_string(address.port);
  boost::system::error_code ec;
  tcp::resolver resolver(io);
  auto results = resolver.resolve(address.host, std::to_string(address.port),
                                  tcp::resolver::numeric_service, ec);
  if (ec || results.empty())
    return MakeError("cannot listen on " + where + " for metrics: " +
                     (ec ? ec.message() : std::string("no address")));
  const tcp::endpoint endpoint = results.begin()->endpoint();
  impl->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(endpoint, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return MakeError("cannot listen on " + where + " for metrics: " + ec.message());
  asio::co_spawn(io, Impl::Accept(impl), asio::detached);
  return std::unique_ptr<MetricsListener>(new MetricsListener(impl));
}

MetricsListener::~MetricsListener() { Shutdown(); }

uint16_t MetricsListener::port() const {
  boost::system::error_code ec;
  auto endpoint = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : endpoint.port();
}

void MetricsListener::Shutdown() {
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
}

}  // namespace mcpgw::metrics
