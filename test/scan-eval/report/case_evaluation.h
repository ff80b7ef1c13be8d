// EvaluateCase: what the tool scanner (scanner::ToolAnalyzer) makes of one corpus case.
//
// A case without server-level text is reviewed exactly as the gated ScanCorpus tests review it
// (AnalyzeTool with the tool's own name as the catalog); a case with a "server" member is reviewed
// as a whole one-tool catalog (Analyze), so text in the server's instructions, prompts and
// resources counts. Threading: pure; safe from any thread (the analyzer is immutable).
#pragma once

#include <string>

#include "core/status.h"
#include "corpus_case.h"
#include "scanner/finding.h"
#include "scanner/tool_analyzer.h"

namespace mcpgw::scan_eval {

struct CaseOutcome {
  scanner::Severity severity = scanner::Severity::kInfo;  // the worst item's effective severity
  int score = 0;                                          // the worst item's score
  std::size_t items = 0;  // items the scanner reviewed (1 for a tool alone)
  // "severity score=N" then each finding as " rule_id(severity)", worst item first; for reports.
  std::string evidence;
};

// Errors: the case's capture is not a catalog CatalogFromJson accepts (its message, with the id).
Result<CaseOutcome> EvaluateCase(const scanner::ToolAnalyzer& analyzer, const CorpusCase& c);

}  // namespace mcpgw::scan_eval
