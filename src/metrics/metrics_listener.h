// MetricsListener: a small HTTP listener for `--metrics-listen ADDR` (stdio mode, where there is
// no HTTP server to carry /metrics). It serves only GET (and HEAD) /metrics with the Prometheus
// text format; any other path is 404, any other method 405. One request per connection, a
// 10-second deadline per connection, request bodies refused beyond 8 KiB. No authentication:
// bind it to loopback (the default for ":PORT") or a scrape network.
//
// Threading: runs on the io_context's thread (one coroutine per connection); `render` is called
// there. Lifetime: Shutdown() (or the destructor) stops accepting; connections in progress end
// at their deadline or when the io_context stops.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/status.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::metrics {

struct ListenAddress {
  std::string host;
  uint16_t port = 0;
};

// "HOST:PORT", "[IPv6]:PORT", ":PORT" or "PORT" (both: 127.0.0.1). Errors quote the input:
// "--metrics-listen: expected HOST:PORT, got 'x'".
Result<ListenAddress> ParseListenAddress(const std::string& text);

class MetricsListener {
 public:
  // Binds and starts accepting. Errors: the address is invalid or cannot be bound
  // ("cannot listen on HOST:PORT for metrics: reason").
  static Result<std::unique_ptr<MetricsListener>> Start(boost::asio::io_context& io,
                                                        const ListenAddress& address,
                                                        std::function<std::string()> render);
  ~MetricsListener();
  uint16_t port() const;
  void Shutdown();

  struct Impl;

 private:
  explicit MetricsListener(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<Impl> impl_;
};

}  // namespace mcpgw::metrics
