#include "guards/policy/policy_eval.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "guards/policy/policy_parser.h"

namespace mcpgw::guards::policy {
namespace {

namespace json = boost::json;

std::shared_ptr<const PolicySet> Policy(std::string_view text) {
  auto set = ParsePolicyText(text, "p.json");
  if (!set) ADD_FAILURE() << set.error().message;
  return set ? *set : std::make_shared<const PolicySet>();
}

// The id of the deciding rule, "list" for a server list, "default", or "pass".
std::string Decider(const PolicySet& set, const CallFacts& facts) {
  const Decision d = EvaluatePolicy(set, facts);
  if (d.rule) return d.rule->id;
  if (d.server_list) return "list";
  return d.by_default ? "default" : "pass";
}

TEST(PolicyEval, RuleMatchingTable) {
  auto set = Policy(R"({"default": "deny", "rules": [
    {"id": "srv", "match": {"server": "prod-*"}, "action": "deny"},
    {"id": "tool", "match": {"tool": ["delete_*", "drop_?"]}, "action": "deny"},
    {"id": "who", "match": {"principal": "alice"}, "action": "allow"},
    {"id": "client", "match": {"client": "claude*"}, "action": "allow"},
    {"id": "prompt", "match": {"method": "prompts/get", "tool": "secret_*"}, "action": "deny"},
    {"id": "resp", "match": {"tool": "fetch", "direction": "response"}, "action": "alert"}
  ]})");
  struct Case {
    const char* server;
    const char* tool;
    const char* method;
    Direction direction;
    const char* principal;
    const char* client;
    const char* want;
  };
  const Case cases[] = {
      {"prod-db", "select", "tools/call", Direction::kRequest, "", "", "srv"},
      {"dev-db", "delete_row", "tools/call", Direction::kRequest, "", "", "tool"},
      {"dev-db", "drop_x", "tools/call", Direction::kRequest, "", "", "tool"},
      {"dev-db", "drop_xy", "tools/call", Direction::kRequest, "", "", "default"},
      {"dev-db", "select", "tools/call", Direction::kRequest, "alice", "", "who"},
      {"dev-db", "select", "tools/call", Direction::kRequest, "bob", "claude-code", "client"},
      {"dev-db", "select", "tools/call", Direction::kRequest, "bob", "cursor", "default"},
      {"dev-db", "secret_prompt", "prompts/get", Direction::kRequest, "", "", "prompt"},
      {"dev-db", "other_prompt", "prompts/get", Direction::kRequest, "", "", "pass"},
      {"web", "fetch", "tools/call", Direction::kResponse, "", "", "resp"},
      {"web", "fetch", "tools/call", Direction::kRequest, "", "", "default"},
      {"web", "other", "tools/call", Direction::kResponse, "", "", "pass"},
  };
  for (const Case& c : cases) {
    CallFacts f;
    f.server = c.server;
    f.tool = c.tool;
    f.method = c.method;
    f.direction = c.direction;
    f.principal = c.principal;
    f.client = c.client;
    EXPECT_EQ(Decider(*set, f), c.want) << c.server << "/" << c.tool << " " << c.method;
  }
}

TEST(PolicyEval, FirstMatchWins) {
  auto set = Policy(R"({"rules": [
    {"id": "allow-reads", "match": {"tool": "read_*"}, "action": "allow"},
    {"id": "deny-all", "match": {}, "action": "deny"},
    {"id": "never", "match": {"tool": "read_*"}, "action": "deny"}
  ]})");
  CallFacts f;
  f.server = "fs";
  f.tool = "read_file";
  const Decision d = EvaluatePolicy(*set, f);
  EXPECT_EQ(d.rule_index, 0);
  EXPECT_EQ(d.action, PolicyAction::kAllow);
  f.tool = "write_file";
  EXPECT_EQ(EvaluatePolicy(*set, f).rule_index, 1);
}

TEST(PolicyEval, ServerToolListsComeBeforeRules) {
  auto set = Policy(R"({"servers": {"gh": {"allow": ["get_*", "list_*"], "deny": "list_secrets"}},
    "rules": [{"id": "allow-all", "match": {}, "action": "allow"}]})");
  CallFacts f;
  f.server = "gh";
  f.tool = "delete_repo";  // outside the allow list
  Decision d = EvaluatePolicy(*set, f);
  EXPECT_EQ(d.action, PolicyAction::kDeny);
  EXPECT_EQ(d.reason, "policy.tool_denied");
  EXPECT_NE(ExplainDecision(d, f).find("not in its allow list"), std::string::npos);
  f.tool = "list_secrets";  // in the deny list, though allowed by the allow list
  EXPECT_EQ(EvaluatePolicy(*set, f).reason, "policy.tool_denied");
  f.tool = "get_issue";
  EXPECT_EQ(Decider(*set, f), "allow-all");
  f.server = "other";
  f.tool = "delete_repo";
  EXPECT_EQ(Decider(*set, f), "allow-all");
}

TEST(PolicyEval, DefaultAppliesToToolCallRequestsOnly) {
  auto set = Policy(R"({"default": "deny"})");
  CallFacts f;
  f.server = "s";
  f.tool = "t";
  EXPECT_EQ(EvaluatePolicy(*set, f).action, PolicyAction::kDeny);
  EXPECT_EQ(EvaluatePolicy(*set, f).reason, "policy.denied");
  f.direction = Direction::kResponse;
  EXPECT_EQ(EvaluatePolicy(*set, f).action, PolicyAction::kAllow);
  f.direction = Direction::kRequest;
  f.method = "resources/read";
  EXPECT_EQ(EvaluatePolicy(*set, f).action, PolicyAction::kAllow);
}

TEST(PolicyEval, PointerComparisonTable) {
  const json::value args = json::parse(R"({"path": "/etc/passwd", "n": 5, "f": 2.5,
    "tags": ["a", "b", 3], "deep": {"x": [{"y": "z"}]}, "flag": true, "none": null})");
  struct Case {
    const char* condition;
    bool holds;
  };
  const Case cases[] = {
      {R"({"pointer": "/path", "eq": "/etc/passwd"})", true},
      {R"({"pointer": "/path", "ne": "/etc/passwd"})", false},
      {R"({"pointer": "/path", "prefix": "/etc/"})", true},
      {R"({"pointer": "/path", "prefix": "/var/"})", false},
      {R"({"pointer": "/path", "suffix": "passwd"})", true},
      {R"({"pointer": "/path", "contains": "etc/pa"})", true},
      {R"({"pointer": "/path", "regex": "^/etc/(passwd|shadow)$"})", true},
      {R"({"pointer": "/path", "regex": "shadow"})", false},
      {R"({"pointer": "/n", "eq": 5.0})", true},  // numbers compare by value
      {R"({"pointer": "/n", "gt": 4})", true},
      {R"({"pointer": "/n", "gt": 5})", false},
      {R"({"pointer": "/n", "ge": 5})", true},
      {R"({"pointer": "/f", "lt": 3})", true},
      {R"({"pointer": "/f", "le": 2})", false},
      {R"({"pointer": "/path", "lt": 3})", false},  // a string is not a number
      {R"({"pointer": "/tags", "contains": "b"})", true},
      {R"({"pointer": "/tags", "contains": 3})", true},
      {R"({"pointer": "/tags", "contains": "c"})", false},
      {R"({"pointer": "/deep/x/0/y", "eq": "z"})", true},
      {R"({"pointer": "/flag", "eq": true})", true},
      {R"({"pointer": "/none", "exists": true})", true},
      {R"({"pointer": "/missing", "exists": true})", false},
      {R"({"pointer": "/missing", "exists": false})", true},
      {R"({"pointer": "/missing", "ne": "x"})", false},  // unresolved fails every comparison
      {R"({"pointer": "/n", "regex": "5"})", false},     // regex only on strings
      {R"({"pointer": "", "exists": true})", true},
  };
  for (const Case& c : cases) {
    auto set = Policy(std::string(R"({"rules": [{"match": {"arguments": )") + c.condition +
                      R"(}, "action": "deny"}]})");
    ASSERT_EQ(set->rules.size(), 1u) << c.condition;
    EXPECT_EQ(ConditionHolds(set->rules[0].match.arguments[0], &args), c.holds) << c.condition;
  }
  // No arguments at all: only `exists: false` holds.
  auto set = Policy(
      R"({"rules": [{"match": {"arguments": {"pointer": "/a", "exists": false}}, "action": "deny"}]})");
  EXPECT_TRUE(ConditionHolds(set->rules[0].match.arguments[0], nullptr));
}

TEST(PolicyEval, AbsentAnnotationHintsTakeTheSpecDefaults) {
  const json::object none;
  const json::object read_only = json::parse(R"({"readOnlyHint": true})").as_object();
  const json::object safe_write =
      json::parse(R"({"destructiveHint": false, "openWorldHint": false})").as_object();
  EXPECT_FALSE(HintValue(nullptr, "readOnlyHint"));
  EXPECT_TRUE(HintValue(nullptr, "destructiveHint"));
  EXPECT_TRUE(HintValue(nullptr, "openWorldHint"));
  EXPECT_FALSE(HintValue(nullptr, "idempotentHint"));
  EXPECT_TRUE(HintValue(&none, "destructiveHint"));
  EXPECT_TRUE(HintValue(&read_only, "readOnlyHint"));
  EXPECT_FALSE(HintValue(&read_only, "destructiveHint"));  // read-only tools are not destructive
  EXPECT_FALSE(HintValue(&safe_write, "destructiveHint"));
  EXPECT_FALSE(HintValue(&safe_write, "openWorldHint"));

  auto set = Policy(
      R"({"rules": [{"id": "d", "match": {"annotations": {"destructiveHint": true}}, "action": "ask"}]})");
  CallFacts f;
  f.server = "s";
  f.tool = "t";
  EXPECT_EQ(Decider(*set, f), "d");  // unknown annotations: destructive by default
  f.annotations = &read_only;
  EXPECT_EQ(Decider(*set, f), "default");
}

TEST(PolicyEval, FindingTypesFromEarlierGuardsMatchByGlob) {
  auto set = Policy(
      R"({"rules": [{"id": "secret-out", "match": {"findings": "secrets.*"}, "action": "deny"}]})");
  std::vector<Finding> findings(1);
  findings[0].type = "pii.EMAIL_ADDRESS";
  CallFacts f;
  f.server = "s";
  f.tool = "t";
  f.findings = &findings;
  EXPECT_EQ(Decider(*set, f), "default");
  findings.emplace_back().type = "secrets.github_pat";
  EXPECT_EQ(Decider(*set, f), "secret-out");
  f.findings = nullptr;
  EXPECT_EQ(Decider(*set, f), "default");
}

TEST(PolicyEval, FlowDeniesASinkOnlyAfterPrivateData) {
  auto set = Policy(R"({
    "labels": [{"label": "private_data", "server": "fs", "tool": "read_*"},
               {"label": "public_sink", "tool": ["post_*", "send_*"]},
               {"label": "untrusted_content", "annotations": {"openWorldHint": true}, "tool": "fetch"}],
    "rules": [
      {"id": "no-exfil", "match": {"labels": "public_sink", "after": "private_data"}, "action": "deny"},
      {"id": "careful", "match": {"annotations": {"destructiveHint": true}, "after": "untrusted_*"}, "action": "ask"}
    ]})");
  LabelHistory history;
  CallFacts sink;
  sink.server = "slack";
  sink.tool = "post_message";
  sink.history = &history;
  const json::object read_only = json::parse(R"({"readOnlyHint": true})").as_object();
  sink.annotations = &read_only;
  EXPECT_EQ(Decider(*set, sink), "default");  // nothing private read yet

  CallFacts read;
  read.server = "fs";
  read.tool = "read_file";
  read.direction = Direction::kResponse;
  for (std::string& label : LabelsOf(*set, read)) history.Record(label, set->history_size);
  ASSERT_EQ(history.events(), std::deque<std::string>{"private_data"});
  const Decision d = EvaluatePolicy(*set, sink);
  ASSERT_TRUE(d.rule);
  EXPECT_EQ(d.rule->id, "no-exfil");
  EXPECT_EQ(d.reason, "policy.flow_denied");
  EXPECT_NE(ExplainDecision(d, sink).find("earlier saw a result labelled 'private_data'"),
            std::string::npos);

  // The label glob in `after` and the annotation default (destructive) combine.
  CallFacts fetch;
  fetch.server = "web";
  fetch.tool = "fetch";
  EXPECT_EQ(LabelsOf(*set, fetch), std::vector<std::string>{"untrusted_content"});
  history.Record("untrusted_content", set->history_size);
  CallFacts rm;
  rm.server = "fs";
  rm.tool = "rm";
  rm.history = &history;
  EXPECT_EQ(Decider(*set, rm), "careful");
}

TEST(PolicyEval, HistoryIsBoundedOldestFirstOut) {
  LabelHistory history;
  for (int i = 0; i < 10; ++i) history.Record("l" + std::to_string(i), 4);
  EXPECT_EQ(history.size(), 4u);
  EXPECT_FALSE(history.Contains("l5"));
  EXPECT_TRUE(history.Contains("l6"));
  EXPECT_TRUE(history.Contains("l*"));
}

TEST(PolicyEval, ExplainNamesTheRuleAndItsConditionsButNoValues) {
  auto set = Policy(
      R"({"rules": [{"id": "etc", "match": {"tool": "write_*", "arguments": {"pointer": "/path", "prefix": "/etc"}}, "action": "deny"}]})");
  const json::value args = json::parse(R"({"path": "/etc/shadow-secret-value"})");
  CallFacts f;
  f.server = "fs";
  f.tool = "write_file";
  f.arguments = &args;
  const Decision d = EvaluatePolicy(*set, f);
  const std::string why = ExplainDecision(d, f);
  EXPECT_NE(why.find("rule 'etc' (p.json: rules[0], action deny)"), std::string::npos) << why;
  EXPECT_NE(why.find("arguments/path prefix \"/etc\""), std::string::npos) << why;
  EXPECT_EQ(why.find("shadow-secret-value"), std::string::npos) << why;
  EXPECT_NE(RejectMessage(d, f).find("rule 'etc'"), std::string::npos);
}

TEST(PolicyEval, GlobMatchesAnEmptySubjectWithoutCopyingFromNull) {
  // An absent field is an empty view whose data() is null; fuzz_policy found the copy into
  // fnmatch's buffer passing that null to memcpy (undefined even for zero bytes).
  EXPECT_TRUE(GlobMatch("*", std::string_view{}));
  EXPECT_FALSE(GlobMatch("a*", std::string_view{}));
  EXPECT_FALSE(GlobMatch("[!a]*", std::string_view{}));
  EXPECT_TRUE(GlobMatch("?*", std::string_view("x")));
}

}  // namespace
}  // namespace mcpgw::guards::policy
