#include "downstream/modern/era_wire.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "downstream/modern/http_headers.h"

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

core::WireMessage Wire(const std::string& text) {
  auto message = core::WireMessage::Inspect(text);
  EXPECT_TRUE(message) << text;
  return message ? std::move(*message) : core::WireMessage();
}

// Each case is decided the same from the text as from the tree.
TEST(EraWireTest, TextChecksAgreeWithTheTreeChecks) {
  const char* cases[] = {
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2025-01-01","io.modelcontextprotocol/clientCapabilities":{}}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/clientCapabilities":{}}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":5}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":[1]})",
      R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"file:///a","_meta":{"io.modelcontextprotocol\/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}})",
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/protocolVersion":"x","io.modelcontextprotocol/clientCapabilities":{}}}})",
  };
  for (const char* text : cases) {
    core::WireMessage wire = Wire(text);
    const json::object tree = json::parse(text).as_object();
    EXPECT_EQ(IsModernRequest(wire), IsModernRequest(tree)) << text;
    const json::value params = EraParams(wire);
    auto from_text = DecodeRequestMeta(params.is_null() ? nullptr : &params);
    auto from_tree = DecodeRequestMeta(tree.if_contains("params"));
    ASSERT_EQ(from_text.has_value(), from_tree.has_value()) << text;
    if (from_text) {
      EXPECT_EQ(from_text->protocol_version, from_tree->protocol_version) << text;
      EXPECT_EQ(from_text->client_capabilities, from_tree->client_capabilities) << text;
    } else {
      EXPECT_EQ(from_text.error().code, from_tree.error().code) << text;
      EXPECT_EQ(from_text.error().message, from_tree.error().message) << text;
    }
    EraHeaders headers{"2026-07-28", std::string_view(tree.at("method").as_string()), "t"};
    auto http_text = CheckHttpRequest(headers, EraRequest(wire));
    auto http_tree = CheckHttpRequest(headers, tree);
    ASSERT_EQ(http_text.has_value(), http_tree.has_value()) << text;
    if (!http_text) {
      EXPECT_EQ(http_text.error().message, http_tree.error().message) << text;
    }
  }
}

TEST(EraWireTest, StrippingKeepsTheRestOfTheRequestsBytes) {
  const std::string text =
      R"({"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo","arguments":{"s":"{\"_meta\":1}"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"c"},"io.modelcontextprotocol/logLevel":"info","progressToken":5}}})";
  core::WireMessage wire = Wire(text);
  StripEraMeta(wire);
  EXPECT_FALSE(wire.from_tree()) << "no tree for the whole request";
  EXPECT_EQ(std::move(wire).Text(),
            R"({"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo","arguments":{"s":"{\"_meta\":1}"},"_meta":{"progressToken":5}}})");

  core::WireMessage only_era = Wire(
      R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}})");
  StripEraMeta(only_era);
  EXPECT_EQ(std::move(only_era).Text(),
            R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{}}})");

  const std::string plain = R"({"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"a":1}}})";
  core::WireMessage untouched = Wire(plain);
  StripEraMeta(untouched);
  EXPECT_EQ(std::move(untouched).Text(), plain);
}

}  // namespace
}  // namespace mcpgw::downstream::modern
