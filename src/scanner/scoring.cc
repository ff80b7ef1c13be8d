#include "scanner/scoring.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace mcpgw::scanner {

namespace {
constexpr int kWeights[] = {0, 5, 15, 40, 80};
}

Score ScoreFindings(std::span<const Finding> findings) {
  std::map<std::string, Severity> by_rule;
  std::set<std::string> categories;
  Severity highest = Severity::kInfo;
  for (const Finding& f : findings) {
    auto [it, inserted] = by_rule.emplace(f.rule_id, f.severity);
    if (!inserted) it->second = std::max(it->second, f.severity);
    // The learned check is not an independent family of evidence: it never adds the bonus.
    if (f.severity > Severity::kInfo && f.category != "learned") categories.insert(f.category);
    highest = std::max(highest, f.severity);
  }
  int score = 0;
  for (const auto& [rule, severity] : by_rule) score += kWeights[static_cast<int>(severity)];
  if (highest >= Severity::kMedium && categories.size() > 1)
    score += 10 * static_cast<int>(categories.size() - 1);
  score = std::min(score, 100);
  Severity band = score >= 80   ? Severity::kCritical
                  : score >= 40 ? Severity::kHigh
                  : score >= 20 ? Severity::kMedium
                  : score >= 5  ? Severity::kLow
                                : Severity::kInfo;
  // Low findings alone never rise above low.
  if (highest <= Severity::kLow) band = std::min(band, highest);
  return {score, std::max(highest, band)};
}

}  // namespace mcpgw::scanner
