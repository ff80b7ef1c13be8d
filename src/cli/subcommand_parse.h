// Parsing a subcommand's own command line (`mcp-gateway pins ...`, `mcp-gateway policy ...`)
// with CLI11, the same way for every subcommand: `--help` prints the usage on `out` and exits 0;
// a parse error prints "mcp-gateway NAME: <reason>" and the usage on `err` and exits with
// kExitUsage.
//
// Threading: none (writes only to the given streams).
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

namespace CLI {
class App;
}

namespace mcpgw::cli {

// Parses argv into `app`. Returns nullopt when the command should run, else the process exit
// code (help or usage already written). `name` is the subcommand's name, used in the error.
std::optional<int> ParseSubcommandLine(CLI::App& app, int argc, const char* const* argv,
                                       std::string_view name, std::ostream& out,
                                       std::ostream& err);

}  // namespace mcpgw::cli
