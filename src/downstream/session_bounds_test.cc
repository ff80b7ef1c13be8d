// downstream::Session bounds, whatever the transport: requests in flight per session and
// elements per batch. Past a bound the client gets a clear -32600 at once and nothing reaches
// the router.
#include "downstream/session.h"

#include "testing/fake_upstream.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace mcpgw::downstream {
namespace {

using mcpgw::testing::FakeUpstream;

class SessionBoundsTest : public ::testing::Test {
 protected:
  void Start(SessionOptions options, std::string_view version = "2025-06-18") {
    upstream_ = std::make_shared<FakeUpstream>("srv");
    upstream_->SetTools({"slow"});
    router_ = std::make_unique<router::Router>(router::RouterOptions{}, nullptr);
    router_->SetUpstreams({upstream_});
    session_ = std::make_shared<Session>(
        *router_,
        [this](std::string text, std::string_view, bool) {
          if (!text.empty()) received_.push_back(boost::json::parse(text));
        },
        options);
    session_->Open();
    Send(core::MakeRequest(0, "initialize",
                           json::object{{"protocolVersion", version},
                                        {"capabilities", json::object()}}));
    ASSERT_TRUE(session_->initialized());
    received_.clear();
  }
  void TearDown() override {
    if (session_) session_->Close();
  }
  void Send(const json::object& message) {
    auto validated = core::ValidateMessage(message);
    ASSERT_TRUE(validated);
    session_->OnMessage(std::move(*validated));
  }
  static json::object Call(int id) {
    return core::MakeRequest(id, "tools/call",
                             json::object{{"name", "srv_slow"}, {"arguments", json::object()}});
  }

  std::shared_ptr<FakeUpstream> upstream_;
  std::unique_ptr<router::Router> router_;
  std::shared_ptr<Session> session_;
  std::vector<json::value> received_;
};

TEST_F(SessionBoundsTest, RequestPastTheInFlightLimitIsRefusedAtOnceWithItsId) {
  SessionOptions options;
  options.max_in_flight = 2;
  Start(options);
  Send(Call(1));
  Send(Call(2));
  EXPECT_TRUE(received_.empty());
  Send(Call(3));
  ASSERT_EQ(received_.size(), 1u);
  EXPECT_EQ(received_[0].at("id"), 3);
  EXPECT_EQ(received_[0].at("error").at("code"), core::kInvalidRequest);
  EXPECT_EQ(upstream_->sent().size(), 2u) << "the refused request never reached the upstream";
  // Once one is answered there is room again.
  upstream_->RespondResult(upstream_->sent()[0].id, json::object());
  Send(Call(4));
  EXPECT_EQ(upstream_->sent().size(), 3u);
}

TEST_F(SessionBoundsTest, BatchOverTheSizeLimitIsRefusedAsAWhole) {
  SessionOptions options;
  options.max_batch_size = 2;
  Start(options, "2025-03-26");
  session_->OnBatch(json::array{Call(1), Call(2), Call(3)});
  ASSERT_EQ(received_.size(), 1u);
  EXPECT_TRUE(received_[0].at("id").is_null());
  EXPECT_EQ(received_[0].at("error").at("code"), core::kInvalidRequest);
  EXPECT_TRUE(upstream_->sent().empty());
  session_->OnBatch(json::array{Call(1), Call(2)});
  EXPECT_EQ(upstream_->sent().size(), 2u) << "a batch within the limit is served";
}

}  // namespace
}  // namespace mcpgw::downstream
