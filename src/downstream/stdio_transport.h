// StdioTransport: serves one MCP client over the gateway's own stdin/stdout with
// newline-delimited JSON-RPC. The only component that writes to stdout.
//
// Reading pauses while more than `max_queued_output` bytes wait to be written (a slow client
// slows its own requests down instead of growing memory without bound); stdin read by the helper
// thread (files) is held to `max_reader_backlog` unhandled bytes the same way. A throw while one
// line is handled is logged and answered with -32603; the next line is served. Messages over
// `max_message_size` are dropped with an error response (id null, since it cannot be read).
//
// Threading: io_context thread only. Lifetime: owned by the application; `on_closed` is called
// once, when stdin reaches EOF or stdout breaks.
#pragma once

#include "downstream/session.h"
#include "router/router.h"

#include <cstddef>
#include <functional>
#include <memory>

namespace boost::asio {
class io_context;
}

namespace mcpgw::downstream {

struct StdioTransportOptions {
  std::size_t max_message_size = 16 * 1024 * 1024;
  std::size_t max_queued_output = 64 * 1024 * 1024;
  // stdin that cannot be polled (a regular file, /dev/null) is read by a helper thread, which
  // waits while this many bytes it read are not yet handled.
  std::size_t max_reader_backlog = 1024 * 1024;
  SessionOptions session;  // per-session bounds (in-flight requests, batch size)
  int input_fd = 0;
  int output_fd = 1;
};

class StdioTransport {
 public:
  StdioTransport(boost::asio::io_context& io, router::Router& router,
                 StdioTransportOptions options, std::function<void()> on_closed);
  ~StdioTransport();

  // Starts reading. Returns an error message when stdin/stdout cannot be used.
  void Start();
  // Stops reading and closes the session (in-flight requests are cancelled upstream). Output
  // already queued is still written; `done` is called once it has been.
  void Shutdown(std::function<void()> done);

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace mcpgw::downstream
