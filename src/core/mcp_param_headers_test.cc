#include "core/mcp_param_headers.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <map>

namespace mcpgw::core {
namespace {

namespace json = boost::json;

struct ScanCase {
  const char* name;
  const char* schema;
  int declarations;  // -1: invalid
};

class ScanParamHeadersTest : public testing::TestWithParam<ScanCase> {};

TEST_P(ScanParamHeadersTest, OnlyPrimitivePropertiesReachedThroughPropertiesMayDeclare) {
  auto found = ScanParamHeaders(json::parse(GetParam().schema));
  if (GetParam().declarations < 0) {
    EXPECT_FALSE(found) << GetParam().schema;
  } else {
    ASSERT_TRUE(found) << GetParam().schema;
    EXPECT_EQ(static_cast<int>(found->size()), GetParam().declarations);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Schemas, ScanParamHeadersTest,
    testing::Values(
        ScanCase{"None", R"({"type":"object","properties":{"a":{"type":"string"}}})", 0},
        ScanCase{"TopLevel",
                 R"({"type":"object","properties":{"region":{"type":"string","x-mcp-header":"Region"},
                     "n":{"type":"integer","x-mcp-header":"N"},"b":{"type":"boolean","x-mcp-header":"B"}}})",
                 3},
        ScanCase{"Nested",
                 R"({"properties":{"o":{"type":"object","properties":{"r":{"type":"string","x-mcp-header":"R"}}}}})",
                 1},
        ScanCase{"OnRoot", R"({"type":"string","x-mcp-header":"Root"})", -1},
        ScanCase{"UnderItems",
                 R"({"properties":{"a":{"type":"array","items":{"type":"string","x-mcp-header":"I"}}}})",
                 -1},
        ScanCase{"UnderAnyOf",
                 R"({"anyOf":[{"properties":{"a":{"type":"string","x-mcp-header":"A"}}}]})", -1},
        ScanCase{"UnderDefs", R"({"$defs":{"x":{"type":"string","x-mcp-header":"D"}}})", -1},
        ScanCase{"NumberType",
                 R"({"properties":{"f":{"type":"number","x-mcp-header":"F"}}})", -1},
        ScanCase{"ObjectType",
                 R"({"properties":{"o":{"type":"object","x-mcp-header":"O"}}})", -1},
        ScanCase{"NotAToken",
                 R"({"properties":{"a":{"type":"string","x-mcp-header":"Two words"}}})", -1},
        ScanCase{"Empty", R"({"properties":{"a":{"type":"string","x-mcp-header":""}}})", -1},
        ScanCase{"CaseInsensitiveDuplicate",
                 R"({"properties":{"a":{"type":"string","x-mcp-header":"Region"},
                     "b":{"type":"string","x-mcp-header":"REGION"}}})",
                 -1}),
    [](const testing::TestParamInfo<ScanCase>& info) { return std::string(info.param.name); });

const char* kSchema =
    R"({"type":"object","properties":{"region":{"type":"string","x-mcp-header":"Region"},
        "priority":{"type":"integer","x-mcp-header":"Priority"},
        "verbose":{"type":"boolean","x-mcp-header":"Verbose"},
        "note":{"type":"string"}}})";

std::vector<ParamHeaderDeclaration> Declarations() {
  return *ScanParamHeaders(json::parse(kSchema));
}

TEST(ParamHeaderValuesTest, MirrorsDeclaredPrimitivesAndEncodesWhatHeadersCannotCarry) {
  auto headers = ParamHeaderValues(
      Declarations(),
      json::parse(R"({"region":"eu-west","priority":3,"verbose":true,"note":"x"})"));
  std::map<std::string, std::string> got(headers.begin(), headers.end());
  EXPECT_EQ(got, (std::map<std::string, std::string>{{"Mcp-Param-Region", "eu-west"},
                                                     {"Mcp-Param-Priority", "3"},
                                                     {"Mcp-Param-Verbose", "true"}}));
  headers = ParamHeaderValues(Declarations(), json::parse(R"({"region":"Zürich"})"));
  ASSERT_EQ(headers.size(), 1u);
  EXPECT_EQ(headers[0].second, "=?base64?WsO8cmljaA==?=");
  headers = ParamHeaderValues(Declarations(), json::parse(R"({"region":" padded"})"));
  EXPECT_EQ(headers[0].second, "=?base64?IHBhZGRlZA==?=");
  EXPECT_TRUE(ParamHeaderValues(Declarations(), json::parse(R"({"region":null})")).empty());
}

struct CheckCase {
  const char* name;
  const char* arguments;
  std::map<std::string, std::string> headers;
  bool ok;
};

class CheckParamHeadersTest : public testing::TestWithParam<CheckCase> {};

TEST_P(CheckParamHeadersTest, HeaderMustAgreeWithTheBody) {
  const auto& headers = GetParam().headers;
  auto mismatch = CheckParamHeaders(
      Declarations(), json::parse(GetParam().arguments),
      [&headers](std::string_view name) -> std::optional<std::string_view> {
        auto it = headers.find(std::string(name));
        if (it == headers.end()) return std::nullopt;
        return std::string_view(it->second);
      });
  EXPECT_EQ(!mismatch, GetParam().ok) << (mismatch ? mismatch->reason : "no mismatch");
}

INSTANTIATE_TEST_SUITE_P(
    Requests, CheckParamHeadersTest,
    testing::Values(
        CheckCase{"Match", R"({"region":"eu"})", {{"Mcp-Param-Region", "eu"}}, true},
        CheckCase{"Differs", R"({"region":"eu"})", {{"Mcp-Param-Region", "us"}}, false},
        CheckCase{"CaseMatters", R"({"region":"eu"})", {{"Mcp-Param-Region", "EU"}}, false},
        CheckCase{"Missing", R"({"region":"eu"})", {}, false},
        CheckCase{"AbsentInBodyExpectsNothing", R"({})", {{"Mcp-Param-Region", "any"}}, true},
        CheckCase{"NullInBodyExpectsNothing", R"({"region":null})", {}, true},
        CheckCase{"Base64Decoded", R"({"region":"Hello"})",
                  {{"Mcp-Param-Region", "=?base64?SGVsbG8=?="}}, true},
        CheckCase{"Base64BadPadding", R"({"region":"Hello"})",
                  {{"Mcp-Param-Region", "=?base64?SGVsbG8?=?="}}, false},
        CheckCase{"Base64BadCharacters", R"({"region":"Hello"})",
                  {{"Mcp-Param-Region", "=?base64?SGV$bG8=?="}}, false},
        CheckCase{"NoSentinelIsLiteral", R"({"region":"SGVsbG8="})",
                  {{"Mcp-Param-Region", "SGVsbG8="}}, true},
        CheckCase{"IntegerComparedNumerically", R"({"priority":42})",
                  {{"Mcp-Param-Priority", "42.0"}}, true},
        CheckCase{"IntegerDiffers", R"({"priority":42})", {{"Mcp-Param-Priority", "43"}}, false},
        CheckCase{"Boolean", R"({"verbose":false})", {{"Mcp-Param-Verbose", "false"}}, true},
        CheckCase{"UndeclaredArgumentIsNotChecked", R"({"note":"x"})", {}, true}),
    [](const testing::TestParamInfo<CheckCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace mcpgw::core
