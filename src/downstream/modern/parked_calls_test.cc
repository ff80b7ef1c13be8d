#include "downstream/modern/parked_calls.h"

#include <gtest/gtest.h>

#include "testing/fake_upstream.h"

namespace mcpgw::downstream::modern {
namespace {

namespace json = boost::json;
using mcpgw::testing::FakeUpstream;

class ParkedCallsTest : public ::testing::Test {
 protected:
  ParkedCallsTest() : fs_(std::make_shared<FakeUpstream>("fs")) {
    table_->SetClockForTesting([this] { return now_; });
  }
  // A call in flight upstream with one pending input request whose answer lands in answers_.
  ParkedCall Call(std::string principal, std::string method = "tools/call") {
    upstream::RequestCallbacks callbacks;
    callbacks.on_response = [](json::object) {};
    ParkedCall call;
    call.principal = std::move(principal);
    call.method = std::move(method);
    call.forwarded.upstream = fs_;
    call.forwarded.id = fs_->Send("tools/call", json::object(), std::move(callbacks),
                                  std::chrono::seconds(1), std::chrono::seconds(1));
    call.route = std::make_shared<CallRoute>();
    call.pending.push_back(InputRequest{"k", "roots/list", json::object(), 1,
                                        [this](json::object r) { answers_.push_back(r); }});
    return call;
  }
  std::shared_ptr<ParkedCalls> Table(ParkedCalls::Limits limits) {
    auto table = std::make_shared<ParkedCalls>(boost::asio::any_io_executor(), limits);
    table->SetClockForTesting([this] { return now_; });
    return table;
  }

  std::chrono::steady_clock::time_point now_{};
  std::shared_ptr<FakeUpstream> fs_;
  std::shared_ptr<ParkedCalls> table_ =
      std::make_shared<ParkedCalls>(boost::asio::any_io_executor(), ParkedCalls::Limits{});
  std::vector<json::object> answers_;
};

TEST_F(ParkedCallsTest, TakeReturnsTheCallOnceForItsPrincipal) {
  const std::string token = table_->Park(Call("alice"));
  EXPECT_EQ(table_->size(), 1u);
  auto wrong = table_->Take(token, "bob");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, -32602);
  EXPECT_EQ(table_->size(), 1u) << "a failed check leaves the call parked";
  auto taken = table_->Take(token, "alice");
  ASSERT_TRUE(taken);
  EXPECT_EQ(taken->method, "tools/call");
  EXPECT_EQ(taken->pending.size(), 1u);
  auto again = table_->Take(token, "alice");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, -32602);
  EXPECT_TRUE(fs_->cancelled().empty());
}

TEST_F(ParkedCallsTest, ExpiredCallIsCancelledUpstreamAndItsInputsRefused) {
  const std::string token = table_->Park(Call("alice"));
  now_ += table_->limits().ttl - std::chrono::milliseconds(1);
  table_->Sweep();
  EXPECT_EQ(table_->size(), 1u) << "not yet";
  now_ += std::chrono::milliseconds(1);
  table_->Sweep();
  EXPECT_EQ(table_->size(), 0u);
  ASSERT_EQ(fs_->cancelled().size(), 1u);
  ASSERT_EQ(answers_.size(), 1u);
  EXPECT_TRUE(answers_[0].contains("error"));
  EXPECT_FALSE(table_->Take(token, "alice"));
}

TEST_F(ParkedCallsTest, DefaultLimitsAreDocumented) {
  EXPECT_EQ(ParkedCalls::Limits{}.max_calls, 1024u);
  EXPECT_EQ(ParkedCalls::Limits{}.ttl, std::chrono::minutes(5));
}

TEST_F(ParkedCallsTest, FullTableAbandonsTheOldestCall) {
  auto table = Table({.max_calls = 2, .ttl = std::chrono::minutes(1)});
  const std::string first = table->Park(Call("a"));
  const std::string second = table->Park(Call("a"));
  const std::string third = table->Park(Call("a"));
  EXPECT_EQ(table->size(), 2u);
  EXPECT_EQ(fs_->cancelled().size(), 1u);
  EXPECT_FALSE(table->Take(first, "a"));
  EXPECT_TRUE(table->Take(second, "a"));
  EXPECT_TRUE(table->Take(third, "a"));
}

TEST_F(ParkedCallsTest, RouteHoldsAnAnswerUntilAttached) {
  CallRoute route;
  std::vector<std::string> delivered;
  route.Deliver(core::WireMessage(json::object{{"jsonrpc", "2.0"}, {"id", 1}, {"result", 1}}));
  EXPECT_TRUE(delivered.empty());
  route.Attach([&](core::WireMessage m) { delivered.push_back(std::move(m).Text()); });
  ASSERT_EQ(delivered.size(), 1u);
  route.Detach();
  route.Deliver(core::WireMessage(json::object{{"jsonrpc", "2.0"}, {"id", 2}, {"result", 2}}));
  EXPECT_EQ(delivered.size(), 1u);
}

}  // namespace
}  // namespace mcpgw::downstream::modern
