#include "guards/secrets/builtin_rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cctype>
#include <set>
#include <string_view>
#include <vector>

namespace mcpgw::guards::secrets {
namespace {

TEST(BuiltinRules, AtLeast150UniqueIds) {
  const auto rules = BuiltinRules();
  EXPECT_GE(rules.size(), 150u);
  std::set<std::string> ids;
  for (const RuleSpec& rule : rules) EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
}

// In Latin-1 mode (the engine's) a regex is bytes: a quantifier after a letter of another script
// applies to that letter's last byte only ("已?" makes \xb2 optional, not 已). A letter that may
// be absent must be grouped: "(?:已)?".
TEST(BuiltinRules, NoQuantifierFollowsALetterOfSeveralBytes) {
  {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingLatin1);
    EXPECT_FALSE(re2::RE2::PartialMatch("AB", re2::RE2("A\xe5\xb7\xb2?B", options)));
    EXPECT_TRUE(re2::RE2::PartialMatch("AB", re2::RE2("A(?:\xe5\xb7\xb2)?B", options)));
  }
  for (const RuleSpec& rule : BuiltinRules()) {
    const std::string_view re = rule.regex;
    for (std::size_t i = 1; i < re.size(); ++i) {
      const auto prev = static_cast<unsigned char>(re[i - 1]);
      const char c = re[i];
      EXPECT_FALSE(prev >= 0x80 && (c == '?' || c == '*' || c == '+' || c == '{'))
          << rule.id << ": quantifier after a byte of a multi-byte letter at " << i;
    }
  }
}

// RE2 in Latin-1 mode (the engine's) does not match an alternation whose branches open with
// different letters sharing a UTF-8 lead byte when that alternation opens the regex:
// "(?:密码|密碼)A" never matches "密码A", though "密(?:码|碼)A" and "(?i)(?:ş|Ş)ifre" do. Such a
// rule would be silently dead.
TEST(BuiltinRules, NoRegexOpensWithAnAlternationOfLettersSharingALeadByte) {
  // The pinned behaviour: if RE2 ever changes, this test says so and the rule below can go.
  {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingLatin1);
    EXPECT_FALSE(re2::RE2::PartialMatch(
        "\xe5\xaf\x86\xe7\xa0\x81"
        "A",
        re2::RE2("(?:\xe5\xaf\x86\xe7\xa0\x81|\xe5\xaf\x86\xe7\xa2\xbc)A", options)));
    EXPECT_TRUE(
        re2::RE2::PartialMatch("\xe5\xaf\x86\xe7\xa0\x81"
                               "A",
                               re2::RE2("\xe5\xaf\x86(?:\xe7\xa0\x81|\xe7\xa2\xbc)A", options)));
  }
  for (const RuleSpec& rule : BuiltinRules()) {
    const std::string_view re = rule.regex;
    if (!re.starts_with("(?:")) continue;
    // The top-level branches of the opening group.
    std::vector<std::string_view> branches;
    int depth = 0;
    std::size_t from = 3;
    for (std::size_t i = 3; i < re.size(); ++i) {
      if (re[i] == '\\') {
        ++i;
        continue;
      }
      if (re[i] == '(') ++depth;
      if (re[i] == ')' && depth-- == 0) {
        branches.push_back(re.substr(from, i - from));
        break;
      }
      if (re[i] == '|' && depth == 0) {
        branches.push_back(re.substr(from, i - from));
        from = i + 1;
      }
    }
    // Only an unanchored search is hit (RE2 takes the branches' common lead byte as a required
    // prefix); a rule run from its keyword's start is not.
    if (rule.starts_at_keyword || branches.size() < 2) continue;
    bool shared = true;
    for (std::string_view x : branches) {
      shared = shared && x.size() >= 2 && static_cast<unsigned char>(x[0]) >= 0xC0 &&
               x[0] == branches[0][0];
    }
    bool differ = false;
    for (std::string_view x : branches) differ = differ || x != branches[0];
    EXPECT_FALSE(shared && differ)
        << rule.id << ": opens with an alternation of letters sharing a lead byte";
  }
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
  for (const char* entity : {"AZURE_KEY", "GITHUB_APP_TOKEN", "GITHUB_FINE_GRAINED_TOKEN",
                             "GITHUB_OAUTH_TOKEN", "GITHUB_PERSONAL_ACCESS_TOKEN", "GCP_API_KEY",
                             "AWS_ACCESS_KEY", "JWT_TOKEN", "GITLAB_SESSION_TOKEN",
                             "HUGGINGFACE_TOKEN", "MICROSOFT_TEAMS_WEBHOOK", "SLACK_APP_TOKEN"}) {
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
  for (const Case& c : {Case{"octopus_api_key", true},  // API-..., keyword "api-"
                        Case{"notion_token", true},     // secret_...|ntn_..., both keywords
                        Case{"authorization_token", true}, Case{"labelled_storage_key", true},
                        Case{"aws_mws_key", false},        // amzn\.mws\.: not written plainly
                        Case{"aws_access_key", false},     // (?:A3T[A-Z0-9]|AKIA|...): a group
                        Case{"generic_secret", false}}) {  // the key name comes first
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
