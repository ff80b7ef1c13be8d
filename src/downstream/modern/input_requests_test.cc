#include "downstream/modern/input_requests.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

TEST(TakeInputKeyTest, HintOrKindNumberedKey) {
  const struct {
    const char* name;
    const char* method;
    const char* params;
    std::vector<std::string> taken;
    const char* key;
  } cases[] = {
      {"hint", "elicitation/create", R"({"_meta":{"mcp-gateway/inputKey":"user_name"}})", {},
       "user_name"},
      {"no hint", "elicitation/create", R"({"message":"x"})", {}, "elicitation_1"},
      {"sampling", "sampling/createMessage", R"({})", {}, "sampling_1"},
      {"roots", "roots/list", R"({})", {"roots_1"}, "roots_2"},
      {"hint taken", "roots/list", R"({"_meta":{"mcp-gateway/inputKey":"r"}})", {"r"}, "roots_1"},
      {"hint with bad characters", "roots/list",
       R"({"_meta":{"mcp-gateway/inputKey":"a b\n"}})", {}, "roots_1"},
      {"hint not a string", "roots/list", R"({"_meta":{"mcp-gateway/inputKey":5}})", {},
       "roots_1"},
      {"params not an object", "roots/list", R"(null)", {}, "roots_1"},
  };
  for (const auto& c : cases) {
    json::value params = json::parse(c.params);
    EXPECT_EQ(TakeInputKey(c.method, params, c.taken), c.key) << c.name;
    if (params.is_object()) {
      const json::value* meta = params.get_object().if_contains("_meta");
      EXPECT_TRUE(!meta || !meta->get_object().contains(kMetaInputKey)) << c.name;
    }
  }
}

TEST(TakeInputKeyTest, OtherMetaMembersSurviveTheHintsRemoval) {
  json::value params = json::parse(R"({"_meta":{"mcp-gateway/inputKey":"k","trace":"t"}})");
  EXPECT_EQ(TakeInputKey("roots/list", params, {}), "k");
  EXPECT_EQ(json::serialize(params), R"({"_meta":{"trace":"t"}})");
}

TEST(InputRequiredResultTest, ListsEachInputByKeyWithTheState) {
  std::vector<InputRequest> inputs;
  inputs.push_back({"a", "roots/list", json::object(), 1, nullptr});
  inputs.push_back({"b", "elicitation/create", json::object{{"message", "m"}}, 2, nullptr});
  json::object result = InputRequiredResult(inputs, "v1.x.y");
  EXPECT_EQ(json::serialize(result),
            R"({"resultType":"input_required","inputRequests":{"a":{"method":"roots/list","params":{}},)"
            R"("b":{"method":"elicitation/create","params":{"message":"m"}}},"requestState":"v1.x.y"})");
}

TEST(TakeRetryFieldsTest, TakesValidFieldsOutOfTheParams) {
  json::object params = json::parse(
      R"({"name":"t","inputResponses":{"k":{"action":"accept"}},"requestState":"s"})").as_object();
  auto fields = TakeRetryFields(params);
  ASSERT_TRUE(fields);
  EXPECT_TRUE(fields->present);
  EXPECT_EQ(fields->request_state, "s");
  EXPECT_TRUE(fields->input_responses.contains("k"));
  EXPECT_EQ(json::serialize(params), R"({"name":"t"})");
  json::object plain{{"name", "t"}};
  auto none = TakeRetryFields(plain);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->present);
}

TEST(TakeRetryFieldsTest, MalformedFieldsAreInvalidParams) {
  for (const char* text : {R"({"inputResponses":null})", R"({"inputResponses":[]})",
                           R"({"inputResponses":{"k":1}})", R"({"requestState":1})",
                           R"({"requestState":""})"}) {
    json::object params = json::parse(text).as_object();
    auto fields = TakeRetryFields(params);
    ASSERT_FALSE(fields) << text;
    EXPECT_EQ(fields.error().code, -32602) << text;
  }
}

}  // namespace
}  // namespace mcpgw::downstream::modern
