#include "downstream/http/http_server.h"

#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>
#include <unordered_map>

#include "auth/authenticator.h"
#include "core/json_rpc.h"
#include "core/protocol_version.h"
#include "downstream/http/http_session.h"
#include "downstream/http/request_guard.h"

namespace mcpgw::downstream::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using Request = bhttp::request<bhttp::string_body>;
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

namespace {

constexpr auto kIdleConnectionTimeout = std::chrono::seconds(120);
constexpr auto kWriteTimeout = std::chrono::seconds(30);
constexpr auto kExpirySweep = std::chrono::seconds(30);
constexpr std::string_view kSessionHeader = "Mcp-Session-Id";
constexpr std::string_view kVersionHeader = "MCP-Protocol-Version";

bool HeaderHas(std::string_view value, std::string_view needle) {
  return value.find(needle) != std::string_view::npos;
}

std::string JsonRpcErrorBody(int code, std::string_view message) {
  return core::Serialize(core::MakeErrorResponse(nullptr, code, message));
}

// What a handler decided to send when it is a plain (non-streaming) response.
struct Reply {
  bhttp::status status = bhttp::status::ok;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

Reply ErrorReply(bhttp::status status, int code, std::string_view message) {
  return Reply{status, JsonRpcErrorBody(code, message)};
}

}  // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  Impl(asio::io_context& io, router::Router& router, HttpServerOptions options,
       std::shared_ptr<const auth::Authenticator> authenticator)
      : io(io),
        router(router),
        options(std::move(options)),
        authenticator(std::move(authenticator)),
        acceptor(io),
        sessions(router, this->options),
        expiry_timer(io) {}

  // ---- lifecycle -------------------------------------------------------------------------

  Result<bool> Start() {
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
    asio::co_spawn(io, Accept(shared_from_this()), asio::detached);
    SweepExpired();
    return true;
  }

  void Shutdown() {
    if (stopping) return;
    stopping = true;
    boost::system::error_code ignored;
    acceptor.close(ignored);
    expiry_timer.cancel();
    sessions.CloseAll();
    for (auto& [id, close] : connections) close();
    connections.clear();
  }

  void SweepExpired() {
    expiry_timer.expires_after(kExpirySweep);
    std::weak_ptr<Impl> weak = shared_from_this();
    expiry_timer.async_wait([weak](boost::system::error_code ec) {
      auto self = weak.lock();
      if (ec || !self || self->stopping) return;
      self->sessions.ExpireIdle();
      self->SweepExpired();
    });
  }

  static asio::awaitable<void> Accept(std::shared_ptr<Impl> self) {
    while (!self->stopping) {
      auto [ec, socket] = co_await self->acceptor.async_accept(kNoThrow);
      if (ec) {
        if (self->stopping || ec == asio::error::operation_aborted) co_return;
        spdlog::warn("http accept failed: {}", ec.message());
        continue;
      }
      socket.set_option(tcp::no_delay(true), ec);
      asio::co_spawn(self->io, Connection(self, std::move(socket)), asio::detached);
    }
  }

  static asio::awaitable<void> Connection(std::shared_ptr<Impl> self, tcp::socket socket) {
    const std::uint64_t id = ++self->next_connection;
    beast::tcp_stream tcp_stream(std::move(socket));
    if (!self->tls) {
      self->connections[id] = [&tcp_stream] { tcp_stream.socket().close(); };
      co_await self->Serve(tcp_stream);
      self->connections.erase(id);
      boost::system::error_code ignored;
      tcp_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
      co_return;
    }
    beast::ssl_stream<beast::tcp_stream> tls_stream(std::move(tcp_stream), *self->tls);
    self->connections[id] = [&tls_stream] { beast::get_lowest_layer(tls_stream).socket().close(); };
    beast::get_lowest_layer(tls_stream).expires_after(std::chrono::seconds(30));
    auto [ec] = co_await tls_stream.async_handshake(asio::ssl::stream_base::server, kNoThrow);
    if (!ec) {
      co_await self->Serve(tls_stream);
      beast::get_lowest_layer(tls_stream).expires_after(std::chrono::seconds(5));
      co_await tls_stream.async_shutdown(kNoThrow);
    }
    self->connections.erase(id);
  }

  // ---- one connection ----------------------------------------------------------------------

  template <typename Stream>
  asio::awaitable<void> Serve(Stream& stream) {
    beast::flat_buffer buffer;
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.body_limit(options.max_body_size);
      parser.header_limit(64 * 1024);
      beast::get_lowest_layer(stream).expires_after(kIdleConnectionTimeout);
      auto [ec, n] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
      if (ec == bhttp::error::body_limit) {
        Reply reply =
            ErrorReply(bhttp::status::payload_too_large, core::kMessageTooLarge,
                       "request body exceeds " + std::to_string(options.max_body_size) + " bytes");
        co_await WriteReply(stream, parser.get(), reply, /*keep_alive=*/false);
        co_return;
      }
      if (ec) co_return;
      beast::get_lowest_layer(stream).expires_never();
      Request request = parser.release();
      const bool keep_alive = co_await Handle(stream, request);
      if (!keep_alive || !request.keep_alive()) co_return;
    }
  }

  template <typename Stream, typename Message>
  asio::awaitable<bool> WriteReply(Stream& stream, const Message& request, Reply& reply,
                                   bool keep_alive = true) {
    bhttp::response<bhttp::string_body> response{reply.status, request.version()};
    response.set(bhttp::field::server, "mcp-gateway");
    if (!reply.body.empty()) response.set(bhttp::field::content_type, reply.content_type);
    for (const auto& [name, value] : reply.headers) response.set(name, value);
    AddCors(request, response);
    response.body() = std::move(reply.body);
    response.keep_alive(keep_alive && request.keep_alive());
    response.prepare_payload();
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto [ec, n] = co_await bhttp::async_write(stream, response, kNoThrow);
    beast::get_lowest_layer(stream).expires_never();
    co_return !ec && response.keep_alive();
  }

  template <typename Message, typename Response>
  void AddCors(const Message& request, Response& response) {
    const auto origin = request[bhttp::field::origin];
    if (origin.empty()) return;
    response.set(bhttp::field::access_control_allow_origin, origin);
    response.set(bhttp::field::access_control_expose_headers, "Mcp-Session-Id, WWW-Authenticate");
    response.set(bhttp::field::vary, "Origin");
  }

  // Returns whether the connection may serve another request.
  template <typename Stream>
  asio::awaitable<bool> Handle(Stream& stream, Request& request) {
    auto url = boost::urls::parse_origin_form(request.target());
    if (!url) {
      {
        Reply reply_ = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                                  "Bad Request: invalid request target");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    const std::string path = url->path();
    const auto method = request.method();

    if (path == "/healthz") {
      Reply reply_{bhttp::status::ok, R"({"status":"ok"})"};
      co_return co_await WriteReply(stream, request, reply_);
    }
    if (path == "/readyz") {
      const bool ready = router.AllSettled();
      {
        Reply reply_ = {ready ? bhttp::status::ok : bhttp::status::service_unavailable,
                        ready ? R"({"status":"ready"})" : R"({"status":"starting"})"};
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    if (path.rfind("/.well-known/oauth-protected-resource", 0) == 0) {
      if (!authenticator || !authenticator->oauth_enabled()) {
        Reply reply_ = {bhttp::status::not_found, ""};
        co_return co_await WriteReply(stream, request, reply_);
      }
      {
        Reply reply_ = {bhttp::status::ok, authenticator->ProtectedResourceMetadata()};
        co_return co_await WriteReply(stream, request, reply_);
      }
    }

    const bool mcp = path == options.path;
    const bool legacy_get = options.legacy_sse && path == "/sse";
    const bool legacy_post = options.legacy_sse && path == "/messages";
    if (!mcp && !legacy_get && !legacy_post) {
      Reply reply_ = {bhttp::status::not_found, ""};
      co_return co_await WriteReply(stream, request, reply_);
    }

    // DNS-rebinding protection, then CORS preflight, then authentication.
    if (!HostAllowed(options, request[bhttp::field::host])) {
      spdlog::warn("http request refused: Host header not allowed");
      {
        Reply reply_ = ErrorReply(bhttp::status::forbidden, core::kInvalidRequest,
                                  "Forbidden: Host header not allowed");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    if (!OriginAllowed(options, request[bhttp::field::origin])) {
      spdlog::warn("http request refused: Origin not allowed");
      {
        Reply reply_ = ErrorReply(bhttp::status::forbidden, core::kInvalidRequest,
                                  "Forbidden: Origin not allowed");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    if (method == bhttp::verb::options) {
      Reply reply{bhttp::status::no_content, ""};
      reply.headers = {{"Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS"},
                       {"Access-Control-Allow-Headers",
                        "Content-Type, Accept, Authorization, X-API-Key, Mcp-Session-Id, "
                        "MCP-Protocol-Version, Last-Event-ID"},
                       {"Access-Control-Max-Age", "600"}};
      co_return co_await WriteReply(stream, request, reply);
    }
    if (authenticator && authenticator->enabled()) {
      auth::Decision decision =
          authenticator->Check(request[bhttp::field::authorization], request["X-API-Key"],
                               std::chrono::system_clock::now());
      if (!decision.allowed) {
        spdlog::info("http request refused: reason={}", decision.reason);
        if (decision.reason == "auth.unknown_key" && options.on_unknown_key)
          options.on_unknown_key();
        Reply reply =
            ErrorReply(static_cast<bhttp::status>(decision.status), core::kInvalidRequest,
                       decision.status == 403 ? "Forbidden: insufficient scope" : "Unauthorized");
        reply.headers.emplace_back("WWW-Authenticate", decision.www_authenticate);
        co_return co_await WriteReply(stream, request, reply);
      }
    }

    if (legacy_get && method == bhttp::verb::get) co_return co_await LegacyStream(stream, request);
    if (legacy_post && method == bhttp::verb::post) {
      {
        Reply reply_ = LegacyPost(request, url->params());
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    if (mcp && method == bhttp::verb::post) co_return co_await Post(stream, request);
    if (mcp && method == bhttp::verb::get) co_return co_await Get(stream, request);
    if (mcp && method == bhttp::verb::delete_) {
      {
        Reply reply_ = Delete(request);
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    Reply reply =
        ErrorReply(bhttp::status::method_not_allowed, core::kInvalidRequest, "Method Not Allowed");
    reply.headers.emplace_back("Allow", mcp ? "GET, POST, DELETE, OPTIONS" : "GET, POST");
    co_return co_await WriteReply(stream, request, reply);
  }

  // ---- Streamable HTTP ---------------------------------------------------------------------

  // Finds the session a non-initialize request names; fills `reply` when it cannot.
  std::shared_ptr<HttpSession> SessionFor(const Request& request, Reply& reply) {
    const auto id = request[kSessionHeader];
    if (id.empty()) {
      reply = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                         "Bad Request: Mcp-Session-Id header is required");
      return nullptr;
    }
    auto session = sessions.Find(std::string(id));
    if (!session) {
      reply = ErrorReply(bhttp::status::not_found, core::kRequestTimeout, "Session not found");
      return nullptr;
    }
    const auto version = request[kVersionHeader];
    if (!version.empty() && !core::IsSupportedProtocolVersion(version)) {
      reply = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                         "Bad Request: Unsupported protocol version " + std::string(version));
      return nullptr;
    }
    session->Touch();
    return session;
  }

  template <typename Stream>
  asio::awaitable<bool> Post(Stream& stream, Request& request) {
    const auto content_type = request[bhttp::field::content_type];
    if (!HeaderHas(content_type, "application/json")) {
      {
        Reply reply_ = ErrorReply(bhttp::status::unsupported_media_type, core::kInvalidRequest,
                                  "Unsupported Media Type: Content-Type must be application/json");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    const auto accept = request[bhttp::field::accept];
    if (!HeaderHas(accept, "application/json") || !HeaderHas(accept, "text/event-stream")) {
      {
        Reply reply_ = ErrorReply(bhttp::status::not_acceptable, core::kInvalidRequest,
                                  "Not Acceptable: Client must accept both application/json and "
                                  "text/event-stream");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    const std::string_view text = request.body();
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const bool batch = first != std::string_view::npos && text[first] == '[';
    json::value body;
    // Classify: requests get a stream; notifications and responses only need 202.
    std::vector<std::string> keys;
    bool initialize = false;
    std::optional<core::WireMessage> single;
    if (batch) {
      auto parsed = core::ParseJson(text);
      if (!parsed) {
        Reply reply_ =
            ErrorReply(bhttp::status::bad_request, core::kParseError, parsed.error().message);
        co_return co_await WriteReply(stream, request, reply_);
      }
      body = std::move(*parsed);
      if (body.get_array().empty()) {
        Reply reply_ = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest, "empty batch");
        co_return co_await WriteReply(stream, request, reply_);
      }
      for (const json::value& element : body.get_array()) {
        const json::object* object = element.if_object();
        if (!object || !object->contains("method") || !object->contains("id")) continue;
        if (object->at("method") == "initialize") {
          Reply reply_ = ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                                    "Bad Request: initialize must not be part of a batch");
          co_return co_await WriteReply(stream, request, reply_);
        }
        keys.push_back(json::serialize(object->at("id")));
      }
    } else {
      // Validated without a tree: a forwarded request goes upstream as these bytes.
      auto validated = core::WireMessage::Inspect(std::move(request.body()));
      if (!validated) {
        const core::MessageError& error = validated.error();
        Reply reply_ =
            error.code == core::kParseError
                ? ErrorReply(bhttp::status::bad_request, core::kParseError, error.message)
                : Reply{bhttp::status::bad_request,
                        core::Serialize(
                            core::MakeErrorResponse(error.id, error.code, error.message))};
        co_return co_await WriteReply(stream, request, reply_);
      }
      initialize = validated->IsRequest() && validated->method() == "initialize";
      if (validated->IsRequest()) keys.push_back(validated->id_text());
      single = std::move(*validated);
    }

    std::shared_ptr<HttpSession> session;
    Reply failure;
    if (initialize) {
      session = sessions.Create();
      if (!session) {
        {
          Reply reply_ = ErrorReply(bhttp::status::service_unavailable, core::kUpstreamUnavailable,
                                    "Service Unavailable: too many sessions");
          co_return co_await WriteReply(stream, request, reply_);
        }
      }
      spdlog::info("http session created sessions={}", sessions.size());
    } else {
      session = SessionFor(request, failure);
      if (!session) co_return co_await WriteReply(stream, request, failure);
    }

    if (keys.empty()) {  // notifications and responses
      if (batch) {
        session->session().OnBatch(std::move(body.get_array()));
      } else {
        session->session().OnMessage(std::move(*single));
      }
      {
        Reply reply_ = {bhttp::status::accepted, ""};
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    if (session->open_requests() + keys.size() > options.max_requests_per_session) {
      {
        // A single request's id is known: the client can match the refusal to its call.
        Reply reply_{bhttp::status::too_many_requests,
                     core::Serialize(core::MakeErrorResponse(
                         single ? single->id() : json::value(), core::kInvalidRequest,
                         "Too Many Requests: at most " +
                             std::to_string(options.max_requests_per_session) +
                             " requests may be in flight per session"))};
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    auto events =
        session->OpenRequestStream(keys, batch ? std::vector<std::string>{keys.front()} : keys);
    if (batch) {
      session->session().OnBatch(std::move(body.get_array()));
    } else {
      session->session().OnMessage(std::move(*single));
    }
    std::vector<std::pair<std::string, std::string>> headers;
    if (initialize) headers.emplace_back(std::string(kSessionHeader), session->id());
    co_return co_await Answer(stream, request, session, events, std::move(headers),
                              /*json_allowed=*/true, /*after=*/0);
  }

  // Writes a stream's events: as one application/json response when the first event is the
  // stream's only answer, otherwise as text/event-stream (with a priming event for 2025-11-25
  // clients and keep-alive comments while silent). Returns whether the connection may be reused.
  template <typename Stream>
  asio::awaitable<bool> Answer(Stream& stream, const Request& request,
                               std::shared_ptr<HttpSession> session,
                               std::shared_ptr<EventStream> events,
                               std::vector<std::pair<std::string, std::string>> headers,
                               bool json_allowed, std::uint64_t after) {
    asio::steady_timer wake(io);
    // A wake while the loop is writing (no wait pending, so cancel() does nothing) must not be
    // lost: `woken` makes the loop look again instead of sleeping.
    bool woken = false;
    const std::uint64_t ticket = events->Attach([&wake, &woken] {
      woken = true;
      wake.cancel();
    });
    struct Detacher {
      EventStream& events;
      std::uint64_t ticket;
      ~Detacher() { events.Detach(ticket); }
    } detacher{*events, ticket};
    const bool resuming = after > 0;

    bool streaming = false;
    std::optional<bhttp::response<bhttp::empty_body>> header;
    std::optional<bhttp::response_serializer<bhttp::empty_body>> serializer;
    std::vector<const EventStream::Event*> pending;

    auto start_stream = [&]() -> asio::awaitable<bool> {
      header.emplace(bhttp::status::ok, request.version());
      header->set(bhttp::field::server, "mcp-gateway");
      header->set(bhttp::field::content_type, "text/event-stream");
      header->set(bhttp::field::cache_control, "no-cache");
      for (const auto& [name, value] : headers) header->set(name, value);
      AddCors(request, *header);
      header->chunked(true);
      header->keep_alive(request.keep_alive());
      serializer.emplace(*header);
      beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
      auto [ec, n] = co_await bhttp::async_write_header(stream, *serializer, kNoThrow);
      if (ec) co_return false;
      streaming = true;
      if (events->id() != "g" && !resuming &&
          core::ProtocolAtLeast(session->session().protocol_version(), "2025-11-25")) {
        // Priming event: gives the client an event id to resume from before any data.
        std::string priming = FormatSseEvent(events->EventId(0), "", "");
        co_return co_await WriteChunk(stream, std::move(priming));
      }
      co_return true;
    };

    while (true) {
      woken = false;
      if (!events->current(ticket)) co_return false;  // a resuming connection took over
      if (!events->EventsAfter(after, pending)) pending.clear();  // forgotten: nothing to replay
      const bool complete = events->complete() || session->closed();
      if (!streaming && json_allowed && complete && pending.size() == 1) {
        Reply reply{bhttp::status::ok, pending.front()->data};
        reply.headers = std::move(headers);
        events->set_delivered(pending.front()->number);
        co_return co_await WriteReply(stream, request, reply);
      }
      if (!streaming && complete && pending.empty()) {
        // The request ended without an answer (cancelled) or the session closed.
        Reply reply{session->closed() ? bhttp::status::not_found : bhttp::status::accepted, ""};
        reply.headers = std::move(headers);
        co_return co_await WriteReply(stream, request, reply);
      }
      if (!streaming && (!pending.empty() || !json_allowed)) {
        if (!co_await start_stream()) co_return false;
      }
      for (const EventStream::Event* event : pending) {
        std::string chunk = FormatSseEvent(events->EventId(event->number), "", event->data);
        if (!co_await WriteChunk(stream, std::move(chunk)))
          co_return false;  // client gone; the events stay for resumption
        after = event->number;
        events->set_delivered(after);
      }
      if (streaming && (events->complete() || session->closed())) {
        beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
        auto last_chunk = bhttp::make_chunk_last();
        auto [ec, n] = co_await asio::async_write(stream, last_chunk, kNoThrow);
        beast::get_lowest_layer(stream).expires_never();
        co_return !ec && request.keep_alive();
      }
      if (stopping) co_return false;
      if (woken) continue;  // something happened while writing
      wake.expires_after(options.keep_alive_interval);
      auto [ec] = co_await wake.async_wait(kNoThrow);
      if (!ec) {  // silent for a whole interval
        if (!streaming && !co_await start_stream()) co_return false;
        std::string comment = ": keep-alive\n\n";
        if (!co_await WriteChunk(stream, std::move(comment))) co_return false;
      }
    }
  }

  template <typename Stream>
  asio::awaitable<bool> WriteChunk(Stream& stream, std::string text) {
    beast::get_lowest_layer(stream).expires_after(kWriteTimeout);
    auto chunk = bhttp::make_chunk(asio::buffer(text));
    auto [ec, n] = co_await asio::async_write(stream, chunk, kNoThrow);
    beast::get_lowest_layer(stream).expires_never();
    co_return !ec;
  }

  template <typename Stream>
  asio::awaitable<bool> Get(Stream& stream, Request& request) {
    if (!HeaderHas(request[bhttp::field::accept], "text/event-stream")) {
      {
        Reply reply_ = ErrorReply(bhttp::status::not_acceptable, core::kInvalidRequest,
                                  "Not Acceptable: Client must accept text/event-stream");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    Reply failure;
    auto session = SessionFor(request, failure);
    if (!session) co_return co_await WriteReply(stream, request, failure);
    const auto last_event_id = request["Last-Event-ID"];
    std::shared_ptr<EventStream> events;
    std::uint64_t after = 0;
    if (!last_event_id.empty()) {
      std::string stream_id;
      if (!ParseEventId(last_event_id, stream_id, after) ||
          !(events = session->FindStream(stream_id))) {
        {
          Reply reply_ =
              ErrorReply(bhttp::status::bad_request, core::kInvalidRequest,
                         "Bad Request: unknown Last-Event-ID; the stream cannot be resumed");
          co_return co_await WriteReply(stream, request, reply_);
        }
      }
    } else {
      events = session->Standalone();
      after = events->delivered();
    }
    if (events->attached() && last_event_id.empty()) {
      {
        Reply reply_ = ErrorReply(bhttp::status::conflict, core::kInvalidRequest,
                                  "Conflict: only one connection may read this stream at a time");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    std::vector<std::pair<std::string, std::string>> no_headers;
    co_return co_await Answer(stream, request, session, events, std::move(no_headers),
                              /*json_allowed=*/false, after);
  }

  Reply Delete(const Request& request) {
    Reply failure;
    auto session = SessionFor(request, failure);
    if (!session) return failure;
    sessions.Remove(session->id());
    spdlog::info("http session deleted by the client sessions={}", sessions.size());
    return {bhttp::status::ok, ""};
  }

  // ---- legacy HTTP+SSE (2024-11-05) ----------------------------------------------------------

  template <typename Stream>
  asio::awaitable<bool> LegacyStream(Stream& stream, Request& request) {
    auto session = sessions.Create();
    if (!session) {
      {
        Reply reply_ = ErrorReply(bhttp::status::service_unavailable, core::kUpstreamUnavailable,
                                  "Service Unavailable: too many sessions");
        co_return co_await WriteReply(stream, request, reply_);
      }
    }
    bhttp::response<bhttp::empty_body> header{bhttp::status::ok, request.version()};
    header.set(bhttp::field::content_type, "text/event-stream");
    header.set(bhttp::field::cache_control, "no-cache");
    AddCors(request, header);
    header.chunked(true);
    bhttp::response_serializer<bhttp::empty_body> serializer(header);
    auto [ec, n] = co_await bhttp::async_write_header(stream, serializer, kNoThrow);
    std::string endpoint = FormatSseEvent("", "endpoint", "/messages?sessionId=" + session->id());
    bool ok = !ec && co_await WriteChunk(stream, std::move(endpoint));
    auto events = session->Standalone();
    asio::steady_timer wake(io);
    bool woken = false;  // as in Answer(): a wake during a write is not lost
    const std::uint64_t ticket = events->Attach([&wake, &woken] {
      woken = true;
      wake.cancel();
    });
    std::uint64_t after = 0;
    std::vector<const EventStream::Event*> pending;
    while (ok && !session->closed() && !stopping) {
      woken = false;
      events->EventsAfter(after, pending);
      for (const EventStream::Event* event : pending) {
        std::string chunk = FormatSseEvent("", "message", event->data);
        ok = ok && co_await WriteChunk(stream, std::move(chunk));
        after = event->number;
      }
      if (!ok) break;
      if (woken) continue;  // events arrived while writing
      wake.expires_after(options.keep_alive_interval);
      auto [wait_ec] = co_await wake.async_wait(kNoThrow);
      if (!wait_ec) {
        std::string comment = ": keep-alive\n\n";
        ok = co_await WriteChunk(stream, std::move(comment));
      }
    }
    events->Detach(ticket);
    sessions.Remove(session->id());  // the legacy transport's session ends with its stream
    co_return false;
  }

  Reply LegacyPost(const Request& request, const boost::urls::params_view& params) {
    auto it = params.find("sessionId");
    auto session = it == params.end() ? nullptr : sessions.Find((*it).value);
    if (!session)
      return ErrorReply(bhttp::status::not_found, core::kInvalidRequest, "Session not found");
    const std::string_view text = request.body();
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '[') {
      auto parsed = core::ParseJson(text);
      if (!parsed)
        return ErrorReply(bhttp::status::bad_request, core::kParseError, parsed.error().message);
      session->Touch();
      session->session().OnBatch(std::move(parsed->get_array()));
    } else if (auto message = core::WireMessage::Inspect(std::string(text))) {
      session->Touch();
      session->session().OnMessage(std::move(*message));
    } else if (message.error().code == core::kParseError) {
      return ErrorReply(bhttp::status::bad_request, core::kParseError, message.error().message);
    } else {
      session->Touch();
      session->session().OnInvalidMessage(message.error());
    }
    return {bhttp::status::accepted, "Accepted", "text/plain"};
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
  std::unordered_map<std::uint64_t, std::function<void()>> connections;
};

HttpServer::HttpServer(asio::io_context& io, router::Router& router, HttpServerOptions options,
                       std::shared_ptr<const auth::Authenticator> authenticator)
    : impl_(std::make_shared<Impl>(io, router, std::move(options), std::move(authenticator))) {}

HttpServer::~HttpServer() { impl_->Shutdown(); }

Result<bool> HttpServer::Start() { return impl_->Start(); }

std::uint16_t HttpServer::port() const { return impl_->bound_port; }

void HttpServer::Shutdown() { impl_->Shutdown(); }

}  // namespace mcpgw::downstream::http
