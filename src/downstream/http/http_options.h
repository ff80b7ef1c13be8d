// Settings of the Streamable HTTP server (downstream side).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mcpgw::downstream::http {

struct HttpServerOptions {
  std::string host = "127.0.0.1";  // bind address; loopback by default
  std::uint16_t port = 8811;       // 0: any free port (see HttpServer::port())
  std::string path = "/mcp";       // the Streamable HTTP endpoint
  bool legacy_sse = true;          // also serve GET /sse + POST /messages (2024-11-05 clients)

  // DNS-rebinding protection. Empty lists mean: on a loopback bind only loopback names
  // (localhost, 127.0.0.1, [::1]) are accepted as Host and as Origin; on another bind any Host,
  // and loopback Origins only.
  std::vector<std::string> allowed_hosts;    // "name" or "name:port"
  std::vector<std::string> allowed_origins;  // "scheme://host[:port]", or "*"

  std::string tls_cert_file;  // both set: serve HTTPS
  std::string tls_key_file;

  std::size_t max_body_size = 16 * 1024 * 1024;
  // Sessions in all. At the limit a new session evicts the least recently used idle one (no
  // request in flight, no stream attached); with none idle the new client gets 503.
  std::size_t max_sessions = 1000;
  // Sessions of one principal (token subject or API-key identity), or of one source address
  // without authentication. At the limit the client's own least recently used idle session is
  // evicted; with none idle it gets 429.
  std::size_t max_sessions_per_client = 100;
  std::size_t max_requests_per_session = 64;  // concurrent requests in flight
  std::size_t max_batch_size = 64;            // elements of one JSON-RPC batch
  int max_input_rounds = 10;  // input_required rounds per call (SessionOptions::max_input_rounds)
  std::chrono::seconds session_idle_timeout{1800};
  std::chrono::seconds keep_alive_interval{15};  // SSE comment on a silent stream
  std::size_t replay_events = 256;               // per stream, for Last-Event-ID resumption
  std::size_t replay_bytes = 4 * 1024 * 1024;    // per stream: event data kept for resumption

  // GET /metrics (Prometheus text format): served when `metrics` is set, by calling it on the
  // io thread. With metrics_auth (the default) the path takes the MCP endpoint's Host, Origin
  // and authentication checks; without, it is open like /healthz.
  std::function<std::string()> metrics;
  std::string metrics_path = "/metrics";
  bool metrics_auth = true;

  // Called when a token names a key the authenticator does not know (the issuer may have
  // rotated its keys); may be empty.
  std::function<void()> on_unknown_key;
};

}  // namespace mcpgw::downstream::http
