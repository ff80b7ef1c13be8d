#include "guards/policy/rate_limiter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mcpgw::guards::policy {

bool RateLimitApplies(const RateLimit& limit, const CallFacts& facts) {
  if (facts.direction != Direction::kRequest || facts.method != "tools/call") return false;
  auto any = [](const std::vector<std::string>& globs, std::string_view subject) {
    if (globs.empty()) return true;
    for (const std::string& g : globs)
      if (GlobMatch(g, subject)) return true;
    return false;
  };
  return any(limit.servers, facts.server) && any(limit.tools, facts.tool);
}

RateLimiter::RateLimiter(Now now) : now_(std::move(now)) {
  if (!now_) now_ = [] { return Clock::now(); };
}

RateLimiter::Bucket& RateLimiter::Touch(const std::string& key, const RateLimit& limit,
                                        Clock::time_point now) {
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    lru_.push_front(key);
    Bucket bucket;
    bucket.tokens = limit.burst;
    bucket.last = now;
    bucket.lru = lru_.begin();
    it = buckets_.emplace(key, bucket).first;
    return it->second;
  }
  Bucket& bucket = it->second;
  lru_.splice(lru_.begin(), lru_, bucket.lru);
  const double elapsed_ms =
      std::chrono::duration<double, std::milli>(std::max(now - bucket.last, Clock::duration(0)))
          .count();
  const double per_ms = limit.rate / static_cast<double>(limit.per.count());
  bucket.tokens = std::min(limit.burst, bucket.tokens + elapsed_ms * per_ms);
  bucket.last = now;
  return bucket;
}

RateLimiter::Outcome RateLimiter::Take(const PolicySet& set, const CallFacts& facts,
                                       std::string_view session_id) {
  Outcome outcome;
  if (set.rate_limits.empty()) return outcome;
  const Clock::time_point now = now_();
  std::vector<Bucket*> taken;
  for (const RateLimit& limit : set.rate_limits) {
    if (!RateLimitApplies(limit, facts)) continue;
    std::string key = limit.id;
    key += '\x1f';
    switch (limit.scope) {
      case RateScope::kGlobal:
        break;
      case RateScope::kServer:
        key += facts.server;
        break;
      case RateScope::kTool:
        key += std::string(facts.server) + "/" + std::string(facts.tool);
        break;
      case RateScope::kSession:
        key += session_id;
        break;
      case RateScope::kPrincipal:
        key += facts.principal;
        break;
    }
    Bucket& bucket = Touch(key, limit, now);
    if (bucket.tokens >= 1) {
      taken.push_back(&bucket);
      continue;
    }
    const double per_ms = limit.rate / static_cast<double>(limit.per.count());
    const auto wait = std::chrono::milliseconds(std::max<std::int64_t>(
        1, static_cast<std::int64_t>(std::ceil((1 - bucket.tokens) / per_ms - 1e-6))));
    if (outcome.allowed || wait > outcome.retry_after) {
      outcome.allowed = false;
      outcome.limit = &limit;
      outcome.retry_after = wait;
    }
  }
  if (outcome.allowed)
    for (Bucket* bucket : taken) bucket->tokens -= 1;
  const std::size_t max = std::max<std::size_t>(1, set.max_rate_keys);
  while (buckets_.size() > max) {
    buckets_.erase(lru_.back());
    lru_.pop_back();
  }
  return outcome;
}

}  // namespace mcpgw::guards::policy
