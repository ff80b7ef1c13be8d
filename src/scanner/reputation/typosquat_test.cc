#include "scanner/reputation/typosquat.h"

#include <gtest/gtest.h>

namespace mcpgw::scanner::reputation {
namespace {

struct SquatCase {
  const char* label;
  Ecosystem ecosystem;
  const char* name;
  const char* similar_to;  // "" when not suspicious
  const char* kind;
};

class TyposquatTest : public ::testing::TestWithParam<SquatCase> {};

TEST_P(TyposquatTest, FlagsNearMissesOfWellKnownNamesOnly) {
  const SquatCase& c = GetParam();
  auto finding = CheckTyposquat(PackageRef{c.ecosystem, c.name, "npx"});
  if (std::string_view(c.similar_to).empty()) {
    EXPECT_FALSE(finding) << c.label << " resembles " << finding->similar_to;
    return;
  }
  ASSERT_TRUE(finding) << c.label;
  EXPECT_EQ(finding->similar_to, c.similar_to);
  EXPECT_EQ(finding->kind, c.kind);
}

INSTANTIATE_TEST_SUITE_P(
    Names, TyposquatTest,
    ::testing::Values(
        SquatCase{"exact_is_fine", Ecosystem::kNpm, "@modelcontextprotocol/server-filesystem", "",
                  ""},
        SquatCase{"known_neighbours_are_fine", Ecosystem::kNpm,
                  "@modelcontextprotocol/server-gitlab", "", ""},
        SquatCase{"missing_scope", Ecosystem::kNpm, "server-filesystem",
                  "@modelcontextprotocol/server-filesystem", "scope_confusion"},
        SquatCase{"other_scope", Ecosystem::kNpm, "@modelcontext/server-github",
                  "@modelcontextprotocol/server-github", "scope_confusion"},
        SquatCase{"letter_dropped", Ecosystem::kNpm, "@modelcontextprotocol/server-filesytem",
                  "@modelcontextprotocol/server-filesystem", "edit_distance"},
        SquatCase{"transposition", Ecosystem::kNpm, "@modelcontextprotocol/sevrer-memory",
                  "@modelcontextprotocol/server-memory", "edit_distance"},
        SquatCase{"pypi_squat", Ecosystem::kPypi, "mcp-server-fecth", "mcp-server-fetch",
                  "edit_distance"},
        SquatCase{"pypi_unrelated", Ecosystem::kPypi, "requests", "", ""},
        SquatCase{"generic_bare_name_not_scope_confused", Ecosystem::kNpm, "@acme/mcp", "", ""},
        SquatCase{"unrelated_npm", Ecosystem::kNpm, "@acme/weather-mcp-server", "", ""},
        SquatCase{"short_names_need_exactness", Ecosystem::kPypi, "mcpx", "", ""}),
    [](const auto& info) { return std::string(info.param.label); });

TEST(EditDistance, CountsOperationsUpToTheLimit) {
  EXPECT_EQ(EditDistance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(EditDistance("abcd", "abdc", 2), 1u);  // adjacent transposition
  EXPECT_EQ(EditDistance("a", "abcdef", 2), 3u);   // limit + 1
  EXPECT_EQ(EditDistance("same", "same", 2), 0u);
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
