#include "http_client/http_connection.h"

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace mcpgw::http {

namespace asio = boost::asio;
using boost::system::error_code;
using std::chrono::milliseconds;

namespace {

constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

bool IsIpAddress(const std::string& host) {
  error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

}  // namespace

std::string Endpoint::Origin() const {
  const bool v6 = host.find(':') != std::string::npos;
  return std::string(tls ? "https://" : "http://") + (v6 ? "[" + host + "]" : host) + ":" + port;
}

std::string Endpoint::HostHeader() const {
  const bool v6 = host.find(':') != std::string::npos;
  std::string text = v6 ? "[" + host + "]" : host;
  if (port != (tls ? "443" : "80")) text += ":" + port;
  return text;
}

Result<Endpoint> ParseEndpoint(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return MakeError("invalid URL: " + parsed.error().message());
  const boost::urls::url_view& view = *parsed;
  Endpoint endpoint;
  const std::string scheme = view.scheme();
  if (scheme == "https") {
    endpoint.tls = true;
  } else if (scheme != "http") {
    return MakeError("invalid URL: the scheme must be http or https, not '" + scheme + "'");
  }
  if (!view.has_authority() || view.encoded_host().empty())
    return MakeError("invalid URL: no host");
  if (view.host_type() == boost::urls::host_type::ipv6) {
    endpoint.host = view.host_address();
  } else {
    endpoint.host = view.host();
  }
  endpoint.port = view.has_port() && !view.port().empty() ? std::string(view.port())
                                                          : (endpoint.tls ? "443" : "80");
  endpoint.target = view.encoded_path();
  if (endpoint.target.empty()) endpoint.target = "/";
  if (view.has_query()) endpoint.target += "?" + std::string(view.encoded_query());
  return endpoint;
}

std::string RedactUrl(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return "(invalid URL)";  // never echo what might hold credentials
  std::string text =
      std::string(parsed->scheme()) + "://" + std::string(parsed->encoded_host_and_port());
  text += parsed->encoded_path();
  return text;
}

Result<std::shared_ptr<asio::ssl::context>> MakeClientTlsContext(const std::string& ca_file) {
  auto context = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
  error_code ec;
  context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                           asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                           asio::ssl::context::no_tlsv1_1,
                       ec);
  context->set_default_verify_paths(ec);  // a missing system store is not fatal with a CA file
  if (!ca_file.empty()) {
    context->load_verify_file(ca_file, ec);
    if (ec) return MakeError("cannot load CA file " + ca_file + ": " + ec.message());
  }
  context->set_verify_mode(asio::ssl::verify_peer, ec);
  if (ec) return MakeError("TLS setup failed: " + ec.message());
  return context;
}

asio::awaitable<Result<std::shared_ptr<Connection>>> Connection::Open(
    Endpoint endpoint, std::shared_ptr<asio::ssl::context> tls, milliseconds timeout) {
  auto executor = co_await asio::this_coro::executor;
  std::shared_ptr<Connection> conn(new Connection(std::move(endpoint)));
  const Endpoint& ep = conn->endpoint_;
  const std::string where = ep.host + ":" + ep.port;

  // The lookup runs on the resolver's own thread; a lookup that hangs is abandoned at the
  // deadline (its late result is discarded).
  // Shared with the deadline's handler, which may run after this frame is gone.
  auto resolver = std::make_shared<asio::ip::tcp::resolver>(executor);
  auto timed_out = std::make_shared<bool>(false);
  asio::steady_timer deadline(executor);
  deadline.expires_after(timeout);
  deadline.async_wait([resolver, timed_out](boost::system::error_code ec) {
    if (ec) return;  // cancelled: the lookup finished first
    *timed_out = true;
    resolver->cancel();
  });
  auto [resolve_ec, results] = co_await resolver->async_resolve(ep.host, ep.port, kUseTuple);
  deadline.cancel();
  if (resolve_ec && *timed_out) co_return MakeError("resolving " + ep.host + " failed: timed out");
  if (resolve_ec) co_return MakeError("resolving " + ep.host + " failed: " + resolve_ec.message());

  if (ep.tls) {
    if (!tls) co_return MakeError("TLS is not configured for " + where);
    conn->tls_context_ = tls;
    conn->tls_.emplace(executor, *tls);
  } else {
    conn->plain_.emplace(executor);
  }
  beast::tcp_stream& lowest = conn->Lowest();
  lowest.expires_after(timeout);
  auto [connect_ec, connected] = co_await lowest.async_connect(results, kUseTuple);
  if (connect_ec) {
    co_return MakeError(
        "connect to " + where + " failed: " +
        (connect_ec == beast::error::timeout ? std::string("timed out") : connect_ec.message()));
  }
  lowest.socket().set_option(asio::ip::tcp::no_delay(true), connect_ec);

  if (ep.tls) {
    SSL* ssl = conn->tls_->native_handle();
    if (IsIpAddress(ep.host)) {
      X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), ep.host.c_str());
    } else {
      SSL_set_tlsext_host_name(ssl, ep.host.c_str());  // SNI
      SSL_set1_host(ssl, ep.host.c_str());             // certificate must name the host
    }
    auto [handshake_ec] =
        co_await conn->tls_->async_handshake(asio::ssl::stream_base::client, kUseTuple);
    if (handshake_ec) {
      std::string reason =
          handshake_ec == beast::error::timeout ? std::string("timed out") : handshake_ec.message();
      const long verify = SSL_get_verify_result(ssl);
      if (verify != X509_V_OK)
        reason += std::string(" (") + X509_verify_cert_error_string(verify) + ")";
      co_return MakeError("TLS handshake with " + where + " failed: " + reason);
    }
  }
  lowest.expires_never();
  co_return conn;
}

Connection::~Connection() = default;

beast::tcp_stream& Connection::Lowest() { return tls_ ? tls_->next_layer() : *plain_; }

asio::awaitable<error_code> Connection::Write(WireRequest& request, milliseconds timeout) {
  if (closed_) co_return asio::error::not_connected;
  Lowest().expires_after(timeout);
  auto [ec, n] = co_await WithStream(
      [&](auto& stream) { return bhttp::async_write(stream, request, kUseTuple); });
  co_return ec;
}

asio::awaitable<error_code> Connection::ReadHeader(ResponseParser& parser, milliseconds timeout) {
  if (closed_) co_return asio::error::not_connected;
  Lowest().expires_after(timeout);
  auto [ec, n] = co_await WithStream(
      [&](auto& stream) { return bhttp::async_read_header(stream, buffer_, parser, kUseTuple); });
  co_return ec;
}

asio::awaitable<std::pair<error_code, std::size_t>> Connection::ReadBody(
    ResponseParser& parser, char* data, std::size_t size,
    std::optional<milliseconds> idle_timeout) {
  if (closed_) co_return std::pair{error_code(asio::error::not_connected), std::size_t{0}};
  if (idle_timeout)
    Lowest().expires_after(*idle_timeout);
  else
    Lowest().expires_never();
  parser.get().body().data = data;
  parser.get().body().size = size;
  auto [ec, n] = co_await WithStream(
      [&](auto& stream) { return bhttp::async_read_some(stream, buffer_, parser, kUseTuple); });
  if (ec == bhttp::error::need_buffer) ec = {};
  const std::size_t stored = size - parser.get().body().size;
  co_return std::pair{ec, stored};
}

void Connection::Close() {
  if (closed_) return;
  closed_ = true;
  error_code ec;
  Lowest().socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  Lowest().close();
}

}  // namespace mcpgw::http
