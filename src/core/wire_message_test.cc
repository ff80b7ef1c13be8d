#include "core/wire_message.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::core {
namespace {

WireMessage Inspected(std::string text) {
  auto message = WireMessage::Inspect(std::move(text));
  EXPECT_TRUE(message) << (message ? "" : message.error().message);
  return message ? std::move(*message) : WireMessage();
}

// Inspect must accept and refuse exactly what ParseMessage does, with the same kind, id and
// error code, so that the byte path and the tree path are interchangeable.
TEST(WireMessageTest, InspectAgreesWithParseMessage) {
  const char* cases[] = {
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}})",
      R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
      R"({"jsonrpc":"2.0","id":"a","result":{"content":[]}})",
      R"({"result":{"x":[1,2,{"id":5}]},"jsonrpc":"2.0","id":7})",
      R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}})",
      R"({"jsonrpc":"2.0","id":3,"error":{"data":{"code":"x"},"code":1}})",
      R"({"jsonrpc":"2.0","id":3,"error":{"code":"1"}})",
      R"({"jsonrpc":"2.0","id":3,"error":[]})",
      R"({"jsonrpc":"2.0","id":3})",
      R"({"jsonrpc":"2.0","id":3,"result":1,"error":{"code":1}})",
      R"({"jsonrpc":"1.0","id":3,"result":1})",
      R"({"id":3,"result":1})",
      R"({"jsonrpc":"2.0","method":""})",
      R"({"jsonrpc":"2.0","method":7})",
      R"({"jsonrpc":"2.0","id":[1],"method":"m"})",
      R"({"jsonrpc":"2.0","id":true,"result":1})",
      R"({"jsonrpc":"2.0","id":1,"method":"m","params":"x"})",
      R"({"jsonrpc":"2.0","id":1,"method":"m","params":[1]})",
      R"({"jsonrpc":"2.0","id":1.5,"method":"m"})",
      R"({"jsonrpc":"2.0","id":1,"method":"m","params":{"n":1e400}})",
      R"({"jsonrpc":"2.0","id":1,"id":2,"method":"m"})",
      R"({"jsonrpc":"2.0","\u0069d":4,"method":"m"})",
      R"([{"jsonrpc":"2.0","method":"m"}])",
      R"("text")",
      R"({"jsonrpc":"2.0","method":"m"} x)",
      R"({"jsonrpc":"2.0","method":"m")",
      R"({"jsonrpc":"2.0","id":18446744073709551615,"result":{}})",
  };
  for (const char* text : cases) {
    SCOPED_TRACE(text);
    auto tree = ParseMessage(text);
    auto wire = WireMessage::Inspect(text);
    ASSERT_EQ(tree.has_value(), wire.has_value());
    if (tree) {
      EXPECT_EQ(tree->kind, wire->kind());
      EXPECT_EQ(tree->Id(), wire->id());
      EXPECT_EQ(tree->Method(), wire->method());
      EXPECT_EQ(tree->body, wire->Tree());
    } else {
      EXPECT_EQ(tree.error().code, wire.error().code);
      EXPECT_EQ(tree.error().id, wire.error().id);
    }
  }
}

TEST(WireMessageTest, ReplacingTheIdKeepsEveryOtherByte) {
  const std::string original =
      "{ \"result\" : {\"content\":[{\"type\":\"text\",\"text\":\"a \\\"quoted\\\" \\\\ id\"}],"
      "\"id\":99} , \"jsonrpc\":\"2.0\",\n\"id\" :  12345 }";
  WireMessage message = Inspected(original);
  message.SetId("client-7", "\"client-7\"");
  const std::string text = std::move(message).Text();
  std::string expected = original;
  expected.replace(original.find("12345"), 5, "\"client-7\"");
  std::replace(expected.begin(), expected.end(), '\n', ' ');  // line breaks become spaces
  EXPECT_EQ(text, expected);
}

TEST(WireMessageTest, SizeIsTheLengthOfTheTextItWouldProduce) {
  const std::string original =
      R"({"jsonrpc":"2.0", "id":12345, "result":{"content":[{"type":"text","text":"abc"}]}})";
  WireMessage bytes = Inspected(original);
  EXPECT_EQ(bytes.size(), original.size());
  bytes.SetId("client-7", "\"client-7\"");  // a pending replacement, longer than the original
  ASSERT_TRUE(bytes.SetValue({"result", "content"}, json::array()));  // and a shorter one
  const std::size_t predicted = bytes.size();
  EXPECT_FALSE(bytes.from_tree());
  EXPECT_EQ(predicted, std::move(bytes).Text().size());
  WireMessage tree = WireMessage::FromTree(json::object{{"jsonrpc", "2.0"}, {"id", 1},
                                                        {"result", json::object()}});
  const std::size_t tree_size = tree.size();
  EXPECT_EQ(tree_size, std::move(tree).Text().size());
}

TEST(WireMessageTest, UnmodifiedMessageIsNotReserialized) {
  const std::string original = R"({"jsonrpc":"2.0", "id":1, "result":{"b":1,  "a":2}})";
  WireMessage message = Inspected(original);
  EXPECT_EQ(message.Tree().at("result").at("a"), 2);  // reading the tree changes nothing
  EXPECT_FALSE(message.from_tree());
  EXPECT_EQ(std::move(message).Text(), original);
}

TEST(WireMessageTest, TreeTakenKeepingTextLeavesTheBytesWithTheirReplacements) {
  const std::string original = R"({"jsonrpc":"2.0", "id":1, "result":{"b":1,  "a":"x"}})";
  WireMessage message = Inspected(original);
  message.SetId(9, "9");
  json::object tree = message.TakeTreeKeepingText();
  EXPECT_EQ(tree.at("id"), 9) << "the tree reflects the replacements made so far";
  tree["result"].get_object()["a"] = "changed";  // the caller's own copy
  EXPECT_FALSE(message.from_tree());
  EXPECT_EQ(message.Tree().at("result").at("a"), "x") << "parsed again from the text";
  EXPECT_EQ(std::move(message).Text(), R"({"jsonrpc":"2.0", "id":9, "result":{"b":1,  "a":"x"}})");
}

TEST(WireMessageTest, TreeTakenKeepingTextOfATreeMessageIsACopy) {
  WireMessage message = WireMessage::FromTree(json::object{{"jsonrpc", "2.0"}, {"id", 1}});
  json::object tree = message.TakeTreeKeepingText();
  tree["id"] = 2;
  EXPECT_EQ(message.Tree().at("id"), 1);
}

TEST(WireMessageTest, ModifiedMessageIsReserializedFromTheTree) {
  WireMessage message = Inspected(R"({"jsonrpc":"2.0", "id":1, "result":{"secret":"x"}})");
  message.MutableTree()["result"].get_object()["secret"] = "[masked]";
  message.SetId(9, "9");
  EXPECT_TRUE(message.from_tree());
  EXPECT_EQ(json::parse(std::move(message).Text()),
            json::parse(R"({"jsonrpc":"2.0","id":9,"result":{"secret":"[masked]"}})"));
}

TEST(WireMessageTest, SetValueReplacesNestedValuesInPlace) {
  const std::string original =
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a_echo",)"
      R"("arguments":{"name":"keep"},"_meta":{"progressToken":"t"}}})";
  WireMessage message = Inspected(original);
  ASSERT_TRUE(message.SetValue({"params", "name"}, "echo"));
  ASSERT_TRUE(message.SetValue({"params", "_meta", "progressToken"}, 42));
  message.SetId(7, "7");
  EXPECT_FALSE(message.from_tree());
  EXPECT_EQ(std::move(message).Text(),
            R"({"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo",)"
            R"("arguments":{"name":"keep"},"_meta":{"progressToken":42}}})");
}

TEST(WireMessageTest, GetValueReadsFromTextAndFromTree) {
  WireMessage message = Inspected(
      R"({"jsonrpc":"2.0","id":1,"method":"m","params":{"name":"n","_meta":{"progressToken":5}}})");
  EXPECT_EQ(message.GetValue({"params", "name"}), json::value("n"));
  EXPECT_EQ(message.GetValue({"params", "_meta", "progressToken"}), json::value(5));
  EXPECT_FALSE(message.GetValue({"params", "missing"}));
  EXPECT_FALSE(message.HasValue({"params", "name", "deeper"}));
  message.MutableTree()["params"].get_object()["name"] = "changed";
  EXPECT_EQ(message.GetValue({"params", "name"}), json::value("changed"));
}

TEST(WireMessageTest, NestedObjectsAreReadFromTheTextWhateverTheirNumber) {
  // Objects three levels down, and objects past the number listed with their parent, are
  // scanned when a lookup reaches them: the values are the same.
  std::string params;
  for (int i = 0; i < 40; ++i) {
    if (i > 0) params += ",";
    params += "\"k" + std::to_string(i) + "\":{\"v\":" + std::to_string(i) +
              ",\"deep\":{\"w\":{\"x\":\"" + std::string(100, 'a') + "\"}}}";
  }
  WireMessage message =
      Inspected(R"({"jsonrpc":"2.0","id":1,"method":"m","params":{)" + params + "}}");
  EXPECT_EQ(message.GetValue({"params", "k0", "v"}), json::value(0));
  EXPECT_EQ(message.GetValue({"params", "k39", "v"}), json::value(39));
  EXPECT_EQ(message.GetValue({"params", "k39", "deep", "w", "x"}), json::value(std::string(100, 'a')));
  EXPECT_FALSE(message.GetValue({"params", "k39", "missing"}));
  EXPECT_FALSE(message.has_tree()) << "read from the text";
}

TEST(WireMessageTest, AbsentMembersAreKnownFromTheTextWithoutATree) {
  WireMessage request = Inspected(
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"n","arguments":{}}})");
  request.SetId(2, "2");
  EXPECT_FALSE(request.GetValue({"params", "_meta", "progressToken"}));
  EXPECT_FALSE(request.HasValue({"params", "_meta"}));
  EXPECT_FALSE(request.HasValue({"params", "name", "deeper"})) << "a parent that is no object";
  EXPECT_FALSE(request.has_tree());
  WireMessage answer = Inspected(R"({"jsonrpc":"2.0","id":1,"result":{"content":[]}})");
  EXPECT_FALSE(answer.HasValue({"result", "task"}));
  EXPECT_TRUE(answer.HasValue({"result", "content"}));
  EXPECT_FALSE(answer.has_tree());
}

TEST(WireMessageTest, ReadingAValueAwayFromAReplacementLeavesItPending) {
  // The id's replacement is at the top level: reading params or result needs no folded text
  // (folding copies the whole message), and what is read is the text's own value.
  WireMessage request = Inspected(
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"n",)"
      R"("arguments":{"text":"a \"quoted\" \\ text"},"_meta":{"progressToken":"p"}}})");
  request.SetId(12345, "12345");
  EXPECT_EQ(request.GetValue({"params", "name"}), json::value("n"));
  EXPECT_EQ(request.GetValue({"params", "_meta", "progressToken"}), json::value("p"));
  EXPECT_EQ(request.GetValue({"params", "arguments", "text"}),
            json::value("a \"quoted\" \\ text"));
  EXPECT_FALSE(request.HasValue({"params", "task"}));
  EXPECT_TRUE(request.has_pending_edits());
  EXPECT_FALSE(request.has_tree());
  EXPECT_EQ(std::move(request).Text(),
            R"({"jsonrpc":"2.0","id":12345,"method":"tools/call","params":{"name":"n",)"
            R"("arguments":{"text":"a \"quoted\" \\ text"},"_meta":{"progressToken":"p"}}})");
  WireMessage answer = Inspected(R"({"jsonrpc":"2.0","id":"u-1","result":{"content":[]}})");
  answer.SetId(7, "7");
  EXPECT_FALSE(answer.HasValue({"result", "task"}));
  EXPECT_TRUE(answer.HasValue({"result", "content"}));
  EXPECT_TRUE(answer.has_pending_edits());
  EXPECT_EQ(std::move(answer).Text(), R"({"jsonrpc":"2.0","id":7,"result":{"content":[]}})");
}

TEST(WireMessageTest, ReadingAValueUnderAReplacementSeesTheReplacement) {
  // A replaced value on the path (or the value itself) is read as replaced, also when the
  // replacement changed its shape (a string became an object).
  WireMessage message = Inspected(
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","_meta":"x"}})");
  ASSERT_TRUE(message.SetValue({"params", "name"}, "b"));
  EXPECT_EQ(message.GetValue({"params", "name"}), json::value("b"));
  json::object meta;
  meta["progressToken"] = 9;
  ASSERT_TRUE(message.SetValue({"params", "_meta"}, meta));
  EXPECT_TRUE(message.HasValue({"params", "_meta", "progressToken"}));
  EXPECT_EQ(message.GetValue({"params", "_meta", "progressToken"}), json::value(9));
  message.SetId(2, "2");
  EXPECT_EQ(message.GetValue({"params", "_meta", "progressToken"}), json::value(9));
  EXPECT_EQ(json::parse(std::move(message).Text()),
            json::parse(R"({"jsonrpc":"2.0","id":2,"method":"tools/call",)"
                        R"("params":{"name":"b","_meta":{"progressToken":9}}})"));
}

TEST(WireMessageTest, EscapedKeyOnThePathIsDecidedByTheTree) {
  // "n\u0061me" decodes to "name": the member is repeated, and the text alone cannot say which
  // one a parser keeps; routing and the upstream must agree, so the tree decides.
  const std::string text =
      R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","n\u0061me":"b"}})";
  const json::value parsed = json::parse(text);
  WireMessage message = Inspected(text);
  EXPECT_EQ(message.GetValue({"params", "name"}), parsed.at("params").at("name"));
  EXPECT_TRUE(message.has_tree());
  WireMessage escaped_only = Inspected(
      R"({"jsonrpc":"2.0","id":1,"method":"m","params":{"t\u0061sk":1}})");
  EXPECT_TRUE(escaped_only.HasValue({"params", "task"}));
  ASSERT_TRUE(message.SetValue({"params", "name"}, "c"));
  const json::value sent = json::parse(std::move(message).Text());
  EXPECT_EQ(sent.at("params").as_object().size(), 1u) << "one member named name is sent";
  EXPECT_EQ(sent.at("params").at("name"), "c");
}

TEST(WireMessageTest, EscapedIdKeyFallsBackToTheTree) {
  WireMessage message = Inspected(R"({"jsonrpc":"2.0","\u0069d":4,"result":{}})");
  EXPECT_EQ(message.id(), 4);
  message.SetId("x", "\"x\"");
  EXPECT_TRUE(message.from_tree());
  EXPECT_EQ(json::parse(std::move(message).Text()),
            json::parse(R"({"jsonrpc":"2.0","id":"x","result":{}})"));
}

TEST(WireMessageTest, ResultFromTextWrapsASerializedResult) {
  WireMessage message = WireMessage::ResultFromText(3, "3", R"({"tools":[]})");
  EXPECT_EQ(message.kind(), MessageKind::kResult);
  EXPECT_EQ(message.id(), 3);
  EXPECT_EQ(message.Tree().at("result").at("tools"), json::array());
  message.SetId("c", "\"c\"");
  EXPECT_EQ(std::move(message).Text(), R"({"jsonrpc":"2.0","id":"c","result":{"tools":[]}})");
}

TEST(WireMessageTest, FromTreeSerializesOnce) {
  WireMessage message = MakeErrorResponse(5, kInternalError, "boom");
  EXPECT_EQ(message.kind(), MessageKind::kError);
  EXPECT_EQ(message.id(), 5);
  EXPECT_EQ(message.id_text(), "5");
  EXPECT_EQ(json::parse(std::move(message).Text()),
            json::parse(R"({"jsonrpc":"2.0","id":5,"error":{"code":-32603,"message":"boom"}})"));
}

TEST(WireMessageTest, LineBreaksBetweenTokensBecomeSpaces) {
  WireMessage message =
      Inspected("{\"jsonrpc\":\"2.0\",\r\n \"id\":1,\n\"result\":{\"t\":\"a\\nb\"}}");
  EXPECT_EQ(std::move(message).Text(),
            "{\"jsonrpc\":\"2.0\",   \"id\":1, \"result\":{\"t\":\"a\\nb\"}}");
}

}  // namespace
}  // namespace mcpgw::core
