#include "guards/policy/rate_limiter.h"

#include <gtest/gtest.h>

#include "guards/policy/policy_parser.h"

namespace mcpgw::guards::policy {
namespace {

using namespace std::chrono_literals;

struct FakeClock {
  RateLimiter::Clock::time_point now{};
  RateLimiter::Now Fn() {
    return [this] { return now; };
  }
};

std::shared_ptr<const PolicySet> Policy(std::string_view text) {
  auto set = ParsePolicyText(text, "p.json");
  EXPECT_TRUE(set) << (set ? "" : set.error().message);
  return *set;
}

CallFacts Call(std::string_view server, std::string_view tool, std::string_view principal = "") {
  CallFacts f;
  f.server = server;
  f.tool = tool;
  f.principal = principal;
  return f;
}

TEST(RateLimiter, BurstThenRefillAtTheRate) {
  FakeClock clock;
  RateLimiter limiter(clock.Fn());
  auto set = Policy(
      R"({"rate_limits": [{"id": "s", "scope": "session", "rate": 2, "per": "second", "burst": 3}]})");
  const CallFacts call = Call("srv", "tool");
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Take(*set, call, "sess").allowed) << i;
  RateLimiter::Outcome out = limiter.Take(*set, call, "sess");
  EXPECT_FALSE(out.allowed);
  ASSERT_NE(out.limit, nullptr);
  EXPECT_EQ(out.limit->id, "s");
  EXPECT_EQ(out.retry_after, 500ms);  // 2 per second: one token every 500 ms
  clock.now += 250ms;
  out = limiter.Take(*set, call, "sess");
  EXPECT_FALSE(out.allowed);
  EXPECT_EQ(out.retry_after, 250ms);
  clock.now += 250ms;
  EXPECT_TRUE(limiter.Take(*set, call, "sess").allowed);
  EXPECT_FALSE(limiter.Take(*set, call, "sess").allowed);
  clock.now += 1h;  // refills to the burst, not beyond
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Take(*set, call, "sess").allowed) << i;
  EXPECT_FALSE(limiter.Take(*set, call, "sess").allowed);
}

TEST(RateLimiter, EachScopeHasItsOwnBuckets) {
  FakeClock clock;
  struct Case {
    const char* scope;
    // Second call: same key as the first (so refused) or a different one (allowed)?
    const char* server2;
    const char* tool2;
    const char* principal2;
    const char* session2;
    bool second_allowed;
  };
  const Case cases[] = {
      {"global", "other", "other", "bob", "s2", false},
      {"server", "srv", "other", "bob", "s2", false},
      {"server", "other", "tool", "alice", "s1", true},
      {"tool", "srv", "tool", "bob", "s2", false},
      {"tool", "srv", "other", "alice", "s1", true},
      {"session", "other", "other", "bob", "s1", false},
      {"session", "srv", "tool", "alice", "s2", true},
      {"principal", "other", "other", "alice", "s2", false},
      {"principal", "srv", "tool", "bob", "s1", true},
  };
  for (const Case& c : cases) {
    RateLimiter limiter(clock.Fn());
    auto set = Policy(std::string(R"({"rate_limits": [{"scope": ")") + c.scope +
                      R"(", "rate": 1, "per": "hour"}]})");
    EXPECT_TRUE(limiter.Take(*set, Call("srv", "tool", "alice"), "s1").allowed);
    EXPECT_EQ(limiter.Take(*set, Call(c.server2, c.tool2, c.principal2), c.session2).allowed,
              c.second_allowed)
        << c.scope << " " << c.server2 << "/" << c.tool2 << " " << c.principal2 << " "
        << c.session2;
  }
}

TEST(RateLimiter, OnlyMatchingToolCallRequestsCount) {
  FakeClock clock;
  RateLimiter limiter(clock.Fn());
  auto set = Policy(
      R"({"rate_limits": [{"scope": "global", "server": "gh", "tool": "create_*", "rate": 1, "per": "day"}]})");
  EXPECT_TRUE(limiter.Take(*set, Call("gh", "create_issue"), "s").allowed);
  EXPECT_TRUE(limiter.Take(*set, Call("gh", "get_issue"), "s").allowed);
  EXPECT_TRUE(limiter.Take(*set, Call("other", "create_issue"), "s").allowed);
  CallFacts response = Call("gh", "create_issue");
  response.direction = Direction::kResponse;
  EXPECT_TRUE(limiter.Take(*set, response, "s").allowed);
  EXPECT_FALSE(limiter.Take(*set, Call("gh", "create_pr"), "s").allowed);
}

TEST(RateLimiter, AnEmptyBucketTakesNoTokenFromTheOthers) {
  FakeClock clock;
  RateLimiter limiter(clock.Fn());
  auto set = Policy(R"({"rate_limits": [
    {"id": "wide", "scope": "global", "rate": 3, "per": "hour"},
    {"id": "narrow", "scope": "tool", "tool": "hot", "rate": 1, "per": "hour"}]})");
  EXPECT_TRUE(limiter.Take(*set, Call("s", "hot"), "x").allowed);  // wide 2 left, narrow 0
  RateLimiter::Outcome out = limiter.Take(*set, Call("s", "hot"), "x");
  EXPECT_FALSE(out.allowed);
  EXPECT_EQ(out.limit->id, "narrow");
  EXPECT_EQ(out.retry_after, 1h);
  EXPECT_TRUE(limiter.Take(*set, Call("s", "cold"), "x").allowed);  // wide still had 2
  EXPECT_TRUE(limiter.Take(*set, Call("s", "cold"), "x").allowed);
  EXPECT_FALSE(limiter.Take(*set, Call("s", "cold"), "x").allowed);
}

TEST(RateLimiter, PrincipalTableIsBoundedLeastRecentlyUsedFirst) {
  FakeClock clock;
  RateLimiter limiter(clock.Fn());
  auto set = Policy(
      R"({"max_rate_keys": 3, "rate_limits": [{"scope": "principal", "rate": 1, "per": "hour"}]})");
  for (const char* who : {"a", "b", "c"})
    EXPECT_TRUE(limiter.Take(*set, Call("s", "t", who), "x").allowed);
  EXPECT_FALSE(limiter.Take(*set, Call("s", "t", "a"), "x").allowed);  // a is now most recent
  EXPECT_TRUE(limiter.Take(*set, Call("s", "t", "d"), "x").allowed);   // evicts b
  EXPECT_EQ(limiter.size(), 3u);
  EXPECT_FALSE(limiter.Take(*set, Call("s", "t", "a"), "x").allowed);  // a kept
  EXPECT_TRUE(limiter.Take(*set, Call("s", "t", "b"), "x").allowed);   // b came back full
  EXPECT_EQ(limiter.size(), 3u);
}

}  // namespace
}  // namespace mcpgw::guards::policy
