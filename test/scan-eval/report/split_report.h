// SplitReport: the figures of one side of the evaluation (poisoned definitions or legitimate
// risky-looking tools) built case by case from the scanner's outcomes.
//
//   kPoisoned: a hit is a catch (effective severity medium or worse); `strong` counts high or
//              critical; `listed` holds the misses.
//   kLegit:    a hit is a false flag (above low); `strong` counts any finding (low or worse);
//              `listed` holds the flagged tools.
// Threading: a plain value, not synchronized.
#pragma once

#include <string>
#include <vector>

#include "case_evaluation.h"
#include "corpus_case.h"
#include "eval_tally.h"

namespace mcpgw::scan_eval {

enum class Split { kPoisoned, kLegit };

struct SplitReport {
  explicit SplitReport(Split s) : split(s) {}

  // Counts the case and lists it when it is a miss (kPoisoned) or a flag (kLegit) as
  // "id [family, lang]: evidence".
  void Add(const CorpusCase& c, const CaseOutcome& outcome);

  Split split;
  EvalTally tally;
  Count strong;
  std::vector<std::string> listed;
  std::vector<std::string> listed_ids;
};

// Whether `severity` is a hit for `split` (see above).
bool IsHit(Split split, scanner::Severity severity);

}  // namespace mcpgw::scan_eval
