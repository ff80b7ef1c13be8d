// The scanner's evaluation over the corpus in test/scan-eval/corpus (README there): poisoned
// tool definitions (dev and test splits), the real tools/list of official MCP servers, and
// risky-looking legitimate tools. Prints the figures and gates them on the targets:
//   >= 95% of poisoned definitions caught (effective severity medium or worse) on each split;
//   no tool of an official server with any finding above low (so none hidden or blocked);
//   <= 2% of risky-looking legitimate tools flagged above low.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "scanner/tool_analyzer.h"
#include "testing/scan_corpus.h"

namespace mcpgw::scanner {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

fs::path CorpusDir() { return testing::ScanCorpusDir(); }

json::value ReadJson(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

std::shared_ptr<const ToolAnalyzer> Analyzer() {
  static auto analyzer = ToolAnalyzer::Create().value();
  return analyzer;
}

ItemReport AnalyzeCase(const json::object& tool) {
  return Analyzer()->AnalyzeTool(tool, {std::string(tool.at("name").as_string())});
}

std::string Describe(const ItemReport& r) {
  std::string s = std::string(SeverityName(r.severity)) + " score=" + std::to_string(r.score);
  for (const Finding& f : r.findings) s += " " + f.rule_id + "(" + SeverityName(f.severity) + ")";
  return s;
}

class ScanCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = CorpusDir();
    // The corpus is part of the repository: without it these targets would pass unmeasured.
    if (dir_.empty()) FAIL() << "test/scan-eval/corpus not found (set MCPGW_SCAN_CORPUS)";
  }
  fs::path dir_;
};

void CheckPoisoned(const fs::path& file, const char* split, std::size_t minimum = 25,
                   double target = 95.0) {
  const json::value corpus = ReadJson(file);
  std::size_t total = 0, caught = 0, high = 0;
  for (const json::value& c : corpus.at("cases").as_array()) {
    const ItemReport r = AnalyzeCase(c.at("tool").as_object());
    ++total;
    if (r.severity >= Severity::kMedium) {
      ++caught;
    } else {
      std::cout << "  missed " << c.at("id").as_string() << ": " << Describe(r) << "\n";
    }
    if (r.severity >= Severity::kHigh) ++high;
  }
  const double rate = total ? 100.0 * caught / total : 0;
  std::cout << "poisoned/" << split << ": " << caught << "/" << total << " caught (" << rate
            << "%), " << high << " at high or critical\n";
  ASSERT_GE(total, minimum);
  EXPECT_GE(rate, target) << split;
}

TEST_F(ScanCorpus, PoisonedDevSplitIsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/dev.json", "dev");
}

TEST_F(ScanCorpus, PoisonedTestSplitIsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/test.json", "test");
}

// Written after the dev and test splits and measured once before any tuning on them (9/12);
// the rules were generalized afterwards, so it is gated like the others.
TEST_F(ScanCorpus, PoisonedHoldoutIsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/holdout.json", "holdout", 10);
}

// Blind round 4: 30 poisoned definitions written without looking at the rules (shadowing,
// exfiltration through parameters, hidden instructions, rug-pull text; eight languages), measured
// once before any detector change (docs/scanner.md has that figure); gated like the others since.
TEST_F(ScanCorpus, PoisonedBlind4IsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/blind4.json", "blind4", 25);
}

// Blind round 5: 12 poisoned definitions written after the round-4 changes, measured once (5/12
// caught, 0/12 legitimate flagged) before the round-5 rules; gated like the others since.
TEST_F(ScanCorpus, PoisonedBlind5IsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/blind5.json", "blind5", 10);
}

// Blind round 6: 10 poisoned definitions written after the round-5 rules and measured once: 0/10
// caught. The structural directive check (tool_analyzer.cc, CheckDirectives) was then written
// with those misses in view: 7/10. Gated at that floor (below the 95% target, honestly): a
// regression fails; the three misses are open (docs/scanner.md).
TEST_F(ScanCorpus, PoisonedBlind6StaysAtItsMeasuredFloor) {
  CheckPoisoned(dir_ / "poisoned/blind6.json", "blind6", 10, /*target=*/70.0);
}

// Dev round 8: written by the scangen helper for each gap the blind round 7 report named
// (parameter-only exfiltration, cross-tool shadowing beyond BCC, consent bypass, tool preference,
// credential phishing, concealment and URLs in hi/tr/nl/pl/vi/id/ko/it, one clause in long
// documentation, command hints, fullwidth names). Tuned on, so gated at the target.
TEST_F(ScanCorpus, PoisonedDev8IsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/dev8.json", "dev8", 40);
}

// Dev round 9: written by the scanfast helper for the gaps blind round 7 left (one clause in long
// documentation, exfiltration URLs written many ways, encoded payloads). Tuned on, so gated at
// the target.
TEST_F(ScanCorpus, PoisonedDev9IsCaughtAtLeast95Percent) {
  CheckPoisoned(dir_ / "poisoned/dev9.json", "dev9", 30);
}

TEST_F(ScanCorpus, OfficialServersHaveNoFindingAboveLow) {
  std::size_t servers = 0, tools = 0, above_low = 0;
  for (const auto& entry : fs::directory_iterator(dir_ / "official")) {
    const json::value capture = ReadJson(entry.path());
    auto catalog = CatalogFromJson(capture);
    ASSERT_TRUE(catalog) << entry.path();
    const ServerReport report = Analyzer()->Analyze(entry.path().stem().string(), *catalog);
    ++servers;
    tools += report.tools;
    for (const ItemReport& item : report.items) {
      if (item.severity > Severity::kLow) {
        ++above_low;
        std::cout << "  official " << report.server << "/" << item.name << ": " << Describe(item)
                  << "\n";
      }
    }
  }
  std::cout << "official: " << servers << " servers, " << tools << " tools, " << above_low
            << " items above low\n";
  EXPECT_GE(servers, 8u);
  EXPECT_EQ(above_low, 0u);
}

TEST_F(ScanCorpus, RiskyLegitimateToolsAreFlaggedAtMost2Percent) {
  std::size_t total = 0, flagged = 0;
  for (const char* split : {"dev", "test", "holdout", "blind4", "blind5", "blind6", "dev8", "dev9"}) {
    const json::value corpus = ReadJson(dir_ / "risky_legit" / (std::string(split) + ".json"));
    for (const json::value& c : corpus.at("cases").as_array()) {
      const ItemReport r = AnalyzeCase(c.at("tool").as_object());
      ++total;
      if (r.severity > Severity::kLow) {
        ++flagged;
        std::cout << "  flagged " << c.at("id").as_string() << ": " << Describe(r) << "\n";
      }
    }
  }
  const double rate = total ? 100.0 * flagged / total : 0;
  std::cout << "risky_legit: " << flagged << "/" << total << " flagged above low (" << rate
            << "%)\n";
  ASSERT_GE(total, 50u);
  EXPECT_LE(rate, 2.0);
}

}  // namespace
}  // namespace mcpgw::scanner
