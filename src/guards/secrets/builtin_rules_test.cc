#include "guards/secrets/builtin_rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cctype>
#include <set>

namespace mcpgw::guards::secrets {
namespace {

TEST(BuiltinRules, AtLeast150UniqueIds) {
  const auto rules = BuiltinRules();
  EXPECT_GE(rules.size(), 150u);
  std::set<std::string> ids;
  for (const RuleSpec& rule : rules) EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
}

TEST(BuiltinRules, EveryRuleIsGatedCompilesAndNamesAnEntity) {
  for (const RuleSpec& rule : BuiltinRules()) {
    EXPECT_EQ(rule.keywords.empty() && rule.triggers.empty(), rule.finder != Finder::kNone)
        << rule.id << ": a built-in rule must be gated by keywords, triggers or a finder (one)";
    for (const std::string& k : rule.keywords) EXPECT_FALSE(k.empty()) << rule.id;
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_encoding(re2::RE2::Options::EncodingLatin1);
    re2::RE2 re(rule.regex, options);
    EXPECT_TRUE(re.ok()) << rule.id << ": " << re.error();
    EXPECT_LE(rule.secret_group, re.NumberOfCapturingGroups()) << rule.id;
    EXPECT_FALSE(rule.entity.empty()) << rule.id;
    for (char c : rule.entity) {
      EXPECT_TRUE(std::isupper(static_cast<unsigned char>(c)) ||
                  std::isdigit(static_cast<unsigned char>(c)) || c == '_')
          << rule.id << ": entity " << rule.entity;
    }
  }
}

TEST(BuiltinRules, IncludesTheReferenceGatewaysTwelveTokens) {
  std::set<std::string> entities;
  for (const RuleSpec& rule : BuiltinRules()) entities.insert(rule.entity);
  for (const char* entity :
       {"AZURE_KEY", "GITHUB_APP_TOKEN", "GITHUB_FINE_GRAINED_TOKEN", "GITHUB_OAUTH_TOKEN",
        "GITHUB_PERSONAL_ACCESS_TOKEN", "GCP_API_KEY", "AWS_ACCESS_KEY", "JWT_TOKEN",
        "GITLAB_SESSION_TOKEN", "HUGGINGFACE_TOKEN", "MICROSOFT_TEAMS_WEBHOOK",
        "SLACK_APP_TOKEN"}) {
    EXPECT_TRUE(entities.count(entity)) << entity;
  }
}

const RuleSpec* FindRule(const std::vector<RuleSpec>& rules, std::string_view id) {
  for (const RuleSpec& rule : rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

// starts_at_keyword lets the engine try a rule anchored at each keyword hit; a token rule gets
// it only when every alternative of its regex opens with a keyword written plainly.
TEST(BuiltinRules, StartsAtKeywordOnlyWhereEveryAlternativeOpensWithAKeyword) {
  const auto rules = BuiltinRules();
  struct Case {
    const char* id;
    bool expected;
  };
  for (const Case& c : {Case{"octopus_api_key", true},    // API-..., keyword "api-"
                        Case{"notion_token", true},       // secret_...|ntn_..., both keywords
                        Case{"authorization_token", true},
                        Case{"labelled_storage_key", true},
                        Case{"aws_mws_key", false},       // amzn\.mws\.: not written plainly
                        Case{"aws_access_key", false},    // (?:A3T[A-Z0-9]|AKIA|...): a group
                        Case{"generic_secret", false}}) { // the key name comes first
    const RuleSpec* rule = FindRule(rules, c.id);
    ASSERT_NE(rule, nullptr) << c.id;
    EXPECT_EQ(rule->starts_at_keyword, c.expected) << c.id;
  }
  for (const RuleSpec& rule : rules) {
    if (rule.starts_at_keyword) {
      EXPECT_FALSE(rule.keywords.empty()) << rule.id;
      EXPECT_FALSE(rule.anchored_at_key) << rule.id << ": two anchorings";
    }
  }
}

}  // namespace
}  // namespace mcpgw::guards::secrets
