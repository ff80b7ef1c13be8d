#include "guards/secrets/gitleaks_loader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "guards/secrets/fake_secrets.h"
#include "guards/secrets/secret_detector.h"

namespace mcpgw::guards::secrets {
namespace {

using testing::Fake;

// A gitleaks config written the way gitleaks' own default config is.
constexpr std::string_view kGood = R"toml(
title = "test rules"

[extend]
useDefault = true

[allowlist]
description = "global"
regexes = ['''^acme_0{16}$''']

[[rules]]
id = "acme-api-key"
description = "Acme API key"
regex = '''(?i)\b(acme_[a-z0-9]{16})(?:['|\"|\n|\r|\s|\x60|;]|$)'''
secretGroup = 1
entropy = 2.5
keywords = ["acme_"]
tags = ["key", "Acme"]

[[rules.allowlists]]
description = "sandbox keys"
stopwords = ["sandbox"]

[[rules]]
id = "widget-token"
regex = '''widget-tok-[A-Z]{10}'''
keywords = ["widget-tok-"]
[rules.allowlist]
regexTarget = "line"
regexes = ['''# not-a-secret''']

[[rules]]
id = "both-must-match"
regex = '''both_([a-z]{12})'''
keywords = ["both_"]
[[rules.allowlists]]
condition = "AND"
regexes = ['''^allow''']
stopwords = ["match"]

[[rules]]
id = "pkcs12-file"
description = "only a path"
path = '''(?i)\.p12$'''
)toml";

TEST(GitleaksLoader, ParsesRulesAllowlistsAndSkipsPathOnlyRules) {
  auto parsed = ParseGitleaksToml(kGood, "good.toml");
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->rules.size(), 3u);
  const RuleSpec& acme = parsed->rules[0];
  EXPECT_EQ(acme.id, "acme-api-key");
  EXPECT_EQ(acme.entity, "ACME_API_KEY");
  EXPECT_EQ(acme.secret_group, 1);
  EXPECT_DOUBLE_EQ(acme.entropy, 2.5);
  EXPECT_EQ(acme.keywords, std::vector<std::string>{"acme_"});
  EXPECT_EQ(acme.origin, "good.toml:11");
  ASSERT_EQ(acme.allowlists.size(), 2u);  // its own + the global one
  EXPECT_EQ(acme.allowlists[0].stopwords, std::vector<std::string>{"sandbox"});
  EXPECT_EQ(parsed->rules[1].allowlists[0].target, AllowlistSpec::Target::kLine);
  EXPECT_TRUE(parsed->rules[2].allowlists[0].require_all);
  ASSERT_EQ(parsed->skipped.size(), 1u);
  EXPECT_NE(parsed->skipped[0].find("pkcs12-file"), std::string::npos);
}

class GitleaksFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "/gitleaks_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml";
    std::ofstream(path_) << kGood;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
};

TEST_F(GitleaksFile, RulesDetectAndAllowlistsAndStopwordsHold) {
  SecretOptions options;
  options.builtin = false;
  options.gitleaks_files = {path_};
  std::vector<std::string> warnings;
  auto detector = CreateSecretDetector(options, &warnings);
  ASSERT_TRUE(detector) << detector.error().message;
  EXPECT_EQ(warnings.size(), 1u);
  auto scan = [&](const std::string& text) {
    std::vector<Detection> out;
    (*detector)->Scan(text, out);
    return out;
  };
  const std::string key = "acme_" + Fake("acme", 16, testing::kLowerAlnum);
  auto found = scan("ACME_KEY=" + key + "\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "secrets.acme-api-key");
  EXPECT_EQ(found[0].entity, "ACME_API_KEY");
  EXPECT_EQ(found[0].begin, 9u);
  EXPECT_EQ(found[0].end, 9u + key.size());
  EXPECT_TRUE(scan("k=acme_sandbox" + Fake("s", 9, testing::kLowerAlnum) + "\n").empty());  // stopword
  EXPECT_TRUE(scan("k=acme_0000000000000000\n").empty());  // global allowlist (and entropy)
  EXPECT_EQ(scan("t = widget-tok-QWXPLMZKRT").size(), 1u);
  EXPECT_TRUE(scan("t = widget-tok-QWXPLMZKRT # not-a-secret").empty());  // line target
  // AND: both the regex and the stopword must match for the allowlist to apply.
  EXPECT_TRUE(scan("both_allowmatchxy").empty());
  EXPECT_EQ(scan("both_allowxxyyzzq").size(), 1u);
  EXPECT_EQ(scan("both_matchxxyyzzq").size(), 1u);
}

TEST(GitleaksLoader, MissingFileIsAnErrorNamingIt) {
  SecretOptions options;
  options.gitleaks_files = {"/nonexistent/rules.toml"};
  auto detector = CreateSecretDetector(options);
  ASSERT_FALSE(detector);
  EXPECT_EQ(detector.error().message, "/nonexistent/rules.toml: cannot read gitleaks rule file");
}

struct Malformed {
  const char* name;
  const char* toml;
  const char* message;  // expected substring of the error
};

TEST(GitleaksLoader, MalformedFilesNameFileLineRuleAndProblem) {
  const Malformed cases[] = {
      {"syntax", "[[rules]]\nid = \"x\nregex = 'a'\n", "bad.toml:2:"},
      {"rules_not_array", "rules = 3\n", "bad.toml:1: \"rules\" must be an array of tables"},
      {"no_id", "[[rules]]\nregex = 'a'\n", "bad.toml:1: rule without a string \"id\""},
      {"id_not_string", "[[rules]]\nid = 3\nregex = 'a'\n", "rule without a string \"id\""},
      {"duplicate", "[[rules]]\nid = \"a\"\nregex = 'a'\n[[rules]]\nid = \"a\"\nregex = 'b'\n",
       "bad.toml:4: duplicate rule id \"a\""},
      {"regex_not_string", "[[rules]]\nid = \"a\"\nregex = 1\n",
       "bad.toml:1: rule \"a\": \"regex\" must be a string"},
      {"no_regex_no_path", "[[rules]]\nid = \"a\"\n", "rule \"a\": neither \"regex\" nor \"path\""},
      {"bad_regex", "[[rules]]\nid = \"a\"\nregex = '(unclosed'\n",
       "bad.toml:1: rule \"a\": invalid regex: missing )"},
      {"keywords_not_strings", "[[rules]]\nid = \"a\"\nregex = 'a'\nkeywords = [1]\n",
       "rule \"a\": \"keywords\" must be an array of strings"},
      {"group_negative", "[[rules]]\nid = \"a\"\nregex = '(a)'\nsecretGroup = -1\n",
       "\"secretGroup\" must be a non-negative integer"},
      {"group_too_big", "[[rules]]\nid = \"a\"\nregex = '(a)'\nsecretGroup = 3\n",
       "\"secretGroup\" is 3 but the regex has 1 capture groups"},
      {"entropy_string", "[[rules]]\nid = \"a\"\nregex = 'a'\nentropy = \"high\"\n",
       "\"entropy\" must be a non-negative number"},
      {"bad_condition",
       "[[rules]]\nid = \"a\"\nregex = 'a'\n[[rules.allowlists]]\ncondition = \"XOR\"\n",
       "bad.toml:4: rule \"a\" allowlists: condition must be \"OR\" or \"AND\""},
      {"bad_target",
       "[[rules]]\nid = \"a\"\nregex = 'a'\n[rules.allowlist]\nregexTarget = \"file\"\n",
       "regexTarget must be \"secret\", \"match\" or \"line\""},
      {"bad_allow_regex",
       "[[rules]]\nid = \"a\"\nregex = 'a'\n[[rules.allowlists]]\nregexes = ['[']\n",
       "rule \"a\" allowlists: invalid regex"},
      {"global_allowlist_not_table", "allowlist = 5\n", "global allowlist must be a table"},
  };
  for (const Malformed& c : cases) {
    auto parsed = ParseGitleaksToml(c.toml, "bad.toml");
    ASSERT_FALSE(parsed) << c.name;
    EXPECT_NE(parsed.error().message.find(c.message), std::string::npos)
        << c.name << ": " << parsed.error().message;
  }
}

TEST(GitleaksLoader, EmptyFileHasNoRules) {
  auto parsed = ParseGitleaksToml("", "empty.toml");
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->rules.empty());
}

TEST(GitleaksLoader, GlobalAllowlistTargetRulesLimitsIt) {
  auto parsed = ParseGitleaksToml(R"toml(
[[allowlists]]
targetRules = ["b"]
stopwords = ["x"]
[[rules]]
id = "a"
regex = 'a'
[[rules]]
id = "b"
regex = 'b'
)toml",
                                  "t.toml");
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_TRUE(parsed->rules[0].allowlists.empty());
  EXPECT_EQ(parsed->rules[1].allowlists.size(), 1u);
}

}  // namespace
}  // namespace mcpgw::guards::secrets
