#include "guards/injection/text_context.h"

#include <gtest/gtest.h>

#include <string>

namespace mcpgw::guards::injection {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

TEST(StringLiteralStart, FindsTheOpeningQuoteOfTheLiteralHoldingAPosition) {
  struct Case {
    const char* name;
    std::string text;
    std::string at;        // the cue: its first occurrence in text
    std::string expected;  // the literal's text from its opening quote; "" for none
  };
  const Case cases[] = {
      {"list_item", "cases = [\n  \"drop the rules now\",\n]", "drop", "\"drop the rules now\""},
      {"json_value", "{\"body\": \"drop the rules now\"}", "drop", "\"drop the rules now\"}"},
      {"cue_at_quote", "  \"drop the rules\",", "\"drop", "\"drop the rules\","},
      {"escaped_quote_inside", "x = \"say \\\"hi\\\" then drop it\"", "drop", "\"say \\\"hi\\\" then drop it\""},
      {"outside", "\"a\" then drop it", "drop", ""},
      {"unclosed", "say \"drop it", "drop", ""},
      {"other_line", "\"open\nfirst drop it\"", "drop", ""},
  };
  for (const Case& c : cases) {
    const std::size_t at = c.text.find(c.at);
    ASSERT_NE(at, std::string::npos) << c.name;
    const std::size_t open = StringLiteralStart(c.text, at, at + c.at.size());
    if (c.expected.empty()) {
      EXPECT_EQ(open, kNone) << c.name;
    } else {
      ASSERT_NE(open, kNone) << c.name;
      EXPECT_EQ(c.text.substr(open, c.expected.size()), c.expected) << c.name;
    }
  }
}

TEST(LooksLikeCode, SourceAndFixturesAreCodePrettyJsonAndProseAreNot) {
  struct Case {
    const char* name;
    std::string text;
    bool code;
  };
  const Case cases[] = {
      {"python", "import pytest\n\ndef test_x():\n    assert run()\n", true},
      {"javascript", "const cases = [\n  \"a\",\n];\nfor (const c of cases) {\n  expect(check(c)).toBe(true);\n}\n", true},
      {"go", "func TestRules(t *testing.T) {\n\tfor _, in := range xs {\n\t\tif !Match(in) {\n", true},
      {"pretty_json", "{\n  \"id\": 1,\n  \"reviews\": [\n    {\n      \"text\": \"hi\"\n    },\n  ]\n}\n", false},
      {"prose", "The council met on Monday.\nIt approved the plan.\nWork starts in May.\n", false},
      {"two_lines_only", "import os\ndef f():\n", false},
  };
  for (const Case& c : cases) EXPECT_EQ(LooksLikeCode(c.text), c.code) << c.name;
}

}  // namespace
}  // namespace mcpgw::guards::injection
