#include "case_evaluation.h"

#include <algorithm>

namespace mcpgw::scan_eval {

namespace {

void AppendFindings(const scanner::ItemReport& item, std::string& out) {
  for (const scanner::Finding& f : item.findings) {
    out += " " + f.rule_id + "(" + scanner::SeverityName(f.severity) + ")";
  }
}

std::string Headline(scanner::Severity severity, int score) {
  return std::string(scanner::SeverityName(severity)) + " score=" + std::to_string(score);
}

}  // namespace

Result<CaseOutcome> EvaluateCase(const scanner::ToolAnalyzer& analyzer, const CorpusCase& c) {
  CaseOutcome out;
  if (!c.server) {
    const std::string name(c.tool.at("name").as_string());
    const scanner::ItemReport r = analyzer.AnalyzeTool(c.tool, {name});
    out.severity = r.severity;
    out.score = r.score;
    out.items = 1;
    out.evidence = Headline(r.severity, r.score);
    AppendFindings(r, out.evidence);
    return out;
  }
  auto catalog = scanner::CatalogFromJson(boost::json::value(CaptureOf(c)));
  if (!catalog) return MakeError(c.id + ": " + catalog.error().message);
  const scanner::ServerReport report = analyzer.Analyze(c.id, *catalog);
  out.severity = report.severity;
  out.score = report.score;
  out.items = report.items.size();
  out.evidence = Headline(report.severity, report.score);
  // Worst item first, each finding labelled with the item it was found in.
  std::vector<const scanner::ItemReport*> items;
  for (const scanner::ItemReport& item : report.items) items.push_back(&item);
  std::stable_sort(items.begin(), items.end(),
                   [](const auto* a, const auto* b) { return a->severity > b->severity; });
  for (const scanner::ItemReport* item : items) {
    if (item->findings.empty()) continue;
    out.evidence += " [" + std::string(scanner::ItemKindName(item->kind)) +
                    (item->name.empty() ? "" : " " + item->name) + "]";
    AppendFindings(*item, out.evidence);
  }
  return out;
}

}  // namespace mcpgw::scan_eval
