// The environment given to an upstream child process: a whitelist of the gateway's own
// environment plus the server's own "env". The gateway's secrets are never inherited.
//
// Threading: pure function.
#pragma once

#include "config/server_config.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::config {

// The variables passed through from the gateway's environment when set.
inline constexpr const char* kInheritedVariables[] = {"HOME", "LOGNAME", "PATH", "SHELL",
                                                      "TERM", "USER",    "LANG", "TMPDIR"};

// Returns "KEY=VALUE" strings: the inherited whitelist (read through `getenv`), overridden and
// extended by `server.env`. Sorted by key; keys are unique.
std::vector<std::string> BuildChildEnvironment(
    const ServerConfig& server,
    const std::function<std::optional<std::string>(std::string_view)>& getenv);

}  // namespace mcpgw::config
