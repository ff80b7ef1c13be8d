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

}  // namespace
}  // namespace mcpgw::scan_eval
