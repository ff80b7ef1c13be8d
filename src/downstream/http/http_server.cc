#include "downstream/http/http_server.h"

#include "auth/authenticator.h"
#include "core/json_rpc.h"
#include "downstream/http/http_server_impl.h"
#include "downstream/http/request_guard.h"
#include "metrics/text_format.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <tuple>

namespace mcpgw::downstream::http {

namespace {

constexpr auto kIdleConnectionTimeout = std::chrono::seconds(120);
// Room made for a request body before reading it (at most this much per read), and the most
// buffer capacity an idle keep-alive connection keeps between requests.
constexpr std::size_t kBodyReadChunk = 64 * 1024;
// A keep-alive connection keeps its read buffer between requests up to this capacity, so a
// client sending one 16 KiB call after another has each read in one recvmsg into memory already
// there (freeing it after every request cost an allocation and a second, 512-byte-first read
// per call); a larger last body is given back.
constexpr std::size_t kKeptReadBuffer = 64 * 1024;
constexpr auto kExpirySweep = std::chrono::seconds(30);

// The completion handler of a spawned coroutine: an exception that escaped it is logged (the
// coroutine is over; nothing else is affected).
auto LogFailure(std::string_view what) {
  return [what](std::exception_ptr failure) {
    if (!failure) return;
    try {
      std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      spdlog::error("http {} ended by an unexpected error: {}", what, e.what());
    } catch (...) {
      spdlog::error("http {} ended by an unexpected error", what);
    }
  };
}

std::string PeerAddress(const tcp::socket& socket) {
  boost::system::error_code ec;
  const auto endpoint = socket.remote_endpoint(ec);
  return ec ? std::string("unknown") : endpoint.address().to_string();
}

// GET or HEAD of the metrics path: the exposition; other methods 405.
Reply MetricsReply(const HttpServerOptions& options, bhttp::verb method) {
  if (method != bhttp::verb::get && method != bhttp::verb::head) {
    Reply reply = ErrorReply(bhttp::status::method_not_allowed, core::kInvalidRequest,
                             "Method Not Allowed");
    reply.headers.emplace_back("Allow", "GET, HEAD");
    return reply;
  }
  return Reply{bhttp::status::ok, options.metrics(), std::string(metrics::kTextFormatContentType)};
}

}  // namespace

HttpServer::Impl::Impl(asio::io_context& io, router::Router& router, HttpServerOptions options,
                       std::shared_ptr<const auth::Authenticator> authenticator)
    : io(io),
      router(router),
      options(std::move(options)),
      authenticator(std::move(authenticator)),
      acceptor(io),
      sessions(router, this->options),
      expiry_timer(io) {}

// ---- lifecycle ------------------------------------------------------------------------------

Result<bool> HttpServer::Impl::Start() {
  if (!options.tls_cert_file.empty() || !options.tls_key_file.empty()) {
    if (options.tls_cert_file.empty() || options.tls_key_file.empty())
      return MakeError("TLS needs both a certificate file and a key file");
    tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    boost::system::error_code ec;
    tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                         asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                         asio::ssl::context::no_tlsv1_1,
                     ec);
    tls->use_certificate_chain_file(options.tls_cert_file, ec);
    if (ec)
      return MakeError("cannot load TLS certificate " + options.tls_cert_file + ": " +
                       ec.message());
    tls->use_private_key_file(options.tls_key_file, asio::ssl::context::pem, ec);
    if (ec) return MakeError("cannot load TLS key " + options.tls_key_file + ": " + ec.message());
  }
  boost::system::error_code ec;
  const std::string host = options.host == "localhost" ? "127.0.0.1" : options.host;
  auto address = asio::ip::make_address(host, ec);
  if (ec) return MakeError("cannot listen on " + options.host + ": not an IP address");
  tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return MakeError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                     ": " + ec.message());
  }
  bound_port = acceptor.local_endpoint().port();
  spdlog::info("http listening on {}://{}:{}{}", tls ? "https" : "http", options.host, bound_port,
               options.path);
  asio::co_spawn(io, Accept(shared_from_this()), LogFailure("accept loop"));
  SweepExpired();
  return true;
}

void HttpServer::Impl::Shutdown() {
  if (stopping) return;
  stopping = true;
  boost::system::error_code ignored;
  acceptor.close(ignored);
  expiry_timer.cancel();
  sessions.CloseAll();
  auto stateless = std::move(stateless_sessions);  // Closer erases its own: iterate a copy
  stateless_sessions.clear();
  for (auto& [raw, weak] : stateless)
    if (auto session = weak.lock()) session->Close();
  auto open = std::move(connections);
  connections.clear();
  for (auto& [id, close] : open) close();
}

void HttpServer::Impl::SweepExpired() {
  expiry_timer.expires_after(kExpirySweep);
  std::weak_ptr<Impl> weak = shared_from_this();
  expiry_timer.async_wait([weak](boost::system::error_code ec) {
    auto self = weak.lock();
    if (ec || !self || self->stopping) return;
    self->sessions.ExpireIdle();
    self->SweepExpired();
  });
}

asio::awaitable<void> HttpServer::Impl::Accept(std::shared_ptr<Impl> self) {
  while (!self->stopping) {
    auto [ec, socket] = co_await self->acceptor.async_accept(kNoThrow);
    if (ec) {
      if (self->stopping || ec == asio::error::operation_aborted) co_return;
      spdlog::warn("http accept failed: {}", ec.message());
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    asio::co_spawn(self->io, Connection(self, std::move(socket)), LogFailure("connection"));
  }
}

asio::awaitable<void> HttpServer::Impl::Connection(std::shared_ptr<Impl> self,
                                                   tcp::socket socket) {
  const std::uint64_t id = ++self->next_connection;
  std::string peer = PeerAddress(socket);
  PlainStream tcp_stream(std::move(socket));
  if (!self->tls) {
    self->connections[id] = [&tcp_stream] { tcp_stream.socket().close(); };
    co_await self->Serve(tcp_stream, std::move(peer));
    self->connections.erase(id);
    boost::system::error_code ignored;
    tcp_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    co_return;
  }
  TlsStream tls_stream(std::move(tcp_stream), *self->tls);
  self->connections[id] = [&tls_stream] { beast::get_lowest_layer(tls_stream).socket().close(); };
  beast::get_lowest_layer(tls_stream).expires_after(std::chrono::seconds(30));
  auto [ec] = co_await tls_stream.async_handshake(asio::ssl::stream_base::server, kNoThrow);
  if (!ec) {
    co_await self->Serve(tls_stream, std::move(peer));
    beast::get_lowest_layer(tls_stream).expires_after(std::chrono::seconds(5));
    co_await tls_stream.async_shutdown(kNoThrow);
  }
  self->connections.erase(id);
}

// ---- one connection -------------------------------------------------------------------------

template <typename Stream>
asio::awaitable<void> HttpServer::Impl::Serve(Stream& stream, std::string peer_address) {
  beast::flat_buffer buffer;
  std::string failure;
  bool failed = false;
  try {
    while (!stopping) {
      bhttp::request_parser<RequestBody> parser;
      parser.body_limit(options.max_body_size);
      parser.header_limit(64 * 1024);
      beast::get_lowest_layer(stream).expires_after(kIdleConnectionTimeout);
      auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, kNoThrow);
      if (!ec && !parser.is_done()) {
        // A flat_buffer grows only as far as one read needs: without room made here, a 16 KiB
        // body arrives in ~32 reads of 512 bytes (one recvmsg each).
        if (const auto length = parser.content_length())
          buffer.reserve(buffer.size() + std::min<std::uint64_t>(*length, kBodyReadChunk));
        std::tie(ec, n) = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
      }
      if (ec == bhttp::error::body_limit) {
        Reply reply = ErrorReply(
            bhttp::status::payload_too_large, core::kMessageTooLarge,
            "request body exceeds " + std::to_string(options.max_body_size) + " bytes");
        co_await WriteReply(stream, parser.get(), reply, /*keep_alive=*/false);
        co_return;
      }
      if (ec) co_return;
      beast::get_lowest_layer(stream).expires_never();
      Request request = parser.release();
      const bool keep_alive = co_await Handle(stream, request, peer_address);
      if (!keep_alive || !request.keep_alive()) co_return;
      // A keep-alive connection keeps at most kKeptReadBuffer, whatever its last body's size.
      if (buffer.size() == 0 && buffer.capacity() > kKeptReadBuffer) buffer.shrink_to_fit();
    }
  } catch (const std::exception& e) {
    failure = e.what();
    failed = true;
  } catch (...) {
    failure = "unknown exception";
    failed = true;
  }
  // The loop also ends when the server stops: no error then.
  if (!failed) co_return;
  // The exception boundary of one connection: it ends (the caller closes the socket); every
  // other connection and session keeps serving.
  spdlog::error("http connection closed after an unexpected error: {}", failure);
}

HttpServer::Impl::Routed HttpServer::Impl::Route(const Request& request,
                                                 const std::string& peer_address) {
  Routed routed;
  routed.caller.address = peer_address;
  auto url = boost::urls::parse_origin_form(request.target());
  if (!url) {
    routed.reply = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                              "Bad Request: invalid request target");
    return routed;
  }
  const std::string path = url->path();
  const auto method = request.method();

  // Endpoints open to anyone.
  if (path == "/healthz") {
    routed.reply = Reply{bhttp::status::ok, R"({"status":"ok"})"};
    return routed;
  }
  if (path == "/readyz") {
    const bool ready = router.AllSettled();
    routed.reply = Reply{ready ? bhttp::status::ok : bhttp::status::service_unavailable,
                         ready ? R"({"status":"ready"})" : R"({"status":"starting"})"};
    return routed;
  }
  if (path.rfind("/.well-known/oauth-protected-resource", 0) == 0) {
    const bool served = authenticator && authenticator->oauth_enabled();
    routed.reply = Reply{served ? bhttp::status::ok : bhttp::status::not_found,
                         served ? authenticator->ProtectedResourceMetadata() : ""};
    return routed;
  }

  const bool mcp = path == options.path;
  const bool legacy_get = options.legacy_sse && path == "/sse";
  const bool legacy_post = options.legacy_sse && path == "/messages";
  const bool metrics = options.metrics && path == options.metrics_path && !mcp;
  if (metrics && !options.metrics_auth) {
    routed.reply = MetricsReply(options, method);
    return routed;
  }
  if (!mcp && !legacy_get && !legacy_post && !metrics) {
    routed.reply = Reply{bhttp::status::not_found, ""};
    return routed;
  }

  // DNS-rebinding protection, then CORS preflight, then authentication.
  if (!HostAllowed(options, request[bhttp::field::host])) {
    spdlog::warn("http request refused: Host header not allowed: host={}",
                 HeaderForLog(request[bhttp::field::host]));
    routed.reply = ErrorReply(bhttp::status::forbidden, core::kInvalidRequest,
                              "Forbidden: Host header not allowed");
    return routed;
  }
  if (!OriginAllowed(options, request[bhttp::field::origin])) {
    spdlog::warn("http request refused: Origin not allowed: origin={}",
                 HeaderForLog(request[bhttp::field::origin]));
    routed.reply = ErrorReply(bhttp::status::forbidden, core::kInvalidRequest,
                              "Forbidden: Origin not allowed");
    return routed;
  }
  if (method == bhttp::verb::options) {
    routed.reply = Reply{bhttp::status::no_content, ""};
    routed.reply.headers = {{"Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS"},
                            {"Access-Control-Allow-Headers",
                             "Content-Type, Accept, Authorization, X-API-Key, Mcp-Session-Id, "
                             "MCP-Protocol-Version, Last-Event-ID"},
                            {"Access-Control-Max-Age", "600"}};
    return routed;
  }
  if (authenticator && authenticator->enabled()) {
    auth::Decision decision =
        authenticator->Check(request[bhttp::field::authorization], request["X-API-Key"],
                             std::chrono::system_clock::now());
    if (!decision.allowed) {
      spdlog::info("http request refused: reason={}", decision.reason);
      if (decision.reason == "auth.unknown_key" && options.on_unknown_key)
        options.on_unknown_key();
      routed.reply =
          ErrorReply(static_cast<bhttp::status>(decision.status), core::kInvalidRequest,
                     decision.status == 403 ? "Forbidden: insufficient scope" : "Unauthorized");
      routed.reply.headers.emplace_back("WWW-Authenticate", decision.www_authenticate);
      return routed;
    }
    routed.caller.principal = std::move(decision.subject);
  }

  if (metrics) {
    routed.reply = MetricsReply(options, method);
  } else if (legacy_get && method == bhttp::verb::get) {
    routed.endpoint = Endpoint::kLegacyStream;
  } else if (legacy_post && method == bhttp::verb::post) {
    routed.endpoint = Endpoint::kLegacyPost;
    routed.reply = LegacyPost(request, url->params(), routed.caller);
  } else if (mcp && method == bhttp::verb::post) {
    routed.endpoint = Endpoint::kPost;
  } else if (mcp && method == bhttp::verb::get) {
    routed.endpoint = Endpoint::kGet;
  } else if (mcp && method == bhttp::verb::delete_) {
    routed.endpoint = Endpoint::kDelete;
    routed.reply = Delete(request, routed.caller);
  } else {
    routed.reply =
        ErrorReply(bhttp::status::method_not_allowed, core::kInvalidRequest, "Method Not Allowed");
    routed.reply.headers.emplace_back("Allow", mcp ? "GET, POST, DELETE, OPTIONS" : "GET, POST");
  }
  return routed;
}

template <typename Stream>
asio::awaitable<bool> HttpServer::Impl::Handle(Stream& stream, Request& request,
                                               const std::string& peer_address) {
  Routed routed = Route(request, peer_address);
  switch (routed.endpoint) {
    case Endpoint::kPost: co_return co_await Post(stream, request, routed.caller);
    case Endpoint::kGet: co_return co_await Get(stream, request, routed.caller);
    case Endpoint::kLegacyStream: co_return co_await LegacyStream(stream, request, routed.caller);
    case Endpoint::kReply:
    case Endpoint::kLegacyPost:
    case Endpoint::kDelete: break;
  }
  co_return co_await WriteReply(stream, request, routed.reply);
}

// ---- HttpServer -----------------------------------------------------------------------------

HttpServer::HttpServer(asio::io_context& io, router::Router& router, HttpServerOptions options,
                       std::shared_ptr<const auth::Authenticator> authenticator)
    : impl_(std::make_shared<Impl>(io, router, std::move(options), std::move(authenticator))) {}

HttpServer::~HttpServer() { impl_->Shutdown(); }

Result<bool> HttpServer::Start() { return impl_->Start(); }

std::uint16_t HttpServer::port() const { return impl_->bound_port; }

std::size_t HttpServer::session_count() const { return impl_->sessions.size(); }

void HttpServer::Shutdown() { impl_->Shutdown(); }

}  // namespace mcpgw::downstream::http
