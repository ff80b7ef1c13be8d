// HttpTransport, the class behind MakeHttpTransport (http_transport.h, which documents the
// behaviour): declared here so that its parts live in files by responsibility:
//   http_transport.cc             lifecycle, connections and exchanges, bodies, shutdown
//   http_transport_streamable.cc  Streamable HTTP: POSTs and the GET stream
//   http_transport_legacy.cc      legacy HTTP+SSE: the event stream, its endpoint, POSTs
// Internal to src/upstream: include only from those files.
//
// Threading and lifetime: as UpstreamTransport (io_context thread only; coroutines spawned with
// Spawn keep the transport alive).
#pragma once

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/json_rpc.h"
#include "core/sse_parser.h"
#include "http_client/http_connection.h"
#include "upstream/http_transport.h"

namespace mcpgw::upstream::detail {

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
inline constexpr std::size_t kMaxQueued = 256;             // messages waiting for mode/endpoint
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
};

// Reads what the transport needs (request? initialize? id) from a serialized message.
Outgoing Inspect(std::string text);
// The response's Content-Type, lower-cased.
std::string ContentType(const ResponseParser& parser);
bool StartsWith(std::string_view text, std::string_view prefix);
// "timed out" or the error's message.
std::string DescribeError(const error_code& ec);
// "HTTP 404 Not Found".
std::string DescribeStatus(const ResponseParser& parser);
// EOF or end of a chunked body: the peer finished.
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

  bool Send(std::string text) override;

  void OnInitialized(std::string_view protocol_version) override;

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

  // ---- events (http_transport.cc) ------------------------------------------------------------

  bool Live() const { return !failed_ && !closed_; }

  void Deliver(std::string_view text);

  // Answers request `id` at once with a JSON-RPC error (the HTTP exchange carrying it failed).
  void DeliverError(const json::value& id, const std::string& what);

  void Oversize(std::size_t size, std::string_view head, std::string_view tail);

  void Failed(std::string reason);

  // A POST could not be exchanged (network, TLS, timeout).
  void OnPostFailure(const Outgoing& message, const std::string& reason);

  // ---- connections and exchanges (http_transport.cc) -------------------------------------------

  WireRequest MakeRequest(bhttp::verb verb, const http::Endpoint& endpoint) const;

  std::shared_ptr<Connection> TakeIdle(const http::Endpoint& endpoint);

  void Drop(const std::shared_ptr<Connection>& conn);

  // Keeps `conn` for a later request when the response ended cleanly and the server allows it.
  void Release(const std::shared_ptr<Connection>& conn, const ResponseParser& parser);

  // Sends `request` and reads the response header, on an idle connection when there is one
  // (retried once on a fresh connection if the server had closed it meanwhile).
  asio::awaitable<Result<Reply>> Exchange(const http::Endpoint& endpoint, WireRequest& request);

  // Reads and ignores a (small) body, then keeps or closes the connection.
  asio::awaitable<void> DrainAndRelease(Reply& reply);

  // Feeds an event-stream body to `sse` until it ends. Returns the error that ended it, none for
  // a clean end, operation_aborted when shutting down.
  asio::awaitable<error_code> ReadEvents(
      Connection& conn, ResponseParser& parser, core::SseParser& sse,
      const std::function<void(const core::SseEvent&)>& on_event);

  // Reads a JSON body (one message or a batch) and delivers its messages.
  asio::awaitable<void> ReadJsonBody(Reply reply, Outgoing message);

  void DeliverBody(std::string_view body, const Outgoing& message);

  // Exchanges the POST carrying `message`. Returns nullopt when there is nothing more to do: the
  // transport is closing, or the exchange failed (then already reported by OnPostFailure).
  asio::awaitable<std::optional<Reply>> PostExchange(const http::Endpoint& endpoint,
                                                     WireRequest& request, const Outgoing& message);

  // ---- Streamable HTTP (http_transport_streamable.cc) ------------------------------------------

  // POSTs `message`; `probe`: the initialize of auto mode, whose answer picks the mode.
  asio::awaitable<void> StreamablePost(Outgoing message, bool probe);

  // The GET stream for server-initiated messages; reconnects with backoff and Last-Event-ID.
  asio::awaitable<void> GetStream();

  // ---- Legacy HTTP+SSE (http_transport_legacy.cc) ----------------------------------------------

  // Auto mode found no Streamable HTTP endpoint: replays `initialize` over legacy HTTP+SSE.
  void SwitchToLegacy(Outgoing initialize, const std::string& why);

  // Sends the messages queued while the mode or the legacy endpoint was unknown.
  void FlushQueue();

  void OnEndpoint(std::string_view data);

  // The legacy event stream: its first endpoint event names the POST URL.
  asio::awaitable<void> LegacyStream();

  // POSTs `message` to the legacy endpoint; the answer comes on the stream.
  asio::awaitable<void> LegacyPost(Outgoing message);

  // ---- shutdown (http_transport.cc) ------------------------------------------------------------

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
};

}  // namespace mcpgw::upstream::detail
