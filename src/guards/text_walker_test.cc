#include "guards/text_walker.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

namespace json = boost::json;

struct Case {
  const char* name;
  Direction direction;
  const char* method;
  bool is_error;
  const char* payload;
  std::vector<std::string> pointers;  // every leaf visited, in order
};

GuardContext Ctx(const Case& c) {
  GuardContext context;
  context.direction = c.direction;
  context.method = c.method;
  context.is_error = c.is_error;
  return context;
}

class TextWalkerPaths : public ::testing::TestWithParam<Case> {};

TEST_P(TextWalkerPaths, VisitsExactlyTheTextAModelOrServerReads) {
  const Case& c = GetParam();
  json::value payload = json::parse(c.payload);
  std::vector<std::string> seen;
  auto visit = [&](TextLeaf& leaf) { seen.push_back(leaf.Pointer()); };
  WalkText(Ctx(c), payload, visit);
  EXPECT_EQ(seen, c.pointers) << c.name;
}

const Case kCases[] = {
    {"tool arguments: every string leaf, nested; keys and _meta never", Direction::kRequest,
     "tools/call", false,
     R"({"name":"t","arguments":{"path":"a","opts":{"x":["b",1,"c"]},"n":2},"_meta":{"k":"v"}})",
     {"/arguments/path", "/arguments/opts/x/0", "/arguments/opts/x/2"}},
    {"tool result: text blocks, embedded resources, links, structuredContent",
     Direction::kResponse, "tools/call", false,
     R"({"content":[{"type":"text","text":"t0"},{"type":"image","data":"AAAA","mimeType":"image/png"},
         {"type":"resource","resource":{"uri":"file:///a","text":"t2"}},
         {"type":"resource_link","uri":"file:///b","name":"n","title":"ti","description":"de"}],
        "structuredContent":{"a":"s","b":[{"c":"d"}]},"isError":false})",
     {"/content/0/text", "/content/2/resource/text", "/content/3/title", "/content/3/description",
      "/structuredContent/a", "/structuredContent/b/0/c"}},
    {"resources/read: text and textual blobs only", Direction::kResponse, "resources/read", false,
     R"({"contents":[{"uri":"u","text":"x"},{"uri":"v","blob":"aGVsbG8=","mimeType":"application/json"},
         {"uri":"w","blob":"AAAA","mimeType":"image/png"}]})",
     {"/contents/0/text", "/contents/1/blob"}},
    {"prompts/get result: description and message content", Direction::kResponse, "prompts/get",
     false,
     R"({"description":"d","messages":[{"role":"user","content":{"type":"text","text":"m"}}]})",
     {"/description", "/messages/0/content/text"}},
    {"prompts/get request: argument values", Direction::kRequest, "prompts/get", false,
     R"({"name":"p","arguments":{"a":"1"}})", {"/arguments/a"}},
    {"completion request: the argument value and context arguments", Direction::kRequest,
     "completion/complete", false,
     R"({"ref":{"type":"ref/prompt","name":"p"},"argument":{"name":"a","value":"v"},"context":{"arguments":{"b":"w"}}})",
     {"/argument/value", "/context/arguments/b"}},
    {"completion result values", Direction::kResponse, "completion/complete", false,
     R"({"completion":{"values":["a","b"],"total":2}})", {"/completion/values/0", "/completion/values/1"}},
    {"sampling request toward the client: messages and system prompt", Direction::kResponse,
     "sampling/createMessage", false,
     R"({"messages":[{"role":"user","content":{"type":"text","text":"q"}},{"role":"user","content":[{"type":"text","text":"r"}]}],"systemPrompt":"s","maxTokens":5})",
     {"/messages/0/content/text", "/messages/1/content/0/text", "/systemPrompt"}},
    {"the client's sampling answer toward the server", Direction::kRequest,
     "sampling/createMessage", false,
     R"({"role":"assistant","content":{"type":"text","text":"a"},"model":"m"})", {"/content/text"}},
    {"elicitation request: its message", Direction::kResponse, "elicitation/create", false,
     R"({"message":"m","requestedSchema":{"type":"object"}})", {"/message"}},
    {"elicitation answer: content values", Direction::kRequest, "elicitation/create", false,
     R"({"action":"accept","content":{"name":"n","age":3}})", {"/content/name"}},
    {"log notification: data string or leaves", Direction::kResponse, "notifications/message",
     false, R"({"level":"info","logger":"l","data":{"msg":"x","n":[ "y" ]}})",
     {"/data/msg", "/data/n/0"}},
    {"progress message", Direction::kResponse, "notifications/progress", false,
     R"({"progressToken":"t","progress":1,"message":"m"})", {"/message"}},
    {"task status message", Direction::kResponse, "notifications/tasks/status", false,
     R"({"taskId":"t","status":"working","statusMessage":"m"})", {"/statusMessage"}},
    {"upstream error: message and data", Direction::kResponse, "tools/call", true,
     R"({"code":-32000,"message":"m","data":{"detail":"d"}})", {"/message", "/data/detail"}},
    {"methods without text are not walked", Direction::kResponse, "tools/list", false,
     R"({"tools":[{"name":"a","description":"d"}]})", {}},
    {"pointer escapes ~ and /", Direction::kRequest, "tools/call", false,
     R"({"arguments":{"a/b~c":"x"}})", {"/arguments/a~1b~0c"}},
};

INSTANTIATE_TEST_SUITE_P(Paths, TextWalkerPaths, ::testing::ValuesIn(kCases));

TEST(TextWalker, ReplacementIsWrittenBack) {
  json::value payload = json::parse(R"({"arguments":{"a":"secret","b":"keep"}})");
  GuardContext context;
  context.method = "tools/call";
  auto visit = [](TextLeaf& leaf) {
    if (leaf.text() == "secret") leaf.Replace("<MASKED>");
  };
  EXPECT_EQ(WalkText(context, payload, visit), 1u);
  EXPECT_EQ(payload.at("arguments").at("a"), "<MASKED>");
  EXPECT_EQ(payload.at("arguments").at("b"), "keep");
}

TEST(TextWalker, TextualBlobIsDecodedScannedAndReencoded) {
  // "token=abc" in base64.
  json::value payload = json::parse(
      R"({"contents":[{"uri":"u","mimeType":"text/plain; charset=utf-8","blob":"dG9rZW49YWJj"}]})");
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "resources/read";
  std::string seen;
  auto visit = [&](TextLeaf& leaf) {
    seen = std::string(leaf.text());
    leaf.Replace("token=<X>");
  };
  WalkText(context, payload, visit);
  EXPECT_EQ(seen, "token=abc");
  EXPECT_EQ(payload.at("contents").at(0).at("blob"), "dG9rZW49PFg+");
}

TEST(TextWalker, TextualMimeTypes) {
  EXPECT_TRUE(IsTextualMime("text/plain"));
  EXPECT_TRUE(IsTextualMime("application/json"));
  EXPECT_TRUE(IsTextualMime("application/vnd.api+json"));
  EXPECT_TRUE(IsTextualMime("application/x-yaml; charset=utf-8"));
  EXPECT_FALSE(IsTextualMime("image/png"));
  EXPECT_FALSE(IsTextualMime("application/octet-stream"));
}

}  // namespace
}  // namespace mcpgw::guards
