// RateLimiter: the token buckets behind a policy's `rate_limits` (policy_set.h). One bucket per
// (limit id, scope key): the scope key is "" (global), the server, "server/tool", the session
// id, or the principal (sessions without authentication share the principal ""). A bucket
// starts full (`burst` tokens) and refills continuously at rate/per; a call takes one token
// from every limit that applies to it, or none when any of them is empty.
//
// Memory is bounded: at most `max_rate_keys` buckets (the policy's), the least recently used
// dropped first (a dropped bucket comes back full). Buckets are keyed by the limit's id, so they
// survive a reload that keeps the id; the rate and burst in force are always the current ones.
//
// Threading: io_context thread only (one instance per guard, shared by every session). The
// clock is injected for tests.
#pragma once

#include <chrono>
#include <functional>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "guards/policy/policy_eval.h"
#include "guards/policy/policy_set.h"

namespace mcpgw::guards::policy {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  using Now = std::function<Clock::time_point()>;

  // `now` defaults to steady_clock::now.
  explicit RateLimiter(Now now = {});

  struct Outcome {
    bool allowed = true;
    const RateLimit* limit = nullptr;  // the exhausted limit (the one with the longest wait)
    std::chrono::milliseconds retry_after{0};  // when one token will be back in it (>= 1 ms)
  };

  // For a tools/call request: takes a token from every applicable limit's bucket, or none when
  // one is empty (then `allowed` is false). Other messages are not counted.
  Outcome Take(const PolicySet& set, const CallFacts& facts, std::string_view session_id);

  std::size_t size() const { return buckets_.size(); }

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point last;
    std::list<std::string>::iterator lru;
  };
  Bucket& Touch(const std::string& key, const RateLimit& limit, Clock::time_point now);

  Now now_;
  std::unordered_map<std::string, Bucket> buckets_;
  std::list<std::string> lru_;  // most recently used first
};

// Whether the limit counts this call (tools/call requests whose server and tool match).
bool RateLimitApplies(const RateLimit& limit, const CallFacts& facts);

}  // namespace mcpgw::guards::policy
