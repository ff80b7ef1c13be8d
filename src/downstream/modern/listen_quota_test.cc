#include "downstream/modern/listen_quota.h"

#include <gtest/gtest.h>

#include <vector>

namespace mcpgw::downstream::modern {
namespace {

TEST(ListenQuotaTest, EachPrincipalHoldsAtMostItsShareAndTicketsGiveItBack) {
  auto quota = std::make_shared<ListenQuota>(2);
  std::vector<std::unique_ptr<ListenQuota::Ticket>> alice;
  alice.push_back(quota->TryAcquire("alice"));
  alice.push_back(quota->TryAcquire("alice"));
  ASSERT_TRUE(alice[0] && alice[1]);
  EXPECT_FALSE(quota->TryAcquire("alice")) << "a third listen of one principal";
  EXPECT_TRUE(quota->TryAcquire("bob")) << "another principal is not held back";
  EXPECT_EQ(quota->open("alice"), 2u);
  alice.pop_back();
  EXPECT_EQ(quota->open("alice"), 1u);
  EXPECT_TRUE(quota->TryAcquire("alice"));
}

TEST(ListenQuotaTest, TicketOutlivingItsOwnerIsSafe) {
  auto quota = std::make_shared<ListenQuota>(1);
  auto ticket = quota->TryAcquire("");
  ASSERT_TRUE(ticket);
  std::weak_ptr<ListenQuota> weak = quota;
  quota.reset();  // the router went first
  EXPECT_FALSE(weak.expired()) << "the ticket keeps the quota alive";
  ticket.reset();
  EXPECT_TRUE(weak.expired());
}

}  // namespace
}  // namespace mcpgw::downstream::modern
