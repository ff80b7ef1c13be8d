// EvalTally: counts of cases and hits (a poisoned case caught, or a legitimate one flagged),
// overall and per group (family, language), and their rendering as a plain-text table.
//
// Threading: a plain value, not synchronized. Rates are percentages of a group's cases; a group
// with no cases never appears (no division by zero).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace mcpgw::scan_eval {

struct Count {
  std::size_t total = 0;
  std::size_t hits = 0;
  double Rate() const { return total == 0 ? 0.0 : 100.0 * static_cast<double>(hits) / total; }
};

class EvalTally {
 public:
  void Add(std::string_view family, std::string_view lang, bool hit);

  const Count& overall() const { return overall_; }
  // Sorted by name.
  const std::map<std::string, Count, std::less<>>& by_family() const { return by_family_; }
  const std::map<std::string, Count, std::less<>>& by_lang() const { return by_lang_; }

 private:
  Count overall_;
  std::map<std::string, Count, std::less<>> by_family_;
  std::map<std::string, Count, std::less<>> by_lang_;
};

// One line per group: name, hits/total and rate with one decimal, e.g.
//   "  concealment                          11/12   91.7%\n". `header` names the columns' group.
std::string FormatGroups(std::string_view header, std::string_view hit_label,
                         const std::map<std::string, Count, std::less<>>& groups);

// "hits/total (rate%)" with one decimal, e.g. "3/4 (75.0%)".
std::string FormatCount(const Count& count);

}  // namespace mcpgw::scan_eval
