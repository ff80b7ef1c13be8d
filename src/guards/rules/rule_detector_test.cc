#include "guards/rules/rule_detector.h"

#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

CustomRuleConfig Rule(std::string id, std::string regex, int group = 0) {
  CustomRuleConfig rule;
  rule.id = std::move(id);
  rule.regex = std::move(regex);
  rule.entity = "X";
  rule.group = group;
  return rule;
}

TEST(RuleDetector, ReportsEveryMatchUnderItsRuleId) {
  auto detector = RuleDetector::Create({Rule("acme", "acme_[a-z]{4}")});
  ASSERT_TRUE(detector);
  std::vector<Detection> out;
  (*detector)->Scan("a acme_abcd b acme_wxyz", out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].type, "rules.acme");
  EXPECT_EQ(out[0].begin, 2u);
  EXPECT_EQ(out[0].end, 11u);
  EXPECT_EQ(out[1].begin, 14u);
}

TEST(RuleDetector, GroupSelectsTheValueInsideTheMatch) {
  auto detector = RuleDetector::Create({Rule("pw", "password=([^&\\s]+)", 1)});
  ASSERT_TRUE(detector);
  std::vector<Detection> out;
  (*detector)->Scan("u?password=hunter2&x=1", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 11u);
  EXPECT_EQ(out[0].end, 18u);
}

TEST(RuleDetector, OverlappingMatchesKeepTheLonger) {
  auto detector = RuleDetector::Create({Rule("a", "abc"), Rule("b", "abcdef")});
  ASSERT_TRUE(detector);
  std::vector<Detection> out;
  (*detector)->Scan("xxabcdefxx", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].type, "rules.b");
}

TEST(RuleDetector, InvalidRegexIsAnErrorNamingTheRule) {
  auto detector = RuleDetector::Create({Rule("broken", "(unclosed")});
  ASSERT_FALSE(detector);
  EXPECT_NE(detector.error().message.find("rule 'broken': invalid regex"), std::string::npos);
}

TEST(RuleDetector, GroupPastTheRegexsGroupsIsAnError) {
  auto detector = RuleDetector::Create({Rule("g", "a(b)", 2)});
  ASSERT_FALSE(detector);
}

TEST(RuleDetector, EmptyMatchesDoNotLoopForever) {
  auto detector = RuleDetector::Create({Rule("e", "x*")});
  ASSERT_TRUE(detector);
  std::vector<Detection> out;
  (*detector)->Scan("abxxc", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 2u);
}

}  // namespace
}  // namespace mcpgw::guards
