// mcp-gateway: parses the command line and runs the gateway. Wiring only.
#include "app/gateway_app.h"
#include "cli/options.h"

#include <cstdlib>

int main(int argc, char** argv) {
  const mcpgw::cli::ParseResult parsed =
      mcpgw::cli::ParseCommandLine(argc, argv, std::getenv("LOGLEVEL"));
  if (!parsed.run) return parsed.exit_code;
  return mcpgw::app::RunGateway(parsed.options);
}
