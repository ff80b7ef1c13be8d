// The 2026-07-28 upstream wire (modern_wire.h): the probe's verdict, the envelope, the headers
// and the decoding of answers back into the legacy shape. Table-driven where cases are many.
#include "upstream/modern_wire.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/json_rpc.h"

namespace mcpgw::upstream::modern {
namespace {

json::object Parse(std::string_view text) { return json::parse(text).as_object(); }

TEST(ModernWireTest, DiscoverIsModernOnlyWhenSupportedVersionsListsTheRevision) {
  const struct {
    const char* response;
    bool modern;
  } cases[] = {
      {R"({"jsonrpc":"2.0","id":1,"result":{"supportedVersions":["2026-07-28"],"capabilities":{}}})",
       true},
      {R"({"jsonrpc":"2.0","id":1,"result":{"supportedVersions":["2027-01-01","2026-07-28"]}})",
       true},
      {R"({"jsonrpc":"2.0","id":1,"result":{"supportedVersions":["2027-01-01"]}})", false},
      {R"({"jsonrpc":"2.0","id":1,"result":{"supportedVersions":"2026-07-28"}})", false},
      {R"({"jsonrpc":"2.0","id":1,"result":{}})", false},
      {R"({"jsonrpc":"2.0","id":1,"result":[]})", false},
      {R"({"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method not found"}})", false},
      {R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"Server not initialized"}})",
       false},
      {R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"HTTP 400"}})", false},
      {R"({"jsonrpc":"2.0","id":1,"error":{"code":-32022,"message":"unsupported",)"
       R"("data":{"supported":["2025-11-25"]}}})",
       false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(ClassifyDiscover(Parse(c.response)).has_value(), c.modern) << c.response;
}

TEST(ModernWireTest, DiscoverTakesServerInfoFromMetaAndCapabilitiesAndInstructions) {
  auto discovered = ClassifyDiscover(Parse(
      R"({"jsonrpc":"2.0","id":1,"result":{"supportedVersions":["2026-07-28"],)"
      R"("capabilities":{"tools":{}},"instructions":"be kind",)"
      R"("_meta":{"io.modelcontextprotocol/serverInfo":{"name":"s","version":"2"}}}})"));
  ASSERT_TRUE(discovered);
  EXPECT_TRUE(discovered->capabilities.contains("tools"));
  EXPECT_EQ(discovered->instructions, "be kind");
  EXPECT_EQ(discovered->server_info.at("name"), "s");
}

TEST(ModernWireTest, TheEnvelopeIsAddedBesideTheCallersMetaOnTreesAndOnBytes) {
  Envelope envelope{json::object{{"roots", json::object()}}, "mcp-gateway", "1.2", "info"};
  json::value params = json::object{{"name", "t"}, {"_meta", json::object{{"traceparent", "x"}}}};
  AddEnvelope(params, envelope);
  const json::object& meta = params.at("_meta").as_object();
  EXPECT_EQ(meta.at("traceparent"), "x");
  EXPECT_EQ(meta.at("io.modelcontextprotocol/protocolVersion"), "2026-07-28");
  EXPECT_EQ(meta.at("io.modelcontextprotocol/clientInfo").at("name"), "mcp-gateway");
  EXPECT_EQ(meta.at("io.modelcontextprotocol/logLevel"), "info");
  EXPECT_TRUE(meta.at("io.modelcontextprotocol/clientCapabilities").as_object().contains("roots"));

  json::value none;
  AddEnvelope(none, Envelope{});
  EXPECT_FALSE(none.at("_meta").as_object().contains("io.modelcontextprotocol/logLevel"));

  const char* texts[] = {
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","_meta":{"a":1}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t"}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})",
  };
  for (const char* text : texts) {
    auto wire = core::WireMessage::Inspect(text);
    ASSERT_TRUE(wire) << text;
    AddEnvelope(*wire, envelope);
    json::object out = Parse(std::move(*wire).Text());
    EXPECT_EQ(out.at("params").at("_meta").at("io.modelcontextprotocol/protocolVersion"),
              "2026-07-28")
        << text;
    if (std::string_view(text).find("\"a\":1") != std::string_view::npos) {
      EXPECT_EQ(out.at("params").at("_meta").at("a"), 1);
    }
  }
}

TEST(ModernWireTest, HeadersNameTheMethodAndTheToolPromptOrResource) {
  EXPECT_EQ(NameMember("tools/call"), "name");
  EXPECT_EQ(NameMember("prompts/get"), "name");
  EXPECT_EQ(NameMember("resources/read"), "uri");
  EXPECT_EQ(NameMember("tools/list"), "");
  using Headers = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(HttpHeaders("tools/call", "echo"),
            (Headers{{"MCP-Protocol-Version", "2026-07-28"},
                     {"Mcp-Method", "tools/call"},
                     {"Mcp-Name", "echo"}}));
  EXPECT_EQ(HttpHeaders("tools/list", ""),
            (Headers{{"MCP-Protocol-Version", "2026-07-28"}, {"Mcp-Method", "tools/list"}}));
  // A name with a line break would split the header block: it is not sent.
  EXPECT_EQ(HttpHeaders("tools/call", "a\r\nX-Evil: 1").size(), 2u);
}

TEST(ModernWireTest, CompleteResultsLoseTheEraFieldsAndInputRequiredIsReturned) {
  json::object complete = Parse(
      R"({"jsonrpc":"2.0","id":1,"result":{"resultType":"complete","ttlMs":5,)"
      R"("cacheScope":"public","tools":[],)"
      R"("_meta":{"io.modelcontextprotocol/serverInfo":{"name":"s"}}}})");
  EXPECT_FALSE(DecodeResponse("tools/list", complete));
  EXPECT_EQ(complete.at("result").as_object().size(), 1u);

  json::object input = Parse(
      R"({"jsonrpc":"2.0","id":1,"result":{"resultType":"input_required",)"
      R"("inputRequests":{"k":{"method":"roots/list"}},"requestState":"abc"}})");
  auto decoded = DecodeResponse("tools/call", input);
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(decoded->input_requests.contains("k"));
  EXPECT_EQ(decoded->request_state, "abc");

  json::object state_only = Parse(
      R"({"jsonrpc":"2.0","id":1,"result":{"resultType":"input_required","requestState":"s"}})");
  decoded = DecodeResponse("prompts/get", state_only);
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(decoded->input_requests.empty());
}

TEST(ModernWireTest, OnlyAResourceReadsUriOnlyInvalidParamsBecomesResourceNotFound) {
  const struct {
    const char* method;
    const char* error;
    int code;
  } cases[] = {
      {"resources/read", R"({"code":-32602,"message":"nf","data":{"uri":"a://b"}})", -32002},
      {"resources/read", R"({"code":-32602,"message":"bad","data":{"uri":"a","why":1}})", -32602},
      {"resources/read", R"({"code":-32602,"message":"bad"})", -32602},
      {"tools/call", R"({"code":-32602,"message":"nf","data":{"uri":"a://b"}})", -32602},
      {"resources/read", R"({"code":-32603,"message":"x","data":{"uri":"a://b"}})", -32603},
  };
  for (const auto& c : cases) {
    json::object response{{"jsonrpc", "2.0"}, {"id", 1}, {"error", json::parse(c.error)}};
    EXPECT_FALSE(DecodeResponse(c.method, response));
    EXPECT_EQ(response.at("error").at("code"), c.code) << c.method << " " << c.error;
  }
}

TEST(AddParamHeadersTest, ToolsCallMirrorsTheUpstreamToolsDeclaredArguments) {
  const json::array tools = json::parse(R"([
      {"name":"deploy","inputSchema":{"type":"object","properties":{
          "region":{"type":"string","x-mcp-header":"Region"},"note":{"type":"string"}}}},
      {"name":"bad","inputSchema":{"type":"object","properties":{
          "list":{"type":"array","items":{"type":"string","x-mcp-header":"L"}}}}}])")
                                .as_array();
  auto request = [](std::string_view name) {
    return core::WireMessage::FromTree(core::MakeRequest(
        1, "tools/call",
        json::object{{"name", name},
                     {"arguments", json::object{{"region", "eu-west"}, {"note", "n"}}}}));
  };
  std::vector<std::pair<std::string, std::string>> headers;
  AddParamHeaders(tools, "deploy", request("deploy"), headers);
  EXPECT_EQ(headers, (std::vector<std::pair<std::string, std::string>>{
                         {"Mcp-Param-Region", "eu-west"}}));
  headers.clear();
  AddParamHeaders(tools, "bad", request("bad"), headers);
  EXPECT_TRUE(headers.empty()) << "an invalid declaration mirrors nothing";
  AddParamHeaders(tools, "unknown", request("unknown"), headers);
  EXPECT_TRUE(headers.empty());
}

}  // namespace
}  // namespace mcpgw::upstream::modern
