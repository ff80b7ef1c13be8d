// Connection: one client HTTP/1.1 connection (plain TCP or TLS) driven by coroutines, shared by
// the one-shot Fetch (http_fetch.h) and the MCP HTTP transports (upstream/http_transport.h).
// Endpoint: an http(s) URL parsed with Boost.URL into what a connection needs.
//
// TLS: peer verification is always on (system trust store, plus an optional CA file), with SNI
// and host-name (or IP address) verification against the URL's host.
//
// Threading: a Connection is used by one coroutine at a time on its executor; Close() may be
// called from any handler on that executor and makes pending operations end with an error.
// Lifetime: shared_ptr, so a pool and the coroutine using it can both hold it.
//
// This header includes Beast: include it only from .cc files.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/status.h"

namespace mcpgw::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

// An http or https URL, ready for connecting.
struct Endpoint {
  bool tls = false;
  std::string host;    // IPv6 literals without brackets
  std::string port;    // explicit, or 80 / 443
  std::string target;  // path and query; "/" when the path is empty; never the fragment

  std::string Origin() const;      // "http://host:port" (always with the port)
  std::string HostHeader() const;  // "host" or "host:port" when the port is not the default
};

// Parses an absolute http:// or https:// URL. Fails on another scheme, a missing host or a
// malformed URL ("invalid URL: ...").
Result<Endpoint> ParseEndpoint(std::string_view url);

// The URL without userinfo, query or fragment, for logs ("https://host:8443/mcp");
// "(invalid URL)" when it does not parse.
std::string RedactUrl(std::string_view url);

// A client TLS context with peer verification on: the system's default trust store and, when
// `ca_file` is not empty, that PEM file too. Fails when the CA file cannot be loaded.
Result<std::shared_ptr<boost::asio::ssl::context>> MakeClientTlsContext(const std::string& ca_file);

using WireRequest = bhttp::request<bhttp::string_body>;
using ResponseParser = bhttp::response_parser<bhttp::buffer_body>;

class Connection {
 public:
  // Resolves, connects and (for https) handshakes, all within `timeout`. `tls` is required for
  // an https endpoint. Failures: "connect to host:port failed: <reason>", "TLS handshake with
  // host failed: <reason>", "resolving host failed: <reason>".
  static boost::asio::awaitable<Result<std::shared_ptr<Connection>>> Open(
      Endpoint endpoint, std::shared_ptr<boost::asio::ssl::context> tls,
      std::chrono::milliseconds timeout);

  ~Connection();

  // Writes one request within `timeout`.
  boost::asio::awaitable<boost::system::error_code> Write(WireRequest& request,
                                                          std::chrono::milliseconds timeout);

  // Reads a response's header within `timeout` (the body follows through ReadBody).
  boost::asio::awaitable<boost::system::error_code> ReadHeader(ResponseParser& parser,
                                                               std::chrono::milliseconds timeout);

  // Reads some body bytes into [data, data+size), waiting at most `idle_timeout` (none: no limit,
  // for event streams). Returns the error (none while the body goes on) and the bytes stored.
  // Call while !parser.is_done().
  boost::asio::awaitable<std::pair<boost::system::error_code, std::size_t>> ReadBody(
      ResponseParser& parser, char* data, std::size_t size,
      std::optional<std::chrono::milliseconds> idle_timeout);

  // Closes the socket; pending and later operations fail. Idempotent.
  void Close();
  bool closed() const { return closed_; }
  const Endpoint& endpoint() const { return endpoint_; }

 private:
  explicit Connection(Endpoint endpoint) : endpoint_(std::move(endpoint)) {}
  beast::tcp_stream& Lowest();

  // Runs `op(stream)` on the TLS stream or the plain one (both return the same awaitable type).
  template <typename Op>
  auto WithStream(Op&& op) {
    return tls_ ? op(*tls_) : op(*plain_);
  }

  Endpoint endpoint_;
  std::optional<beast::tcp_stream> plain_;
  std::optional<beast::ssl_stream<beast::tcp_stream>> tls_;
  std::shared_ptr<boost::asio::ssl::context> tls_context_;
  beast::flat_buffer buffer_;
  bool closed_ = false;
};

}  // namespace mcpgw::http
