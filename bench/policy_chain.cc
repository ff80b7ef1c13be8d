// mcp-bench-policy: what the `policy` guard adds to one tools/call on the request path (Google
// Benchmark; target <= 5 us p50 with a 50-rule policy, docs/policy.md).
//
// The policy has 50 rules of the kinds users write (server and tool globs, argument pointers
// with prefix and RE2 comparisons, flow rules over labels and history, finding-type globs) and
// 10 label rules; the sample call matches none of them, so every rule is evaluated (the worst
// case for first-match) and the default allows it. Each benchmark runs GuardChain::Start over
// the same payload (moved in and handed back, never copied): "empty" is a chain without guards,
// "policy50" the same call through a chain with the policy guard as a late entry,
// "policy50_last_rule_denies" a call only the 50th rule matches, and "policy50_rate_limited"
// the policy plus a per-session rate limit that never runs out. Each reports the p50 and p99
// of per-call wall time as counters (ns).
#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "guards/guard_chain.h"
#include "guards/policy/label_history.h"
#include "guards/policy/policy_guard.h"
#include "guards/policy/policy_parser.h"

namespace mcpgw::bench {
namespace {

namespace json = boost::json;
using namespace mcpgw::guards;

std::string FiftyRulePolicy(bool rate_limit) {
  std::string rules;
  for (int i = 0; i < 50; ++i) {
    const std::string n = std::to_string(i);
    std::string rule;
    switch (i % 5) {
      case 0:
        rule =
            R"({"match": {"server": "prod-)" + n + R"(", "tool": "delete_*"}, "action": "deny"})";
        break;
      case 1:
        rule = R"({"match": {"tool": "write_)" + n +
               R"(", "arguments": {"pointer": "/path", "prefix": "/etc/)" + n +
               R"("}}, "action": "deny"})";
        break;
      case 2:
        rule =
            R"({"match": {"tool": "search", "arguments": {"pointer": "/query", "regex": "(?i)drop\\s+table_)" +
            n + R"("}}, "action": "deny"})";
        break;
      case 3:
        rule = R"({"match": {"labels": "public_sink", "after": "private_)" + n +
               R"("}, "action": "deny"})";
        break;
      case 4:
        rule = R"({"match": {"findings": "secrets.kind_)" + n + R"("}, "action": "alert"})";
        break;
    }
    if (i == 49)
      rule =
          R"({"match": {"tool": "search", "arguments": {"pointer": "/limit", "gt": 1000}}, "action": "deny"})";
    rules += (i ? ",\n" : "") + rule;
  }
  std::string labels;
  for (int i = 0; i < 10; ++i)
    labels += (i ? "," : "") + std::string(R"({"label": "private_)") + std::to_string(i) +
              R"(", "server": "vault-)" + std::to_string(i) + R"(", "tool": "read_*"})";
  labels += R"(, {"label": "public_sink", "tool": ["post_*", "send_*"]})";
  std::string limits =
      rate_limit ? R"(, "rate_limits": [{"scope": "session", "rate": 1000000000, "per": "second"}])"
                 : "";
  return R"({"labels": [)" + labels + R"(], "rules": [)" + rules + "]" + limits + "}";
}

struct Setup {
  std::unique_ptr<GuardChain> chain;
  GuardContext context;
  json::value payload;
  std::vector<Finding> findings;
};

Setup Make(bool with_policy, bool rate_limit, std::string_view arguments) {
  Setup s;
  std::vector<ChainEntry> entries;
  if (with_policy) {
    auto set = policy::ParsePolicyText(FiftyRulePolicy(rate_limit), "bench.json");
    if (!set) throw std::runtime_error(set.error().message);
    ChainEntry entry;
    entry.late = true;
    entry.guard = std::make_unique<policy::PolicyGuard>(*set, policy::PolicyGuard::Source{},
                                                        nullptr, std::chrono::seconds(5));
    entries.push_back(std::move(entry));
  }
  s.chain = std::make_unique<GuardChain>(std::move(entries), Mode::kEnforce, nullptr);
  auto session = std::make_shared<SessionInfo>();
  session->session_id = "bench-session";
  session->principal = "alice";
  session->client_name = "bench";
  auto& history = session->store->Get<policy::PolicySessionState>().history;
  for (int i = 0; i < 20; ++i) history.Record("untrusted_" + std::to_string(i), 256);
  s.context.direction = Direction::kRequest;
  s.context.method = "tools/call";
  s.context.server = "dev";
  s.context.item = "search";
  s.context.session = session;
  s.context.request_key = "42";
  s.context.annotations = std::make_shared<const json::object>(
      json::parse(R"({"readOnlyHint": true, "openWorldHint": false})").as_object());
  s.payload = json::parse(std::string(R"({"name": "search", "arguments": )") +
                          std::string(arguments) + "}");
  return s;
}

void Run(benchmark::State& state, bool with_policy, bool rate_limit, std::string_view arguments,
         bool expect_reject) {
  Setup s = Make(with_policy, rate_limit, arguments);
  std::vector<double> ns;
  ns.reserve(1 << 20);
  bool rejected = false;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    s.chain->Start(s.context, std::move(s.payload), [&](ChainResult result, json::value payload) {
      rejected = result.rejected();
      s.payload = std::move(payload);
    });
    const auto end = std::chrono::steady_clock::now();
    if (ns.size() < ns.capacity())
      ns.push_back(std::chrono::duration<double, std::nano>(end - start).count());
  }
  if (rejected != expect_reject) state.SkipWithError("unexpected verdict");
  std::sort(ns.begin(), ns.end());
  if (!ns.empty()) {
    state.counters["p50_ns"] = ns[ns.size() / 2];
    state.counters["p99_ns"] = ns[ns.size() * 99 / 100];
  }
}

constexpr std::string_view kArgs =
    R"({"query": "customers in region west with open tickets", "path": "/home/alice/report", "limit": 50})";
constexpr std::string_view kArgsLastRule =
    R"({"query": "customers in region west with open tickets", "path": "/home/alice/report", "limit": 5000})";

void BM_Empty(benchmark::State& state) { Run(state, false, false, kArgs, false); }
void BM_Policy50(benchmark::State& state) { Run(state, true, false, kArgs, false); }
void BM_Policy50LastRuleDenies(benchmark::State& state) {
  Run(state, true, false, kArgsLastRule, true);
}
void BM_Policy50RateLimited(benchmark::State& state) { Run(state, true, true, kArgs, false); }

BENCHMARK(BM_Empty)->Name("empty");
BENCHMARK(BM_Policy50)->Name("policy50");
BENCHMARK(BM_Policy50LastRuleDenies)->Name("policy50_last_rule_denies");
BENCHMARK(BM_Policy50RateLimited)->Name("policy50_rate_limited");

}  // namespace
}  // namespace mcpgw::bench

int main(int argc, char** argv) {
  spdlog::set_level(spdlog::level::off);  // the deny benchmark would log every call
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
