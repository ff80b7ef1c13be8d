#include "guards/guard_chain.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <stdexcept>

namespace mcpgw::guards {
namespace {

namespace json = boost::json;

// Appends its name (and the mode it was told) to payload["seen"] and answers with a fixed verdict.
class RecordingGuard : public Guard {
 public:
  RecordingGuard(std::string name, VerdictKind kind, bool throws = false)
      : name_(std::move(name)), kind_(kind), throws_(throws) {}
  std::string_view name() const override { return name_; }
  Verdict Inspect(const GuardContext& context, json::value& payload) override {
    payload.as_object()["seen"].as_array().push_back(json::string(name_));
    modes.push_back(context.mode);
    if (throws_) throw std::runtime_error("boom");
    if (kind_ == VerdictKind::kReject) return Verdict::Reject(name_ + ".reject", "no");
    if (kind_ == VerdictKind::kModified) return Verdict::Modified(name_ + ".mask");
    return Verdict::Continue();
  }
  std::vector<Mode> modes;

 private:
  std::string name_;
  VerdictKind kind_;
  bool throws_;
};

// A guard that waits: answers when the test calls Finish(), on the io_context.
class WaitingGuard : public Guard {
 public:
  explicit WaitingGuard(boost::asio::io_context& io) : io_(io) {}
  std::string_view name() const override { return "waiting"; }
  bool waits() const override { return true; }
  Verdict Inspect(const GuardContext&, json::value&) override { return Verdict::Continue(); }
  void InspectLater(std::shared_ptr<const GuardContext>, json::value& payload,
                    std::shared_ptr<const bool> cancelled,
                    std::function<void(Verdict)> done) override {
    payload.as_object()["seen"].as_array().push_back("waiting");
    pending = std::move(done);
    cancelled_flag = std::move(cancelled);
  }
  void Finish(Verdict verdict) {
    auto done = std::move(pending);
    boost::asio::post(io_, [done, verdict]() { done(verdict); });
  }
  std::function<void(Verdict)> pending;
  std::shared_ptr<const bool> cancelled_flag;

 private:
  boost::asio::io_context& io_;
};

GuardContext Ctx(Direction direction, std::string server = "fs", std::string item = "read") {
  GuardContext context;
  context.direction = direction;
  context.method = "tools/call";
  context.server = std::move(server);
  context.item = std::move(item);
  return context;
}

json::value Payload() { return json::object{{"seen", json::array()}}; }

std::vector<std::unique_ptr<Guard>> Guards(std::vector<std::pair<std::string, VerdictKind>> list) {
  std::vector<std::unique_ptr<Guard>> guards;
  for (auto& [name, kind] : list) guards.push_back(std::make_unique<RecordingGuard>(name, kind));
  return guards;
}

// Finds "x" (action alert) and records how many findings earlier guards had left it.
class FindingGuard : public Guard {
 public:
  explicit FindingGuard(std::string name) : name_(std::move(name)) {}
  std::string_view name() const override { return name_; }
  Verdict Inspect(const GuardContext& context, json::value&) override {
    prior.push_back(context.prior_findings ? static_cast<int>(context.prior_findings->size())
                                           : -1);
    Verdict v = Verdict::Continue();
    v.findings.push_back(Finding{name_ + ".x", "", Action::kAlert, name_, "", true});
    return v;
  }
  std::string Reload() override { return reload_error; }
  std::vector<int> prior;
  std::string reload_error;

 private:
  std::string name_;
};

TEST(GuardChain, EachGuardSeesTheFindingsOfTheGuardsBeforeIt) {
  std::vector<std::unique_ptr<Guard>> guards;
  auto first = std::make_unique<FindingGuard>("a");
  auto second = std::make_unique<FindingGuard>("b");
  FindingGuard* a = first.get();
  FindingGuard* b = second.get();
  guards.push_back(std::move(first));
  guards.push_back(std::move(second));
  GuardChain chain(std::move(guards));
  json::value payload = Payload();
  chain.Run(Ctx(Direction::kRequest), payload);
  chain.Run(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(a->prior, (std::vector<int>{0, 1})) << "request: a first; response: a after b";
  EXPECT_EQ(b->prior, (std::vector<int>{1, 0}));
}

TEST(GuardChain, ReloadReportsEachRefusingGuardByName) {
  std::vector<std::unique_ptr<Guard>> guards;
  auto first = std::make_unique<FindingGuard>("a");
  auto second = std::make_unique<FindingGuard>("b");
  second->reload_error = "line 3: unknown key";
  guards.push_back(std::move(first));
  guards.push_back(std::move(second));
  GuardChain chain(std::move(guards));
  EXPECT_EQ(chain.Reload(), (std::vector<std::string>{"b: line 3: unknown key"}));
}

TEST(GuardChain, LateEntriesRunAfterAllOthersInConfiguredOrderOnBothPaths) {
  std::vector<ChainEntry> entries;
  for (auto [name, late] : std::vector<std::pair<std::string, bool>>{
           {"judge", true}, {"a", false}, {"policy", true}, {"b", false}}) {
    ChainEntry entry;
    entry.guard = std::make_unique<RecordingGuard>(name, VerdictKind::kContinue);
    entry.late = late;
    entries.push_back(std::move(entry));
  }
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  json::value request = Payload();
  chain.Run(Ctx(Direction::kRequest), request);
  EXPECT_EQ(request.at("seen"), (json::array{"a", "b", "judge", "policy"}));
  json::value response = Payload();
  chain.Run(Ctx(Direction::kResponse), response);
  EXPECT_EQ(response.at("seen"), (json::array{"b", "a", "judge", "policy"}));
}

TEST(GuardChain, EmptyChainContinues) {
  GuardChain chain;
  auto payload = Payload();
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest), payload).kind, VerdictKind::kContinue);
  EXPECT_FALSE(chain.AnyApplies(Ctx(Direction::kRequest)));
}

TEST(GuardChain, RequestPathRunsInConfiguredOrder) {
  GuardChain chain(Guards({{"a", VerdictKind::kContinue}, {"b", VerdictKind::kModified}}));
  auto payload = Payload();
  auto result = chain.Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.kind, VerdictKind::kModified);
  EXPECT_EQ(payload.at("seen"), (json::array{"a", "b"}));
  EXPECT_EQ(result.reasons, std::vector<std::string>{"b.mask"});
  ASSERT_EQ(result.timings.size(), 2u);
  EXPECT_EQ(result.timings[0].guard, "a");
}

TEST(GuardChain, ResponsePathRunsInReverseOrder) {
  GuardChain chain(Guards({{"a", VerdictKind::kContinue}, {"b", VerdictKind::kContinue}}));
  auto payload = Payload();
  chain.Run(Ctx(Direction::kResponse), payload);
  EXPECT_EQ(payload.at("seen"), (json::array{"b", "a"}));
}

TEST(GuardChain, FirstRejectWinsAndStopsTheChain) {
  GuardChain chain(Guards({{"a", VerdictKind::kModified},
                           {"b", VerdictKind::kReject},
                           {"c", VerdictKind::kReject}}));
  auto payload = Payload();
  auto result = chain.Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.kind, VerdictKind::kReject);
  EXPECT_EQ(result.reasons, (std::vector<std::string>{"a.mask", "b.reject"}));
  EXPECT_EQ(result.reject_reason(), "b.reject");
  EXPECT_EQ(payload.at("seen"), (json::array{"a", "b"}));
}

TEST(GuardChain, ThrowingGuardFailsClosed) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<RecordingGuard>("a", VerdictKind::kContinue, true));
  guards.push_back(std::make_unique<RecordingGuard>("b", VerdictKind::kContinue));
  GuardChain chain(std::move(guards));
  auto payload = Payload();
  auto result = chain.Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.kind, VerdictKind::kReject);
  EXPECT_EQ(result.reasons, std::vector<std::string>{"guard.failed"});
  EXPECT_EQ(payload.at("seen"), (json::array{"a"}));
}

TEST(GuardChain, ThrowingGuardWithFailOpenIsRecordedAndTheChainGoesOn) {
  std::vector<ChainEntry> entries(2);
  entries[0].guard = std::make_unique<RecordingGuard>("a", VerdictKind::kContinue, true);
  entries[0].fail_open = true;
  entries[1].guard = std::make_unique<RecordingGuard>("b", VerdictKind::kContinue);
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  auto payload = Payload();
  auto result = chain.Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.kind, VerdictKind::kContinue);
  EXPECT_EQ(payload.at("seen"), (json::array{"a", "b"}));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].type, "guard.failed");
  EXPECT_FALSE(result.findings[0].applied);
}

TEST(GuardChain, MonitorModeRecordsARejectButTheChainGoesOn) {
  std::vector<ChainEntry> entries(2);
  entries[0].guard = std::make_unique<RecordingGuard>("a", VerdictKind::kReject);
  entries[0].scope.mode = Mode::kMonitor;
  entries[1].guard = std::make_unique<RecordingGuard>("b", VerdictKind::kContinue);
  auto* a = static_cast<RecordingGuard*>(entries[0].guard.get());
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  auto payload = Payload();
  auto result = chain.Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.kind, VerdictKind::kContinue);
  EXPECT_EQ(payload.at("seen"), (json::array{"a", "b"}));
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].type, "a.reject");
  EXPECT_EQ(result.findings[0].action, Action::kBlock);
  EXPECT_FALSE(result.findings[0].applied);
  EXPECT_EQ(a->modes, std::vector<Mode>{Mode::kMonitor}) << "the guard is told it monitors";
}

TEST(GuardChain, GlobalMonitorModeOverridesAGuardsEnforce) {
  std::vector<ChainEntry> entries(1);
  entries[0].guard = std::make_unique<RecordingGuard>("a", VerdictKind::kReject);
  entries[0].scope.mode = Mode::kEnforce;
  GuardChain chain(std::move(entries), Mode::kMonitor, nullptr);
  auto payload = Payload();
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest), payload).kind, VerdictKind::kContinue);
}

TEST(GuardChain, PerServerOverrideTurnsAGuardOff) {
  std::vector<ChainEntry> entries(1);
  entries[0].guard = std::make_unique<RecordingGuard>("a", VerdictKind::kReject);
  GuardScope::Override trusted;
  trusted.server = "internal-*";
  trusted.mode = Mode::kOff;
  entries[0].scope.overrides.push_back(trusted);
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  auto payload = Payload();
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest, "internal-db"), payload).kind,
            VerdictKind::kContinue);
  EXPECT_FALSE(chain.AnyApplies(Ctx(Direction::kRequest, "internal-db")));
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest, "web"), payload).kind, VerdictKind::kReject);
}

TEST(GuardChain, PerToolOverrideLimitsAGuardToResponses) {
  std::vector<ChainEntry> entries(1);
  entries[0].guard = std::make_unique<RecordingGuard>("a", VerdictKind::kReject);
  GuardScope::Override o;
  o.tool = "write_*";
  o.requests = false;
  entries[0].scope.overrides.push_back(o);
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  auto payload = Payload();
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest, "fs", "write_file"), payload).kind,
            VerdictKind::kContinue);
  EXPECT_EQ(chain.Run(Ctx(Direction::kResponse, "fs", "write_file"), payload).kind,
            VerdictKind::kReject);
  EXPECT_EQ(chain.Run(Ctx(Direction::kRequest, "fs", "read_file"), payload).kind,
            VerdictKind::kReject);
}

TEST(GuardChain, InlineGuardsFinishBeforeStartReturns) {
  GuardChain chain(Guards({{"a", VerdictKind::kModified}}));
  bool called = false;
  auto run = chain.Start(Ctx(Direction::kRequest), Payload(),
                         [&](ChainResult result, json::value payload) {
                           called = true;
                           EXPECT_EQ(result.kind, VerdictKind::kModified);
                           EXPECT_EQ(payload.at("seen"), (json::array{"a"}));
                         });
  EXPECT_TRUE(called);
  EXPECT_EQ(run, nullptr);
}

struct AsyncChain {
  boost::asio::io_context io;
  WaitingGuard* waiting = nullptr;
  std::unique_ptr<GuardChain> chain;
  explicit AsyncChain(std::chrono::milliseconds budget, bool fail_open = false) {
    std::vector<ChainEntry> entries(2);
    auto guard = std::make_unique<WaitingGuard>(io);
    waiting = guard.get();
    entries[0].guard = std::move(guard);
    entries[0].budget = budget;
    entries[0].fail_open = fail_open;
    entries[1].guard = std::make_unique<RecordingGuard>("after", VerdictKind::kContinue);
    chain = std::make_unique<GuardChain>(std::move(entries), Mode::kEnforce, &io);
  }
};

TEST(GuardChain, WaitingGuardSuspendsAndTheChainResumesAfterIt) {
  AsyncChain t(std::chrono::seconds(30));
  std::optional<ChainResult> result;
  json::value out;
  auto run = t.chain->Start(Ctx(Direction::kRequest), Payload(),
                            [&](ChainResult r, json::value p) {
                              result = std::move(r);
                              out = std::move(p);
                            });
  ASSERT_NE(run, nullptr);
  EXPECT_FALSE(result) << "done waits for the waiting guard";
  ASSERT_TRUE(t.waiting->pending);
  t.waiting->Finish(Verdict::Modified("waiting.mask"));
  t.io.run();
  ASSERT_TRUE(result);
  EXPECT_EQ(result->kind, VerdictKind::kModified);
  EXPECT_EQ(out.at("seen"), (json::array{"waiting", "after"}));
}

TEST(GuardChain, WaitingGuardPastItsBudgetFailsClosed) {
  AsyncChain t(std::chrono::milliseconds(1));
  std::optional<ChainResult> result;
  auto run = t.chain->Start(Ctx(Direction::kRequest), Payload(),
                            [&](ChainResult r, json::value) { result = std::move(r); });
  t.io.run();  // only the budget timer is pending: the guard never answers
  ASSERT_TRUE(result);
  EXPECT_EQ(result->kind, VerdictKind::kReject);
  EXPECT_EQ(result->reject_reason(), "guard.timeout");
  ASSERT_TRUE(t.waiting->cancelled_flag);
  EXPECT_TRUE(*t.waiting->cancelled_flag) << "the late guard is told to stop";
}

TEST(GuardChain, WaitingGuardPastItsBudgetWithFailOpenGoesOn) {
  AsyncChain t(std::chrono::milliseconds(1), /*fail_open=*/true);
  std::optional<ChainResult> result;
  json::value out;
  auto run = t.chain->Start(Ctx(Direction::kRequest), Payload(),
                            [&](ChainResult r, json::value p) {
                              result = std::move(r);
                              out = std::move(p);
                            });
  t.io.run();
  ASSERT_TRUE(result);
  EXPECT_EQ(result->kind, VerdictKind::kContinue);
  EXPECT_EQ(out.at("seen"), (json::array{"waiting", "after"}));
  ASSERT_EQ(result->findings.size(), 1u);
  EXPECT_EQ(result->findings[0].type, "guard.timeout");
}

TEST(GuardChain, CancelledRunNeverCallsDone) {
  AsyncChain t(std::chrono::seconds(30));
  bool called = false;
  auto run = t.chain->Start(Ctx(Direction::kRequest), Payload(),
                            [&](ChainResult, json::value) { called = true; });
  ASSERT_NE(run, nullptr);
  run->Cancel();
  t.waiting->Finish(Verdict::Continue());
  t.io.run();
  EXPECT_FALSE(called);
  EXPECT_TRUE(*t.waiting->cancelled_flag);
}

TEST(GuardChain, WaitingGuardInTheInlineRunFailsClosed) {
  AsyncChain t(std::chrono::seconds(30));
  auto payload = Payload();
  auto result = t.chain->Run(Ctx(Direction::kRequest), payload);
  EXPECT_EQ(result.reject_reason(), "guard.failed");
}

// --- RunClean: the tree-less answer for a clean message -----------------------------------------

// A leaf-judging guard (as DetectorGuard): a leaf holding `needle` is not clean; Inspect finds it
// (alert) in the tree. Counts the leaves it judged.
class LeafGuard : public Guard {
 public:
  LeafGuard(std::string name, std::string needle, bool throws = false)
      : name_(std::move(name)), needle_(std::move(needle)), throws_(throws) {}
  std::string_view name() const override { return name_; }
  bool judges_leaves() const override { return true; }
  bool LeafIsClean(std::string_view text) const override {
    ++judged;
    if (throws_) throw std::runtime_error("boom");
    return text.find(needle_) == std::string_view::npos;
  }
  Verdict Inspect(const GuardContext&, json::value& payload) override {
    Verdict verdict;
    const json::value* args = payload.as_object().if_contains("arguments");
    if (args && json::serialize(*args).find(needle_) != std::string::npos) {
      Finding finding;
      finding.type = name_ + ".found";
      finding.action = Action::kAlert;
      verdict.findings.push_back(finding);
    }
    return verdict;
  }
  mutable int judged = 0;

 private:
  std::string name_;
  std::string needle_;
  bool throws_;
};

constexpr std::string_view kCleanArguments = R"({"name":"read","arguments":{"a":"one","b":["two"]}})";

TEST(GuardChainRunClean, EveryLeafCleanGivesStartsContinueWithATimingPerGuardWithoutATree) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<LeafGuard>("first", "secret"));
  guards.push_back(std::make_unique<LeafGuard>("second", "email"));
  const auto* first = static_cast<const LeafGuard*>(guards[0].get());
  GuardChain chain(std::move(guards));
  GuardContext context = Ctx(Direction::kRequest);
  const std::optional<ChainResult> clean = chain.RunClean(context, kCleanArguments);
  ASSERT_TRUE(clean.has_value());
  EXPECT_EQ(clean->kind, VerdictKind::kContinue);
  EXPECT_TRUE(clean->findings.empty());
  ASSERT_EQ(clean->timings.size(), 2u);
  EXPECT_EQ(clean->timings[0].guard, "first");
  EXPECT_EQ(clean->timings[1].guard, "second");
  EXPECT_EQ(first->judged, 2);  // both leaves
  // The same answer as the chain over the tree.
  json::value payload = json::parse(kCleanArguments);
  const ChainResult tree = chain.Run(context, payload);
  EXPECT_EQ(tree.kind, clean->kind);
  EXPECT_EQ(tree.findings.size(), clean->findings.size());
}

TEST(GuardChainRunClean, ALeafAGuardDoesNotFindCleanLeavesTheDecisionToTheTree) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<LeafGuard>("first", "two"));
  GuardChain chain(std::move(guards));
  GuardContext context = Ctx(Direction::kRequest);
  EXPECT_FALSE(chain.RunClean(context, kCleanArguments).has_value());
}

TEST(GuardChainRunClean, AGuardThatNeedsTheTreeLeavesTheDecisionToTheTree) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<LeafGuard>("first", "secret"));
  guards.push_back(std::make_unique<RecordingGuard>("tree", VerdictKind::kContinue));
  GuardChain chain(std::move(guards));
  GuardContext context = Ctx(Direction::kRequest);
  EXPECT_FALSE(chain.RunClean(context, kCleanArguments).has_value());
}

TEST(GuardChainRunClean, AGuardThatIsOffForTheMessageIsNotAsked) {
  std::vector<ChainEntry> entries;
  ChainEntry leaf;
  leaf.guard = std::make_unique<LeafGuard>("leaf", "secret");
  entries.push_back(std::move(leaf));
  ChainEntry tree;
  tree.guard = std::make_unique<RecordingGuard>("tree", VerdictKind::kContinue);
  tree.scope.requests = false;  // responses only
  entries.push_back(std::move(tree));
  GuardChain chain(std::move(entries), Mode::kEnforce, nullptr);
  GuardContext context = Ctx(Direction::kRequest);
  const std::optional<ChainResult> clean = chain.RunClean(context, kCleanArguments);
  ASSERT_TRUE(clean.has_value());
  ASSERT_EQ(clean->timings.size(), 1u);
  EXPECT_EQ(clean->timings[0].guard, "leaf");
  GuardContext response = Ctx(Direction::kResponse);
  EXPECT_FALSE(chain.RunClean(response, R"({"content":[]})").has_value());
}

TEST(GuardChainRunClean, AThrowingLeafTestLeavesTheDecisionToTheTree) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<LeafGuard>("first", "secret", /*throws=*/true));
  GuardChain chain(std::move(guards));
  GuardContext context = Ctx(Direction::kRequest);
  EXPECT_FALSE(chain.RunClean(context, kCleanArguments).has_value());
}

TEST(GuardChainRunClean, TextTheWalkerCannotReadWithoutATreeLeavesTheDecisionToTheTree) {
  std::vector<std::unique_ptr<Guard>> guards;
  guards.push_back(std::make_unique<LeafGuard>("first", "secret"));
  GuardChain chain(std::move(guards));
  GuardContext context = Ctx(Direction::kRequest);
  EXPECT_FALSE(chain.RunClean(context, R"({"arguments":{"a":"x","a":"secret"}})").has_value());
}

}  // namespace
}  // namespace mcpgw::guards
