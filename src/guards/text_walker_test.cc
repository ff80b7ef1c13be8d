#include "guards/text_walker.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/member_scan.h"
#include "core/wire_message.h"

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

// --- The walk over JSON text (WalkTextJson) against the walk over the tree (WalkText) ----------

// What a walk saw: each leaf's pointer and text, in order.
using Seen = std::vector<std::pair<std::string, std::string>>;

Seen TreeWalk(const GuardContext& context, json::value payload) {
  Seen seen;
  auto visit = [&](TextLeaf& leaf) { seen.emplace_back(leaf.Pointer(), leaf.text()); };
  WalkText(context, payload, visit);
  return seen;
}

JsonWalk TextWalk(const GuardContext& context, std::string_view text, Seen& seen) {
  auto visit = [&](const TextLeaf& leaf) {
    seen.emplace_back(leaf.Pointer(), leaf.text());
    return true;
  };
  return WalkTextJson(context, text, visit);
}

// True when some object in `text` (valid JSON) has a key written with an escape or a repeated
// key: the only texts the text walk may decline.
bool HasEscapedOrRepeatedKey(std::string_view text, core::Span value) {
  const std::size_t at = core::SkipSpace(text, value.offset);
  if (at >= value.end()) return false;
  if (text[at] == '[') {
    std::size_t i = core::SkipSpace(text, at + 1);
    while (i < value.end() && text[i] != ']') {
      const std::size_t end = core::SkipValue(text, i);
      if (HasEscapedOrRepeatedKey(text, core::Span{i, end - i})) return true;
      i = core::SkipSpace(text, end);
      if (i < value.end() && text[i] == ',') i = core::SkipSpace(text, i + 1);
    }
    return false;
  }
  if (text[at] != '{') return false;
  std::vector<std::string_view> keys;
  bool found = false;
  core::ScanMembers(text, core::Span{at, value.end() - at}, [&](std::string_view key, core::Span v) {
    found = found || key.find('\\') != std::string_view::npos ||
            std::find(keys.begin(), keys.end(), key) != keys.end() ||
            HasEscapedOrRepeatedKey(text, v);
    keys.push_back(key);
    return !found;
  });
  return found;
}

// Every context the walker distinguishes, and some it does not walk.
std::vector<GuardContext> AllContexts() {
  static constexpr const char* kMethods[] = {
      "tools/call",          "prompts/get",           "completion/complete",
      "sampling/createMessage", "elicitation/create", "resources/read",
      "notifications/message", "notifications/progress", "notifications/tasks/status",
      "tasks/get",           "tasks/result",          "tools/list"};
  std::vector<GuardContext> contexts;
  for (const char* method : kMethods)
    for (Direction direction : {Direction::kRequest, Direction::kResponse})
      for (bool is_error : {false, true}) {
        GuardContext context;
        context.method = method;
        context.direction = direction;
        context.is_error = is_error;
        contexts.push_back(context);
      }
  return contexts;
}

// Compares both walks of `text` (one JSON value) in every context. `where` names the input in
// failure messages. Returns how many walks the text walk declined.
int ExpectSameWalks(std::string_view text, const std::string& where) {
  boost::system::error_code ec;
  const json::value payload = json::parse(text, ec);
  if (ec) return 0;
  const bool may_decline = HasEscapedOrRepeatedKey(text, core::Span{0, text.size()});
  int declined = 0;
  for (const GuardContext& context : AllContexts()) {
    Seen seen;
    const JsonWalk walk = TextWalk(context, text, seen);
    if (walk == JsonWalk::kUndecided) {
      ++declined;
      EXPECT_TRUE(may_decline) << where << " " << context.method << ": declined without cause";
      continue;
    }
    EXPECT_EQ(walk, JsonWalk::kDone);
    EXPECT_EQ(seen, TreeWalk(context, payload))
        << where << " method=" << context.method
        << " direction=" << (context.direction == Direction::kRequest ? "request" : "response")
        << " is_error=" << context.is_error;
  }
  return declined;
}

TEST_P(TextWalkerPaths, TheTextWalkVisitsWhatTheTreeWalkVisits) {
  const Case& c = GetParam();
  Seen seen;
  EXPECT_EQ(TextWalk(Ctx(c), c.payload, seen), JsonWalk::kDone);
  EXPECT_EQ(seen, TreeWalk(Ctx(c), json::parse(c.payload))) << c.name;
  EXPECT_EQ(ExpectSameWalks(c.payload, c.name), 0);
}

// Shapes where reading the text differs most from reading a tree: escapes in leaves, in values
// the walker compares (a block's type, a MIME type) and in blobs; whitespace everywhere; values
// of unexpected kinds where the walker expects an object, an array or a string.
TEST(TextWalkerJson, EscapesWhitespaceAndOddKindsWalkAsTheTreeDoes) {
  const char* kPayloads[] = {
      R"({"content":[{"type":"text","text":"line\none \"quoted\" \\ back\/slash \t\b\f\r"}]})",
      R"({"content":[{"type":"t\u0065xt","text":"caf\u00e9 \u20ac \ud83d\ude00 \u0000 end"}]})",
      R"( { "content" : [ { "type" : "text" , "text" : "a" } , 7 , null , [ ] , { } ] ,
          "structuredContent" : { "x" : [ "b" , { "_meta" : "m" , "y" : "c" } , true ] } } )",
      R"({"content":{"type":"resource","resource":{"uri":"u","text":"r","blob":"eA==","mimeType":"text\/plain"}}})",
      R"({"contents":[{"uri":"v","blob":"aGVs\nbG8=","mimeType":"application\/json"},"s",3,
          {"uri":"w","blob":"not base64!","mimeType":"text/plain"},{"text":7},{"text":"\u00fc"}]})",
      R"({"content":"not an array","structuredContent":"top string","arguments":["a",{"b":"c"}]})",
      R"({"arguments":"plain","messages":{"content":"x"},"data":"s","message":["m"],"systemPrompt":null})",
      R"({"messages":[1,{"content":[{"type":"resource_link","title":"t","description":"\u0041"}]}],
          "completion":{"values":"v"},"argument":{"value":{"nested":"n"}},"context":{"arguments":[]}})",
      R"({"data":{"":"empty key","a~b/c":"pointer escapes","deep":[[["x"]]]},"message":"","statusMessage":"s"})",
      R"("just a string")",
      R"([{"content":[{"type":"text","text":"an array payload"}]}])",
      R"({})",
  };
  for (const char* payload : kPayloads) EXPECT_EQ(ExpectSameWalks(payload, payload), 0);
}

TEST(TextWalkerJson, ARepeatedOrEscapedKeyInAnObjectItReadsLeavesTheDecisionToTheTree) {
  GuardContext context;
  context.direction = Direction::kResponse;
  context.method = "tools/call";
  const char* kDeclined[] = {
      R"({"content":[{"type":"text","text":"a","text":"b"}]})",
      R"({"content":[{"type":"text","t\u0065xt":"a"}]})",
      R"({"content":[],"content":[{"type":"text","text":"a"}]})",
      R"({"structuredContent":{"k":"a","k":"b"}})",
      R"({"structuredContent":{"\u006b":"a"}})",
  };
  for (const char* payload : kDeclined) {
    Seen seen;
    EXPECT_EQ(TextWalk(context, payload, seen), JsonWalk::kUndecided) << payload;
  }
  // One the walker never reads does not matter.
  Seen seen;
  EXPECT_EQ(TextWalk(context, R"({"isError":false,"_meta":{"a":1,"a":2},"content":[]})", seen),
            JsonWalk::kDone);
}

TEST(TextWalkerJson, TheVisitorStopsTheWalk) {
  GuardContext context;
  context.method = "tools/call";
  int visits = 0;
  auto visit = [&](const TextLeaf&) { return ++visits < 2; };
  EXPECT_EQ(WalkTextJson(context, R"({"arguments":{"a":"1","b":"2","c":"3"}})", visit),
            JsonWalk::kStopped);
  EXPECT_EQ(visits, 2);
}

// Every JSON text in the fuzz corpora (each file, each line, each file without its first byte,
// which the guard_text fuzzer reads as flags), its params/result/error members as a message's
// text gives them, and the same values serialized: both walks agree in every context.
TEST(TextWalkerJson, TheFuzzCorporaWalkAsTheTreeDoes) {
  namespace fs = std::filesystem;
  const fs::path root = MCPGW_FUZZ_CORPUS;
  ASSERT_TRUE(fs::is_directory(root)) << root;
  int texts = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> candidates{file};
    if (!file.empty()) candidates.push_back(file.substr(1));
    std::istringstream lines(file);
    for (std::string line; std::getline(lines, line);) candidates.push_back(line);
    const std::string name = entry.path().lexically_relative(root).string();
    for (const std::string& text : candidates) {
      boost::system::error_code ec;
      const json::value value = json::parse(text, ec);
      if (ec) continue;
      ++texts;
      ExpectSameWalks(text, name);
      ExpectSameWalks(json::serialize(value), name + " (serialized)");
      auto wire = core::WireMessage::Inspect(text);
      if (!wire) continue;
      for (const char* member : {"params", "result", "error"}) {
        if (auto member_text = wire->MemberText(member))
          ExpectSameWalks(*member_text, name + " ." + member);
      }
    }
  }
  EXPECT_GT(texts, 50);
}

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
