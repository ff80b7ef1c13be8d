// Scoring: how an item's findings (one tool, prompt, resource or the server's instructions)
// become one score in [0, 100] and one effective severity. Documented in docs/scanner.md.
//
//   weight(info) = 0, weight(low) = 5, weight(medium) = 15, weight(high) = 40,
//   weight(critical) = 80; each rule id counts once (its highest severity).
//   score = sum of weights + 10 x (distinct categories - 1) when at least one finding is medium
//           or worse (independent signals agreeing), capped at 100. The learned check's
//           category ("learned", tool_model.h) is not counted: the model alone warns (medium)
//           and never turns one rule's medium into a high.
//   severity = max(highest finding severity, the score's band): >= 80 critical, >= 40 high,
//              >= 20 medium, >= 5 low, else info.
// So two medium findings of different families make a high, a high plus a medium of another
// family stays high with score 65, two highs make a critical; low findings alone never rise
// above low.
//
// Threading: pure functions.
#pragma once

#include <span>

#include "scanner/finding.h"

namespace mcpgw::scanner {

struct Score {
  int score = 0;
  Severity severity = Severity::kInfo;
};

Score ScoreFindings(std::span<const Finding> findings);

}  // namespace mcpgw::scanner
