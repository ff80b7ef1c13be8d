#include "app/demo_config.h"

namespace mcpgw::app {

config::GatewayConfig DemoConfig(const std::string& self_path) {
  const std::size_t slash = self_path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : self_path.substr(0, slash);
  config::GatewayConfig gateway;
  gateway.source = "<embedded demo>";
  gateway.layout = "mcpServers";
  for (const char* name : {"demo", "notes"}) {
    config::ServerConfig server;
    server.name = name;
    server.command = dir + "/mcp-demo-server";
    server.args = {"--name", name};
    gateway.servers.push_back(std::move(server));
  }
  return gateway;
}

}  // namespace mcpgw::app
