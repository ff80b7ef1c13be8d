// Session's subscriptions/listen (session_listen.cc): a modern client's long-lived request that
// carries list_changed and resource updates, tagged with its id, and nothing else.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "downstream/session.h"
#include "testing/fake_upstream.h"

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

constexpr std::string_view kSubscriptionId = "io.modelcontextprotocol/subscriptionId";

struct Sent {
  json::object message;
  std::string related;
  bool final;
};

class ListenSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = std::make_shared<FakeUpstream>("fs");
    fs_->SetTools({"read"});
    fs_->mutable_catalog().capabilities =
        json::object{{"tools", json::object{{"listChanged", true}}},
                     {"resources", json::object{{"subscribe", true}}}};
    fs_->mutable_catalog().resources = json::array{
        json::object{{"uri", "file:///a"}, {"name", "a"}},
        json::object{{"uri", "file:///b"}, {"name", "b"}}};
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({fs_});
    session_ = NewSession("s1", "alice");
  }
  void TearDown() override {
    for (auto& session : sessions_) session->Close();
  }

  std::shared_ptr<Session> NewSession(std::string id, std::string principal) {
    auto session = std::make_shared<Session>(
        *router_,
        [this, index = sessions_.size()](std::string text, std::string_view related, bool final) {
          wire_[index].push_back(Sent{text.empty() ? json::object()
                                                   : json::parse(text).as_object(),
                                      std::string(related), final});
        },
        SessionOptions{});
    session->SetIdentity(std::move(id), std::move(principal));
    session->Open();
    sessions_.push_back(session);
    wire_.emplace_back();
    return session;
  }
  static json::object Meta() {
    return json::object{{"io.modelcontextprotocol/protocolVersion", "2026-07-28"},
                        {"io.modelcontextprotocol/clientCapabilities", json::object()}};
  }
  static void Request(Session& session, json::value id, std::string_view method,
                      json::object params) {
    params["_meta"] = Meta();
    auto validated = core::ValidateMessage(core::MakeRequest(id, method, std::move(params)));
    ASSERT_TRUE(validated);
    session.OnMessage(std::move(*validated));
  }
  static void Listen(Session& session, json::value id, json::object notifications) {
    Request(session, std::move(id), "subscriptions/listen",
            json::object{{"notifications", std::move(notifications)}});
  }
  std::vector<Sent> Take(std::size_t index = 0) {
    std::vector<Sent> out = std::move(wire_[index]);
    wire_[index].clear();
    return out;
  }
  void ChangeTools() {
    fs_->SetTools({"read", "write"});
    router_->OnUpstreamChanged(*fs_);
  }
  void Updated(std::string_view uri) {
    router_->OnUpstreamNotification(
        *fs_, json::object{{"jsonrpc", "2.0"},
                           {"method", "notifications/resources/updated"},
                           {"params", json::object{{"uri", uri}}}});
  }
  // Answers every resources/(un)subscribe the fake got (an error for URIs containing "nope")
  // and returns their methods and URIs.
  std::vector<std::string> AnswerSubscriptions() {
    std::vector<std::string> seen;
    const auto sent = fs_->sent();
    for (const auto& request : sent) {
      if (!fs_->IsPending(request.id)) continue;
      const std::string uri(request.params.as_object().at("uri").as_string());
      seen.push_back(request.method + " " + uri);
      if (uri.find("nope") != std::string::npos) {
        fs_->RespondError(request.id, -32002, "Resource not found");
      } else {
        fs_->RespondResult(request.id, json::object());
      }
    }
    return seen;
  }

  std::shared_ptr<FakeUpstream> fs_;
  std::unique_ptr<router::Router> router_;
  std::vector<std::shared_ptr<Session>> sessions_;
  std::vector<std::vector<Sent>> wire_;
  std::shared_ptr<Session> session_;
};

TEST_F(ListenSessionTest, AcknowledgementComesFirstWithTheHonoredFilterAndTheListenId) {
  // A URI the upstream refuses to subscribe is left out of the honored filter.
  Listen(*session_, "listen:0",
         json::object{{"toolsListChanged", true},
                      {"resourceSubscriptions", json::array{"file:///a", "file:///nope"}}});
  EXPECT_TRUE(Take().empty()) << "no acknowledgement before the subscriptions are answered";
  EXPECT_EQ(AnswerSubscriptions(), (std::vector<std::string>{"resources/subscribe file:///a",
                                                             "resources/subscribe file:///nope"}));
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message.at("method"), "notifications/subscriptions/acknowledged");
  EXPECT_EQ(sent[0].related, "\"listen:0\"");
  EXPECT_FALSE(sent[0].final);
  EXPECT_EQ(json::serialize(sent[0].message.at("params").at("notifications")),
            R"({"toolsListChanged":true,"resourceSubscriptions":["file:///a"]})");
  EXPECT_EQ(sent[0].message.at("params").at("_meta").at(kSubscriptionId), "listen:0");
}

TEST_F(ListenSessionTest, ListChangedReachesOnlyListensThatAskedForItTaggedWithTheirId) {
  Listen(*session_, 1, json::object{{"toolsListChanged", true}});
  Listen(*session_, 2, json::object{{"promptsListChanged", true}});
  Take();
  ChangeTools();
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message.at("method"), "notifications/tools/list_changed");
  EXPECT_EQ(sent[0].related, "1");
  EXPECT_EQ(sent[0].message.at("params").at("_meta").at(kSubscriptionId), 1);
}

TEST_F(ListenSessionTest, WithoutAListenAModernClientGetsNoListChanged) {
  Request(*session_, 1, "tools/list", {});
  Take();
  ChangeTools();
  EXPECT_TRUE(Take().empty());
}

TEST_F(ListenSessionTest, ResourceUpdateReachesTheSubscribedPrincipalOnly) {
  auto other = NewSession("s2", "bob");
  Listen(*session_, "a", json::object{{"resourceSubscriptions", json::array{"file:///a"}}});
  Listen(*other, "b", json::object{{"resourceSubscriptions", json::array{"file:///b"}}});
  AnswerSubscriptions();
  Take(0);
  Take(1);
  Updated("file:///a");
  std::vector<Sent> alice = Take(0);
  ASSERT_EQ(alice.size(), 1u);
  EXPECT_EQ(alice[0].message.at("method"), "notifications/resources/updated");
  EXPECT_EQ(alice[0].message.at("params").at("uri"), "file:///a");
  EXPECT_EQ(alice[0].message.at("params").at("_meta").at(kSubscriptionId), "a");
  EXPECT_TRUE(Take(1).empty()) << "bob never named file:///a";
}

TEST_F(ListenSessionTest, ASubscriptionTheUpstreamRefusedIsSentAgainForTheNextSubscriber) {
  auto other = NewSession("s2", "bob");
  Listen(*session_, "a", json::object{{"resourceSubscriptions", json::array{"file:///nope"}}});
  EXPECT_EQ(AnswerSubscriptions(), (std::vector<std::string>{"resources/subscribe file:///nope"}));
  // The router forgot the refused subscription (a modern upstream's full listen refuses the
  // same way): bob's is sent upstream again instead of being answered as if it held.
  Listen(*other, "b", json::object{{"resourceSubscriptions", json::array{"file:///nope"}}});
  EXPECT_EQ(AnswerSubscriptions(), (std::vector<std::string>{"resources/subscribe file:///nope"}));
  std::vector<Sent> sent = Take(1);  // acknowledged honoring nothing, then ended
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent[0].message.at("method"), "notifications/subscriptions/acknowledged");
  EXPECT_FALSE(sent[0].message.at("params").at("notifications").as_object().contains(
      "resourceSubscriptions"));
}

TEST_F(ListenSessionTest, CancelEndsTheListenWithoutAnswerAndUnsubscribesTheLastUser) {
  Listen(*session_, "x", json::object{{"resourceSubscriptions", json::array{"file:///a"}}});
  Listen(*session_, "y", json::object{{"resourceSubscriptions", json::array{"file:///a"}}});
  EXPECT_EQ(AnswerSubscriptions(), std::vector<std::string>{"resources/subscribe file:///a"})
      << "one upstream subscription per session and URI";
  Take();
  auto cancel = core::ValidateMessage(core::MakeNotification(
      "notifications/cancelled", json::object{{"requestId", "x"}}));
  ASSERT_TRUE(cancel);
  session_->OnMessage(std::move(*cancel));
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_TRUE(sent[0].message.empty()) << "ended without an answer";
  EXPECT_EQ(sent[0].related, "\"x\"");
  EXPECT_TRUE(sent[0].final);
  EXPECT_TRUE(AnswerSubscriptions().empty()) << "\"y\" still names file:///a";
  Updated("file:///a");
  sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].related, "\"y\"");

  auto cancel_y = core::ValidateMessage(core::MakeNotification(
      "notifications/cancelled", json::object{{"requestId", "y"}}));
  session_->OnMessage(std::move(*cancel_y));
  EXPECT_EQ(AnswerSubscriptions(), std::vector<std::string>{"resources/unsubscribe file:///a"});
  Take();
  Updated("file:///a");
  EXPECT_TRUE(Take().empty());
}

TEST_F(ListenSessionTest, ListenHonoringNothingIsAcknowledgedAndEndedWithItsResult) {
  Listen(*session_, 5, json::object{{"toolsListChanged", false}});
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].message.at("method"), "notifications/subscriptions/acknowledged");
  EXPECT_EQ(json::serialize(sent[1].message.at("result")),
            R"({"resultType":"complete","_meta":{"io.modelcontextprotocol/subscriptionId":5}})");
  EXPECT_TRUE(sent[1].final);
}

TEST_F(ListenSessionTest, BadFilterIsInvalidParams) {
  Request(*session_, 3, "subscriptions/listen", json::object{});
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message.at("error").at("code"), core::kInvalidParams);
}

TEST_F(ListenSessionTest, ListensAreBoundedPerSessionAndPerPrincipal) {
  for (std::size_t i = 0; i < modern::kMaxListensPerSession; ++i)
    Listen(*session_, static_cast<std::int64_t>(i), json::object{{"toolsListChanged", true}});
  Take();
  Listen(*session_, 100, json::object{{"toolsListChanged", true}});
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message.at("error").at("code"), core::kInternalError);

  // Across sessions (stateless HTTP opens one per listen) the principal's share holds.
  std::size_t opened = modern::kMaxListensPerSession;
  std::size_t refused = 0;
  for (int s = 0; opened + refused < modern::kMaxListensPerPrincipal + 2; ++s) {
    auto session = NewSession("t" + std::to_string(s), "alice");
    Listen(*session, 1, json::object{{"toolsListChanged", true}});
    const std::vector<Sent> got = Take(wire_.size() - 1);
    ASSERT_EQ(got.size(), 1u);
    if (got[0].message.contains("error")) {
      ++refused;
    } else {
      ++opened;
    }
  }
  EXPECT_EQ(opened, modern::kMaxListensPerPrincipal);
  EXPECT_EQ(refused, 2u);
  auto bob = NewSession("b", "bob");
  Listen(*bob, 1, json::object{{"toolsListChanged", true}});
  EXPECT_FALSE(Take(wire_.size() - 1).at(0).message.contains("error"));
  // A closed session gives its places back.
  sessions_[1]->Close();
  auto again = NewSession("c", "alice");
  Listen(*again, 1, json::object{{"toolsListChanged", true}});
  EXPECT_FALSE(Take(wire_.size() - 1).at(0).message.contains("error"));
}

TEST_F(ListenSessionTest, DiscoverAdvertisesWhatListenDelivers) {
  Request(*session_, "d", "server/discover", {});
  std::vector<Sent> sent = Take();
  ASSERT_EQ(sent.size(), 1u);
  const json::object& caps = sent[0].message.at("result").at("capabilities").as_object();
  EXPECT_EQ(caps.at("tools").at("listChanged"), true);
  EXPECT_EQ(caps.at("resources").at("subscribe"), true);
}

}  // namespace
}  // namespace mcpgw::downstream
