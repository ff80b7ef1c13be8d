#include "guards/tool_deny/tool_deny_guard.h"

#include <fnmatch.h>

namespace mcpgw::guards {

bool ToolDenyGuard::Denies(std::string_view server, std::string_view tool) const {
  const std::string subject = std::string(server) + "/" + std::string(tool);
  for (const std::string& pattern : patterns_)
    if (::fnmatch(pattern.c_str(), subject.c_str(), 0) == 0) return true;
  return false;
}

Verdict ToolDenyGuard::Inspect(const GuardContext& context, boost::json::value&) {
  if (context.direction != Direction::kRequest || context.method != "tools/call")
    return Verdict::Continue();
  if (!Denies(context.server, context.item)) return Verdict::Continue();
  return Verdict::Reject(kToolDeniedReason, "tool '" + std::string(context.item) + "' of server '" +
                                                std::string(context.server) +
                                                "' is blocked by the gateway's policy");
}

}  // namespace mcpgw::guards
