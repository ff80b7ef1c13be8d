#include "guards/guard_chain.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace mcpgw::guards {
namespace {

// Appends its name to payload["seen"] and answers with a fixed verdict.
class RecordingGuard : public Guard {
 public:
  RecordingGuard(std::string name, VerdictKind kind, bool throws = false)
      : name_(std::move(name)), kind_(kind), throws_(throws) {}
  std::string_view name() const override { return name_; }
  Verdict Inspect(const GuardContext&, boost::json::value& payload) override {
    payload.as_object()["seen"].as_array().push_back(boost::json::string(name_));
    if (throws_) throw std::runtime_error("boom");
    if (kind_ == VerdictKind::kReject) return Verdict::Reject(name_ + ".reject", "no");
    if (kind_ == VerdictKind::kModified) return Verdict::Modified(name_ + ".mask");
    return Verdict::Continue();
  }

 private:
  std::string name_;
  VerdictKind kind_;
  bool throws_;
};

GuardChain Chain(std::vector<std::unique_ptr<Guard>> guards) {
  return GuardChain(std::move(guards));
}

boost::json::value Payload() { return boost::json::object{{"seen", boost::json::array()}}; }

TEST(GuardChain, EmptyChainContinues) {
  GuardChain chain;
  auto payload = Payload();
  EXPECT_EQ(chain.Run({}, payload).kind, VerdictKind::kContinue);
}

TEST(GuardChain, RequestPathRunsInConfiguredOrder) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<RecordingGuard>("a", VerdictKind::kContinue));
  guards.push_back(std::make_unique<RecordingGuard>("b", VerdictKind::kModified));
  auto chain = Chain(std::move(guards));
  auto payload = Payload();
  auto result = chain.Run({Direction::kRequest}, payload);
  EXPECT_EQ(result.kind, VerdictKind::kModified);
  EXPECT_EQ(payload.at("seen"), (boost::json::array{"a", "b"}));
  EXPECT_EQ(result.reasons, std::vector<std::string>{"b.mask"});
}

TEST(GuardChain, ResponsePathRunsInReverseOrder) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<RecordingGuard>("a", VerdictKind::kContinue));
  guards.push_back(std::make_unique<RecordingGuard>("b", VerdictKind::kContinue));
  auto chain = Chain(std::move(guards));
  auto payload = Payload();
  chain.Run({Direction::kResponse}, payload);
  EXPECT_EQ(payload.at("seen"), (boost::json::array{"b", "a"}));
}

TEST(GuardChain, FirstRejectWinsAndStopsTheChain) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<RecordingGuard>("a", VerdictKind::kModified));
  guards.push_back(std::make_unique<RecordingGuard>("b", VerdictKind::kReject));
  guards.push_back(std::make_unique<RecordingGuard>("c", VerdictKind::kReject));
  auto chain = Chain(std::move(guards));
  auto payload = Payload();
  auto result = chain.Run({Direction::kRequest}, payload);
  EXPECT_EQ(result.kind, VerdictKind::kReject);
  EXPECT_EQ(result.reasons, (std::vector<std::string>{"a.mask", "b.reject"}));
  EXPECT_EQ(payload.at("seen"), (boost::json::array{"a", "b"}));
}

TEST(GuardChain, ThrowingGuardFailsClosed) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<RecordingGuard>("a", VerdictKind::kContinue, true));
  guards.push_back(std::make_unique<RecordingGuard>("b", VerdictKind::kContinue));
  auto chain = Chain(std::move(guards));
  auto payload = Payload();
  auto result = chain.Run({Direction::kRequest}, payload);
  EXPECT_EQ(result.kind, VerdictKind::kReject);
  EXPECT_EQ(result.reasons, std::vector<std::string>{"guard.failed"});
  EXPECT_EQ(payload.at("seen"), (boost::json::array{"a"}));
}

}  // namespace
}  // namespace mcpgw::guards
