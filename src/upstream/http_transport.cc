#include "upstream/http_transport.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <deque>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/json_rpc.h"
#include "core/sse_parser.h"
#include "http_client/http_connection.h"

namespace mcpgw::upstream {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace json = boost::json;
namespace bhttp = boost::beast::http;
using boost::system::error_code;
using http::Connection;
using http::ResponseParser;
using http::WireRequest;
using std::chrono::milliseconds;

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::size_t kMaxQueued = 256;             // messages waiting for the mode or endpoint
constexpr std::size_t kMaxDrainedBody = 64 * 1024;  // bodies we ignore (202, legacy POST)
constexpr int kMaxConsecutiveFailures = 3;
constexpr milliseconds kStreamInitialBackoff{1'000};
constexpr milliseconds kStreamMaxBackoff{30'000};
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

// One outgoing message and what the transport must know of it.
struct Outgoing {
  std::string text;
  json::value id;  // the request's id; null for notifications and responses
  bool is_request = false;
  bool is_initialize = false;
  bool is_discover = false;                                  // OutgoingInfo::is_discover
  std::vector<std::pair<std::string, std::string>> headers;  // OutgoingInfo::headers
};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string ContentType(const ResponseParser& parser) {
  return Lower(parser.get()[bhttp::field::content_type]);
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

class HttpTransport final : public UpstreamTransport,
                            public std::enable_shared_from_this<HttpTransport> {
 public:
  HttpTransport(asio::io_context& io, std::string name, HttpTransportOptions options)
      : io_(io),
        name_(std::move(name)),
        options_(std::move(options)),
        display_url_(http::RedactUrl(options_.url)),
        retry_timer_(io) {}

  Result<bool> Start(Events events) override {
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

  bool Send(std::string text, OutgoingInfo info) override {
    if (!started_ || failed_ || closing_) return false;
    Outgoing message{std::move(text), std::move(info.id), info.is_request, info.is_initialize,
                     info.is_discover, std::move(info.headers)};
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

  void OnInitialized(std::string_view protocol_version) override {
    protocol_version_ = protocol_version;
    initialized_ = true;
    if (mode_ == Mode::kStreamable && !get_stream_started_ && !closing_) {
      get_stream_started_ = true;
      Spawn(GetStream());
    }
  }

  void Abandon(std::int64_t request_id) override {
    auto it = exchanges_.find(request_id);
    if (it == exchanges_.end()) return;
    auto conn = it->second.lock();
    exchanges_.erase(it);
    abandoned_.insert(request_id);
    if (conn) {
      spdlog::debug("upstream name={} request id={} abandoned: its exchange is closed", name_,
                    request_id);
      conn->Close();  // the exchange's coroutine wakes with an error and ends quietly
    }
  }

  void Shutdown(milliseconds grace) override {
    if (!started_ || closing_) return;
    closing_ = true;
    Spawn(Close(grace));
  }

  std::string Describe() const override { return display_url_; }

 private:
  enum class Mode {
    kStreamable,  // POST each message; optional GET stream
    kProbing,     // auto: the initialize POST decides between kStreamable and kLegacy
    kLegacy,      // HTTP+SSE: GET stream plus POSTs to the endpoint it names
  };

  struct Reply {
    std::shared_ptr<Connection> conn;
    std::unique_ptr<ResponseParser> parser;
  };

  // Runs `task` on the io_context (posted: never inside the caller), keeping this alive.
  void Spawn(asio::awaitable<void> task) {
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

  // ---- events ----------------------------------------------------------------------------

  bool Live() const { return !failed_ && !closed_; }

  void Deliver(std::string_view text) {
    if (Live() && events_.on_message) events_.on_message(text);
  }

  // Answers request `id` at once with a JSON-RPC error (the HTTP exchange carrying it failed).
  void DeliverError(const json::value& id, const std::string& what) {
    Deliver(core::Serialize(core::MakeErrorResponse(id, core::kUpstreamUnavailable,
                                                    "upstream '" + name_ + "': " + what)));
  }

  void Oversize(std::size_t size, std::string_view head, std::string_view tail) {
    if (Live() && events_.on_oversize) events_.on_oversize(size, head, tail);
  }

  void Failed(std::string reason) {
    if (failed_ || closing_) return;
    failed_ = true;
    if (events_.on_failed) events_.on_failed(std::move(reason));
  }

  // A POST could not be exchanged (network, TLS, timeout).
  void OnPostFailure(const Outgoing& message, const std::string& reason) {
    if (closing_ || failed_) return;
    ++consecutive_failures_;
    spdlog::warn("upstream name={} url={} POST failed: {}", name_, display_url_, reason);
    if (!initialized_ || consecutive_failures_ >= kMaxConsecutiveFailures) {
      Failed(reason);
      return;
    }
    if (message.is_request) DeliverError(message.id, reason);
  }

  // ---- connections -----------------------------------------------------------------------

  WireRequest MakeRequest(bhttp::verb verb, const http::Endpoint& endpoint) const {
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

  std::shared_ptr<Connection> TakeIdle(const http::Endpoint& endpoint) {
    const std::string origin = endpoint.Origin();
    for (auto it = idle_.rbegin(); it != idle_.rend(); ++it) {
      if ((*it)->endpoint().Origin() != origin) continue;
      auto conn = *it;
      idle_.erase(std::next(it).base());
      return conn;
    }
    return nullptr;
  }

  void Drop(const std::shared_ptr<Connection>& conn) {
    live_.erase(conn);
    conn->Close();
    WakeSlotWaiter();
  }

  // Waits until a connection slot may be free (WakeSlotWaiter) or request_timeout passes.
  // Returns false on timeout or shutdown.
  asio::awaitable<bool> WaitForSlot() {
    const auto deadline = std::chrono::steady_clock::now() + options_.request_timeout;
    while (live_.size() >= options_.max_connections && !closing_) {
      asio::steady_timer wait(io_);
      wait.expires_at(deadline);
      slot_waiters_.push_back(&wait);
      auto [ec] = co_await wait.async_wait(kUseTuple);
      std::erase(slot_waiters_, &wait);
      if (!ec) co_return false;  // the deadline passed
    }
    co_return !closing_;
  }

  void WakeSlotWaiter() {
    if (slot_waiters_.empty()) return;
    slot_waiters_.front()->cancel();
    slot_waiters_.pop_front();
  }

  bool Abandoned(const Outgoing& message) const {
    return message.is_request && message.id.is_int64() &&
           abandoned_.count(message.id.get_int64()) > 0;
  }

  // Forgets a request's exchange when its coroutine ends, whatever the path.
  struct ExchangeScope {
    HttpTransport& transport;
    std::optional<std::int64_t> id;
    ~ExchangeScope() {
      if (!id) return;
      transport.exchanges_.erase(*id);
      transport.abandoned_.erase(*id);
    }
  };
  std::optional<std::int64_t> ExchangeKey(const Outgoing& message) const {
    if (!message.is_request || !message.id.is_int64()) return std::nullopt;
    return message.id.get_int64();
  }

  // Keeps `conn` for a later request when the response ended cleanly and the server allows it.
  void Release(const std::shared_ptr<Connection>& conn, const ResponseParser& parser) {
    live_.erase(conn);
    WakeSlotWaiter();
    if (!closing_ && parser.is_done() && parser.get().keep_alive() && !conn->closed() &&
        idle_.size() < kMaxIdleConnections) {
      idle_.push_back(conn);
    } else {
      conn->Close();
    }
  }

  // Sends `request` and reads the response header, on an idle connection when there is one
  // (retried once on a fresh connection if the server had closed it meanwhile).
  // `message`, when given, is the message the exchange carries: a request's exchange is
  // registered so that Abandon() can end it.
  asio::awaitable<Result<Reply>> Exchange(const http::Endpoint& endpoint, WireRequest& request,
                                          const Outgoing* message = nullptr) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      std::shared_ptr<Connection> conn = attempt == 0 ? TakeIdle(endpoint) : nullptr;
      const bool reused = conn != nullptr;
      if (!conn && live_.size() >= options_.max_connections) {
        // Backpressure: wait for a connection to be released, at most request_timeout.
        if (!co_await WaitForSlot()) {
          co_return MakeError("more than " + std::to_string(options_.max_connections) +
                              " concurrent exchanges with " + endpoint.Origin());
        }
        conn = TakeIdle(endpoint);
      }
      if (message && Abandoned(*message)) co_return MakeError("abandoned");
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
      if (message && message->is_request && message->id.is_int64())
        exchanges_[message->id.get_int64()] = conn;
      auto parser = std::make_unique<ResponseParser>();
      parser->body_limit(boost::none);  // bounded by our own reading loops
      parser->header_limit(64 * 1024);
      error_code ec = co_await conn->Write(request, options_.request_timeout);
      if (!ec) ec = co_await conn->ReadHeader(*parser, options_.request_timeout);
      if (!ec) co_return Reply{conn, std::move(parser)};
      Drop(conn);
      if (message && Abandoned(*message)) co_return MakeError("abandoned");
      if (reused && !closing_ && ec != beast::error::timeout) continue;  // a stale idle connection
      co_return MakeError(
          (ec == beast::error::timeout ? "no response in time from " : "exchange with ") +
          endpoint.Origin() + " failed: " + DescribeError(ec));
    }
    co_return MakeError("unreachable");
  }

  // Reads and ignores a (small) body, then keeps or closes the connection.
  asio::awaitable<void> DrainAndRelease(Reply& reply) {
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
  // `idle_timeout` bounds the silence between reads (none for the server's own streams).
  asio::awaitable<error_code> ReadEvents(
      Connection& conn, ResponseParser& parser, core::SseParser& sse,
      const std::function<void(const core::SseEvent&)>& on_event,
      std::optional<milliseconds> idle_timeout = std::nullopt) {
    std::unique_ptr<char[]> buffer(new char[kReadChunk]);
    auto on_oversize = [&](std::size_t dropped) {
      spdlog::warn("upstream name={} sent an event of {} bytes, over the limit of {}", name_,
                   dropped, options_.max_message_size);
      Oversize(dropped, sse.dropped_head(), sse.dropped_tail());
    };
    while (!parser.is_done()) {
      auto [ec, n] = co_await conn.ReadBody(parser, buffer.get(), kReadChunk, idle_timeout);
      if (closing_) co_return asio::error::operation_aborted;
      if (n > 0) sse.Feed(std::string_view(buffer.get(), n), on_event, on_oversize);
      if (closing_) co_return asio::error::operation_aborted;
      if (ec) co_return IsCleanEnd(ec) ? error_code() : ec;
    }
    co_return error_code();
  }

  // Reads a JSON body (one message or a batch) and delivers its messages.
  asio::awaitable<void> ReadJsonBody(Reply reply, Outgoing message) {
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

  void DeliverBody(std::string_view body, const Outgoing& message) {
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
  asio::awaitable<std::optional<Reply>> PostExchange(const http::Endpoint& endpoint,
                                                     WireRequest& request,
                                                     const Outgoing& message) {
    auto reply = co_await Exchange(endpoint, request, &message);
    if (closing_ || Abandoned(message)) {
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

  // ---- Streamable HTTP -------------------------------------------------------------------

  asio::awaitable<void> StreamablePost(Outgoing message, bool probe) {
    ExchangeScope scope{*this, ExchangeKey(message)};
    WireRequest request = MakeRequest(bhttp::verb::post, endpoint_);
    request.set(bhttp::field::content_type, "application/json");
    request.set(bhttp::field::accept, "application/json, text/event-stream");
    for (const auto& [name, value] : message.headers) request.set(name, value);
    request.body() = message.text;
    request.prepare_payload();
    std::optional<Reply> reply = co_await PostExchange(endpoint_, request, message);
    if (!reply) co_return;
    const ResponseParser& parser = *reply->parser;
    const int status = static_cast<int>(parser.get().result_int());
    if (probe && message.is_discover) {
      // The era probe: a 4xx means a legacy server, not a legacy transport; the initialize that
      // follows probes the transport.
      probing_ = false;
      if (status >= 200 && status < 300) {
        mode_ = Mode::kStreamable;
        FlushQueue();
      }
    } else if (probe) {
      if (status == 400 || status == 404 || status == 405) {
        Drop(reply->conn);
        SwitchToLegacy(std::move(message), DescribeStatus(parser));
        co_return;
      }
      mode_ = Mode::kStreamable;
      FlushQueue();
    }
    if (status == 404 && !session_id_.empty() && !message.is_initialize) {
      Drop(reply->conn);
      session_id_.clear();  // gone on the server: nothing to DELETE
      Failed("session expired (HTTP 404)");
      co_return;
    }
    if (status < 200 || status >= 300) {
      const std::string what = "upstream answered " + DescribeStatus(parser);
      Drop(reply->conn);
      if (message.is_request) {
        DeliverError(message.id, what);
      } else {
        spdlog::warn("upstream name={} url={} {} to a notification or response", name_,
                     display_url_, what);
      }
      co_return;
    }
    if (message.is_initialize) {
      const std::string_view session = parser.get()["Mcp-Session-Id"];
      if (!session.empty()) session_id_ = session;
    }
    const std::string type = ContentType(parser);
    if (status == 202 || status == 204 ||
        (!StartsWith(type, "text/event-stream") && !StartsWith(type, "application/json"))) {
      co_await DrainAndRelease(*reply);
      if (message.is_request && status != 202 && status != 204)
        DeliverError(message.id, "upstream answered with an unexpected content type");
      co_return;
    }
    if (StartsWith(type, "application/json")) {
      co_await ReadJsonBody(std::move(*reply), std::move(message));
      co_return;
    }
    core::SseParser sse(options_.max_message_size);
    bool answered = false;
    // A silent answer stream is given up after request_timeout (the protocol layer's deadline
    // usually abandons it first).
    const error_code ec = co_await ReadEvents(
        *reply->conn, *reply->parser, sse,
        [&](const core::SseEvent& event) {
          if (event.type != "message" || event.data.empty()) return;
          answered = true;
          Deliver(event.data);
        },
        options_.request_timeout);
    if (closing_ || Abandoned(message)) {
      Drop(reply->conn);
      co_return;
    }
    if (ec) {
      Drop(reply->conn);
      // Answered already? Then the protocol layer ignores this error for a finished id.
      if (message.is_request)
        DeliverError(message.id, "the response stream broke: " + DescribeError(ec));
      co_return;
    }
    Release(reply->conn, *reply->parser);
    if (message.is_request && !answered)
      DeliverError(message.id, "the response stream ended without a response");
  }

  // The GET stream for server-initiated messages; reconnects with backoff and Last-Event-ID.
  asio::awaitable<void> GetStream() {
    milliseconds backoff = kStreamInitialBackoff;
    while (!closing_ && !failed_) {
      bool heard = false;
      auto opened = co_await Connection::Open(endpoint_, tls_, options_.connect_timeout);
      if (closing_) {
        if (opened) (*opened)->Close();
        co_return;
      }
      if (opened) {
        std::shared_ptr<Connection> conn = *opened;
        live_.insert(conn);
        WireRequest request = MakeRequest(bhttp::verb::get, endpoint_);
        request.set(bhttp::field::accept, "text/event-stream");
        if (!last_event_id_.empty()) request.set("Last-Event-ID", last_event_id_);
        ResponseParser parser;
        parser.body_limit(boost::none);
        error_code ec = co_await conn->Write(request, options_.request_timeout);
        if (!ec) ec = co_await conn->ReadHeader(parser, options_.request_timeout);
        if (closing_) {
          Drop(conn);
          co_return;
        }
        const int status = ec ? 0 : static_cast<int>(parser.get().result_int());
        if (status == 405) {
          Drop(conn);
          spdlog::debug("upstream name={} offers no GET stream (HTTP 405)", name_);
          co_return;
        }
        if (status == 404 && !session_id_.empty()) {
          Drop(conn);
          session_id_.clear();
          Failed("session expired (HTTP 404 on the GET stream)");
          co_return;
        }
        if (status == 200 && StartsWith(ContentType(parser), "text/event-stream")) {
          core::SseParser sse(options_.max_message_size);
          ec = co_await ReadEvents(*conn, parser, sse, [&](const core::SseEvent& event) {
            heard = true;
            last_event_id_ = sse.last_event_id();
            if (event.type == "message" && !event.data.empty()) Deliver(event.data);
          });
          if (sse.retry_ms())
            retry_hint_ = milliseconds(std::min<std::uint64_t>(*sse.retry_ms(), 600'000));
        } else if (status >= 400 && status < 500) {
          Drop(conn);
          spdlog::warn(
              "upstream name={} refused the GET stream ({}); no server-initiated "
              "messages",
              name_, DescribeStatus(parser));
          co_return;
        }
        Drop(conn);
      }
      if (closing_ || failed_) co_return;
      if (heard) backoff = kStreamInitialBackoff;
      const milliseconds wait = retry_hint_.count() > 0 ? std::max(retry_hint_, backoff) : backoff;
      spdlog::debug("upstream name={} GET stream reconnects in {} ms", name_, wait.count());
      retry_timer_.expires_after(wait);
      co_await retry_timer_.async_wait(kUseTuple);
      backoff = std::min(backoff * 2, kStreamMaxBackoff);
    }
  }

  // ---- Legacy HTTP+SSE ---------------------------------------------------------------------

  void SwitchToLegacy(Outgoing initialize, const std::string& why) {
    spdlog::info(
        "upstream name={} url={} answered {} to a Streamable HTTP initialize; trying the "
        "legacy HTTP+SSE transport",
        name_, display_url_, why);
    mode_ = Mode::kLegacy;
    queued_.push_front(std::move(initialize));
    Spawn(LegacyStream());
  }

  void FlushQueue() {
    auto queued = std::move(queued_);
    queued_.clear();
    for (Outgoing& message : queued) {
      if (mode_ == Mode::kLegacy)
        Spawn(LegacyPost(std::move(message)));
      else
        Spawn(StreamablePost(std::move(message), /*probe=*/false));
    }
  }

  void OnEndpoint(std::string_view data) {
    if (legacy_post_) return;  // only the first endpoint event counts
    auto base = boost::urls::parse_uri(options_.url);
    auto ref = boost::urls::parse_uri_reference(data);
    boost::urls::url resolved;
    if (!base || !ref || !boost::urls::resolve(*base, *ref, resolved)) {
      Failed("the SSE endpoint event holds an invalid URL");
      return;
    }
    auto endpoint = http::ParseEndpoint(resolved.buffer());
    if (!endpoint || endpoint->Origin() != endpoint_.Origin()) {
      Failed("the SSE endpoint event names another origin; refused");
      return;
    }
    legacy_post_ = *endpoint;
    FlushQueue();
  }

  asio::awaitable<void> LegacyStream() {
    auto opened = co_await Connection::Open(endpoint_, tls_, options_.connect_timeout);
    if (closing_) {
      if (opened) (*opened)->Close();
      co_return;
    }
    if (!opened) {
      Failed(opened.error().message);
      co_return;
    }
    std::shared_ptr<Connection> conn = *opened;
    live_.insert(conn);
    WireRequest request = MakeRequest(bhttp::verb::get, endpoint_);
    request.set(bhttp::field::accept, "text/event-stream");
    request.set(bhttp::field::cache_control, "no-cache");
    ResponseParser parser;
    parser.body_limit(boost::none);
    error_code ec = co_await conn->Write(request, options_.request_timeout);
    if (!ec) ec = co_await conn->ReadHeader(parser, options_.request_timeout);
    if (closing_) {
      Drop(conn);
      co_return;
    }
    if (ec) {
      Drop(conn);
      Failed("SSE stream failed: " + DescribeError(ec));
      co_return;
    }
    if (parser.get().result_int() != 200 || !StartsWith(ContentType(parser), "text/event-stream")) {
      Drop(conn);
      Failed("SSE stream refused: " + DescribeStatus(parser) +
             (parser.get().result_int() == 200 ? " with content type " + ContentType(parser)
                                               : std::string()));
      co_return;
    }
    core::SseParser sse(options_.max_message_size);
    ec = co_await ReadEvents(*conn, parser, sse, [&](const core::SseEvent& event) {
      if (event.type == "endpoint") {
        OnEndpoint(event.data);
      } else if (event.type == "message" && !event.data.empty()) {
        Deliver(event.data);
      }
    });
    Drop(conn);
    if (!closing_) Failed(ec ? "SSE stream failed: " + DescribeError(ec) : "SSE stream ended");
  }

  asio::awaitable<void> LegacyPost(Outgoing message) {
    ExchangeScope scope{*this, ExchangeKey(message)};
    WireRequest request = MakeRequest(bhttp::verb::post, *legacy_post_);
    request.set(bhttp::field::content_type, "application/json");
    request.body() = message.text;
    request.prepare_payload();
    std::optional<Reply> reply = co_await PostExchange(*legacy_post_, request, message);
    if (!reply) co_return;
    const int status = static_cast<int>(reply->parser->get().result_int());
    if (status >= 200 && status < 300) {
      co_await DrainAndRelease(*reply);  // the answer comes on the stream
      co_return;
    }
    const std::string what = "upstream answered " + DescribeStatus(*reply->parser);
    Drop(reply->conn);
    if (message.is_request) DeliverError(message.id, what);
  }

  // ---- shutdown ------------------------------------------------------------------------------

  asio::awaitable<void> Close(milliseconds grace) {
    retry_timer_.cancel();
    while (!slot_waiters_.empty()) WakeSlotWaiter();
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

  asio::io_context& io_;
  const std::string name_;
  const HttpTransportOptions options_;
  const std::string display_url_;
  http::Endpoint endpoint_;
  std::shared_ptr<asio::ssl::context> tls_;
  Events events_;

  Mode mode_ = Mode::kStreamable;
  bool started_ = false;
  bool probing_ = false;
  bool initialized_ = false;
  bool failed_ = false;
  bool closing_ = false;
  bool closed_ = false;
  int consecutive_failures_ = 0;

  std::string session_id_;
  std::string protocol_version_;
  std::deque<Outgoing> queued_;
  std::optional<http::Endpoint> legacy_post_;

  bool get_stream_started_ = false;
  std::string last_event_id_;
  milliseconds retry_hint_{0};
  asio::steady_timer retry_timer_;

  std::unordered_set<std::shared_ptr<Connection>> live_;  // in use by a request or stream
  std::vector<std::shared_ptr<Connection>> idle_;         // kept alive for reuse
  std::deque<asio::steady_timer*> slot_waiters_;         // exchanges waiting for a connection
  // The connection carrying each request's exchange (by JSON-RPC id), and the requests the
  // protocol layer gave up on (Abandon) whose exchange has not ended yet.
  std::unordered_map<std::int64_t, std::weak_ptr<Connection>> exchanges_;
  std::unordered_set<std::int64_t> abandoned_;
};

}  // namespace

std::shared_ptr<UpstreamTransport> MakeHttpTransport(asio::io_context& io, std::string server_name,
                                                     HttpTransportOptions options) {
  return std::make_shared<HttpTransport>(io, std::move(server_name), std::move(options));
}

}  // namespace mcpgw::upstream
