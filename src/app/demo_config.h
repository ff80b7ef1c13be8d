// The embedded demo configuration served when no --mcp-json-path is given: the bundled
// mcp-demo-server (installed next to the gateway binary) under the names "demo" and "notes".
#pragma once

#include "config/server_config.h"

#include <string>

namespace mcpgw::app {

// `self_path` is the gateway's own executable path; the demo server is looked up beside it.
config::GatewayConfig DemoConfig(const std::string& self_path);

}  // namespace mcpgw::app
