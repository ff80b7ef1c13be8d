#include "guards/policy/policy_guard.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <optional>

#include "guards/guards_config.h"
#include "guards/plugin_catalog.h"
#include "guards/policy/label_history.h"
#include "guards/policy/policy_parser.h"
#include "testing/fake_client_asker.h"
#include "testing/run_until.h"
#include "testing/temp_dir.h"

namespace mcpgw::guards::policy {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;
using mcpgw::testing::FakeClientAsker;

std::shared_ptr<const PolicySet> Policy(std::string_view text) {
  auto set = ParsePolicyText(text, "p.json");
  EXPECT_TRUE(set) << (set ? "" : set.error().message);
  return set ? *set : std::make_shared<const PolicySet>();
}

struct Fixture {
  boost::asio::io_context io;
  std::shared_ptr<FakeClientAsker> asker = std::make_shared<FakeClientAsker>();
  std::shared_ptr<SessionInfo> session = [] {
    auto s = std::make_shared<SessionInfo>();
    s->session_id = "sess-1";
    s->principal = "alice";
    s->client_name = "test-client";
    return s;
  }();
  std::unique_ptr<PolicyGuard> guard;

  explicit Fixture(std::string_view policy, PolicyGuard::Source source = {},
                   RateLimiter::Now now = {}) {
    session->asker = asker;
    guard =
        std::make_unique<PolicyGuard>(Policy(policy), std::move(source), &io, 600s, std::move(now));
  }

  std::shared_ptr<GuardContext> Context(std::string_view server, std::string_view tool,
                                        Direction direction = Direction::kRequest) {
    auto c = std::make_shared<GuardContext>();
    c->direction = direction;
    c->method = "tools/call";
    c->server = std::string(server);
    c->item = std::string(tool);
    c->session = session;
    c->request_key = "7";
    return c;
  }

  // Runs InspectLater and the io_context until the verdict arrives (or 5 s pass).
  std::optional<Verdict> Later(std::shared_ptr<GuardContext> context, json::value& payload,
                               std::shared_ptr<bool> cancelled = std::make_shared<bool>(false),
                               bool wait = true) {
    std::optional<Verdict> out;
    guard->InspectLater(context, payload, cancelled, [&](Verdict v) { out = std::move(v); });
    if (wait)
      mcpgw::testing::RunUntil(
          io, [&] { return out.has_value(); }, 5s);
    return out;
  }
};

json::value Args(std::string_view arguments) {
  return json::object{{"name", "t"}, {"arguments", json::parse(arguments)}};
}

bool HasFinding(const Verdict& v, std::string_view type) {
  for (const Finding& f : v.findings)
    if (f.type == type) return true;
  return false;
}

TEST(PolicyGuard, DenyRejectsWithTheRuleReasonAndAFinding) {
  Fixture fx(
      R"({"rules": [{"id": "rm", "match": {"tool": "delete_*"}, "action": "deny", "reason": "no_delete"}]})");
  json::value payload = Args(R"({"id": 1})");
  Verdict v = fx.guard->Inspect(*fx.Context("db", "delete_row"), payload);
  EXPECT_EQ(v.kind, VerdictKind::kReject);
  EXPECT_EQ(v.reason, "policy.no_delete");
  EXPECT_NE(v.message.find("rule 'rm'"), std::string::npos);
  ASSERT_EQ(v.findings.size(), 1u);
  EXPECT_EQ(v.findings[0].action, Action::kBlock);
  EXPECT_EQ(v.findings[0].guard, "policy");
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("db", "select"), payload).kind, VerdictKind::kContinue);
}

TEST(PolicyGuard, WithoutAskRulesTheGuardIsInline) {
  Fixture fx(R"({"rules": [{"match": {"tool": "x"}, "action": "deny"}]})");
  EXPECT_FALSE(fx.guard->waits());
  Fixture asks(R"({"rules": [{"match": {"tool": "x"}, "action": "ask"}]})");
  EXPECT_TRUE(asks.guard->waits());
}

TEST(PolicyGuard, MaskReplacesTheMatchedValueButNotInMonitorMode) {
  Fixture fx(
      R"({"rules": [{"match": {"tool": "send", "arguments": {"pointer": "/to", "suffix": "@corp.example"}},
                 "action": "mask", "mask_with": "<internal>"}]})");
  json::value payload = Args(R"({"to": "bob@corp.example", "body": "hi"})");
  Verdict v = fx.guard->Inspect(*fx.Context("mail", "send"), payload);
  EXPECT_EQ(v.kind, VerdictKind::kModified);
  EXPECT_EQ(v.reason, "policy.masked");
  EXPECT_EQ(payload.at("arguments").at("to"), "<internal>");
  EXPECT_EQ(payload.at("arguments").at("body"), "hi");
  ASSERT_EQ(v.findings.size(), 1u);
  EXPECT_EQ(v.findings[0].location, "/arguments/to");
  EXPECT_FALSE(v.findings[0].value_hash.empty());

  json::value again = Args(R"({"to": "bob@corp.example"})");
  auto monitor = fx.Context("mail", "send");
  monitor->mode = Mode::kMonitor;
  Verdict m = fx.guard->Inspect(*monitor, again);
  EXPECT_EQ(m.kind, VerdictKind::kContinue);
  EXPECT_EQ(again.at("arguments").at("to"), "bob@corp.example");
  EXPECT_EQ(m.findings.size(), 1u);
}

TEST(PolicyGuard, AlertPassesWithAFindingAndResultRulesMaskResults) {
  Fixture fx(R"({"rules": [
    {"match": {"tool": "fetch", "direction": "response", "result": {"pointer": "/structuredContent/ssn", "exists": true}},
     "action": "mask"},
    {"match": {"tool": "fetch"}, "action": "alert", "reason": "fetch_used"}]})");
  json::value request = Args("{}");
  Verdict alert = fx.guard->Inspect(*fx.Context("web", "fetch"), request);
  EXPECT_EQ(alert.kind, VerdictKind::kContinue);
  ASSERT_EQ(alert.findings.size(), 1u);
  EXPECT_EQ(alert.findings[0].type, "policy.fetch_used");
  EXPECT_EQ(alert.findings[0].action, Action::kAlert);
  json::value result =
      json::parse(R"({"content": [], "structuredContent": {"ssn": "078-05-1120"}})");
  Verdict masked = fx.guard->Inspect(*fx.Context("web", "fetch", Direction::kResponse), result);
  EXPECT_EQ(masked.kind, VerdictKind::kModified);
  EXPECT_EQ(result.at("structuredContent").at("ssn"), "[MASKED]");
  ASSERT_EQ(masked.findings.size(), 1u);
  EXPECT_EQ(masked.findings[0].location, "/structuredContent/ssn");
}

TEST(PolicyGuard, OverTheRateLimitRejectsWithRetryAfter) {
  RateLimiter::Clock::time_point now{};
  Fixture fx(
      R"({"rate_limits": [{"id": "per-user", "scope": "principal", "rate": 2, "per": "minute"}]})",
      {}, [&] { return now; });
  json::value payload = Args("{}");
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("s", "t"), payload).kind, VerdictKind::kContinue);
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("s", "t"), payload).kind, VerdictKind::kContinue);
  Verdict v = fx.guard->Inspect(*fx.Context("s", "t"), payload);
  EXPECT_EQ(v.kind, VerdictKind::kReject);
  EXPECT_EQ(v.reason, "policy.rate_limited");
  EXPECT_EQ(v.data.at("retryAfterMs"), 30000);
  EXPECT_NE(v.message.find("rate limit 'per-user' exceeded"), std::string::npos);
  now += 30s;
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("s", "t"), payload).kind, VerdictKind::kContinue);
}

TEST(PolicyGuard, ALabelIsRecordedWhenTheResultPassesNotWhenRequested) {
  Fixture fx(
      R"({"labels": [{"label": "private_data", "tool": "read_file"}, {"label": "public_sink", "tool": "post"}],
                 "rules": [{"id": "exfil", "match": {"labels": "public_sink", "after": "private_data"}, "action": "deny"}]})");
  json::value payload = Args("{}");
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("fs", "read_file"), payload).kind,
            VerdictKind::kContinue);
  EXPECT_EQ(fx.guard->Inspect(*fx.Context("web", "post"), payload).kind, VerdictKind::kContinue);
  json::value result = json::parse(R"({"content": [{"type": "text", "text": "secret plans"}]})");
  auto error_ctx = fx.Context("fs", "read_file", Direction::kResponse);
  error_ctx->is_error = true;  // an error carries no data: not recorded
  fx.guard->Inspect(*error_ctx, result);
  EXPECT_EQ(fx.session->store->Get<PolicySessionState>().history.size(), 0u);
  fx.guard->Inspect(*fx.Context("fs", "read_file", Direction::kResponse), result);
  EXPECT_EQ(fx.session->store->Get<PolicySessionState>().history.size(), 1u);
  Verdict v = fx.guard->Inspect(*fx.Context("web", "post"), payload);
  EXPECT_EQ(v.kind, VerdictKind::kReject);
  EXPECT_EQ(v.reason, "policy.flow_denied");
  // Another session has its own history.
  auto other = fx.Context("web", "post");
  auto fresh = std::make_shared<SessionInfo>();
  other->session = fresh;
  EXPECT_EQ(fx.guard->Inspect(*other, payload).kind, VerdictKind::kContinue);
}

constexpr std::string_view kAskPolicy =
    R"({"ask": {"timeout_ms": 200}, "rules": [{"id": "ask-writes", "match": {"tool": "write_*"}, "action": "ask"}]})";

TEST(PolicyGuardAsk, ApprovedCallProceedsAndTheQuestionShowsTheCall) {
  Fixture fx(kAskPolicy);
  json::value payload = Args(R"({"path": "/tmp/a", "text": "<EMAIL_ADDRESS>"})");
  std::optional<Verdict> v =
      fx.Later(fx.Context("fs", "write_file"), payload, std::make_shared<bool>(false), false);
  EXPECT_FALSE(v);  // waiting for the user
  ASSERT_EQ(fx.asker->questions.size(), 1u);
  const auto& q = fx.asker->questions[0];
  EXPECT_EQ(q.related, "7");
  const std::string message(q.params.at("message").as_string());
  EXPECT_NE(message.find("Tool: write_file"), std::string::npos);
  EXPECT_NE(message.find("<EMAIL_ADDRESS>"), std::string::npos);  // the masked arguments
  fx.asker->Answer(0, FakeClientAsker::Reply("accept", true));
  ASSERT_TRUE(v);
  EXPECT_EQ(v->kind, VerdictKind::kContinue);
  ASSERT_TRUE(HasFinding(*v, "policy.approval_granted"));
  EXPECT_EQ(v->findings[0].value_hash.size(), 16u);
  EXPECT_TRUE(fx.asker->cancelled.empty());
}

TEST(PolicyGuardAsk, DeclineCancelAndFalseAllDeny) {
  for (auto reply : {FakeClientAsker::Reply("decline"), FakeClientAsker::Reply("cancel"),
                     FakeClientAsker::Reply("accept", false),
                     json::object{{"error", json::object{{"code", -1}, {"message", "x"}}}}}) {
    Fixture fx(kAskPolicy);
    fx.asker->auto_answer = reply;
    json::value payload = Args("{}");
    std::optional<Verdict> v = fx.Later(fx.Context("fs", "write_file"), payload);
    ASSERT_TRUE(v) << json::serialize(reply);
    EXPECT_EQ(v->kind, VerdictKind::kReject);
    EXPECT_EQ(v->reason, "policy.approval_declined") << json::serialize(reply);
    EXPECT_TRUE(HasFinding(*v, "policy.approval_declined"));
  }
}

TEST(PolicyGuardAsk, NoAnswerWithinTheTimeoutDeniesAndWithdrawsTheQuestion) {
  Fixture fx(kAskPolicy);  // 200 ms
  json::value payload = Args("{}");
  const auto start = std::chrono::steady_clock::now();
  std::optional<Verdict> v = fx.Later(fx.Context("fs", "write_file"), payload);
  ASSERT_TRUE(v);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 200ms);
  EXPECT_EQ(v->reason, "policy.approval_timeout");
  EXPECT_NE(v->message.find("not given within 0.2 s"), std::string::npos) << v->message;
  ASSERT_EQ(fx.asker->cancelled.size(), 1u);
  EXPECT_EQ(fx.asker->cancelled[0], fx.asker->questions[0].id);
  // A late answer is ignored.
  fx.asker->Answer(0, FakeClientAsker::Reply("accept", true));
}

TEST(PolicyGuardAsk, ClientsWithoutElicitationGetApprovalRequired) {
  Fixture fx(kAskPolicy);
  fx.asker->can_elicit = false;
  json::value payload = Args("{}");
  std::optional<Verdict> v = fx.Later(fx.Context("fs", "write_file"), payload);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason, "policy.approval_required");
  EXPECT_NE(v->message.find("approval was required"), std::string::npos);
  EXPECT_TRUE(fx.asker->questions.empty());

  // A session whose client is gone (expired asker) or that has none.
  auto gone = fx.Context("fs", "write_file");
  auto info = std::make_shared<SessionInfo>();
  gone->session = info;
  v = fx.Later(gone, payload);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason, "policy.approval_required");
  // A question that cannot be sent.
  fx.asker->can_elicit = true;
  fx.asker->refuse_to_send = true;
  v = fx.Later(fx.Context("fs", "write_file"), payload);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason, "policy.approval_required");
}

TEST(PolicyGuardAsk, ApprovalIsRememberedForTheSameCallInTheSessionOnly) {
  Fixture fx(
      R"({"ask": {"remember": "session"}, "rules": [{"match": {"tool": "write_*"}, "action": "ask"}]})");
  fx.asker->auto_answer = FakeClientAsker::Reply("accept", true);
  json::value payload = Args(R"({"path": "/tmp/a", "n": 1})");
  std::optional<Verdict> v = fx.Later(fx.Context("fs", "write_file"), payload);
  ASSERT_TRUE(v);
  EXPECT_TRUE(HasFinding(*v, "policy.approval_granted"));
  // The same call (spelled differently): no new question.
  json::value same = Args(R"({"n": 1.0, "path": "/tmp/a"})");
  v = fx.Later(fx.Context("fs", "write_file"), same);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->kind, VerdictKind::kContinue);
  EXPECT_TRUE(HasFinding(*v, "policy.approval_remembered"));
  EXPECT_EQ(fx.asker->questions.size(), 1u);
  // Another call is asked again.
  json::value other = Args(R"({"path": "/tmp/b", "n": 1})");
  fx.asker->auto_answer = FakeClientAsker::Reply("decline");
  v = fx.Later(fx.Context("fs", "write_file"), other);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason, "policy.approval_declined");
  EXPECT_EQ(fx.asker->questions.size(), 2u);
  // Another session is asked again for the first call.
  auto ctx = fx.Context("fs", "write_file");
  auto info = std::make_shared<SessionInfo>(*fx.session);
  info->store = std::make_shared<SessionStore>();
  ctx->session = info;
  v = fx.Later(ctx, payload);
  ASSERT_TRUE(v);
  EXPECT_EQ(fx.asker->questions.size(), 3u);
}

TEST(PolicyGuardAsk, WithoutRememberEveryCallIsAsked) {
  Fixture fx(kAskPolicy);
  fx.asker->auto_answer = FakeClientAsker::Reply("accept", true);
  json::value payload = Args(R"({"path": "/tmp/a"})");
  ASSERT_TRUE(fx.Later(fx.Context("fs", "write_file"), payload));
  ASSERT_TRUE(fx.Later(fx.Context("fs", "write_file"), payload));
  EXPECT_EQ(fx.asker->questions.size(), 2u);
}

TEST(PolicyGuardAsk, CancellingTheRunWithdrawsTheQuestion) {
  Fixture fx(R"({"rules": [{"match": {"tool": "write_*"}, "action": "ask"}]})");  // 120 s
  json::value payload = Args("{}");
  auto cancelled = std::make_shared<bool>(false);
  std::optional<Verdict> v = fx.Later(fx.Context("fs", "write_file"), payload, cancelled, false);
  ASSERT_EQ(fx.asker->questions.size(), 1u);
  *cancelled = true;
  ASSERT_TRUE(mcpgw::testing::RunUntil(
      fx.io, [&] { return !fx.asker->cancelled.empty(); }, 5s));
  EXPECT_EQ(fx.asker->cancelled[0], fx.asker->questions[0].id);
  fx.asker->Answer(0, FakeClientAsker::Reply("accept", true));
  EXPECT_FALSE(v);  // never answered after cancellation
}

TEST(PolicyGuardAsk, CallsNoAskRuleMatchesAreAnsweredInline) {
  Fixture fx(kAskPolicy);
  json::value payload = Args("{}");
  std::optional<Verdict> v =
      fx.Later(fx.Context("fs", "read_file"), payload, std::make_shared<bool>(false), false);
  ASSERT_TRUE(v);  // before InspectLater returned, without running the io_context
  EXPECT_EQ(v->kind, VerdictKind::kContinue);
  EXPECT_TRUE(fx.asker->questions.empty());
}

TEST(PolicyGuardAsk, MonitorModeNeverAsks) {
  Fixture fx(kAskPolicy);
  json::value payload = Args("{}");
  auto ctx = fx.Context("fs", "write_file");
  ctx->mode = Mode::kMonitor;
  std::optional<Verdict> v = fx.Later(ctx, payload);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->reason, "policy.approval_required");  // recorded, not applied, by the chain
  EXPECT_TRUE(fx.asker->questions.empty());
}

TEST(PolicyGuardReload, AValidFileReplacesThePolicyAnInvalidOneKeepsIt) {
  mcpgw::testing::TempDir dir;
  const std::string config = dir.WriteFile(
      "config.json",
      R"({"guards": {"policy": {"rules": [{"match": {"tool": "a"}, "action": "deny"}]}}})");
  auto parsed = LoadGuardsConfig(config);
  ASSERT_TRUE(parsed) << parsed.error().message;
  boost::asio::io_context io;
  auto entry = BuildPolicyGuard(parsed->guards.at("policy"), config, "", &io);
  ASSERT_TRUE(entry) << entry.error().message;
  EXPECT_TRUE(entry->late);
  EXPECT_GE(entry->budget, 120s + kAskBudgetMargin);
  Guard& guard = *entry->guard;
  auto session = std::make_shared<SessionInfo>();
  session->store->Get<PolicySessionState>().history.Record("private_data", 10);
  GuardContext ctx;
  ctx.direction = Direction::kRequest;
  ctx.method = "tools/call";
  ctx.server = "s";
  ctx.item = "a";
  ctx.session = session;
  json::value payload = Args("{}");
  EXPECT_EQ(guard.Inspect(ctx, payload).kind, VerdictKind::kReject);

  dir.WriteFile("config.json",
                R"({"guards": {"policy": {"rules": [{"match": {"tool": 7}, "action": "deny"}]}}})");
  const std::string reason = guard.Reload();
  EXPECT_NE(reason.find("guards.policy.rules[0].match.tool: must be a string"), std::string::npos)
      << reason;
  EXPECT_EQ(guard.Inspect(ctx, payload).kind, VerdictKind::kReject);  // the old policy stays

  dir.WriteFile(
      "config.json",
      R"({"guards": {"policy": {"rules": [{"match": {"tool": "b"}, "action": "deny"}]}}})");
  EXPECT_EQ(guard.Reload(), "");
  EXPECT_EQ(guard.Inspect(ctx, payload).kind, VerdictKind::kContinue);
  ctx.item = "b";
  EXPECT_EQ(guard.Inspect(ctx, payload).kind, VerdictKind::kReject);
  // The session's history survived.
  EXPECT_TRUE(session->store->Get<PolicySessionState>().history.Contains("private_data"));
}

TEST(PolicyGuardChain, RunsLateSoItSeesMaskedArgumentsAndEarlierFindings) {
  auto config = ParseGuardsConfig(R"({"guards": {
      "order": ["policy"],
      "rules": [{"id": "acme", "regex": "ACME-[0-9]+"}],
      "policy": {"rules": [
        {"id": "raw", "match": {"arguments": {"pointer": "/text", "contains": "ACME-1"}}, "action": "deny", "reason": "saw_raw"},
        {"id": "flagged", "match": {"findings": "rules.*"}, "action": "deny", "reason": "secret_out"}]}}})",
                                  "config.json");
  ASSERT_TRUE(config) << config.error().message;
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({}, settings);
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ((*chain)->size(), 2u);
  GuardContext ctx;
  ctx.direction = Direction::kRequest;
  ctx.method = "tools/call";
  ctx.server = "s";
  ctx.item = "t";
  json::value payload = Args(R"({"text": "key ACME-1234"})");
  ChainResult result = (*chain)->Run(ctx, payload);
  EXPECT_TRUE(result.rejected());
  EXPECT_EQ(result.reject_reason(), "policy.secret_out");
}

TEST(PolicyGuardChain, ConfigErrorsNameTheFileAndKey) {
  auto config = ParseGuardsConfig(
      R"({"guards": {"policy": {"rules": [{"match": {"tool": 1}, "action": "deny"}]}}})",
      "config.json");
  ASSERT_TRUE(config);
  GuardSettings settings;
  settings.config = &*config;
  auto chain = BuildGuardChain({}, settings);
  ASSERT_FALSE(chain);
  EXPECT_EQ(chain.error().message,
            "config.json: guards.policy.rules[0].match.tool: must be a string or an array of "
            "strings");
  auto plugin = BuildGuardChain({"policy"});  // -p policy without a config: allows everything
  ASSERT_TRUE(plugin) << plugin.error().message;
  EXPECT_EQ((*plugin)->guard(0).name(), "policy");
}

}  // namespace
}  // namespace mcpgw::guards::policy
