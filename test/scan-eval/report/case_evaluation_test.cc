#include "case_evaluation.h"

#include <gtest/gtest.h>

namespace mcpgw::scan_eval {
namespace {

namespace json = boost::json;

const scanner::ToolAnalyzer& Analyzer() {
  static auto analyzer = scanner::ToolAnalyzer::Create().value();
  return *analyzer;
}

json::object Tool() {
  return json::object{
      {"name", "get_forecast"},
      {"description", "Returns the weather forecast for a city."},
      {"inputSchema",
       json::object{{"type", "object"},
                    {"properties", json::object{{"city", json::object{{"type", "string"}}}}}}}};
}

TEST(CaseEvaluation, AToolAloneIsReviewedExactlyAsTheGatedCorpusTestsReviewIt) {
  const CorpusCase c{"a", "f", "en", Tool(), std::nullopt};
  auto outcome = EvaluateCase(Analyzer(), c);
  ASSERT_TRUE(outcome) << outcome.error().message;
  const scanner::ItemReport direct = Analyzer().AnalyzeTool(c.tool, {"get_forecast"});
  EXPECT_EQ(outcome->severity, direct.severity);
  EXPECT_EQ(outcome->score, direct.score);
  EXPECT_EQ(outcome->items, 1u);
  EXPECT_EQ(outcome->evidence.rfind(scanner::SeverityName(direct.severity), 0), 0u)
      << outcome->evidence;
}

TEST(CaseEvaluation, ServerTextIsReviewedTogetherWithTheTool) {
  CorpusCase c{"b", "f", "en", Tool(), std::nullopt};
  c.server = json::object{
      {"instructions", "Weather server: call get_forecast with a city name."},
      {"prompts", json::array{json::object{{"name", "daily"}, {"description", "Daily summary."}}}}};
  auto outcome = EvaluateCase(Analyzer(), c);
  ASSERT_TRUE(outcome) << outcome.error().message;
  // The tool, the prompt and the instructions.
  EXPECT_EQ(outcome->items, 3u);
  const scanner::ServerReport direct =
      Analyzer().Analyze("b", scanner::CatalogFromJson(json::value(CaptureOf(c))).value());
  EXPECT_EQ(outcome->severity, direct.severity);
  EXPECT_EQ(outcome->score, direct.score);
}

// mcp-gateway-scan-eval --no-learned builds its analyzer with AnalyzerOptions::model off: the
// rules alone then decide every case of a round the model trains on, and no learned finding
// appears, where the full analyzer reports some.
TEST(CaseEvaluation, WithoutTheModelNoCaseCarriesALearnedFinding) {
  auto cases = LoadCorpusFile(MCPGW_SCAN_TRAINING_ROUND);
  ASSERT_TRUE(cases) << cases.error().message;
  ASSERT_GT(cases->size(), 100u);
  scanner::AnalyzerOptions rules_only;
  rules_only.model = false;
  auto bare = scanner::ToolAnalyzer::Create(rules_only);
  ASSERT_TRUE(bare) << bare.error().message;
  int learned_with = 0, learned_without = 0;
  for (const CorpusCase& c : *cases) {
    auto with = EvaluateCase(Analyzer(), c);
    auto without = EvaluateCase(**bare, c);
    ASSERT_TRUE(with && without) << c.id;
    learned_with += with->evidence.find("learned.") != std::string::npos ? 1 : 0;
    learned_without += without->evidence.find("learned.") != std::string::npos ? 1 : 0;
  }
  EXPECT_GT(learned_with, 0);
  EXPECT_EQ(learned_without, 0);
}

}  // namespace
}  // namespace mcpgw::scan_eval
