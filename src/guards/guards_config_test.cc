#include "guards/guards_config.h"

#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

TEST(GuardsConfig, ReferenceProofOfConceptFormatLoadsUnchanged) {
  auto config = ParseGuardsConfig(R"({
    "logging": {"enabled": true, "destination": "~/.mcp-gateway/logs", "level": "info"},
    "auditing": {"enabled": true, "audit_log": "~/.mcp-gateway/audit.jsonl"},
    "scanning": {"enabled": true, "rules": [
      {"name": "api-keys", "pattern": "(sk-|ctx7sk-)[a-zA-Z0-9-]{32,}", "action": "alert", "severity": "high"},
      {"name": "ssn", "pattern": "\\d{3}-\\d{2}-\\d{4}", "action": "redact", "severity": "high"}
    ]}})", "config.json");
  ASSERT_TRUE(config) << config.error().message;
  ASSERT_EQ(config->rules.size(), 2u);
  EXPECT_EQ(config->rules[0].id, "api-keys");
  EXPECT_EQ(config->rules[0].entity, "API_KEYS");
  EXPECT_EQ(config->rules[0].action, Action::kAlert);
  EXPECT_EQ(config->rules[1].action, Action::kMask) << "the reference's redact replaces";
  EXPECT_EQ(config->rules[1].replacement, "[REDACTED]");
}

TEST(GuardsConfig, DisabledReferenceScanningLoadsNoRules) {
  auto config = ParseGuardsConfig(
      R"({"scanning": {"enabled": false, "rules": [{"name": "x", "pattern": "x", "action": "log"}]}})",
      "c");
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->rules.empty());
}

TEST(GuardsConfig, OurFormatWithOrderModesOverridesAndVault) {
  auto config = ParseGuardsConfig(R"({
    // comments and trailing commas are fine
    "guards": {
      "mode": "monitor",
      "salt": "s3",
      "order": ["presidio", "basic"],
      "basic": {"action": "mask", "actions": {"AWS_ACCESS_KEY": "block"}, "budget_ms": 20,
                "overrides": [{"server": "internal-*", "mode": "off"}], "gitleaks": ["a.toml"]},
      "presidio": {"direction": "response", "entities": ["EMAIL_ADDRESS"]},
      "vault": {"max_entries": 50, "allow_servers": ["deploy"]},
      "rules": [{"id": "acme", "regex": "acme_[a-z]+", "action": "block", "servers": "prod-*"}],
    },
  })", "c");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->mode, Mode::kMonitor);
  EXPECT_EQ(config->salt, "s3");
  EXPECT_EQ(config->order, (std::vector<std::string>{"presidio", "basic"}));
  const GuardEntryConfig& basic = config->guards.at("basic");
  EXPECT_EQ(basic.actions.at("AWS_ACCESS_KEY"), Action::kBlock);
  EXPECT_EQ(basic.budget.count(), 20);
  ASSERT_EQ(basic.scope.overrides.size(), 1u);
  EXPECT_EQ(basic.scope.overrides[0].mode, Mode::kOff);
  EXPECT_TRUE(basic.settings.contains("gitleaks")) << "guard-specific keys are kept";
  const GuardEntryConfig& presidio = config->guards.at("presidio");
  EXPECT_FALSE(presidio.scope.requests);
  EXPECT_TRUE(presidio.scope.responses);
  EXPECT_TRUE(config->vault.enabled);
  EXPECT_EQ(config->vault.max_entries, 50u);
  ASSERT_EQ(config->rules.size(), 1u);
  EXPECT_EQ(config->rules[0].servers, std::vector<std::string>{"prod-*"});
}

struct BadCase {
  const char* text;
  const char* error;  // substring of the message
};

class GuardsConfigErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(GuardsConfigErrors, NameTheFileAndTheKey) {
  auto config = ParseGuardsConfig(GetParam().text, "my.json");
  ASSERT_FALSE(config);
  EXPECT_NE(config.error().message.find("my.json: "), std::string::npos) << config.error().message;
  EXPECT_NE(config.error().message.find(GetParam().error), std::string::npos)
      << config.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GuardsConfigErrors,
    ::testing::Values(
        BadCase{"{", "not valid JSON"}, BadCase{"[]", "top level must be an object"},
        BadCase{R"({"gards": {}})", "gards: unknown key"},
        BadCase{R"({"guards": {"mode": "loud"}})", "guards.mode: must be one of enforce"},
        BadCase{R"({"guards": {"basic": {"action": "nuke"}}})", "guards.basic.action: must be one of"},
        BadCase{R"({"guards": {"basic": {"actions": {"X": 1}}}})", "guards.basic.actions.X"},
        BadCase{R"({"guards": {"basic": {"budget_ms": 0}}})", "guards.basic.budget_ms: must be between"},
        BadCase{R"({"guards": {"basic": {"overrides": [{"srv": "x"}]}}})",
                "guards.basic.overrides[0].srv: unknown key"},
        BadCase{R"({"guards": {"rules": [{"regex": "x"}]}})", "guards.rules[0]: \"id\" is required"},
        BadCase{R"({"guards": {"vault": {"max": 1}}})", "guards.vault.max: unknown key"},
        BadCase{R"({"scanning": {"rules": [{"name": "x"}]}})",
                "scanning.rules[0]: \"pattern\" is required"},
        BadCase{R"({"scanning": {"rules": [{"name": "x", "pattern": "y", "action": "zap"}]}})",
                "scanning.rules[0].action"}));

}  // namespace
}  // namespace mcpgw::guards
