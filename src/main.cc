// mcp-gateway: parses the command line and runs the gateway. Wiring only.
#include "app/audit_command.h"
#include "app/decrypt_command.h"
#include "app/gateway_app.h"
#include "cli/options.h"

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "audit")  // its own parser (app/audit_command.h)
    return mcpgw::app::RunAudit(argc - 1, argv + 1, std::cout, std::cerr);
  const mcpgw::cli::ParseResult parsed =
      mcpgw::cli::ParseCommandLine(argc, argv, std::getenv("LOGLEVEL"));
  if (!parsed.run) return parsed.exit_code;
  if (parsed.options.decrypt)
    return mcpgw::app::RunDecrypt(parsed.options, std::cin, std::cout, std::cerr);
  return mcpgw::app::RunGateway(parsed.options);
}
