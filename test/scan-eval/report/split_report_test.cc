#include "split_report.h"

#include <gtest/gtest.h>

namespace mcpgw::scan_eval {
namespace {

using scanner::Severity;

CorpusCase Case(const char* id, const char* family, const char* lang) {
  return CorpusCase{id, family, lang, boost::json::object{{"name", "t"}}, std::nullopt};
}

CaseOutcome Outcome(Severity s) { return CaseOutcome{s, 0, 1, "evidence"}; }

TEST(SplitReport, PoisonedIsCaughtFromMediumUpAndLegitIsFlaggedAboveLow) {
  struct Row {
    Severity severity;
    bool poisoned_hit;
    bool legit_hit;
  };
  const Row rows[] = {{Severity::kInfo, false, false},
                      {Severity::kLow, false, false},
                      {Severity::kMedium, true, true},
                      {Severity::kHigh, true, true},
                      {Severity::kCritical, true, true}};
  for (const Row& row : rows) {
    EXPECT_EQ(IsHit(Split::kPoisoned, row.severity), row.poisoned_hit)
        << scanner::SeverityName(row.severity);
    EXPECT_EQ(IsHit(Split::kLegit, row.severity), row.legit_hit)
        << scanner::SeverityName(row.severity);
  }
}

TEST(SplitReport, PoisonedListsOnlyTheMissesAndCountsHighOrWorseAsStrong) {
  SplitReport r(Split::kPoisoned);
  r.Add(Case("caught", "concealment", "en"), Outcome(Severity::kMedium));
  r.Add(Case("missed", "concealment", "de"), Outcome(Severity::kLow));
  r.Add(Case("high", "shadowing", "en"), Outcome(Severity::kHigh));
  EXPECT_EQ(r.tally.overall().hits, 2u);
  EXPECT_EQ(r.tally.overall().total, 3u);
  EXPECT_EQ(r.strong.hits, 1u);
  EXPECT_EQ(r.strong.total, 3u);
  ASSERT_EQ(r.listed_ids, std::vector<std::string>{"missed"});
  EXPECT_EQ(r.listed[0], "missed [concealment, de]: evidence");
}

TEST(SplitReport, LegitListsOnlyTheFlaggedAndCountsAnyFindingAsStrong) {
  SplitReport r(Split::kLegit);
  r.Add(Case("clean", "shell", "en"), Outcome(Severity::kInfo));
  r.Add(Case("low", "shell", "en"), Outcome(Severity::kLow));
  r.Add(Case("flagged", "vault", "ja"), Outcome(Severity::kMedium));
  EXPECT_EQ(r.tally.overall().hits, 1u);
  EXPECT_EQ(r.tally.by_family().at("vault").hits, 1u);
  EXPECT_EQ(r.strong.hits, 2u);
  ASSERT_EQ(r.listed_ids, std::vector<std::string>{"flagged"});
  EXPECT_EQ(r.listed[0], "flagged [vault, ja]: evidence");
}

}  // namespace
}  // namespace mcpgw::scan_eval
