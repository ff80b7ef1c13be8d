// MCP logging levels (the RFC 5424 severities of logging/setLevel and notifications/message),
// ordered from the most verbose to the most severe. Pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace mcpgw::router {

// The rank of `level`: debug 0, info 1, notice 2, warning 3, error 4, critical 5, alert 6,
// emergency 7; nullopt for anything else (names are case-sensitive, as in the spec).
std::optional<int> LogSeverity(std::string_view level);

// The level name of a rank returned by LogSeverity. REQUIRES: 0 <= severity <= 7.
std::string_view LogLevelName(int severity);

}  // namespace mcpgw::router
