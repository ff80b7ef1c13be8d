// PolicyGuard: the `policy` guard (docs/policy.md). Decides each message with the current
// PolicySet (EvaluatePolicy: per-server tool lists, first matching rule, default), then applies
// rate limits and, for `ask`, human approval through the client (elicitation/create).
//
// Place in the chain: a late entry (ChainEntry::late), so on both paths it runs after every
// other guard and sees the masked payload and their findings (GuardContext::prior_findings).
//
// Verdicts and reason codes:
//  - allow: Continue; alert: Continue + a finding (policy.alert or the rule's reason);
//  - deny: Reject (policy.denied, policy.flow_denied, policy.tool_denied, or the rule's reason);
//  - mask: Modified (policy.masked): each value at the rule's resolving pointers is replaced;
//  - over a rate limit: Reject policy.rate_limited with Verdict::data {"retryAfterMs": N};
//  - ask: approved -> Continue (finding policy.approval_granted, or policy.approval_remembered);
//    declined/cancelled/false/error -> Reject policy.approval_declined; no answer within the
//    timeout -> Reject policy.approval_timeout (the question is withdrawn); a client that cannot
//    elicit (or a session without one) -> Reject policy.approval_required. Every ask decision is
//    a finding whose value_hash stands for the call's approval digest (approval.h).
// Monitor mode: nothing is changed, asked or blocked; the verdict is reported for the chain to
// record. Labels: a tools/call result that passes gets the tool's labels appended to the
// session's history (label_history.h), which flow rules (`match.after`) read.
//
// Waiting: waits() is true only while the policy in force has an ask rule (or default); then
// InspectLater answers inline (calls `done` before returning) unless it must ask. Without ask
// rules the guard is inline and a message no rule matches allocates nothing.
// Cancellation: while a question is open the guard checks the run's `cancelled` flag every
// 100 ms and withdraws the question (ClientAsker::CancelElicit) once it is set.
//
// Reload (SIGHUP): re-reads the config file it was built from (and the policy file it names);
// an invalid file keeps the old policy and returns the reason. Sessions' histories, approvals
// and the rate buckets survive. The chain entry's own keys (mode, direction, budget) do not
// reload; an ask timeout longer than the entry's budget allows is cut to fit (logged).
//
// Threading: io_context thread only; shared by every session (per-session state lives in the
// SessionStore). Lifetime: pending questions hold only shared state, never the guard.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "core/status.h"
#include "guards/guard.h"
#include "guards/guard_chain.h"
#include "guards/guards_config.h"
#include "guards/policy/policy_eval.h"
#include "guards/policy/policy_set.h"
#include "guards/policy/rate_limiter.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::guards::policy {

inline constexpr std::chrono::milliseconds kAskBudgetMargin{5000};

class PolicyGuard final : public Guard {
 public:
  // Where the policy came from, for Reload(); an empty config_path means nothing to re-read.
  struct Source {
    std::string config_path;
    std::string key = "guards.policy";
    std::string home;
  };

  // `io` runs ask timeouts (required for ask rules to be answered; without it an ask is a deny
  // with policy.approval_required). `budget` is the chain entry's (caps the ask timeout).
  PolicyGuard(std::shared_ptr<const PolicySet> policy, Source source, boost::asio::io_context* io,
              std::chrono::milliseconds budget, RateLimiter::Now now = {});

  std::string_view name() const override { return "policy"; }
  bool waits() const override;
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;
  void InspectLater(std::shared_ptr<const GuardContext> context, boost::json::value& payload,
                    std::shared_ptr<const bool> cancelled,
                    std::function<void(Verdict)> done) override;
  std::string Reload() override;

  std::shared_ptr<const PolicySet> policy() const { return policy_; }
  // Replaces the policy in force (Reload's last step; tests).
  void SetPolicy(std::shared_ptr<const PolicySet> policy);

 private:
  // Decides without asking. Returns true with `verdict` set, or false when the user must be
  // asked (then `digest` and `why` are set).
  bool Decide(const PolicySet& set, const GuardContext& context, boost::json::value& payload,
              Verdict& verdict, std::string& digest, std::string& why);

  std::shared_ptr<const PolicySet> policy_;
  Source source_;
  boost::asio::io_context* io_;
  std::chrono::milliseconds budget_;
  RateLimiter limiter_;
};

// Builds the chain entry for the `policy` guard from its config section (`entry`, parsed by
// ParseGuardEntry; `source` is the config file, "" when none): a late entry whose budget is at
// least the ask timeout plus kAskBudgetMargin. Errors name the file and key.
Result<ChainEntry> BuildPolicyGuard(const GuardEntryConfig& entry, const std::string& source,
                                    const std::string& home, boost::asio::io_context* io);

}  // namespace mcpgw::guards::policy
