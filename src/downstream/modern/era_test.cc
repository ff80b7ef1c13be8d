#include "downstream/modern/era.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

json::object Parse(const char* text) { return json::parse(text).as_object(); }

struct DetectCase {
  const char* name;
  const char* request;
  bool modern;
};

class EraDetectionTest : public testing::TestWithParam<DetectCase> {};

TEST_P(EraDetectionTest, ModernMeansEraMetaWithoutLegacyInitialize) {
  EXPECT_EQ(IsModernRequest(Parse(GetParam().request)), GetParam().modern) << GetParam().request;
}

INSTANTIATE_TEST_SUITE_P(
    Requests, EraDetectionTest,
    testing::Values(
        DetectCase{"ToolsListWithMeta",
                   R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{
                      "io.modelcontextprotocol/protocolVersion":"2026-07-28"}}})",
                   true},
        DetectCase{"UnknownVersionIsStillModern",
                   R"({"jsonrpc":"2.0","id":1,"method":"server/discover","params":{"_meta":{
                      "io.modelcontextprotocol/protocolVersion":"v999"}}})",
                   true},
        DetectCase{"NoParams", R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})", false},
        DetectCase{"MetaWithoutVersion",
                   R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{
                      "progressToken":1}}})",
                   false},
        DetectCase{"LegacyInitialize",
                   R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{
                      "protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"c"}}})",
                   false},
        DetectCase{"LegacyInitializeWithEraMetaStaysLegacy",
                   R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{
                      "protocolVersion":"2025-11-25","capabilities":{},"_meta":{
                      "io.modelcontextprotocol/protocolVersion":"2026-07-28"}}})",
                   false},
        DetectCase{"InitializeWithOnlyEraMetaIsModern",
                   R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"_meta":{
                      "io.modelcontextprotocol/protocolVersion":"2026-07-28"}}})",
                   true},
        DetectCase{"MetaNotAnObject",
                   R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":3}})",
                   false}),
    [](const testing::TestParamInfo<DetectCase>& info) { return info.param.name; });

struct DecodeCase {
  const char* name;
  const char* params;  // "" = no params
  int code;            // 0 = decodes
};

class DecodeRequestMetaTest : public testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeRequestMetaTest, RejectsWhatTheRevisionRequires) {
  json::value params = *GetParam().params ? json::parse(GetParam().params) : json::value();
  auto meta = DecodeRequestMeta(*GetParam().params ? &params : nullptr);
  if (GetParam().code == 0) {
    ASSERT_TRUE(meta) << meta.error().message;
    EXPECT_EQ(meta->protocol_version, "2026-07-28");
  } else {
    ASSERT_FALSE(meta);
    EXPECT_EQ(meta.error().code, GetParam().code) << meta.error().message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Params, DecodeRequestMetaTest,
    testing::Values(
        DecodeCase{"Absent", "", -32602}, DecodeCase{"NoMeta", "{}", -32602},
        DecodeCase{"ParamsNotObject", "[1]", -32602},
        DecodeCase{"MissingVersion",
                   R"({"_meta":{"io.modelcontextprotocol/clientCapabilities":{}}})", -32602},
        DecodeCase{"MissingCapabilities",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}})", -32602},
        DecodeCase{"CapabilitiesNotObject",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
                      "io.modelcontextprotocol/clientCapabilities":[]}})",
                   -32602},
        DecodeCase{"VersionNotString",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":20260728,
                      "io.modelcontextprotocol/clientCapabilities":{}}})",
                   -32602},
        DecodeCase{"UnsupportedVersion",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"v999.0.0",
                      "io.modelcontextprotocol/clientCapabilities":{}}})",
                   kUnsupportedProtocolVersion},
        DecodeCase{"LegacyVersionIsNotStateless",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"2025-11-25",
                      "io.modelcontextprotocol/clientCapabilities":{}}})",
                   kUnsupportedProtocolVersion},
        DecodeCase{"ClientInfoOptional",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
                      "io.modelcontextprotocol/clientCapabilities":{}}})",
                   0},
        DecodeCase{"ClientInfoNotObject",
                   R"({"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
                      "io.modelcontextprotocol/clientCapabilities":{},
                      "io.modelcontextprotocol/clientInfo":"x"}})",
                   -32602}),
    [](const testing::TestParamInfo<DecodeCase>& info) { return info.param.name; });

TEST(DecodeRequestMetaTest, CarriesCapabilitiesClientInfoAndLogLevel) {
  json::value params = json::parse(R"({"_meta":{
      "io.modelcontextprotocol/protocolVersion":"2026-07-28",
      "io.modelcontextprotocol/clientCapabilities":{"elicitation":{}},
      "io.modelcontextprotocol/clientInfo":{"name":"agent","version":"2.0"},
      "io.modelcontextprotocol/logLevel":"warning"}})");
  auto meta = DecodeRequestMeta(&params);
  ASSERT_TRUE(meta);
  EXPECT_TRUE(meta->client_capabilities.contains("elicitation"));
  EXPECT_EQ(meta->client_info.at("name"), "agent");
  EXPECT_EQ(meta->log_level, "warning");
}

TEST(UnsupportedVersionTest, ListsSupportedAndEchoesRequested) {
  const EraError error = UnsupportedVersion("v9");
  EXPECT_EQ(error.code, -32022);
  EXPECT_EQ(error.data.at("requested"), "v9");
  EXPECT_EQ(json::serialize(error.data.at("supported")), R"(["2026-07-28"])");
}

TEST(StripEraMetaTest, RemovesOnlyTheEraKeysAndKeepsTraceparent) {
  json::object params = Parse(R"({"name":"t","_meta":{
      "io.modelcontextprotocol/protocolVersion":"2026-07-28",
      "io.modelcontextprotocol/clientCapabilities":{},
      "io.modelcontextprotocol/clientInfo":{"name":"c"},
      "io.modelcontextprotocol/logLevel":"info",
      "traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
      "progressToken":7}})");
  StripEraMeta(params);
  const json::object& meta = params.at("_meta").as_object();
  EXPECT_EQ(meta.size(), 2u) << json::serialize(meta);
  EXPECT_EQ(meta.at("traceparent"), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  EXPECT_EQ(meta.at("progressToken"), 7);
  EXPECT_EQ(params.at("name"), "t");
}

TEST(StripEraMetaTest, DropsMetaThatOnlyHeldEraKeys) {
  json::object params = Parse(R"({"_meta":{
      "io.modelcontextprotocol/protocolVersion":"2026-07-28",
      "io.modelcontextprotocol/clientCapabilities":{}}})");
  StripEraMeta(params);
  EXPECT_FALSE(params.contains("_meta"));
}

TEST(IsServedMethodTest, RemovedAndUnknownMethodsAreNotServed) {
  for (const char* method :
       {"server/discover", "tools/list", "tools/call", "prompts/list", "prompts/get",
        "resources/list", "resources/read", "resources/templates/list", "completion/complete"})
    EXPECT_TRUE(IsServedMethod(method)) << method;
  for (const char* method : {"initialize", "ping", "logging/setLevel", "resources/subscribe",
                             "resources/unsubscribe", "unknown/method", "Tools/List", ""})
    EXPECT_FALSE(IsServedMethod(method)) << method;
}

}  // namespace
}  // namespace mcpgw::downstream::modern
