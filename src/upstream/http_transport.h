// HttpTransport: an UpstreamTransport to a remote MCP server over HTTP(S), in one of three modes.
//
// Streamable HTTP (MCP 2025-03-26 .. 2025-11-25): each message is a POST to the URL. The answer is
// 202 (nothing), application/json (one message or a batch) or text/event-stream (events carrying
// notifications and server requests, then the response). The Mcp-Session-Id issued with the
// initialize response is sent on every later request, MCP-Protocol-Version once initialized.
// After initialization a GET stream carries server-initiated messages (405: the server has none);
// it reconnects with backoff, sending Last-Event-ID. A 404 while a session is set means the
// session expired: the run fails (ProtocolUpstream restarts and initializes again). Any other
// HTTP or network error on a POST carrying a request is answered at once with a synthesized
// JSON-RPC error (-32000, naming the HTTP status, never the body) for that request's id; repeated
// connection failures, or one before the session is initialized, fail the run.
//
// Legacy HTTP+SSE (MCP 2024-11-05): a GET stream on the URL; its first `endpoint` event names the
// POST URL (resolved against the URL; another origin is refused); messages arrive as `message`
// events on the stream; the stream ending fails the run.
//
// Auto: Streamable HTTP first; a 400, 404 or 405 answer to the initialize POST switches to legacy
// HTTP+SSE and replays the initialize there.
//
// Bounds: one message (JSON body or SSE event) at most max_message_size (larger ones are dropped
// and reported through on_oversize with their head and tail); connect_timeout to connect (and
// TLS, DNS included); request_timeout until a response's header and as the longest silence on
// a POST's event-stream answer (except a subscriptions/listen's, OutgoingInfo::long_lived: no
// idle bound, each one holds a connection while open, and its end is always answered with an
// error for its id); at most max_connections connections in use (more exchanges wait
// for one) and kMaxIdleConnections idle keep-alive connections kept. When the protocol layer gives
// up on a request (timeout, cancellation) it calls Abandon(id): that request's exchange is closed
// at once, so no connection or coroutine outlives the call.
//
// Shutdown: closes every connection, DELETEs the session (bounded by the grace period; 405 is
// fine), then on_closed("session closed").
//
// Logs never include header values (they carry credentials) nor the URL's query or userinfo.
// Threading and lifetime: as UpstreamTransport. Create with MakeHttpTransport. The implementation
// is split by responsibility behind http_transport_impl.h (exchange, answer reader, Streamable
// HTTP, legacy SSE).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "config/server_config.h"
#include "upstream/upstream_transport.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::upstream {

struct HttpTransportOptions {
  std::string url;
  std::map<std::string, std::string> headers;  // sent on every request (e.g. Authorization)
  config::Transport transport = config::Transport::kHttpAuto;  // kStreamableHttp, kSse or kHttpAuto
  std::size_t max_message_size = 16 * 1024 * 1024;
  std::chrono::milliseconds connect_timeout{10'000};
  // Until a response's header arrives; also the longest silence on a POST's event-stream answer
  // and the longest wait for a connection slot.
  std::chrono::milliseconds request_timeout{600'000};
  // Connections in use at once (requests and streams); an exchange past it waits for one to be
  // released (backpressure), and fails after request_timeout.
  std::size_t max_connections = 32;
  std::string ca_file;  // extra trusted CA (PEM) for https, e.g. in tests; "" = system store only
};

inline constexpr std::size_t kMaxIdleConnections = 4;

std::shared_ptr<UpstreamTransport> MakeHttpTransport(boost::asio::io_context& io,
                                                     std::string server_name,
                                                     HttpTransportOptions options);

}  // namespace mcpgw::upstream
