// Who hears what an upstream sends (router.h, "Isolation between clients"): log messages, task
// status and task lookups never cross sessions. One test per rule, named after it.
#include "router/router.h"

#include "testing/fake_client_session.h"
#include "testing/fake_upstream.h"

#include <gtest/gtest.h>

#include <optional>

namespace mcpgw::router {
namespace {

using mcpgw::testing::FakeClientSession;
using mcpgw::testing::FakeUpstream;

json::object LogMessage(std::string_view level, std::string_view data) {
  return core::MakeNotification("notifications/message",
                                json::object{{"level", level}, {"data", data}});
}

class NotificationRoutingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_ = std::make_shared<FakeUpstream>("srv");
    upstream_->SetTools({"work"});
    upstream_->mutable_catalog().capabilities["logging"] = json::object();
    upstream_->mutable_catalog().capabilities["tasks"] =
        json::object{{"list", json::object()}};
    router_ = std::make_unique<Router>(RouterOptions{}, nullptr);
    router_->SetUpstreams({upstream_});
    router_->AddSession(alice_);
    router_->AddSession(bob_);
  }

  std::optional<json::object> Handle(const std::shared_ptr<FakeClientSession>& session,
                                     std::string_view method, json::object params) {
    auto message = core::ValidateMessage(core::MakeRequest(1, method, std::move(params)));
    EXPECT_TRUE(message);
    auto answer = std::make_shared<std::optional<json::object>>();
    router_->HandleRequest(session, core::WireMessage::FromMessage(std::move(*message)),
                           [answer](core::WireMessage r) { *answer = std::move(r).TakeTree(); });
    return *answer;
  }
  void SetLevel(const std::shared_ptr<FakeClientSession>& session, std::string_view level) {
    auto answer = Handle(session, "logging/setLevel", json::object{{"level", level}});
    ASSERT_TRUE(answer && answer->contains("result")) << (answer ? core::Serialize(*answer) : "");
  }
  // Alice calls the tool; the upstream answers with a task the gateway remembers as hers.
  void AliceCreatesTask(std::string_view task_id) {
    Handle(alice_, "tools/call", json::object{{"name", "srv_work"}});
    ASSERT_FALSE(upstream_->sent().empty());
    upstream_->RespondResult(upstream_->sent().back().id,
                             json::object{{"task", json::object{{"taskId", task_id},
                                                                {"status", "working"}}}});
  }

  std::shared_ptr<FakeUpstream> upstream_;
  std::unique_ptr<Router> router_;
  std::shared_ptr<FakeClientSession> alice_ = std::make_shared<FakeClientSession>();
  std::shared_ptr<FakeClientSession> bob_ = std::make_shared<FakeClientSession>();
};

TEST_F(NotificationRoutingTest, LogMessageGoesOnlyToTheSessionWithARequestInFlightThere) {
  alice_->latest_in_flight[upstream_.get()] = 5;
  SetLevel(bob_, "debug");  // even a session that asked for everything does not get it
  router_->OnUpstreamNotification(*upstream_, LogMessage("info", "alice's file"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 1u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, LogMessageGoesToTheSessionWithTheMostRecentRequestThere) {
  alice_->latest_in_flight[upstream_.get()] = 5;
  bob_->latest_in_flight[upstream_.get()] = 9;
  router_->OnUpstreamNotification(*upstream_, LogMessage("info", "x"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 1u);
}

TEST_F(NotificationRoutingTest, LogMessageWithNoRequestInFlightGoesToSessionsThatSetALevel) {
  SetLevel(alice_, "info");
  router_->OnUpstreamNotification(*upstream_, LogMessage("warning", "x"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 1u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, LogMessageIsNeverBroadcastToEverySession) {
  router_->OnUpstreamNotification(*upstream_, LogMessage("emergency", "x"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, LogMessageBelowTheSessionsLevelIsFilteredPerSession) {
  SetLevel(alice_, "error");
  SetLevel(bob_, "debug");
  router_->OnUpstreamNotification(*upstream_, LogMessage("warning", "w"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 1u);
  router_->OnUpstreamNotification(*upstream_, LogMessage("critical", "c"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 1u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 2u);
}

TEST_F(NotificationRoutingTest, LogMessageForTheCausingSessionRespectsItsLevel) {
  SetLevel(alice_, "error");
  alice_->latest_in_flight[upstream_.get()] = 1;
  router_->OnUpstreamNotification(*upstream_, LogMessage("info", "noise"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, UpstreamIsSentTheMostVerboseLevelAnySessionAskedFor) {
  SetLevel(alice_, "error");
  SetLevel(bob_, "info");
  SetLevel(alice_, "critical");
  std::vector<std::string> levels;
  for (const auto& sent : upstream_->sent())
    if (sent.method == "logging/setLevel")
      levels.emplace_back(sent.params.at("level").as_string());
  EXPECT_EQ(levels, (std::vector<std::string>{"error", "info", "info"}));
}

TEST_F(NotificationRoutingTest, SetLevelWithAnUnknownLevelIsInvalidParams) {
  auto answer = Handle(alice_, "logging/setLevel", json::object{{"level", "loud"}});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->at("error").at("code"), core::kInvalidParams);
  router_->OnUpstreamNotification(*upstream_, LogMessage("error", "x"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, RemovedSessionsLevelIsForgotten) {
  SetLevel(alice_, "debug");
  router_->RemoveSession(alice_.get());
  router_->AddSession(alice_);
  router_->OnUpstreamNotification(*upstream_, LogMessage("error", "x"));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 0u);
}

TEST_F(NotificationRoutingTest, TaskStatusReachesOnlyTheSessionThatCreatedTheTask) {
  AliceCreatesTask("t-1");
  router_->OnUpstreamNotification(
      *upstream_, core::MakeNotification("notifications/tasks/status",
                                         json::object{{"taskId", "t-1"}, {"status", "done"}}));
  EXPECT_EQ(alice_->CountSent("notifications/tasks/status"), 1u);
  EXPECT_EQ(bob_->CountSent("notifications/tasks/status"), 0u);
}

TEST_F(NotificationRoutingTest, TaskStatusForAnUnknownTaskReachesNobody) {
  router_->OnUpstreamNotification(
      *upstream_, core::MakeNotification("notifications/tasks/status",
                                         json::object{{"taskId", "t-9"}, {"status", "done"}}));
  EXPECT_EQ(alice_->CountSent("notifications/tasks/status"), 0u);
  EXPECT_EQ(bob_->CountSent("notifications/tasks/status"), 0u);
}

TEST_F(NotificationRoutingTest, AnotherSessionsTaskIsUnknownToTasksGet) {
  AliceCreatesTask("t-1");
  const std::size_t sent = upstream_->sent().size();
  auto answer = Handle(bob_, "tasks/get", json::object{{"taskId", "t-1"}});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->at("error").at("code"), core::kInvalidParams);
  EXPECT_EQ(upstream_->sent().size(), sent) << "bob's lookup must not reach the upstream";
  Handle(alice_, "tasks/get", json::object{{"taskId", "t-1"}});
  EXPECT_EQ(upstream_->sent().size(), sent + 1);
}

TEST_F(NotificationRoutingTest, TasksListShowsOnlyTheSessionsOwnTasks) {
  AliceCreatesTask("t-1");
  auto answer = std::make_shared<std::optional<json::object>>();
  auto list_for = [&](const std::shared_ptr<FakeClientSession>& session) {
    auto message = core::ValidateMessage(core::MakeRequest(2, "tasks/list", json::object()));
    answer->reset();
    router_->HandleRequest(session, core::WireMessage::FromMessage(std::move(*message)),
                           [answer](core::WireMessage r) { *answer = std::move(r).TakeTree(); });
    upstream_->RespondResult(
        upstream_->sent().back().id,
        json::object{{"tasks", json::array{json::object{{"taskId", "t-1"}},
                                           json::object{{"taskId", "t-other"}}}}});
    EXPECT_TRUE(answer->has_value());
    return (*answer)->at("result").at("tasks").as_array();
  };
  EXPECT_EQ(list_for(alice_), (json::array{json::object{{"taskId", "t-1"}}}));
  EXPECT_TRUE(list_for(bob_).empty());
}

}  // namespace
}  // namespace mcpgw::router
