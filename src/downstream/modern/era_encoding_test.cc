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

namespace mcpgw::downstream::modern {
namespace {

struct SpliceCase {
  const char* name;
  const char* method;
  const char* text;
  bool keeps_bytes;  // the answer goes out as its bytes plus the insertion (no tree)
};

class SpliceTest : public testing::TestWithParam<SpliceCase> {};

// The era's members are spliced into the text; whatever the input, the output is valid JSON with
// exactly one of each member, and the result's other members are unchanged.
TEST_P(SpliceTest, SplicedAnswerIsValidJsonWithOneOfEachEraMember) {
  const SpliceCase& c = GetParam();
  auto message = core::WireMessage::Inspect(c.text);
  ASSERT_TRUE(message) << c.name;
  const json::object before = json::parse(c.text).as_object();
  EncodeResponse(c.method, "", *message);
  EXPECT_EQ(!message->from_tree(), c.keeps_bytes) << c.name;
  const std::string out = std::move(*message).Text();
  boost::system::error_code error;
  json::value parsed = json::parse(out, error);
  ASSERT_FALSE(error) << c.name << ": " << out;
  const json::object& result = parsed.at("result").as_object();
  const json::object& original = before.at("result").as_object();
  for (const auto& member : original) EXPECT_EQ(result.at(member.key()), member.value()) << c.name;
  std::size_t types = 0;
  for (const auto& member : result) types += member.key() == "resultType";
  // A repeated key in the input is the parser's to decide; no second one is added.
  EXPECT_LE(types, 1u) << c.name << ": " << out;
  if (!original.contains("resultType")) {
    EXPECT_EQ(result.at("resultType"), "complete") << out;
  }
  if (IsCacheableMethod(c.method)) {
    EXPECT_TRUE(result.contains("ttlMs")) << out;
    EXPECT_TRUE(result.contains("cacheScope")) << out;
  } else {
    EXPECT_FALSE(result.contains("ttlMs")) << out;
  }
  EXPECT_EQ(parsed.at("id"), before.at("id")) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    OddInputs, SpliceTest,
    testing::Values(
        SpliceCase{"plain", "tools/call", R"({"jsonrpc":"2.0","id":1,"result":{"content":[]}})",
                   true},
        SpliceCase{"empty result", "tools/call", R"({"jsonrpc":"2.0","id":1,"result":{}})", true},
        SpliceCase{"empty result with spaces", "tools/list",
                   R"({"jsonrpc":"2.0","id":1,"result": {   } })", true},
        SpliceCase{"spaces everywhere", "tools/call",
                   R"( { "jsonrpc" : "2.0" , "id" : 7 , "result" :  { "a" : 1 } } )", true},
        SpliceCase{"braces and quotes inside strings", "tools/call",
                   R"({"jsonrpc":"2.0","id":"}{","result":{"t":"}\"{,\\","u":"\u007b"}})", true},
        SpliceCase{"result before id", "prompts/list",
                   R"({"result":{"prompts":[{"name":"{"}]},"jsonrpc":"2.0","id":2})", true},
        SpliceCase{"server's own resultType kept", "tools/call",
                   R"({"jsonrpc":"2.0","id":1,"result":{"resultType":"complete","x":1}})", true},
        SpliceCase{"server's own hints kept", "resources/read",
                   R"({"jsonrpc":"2.0","id":1,"result":{"ttlMs":60,"cacheScope":"public"}})",
                   true},
        SpliceCase{"escaped resultType key is found by the parser", "tools/call",
                   R"({"jsonrpc":"2.0","id":1,"result":{"resultT\u0079pe":"complete"}})", false},
        SpliceCase{"repeated key in result is the parser's", "tools/list",
                   R"({"jsonrpc":"2.0","id":1,"result":{"tools":[],"tools":[]}})", true},
        SpliceCase{"escaped key on the path to result", "tools/call",
                   R"({"jsonrpc":"2.0","id":1,"res\u0075lt":{"x":[1,{"y":"z"}]}})", false},
        SpliceCase{"nested resultType is not the result's", "tools/call",
                   R"({"jsonrpc":"2.0","id":1,"result":{"inner":{"resultType":"x"}}})", true},
        SpliceCase{"unicode text", "tools/call",
                   R"({"jsonrpc":"2.0","id":1,"result":{"text":"h\u00e9llo \ud83d\ude00 日本"}})",
                   true}),
    [](const testing::TestParamInfo<SpliceCase>& info) {
      std::string name = info.param.name;
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

TEST(SpliceTest, AnIdReplacedBeforeTheSpliceSurvivesIt) {
  auto message = core::WireMessage::Inspect(R"({"jsonrpc":"2.0","id":41,"result":{"x":1}})");
  ASSERT_TRUE(message);
  message->SetId(json::value("retry-1"), R"("retry-1")");
  EncodeResponse("tools/call", "", *message);
  EXPECT_FALSE(message->from_tree());
  const json::value parsed = json::parse(std::move(*message).Text());
  EXPECT_EQ(parsed.at("id"), "retry-1");
  EXPECT_EQ(parsed.at("result").at("resultType"), "complete");
}

TEST(SpliceTest, SpliceKeepsEveryByteOfTheResult) {
  EXPECT_EQ(SpliceEraMembers("tools/call", R"( {"a":"{\"}", "b" : [ ] })"),
            R"( {"resultType":"complete","a":"{\"}", "b" : [ ] })");
  EXPECT_EQ(SpliceEraMembers("tools/list", "{ }"),
            R"({"resultType":"complete","ttlMs":0,"cacheScope":"private" })");
  EXPECT_EQ(SpliceEraMembers("tools/call", R"({"resultType":"input_required"})"),
            R"({"resultType":"input_required"})");
  EXPECT_EQ(SpliceEraMembers("tools/call", "[1]"), std::nullopt);
  EXPECT_EQ(SpliceEraMembers("tools/call", R"({"resultTyp\u0065":1})"), std::nullopt);
}

TEST(SpliceTest, ErrorsStillGoThroughTheTree) {
  auto message = core::WireMessage::Inspect(
      R"({"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"Resource not found"}})");
  ASSERT_TRUE(message);
  EncodeResponse("resources/read", "file:///x", *message);
  const json::value parsed = json::parse(std::move(*message).Text());
  EXPECT_EQ(parsed.at("error").at("code"), -32602);
  EXPECT_EQ(parsed.at("error").at("data").at("uri"), "file:///x");
}

}  // namespace
}  // namespace mcpgw::downstream::modern
