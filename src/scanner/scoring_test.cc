#include "scanner/scoring.h"

#include <gtest/gtest.h>

#include <vector>

namespace mcpgw::scanner {
namespace {

Finding F(const char* rule, const char* category, Severity s) {
  Finding finding;
  finding.rule_id = rule;
  finding.category = category;
  finding.severity = s;
  return finding;
}

TEST(Scoring, NoFindingsIsInfoWithScoreZero) {
  const Score s = ScoreFindings({});
  EXPECT_EQ(s.score, 0);
  EXPECT_EQ(s.severity, Severity::kInfo);
}

TEST(Scoring, LowFindingsAloneNeverRiseAboveLow) {
  std::vector<Finding> f = {F("a", "x", Severity::kLow), F("b", "y", Severity::kLow),
                            F("c", "z", Severity::kLow), F("d", "w", Severity::kLow)};
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kLow);
  EXPECT_EQ(ScoreFindings(f).score, 20);
}

TEST(Scoring, TwoMediumsOfDifferentFamiliesMakeHigh) {
  std::vector<Finding> f = {F("a", "x", Severity::kMedium), F("b", "y", Severity::kMedium)};
  EXPECT_EQ(ScoreFindings(f).score, 40);
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kHigh);
}

TEST(Scoring, TwoMediumsOfOneFamilyStayMedium) {
  std::vector<Finding> f = {F("a", "x", Severity::kMedium), F("b", "x", Severity::kMedium)};
  EXPECT_EQ(ScoreFindings(f).score, 30);
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kMedium);
}

TEST(Scoring, TheLearnedCheckNeverAddsTheFamilyBonus) {
  std::vector<Finding> f = {F("learned.poisoning", "learned", Severity::kMedium),
                            F("b", "y", Severity::kMedium)};
  EXPECT_EQ(ScoreFindings(f).score, 30);
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kMedium);
}

TEST(Scoring, TwoHighsMakeCritical) {
  std::vector<Finding> f = {F("a", "x", Severity::kHigh), F("b", "x", Severity::kHigh)};
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kCritical);
}

TEST(Scoring, ARuleCountsOnceAtItsWorst) {
  std::vector<Finding> f = {F("a", "x", Severity::kMedium), F("a", "x", Severity::kMedium),
                            F("a", "x", Severity::kLow)};
  EXPECT_EQ(ScoreFindings(f).score, 15);
}

TEST(Scoring, ScoreIsCappedAt100) {
  std::vector<Finding> f = {F("a", "x", Severity::kCritical), F("b", "y", Severity::kCritical)};
  EXPECT_EQ(ScoreFindings(f).score, 100);
  EXPECT_EQ(ScoreFindings(f).severity, Severity::kCritical);
}

TEST(Severity, NamesRoundTrip) {
  for (int i = 0; i < 5; ++i) {
    const auto s = static_cast<Severity>(i);
    EXPECT_EQ(ParseSeverity(SeverityName(s)), s);
  }
  EXPECT_FALSE(ParseSeverity("severe"));
  EXPECT_EQ(Lower(Severity::kLow, 2), Severity::kInfo);
  EXPECT_EQ(Raise(Severity::kHigh, 3), Severity::kCritical);
}

}  // namespace
}  // namespace mcpgw::scanner
