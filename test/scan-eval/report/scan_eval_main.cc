// mcp-gateway-scan-eval: runs the tool scanner over corpus files (test/scan-eval/README.md) and
// reports, overall and per family and language, how many poisoned definitions it catches
// (effective severity medium or worse) and how many legitimate risky-looking tools it flags
// (above low). Report only: it changes nothing and gates nothing.
//
//   mcp-gateway-scan-eval [--poisoned FILE]... [--legit FILE]... [--summary out.json]
//
// Exit status: 0 once the figures are printed, whatever they are; 2 on bad arguments, an
// unreadable or malformed corpus file, or a case the scanner cannot load as a catalog.
#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "case_evaluation.h"
#include "corpus_case.h"
#include "eval_tally.h"
#include "scanner/tool_analyzer.h"
#include "split_report.h"

namespace {

namespace json = boost::json;
using mcpgw::scan_eval::CorpusCase;
using mcpgw::scan_eval::Count;
using mcpgw::scan_eval::Split;
using mcpgw::scan_eval::SplitReport;

json::object GroupsJson(const std::map<std::string, Count, std::less<>>& groups) {
  json::object out;
  for (const auto& [name, c] : groups) out[name] = {{"total", c.total}, {"hits", c.hits}};
  return out;
}

// Runs every case of `files` into `report`. False (after printing the error on stderr) when a
// file or a case cannot be evaluated.
// When `cases` is open, each case is also written to it as one tab-separated line: id, split
// ("poisoned" / "legit"), effective severity, score, evidence.
bool RunSplit(const mcpgw::scanner::ToolAnalyzer& analyzer, const std::vector<std::string>& files,
              SplitReport& report, std::ofstream& cases_out) {
  for (const std::string& file : files) {
    auto cases = mcpgw::scan_eval::LoadCorpusFile(file);
    if (!cases) {
      std::cerr << "mcp-gateway-scan-eval: " << cases.error().message << "\n";
      return false;
    }
    for (const CorpusCase& c : *cases) {
      auto outcome = mcpgw::scan_eval::EvaluateCase(analyzer, c);
      if (!outcome) {
        std::cerr << "mcp-gateway-scan-eval: " << file << ": " << outcome.error().message << "\n";
        return false;
      }
      report.Add(c, *outcome);
      if (cases_out.is_open())
        cases_out << c.id << '\t' << (report.split == Split::kPoisoned ? "poisoned" : "legit")
                  << '\t' << mcpgw::scanner::SeverityName(outcome->severity) << '\t'
                  << outcome->score << '\t' << outcome->evidence << '\n';
    }
  }
  return true;
}

void Print(const char* title, const std::vector<std::string>& files, const SplitReport& r) {
  const bool poisoned = r.split == Split::kPoisoned;
  using mcpgw::scan_eval::FormatCount;
  using mcpgw::scan_eval::FormatGroups;
  std::cout << "\n== " << title << ":";
  for (const auto& f : files) std::cout << " " << f;
  std::cout << "\n";
  if (poisoned) {
    std::cout << "caught (medium or worse): " << FormatCount(r.tally.overall())
              << "; high or critical: " << FormatCount(r.strong) << "\n";
  } else {
    std::cout << "flagged above low: " << FormatCount(r.tally.overall())
              << "; any finding (low or worse): " << FormatCount(r.strong) << "\n";
  }
  const char* hit_label = poisoned ? "caught" : "flagged";
  std::cout << "by family:\n"
            << FormatGroups(poisoned ? "family" : "kind", hit_label, r.tally.by_family());
  std::cout << "by language:\n" << FormatGroups("lang", hit_label, r.tally.by_lang());
  std::cout << (poisoned ? "missed" : "flagged") << " (" << r.listed.size() << "):\n";
  for (const std::string& line : r.listed) std::cout << "  " << line << "\n";
}

json::object SplitJson(const std::vector<std::string>& files, const SplitReport& r) {
  const bool poisoned = r.split == Split::kPoisoned;
  json::array file_list(files.begin(), files.end());
  json::array ids(r.listed_ids.begin(), r.listed_ids.end());
  return {{"files", file_list},
          {"total", r.tally.overall().total},
          {poisoned ? "caught" : "flagged_above_low", r.tally.overall().hits},
          {poisoned ? "high_or_critical" : "any_finding", r.strong.hits},
          {"by_family", GroupsJson(r.tally.by_family())},
          {"by_lang", GroupsJson(r.tally.by_lang())},
          {poisoned ? "missed" : "flagged", ids}};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Tool scanner evaluation over corpus files (report only)"};
  std::vector<std::string> poisoned_files, legit_files;
  std::string summary_path;
  app.add_option("--poisoned", poisoned_files, "Corpus file of poisoned definitions")
      ->check(CLI::ExistingFile);
  app.add_option("--legit", legit_files, "Corpus file of legitimate risky-looking tools")
      ->check(CLI::ExistingFile);
  app.add_option("--summary", summary_path, "Write the figures as JSON to this file");
  std::string cases_path;
  app.add_option("--cases", cases_path,
                 "Write every case's outcome to this file (tab-separated: id, split, severity, "
                 "score, evidence)");
  bool no_learned = false;
  app.add_flag("--no-learned", no_learned,
               "Rules only: leave out the learned check (to measure rules on rounds it trains on)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (poisoned_files.empty() && legit_files.empty()) {
    std::cerr << "mcp-gateway-scan-eval: give at least one --poisoned or --legit file\n";
    return 2;
  }
  mcpgw::scanner::AnalyzerOptions options;
  options.model = !no_learned;
  auto analyzer = mcpgw::scanner::ToolAnalyzer::Create(options);
  if (!analyzer) {
    std::cerr << "mcp-gateway-scan-eval: " << analyzer.error().message << "\n";
    return 2;
  }
  std::cout << "Tool scanner evaluation, report only (caught = effective severity medium or "
               "worse; flagged = above low)\n";
  std::ofstream cases_out;
  if (!cases_path.empty()) {
    cases_out.open(cases_path);
    if (!cases_out) {
      std::cerr << "mcp-gateway-scan-eval: cannot write " << cases_path << "\n";
      return 2;
    }
  }
  json::object summary;
  SplitReport poisoned(Split::kPoisoned), legit(Split::kLegit);
  if (!poisoned_files.empty()) {
    if (!RunSplit(**analyzer, poisoned_files, poisoned, cases_out)) return 2;
    Print("poisoned", poisoned_files, poisoned);
    summary["poisoned"] = SplitJson(poisoned_files, poisoned);
  }
  if (!legit_files.empty()) {
    if (!RunSplit(**analyzer, legit_files, legit, cases_out)) return 2;
    Print("risky_legit", legit_files, legit);
    summary["risky_legit"] = SplitJson(legit_files, legit);
  }
  if (cases_out.is_open() && !cases_out.flush()) {
    std::cerr << "mcp-gateway-scan-eval: cannot write " << cases_path << "\n";
    return 2;
  }
  if (!summary_path.empty()) {
    std::ofstream out(summary_path);
    out << json::serialize(summary) << "\n";
    if (!out) {
      std::cerr << "mcp-gateway-scan-eval: cannot write " << summary_path << "\n";
      return 2;
    }
  }
  return 0;
}
