#include "upstream/restart_backoff.h"

#include <gtest/gtest.h>

#include <vector>

namespace mcpgw::upstream {
namespace {

using std::chrono::milliseconds;

std::vector<long long> Delays(RestartBackoff& backoff, int n) {
  std::vector<long long> delays;
  for (int i = 0; i < n; ++i) delays.push_back(backoff.Next().count());
  return delays;
}

TEST(RestartBackoff, DelayDoublesWithEachConsecutiveFailure) {
  RestartBackoff backoff(milliseconds(250), milliseconds(30'000), milliseconds(60'000));
  EXPECT_EQ(Delays(backoff, 5), (std::vector<long long>{250, 500, 1000, 2000, 4000}));
  EXPECT_EQ(backoff.attempts(), 5);
}

TEST(RestartBackoff, DelayIsCappedAtMax) {
  RestartBackoff backoff(milliseconds(250), milliseconds(1500), milliseconds(60'000));
  EXPECT_EQ(Delays(backoff, 5), (std::vector<long long>{250, 500, 1000, 1500, 1500}));
}

TEST(RestartBackoff, ManyFailuresNeverOverflow) {
  RestartBackoff backoff(milliseconds(250), milliseconds(30'000), milliseconds(60'000));
  Delays(backoff, 100);
  EXPECT_EQ(backoff.Next(), milliseconds(30'000));
}

TEST(RestartBackoff, StableRunResetsTheDelay) {
  RestartBackoff backoff(milliseconds(100), milliseconds(10'000), milliseconds(60'000));
  Delays(backoff, 4);
  backoff.OnActiveRunEnded(milliseconds(60'000));
  EXPECT_EQ(backoff.attempts(), 0);
  EXPECT_EQ(backoff.Next(), milliseconds(100));
}

TEST(RestartBackoff, ShortRunKeepsDoubling) {
  RestartBackoff backoff(milliseconds(100), milliseconds(10'000), milliseconds(60'000));
  Delays(backoff, 3);
  backoff.OnActiveRunEnded(milliseconds(59'999));
  EXPECT_EQ(backoff.Next(), milliseconds(800));
}

}  // namespace
}  // namespace mcpgw::upstream
