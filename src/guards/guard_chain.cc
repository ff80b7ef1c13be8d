#include "guards/guard_chain.h"

#include <spdlog/spdlog.h>

#include <exception>

namespace mcpgw::guards {

ChainResult GuardChain::Run(const GuardContext& context, boost::json::value& payload) const {
  ChainResult result;
  const std::size_t n = guards_.size();
  for (std::size_t i = 0; i < n; ++i) {
    Guard& guard =
        *guards_[context.direction == Direction::kRequest ? i : n - 1 - i];
    Verdict verdict;
    try {
      verdict = guard.Inspect(context, payload);
    } catch (const std::exception& e) {
      spdlog::error("guard name={} failed: {}", guard.name(), e.what());
      verdict = Verdict::Reject("guard.failed", "a security check failed to run");
    } catch (...) {
      verdict = Verdict::Reject("guard.failed", "a security check failed to run");
    }
    if (verdict.kind == VerdictKind::kContinue) continue;
    result.reasons.push_back(verdict.reason);
    if (verdict.kind == VerdictKind::kReject) {
      result.kind = VerdictKind::kReject;
      result.message = std::move(verdict.message);
      return result;
    }
    result.kind = VerdictKind::kModified;
  }
  return result;
}

}  // namespace mcpgw::guards
