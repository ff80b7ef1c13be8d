// TextScanner: the compiled form of the text rules (scan_rules.h). One RE2::Set over all rules
// tells which rules match a text in a single pass; only those rules then run on their own to
// find the span. Applies each rule's mention downgrade and example-host filter.
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
  ~TextScanner();
  TextScanner(const TextScanner&) = delete;
  TextScanner& operator=(const TextScanner&) = delete;

  // Appends one match per rule that matches `text` (at most one each), in rule order. Text of
  // any bytes; never throws.
  void Scan(std::string_view text, std::vector<TextMatch>& out) const;

  std::size_t rule_count() const { return rules_.size(); }

 private:
  TextScanner() = default;
  struct Compiled;  // the RE2 objects
  std::vector<const TextRule*> rules_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace mcpgw::scanner
