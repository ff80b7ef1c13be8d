#include "downstream/modern/http_headers.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

constexpr const char* kCall = R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{
    "name":"echo","arguments":{},"_meta":{
    "io.modelcontextprotocol/protocolVersion":"2026-07-28",
    "io.modelcontextprotocol/clientCapabilities":{}}}})";
constexpr const char* kRead = R"({"jsonrpc":"2.0","id":1,"method":"resources/read","params":{
    "uri":"test://a","_meta":{
    "io.modelcontextprotocol/protocolVersion":"2026-07-28",
    "io.modelcontextprotocol/clientCapabilities":{}}}})";
constexpr const char* kList = R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{
    "_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
    "io.modelcontextprotocol/clientCapabilities":{}}}})";
constexpr const char* kNoMeta = R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}})";
constexpr const char* kV999 = R"({"jsonrpc":"2.0","id":1,"method":"server/discover","params":{
    "_meta":{"io.modelcontextprotocol/protocolVersion":"v999",
    "io.modelcontextprotocol/clientCapabilities":{}}}})";

using Opt = std::optional<std::string_view>;
const Opt kAbsent = std::nullopt;

struct HeaderCase {
  const char* name;
  const char* body;
  Opt version;
  Opt method;
  Opt mcp_name;
  int code;  // 0 = accepted
};

class CheckHttpRequestTest : public testing::TestWithParam<HeaderCase> {};

TEST_P(CheckHttpRequestTest, HeadersMustMatchTheBody) {
  const HeaderCase& c = GetParam();
  auto checked = CheckHttpRequest(EraHeaders{c.version, c.method, c.mcp_name},
                                  json::parse(c.body).as_object());
  if (c.code == 0) {
    EXPECT_TRUE(checked) << checked.error().message;
  } else {
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, c.code) << checked.error().message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CheckHttpRequestTest,
    testing::Values(
        HeaderCase{"ListAccepted", kList, "2026-07-28", "tools/list", kAbsent, 0},
        HeaderCase{"CallAccepted", kCall, "2026-07-28", "tools/call", "echo", 0},
        HeaderCase{"ReadAccepted", kRead, "2026-07-28", "resources/read", "test://a", 0},
        HeaderCase{"WhitespaceAroundValuesAccepted", kCall, " 2026-07-28\t", " tools/call ",
                   "  echo  ", 0},
        HeaderCase{"VersionHeaderMissing", kList, kAbsent, "tools/list", kAbsent, -32020},
        HeaderCase{"MetaMissingBeforeHeaderComparison", kNoMeta, "2026-07-28", "tools/list",
                   kAbsent, -32602},
        HeaderCase{"HeaderDiffersFromMeta", kV999, "2026-07-28", "server/discover", kAbsent,
                   -32020},
        HeaderCase{"BothUnsupported", kV999, "v999", "server/discover", kAbsent, -32022},
        HeaderCase{"MethodHeaderMissing", kList, "2026-07-28", kAbsent, kAbsent, -32020},
        HeaderCase{"MethodHeaderDiffers", kList, "2026-07-28", "prompts/list", kAbsent, -32020},
        HeaderCase{"MethodValuesAreCaseSensitive", kList, "2026-07-28", "TOOLS/LIST", kAbsent,
                   -32020},
        HeaderCase{"NameHeaderMissing", kCall, "2026-07-28", "tools/call", kAbsent, -32020},
        HeaderCase{"NameHeaderDiffers", kCall, "2026-07-28", "tools/call", "wrong", -32020},
        HeaderCase{"UriHeaderDiffers", kRead, "2026-07-28", "resources/read", "test://b", -32020}),
    [](const testing::TestParamInfo<HeaderCase>& info) { return info.param.name; });

TEST(TrimOwsTest, TrimsSpacesAndTabsOnly) {
  EXPECT_EQ(TrimOws(" \ta b\t "), "a b");
  EXPECT_EQ(TrimOws("   "), "");
  EXPECT_EQ(TrimOws("x"), "x");
}

}  // namespace
}  // namespace mcpgw::downstream::modern
