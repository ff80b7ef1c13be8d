// Creates the right Upstream for a server entry: a supervised stdio child, or a placeholder that
// only reports why the server is not running (disabled, blocked, invalid, unsupported transport).
//
// Threading: call on the io_context thread.
#pragma once

#include "config/server_config.h"
#include "upstream/upstream.h"

#include <boost/json/object.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace boost::asio {
class io_context;
}

namespace mcpgw::upstream {

struct UpstreamOptions {
  std::chrono::milliseconds request_timeout{60'000};       // default per request
  std::chrono::milliseconds max_request_timeout{600'000};  // hard cap, even with progress
  std::chrono::milliseconds initialize_timeout{60'000};    // spawn to initialized
  std::chrono::milliseconds restart_initial_delay{250};
  std::chrono::milliseconds restart_max_delay{30'000};
  std::chrono::milliseconds restart_reset_after{60'000};  // an active run this long resets it
  // Per shutdown step (EOF, then SIGTERM); a server's "shutdownGraceMs" overrides it.
  std::chrono::milliseconds stop_grace{2'000};
  // Bytes waiting to be written to a child's stdin; past it requests to that server are
  // answered at once with kUpstreamUnavailable instead of queueing more.
  std::size_t max_queued_input = 32 * 1024 * 1024;
  // Connections in use at once to one HTTP upstream; more exchanges wait for one.
  std::size_t max_http_connections = 32;
  // An active upstream silent this long is pinged; one that does not answer within the same
  // time (at most 30 s) is treated as dead and restarted. Zero disables pinging.
  std::chrono::milliseconds ping_interval{30'000};
  std::size_t max_message_size = 16 * 1024 * 1024;
  // The capabilities the gateway declares to an upstream in initialize, asked at every (re)start
  // of a run (the router answers with what its clients declared: router.h). Empty function: {}.
  std::function<json::object()> client_capabilities;
  // A server that cannot be started at all (command not found, not executable, bad cwd) is
  // retried with the same backoff this many times, then left in State::kFailed.
  int max_start_attempts = 5;
  std::string client_name = "mcp-gateway";
  std::string client_version;
  // Environment lookup for building children's environments.
  std::function<std::optional<std::string>(std::string_view)> getenv;
};

// Returns an upstream for `server`. Never fails: problems become the upstream's state and error.
// REQUIRES: `observer` outlives the upstream.
std::shared_ptr<Upstream> MakeUpstream(boost::asio::io_context& io,
                                       std::shared_ptr<const config::ServerConfig> server,
                                       const UpstreamOptions& options, UpstreamObserver* observer);

}  // namespace mcpgw::upstream
