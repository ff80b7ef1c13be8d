// mcp-gateway: parses the command line and runs the gateway. Wiring only.
#include "app/audit_command.h"
#include "app/decrypt_command.h"
#include "app/gateway_app.h"
#include "app/scan_command.h"
#include "app/pins_command.h"
#include "app/policy_command.h"
#include "cli/options.h"

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "audit")  // its own parser (app/audit_command.h)
    return mcpgw::app::RunAudit(argc - 1, argv + 1, std::cout, std::cerr);
  if (argc > 1 && std::string_view(argv[1]) == "pins")
    return mcpgw::app::RunPinsCommand(argc - 1, argv + 1, std::cout, std::cerr);
  if (argc > 1 && std::string_view(argv[1]) == "policy")  // policy test (app/policy_command.h)
    return mcpgw::app::RunPolicyCommand(argc - 1, argv + 1, std::cout, std::cerr);
  const mcpgw::cli::ParseResult parsed =
      mcpgw::cli::ParseCommandLine(argc, argv, std::getenv("LOGLEVEL"));
  if (!parsed.run) return parsed.exit_code;
  if (parsed.options.decrypt)
    return mcpgw::app::RunDecrypt(parsed.options, std::cin, std::cout, std::cerr);
  if (parsed.options.scan_command.run)
    return mcpgw::app::RunScan(parsed.options, std::cout, std::cerr);
  return mcpgw::app::RunGateway(parsed.options);
}
