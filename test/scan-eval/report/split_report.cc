#include "split_report.h"

namespace mcpgw::scan_eval {

bool IsHit(Split split, scanner::Severity severity) {
  return split == Split::kPoisoned ? severity >= scanner::Severity::kMedium
                                   : severity > scanner::Severity::kLow;
}

void SplitReport::Add(const CorpusCase& c, const CaseOutcome& outcome) {
  const bool hit = IsHit(split, outcome.severity);
  const bool is_strong = split == Split::kPoisoned ? outcome.severity >= scanner::Severity::kHigh
                                                   : outcome.severity >= scanner::Severity::kLow;
  tally.Add(c.family, c.lang, hit);
  ++strong.total;
  if (is_strong) ++strong.hits;
  const bool listed_case = split == Split::kPoisoned ? !hit : hit;
  if (!listed_case) return;
  listed.push_back(c.id + " [" + c.family + ", " + c.lang + "]: " + outcome.evidence);
  listed_ids.push_back(c.id);
}

}  // namespace mcpgw::scan_eval
