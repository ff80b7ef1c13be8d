// The HttpTransport class behind MakeHttpTransport (http_transport.h), shared by the files that
// implement it, one responsibility each:
//   http_transport.cc      lifecycle (Start, Send, Abandon, Shutdown), mode, events, shutdown
//   http_exchange.cc       connections: the pool, the slot bound, one request/response exchange
//   http_answer_reader.cc  reading an answer: an event stream or a JSON body (a batch split)
//   http_streamable.cc     Streamable HTTP: POSTs, session id and expiry, the GET stream
//   http_legacy_sse.cc     legacy HTTP+SSE: the GET stream, its endpoint event, POSTs to it
// The behaviour is the one http_transport.h documents; this header is internal to those files.
//
// Threading: every member runs on the io_context thread (the transport's coroutines are spawned
// there by Spawn and never run elsewhere). Lifetime: owned by shared_ptr; every coroutine holds
// one (Spawn), so the object outlives the exchanges it started.
#pragma once

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/sse_parser.h"
#include "http_client/http_connection.h"
#include "upstream/http_transport.h"

namespace mcpgw::upstream::internal {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace json = boost::json;
namespace bhttp = boost::beast::http;
using boost::system::error_code;
using http::Connection;
using http::ResponseParser;
using http::WireRequest;
using std::chrono::milliseconds;

inline constexpr std::size_t kReadChunk = 64 * 1024;
inline constexpr std::size_t kMaxQueued = 256;  // messages waiting for the mode or endpoint
inline constexpr std::size_t kMaxDrainedBody = 64 * 1024;  // bodies we ignore (202, legacy POST)
inline constexpr int kMaxConsecutiveFailures = 3;
inline constexpr milliseconds kStreamInitialBackoff{1'000};
inline constexpr milliseconds kStreamMaxBackoff{30'000};
inline constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);

// One outgoing message and what the transport must know of it.
struct Outgoing {
  std::string text;
  json::value id;  // the request's id; null for notifications and responses
  bool is_request = false;
  bool is_initialize = false;
  bool is_discover = false;                                  // OutgoingInfo::is_discover
  bool long_lived = false;                                   // OutgoingInfo::long_lived
  std::vector<std::pair<std::string, std::string>> headers;  // OutgoingInfo::headers
};

// The response's Content-Type, lower-cased.
std::string ContentType(const ResponseParser& parser);
bool StartsWith(std::string_view text, std::string_view prefix);
// "timed out" for Beast's timeout, else the error's message.
std::string DescribeError(const error_code& ec);
// "HTTP <status> <reason>".
std::string DescribeStatus(const ResponseParser& parser);
// The peer ended the body or the connection cleanly.
bool IsCleanEnd(const error_code& ec);

class HttpTransport final : public UpstreamTransport,
                            public std::enable_shared_from_this<HttpTransport> {
 public:
  HttpTransport(asio::io_context& io, std::string name, HttpTransportOptions options)
      : io_(io),
        name_(std::move(name)),
        options_(std::move(options)),
        display_url_(http::RedactUrl(options_.url)),
        retry_timer_(io) {}

  Result<bool> Start(Events events) override;

  bool Send(std::string text, OutgoingInfo info) override;

  void OnInitialized(std::string_view protocol_version) override;

  void Abandon(std::int64_t request_id) override;

  void Shutdown(milliseconds grace) override;

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
  void Spawn(asio::awaitable<void> task);

  // ---- events to the protocol layer (http_transport.cc) ---------------------------------

  bool Live() const { return !failed_ && !closed_; }

  void Deliver(std::string_view text);

  // Answers request `id` at once with a JSON-RPC error (the HTTP exchange carrying it failed).
  void DeliverError(const json::value& id, const std::string& what);

  void Oversize(std::size_t size, std::string_view head, std::string_view tail);

  void Failed(std::string reason);

  // A POST could not be exchanged (network, TLS, timeout).
  void OnPostFailure(const Outgoing& message, const std::string& reason);

  // ---- connections and one exchange (http_exchange.cc) ---------------------------------
  // A connection is in live_ while an exchange or stream uses it, in idle_ when kept for reuse
  // (at most kMaxIdleConnections), and closed otherwise; live_ never exceeds max_connections.

  WireRequest MakeRequest(bhttp::verb verb, const http::Endpoint& endpoint) const;

  std::shared_ptr<Connection> TakeIdle(const http::Endpoint& endpoint);

  void Drop(const std::shared_ptr<Connection>& conn);

  // Waits until a connection slot may be free (WakeSlotWaiter) or request_timeout passes.
  // Returns false on timeout or shutdown.
  asio::awaitable<bool> WaitForSlot();

  void WakeSlotWaiter();

  bool Abandoned(const Outgoing& message) const;

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
  std::optional<std::int64_t> ExchangeKey(const Outgoing& message) const;

  // Keeps `conn` for a later request when the response ended cleanly and the server allows it.
  void Release(const std::shared_ptr<Connection>& conn, const ResponseParser& parser);

  // Sends `request` and reads the response header, on an idle connection when there is one
  // (retried once on a fresh connection if the server had closed it meanwhile).
  // `message`, when given, is the message the exchange carries: a request's exchange is
  // registered so that Abandon() can end it.
  asio::awaitable<Result<Reply>> Exchange(const http::Endpoint& endpoint, WireRequest& request,
                                          const Outgoing* message = nullptr);

  // Reads and ignores a (small) body, then keeps or closes the connection.
  asio::awaitable<void> DrainAndRelease(Reply& reply);

  // ---- reading answers: event streams and JSON bodies (http_answer_reader.cc) -----------
  // Both bound one message at max_message_size (larger ones go to Oversize) and stop at once
  // when the transport is closing.

  // Feeds an event-stream body to `sse` until it ends. Returns the error that ended it, none for
  // a clean end, operation_aborted when shutting down.
  // `idle_timeout` bounds the silence between reads (none for the server's own streams).
  asio::awaitable<error_code> ReadEvents(Connection& conn, ResponseParser& parser,
                                         core::SseParser& sse,
                                         const std::function<void(const core::SseEvent&)>& on_event,
                                         std::optional<milliseconds> idle_timeout = std::nullopt);

  // Reads a JSON body (one message or a batch) and delivers its messages.
  asio::awaitable<void> ReadJsonBody(Reply reply, Outgoing message);

  void DeliverBody(std::string_view body, const Outgoing& message);

  // Exchanges the POST carrying `message`. Returns nullopt when there is nothing more to do: the
  // transport is closing, or the exchange failed (then already reported by OnPostFailure).
  asio::awaitable<std::optional<Reply>> PostExchange(const http::Endpoint& endpoint,
                                                     WireRequest& request, const Outgoing& message);

  // ---- Streamable HTTP: POSTs and the resumable GET stream (http_streamable.cc) ---------
  // The session id (from the initialize answer), 404 as session expiry, the probe that picks
  // the legacy transport, and Last-Event-ID / retry on the GET stream.

  asio::awaitable<void> StreamablePost(Outgoing message, bool probe);

  // The GET stream for server-initiated messages; reconnects with backoff and Last-Event-ID.
  asio::awaitable<void> GetStream();

  // ---- legacy HTTP+SSE: the endpoint event and its POSTs (http_legacy_sse.cc) -----------
  // Messages wait in queued_ (at most kMaxQueued) until the mode or the endpoint is known.

  void SwitchToLegacy(Outgoing initialize, const std::string& why);

  void FlushQueue();

  void OnEndpoint(std::string_view data);

  asio::awaitable<void> LegacyStream();

  asio::awaitable<void> LegacyPost(Outgoing message);

  // ---- shutdown (http_transport.cc) --------------------------------------------------------

  asio::awaitable<void> Close(milliseconds grace);

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
  std::deque<asio::steady_timer*> slot_waiters_;          // exchanges waiting for a connection
  // The connection carrying each request's exchange (by JSON-RPC id), and the requests the
  // protocol layer gave up on (Abandon) whose exchange has not ended yet.
  std::unordered_map<std::int64_t, std::weak_ptr<Connection>> exchanges_;
  std::unordered_set<std::int64_t> abandoned_;
};

}  // namespace mcpgw::upstream::internal
