// The upstream settings the command line gives (timeouts, message size, client version, ping
// interval, the child environment's source), shared by the gateway and `mcp-gateway scan`.
#pragma once

#include "cli/options.h"
#include "config/config_loader.h"
#include "upstream/upstream_factory.h"

namespace mcpgw::app {

inline upstream::UpstreamOptions UpstreamOptionsFrom(const cli::Options& options) {
  upstream::UpstreamOptions upstream_options;
  upstream_options.request_timeout = options.request_timeout;
  upstream_options.max_request_timeout = options.max_request_timeout;
  upstream_options.initialize_timeout = options.initialize_timeout;
  upstream_options.max_message_size = options.max_message_size;
  upstream_options.client_version = MCPGW_VERSION;
  upstream_options.ping_interval = options.ping_interval;
  upstream_options.getenv = config::DefaultLoadOptions().getenv;
  return upstream_options;
}

}  // namespace mcpgw::app
