// Where the gateway keeps its own state (audit store, tool pins, scan cache): the directory named
// by $MCP_GATEWAY_HOME, else ~/.mcp-gateway (the reference gateway's directory, which also holds
// config.json). Pure path logic; EnsureStateDir creates it (mode 0700) when asked.
#pragma once

#include <string>

#include "core/status.h"

namespace mcpgw::store {

// The state directory path, without creating it. Empty when neither $MCP_GATEWAY_HOME nor $HOME
// is set.
std::string StateDir();

// Creates `dir` (and its parents) when missing, with mode 0700 for the last component. Returns an
// error naming the path when it cannot.
Result<void> EnsureDir(const std::string& dir);

// Expands a leading "~/" with $HOME; other paths are returned unchanged.
std::string ExpandHome(const std::string& path);

}  // namespace mcpgw::store
