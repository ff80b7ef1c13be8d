// HttpServer: serves MCP over Streamable HTTP (protocol revisions 2025-03-26 to 2025-11-25) and
// the legacy HTTP+SSE transport (2024-11-05), plus /healthz, /readyz and the RFC 9728 protected
// resource metadata. Sessions are downstream::Session objects, one per Mcp-Session-Id; see
// docs/http.md for the endpoint-by-endpoint behaviour.
//
// Threading: everything runs on the io_context's thread (one coroutine per connection).
// Lifetime: must outlive its connections; Shutdown() ends them.
#pragma once

#include "core/status.h"
#include "downstream/http/http_options.h"
#include "router/router.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace boost::asio {
class io_context;
}

namespace mcpgw::auth {
class Authenticator;
}

namespace mcpgw::downstream::http {

class HttpServer {
 public:
  // `authenticator` may be null (no authentication).
  HttpServer(boost::asio::io_context& io, router::Router& router, HttpServerOptions options,
             std::shared_ptr<const auth::Authenticator> authenticator);
  ~HttpServer();

  // Binds and starts accepting. Errors: "cannot listen on HOST:PORT: reason", TLS certificate
  // or key that cannot be loaded.
  Result<bool> Start();
  // The bound port (useful with port 0).
  std::uint16_t port() const;
  // MCP sessions open now (Streamable HTTP and legacy SSE).
  std::size_t session_count() const;
  // Stops accepting, ends every session (cancelling its in-flight requests) and connection.
  void Shutdown();

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace mcpgw::downstream::http
