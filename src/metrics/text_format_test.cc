#include "metrics/text_format.h"

#include <gtest/gtest.h>

#include <limits>

namespace mcpgw::metrics {
namespace {

TEST(TextFormat, LabelValuesEscapeBackslashQuoteAndNewline) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"plain", "plain"},
      {R"(a\b)", R"(a\\b)"},
      {R"(say "hi")", R"(say \"hi\")"},
      {"two\nlines", R"(two\nlines)"},
      {"tab\tstays", "tab\tstays"},
  };
  for (const Case& c : cases) EXPECT_EQ(EscapeLabelValue(c.in), c.out) << c.in;
}

TEST(TextFormat, HelpEscapesBackslashAndNewlineOnly) {
  EXPECT_EQ(EscapeHelp("a \"b\"\\\nc"), "a \"b\"\\\\\\nc");
}

TEST(TextFormat, ValuesAreShortestDecimalsAndSpecialsAreSpelledOut) {
  EXPECT_EQ(FormatValue(0), "0");
  EXPECT_EQ(FormatValue(1), "1");
  EXPECT_EQ(FormatValue(0.25), "0.25");
  EXPECT_EQ(FormatValue(0.005), "0.005");
  EXPECT_EQ(FormatValue(-3.5), "-3.5");
  EXPECT_EQ(FormatValue(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(FormatValue(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(FormatValue(std::numeric_limits<double>::quiet_NaN()), "NaN");
}

TEST(TextFormat, NamesFollowThePrometheusGrammar) {
  EXPECT_TRUE(IsValidMetricName("mcp_gateway_calls_total"));
  EXPECT_TRUE(IsValidMetricName("ns:sub_total"));
  EXPECT_FALSE(IsValidMetricName("9lives"));
  EXPECT_FALSE(IsValidMetricName("has-dash"));
  EXPECT_FALSE(IsValidMetricName(""));
  EXPECT_TRUE(IsValidLabelName("server"));
  EXPECT_FALSE(IsValidLabelName("a:b"));
  EXPECT_FALSE(IsValidLabelName("__reserved"));
}

}  // namespace
}  // namespace mcpgw::metrics
