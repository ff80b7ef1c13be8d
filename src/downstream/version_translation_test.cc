#include "downstream/version_translation.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::downstream {
namespace {

namespace json = boost::json;

json::object ToolsList() {
  return json::parse(R"({"tools": [{"name": "t", "title": "T", "icons": [],
                                     "execution": {"taskSupport": "optional"},
                                     "annotations": {}, "inputSchema": {"type": "object"}}]})")
      .as_object();
}

struct EraCase {
  const char* version;
  bool keeps_execution;
};

class ToolExecutionTest : public testing::TestWithParam<EraCase> {};

TEST_P(ToolExecutionTest, ToolExecutionReachesOnlyClientsOf20251125) {
  json::object result = ToolsList();
  TranslateResult("tools/list", GetParam().version, result);
  const json::object& tool = result.at("tools").at(0).as_object();
  EXPECT_EQ(tool.contains("execution"), GetParam().keeps_execution)
      << GetParam().version << ": " << json::serialize(tool);
  EXPECT_EQ(tool.contains("icons"), GetParam().keeps_execution) << GetParam().version;
  EXPECT_TRUE(tool.contains("inputSchema"));
}

INSTANTIATE_TEST_SUITE_P(Versions, ToolExecutionTest,
                         testing::Values(EraCase{"2024-11-05", false}, EraCase{"2025-03-26", false},
                                         EraCase{"2025-06-18", false}, EraCase{"2025-11-25", true}),
                         [](const testing::TestParamInfo<EraCase>& info) {
                           std::string name = info.param.version;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return "v" + name;
                         });

}  // namespace
}  // namespace mcpgw::downstream
