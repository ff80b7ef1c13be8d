// Servers with "isolation": "session": every session's calls go to its own instance, started on
// first use and stopped when the session ends, bounded by maxInstances; what an instance says
// reaches only its session.
#include "router/router.h"

#include "testing/fake_client_session.h"
#include "testing/fake_upstream.h"

#include <gtest/gtest.h>

#include <optional>

namespace mcpgw::router {
namespace {

using mcpgw::testing::FakeClientSession;
using mcpgw::testing::FakeUpstream;
using upstream::State;

class SessionInstancesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    shared_ = std::make_shared<FakeUpstream>("files");
    shared_->SetTools({"read"});
    shared_->mutable_config().isolation = config::ServerConfig::Isolation::kSession;
    shared_->mutable_config().max_instances = 2;
    router_.SetUpstreams({shared_});
    router_.SetInstanceFactory([this](std::size_t index, upstream::UpstreamObserver* observer) {
      EXPECT_EQ(index, 0u);
      auto instance = std::make_shared<FakeUpstream>("files", instance_state_);
      instance->mutable_config() = shared_->config();
      instance->set_settled(instance_state_ == State::kActive);
      instance->SetTools({"read"});
      made_.push_back(instance);
      observers_.push_back(observer);
      return instance;
    });
    for (auto* session : {&alice_, &bob_, &carol_}) {
      *session = std::make_shared<FakeClientSession>();
      router_.AddSession(*session);
    }
  }

  std::optional<json::object> Call(const std::shared_ptr<FakeClientSession>& session,
                                   json::value id = 1) {
    auto message = core::ValidateMessage(core::MakeRequest(
        id, "tools/call", json::object{{"name", "files_read"}, {"arguments", json::object()}}));
    auto answer = std::make_shared<std::optional<json::object>>();
    router_.HandleRequest(session, core::WireMessage::FromMessage(std::move(*message)),
                          [answer](core::WireMessage r) { *answer = std::move(r).TakeTree(); });
    return *answer;
  }

  State instance_state_ = State::kActive;
  std::shared_ptr<FakeUpstream> shared_;
  std::vector<std::shared_ptr<FakeUpstream>> made_;
  std::vector<upstream::UpstreamObserver*> observers_;
  Router router_{RouterOptions{}, nullptr};
  std::shared_ptr<FakeClientSession> alice_, bob_, carol_;
};

TEST_F(SessionInstancesTest, EachSessionsCallsGoToItsOwnInstanceStartedOnFirstUse) {
  EXPECT_TRUE(made_.empty()) << "no instance before the first call";
  Call(alice_);
  Call(bob_);
  Call(alice_, 2);
  ASSERT_EQ(made_.size(), 2u);
  EXPECT_EQ(made_[0]->start_calls(), 1);
  EXPECT_EQ(made_[0]->sent().size(), 2u) << "both of alice's calls";
  EXPECT_EQ(made_[1]->sent().size(), 1u) << "bob's call";
  EXPECT_TRUE(shared_->sent().empty()) << "the shared instance serves no call";
}

TEST_F(SessionInstancesTest, InstanceIsStoppedWhenItsSessionEnds) {
  Call(alice_);
  Call(bob_);
  router_.RemoveSession(alice_.get());
  EXPECT_EQ(made_[0]->stop_calls(), 1);
  EXPECT_EQ(made_[1]->stop_calls(), 0);
  EXPECT_EQ(router_.instance_count(), 1u);
}

TEST_F(SessionInstancesTest, PastMaxInstancesACallGetsAClearErrorUntilASessionEnds) {
  Call(alice_);
  Call(bob_);
  auto refused = Call(carol_, 5);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->at("id"), 5);
  EXPECT_EQ(refused->at("error").at("code"), core::kUpstreamUnavailable);
  EXPECT_NE(std::string(refused->at("error").at("message").as_string()).find("2 per-session"),
            std::string::npos);
  router_.RemoveSession(alice_.get());
  EXPECT_FALSE(Call(carol_).has_value()) << "forwarded to carol's new instance";
  EXPECT_EQ(made_.size(), 3u);
}

TEST_F(SessionInstancesTest, CallsWhileTheInstanceStartsWaitAndAreSentOnceActive) {
  instance_state_ = State::kStarting;
  Call(alice_, 1);
  Call(alice_, 2);
  ASSERT_EQ(made_.size(), 1u);
  EXPECT_TRUE(made_[0]->sent().empty());
  made_[0]->set_state(State::kActive);
  made_[0]->set_settled(true);
  observers_[0]->OnUpstreamChanged(*made_[0]);
  EXPECT_EQ(made_[0]->sent().size(), 2u);
}

// A call that waited for its instance keeps what the router said about its client: the era
// (pass_input_required) and the capabilities a 2026-07-28 instance is told.
TEST_F(SessionInstancesTest, ACallThatWaitedForItsInstanceKeepsItsClientsEraAndCapabilities) {
  instance_state_ = State::kStarting;
  alice_->version = "2026-07-28";
  alice_->capabilities = json::object{{"sampling", json::object()}};
  Call(alice_, 1);
  made_[0]->set_state(State::kActive);
  made_[0]->set_settled(true);
  observers_[0]->OnUpstreamChanged(*made_[0]);
  ASSERT_EQ(made_[0]->sent().size(), 1u);
  const upstream::RequestId sent = made_[0]->sent()[0].id;
  EXPECT_TRUE(made_[0]->PassesInputRequired(sent));
  EXPECT_EQ(made_[0]->ClientCapabilitiesOf(sent),
            std::optional<json::object>(json::object{{"sampling", json::object()}}));
}

TEST_F(SessionInstancesTest, CallsWaitingForAnInstanceThatCannotStartGetItsError) {
  instance_state_ = State::kStarting;
  auto answer = std::make_shared<std::optional<json::object>>();
  auto message = core::ValidateMessage(core::MakeRequest(
      3, "tools/call", json::object{{"name", "files_read"}, {"arguments", json::object()}}));
  router_.HandleRequest(alice_, core::WireMessage::FromMessage(std::move(*message)),
                        [answer](core::WireMessage r) { *answer = std::move(r).TakeTree(); });
  made_[0]->set_state(State::kRestarting);
  made_[0]->set_last_error("command not found: files-server");
  made_[0]->set_settled(true);
  observers_[0]->OnUpstreamChanged(*made_[0]);
  ASSERT_TRUE(answer->has_value());
  EXPECT_EQ((*answer)->at("id"), 3);
  EXPECT_NE(std::string((*answer)->at("error").at("message").as_string()).find("command not found"),
            std::string::npos);
}

TEST_F(SessionInstancesTest, InstanceLogMessagesReachOnlyItsSession) {
  Call(alice_);
  Call(bob_);  // bob has a request in flight on his own instance of the same server
  auto* instance_observer = observers_[0];
  instance_observer->OnUpstreamNotification(
      *made_[0], core::MakeNotification("notifications/message",
                                        json::object{{"level", "error"}, {"data", "alice's"}}));
  EXPECT_EQ(alice_->CountSent("notifications/message"), 1u);
  EXPECT_EQ(bob_->CountSent("notifications/message"), 0u);
  EXPECT_EQ(carol_->CountSent("notifications/message"), 0u);
}

TEST_F(SessionInstancesTest, InstanceSamplingRequestGoesOnlyToItsSession) {
  alice_->capabilities["sampling"] = json::object();
  bob_->capabilities["sampling"] = json::object();
  Call(alice_);
  // Even a session claiming a later request in flight there does not divert it.
  bob_->latest_in_flight[dynamic_cast<const upstream::Upstream*>(observers_[0])] = 99;
  std::optional<json::object> reply;
  observers_[0]->OnUpstreamRequest(
      *made_[0], core::MakeRequest(1, "sampling/createMessage", json::object()),
      [&](json::object r) { reply = std::move(r); });
  EXPECT_EQ(alice_->requests.size(), 1u);
  EXPECT_TRUE(bob_->requests.empty());
  EXPECT_FALSE(reply.has_value()) << "waits for alice's answer";
}

}  // namespace
}  // namespace mcpgw::router
