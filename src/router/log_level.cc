#include "router/log_level.h"

#include <array>

namespace mcpgw::router {

namespace {
constexpr std::array<std::string_view, 8> kLevels = {
    "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"};
}  // namespace

std::optional<int> LogSeverity(std::string_view level) {
  for (std::size_t i = 0; i < kLevels.size(); ++i)
    if (kLevels[i] == level) return static_cast<int>(i);
  return std::nullopt;
}

std::string_view LogLevelName(int severity) { return kLevels.at(static_cast<std::size_t>(severity)); }

}  // namespace mcpgw::router
