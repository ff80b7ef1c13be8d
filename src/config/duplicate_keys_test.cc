#include "config/duplicate_keys.h"

#include <gtest/gtest.h>

namespace mcpgw::config {
namespace {

boost::json::parse_options Jsonc() {
  boost::json::parse_options options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  return options;
}

struct DuplicateCase {
  const char* name;
  const char* text;
  std::vector<std::string> expected;
};

class FindDuplicateKeysTest : public testing::TestWithParam<DuplicateCase> {};

TEST_P(FindDuplicateKeysTest, ReportsEachRepeatedKeyByPath) {
  EXPECT_EQ(FindDuplicateKeys(GetParam().text, Jsonc()), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FindDuplicateKeysTest,
    testing::Values(
        DuplicateCase{"none", R"({"mcpServers": {"a": {"command": "x"}, "b": {}}})", {}},
        DuplicateCase{"server map",
                      R"({"mcpServers": {"gh": {"command": "x"}, "gh": {"command": "y"}}})",
                      {"mcpServers.gh"}},
        DuplicateCase{"nested env",
                      R"({"servers": {"a": {"env": {"K": "1", "K": "2"}}}})",
                      {"servers.a.env.K"}},
        DuplicateCase{"inside an array",
                      R"({"mcpServers": [{"name": "a"}, {"name": "b", "name": "c"}]})",
                      {"mcpServers[1].name"}},
        DuplicateCase{
            "same key in sibling objects is fine", R"({"a": {"k": 1}, "b": {"k": 2}})", {}},
        DuplicateCase{"three times is two reports", R"({"k": 1, "k": 2, "k": 3})", {"k", "k"}},
        DuplicateCase{"comments and trailing commas",
                      "// c\n{\"m\": {\"x\": 1, /* c */ \"x\": 2,},}",
                      {"m.x"}}),
    [](const testing::TestParamInfo<DuplicateCase>& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      return name;
    });

TEST(FindDuplicateKeys, InvalidJsonReturnsWhatWasFoundBeforeTheError) {
  EXPECT_EQ(FindDuplicateKeys(R"({"a": 1, "a": 2, )", Jsonc()), (std::vector<std::string>{"a"}));
}

}  // namespace
}  // namespace mcpgw::config
