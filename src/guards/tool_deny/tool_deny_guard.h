// ToolDenyGuard: refuses tools/call requests whose "<server>/<tool>" matches one of the
// configured glob patterns (fnmatch syntax: "*", "?", "[...]"), e.g. "filesystem/write_*" or
// "*/delete_*". Applies equally to namespaced calls and to run_tool, since both reach the chain
// with the upstream's own server and tool names. Reason code: "policy.tool_denied".
//
// Threading: immutable after construction; Inspect is a pure function.
#pragma once

#include "guards/guard.h"

#include <string>
#include <vector>

namespace mcpgw::guards {

inline constexpr const char* kToolDeniedReason = "policy.tool_denied";

class ToolDenyGuard final : public Guard {
 public:
  explicit ToolDenyGuard(std::vector<std::string> patterns) : patterns_(std::move(patterns)) {}

  std::string_view name() const override { return "tool_deny"; }
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;

  // True when "<server>/<tool>" matches a pattern.
  bool Denies(std::string_view server, std::string_view tool) const;

 private:
  std::vector<std::string> patterns_;
};

}  // namespace mcpgw::guards
