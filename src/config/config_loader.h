// Reads an MCP client configuration file (any client's format) into a GatewayConfig.
//
// Supported layouts (see docs/config.md):
//  - {"mcpServers": {name: entry}}                (Claude Desktop, Cursor, Windsurf, Cline)
//  - {"mcpServers": {"mcp-gateway": {..., "servers": {name: entry}}}}   (nested gateway entry)
//  - {"servers": {name: entry}}                   (VS Code mcp.json, or a bare upstream map)
//  - {"mcpServers": [{"name": ..., ...}]} and {"experimental": {"modelContextProtocolServers":
//     [{"transport": {...}}]}}                     (Continue)
//  - {"context_servers": {name: entry}}           (Zed; "command" may be {"path","args","env"})
// Comments and trailing commas are accepted (VS Code and Zed write JSONC).
//
// Threading: pure functions; the environment is read only through LoadOptions::getenv.
#pragma once

#include "config/server_config.h"
#include "core/status.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::config {

struct LoadOptions {
  // Looks up an environment variable for ${VAR} expansion; nullopt when unset.
  std::function<std::optional<std::string>(std::string_view)> getenv;
  // Expansion of a leading "~" in paths; empty disables ~ expansion.
  std::string home;
  // Absolute path of the running gateway binary, used to recognise (and skip) the gateway's own
  // entry in an mcpServers map. May be empty.
  std::string self_executable;
};

// LoadOptions reading the real process environment and $HOME.
LoadOptions DefaultLoadOptions();

// Parses configuration text. `source` names it in error messages.
// Errors (as "source:line:column: what" where a position is known): malformed JSON, a top level
// that is not an object, no recognised layout, a server entry that is not an object, duplicate
// server names. A single unusable entry is not an error: it is returned with ServerConfig::error
// set.
Result<GatewayConfig> ParseConfig(std::string_view text, std::string_view source,
                                  const LoadOptions& options);

// Reads and parses a file. Errors: as ParseConfig, plus "cannot read PATH: reason" for a missing or
// unreadable file. `path` gets ~ expansion.
Result<GatewayConfig> LoadConfigFile(const std::string& path, const LoadOptions& options);

// Expands ${VAR} and ${VAR:-default} (also VS Code's ${env:VAR}) in `text`.
// Errors: an unset variable without a default ("undefined variable VAR"), an unterminated "${".
Result<std::string> ExpandVariables(std::string_view text, const LoadOptions& options);

// Expands a leading "~" or "~/" to options.home. Other text is returned unchanged.
std::string ExpandHome(std::string_view path, const LoadOptions& options);

}  // namespace mcpgw::config
