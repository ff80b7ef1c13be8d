#include "scanner/scan_policy.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "scanner/scan_results.h"

namespace mcpgw::scanner {
namespace {

namespace json = boost::json;

ItemReport Item(ItemKind kind, const char* name, Severity s, const char* rule = "r.x") {
  ItemReport item;
  item.kind = kind;
  item.name = name;
  item.severity = s;
  if (s > Severity::kInfo) item.findings.push_back({rule, "c", s, "description", "ev", "msg"});
  return item;
}

ServerReport Report(std::vector<ItemReport> items) {
  ServerReport r;
  r.server = "srv";
  for (auto& i : items) {
    r.severity = std::max(r.severity, i.severity);
    for (const auto& f : i.findings) ++r.counts[static_cast<int>(f.severity)];
    r.tools += i.kind == ItemKind::kTool;
  }
  r.items = std::move(items);
  return r;
}

TEST(ScanPolicy, CriticalBlocksTheServerAndNamesTheRule) {
  const Decision d = Decide(Report({Item(ItemKind::kTool, "a", Severity::kHigh),
                                    Item(ItemKind::kTool, "b", Severity::kCritical, "unicode.tag")}),
                            ScanPolicy{});
  EXPECT_EQ(d.action, ServerAction::kBlock);
  EXPECT_EQ(d.reason, "scanner.unicode.tag");
  EXPECT_TRUE(d.hidden.empty());
}

TEST(ScanPolicy, HighHidesOnlyThatTool) {
  const Decision d = Decide(Report({Item(ItemKind::kTool, "a", Severity::kInfo),
                                    Item(ItemKind::kTool, "b", Severity::kHigh, "hidden.override")}),
                            ScanPolicy{});
  EXPECT_EQ(d.action, ServerAction::kHide);
  ASSERT_EQ(d.hidden.size(), 1u);
  EXPECT_EQ(d.hidden[0].name, "b");
  EXPECT_EQ(d.hidden[0].reason, "scanner.hidden.override");
}

TEST(ScanPolicy, MediumWarnsAndLowPasses) {
  EXPECT_EQ(Decide(Report({Item(ItemKind::kTool, "a", Severity::kMedium)}), ScanPolicy{}).action,
            ServerAction::kWarn);
  EXPECT_EQ(Decide(Report({Item(ItemKind::kTool, "a", Severity::kLow)}), ScanPolicy{}).action,
            ServerAction::kPass);
}

TEST(ScanPolicy, InstructionsAtHideLevelBlockTheServer) {
  EXPECT_EQ(Decide(Report({Item(ItemKind::kInstructions, "", Severity::kHigh)}), ScanPolicy{}).action,
            ServerAction::kBlock);
}

TEST(ScanPolicy, ThresholdsComeFromConfigAndNeverDisables) {
  auto p = ParseScanPolicy(
      json::parse(R"({"block":"never","hide":"medium","warn":"low","sanitize":false})").as_object(),
      "scanner");
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->sanitize);
  EXPECT_EQ(Decide(Report({Item(ItemKind::kTool, "a", Severity::kCritical)}), *p).action,
            ServerAction::kHide);
}

TEST(ScanPolicy, LearnedCheckIsOnByDefaultAndConfigCanTurnItOff) {
  auto on = ParseScanPolicy(json::object(), "scanner");
  ASSERT_TRUE(on);
  EXPECT_TRUE(on->learned);
  auto off = ParseScanPolicy(json::parse(R"({"learned":false})").as_object(), "scanner");
  ASSERT_TRUE(off);
  EXPECT_FALSE(off->learned);
  auto bad = ParseScanPolicy(json::parse(R"({"learned":"no"})").as_object(), "scanner");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("scanner.learned"), std::string::npos);
}

TEST(ScanPolicy, BadConfigNamesTheKey) {
  auto p = ParseScanPolicy(json::parse(R"({"block":"severe"})").as_object(), "scanner");
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.find("scanner.block"), std::string::npos);
  auto q = ParseScanPolicy(json::parse(R"({"blok":"high"})").as_object(), "scanner");
  ASSERT_FALSE(q);
  EXPECT_NE(q.error().message.find("blok"), std::string::npos);
}

TEST(ScanPolicy, RegistriesBelongToReputationAndMustBeAnObject) {
  EXPECT_TRUE(ParseScanPolicy(json::parse(R"({"registries":{}})").as_object(), "scanner"));
  auto bad = ParseScanPolicy(json::parse(R"({"registries":"x"})").as_object(), "scanner");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("scanner.registries"), std::string::npos);
}

std::vector<ScannedServer> Servers() {
  ScannedServer a;
  a.server = "bad";
  a.source = "npx evil";
  a.report = Report({Item(ItemKind::kTool, "t", Severity::kCritical, "unicode.tag_characters")});
  a.decision = Decide(*a.report, ScanPolicy{});
  ScannedServer b;
  b.server = "skipped-one";
  b.status = "skipped";
  return {a, b};
}

TEST(ScanResults, SarifHasVersionRulesAndOneResultPerFinding) {
  const json::object sarif = RenderSarif(Servers(), "mcp.json", "1.0");
  EXPECT_EQ(sarif.at("version").as_string(), "2.1.0");
  const json::object& run = sarif.at("runs").as_array().at(0).as_object();
  const json::array& results = run.at("results").as_array();
  ASSERT_EQ(results.size(), 1u);
  const json::object& r = results[0].as_object();
  EXPECT_EQ(r.at("ruleId").as_string(), "unicode.tag_characters");
  EXPECT_EQ(r.at("level").as_string(), "error");
  EXPECT_EQ(r.at("locations").as_array()[0].at("physicalLocation").at("artifactLocation").at("uri")
                .as_string(),
            "mcp.json");
  bool rule_listed = false;
  for (const auto& rule : run.at("tool").at("driver").at("rules").as_array())
    rule_listed |= rule.at("id").as_string() == "unicode.tag_characters";
  EXPECT_TRUE(rule_listed);
}

TEST(ScanResults, JsonAndTableShowVerdicts) {
  const auto servers = Servers();
  const json::object j = RenderJson(servers);
  EXPECT_TRUE(j.at("blocked").as_bool());
  EXPECT_EQ(j.at("servers").as_array()[0].at("verdict").as_string(), "blocked");
  EXPECT_EQ(j.at("servers").as_array()[1].at("verdict").as_string(), "skipped");
  const std::string table = RenderTable(servers, false);
  EXPECT_NE(table.find("blocked"), std::string::npos);
  EXPECT_NE(table.find("unicode.tag_characters"), std::string::npos);
  EXPECT_TRUE(AnyBlocked(servers));
  EXPECT_FALSE(AnyBlocked({servers[1]}));
}

// A clean server whose package the reputation check blocked, and one it passed with a score.
std::vector<ScannedServer> ReputationServers() {
  ScannedServer low;
  low.server = "sketchy";
  low.source = "npx -y sketchy-mcp";
  low.report = Report({});
  low.decision = Decide(*low.report, ScanPolicy{});
  low.reputation = "blocked";
  low.reputation_score = 12.4;
  low.reputation_reason = "score 12 <= 30";
  ScannedServer good = low;
  good.server = "good";
  good.reputation = "passed";
  good.reputation_score = 81.6;
  good.reputation_reason = "score 82";
  ScannedServer local;
  local.server = "local";
  local.report = Report({});
  local.decision = Decide(*local.report, ScanPolicy{});
  return {low, good, local};
}

TEST(ScanResults, TableHasAReputationColumnWithVerdictAndScore) {
  const std::string table = RenderTable(ReputationServers(), false);
  EXPECT_NE(table.find("REPUTATION"), std::string::npos) << table;
  EXPECT_NE(table.find("blocked 12"), std::string::npos) << table;
  EXPECT_NE(table.find("passed 82"), std::string::npos) << table;
  EXPECT_NE(table.find("n/a"), std::string::npos) << table;
}

TEST(ScanResults, AReputationBlockMakesTheVerdictBlockedAndTheExitNonZero) {
  const auto servers = ReputationServers();
  EXPECT_EQ(servers[0].Verdict(), "blocked");
  EXPECT_EQ(servers[1].Verdict(), "passed");
  EXPECT_TRUE(AnyBlocked(servers));
  EXPECT_FALSE(AnyBlocked({servers[1], servers[2]}));
}

TEST(ScanResults, JsonCarriesTheReputationField) {
  const json::object j = RenderJson(ReputationServers());
  const json::array& list = j.at("servers").as_array();
  EXPECT_EQ(list[0].at("reputation").at("verdict").as_string(), "blocked");
  EXPECT_DOUBLE_EQ(list[0].at("reputation").at("score").as_double(), 12.4);
  EXPECT_EQ(list[0].at("reputation").at("reason").as_string(), "score 12 <= 30");
  EXPECT_EQ(list[2].at("reputation").at("verdict").as_string(), "n/a");
  EXPECT_FALSE(list[2].at("reputation").as_object().contains("score"));
}

TEST(ScanResults, SarifCarriesReputationAsAPropertyAndAResultWhenBlocked) {
  const json::object sarif = RenderSarif(ReputationServers(), "mcp.json", "1.0");
  const json::object& run = sarif.at("runs").as_array().at(0).as_object();
  EXPECT_EQ(run.at("properties").at("reputation").at("good").at("verdict").as_string(), "passed");
  const json::array& results = run.at("results").as_array();
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].at("ruleId").as_string(), "reputation.blocked");
  EXPECT_EQ(results[0].at("level").as_string(), "error");
  EXPECT_EQ(results[0].at("properties").at("reputation").as_string(), "blocked");
  bool rule_listed = false;
  for (const auto& rule : run.at("tool").at("driver").at("rules").as_array())
    rule_listed |= rule.at("id").as_string() == "reputation.blocked";
  EXPECT_TRUE(rule_listed);
}

}  // namespace
}  // namespace mcpgw::scanner
