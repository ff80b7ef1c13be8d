// `mcp-gateway scan`: reviews every server of a config without serving it (each server is
// started through the same upstream factory the gateway uses, its lists fetched, analyzed, and
// stopped), or a saved tools/list file (`--tools-file`, for air-gapped review). Prints a table
// (stdout), or JSON (`--json`) or SARIF 2.1.0 (`--sarif`); progress goes to stderr.
//
// Exit status: 0 when nothing would be blocked, 1 when the policy blocks at least one server,
// 2 for a bad command line, 3 for an unreadable or malformed config, tools file or policy.
//
// Threading: runs on the calling thread (its own io_context).
#pragma once

#include <iosfwd>

#include "cli/options.h"

namespace mcpgw::app {

int RunScan(const cli::Options& options, std::ostream& out, std::ostream& err);

}  // namespace mcpgw::app
