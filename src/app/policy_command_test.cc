#include "app/policy_command.h"

#include "guards/policy/policy_parser.h"
#include "testing/temp_dir.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <sstream>

namespace mcpgw::app {
namespace {

namespace json = boost::json;

constexpr const char* kConfig = R"({"guards": {"policy": {
  "labels": [{"label": "private_data", "tool": "read_file"}, {"label": "public_sink", "tool": "post"}],
  "rules": [
    {"id": "no-exfil", "match": {"labels": "public_sink", "after": "private_data"}, "action": "deny"},
    {"id": "ask-destructive", "match": {"annotations": {"destructiveHint": true}, "tool": "rm"}, "action": "ask"},
    {"id": "mask-token", "match": {"arguments": {"pointer": "/token", "exists": true}}, "action": "mask"}
  ]}}})";

int RunCommand(std::vector<std::string> args, std::string& out, std::string& err) {
  std::vector<const char*> argv{"policy"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream o, e;
  const int code = RunPolicyCommand(static_cast<int>(argv.size()), argv.data(), o, e);
  out = o.str();
  err = e.str();
  return code;
}

TEST(PolicyCommand, ExitCodesFollowTheDecision) {
  testing::TempDir dir;
  const std::string config = dir.WriteFile("config.json", kConfig);
  struct Case {
    const char* call;
    int code;
    const char* out;
  };
  const Case cases[] = {
      {R"({"server": "web", "tool": "post", "arguments": {}})", 0, "decision: allow (passes)"},
      {R"({"server": "web", "tool": "post", "arguments": {}, "history": ["private_data"]})", 1,
       "reason: policy.flow_denied"},
      {R"({"server": "fs", "tool": "rm", "arguments": {}})", 1, "decision: ask (blocked)"},
      {R"({"server": "fs", "tool": "rm", "annotations": {"readOnlyHint": true}})", 0, "no rule matched"},
      {R"({"server": "fs", "tool": "x", "arguments": {"token": "t"}})", 0, "masked: /arguments/token"},
      {R"({"server": "fs", "tool": "read_file", "result": {"content": []}})", 0, "labels: private_data"},
  };
  for (const Case& c : cases) {
    const std::string call = dir.WriteFile("call.json", c.call);
    std::string out, err;
    EXPECT_EQ(RunCommand({"test", "--config", config, "--call", call}, out, err), c.code) << c.call << err;
    EXPECT_NE(out.find(c.out), std::string::npos) << c.call << "\n" << out;
  }
}

TEST(PolicyCommand, JsonOutputNamesTheRule) {
  testing::TempDir dir;
  const std::string config = dir.WriteFile("config.json", kConfig);
  const std::string call = dir.WriteFile(
      "call.json", R"({"server": "web", "tool": "post", "history": ["private_data"]})");
  std::string out, err;
  EXPECT_EQ(RunCommand({"test", "--config", config, "--call", call, "--json"}, out, err), 1);
  const json::value v = json::parse(out);
  EXPECT_EQ(v.at("decision"), "deny");
  EXPECT_EQ(v.at("rule"), "no-exfil");
  EXPECT_EQ(v.at("reason"), "policy.flow_denied");
  EXPECT_EQ(v.at("passes"), false);
}

TEST(PolicyCommand, AStandalonePolicyFileWorksToo) {
  testing::TempDir dir;
  const std::string policy = dir.WriteFile("policy.json", R"({"default": "deny"})");
  const std::string call = dir.WriteFile("call.json", R"({"server": "s", "tool": "t"})");
  std::string out, err;
  EXPECT_EQ(RunCommand({"test", "--config", policy, "--call", call}, out, err), 1);
  EXPECT_NE(out.find("the default action is deny"), std::string::npos) << out;
}

TEST(PolicyCommand, BadInputExitsTwoNamingFileAndKey) {
  testing::TempDir dir;
  const std::string config = dir.WriteFile("config.json", kConfig);
  const std::string bad_config = dir.WriteFile(
      "bad.json", R"({"guards": {"policy": {"rules": [{"match": {"tool": 1}, "action": "deny"}]}}})");
  const std::string no_policy = dir.WriteFile("none.json", R"({"guards": {"basic": {}}})");
  struct Case {
    std::string config;
    const char* call;
    const char* err;
  };
  const Case cases[] = {
      {bad_config, R"({"server": "s", "tool": "t"})", "bad.json: guards.policy.rules[0].match.tool: must be a string"},
      {no_policy, R"({"server": "s", "tool": "t"})", "none.json: guards.policy: missing"},
      {config, R"({"tool": "t"})", "call.json: server: is required"},
      {config, R"({"server": "s", "tool": "t", "history": [1]})", "call.json: history[0]: must be a string"},
      {config, R"({"server": "s", "tool": "t", "colour": 1})", "call.json: colour: unknown key"},
      {config, R"({"server": "s", "tool": "t", "direction": "response", "arguments": {}})",
       "call.json: arguments: a response carries a result"},
      {config, R"(not json)", "call.json: not valid JSON"},
  };
  for (const Case& c : cases) {
    const std::string call = dir.WriteFile("call.json", c.call);
    std::string out, err;
    EXPECT_EQ(RunCommand({"test", "--config", c.config, "--call", call}, out, err), 2) << c.call;
    EXPECT_NE(err.find(c.err), std::string::npos) << c.call << "\n" << err;
  }
  std::string out, err;
  EXPECT_EQ(RunCommand({"test", "--config", config}, out, err), 2);  // --call missing
  EXPECT_EQ(RunCommand({"test", "--config", dir.path().string() + "/missing.json", "--call", config}, out, err), 2);
  EXPECT_NE(err.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::app
