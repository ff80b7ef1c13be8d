#include "eval_tally.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace mcpgw::scan_eval {
namespace {

TEST(EvalTally, CountsOverallAndPerFamilyAndLanguage) {
  EvalTally t;
  t.Add("concealment", "en", true);
  t.Add("concealment", "de", false);
  t.Add("shadowing", "en", true);
  t.Add("shadowing", "en", true);
  EXPECT_EQ(t.overall().total, 4u);
  EXPECT_EQ(t.overall().hits, 3u);
  EXPECT_DOUBLE_EQ(t.overall().Rate(), 75.0);
  ASSERT_EQ(t.by_family().size(), 2u);
  EXPECT_EQ(t.by_family().at("concealment").hits, 1u);
  EXPECT_EQ(t.by_family().at("concealment").total, 2u);
  EXPECT_EQ(t.by_family().at("shadowing").hits, 2u);
  ASSERT_EQ(t.by_lang().size(), 2u);
  EXPECT_EQ(t.by_lang().at("en").hits, 3u);
  EXPECT_EQ(t.by_lang().at("en").total, 3u);
  EXPECT_EQ(t.by_lang().at("de").hits, 0u);
  EXPECT_DOUBLE_EQ(t.by_lang().at("de").Rate(), 0.0);
}

TEST(EvalTally, AnEmptyCountHasRateZeroNotADivisionByZero) {
  EXPECT_DOUBLE_EQ(Count{}.Rate(), 0.0);
  EXPECT_EQ(FormatCount(Count{}), "0/0 (0.0%)");
  EXPECT_TRUE(EvalTally().by_family().empty());
}

TEST(EvalTally, FormatCountShowsHitsTotalAndOneDecimal) {
  EXPECT_EQ(FormatCount(Count{3, 2}), "2/3 (66.7%)");
  EXPECT_EQ(FormatCount(Count{200, 200}), "200/200 (100.0%)");
}

TEST(EvalTally, FormatGroupsPrintsAHeaderAndOneSortedLinePerGroup) {
  EvalTally t;
  t.Add("zeta", "en", false);
  t.Add("alpha", "en", true);
  const std::string text = FormatGroups("family", "caught", t.by_family());
  const auto header = text.find("family");
  const auto alpha = text.find("alpha");
  const auto zeta = text.find("zeta");
  ASSERT_NE(header, std::string::npos);
  ASSERT_NE(alpha, std::string::npos);
  ASSERT_NE(zeta, std::string::npos);
  EXPECT_LT(header, alpha);
  EXPECT_LT(alpha, zeta);
  EXPECT_NE(text.find("1/1  100.0%"), std::string::npos) << text;
  EXPECT_NE(text.find("0/1    0.0%"), std::string::npos) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
}

}  // namespace
}  // namespace mcpgw::scan_eval
