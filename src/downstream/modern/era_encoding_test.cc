#include "downstream/modern/era_encoding.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

json::object Parse(const char* text) { return json::parse(text).as_object(); }

struct ResultCase {
  const char* method;
  bool cacheable;
};

class EncodeResultTest : public testing::TestWithParam<ResultCase> {};

TEST_P(EncodeResultTest, EveryResultGetsResultTypeAndCacheableOnesGetHints) {
  json::object response = Parse(R"({"jsonrpc":"2.0","id":1,"result":{"x":1}})");
  EncodeResponse(GetParam().method, "", response);
  const json::object& result = response.at("result").as_object();
  EXPECT_EQ(result.at("resultType"), "complete");
  EXPECT_EQ(result.contains("ttlMs"), GetParam().cacheable) << GetParam().method;
  EXPECT_EQ(result.contains("cacheScope"), GetParam().cacheable) << GetParam().method;
  if (GetParam().cacheable) {
    EXPECT_EQ(result.at("ttlMs"), 0);
    EXPECT_EQ(result.at("cacheScope"), "private");
  }
  EXPECT_EQ(result.at("x"), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Methods, EncodeResultTest,
    testing::Values(ResultCase{"server/discover", true}, ResultCase{"tools/list", true},
                    ResultCase{"prompts/list", true}, ResultCase{"resources/list", true},
                    ResultCase{"resources/templates/list", true},
                    ResultCase{"resources/read", true}, ResultCase{"tools/call", false},
                    ResultCase{"prompts/get", false}, ResultCase{"completion/complete", false}),
    [](const testing::TestParamInfo<ResultCase>& info) {
      std::string name = info.param.method;
      for (char& c : name)
        if (c == '/') c = '_';
      return name;
    });

TEST(EncodeResponseTest, KeepsAnUpstreamsOwnResultTypeAndHints) {
  json::object response = Parse(
      R"({"jsonrpc":"2.0","id":1,"result":{"resultType":"input_required","ttlMs":5,"cacheScope":"public"}})");
  EncodeResponse("tools/list", "", response);
  EXPECT_EQ(json::serialize(response.at("result")),
            R"({"resultType":"input_required","ttlMs":5,"cacheScope":"public"})");
}

TEST(EncodeResponseTest, ResourceNotFoundBecomesInvalidParamsWithUri) {
  json::object response =
      Parse(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"Resource not found"}})");
  EncodeResponse("resources/read", "test://missing", response);
  EXPECT_EQ(response.at("error").at("code"), -32602);
  EXPECT_EQ(response.at("error").at("data").at("uri"), "test://missing");
}

TEST(EncodeResponseTest, ResourceNotFoundKeepsTheRoutersUri) {
  json::object response = Parse(
      R"({"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"x","data":{"uri":"a://b"}}})");
  EncodeResponse("resources/read", "", response);
  EXPECT_EQ(response.at("error").at("data").at("uri"), "a://b");
}

TEST(EncodeResponseTest, OtherErrorsAreUnchanged) {
  json::object response =
      Parse(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32004,"message":"blocked"}})");
  const std::string before = json::serialize(response);
  EncodeResponse("tools/call", "", response);
  EXPECT_EQ(json::serialize(response), before);
}

TEST(DiscoverResultTest, NamesVersionsAndServerAndWithdrawsLoggingButKeepsWhatListenDelivers) {
  json::object result =
      DiscoverResult(Parse(R"({"tools":{"listChanged":true},"prompts":{"listChanged":true},
               "resources":{"listChanged":true,"subscribe":true},"logging":{},
               "completions":{}})"),
                     Parse(R"({"name":"mcp-gateway","version":"1.2.3"})"), "be careful");
  EXPECT_EQ(json::serialize(result.at("supportedVersions")), R"(["2026-07-28"])");
  EXPECT_EQ(json::serialize(result.at("capabilities")),
            R"({"tools":{"listChanged":true},"prompts":{"listChanged":true},)"
            R"("resources":{"listChanged":true,"subscribe":true},"completions":{}})");
  EXPECT_EQ(result.at("_meta").at("io.modelcontextprotocol/serverInfo").at("name"), "mcp-gateway");
  EXPECT_EQ(result.at("instructions"), "be careful");
}

TEST(HttpStatusForTest, EraRequestErrorsAre400AndMethodNotFoundIs404) {
  EXPECT_EQ(HttpStatusFor(-32601), 404u);
  for (int code : {-32602, -32600, -32700, -32020, -32021, -32022})
    EXPECT_EQ(HttpStatusFor(code), 400u) << code;
  for (int code : {-32000, -32004, -32603}) EXPECT_EQ(HttpStatusFor(code), 200u) << code;
}

}  // namespace
}  // namespace mcpgw::downstream::modern
