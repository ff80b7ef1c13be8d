// MCP protocol revisions the gateway speaks, and version negotiation.
//
// Threading: constants and pure functions.
#pragma once

#include <array>
#include <string_view>

namespace mcpgw::core {

// Oldest first.
inline constexpr std::array<std::string_view, 4> kSupportedProtocolVersions = {
    "2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"};
inline constexpr std::string_view kLatestProtocolVersion = "2025-11-25";

bool IsSupportedProtocolVersion(std::string_view version);

// The version the gateway answers a client's initialize with: the requested one when supported,
// otherwise the latest (the client then decides whether to disconnect).
std::string_view NegotiateProtocolVersion(std::string_view requested);

// True when `version` is at least `minimum` (both YYYY-MM-DD revision strings).
inline bool ProtocolAtLeast(std::string_view version, std::string_view minimum) {
  return version >= minimum;
}

}  // namespace mcpgw::core
