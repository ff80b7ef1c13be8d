// The exception boundary of downstream::Session: a throw while one message is handled ends only
// that exchange (answered with -32603 and logged); the session and every other session keep
// serving.
#include "downstream/session.h"

#include "testing/fake_upstream.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <stdexcept>

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

struct Client {
  std::shared_ptr<Session> session;
  std::vector<json::object> received;
};

class SessionExceptionBoundaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_ = std::make_shared<FakeUpstream>("srv");
    upstream_->SetTools({"boom", "ok"});
    upstream_->on_send = [](const FakeUpstream::SentRequest& request) {
      const json::value* name = request.params.is_object()
                                    ? request.params.get_object().if_contains("name")
                                    : nullptr;
      if (name && *name == "boom") throw std::runtime_error("injected failure");
    };
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({upstream_});
  }
  void TearDown() override {
    for (Client* client : {&a_, &b_})
      if (client->session) client->session->Close();
  }

  void Open(Client& client) {
    client.session = std::make_shared<Session>(
        *router_,
        [&client](std::string text, std::string_view, bool) {
          if (!text.empty()) client.received.push_back(boost::json::parse(text).as_object());
        },
        SessionOptions{});
    client.session->Open();
    Send(client, core::MakeRequest(0, "initialize",
                                   json::object{{"protocolVersion", "2025-06-18"},
                                                {"capabilities", json::object()}}));
    ASSERT_TRUE(client.session->initialized());
    client.received.clear();
  }
  static void Send(Client& client, const json::object& message) {
    auto validated = core::ValidateMessage(message);
    ASSERT_TRUE(validated);
    client.session->OnMessage(std::move(*validated));
  }
  static void Call(Client& client, json::value id, std::string_view tool) {
    Send(client, core::MakeRequest(std::move(id), "tools/call",
                                   json::object{{"name", tool}, {"arguments", json::object()}}));
  }

  std::shared_ptr<FakeUpstream> upstream_;
  std::unique_ptr<router::Router> router_;
  Client a_, b_;
};

TEST_F(SessionExceptionBoundaryTest, ThrowingHandlerAnswersInternalErrorToThatRequestOnly) {
  Open(a_);
  Call(a_, 7, "srv_boom");
  ASSERT_EQ(a_.received.size(), 1u);
  EXPECT_EQ(a_.received[0].at("id"), 7);
  EXPECT_EQ(a_.received[0].at("error").at("code"), core::kInternalError);
  EXPECT_EQ(a_.session->in_flight(), 0u) << "the failed request must not stay in flight";
}

TEST_F(SessionExceptionBoundaryTest, AfterAThrowTheSameAndAnotherSessionKeepServing) {
  Open(a_);
  Open(b_);
  Call(a_, 1, "srv_boom");
  Call(b_, 1, "srv_ok");
  Call(a_, 1, "srv_ok");  // the same id is free again
  ASSERT_EQ(upstream_->pending(), 3u);  // boom was sent before it threw; then the two others
  for (const auto& sent : upstream_->sent())
    if (sent.params.at("name") == "ok") upstream_->RespondResult(sent.id, json::object{{"v", 1}});
  ASSERT_EQ(b_.received.size(), 1u);
  EXPECT_EQ(b_.received[0].at("result").at("v"), 1);
  ASSERT_EQ(a_.received.size(), 2u);
  EXPECT_EQ(a_.received[0].at("error").at("code"), core::kInternalError);
  EXPECT_EQ(a_.received[1].at("result").at("v"), 1);
}

}  // namespace
}  // namespace mcpgw::downstream
