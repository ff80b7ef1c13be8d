#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/json/serialize.hpp>

#include "core/ascii_lower.h"
#include "upstream/http_transport_impl.h"

namespace mcpgw::upstream {
namespace detail {

Outgoing Inspect(std::string text) {
  Outgoing out;
  if (auto parsed = core::ParseJson(text); parsed && parsed->is_object()) {
    const json::object& message = parsed->get_object();
    const json::value* method = message.if_contains("method");
    const json::value* id = message.if_contains("id");
    if (method && method->is_string() && id && !id->is_null()) {
      out.is_request = true;
      out.id = *id;
      out.is_initialize = method->get_string() == "initialize";
    }
  }
  out.text = std::move(text);
  return out;
}

std::string ContentType(const ResponseParser& parser) {
  return core::AsciiLower(parser.get()[bhttp::field::content_type]);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string DescribeError(const error_code& ec) {
  return ec == beast::error::timeout ? std::string("timed out") : ec.message();
}

std::string DescribeStatus(const ResponseParser& parser) {
  std::string text = "HTTP " + std::to_string(parser.get().result_int());
  const std::string_view reason = parser.get().reason();
  if (!reason.empty()) text += " " + std::string(reason);
  return text;
}

bool IsCleanEnd(const error_code& ec) {
  return ec == asio::error::eof || ec == bhttp::error::end_of_stream;
}

Result<bool> HttpTransport::Start(Events events) {
  auto endpoint = http::ParseEndpoint(options_.url);
  if (!endpoint) return endpoint.error();
  endpoint_ = *endpoint;
  if (endpoint_.tls) {
    auto context = http::MakeClientTlsContext(options_.ca_file);
    if (!context) return context.error();
    tls_ = *context;
  }
  events_ = std::move(events);
  started_ = true;
  switch (options_.transport) {
    case config::Transport::kSse:
      mode_ = Mode::kLegacy;
      Spawn(LegacyStream());
      break;
    case config::Transport::kHttpAuto:
      mode_ = Mode::kProbing;
      break;
    default:
      mode_ = Mode::kStreamable;
      break;
  }
  return true;
}

bool HttpTransport::Send(std::string text) {
  if (!started_ || failed_ || closing_) return false;
  Outgoing message = Inspect(std::move(text));
  if (mode_ == Mode::kStreamable) {
    Spawn(StreamablePost(std::move(message), /*probe=*/false));
    return true;
  }
  if (mode_ == Mode::kProbing && !probing_) {
    probing_ = true;
    Spawn(StreamablePost(std::move(message), /*probe=*/true));
    return true;
  }
  if (mode_ == Mode::kLegacy && legacy_post_) {
    Spawn(LegacyPost(std::move(message)));
    return true;
  }
  if (queued_.size() >= kMaxQueued) return false;
  queued_.push_back(std::move(message));  // until the mode or the endpoint is known
  return true;
}

void HttpTransport::OnInitialized(std::string_view protocol_version) {
  protocol_version_ = protocol_version;
  initialized_ = true;
  if (mode_ == Mode::kStreamable && !get_stream_started_ && !closing_) {
    get_stream_started_ = true;
    Spawn(GetStream());
  }
}

void HttpTransport::Shutdown(milliseconds grace) {
  if (!started_ || closing_) return;
  closing_ = true;
  Spawn(Close(grace));
}

// Runs `task` on the io_context (posted: never inside the caller), keeping this alive.
void HttpTransport::Spawn(asio::awaitable<void> task) {
  auto self = shared_from_this();
  asio::post(io_, [self, task = std::move(task)]() mutable {
    asio::co_spawn(self->io_, std::move(task), [self](std::exception_ptr error) {
      if (!error) return;
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        spdlog::error("upstream name={} http transport: unexpected error: {}", self->name_,
                      e.what());
      } catch (...) {
        spdlog::error("upstream name={} http transport: unexpected error", self->name_);
      }
      self->Failed("internal error in the HTTP transport");
    });
  });
}

void HttpTransport::Deliver(std::string_view text) {
  if (Live() && events_.on_message) events_.on_message(text);
}

// Answers request `id` at once with a JSON-RPC error (the HTTP exchange carrying it failed).
void HttpTransport::DeliverError(const json::value& id, const std::string& what) {
  Deliver(core::Serialize(core::MakeErrorResponse(id, core::kUpstreamUnavailable,
                                                  "upstream '" + name_ + "': " + what)));
}

void HttpTransport::Oversize(std::size_t size, std::string_view head, std::string_view tail) {
  if (Live() && events_.on_oversize) events_.on_oversize(size, head, tail);
}

void HttpTransport::Failed(std::string reason) {
  if (failed_ || closing_) return;
  failed_ = true;
  if (events_.on_failed) events_.on_failed(std::move(reason));
}

// A POST could not be exchanged (network, TLS, timeout).
void HttpTransport::OnPostFailure(const Outgoing& message, const std::string& reason) {
  if (closing_ || failed_) return;
  ++consecutive_failures_;
  spdlog::warn("upstream name={} url={} POST failed: {}", name_, display_url_, reason);
  if (!initialized_ || consecutive_failures_ >= kMaxConsecutiveFailures) {
    Failed(reason);
    return;
  }
  if (message.is_request) DeliverError(message.id, reason);
}

WireRequest HttpTransport::MakeRequest(bhttp::verb verb, const http::Endpoint& endpoint) const {
  WireRequest request{verb, endpoint.target, 11};
  request.set(bhttp::field::host, endpoint.HostHeader());
  request.set(bhttp::field::user_agent, "mcp-gateway/" MCPGW_VERSION);
  for (const auto& [name, value] : options_.headers) {
    // Config is trusted, but a CR or LF would split the header block: never send one.
    if (name.find_first_of("\r\n:") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos)
      continue;
    request.set(name, value);
  }
  if (mode_ != Mode::kLegacy) {
    if (!session_id_.empty()) request.set("Mcp-Session-Id", session_id_);
    if (!protocol_version_.empty()) request.set("MCP-Protocol-Version", protocol_version_);
  }
  return request;
}

std::shared_ptr<Connection> HttpTransport::TakeIdle(const http::Endpoint& endpoint) {
  const std::string origin = endpoint.Origin();
  for (auto it = idle_.rbegin(); it != idle_.rend(); ++it) {
    if ((*it)->endpoint().Origin() != origin) continue;
    auto conn = *it;
    idle_.erase(std::next(it).base());
    return conn;
  }
  return nullptr;
}

void HttpTransport::Drop(const std::shared_ptr<Connection>& conn) {
  live_.erase(conn);
  conn->Close();
}

// Keeps `conn` for a later request when the response ended cleanly and the server allows it.
void HttpTransport::Release(const std::shared_ptr<Connection>& conn, const ResponseParser& parser) {
  live_.erase(conn);
  if (!closing_ && parser.is_done() && parser.get().keep_alive() && !conn->closed() &&
      idle_.size() < kMaxIdleConnections) {
    idle_.push_back(conn);
  } else {
    conn->Close();
  }
}

// Sends `request` and reads the response header, on an idle connection when there is one
// (retried once on a fresh connection if the server had closed it meanwhile).
asio::awaitable<Result<HttpTransport::Reply>> HttpTransport::Exchange(
    const http::Endpoint& endpoint, WireRequest& request) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::shared_ptr<Connection> conn = attempt == 0 ? TakeIdle(endpoint) : nullptr;
    const bool reused = conn != nullptr;
    if (!conn) {
      auto opened = co_await Connection::Open(endpoint, tls_, options_.connect_timeout);
      if (!opened) co_return opened.error();
      conn = *opened;
    }
    if (closing_) {
      conn->Close();
      co_return MakeError("shutting down");
    }
    live_.insert(conn);
    auto parser = std::make_unique<ResponseParser>();
    parser->body_limit(boost::none);  // bounded by our own reading loops
    parser->header_limit(64 * 1024);
    error_code ec = co_await conn->Write(request, options_.request_timeout);
    if (!ec) ec = co_await conn->ReadHeader(*parser, options_.request_timeout);
    if (!ec) co_return Reply{conn, std::move(parser)};
    Drop(conn);
    if (reused && !closing_ && ec != beast::error::timeout) continue;  // a stale idle connection
    co_return MakeError(
        (ec == beast::error::timeout ? "no response in time from " : "exchange with ") +
        endpoint.Origin() + " failed: " + DescribeError(ec));
  }
  co_return MakeError("unreachable");
}

// Reads and ignores a (small) body, then keeps or closes the connection.
asio::awaitable<void> HttpTransport::DrainAndRelease(Reply& reply) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  std::size_t total = 0;
  while (!reply.parser->is_done() && total <= kMaxDrainedBody) {
    auto [ec, n] = co_await reply.conn->ReadBody(*reply.parser, buffer.get(), kReadChunk,
                                                 options_.request_timeout);
    total += n;
    if (ec) break;
  }
  Release(reply.conn, *reply.parser);
}

// Feeds an event-stream body to `sse` until it ends. Returns the error that ended it, none for
// a clean end, operation_aborted when shutting down.
asio::awaitable<error_code> HttpTransport::ReadEvents(
    Connection& conn, ResponseParser& parser, core::SseParser& sse,
    const std::function<void(const core::SseEvent&)>& on_event) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  auto on_oversize = [&](std::size_t dropped) {
    spdlog::warn("upstream name={} sent an event of {} bytes, over the limit of {}", name_, dropped,
                 options_.max_message_size);
    Oversize(dropped, sse.dropped_head(), sse.dropped_tail());
  };
  while (!parser.is_done()) {
    auto [ec, n] = co_await conn.ReadBody(parser, buffer.get(), kReadChunk, std::nullopt);
    if (closing_) co_return asio::error::operation_aborted;
    if (n > 0) sse.Feed(std::string_view(buffer.get(), n), on_event, on_oversize);
    if (closing_) co_return asio::error::operation_aborted;
    if (ec) co_return IsCleanEnd(ec) ? error_code() : ec;
  }
  co_return error_code();
}

// Reads a JSON body (one message or a batch) and delivers its messages.
asio::awaitable<void> HttpTransport::ReadJsonBody(Reply reply, Outgoing message) {
  std::unique_ptr<char[]> buffer(new char[kReadChunk]);
  std::string body;
  std::string head;
  std::string tail;
  std::size_t total = 0;
  bool over = false;
  constexpr std::size_t kSniff = core::SseParser::kSniffBytes;
  while (!reply.parser->is_done()) {
    auto [ec, n] = co_await reply.conn->ReadBody(*reply.parser, buffer.get(), kReadChunk,
                                                 options_.request_timeout);
    const std::string_view piece(buffer.get(), n);
    total += n;
    if (!over) {
      body.append(piece);
      if (total > options_.max_message_size) {  // keep only head and tail from now on
        over = true;
        head = body.substr(0, kSniff);
        tail = body.substr(body.size() - std::min(kSniff, body.size()));
        body.clear();
        body.shrink_to_fit();
      }
    } else {
      tail.append(piece);
      if (tail.size() > kSniff) tail.erase(0, tail.size() - kSniff);
    }
    if (closing_) co_return;
    if (ec && IsCleanEnd(ec)) break;
    if (ec) {
      Drop(reply.conn);
      if (message.is_request)
        DeliverError(message.id, "reading the response failed: " + DescribeError(ec));
      co_return;
    }
  }
  Release(reply.conn, *reply.parser);
  if (over) {
    spdlog::warn("upstream name={} answered with {} bytes, over the limit of {}", name_, total,
                 options_.max_message_size);
    Oversize(total, head, tail);
    co_return;
  }
  DeliverBody(body, message);
}

void HttpTransport::DeliverBody(std::string_view body, const Outgoing& message) {
  const std::size_t start = body.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    if (message.is_request) DeliverError(message.id, "empty response body");
    return;
  }
  if (body[start] != '[') {
    Deliver(body);
    return;
  }
  auto parsed = core::ParseJson(body);  // a batch: deliver each message
  if (!parsed || !parsed->is_array()) {
    Deliver(body);  // let the protocol layer report it
    return;
  }
  for (const json::value& item : parsed->get_array()) Deliver(json::serialize(item));
}

// Exchanges the POST carrying `message`. Returns nullopt when there is nothing more to do: the
// transport is closing, or the exchange failed (then already reported by OnPostFailure).
asio::awaitable<std::optional<HttpTransport::Reply>> HttpTransport::PostExchange(
    const http::Endpoint& endpoint, WireRequest& request, const Outgoing& message) {
  auto reply = co_await Exchange(endpoint, request);
  if (closing_) {
    if (reply) Drop(reply->conn);
    co_return std::nullopt;
  }
  if (!reply) {
    OnPostFailure(message, reply.error().message);
    co_return std::nullopt;
  }
  consecutive_failures_ = 0;
  co_return std::move(*reply);
}

asio::awaitable<void> HttpTransport::Close(milliseconds grace) {
  retry_timer_.cancel();
  for (const auto& conn : live_) conn->Close();
  live_.clear();
  for (const auto& conn : idle_) conn->Close();
  idle_.clear();
  queued_.clear();
  if (mode_ == Mode::kStreamable && !session_id_.empty()) {
    // End the session on the server; 405 (not allowed) and any failure are fine.
    WireRequest request = MakeRequest(bhttp::verb::delete_, endpoint_);
    auto opened = co_await Connection::Open(endpoint_, tls_, grace);
    if (opened) {
      std::shared_ptr<Connection> conn = *opened;
      ResponseParser parser;
      error_code ec = co_await conn->Write(request, grace);
      if (!ec) ec = co_await conn->ReadHeader(parser, grace);
      spdlog::debug("upstream name={} session DELETE: {}", name_,
                    ec ? DescribeError(ec) : DescribeStatus(parser));
      conn->Close();
    }
  }
  closed_ = true;
  Events events = std::move(events_);
  events_ = {};
  if (events.on_closed) events.on_closed("session closed");
}

}  // namespace detail

std::shared_ptr<UpstreamTransport> MakeHttpTransport(boost::asio::io_context& io,
                                                     std::string server_name,
                                                     HttpTransportOptions options) {
  return std::make_shared<detail::HttpTransport>(io, std::move(server_name), std::move(options));
}

}  // namespace mcpgw::upstream
