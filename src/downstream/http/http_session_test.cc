// HttpSessionTable: sessions are bound to the principal that created them, bounded per client
// and in all, and at a bound the least recently used idle session makes room.
#include "downstream/http/http_session.h"

#include "testing/fake_upstream.h"

#include <gtest/gtest.h>

namespace mcpgw::downstream::http {
namespace {

using Refusal = HttpSessionTable::Refusal;

class HttpSessionTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_ = std::make_shared<mcpgw::testing::FakeUpstream>("srv");
    router_.SetUpstreams({upstream_});
  }
  void Make(std::size_t max_sessions, std::size_t per_client) {
    options_.max_sessions = max_sessions;
    options_.max_sessions_per_client = per_client;
    table_ = std::make_unique<HttpSessionTable>(router_, options_);
  }
  std::shared_ptr<HttpSession> Create(std::string principal, std::string address = "10.0.0.1") {
    auto created = table_->Create(SessionOwner{std::move(principal), std::move(address)});
    last_refusal_ = created.refusal;
    return created.session;
  }
  bool Alive(const std::shared_ptr<HttpSession>& session) {
    return table_->Find(session->id(), session->owner().principal) != nullptr;
  }
  // Makes `session` busy: a request stream waits for an answer.
  static void Busy(const std::shared_ptr<HttpSession>& session) {
    session->OpenRequestStream({"1"}, {"1"});
  }

  std::shared_ptr<mcpgw::testing::FakeUpstream> upstream_;
  router::Router router_{router::RouterOptions{}, nullptr};
  HttpServerOptions options_;
  std::unique_ptr<HttpSessionTable> table_;
  Refusal last_refusal_ = Refusal::kNone;
};

TEST_F(HttpSessionTableTest, SessionOfAnotherPrincipalIsNotFound) {
  Make(10, 10);
  auto alice = Create("alice");
  ASSERT_TRUE(alice);
  EXPECT_EQ(table_->Find(alice->id(), "alice"), alice);
  EXPECT_EQ(table_->Find(alice->id(), "bob"), nullptr);
  EXPECT_EQ(table_->Find(alice->id(), ""), nullptr) << "an unauthenticated caller is not alice";
}

TEST_F(HttpSessionTableTest, AtCapacityTheLeastRecentlyUsedIdleSessionIsEvicted) {
  Make(2, 10);
  auto first = Create("a");
  auto second = Create("b");
  first->Touch();  // second is now the least recently used
  auto third = Create("c");
  ASSERT_TRUE(third);
  EXPECT_TRUE(Alive(first));
  EXPECT_FALSE(Alive(second));
  EXPECT_TRUE(second->closed());
  EXPECT_EQ(table_->size(), 2u);
}

TEST_F(HttpSessionTableTest, AtCapacityABusySessionIsNeverEvicted) {
  Make(2, 10);
  auto first = Create("a");
  auto second = Create("b");
  Busy(first);  // least recently used, but busy
  auto third = Create("c");
  ASSERT_TRUE(third);
  EXPECT_TRUE(Alive(first));
  EXPECT_FALSE(Alive(second));
}

TEST_F(HttpSessionTableTest, AtCapacityWithEverySessionBusyTheNewClientIsRefused) {
  Make(2, 10);
  Busy(Create("a"));
  Busy(Create("b"));
  EXPECT_EQ(Create("c"), nullptr);
  EXPECT_EQ(last_refusal_, Refusal::kServerLimit);
  EXPECT_EQ(table_->size(), 2u);
}

TEST_F(HttpSessionTableTest, PerClientLimitEvictsThatClientsOwnLeastRecentlyUsedIdleSession) {
  Make(100, 2);
  auto bob = Create("bob");
  auto alice1 = Create("alice");
  auto alice2 = Create("alice");
  bob->Touch();
  alice2->Touch();  // alice1 is alice's least recently used; bob's is older still
  auto alice3 = Create("alice");
  ASSERT_TRUE(alice3);
  EXPECT_FALSE(Alive(alice1));
  EXPECT_TRUE(Alive(alice2));
  EXPECT_TRUE(Alive(bob)) << "another client's session never makes room for alice";
  EXPECT_EQ(table_->CountFor("principal:alice"), 2u);
}

TEST_F(HttpSessionTableTest, PerClientLimitWithAllOfItsSessionsBusyIsRefused) {
  Make(100, 1);
  Busy(Create("alice"));
  EXPECT_EQ(Create("alice"), nullptr);
  EXPECT_EQ(last_refusal_, Refusal::kClientLimit);
  EXPECT_TRUE(Create("bob")) << "other clients are not affected";
}

TEST_F(HttpSessionTableTest, WithoutAuthenticationTheLimitCountsPerSourceAddress) {
  Make(100, 1);
  auto first = Create("", "192.0.2.1");
  Busy(first);
  EXPECT_EQ(Create("", "192.0.2.1"), nullptr);
  EXPECT_EQ(last_refusal_, Refusal::kClientLimit);
  EXPECT_TRUE(Create("", "192.0.2.2"));
}

TEST_F(HttpSessionTableTest, RemovedSessionsNoLongerCountForTheirClient) {
  Make(100, 1);
  auto first = Create("alice");
  Busy(first);
  table_->Remove(first->id());
  EXPECT_EQ(table_->CountFor("principal:alice"), 0u);
  EXPECT_TRUE(Create("alice"));
}

}  // namespace
}  // namespace mcpgw::downstream::http
