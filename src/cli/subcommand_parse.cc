#include "cli/subcommand_parse.h"

#include <CLI/CLI.hpp>

#include "cli/options.h"

namespace mcpgw::cli {

std::optional<int> ParseSubcommandLine(CLI::App& app, int argc, const char* const* argv,
                                       std::string_view name, std::ostream& out,
                                       std::ostream& err) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "mcp-gateway " << name << ": " << e.what() << "\n" << app.help();
    return kExitUsage;
  }
  return std::nullopt;
}

}  // namespace mcpgw::cli
