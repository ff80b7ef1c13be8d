#include "guards/policy/policy_parser.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "testing/temp_dir.h"

namespace mcpgw::guards::policy {
namespace {

namespace json = boost::json;

json::object Obj(std::string_view text) { return json::parse(text).as_object(); }

TEST(PolicyParser, ParsesEverySection) {
  auto set = ParsePolicyText(R"({
    // comments and trailing commas are accepted, like the config file
    "default": "deny",
    "rules": [
      {"id": "no-etc", "match": {"tool": "write_*", "arguments": {"pointer": "/path", "prefix": "/etc"}},
       "action": "deny", "reason": "etc_write"},
      {"match": {"annotations": {"destructiveHint": true}}, "action": "ask"},
      {"match": {"tool": "fetch", "result": [{"pointer": "/isError", "op": "eq", "value": true}]},
       "action": "alert"},
    ],
    "servers": {"github": {"allow": ["get_*", "list_*"], "deny": "delete_*"}},
    "labels": [{"label": "private_data", "tool": "read_*", "server": "fs"}],
    "rate_limits": [{"id": "per-user", "scope": "principal", "rate": 10, "per": "minute"}],
    "history_size": 16,
    "ask": {"timeout_ms": 3000, "remember": "session"},
  })",
                             "policy.json");
  ASSERT_TRUE(set) << set.error().message;
  const PolicySet& p = **set;
  EXPECT_EQ(p.default_action, PolicyAction::kDeny);
  ASSERT_EQ(p.rules.size(), 3u);
  EXPECT_EQ(p.rules[0].id, "no-etc");
  EXPECT_EQ(p.rules[0].reason, "policy.etc_write");
  EXPECT_EQ(p.rules[0].match.arguments[0].op, CompareOp::kPrefix);
  EXPECT_EQ(p.rules[1].id, "rules[1]");
  EXPECT_EQ(p.rules[1].reason, "policy.approval");
  EXPECT_TRUE(p.rules[2].match.responses);  // a result test makes it a response rule
  EXPECT_FALSE(p.rules[2].match.requests);
  ASSERT_EQ(p.servers.size(), 1u);
  EXPECT_EQ(p.servers[0].deny, std::vector<std::string>{"delete_*"});
  EXPECT_EQ(p.labels[0].label, "private_data");
  EXPECT_EQ(p.rate_limits[0].per, std::chrono::minutes(1));
  EXPECT_EQ(p.rate_limits[0].burst, 10);  // burst defaults to rate
  EXPECT_EQ(p.history_size, 16u);
  EXPECT_EQ(p.ask_timeout, std::chrono::milliseconds(3000));
  EXPECT_TRUE(p.remember_session);
  EXPECT_TRUE(p.has_ask);
  EXPECT_TRUE(p.has_labels);
  EXPECT_FALSE(p.has_flows);
}

TEST(PolicyParser, DenyAfterALabelIsAFlowDenial) {
  auto set = ParsePolicyText(
      R"({"rules": [{"match": {"labels": "public_sink", "after": "private_data"}, "action": "deny"}]})",
      "p.json");
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_EQ((*set)->rules[0].reason, "policy.flow_denied");
  EXPECT_TRUE((*set)->has_flows);
}

struct ErrorCase {
  const char* text;
  const char* error;  // the whole message must contain it
};

TEST(PolicyParser, ErrorsNameTheFileAndTheKey) {
  const ErrorCase cases[] = {
      {R"([])", "p.json: the top level must be an object"},
      {R"({"rules": {}})", "p.json: rules: must be an array of rules"},
      {R"({"rules": [{"match": {"tool": 3}, "action": "deny"}]})",
       "p.json: rules[0].match.tool: must be a string or an array of strings"},
      {R"({"rules": [{"match": {}, "action": "deny"}, {"match": {"tool": [1]}, "action": "deny"}]})",
       "p.json: rules[1].match.tool[0]: must be a string"},
      {R"({"rules": [{"match": {}}]})", "rules[0]: \"action\" is required"},
      {R"({"rules": [{"match": {}, "action": "explode"}]})",
       "rules[0].action: must be one of allow, deny, mask, alert, ask"},
      {R"({"rules": [{"match": {"colour": "red"}, "action": "deny"}]})",
       "rules[0].match.colour: unknown key"},
      {R"({"rules": [{"match": {"arguments": {"pointer": "path", "eq": 1}}, "action": "deny"}]})",
       "rules[0].match.arguments.pointer: must be a JSON pointer"},
      {R"({"rules": [{"match": {"arguments": [{"pointer": "/a", "regex": "("}]}, "action": "deny"}]})",
       "rules[0].match.arguments[0].value: invalid RE2 pattern"},
      {R"({"rules": [{"match": {"arguments": [{"pointer": "/a", "lt": "x"}]}, "action": "deny"}]})",
       "rules[0].match.arguments[0].value: must be a number for lt"},
      {R"({"rules": [{"match": {"arguments": [{"pointer": "/a"}]}, "action": "deny"}]})",
       "rules[0].match.arguments[0]: \"op\" is required"},
      {R"({"rules": [{"match": {"tool": "x"}, "action": "mask"}]})",
       "rules[0].action: mask needs a pointer condition"},
      {R"({"rules": [{"match": {"annotations": {"scaryHint": true}}, "action": "deny"}]})",
       "rules[0].match.annotations.scaryHint: unknown hint"},
      {R"({"rules": [{"match": {"direction": "request", "result": {"pointer": "/a", "exists": true}}, "action": "deny"}]})",
       "rules[0].match.result: tests a result, so the direction must be \"response\""},
      {R"({"rules": [{"match": {}, "action": "deny", "reason": "bad reason!"}]})",
       "rules[0].reason: may contain only"},
      {R"({"rules": [{"match": {"direction": "both"}, "action": "ask"}]})",
       "rules[0].action: ask applies to calls before they run"},
      {R"({"default": "mask"})", "p.json: default: must be one of allow, deny, alert, ask"},
      {R"({"servers": {"gh": {"allow": []}}})", "servers.gh.allow: must name at least one"},
      {R"({"servers": {"gh": {"permit": "x"}}})", "servers.gh.permit: unknown key"},
      {R"({"labels": [{"label": "x"}]})", "labels[0]: needs at least one of tool, server"},
      {R"({"labels": [{"tool": "x"}]})", "labels[0]: \"label\" is required"},
      {R"({"rate_limits": [{"scope": "planet", "rate": 1}]})",
       "rate_limits[0].scope: must be one of global, server, tool, session, principal"},
      {R"({"rate_limits": [{"rate": 0}]})", "rate_limits[0].rate: must be a number > 0"},
      {R"({"rate_limits": [{"scope": "session"}]})", "rate_limits[0]: \"rate\" is required"},
      {R"({"rate_limits": [{"id": "a", "rate": 1}, {"id": "a", "rate": 2}]})",
       "rate_limits[1].id: is used twice"},
      {R"({"history_size": 0})", "history_size: must be between 1 and 100000"},
      {R"({"ask": {"timeout_ms": "soon"}})", "ask.timeout_ms: must be an integer"},
      {R"({"ask": {"remember": "forever"}})", "ask.remember: must be \"session\" or \"none\""},
      {R"({"file": "x.json"})", "p.json: file: unknown key"},  // no nesting of policy files
      {R"({"rules": [}})", "p.json: not valid JSON"},
  };
  for (const ErrorCase& c : cases) {
    auto set = ParsePolicyText(c.text, "p.json");
    ASSERT_FALSE(set) << c.text;
    EXPECT_NE(set.error().message.find(c.error), std::string::npos)
        << c.text << "\n  got: " << set.error().message;
  }
}

TEST(PolicyParser, ConfigSectionErrorsNameTheConfigKey) {
  auto set = ParsePolicySettings(Obj(R"({"rules": [{"match": {"tool": 1}, "action": "deny"}]})"),
                                 "config.json", "guards.policy");
  ASSERT_FALSE(set);
  EXPECT_EQ(set.error().message,
            "config.json: guards.policy.rules[0].match.tool: must be a string or an array of "
            "strings");
}

TEST(PolicyParser, PolicyFileIsReadBesideTheConfigAndMergedAfterIt) {
  testing::TempDir dir;
  dir.WriteFile(
      "policy.json",
      R"({"default": "ask", "rules": [{"id": "from-file", "match": {}, "action": "alert"}]})");
  const std::string config = (dir.path() / "config.json").string();
  auto set = ParsePolicySettings(
      Obj(R"({"file": "policy.json", "rules": [{"id": "from-config", "match": {}, "action": "deny"}]})"),
      config, "guards.policy");
  ASSERT_TRUE(set) << set.error().message;
  ASSERT_EQ((*set)->rules.size(), 2u);
  EXPECT_EQ((*set)->rules[0].id, "from-config");
  EXPECT_EQ((*set)->rules[1].id, "from-file");
  EXPECT_EQ((*set)->default_action, PolicyAction::kAsk);
  EXPECT_NE((*set)->rules[1].key.find("policy.json: rules[0]"), std::string::npos);
}

TEST(PolicyParser, PolicyFileErrorsNameThePolicyFile) {
  testing::TempDir dir;
  dir.WriteFile("policy.json", R"({"rules": [{"match": {"after": 7}, "action": "deny"}]})");
  const std::string config = (dir.path() / "config.json").string();
  auto set = ParsePolicySettings(Obj(R"({"file": "policy.json"})"), config, "guards.policy");
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.find("policy.json: rules[0].match.after: must be a string"),
            std::string::npos)
      << set.error().message;
  auto missing = ParsePolicySettings(Obj(R"({"file": "nope.json"})"), config, "guards.policy");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("config.json: guards.policy.file: cannot read"),
            std::string::npos)
      << missing.error().message;
}

}  // namespace
}  // namespace mcpgw::guards::policy
