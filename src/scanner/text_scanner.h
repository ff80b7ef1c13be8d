// TextScanner: the compiled form of the text rules (scan_rules.h). A keyword prefilter decides
// which rules can possibly match a text: RE2's FilteredRE2 derives from every rule the literal
// pieces ("atoms") any match must contain, one Vectorscan pass (case-insensitive, UTF-8) finds
// which atoms the text holds, and only the rules those atoms allow (plus the few rules without
// atoms) then run on their own to find the span. Applies each rule's mention downgrade and
// example-host filter. The prefilter never drops a match: a rule runs whenever its atoms are
// present (a unit test compares it with running every rule on the whole corpus).
//
// Threading: immutable after Compile(); Scan() is safe from any number of threads at once.
// Lifetime: built once (at start, or once per `scan` command) and shared as shared_ptr<const>.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "guards/hs_database.h"
#include "scanner/finding.h"
#include "scanner/scan_rules.h"

namespace mcpgw::scanner {

struct TextMatch {
  const TextRule* rule = nullptr;
  std::size_t begin = 0;  // byte span of the first match in the scanned text
  std::size_t end = 0;
  Severity severity = Severity::kInfo;  // the rule's, after the mention downgrade
};

class TextScanner {
 public:
  // Compiles `rules` (default: the built-in rules). Fails naming the rule whose pattern RE2
  // rejects; the built-in rules always compile (a unit test pins it).
  static Result<std::shared_ptr<const TextScanner>> Compile(
      std::span<const TextRule> rules = BuiltinTextRules());
  // The keyword prefilter's Vectorscan database for `rules`, exactly as Compile builds it (the
  // build-time generator embeds the built-in one: guards/builtin_hs_databases.h). Rules RE2
  // rejects are left out (Compile reports them).
  static guards::HsDatabaseSpec AtomDatabaseSpec(std::span<const TextRule> rules = BuiltinTextRules());
  ~TextScanner();
  TextScanner(const TextScanner&) = delete;
  TextScanner& operator=(const TextScanner&) = delete;

  // Appends one match per rule that matches `text` (at most one each), in rule order. Text of
  // any bytes; never throws.
  void Scan(std::string_view text, std::vector<TextMatch>& out) const;

  // The same matches as Scan, found by running every rule on `text` (no prefilter): what the
  // prefilter is tested against, and the fallback when the prefilter cannot run.
  void ScanEveryRule(std::string_view text, std::vector<TextMatch>& out) const;

  std::size_t rule_count() const { return rules_.size(); }
  // Rules without atoms (they run on every text the prefilter sees).
  std::size_t unfiltered_rule_count() const;

 private:
  TextScanner() = default;
  // Runs the rules at `indices` (sorted, unique) on `text` and applies the rule options.
  void Confirm(std::string_view text, const std::vector<int>& indices,
               std::vector<TextMatch>& out) const;
  struct Compiled;  // the RE2 objects and the atom database
  std::vector<const TextRule*> rules_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace mcpgw::scanner
