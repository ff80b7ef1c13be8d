// The rules that send a server-to-client request (sampling, elicitation, roots) to a client
// session, one test per rule (router.h, docs/protocol.md "Server-to-client requests").

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "router/router.h"
#include "testing/fake_client_session.h"
#include "testing/fake_upstream.h"

namespace mcpgw::router {
namespace {

using mcpgw::testing::FakeClientSession;
using mcpgw::testing::FakeUpstream;

json::object Request(std::string_view method, json::object params = {}) {
  return core::MakeRequest(7, method, std::move(params));
}

int ErrorCode(const json::object& response) {
  const json::value* error = response.if_contains("error");
  return error ? static_cast<int>(error->at("code").to_number<int>()) : 0;
}

class ServerRequestRoutingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    mem_ = std::make_shared<FakeUpstream>("mem");
    router_.SetUpstreams({fs_, mem_});
  }

  std::shared_ptr<FakeClientSession> AddSession(json::object capabilities) {
    auto session = std::make_shared<FakeClientSession>();
    session->capabilities = std::move(capabilities);
    router_.AddSession(session);
    sessions_.push_back(session);
    return session;
  }

  // Sends `request` from `upstream`; returns the upstream's answer when it was given at once.
  std::optional<json::object> Ask(const FakeUpstream& upstream, json::object request) {
    std::optional<json::object> answer;
    router_.OnUpstreamRequest(upstream, std::move(request),
                              [&answer](json::object response) { answer = std::move(response); });
    return answer;
  }

  static json::object All() {
    return json::object{{"sampling", json::object()},
                        {"elicitation", json::object{{"form", json::object()}}},
                        {"roots", json::object()}};
  }

  Router router_{RouterOptions{}, nullptr};
  std::shared_ptr<FakeUpstream> fs_, mem_;
  std::vector<std::shared_ptr<FakeClientSession>> sessions_;
};

TEST_F(ServerRequestRoutingTest, SessionWithTheLatestRequestInFlightOnThatUpstreamGetsIt) {
  auto older = AddSession(All());
  auto newer = AddSession(All());
  older->latest_in_flight[fs_.get()] = 10;
  newer->latest_in_flight[fs_.get()] = 11;
  EXPECT_FALSE(Ask(*fs_, Request("sampling/createMessage")).has_value()) << "sent, not refused";
  EXPECT_TRUE(older->requests.empty());
  ASSERT_EQ(newer->requests.size(), 1u);
  EXPECT_EQ(newer->requests[0].method, "sampling/createMessage");
}

TEST_F(ServerRequestRoutingTest, RequestsInFlightOnAnotherUpstreamDoNotCount) {
  auto busy_elsewhere = AddSession(All());
  auto caller = AddSession(All());
  busy_elsewhere->latest_in_flight[mem_.get()] = 50;
  caller->latest_in_flight[fs_.get()] = 1;
  Ask(*fs_, Request("roots/list"));
  EXPECT_TRUE(busy_elsewhere->requests.empty());
  EXPECT_EQ(caller->requests.size(), 1u);
}

class OnlyCapableSessionTest : public ServerRequestRoutingTest,
                               public ::testing::WithParamInterface<const char*> {};

TEST_P(OnlyCapableSessionTest, WithNothingInFlightTheOnlySessionDeclaringTheCapabilityGetsIt) {
  const std::string method = GetParam();
  const std::string capability = method.substr(0, method.find('/'));
  auto without = AddSession({});
  auto with = AddSession(json::object{{capability, json::object()}});
  EXPECT_FALSE(Ask(*fs_, Request(method)).has_value());
  EXPECT_TRUE(without->requests.empty());
  ASSERT_EQ(with->requests.size(), 1u);
  EXPECT_EQ(with->requests[0].method, method);
}

INSTANTIATE_TEST_SUITE_P(
    Methods, OnlyCapableSessionTest,
    ::testing::Values("sampling/createMessage", "elicitation/create", "roots/list"),
    [](const auto& info) {
      return std::string(info.param).substr(0, std::string(info.param).find('/'));
    });

TEST_F(ServerRequestRoutingTest, TwoCapableSessionsAndNothingInFlightIsRefusedAtOnce) {
  auto first = AddSession(All());
  auto second = AddSession(All());
  auto answer = Ask(*fs_, Request("sampling/createMessage"));
  ASSERT_TRUE(answer.has_value()) << "no guessing between two clients";
  EXPECT_EQ(ErrorCode(*answer), core::kInvalidRequest);
  EXPECT_TRUE(first->requests.empty());
  EXPECT_TRUE(second->requests.empty());
}

TEST_F(ServerRequestRoutingTest, NoSessionIsRefusedAtOnce) {
  auto answer = Ask(*fs_, Request("roots/list"));
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(ErrorCode(*answer), core::kInvalidRequest);
}

TEST_F(ServerRequestRoutingTest, UninitializedSessionIsNeverChosen) {
  auto starting = AddSession(All());
  starting->initialized_flag = false;
  starting->latest_in_flight[fs_.get()] = 5;
  auto answer = Ask(*fs_, Request("sampling/createMessage"));
  ASSERT_TRUE(answer.has_value());
  EXPECT_TRUE(starting->requests.empty());
}

TEST_F(ServerRequestRoutingTest, SessionWithoutTheCapabilityIsNeverSentTheRequest) {
  auto caller = AddSession(json::object{{"roots", json::object()}});  // no sampling
  caller->latest_in_flight[fs_.get()] = 3;
  AddSession(All());  // capable, but not the one that caused the request
  auto answer = Ask(*fs_, Request("sampling/createMessage"));
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(ErrorCode(*answer), core::kMethodNotFound);
  EXPECT_TRUE(caller->requests.empty());
  EXPECT_TRUE(sessions_[1]->requests.empty());
}

TEST_F(ServerRequestRoutingTest, UrlModeElicitationNeedsElicitationUrl) {
  auto form_only =
      AddSession(json::object{{"elicitation", json::object{{"form", json::object()}}}});
  auto answer = Ask(*fs_, Request("elicitation/create", json::object{{"mode", "url"}}));
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(ErrorCode(*answer), core::kMethodNotFound);
  EXPECT_TRUE(form_only->requests.empty());
  // Form mode reaches the same session.
  EXPECT_FALSE(Ask(*fs_, Request("elicitation/create", json::object{{"mode", "form"}})));
  EXPECT_EQ(form_only->requests.size(), 1u);
}

TEST_F(ServerRequestRoutingTest, OtherMethodsAreMethodNotFound) {
  AddSession(All());
  auto answer = Ask(*fs_, Request("tools/call"));
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(ErrorCode(*answer), core::kMethodNotFound);
}

TEST_F(ServerRequestRoutingTest, ClientAnswerGoesBackToTheAskingUpstream) {
  auto client = AddSession(All());
  std::optional<json::object> answer;
  router_.OnUpstreamRequest(*fs_, Request("roots/list"),
                            [&answer](json::object response) { answer = std::move(response); });
  ASSERT_EQ(client->requests.size(), 1u);
  EXPECT_FALSE(answer.has_value());
  client->requests[0].on_response(
      core::MakeResultResponse(client->requests[0].id, json::object{{"roots", json::array()}}));
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(answer->at("result").at("roots"), json::array());
}

TEST_F(ServerRequestRoutingTest, UpstreamCancellationReachesTheClientWithTheClientsId) {
  auto client = AddSession(All());
  router_.OnUpstreamRequest(*fs_, Request("sampling/createMessage"), [](json::object) {});
  ASSERT_EQ(client->requests.size(), 1u);
  router_.OnUpstreamNotification(
      *fs_, core::MakeNotification("notifications/cancelled", json::object{{"requestId", 7}}));
  ASSERT_EQ(client->cancelled_requests.size(), 1u);
  EXPECT_EQ(client->cancelled_requests[0], client->requests[0].id);
  // Another upstream naming the same id cancels nothing.
  router_.OnUpstreamRequest(*fs_, Request("sampling/createMessage"), [](json::object) {});
  router_.OnUpstreamNotification(
      *mem_, core::MakeNotification("notifications/cancelled", json::object{{"requestId", 7}}));
  EXPECT_EQ(client->cancelled_requests.size(), 1u);
}

}  // namespace
}  // namespace mcpgw::router
