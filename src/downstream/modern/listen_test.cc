#include "downstream/modern/listen.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/json_rpc.h"

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;

struct ParseCase {
  const char* name;
  const char* params;
  bool ok;
  const char* wire;  // FilterToJson of the parsed filter when ok
};

class ListenFilterParseTest : public testing::TestWithParam<ParseCase> {};

TEST_P(ListenFilterParseTest, NotificationsObjectIsRequiredAndTyped) {
  const json::value params = json::parse(GetParam().params);
  auto filter = ParseListenFilter(&params);
  ASSERT_EQ(filter.has_value(), GetParam().ok) << GetParam().params;
  if (!filter) {
    EXPECT_EQ(filter.error().code, core::kInvalidParams);
    return;
  }
  EXPECT_EQ(json::serialize(FilterToJson(*filter)), GetParam().wire);
}

INSTANTIATE_TEST_SUITE_P(
    Filters, ListenFilterParseTest,
    testing::Values(
        ParseCase{"AllKinds",
                  R"({"notifications":{"toolsListChanged":true,"promptsListChanged":true,
                      "resourcesListChanged":true,"resourceSubscriptions":["a://1","a://2"]}})",
                  true,
                  R"({"toolsListChanged":true,"promptsListChanged":true,)"
                  R"("resourcesListChanged":true,"resourceSubscriptions":["a://1","a://2"]})"},
        ParseCase{"FalseFlagsAreNotAsked", R"({"notifications":{"toolsListChanged":false}})", true,
                  "{}"},
        ParseCase{"EmptyFilter", R"({"notifications":{}})", true, "{}"},
        ParseCase{"RepeatedUriCountsOnce",
                  R"({"notifications":{"resourceSubscriptions":["a://1","a://1"]}})", true,
                  R"({"resourceSubscriptions":["a://1"]})"},
        ParseCase{"UnknownMembersAreIgnored", R"({"notifications":{"tasks":true}})", true, "{}"},
        ParseCase{"MissingNotifications", R"({})", false, ""},
        ParseCase{"NotificationsNotAnObject", R"({"notifications":[]})", false, ""},
        ParseCase{"FlagNotABoolean", R"({"notifications":{"toolsListChanged":"yes"}})", false,
                  ""},
        ParseCase{"UrisNotAnArray", R"({"notifications":{"resourceSubscriptions":"a://1"}})",
                  false, ""},
        ParseCase{"UriNotAString", R"({"notifications":{"resourceSubscriptions":[1]}})", false,
                  ""},
        ParseCase{"EmptyUri", R"({"notifications":{"resourceSubscriptions":[""]}})", false, ""}),
    [](const testing::TestParamInfo<ParseCase>& info) { return std::string(info.param.name); });

TEST(ListenFilterTest, MoreThanTheUriLimitIsInvalidParams) {
  json::array uris;
  for (std::size_t i = 0; i <= kMaxListenUris; ++i) uris.emplace_back("a://" + std::to_string(i));
  const json::value params =
      json::object{{"notifications", json::object{{"resourceSubscriptions", uris}}}};
  auto filter = ParseListenFilter(&params);
  ASSERT_FALSE(filter);
  EXPECT_EQ(filter.error().code, core::kInvalidParams);
  uris.pop_back();
  const json::value at_limit =
      json::object{{"notifications", json::object{{"resourceSubscriptions", uris}}}};
  ASSERT_TRUE(ParseListenFilter(&at_limit));
}

TEST(ListenFilterTest, HonoredIsWhatIsAskedAndAdvertised) {
  ListenFilter asked{true, true, true, {"a://1"}};
  const json::object tools_only = json::parse(R"({"tools":{"listChanged":true},"prompts":{},
      "resources":{"listChanged":false}})").as_object();
  EXPECT_EQ(json::serialize(FilterToJson(Honored(asked, tools_only))),
            R"({"toolsListChanged":true})");
  const json::object subscribe =
      json::parse(R"({"resources":{"subscribe":true}})").as_object();
  EXPECT_EQ(json::serialize(FilterToJson(Honored(asked, subscribe))),
            R"({"resourceSubscriptions":["a://1"]})");
  EXPECT_TRUE(Honored(ListenFilter{}, subscribe).empty());
}

TEST(ListenFilterTest, OnlyHonoredKindsAndNamedUrisAreAccepted) {
  ListenFilter filter;
  filter.prompts_list_changed = true;
  filter.resource_uris = {"a://1"};
  EXPECT_TRUE(FilterAccepts(filter, "notifications/prompts/list_changed", ""));
  EXPECT_FALSE(FilterAccepts(filter, "notifications/tools/list_changed", ""));
  EXPECT_FALSE(FilterAccepts(filter, "notifications/resources/list_changed", ""));
  EXPECT_TRUE(FilterAccepts(filter, "notifications/resources/updated", "a://1"));
  EXPECT_FALSE(FilterAccepts(filter, "notifications/resources/updated", "a://2"));
  EXPECT_FALSE(FilterAccepts(filter, "notifications/resources/updated", "a://1/"));
  EXPECT_FALSE(FilterAccepts(filter, "notifications/message", ""));
}

TEST(ListenFilterTest, EveryStreamMessageCarriesTheListenIdInMeta) {
  ListenFilter honored;
  honored.tools_list_changed = true;
  const json::object ack = Acknowledgement(honored, "listen:0");
  EXPECT_EQ(json::serialize(ack),
            R"({"jsonrpc":"2.0","method":"notifications/subscriptions/acknowledged",)"
            R"("params":{"notifications":{"toolsListChanged":true},)"
            R"("_meta":{"io.modelcontextprotocol/subscriptionId":"listen:0"}}})");
  const json::object bare =
      TagSubscription(core::MakeNotification("notifications/tools/list_changed", nullptr), 7);
  EXPECT_EQ(bare.at("params").at("_meta").at("io.modelcontextprotocol/subscriptionId"), 7);
  const json::object updated = TagSubscription(
      json::parse(R"({"jsonrpc":"2.0","method":"notifications/resources/updated",
                      "params":{"uri":"a://1","_meta":{"other":1}}})").as_object(),
      "s");
  EXPECT_EQ(updated.at("params").at("uri"), "a://1");
  EXPECT_EQ(updated.at("params").at("_meta").at("other"), 1);
  EXPECT_EQ(updated.at("params").at("_meta").at("io.modelcontextprotocol/subscriptionId"), "s");
}

}  // namespace
}  // namespace mcpgw::downstream::modern
