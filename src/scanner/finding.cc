#include "scanner/finding.h"

#include <algorithm>

namespace mcpgw::scanner {

namespace {
constexpr const char* kNames[] = {"info", "low", "medium", "high", "critical"};
}

const char* SeverityName(Severity severity) { return kNames[static_cast<int>(severity)]; }

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (int i = 0; i < 5; ++i) {
    if (name == kNames[i]) return static_cast<Severity>(i);
  }
  return std::nullopt;
}

Severity Lower(Severity severity, int levels) {
  return static_cast<Severity>(std::max(0, static_cast<int>(severity) - levels));
}

Severity Raise(Severity severity, int levels) {
  return static_cast<Severity>(std::min(4, static_cast<int>(severity) + levels));
}

}  // namespace mcpgw::scanner
