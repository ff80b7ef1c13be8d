#include "upstream/modern_listen.h"

#include <gtest/gtest.h>

#include "core/json_rpc.h"

namespace mcpgw::upstream::modern {
namespace {

constexpr std::string_view kTag = "io.modelcontextprotocol/subscriptionId";

TEST(ModernListenTest, AsksForEveryListChangedKindTheServerAdvertisesAndNothingElse) {
  const json::object caps{{"tools", json::object{{"listChanged", true}}},
                          {"prompts", json::object{{"listChanged", false}}},
                          {"resources", json::object{{"listChanged", true}}}};
  auto params = ListenParams(caps, {});
  ASSERT_TRUE(params);
  EXPECT_EQ(*params,
            (json::object{{"notifications", json::object{{"toolsListChanged", true},
                                                         {"resourcesListChanged", true}}}}));
}

TEST(ModernListenTest, UrisAreAskedOnlyOfAServerAdvertisingResourceSubscriptions) {
  const std::set<std::string> uris{"file:///b", "file:///a"};
  auto with = ListenParams(json::object{{"resources", json::object{{"subscribe", true}}}}, uris);
  ASSERT_TRUE(with);
  EXPECT_EQ(with->at("notifications"),
            (json::object{{"resourceSubscriptions", json::array{"file:///a", "file:///b"}}}));
  EXPECT_FALSE(ListenParams(json::object{{"resources", json::object()}}, uris));
}

TEST(ModernListenTest, NothingToAskMeansNoListen) {
  EXPECT_FALSE(ListenParams(json::object{{"tools", json::object()}}, {}));
  EXPECT_FALSE(ListenParams(json::object(), {"file:///a"}));
}

TEST(ModernListenTest, TheSubscriptionTagIsReadAndRemovedLeavingTheRest) {
  json::object update = core::MakeNotification(
      "notifications/resources/updated",
      json::object{{"uri", "file:///a"}, {"_meta", json::object{{kTag, 7}, {"traceparent", "t"}}}});
  auto tag = SubscriptionIdOf(update);
  ASSERT_TRUE(tag);
  EXPECT_EQ(*tag, 7);
  Untag(update);
  EXPECT_FALSE(SubscriptionIdOf(update));
  EXPECT_EQ(update.at("params"),
            (json::object{{"uri", "file:///a"}, {"_meta", json::object{{"traceparent", "t"}}}}));
}

TEST(ModernListenTest, UntaggingAListChangedLeavesNoEmptyParams) {
  json::object changed = core::MakeNotification("notifications/tools/list_changed",
                                                json::object{{"_meta", json::object{{kTag, 3}}}});
  Untag(changed);
  EXPECT_FALSE(changed.contains("params"));
  json::object untagged = core::MakeNotification("notifications/tools/list_changed", nullptr);
  EXPECT_FALSE(SubscriptionIdOf(untagged));
}

}  // namespace
}  // namespace mcpgw::upstream::modern
