// GuardChain: the ordered list of guards every request and response passes through.
//
// Order: on the request path guards run in configured order; on the response path in reverse
// order (the guard closest to the upstream sees the response first, as in Envoy). The first
// kReject stops the chain. A guard that throws rejects with reason "guard.failed" (fail-closed).
// An empty chain costs one branch.
//
// Threading: Run() on the io_context thread. The chain is immutable after construction.
#pragma once

#include "guards/guard.h"

#include <memory>
#include <string>
#include <vector>

namespace mcpgw::guards {

struct ChainResult {
  VerdictKind kind = VerdictKind::kContinue;  // kModified if any guard modified, kReject if any
                                              // rejected (then the chain stopped there)
  std::vector<std::string> reasons;           // every non-continue verdict's reason, in order
  std::string message;                        // the rejecting guard's message
};

class GuardChain {
 public:
  GuardChain() = default;
  explicit GuardChain(std::vector<std::unique_ptr<Guard>> guards) : guards_(std::move(guards)) {}

  bool empty() const { return guards_.empty(); }
  std::size_t size() const { return guards_.size(); }

  ChainResult Run(const GuardContext& context, boost::json::value& payload) const;

 private:
  std::vector<std::unique_ptr<Guard>> guards_;
};

}  // namespace mcpgw::guards
