// HttpServer::Impl: the state shared by the HTTP server's parts, and their declarations. Private
// to src/downstream/http/: http_server.cc holds the lifecycle, the accept loop, one connection's
// loop and the routing table; streamable_http.cc the Streamable HTTP endpoint (POST, GET,
// DELETE and the answer streams); legacy_sse.cc the 2024-11-05 HTTP+SSE transport. Member
// templates over the stream type are defined in those files and instantiated there for the two
// streams the server uses (PlainStream, TlsStream).
//
// Threading: io_context thread only. Lifetime: shared_ptr held by HttpServer and by every
// connection coroutine.
#pragma once

#include "core/mcp_param_headers.h"

#include "downstream/http/http_reply.h"
#include "downstream/http/http_server.h"
#include "downstream/http/http_session.h"
#include "downstream/http/post_request.h"
#include "downstream/http/request_guard.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/params_view.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mcpgw::downstream::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;
using Headers = std::vector<std::pair<std::string, std::string>>;
inline constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);
inline constexpr auto kWriteTimeout = std::chrono::seconds(30);
inline constexpr std::string_view kSessionHeader = "Mcp-Session-Id";
inline constexpr std::string_view kVersionHeader = "MCP-Protocol-Version";

// Whether a POST is a 2026-07-28 stateless request (stateless_http.cc): no Mcp-Session-Id, not a
// legacy initialize, and a stateless revision in MCP-Protocol-Version or in the body's _meta.
bool IsStatelessPost(const Request& request, const PostPlan& plan);
// The HTTP status of a stateless request's final JSON answer `data`: 400 for
// MissingRequiredClientCapability (-32021), 404 for -32601, 200 otherwise.
bhttp::status StatelessAnswerStatus(std::string_view data);

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  Impl(asio::io_context& io, router::Router& router, HttpServerOptions options,
       std::shared_ptr<const auth::Authenticator> authenticator);

  // ---- lifecycle (http_server.cc) -----------------------------------------------------------
  Result<bool> Start();
  void Shutdown();
  void SweepExpired();
  static asio::awaitable<void> Accept(std::shared_ptr<Impl> self);
  static asio::awaitable<void> Connection(std::shared_ptr<Impl> self, tcp::socket socket);
  // One connection's request loop, with its exception boundary: a throw is logged and ends
  // this connection only.
  template <typename Stream>
  asio::awaitable<void> Serve(Stream& stream, std::string peer_address);
  // Where the routing table sends a request.
  enum class Endpoint {
    kReply,         // answer with Routed::reply (health, metadata, refusals, preflight)
    kPost,          // Streamable HTTP POST
    kGet,           // Streamable HTTP GET (standalone stream or resumption)
    kDelete,        // handled synchronously: Routed::reply holds the answer
    kLegacyStream,  // GET /sse
    kLegacyPost,    // POST /messages, handled synchronously: Routed::reply holds the answer
  };
  struct Routed {
    Endpoint endpoint = Endpoint::kReply;
    Reply reply;
    SessionOwner caller;  // the authenticated principal (empty without auth) and address
  };
  // The routing table, in order: /healthz, /readyz and the OAuth metadata (open to anyone);
  // unknown paths (404); Host, then Origin checks (403); CORS preflight; authentication
  // (401/403); then the endpoint by path and method (405 otherwise). Synchronous endpoints are
  // answered here.
  Routed Route(const Request& request, const std::string& peer_address);
  // Routes, then serves the endpoint. Returns whether the connection may serve another request.
  template <typename Stream>
  asio::awaitable<bool> Handle(Stream& stream, Request& request, const std::string& peer_address);

  // ---- Streamable HTTP (streamable_http.cc) -------------------------------------------------
  template <typename Stream>
  asio::awaitable<bool> Post(Stream& stream, Request& request, const SessionOwner& caller);
  template <typename Stream>
  asio::awaitable<bool> Get(Stream& stream, Request& request, const SessionOwner& caller);
  Reply Delete(const Request& request, const SessionOwner& caller);
  // Writes a stream's events: as one application/json response when the first event is the
  // stream's only answer, otherwise as text/event-stream (with a priming event for 2025-11-25
  // clients and keep-alive comments while silent). Returns whether the connection may be reused.
  template <typename Stream>
  asio::awaitable<bool> Answer(Stream& stream, const Request& request,
                               std::shared_ptr<HttpSession> session,
                               std::shared_ptr<EventStream> events, Headers headers,
                               bool json_allowed, std::uint64_t after);
  // The session a non-initialize request names, when `caller` owns it; fills `reply` when
  // there is none (400 without the header, 404 for an unknown id or another principal's
  // session, 400 for an unsupported protocol version header).
  std::shared_ptr<HttpSession> SessionFor(const Request& request, const SessionOwner& caller,
                                          Reply& reply);
  // A new session for `caller`; fills `reply` (429 or 503) when the limits refuse it.
  std::shared_ptr<HttpSession> CreateSession(const SessionOwner& caller, Reply& reply);

  // ---- 2026-07-28 stateless POST (stateless_http.cc) ----------------------------------------
  // stateless_http.cc: the Mcp-Param-* headers of a tools/call against the exposed tool's
  // x-mcp-header declarations (core/mcp_param_headers.h); nullopt when they agree or the tool
  // declares none.
  std::optional<core::ParamHeaderMismatch> CheckParamHeaders(const Request& request,
                                                             const boost::json::object& body) const;
  template <typename Stream>
  asio::awaitable<bool> PostStateless(Stream& stream, Request& request, PostPlan& plan,
                                      const SessionOwner& caller);

  // ---- legacy HTTP+SSE (legacy_sse.cc) ------------------------------------------------------
  template <typename Stream>
  asio::awaitable<bool> LegacyStream(Stream& stream, Request& request, const SessionOwner& caller);
  Reply LegacyPost(const Request& request, const boost::urls::params_view& params,
                   const SessionOwner& caller);

  // ---- writing (shared) ---------------------------------------------------------------------
  template <typename Stream, typename Message>
  asio::awaitable<bool> WriteReply(Stream& stream, const Message& request, const Reply& reply,
                                   bool keep_alive = true) {
    bhttp::response<bhttp::string_body> response{reply.status, request.version()};
    response.set(bhttp::field::server, "mcp-gateway");
    if (!reply.body.empty()) response.set(bhttp::field::content_type, reply.content_type);
    for (const auto& [name, value] : reply.headers) response.set(name, value);
    AddCors(request, response);
    response.body() = reply.body;
    response.keep_alive(keep_alive && request.keep_alive());
    response.prepare_payload();
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto [ec, n] = co_await bhttp::async_write(stream, response, kNoThrow);
    beast::get_lowest_layer(stream).expires_never();
    co_return !ec && response.keep_alive();
  }

  // As WriteReply for an application/json body that is written in place, not copied.
  // REQUIRES: `body` stays alive until the returned awaitable completes (the caller holds it).
  template <typename Stream, typename Message>
  asio::awaitable<bool> WriteJsonReply(Stream& stream, const Message& request,
                                       bhttp::status status, const Headers& headers,
                                       std::string_view body) {
    bhttp::response<bhttp::span_body<const char>> response{status, request.version()};
    response.set(bhttp::field::server, "mcp-gateway");
    if (!body.empty()) response.set(bhttp::field::content_type, "application/json");
    for (const auto& [name, value] : headers) response.set(name, value);
    AddCors(request, response);
    response.body() = beast::span<const char>(body.data(), body.size());
    response.keep_alive(request.keep_alive());
    response.prepare_payload();
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto [ec, n] = co_await bhttp::async_write(stream, response, kNoThrow);
    beast::get_lowest_layer(stream).expires_never();
    co_return !ec && response.keep_alive();
  }

  // Writes one chunk of a chunked response. Returns false when the client is gone.
  template <typename Stream>
  asio::awaitable<bool> WriteChunk(Stream& stream, std::string text) {
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto chunk = bhttp::make_chunk(asio::buffer(text));
    auto [ec, n] = co_await asio::async_write(stream, chunk, kNoThrow);
    beast::get_lowest_layer(stream).expires_never();
    co_return !ec;
  }

  template <typename Message, typename Response>
  void AddCors(const Message& request, Response& response) {
    const std::string_view origin = CorsAllowOrigin(options, request[bhttp::field::origin]);
    if (origin.empty()) return;  // absent or refused: a refused Origin is never echoed
    response.set(bhttp::field::access_control_allow_origin, origin);
    response.set(bhttp::field::access_control_expose_headers, "Mcp-Session-Id, WWW-Authenticate");
    response.set(bhttp::field::vary, "Origin");
  }

  asio::io_context& io;
  router::Router& router;
  HttpServerOptions options;
  std::shared_ptr<const auth::Authenticator> authenticator;
  tcp::acceptor acceptor;
  std::unique_ptr<asio::ssl::context> tls;
  HttpSessionTable sessions;
  asio::steady_timer expiry_timer;
  std::uint16_t bound_port = 0;
  bool stopping = false;
  std::uint64_t next_connection = 0;
  // Stateless (2026-07-28) requests being served, in all and per SessionOwner::client_key().
  std::size_t stateless_open = 0;
  std::unordered_map<std::string, std::size_t> stateless_per_client;
  // Their sessions, which Shutdown closes as it closes the table's: an exchange waiting for its
  // answer is woken by nothing else, and its coroutine must end while the router is alive (a
  // frame left suspended is destroyed with the io_context, after the router it calls).
  std::unordered_map<const HttpSession*, std::weak_ptr<HttpSession>> stateless_sessions;
  std::unordered_map<std::uint64_t, std::function<void()>> connections;
};

}  // namespace mcpgw::downstream::http
