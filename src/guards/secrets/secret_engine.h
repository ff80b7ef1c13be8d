// SecretEngine: the compiled form of a set of RuleSpecs, and the Detector that scans with it.
//
// Construction compiles every rule's regex with RE2 and every keyword (case-insensitive
// literal) into one Vectorscan block-mode database; rules without keywords are added to it as
// HS_FLAG_PREFILTER expressions where Vectorscan accepts them and otherwise run over the whole
// text. Scan() runs the database once over the text; each keyword hit opens a window around it
// in which the rule's RE2 regex looks for matches (a match reaching the window's edge is
// re-run unbounded so a long token is never cut); each match's secret then passes the shared
// filters (allow values, placeholders), the rule's entropy threshold, its Check and its
// allowlists. Text with JSON-style escapes is scanned a second time decoded (EscapedView).
//
// Threading: immutable after Compile; Scan() is safe from any number of threads at once. Each
// thread keeps one Vectorscan scratch (grown for every engine it has scanned with) and reusable
// buffers, so a scan allocates nothing once the thread's buffers have grown; a clean text, with
// no keyword hit and no escapes, allocates nothing at all.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "guards/detector.h"
#include "guards/hs_database.h"
#include "guards/secrets/rule_spec.h"

struct hs_database;

namespace re2 {
class RE2;
}

namespace mcpgw::guards::secrets {

struct EngineConfig {
  std::vector<RuleSpec> rules;
  std::vector<std::string> allow_values;
  std::vector<std::string> allow_regexes;
  bool require_valid_checksums = false;
};

class SecretEngine final : public Detector {
 public:
  // Failures name the rule (id and origin) and the problem: a regex RE2 rejects, a
  // secret_group beyond the regex's capture groups, an allowlist regex RE2 rejects, an invalid
  // allow regex. `warnings` (optional) receives non-fatal notes.
  static Result<std::shared_ptr<const SecretEngine>> Compile(EngineConfig config,
                                                             std::vector<std::string>* warnings);
  // The Vectorscan database Compile builds for `rules` (keywords, triggers, keywordless rules
  // as prefilters); the build-time generator embeds the built-in rules' database through it.
  static guards::HsDatabaseSpec DatabaseSpec(const std::vector<RuleSpec>& rules);
  ~SecretEngine() override;
  SecretEngine(const SecretEngine&) = delete;
  SecretEngine& operator=(const SecretEngine&) = delete;

  std::string_view name() const override { return "secrets"; }
  void Scan(std::string_view text, std::vector<Detection>& out) const override;

  std::size_t rule_count() const { return rules_.size(); }
  std::size_t keyword_count() const { return keyword_lengths_.size(); }

  struct CompiledRule;
  struct Candidate;

 private:
  SecretEngine();
  void Collect(std::string_view text, std::vector<Candidate>& out) const;
  void MatchInWindow(std::size_t rule, std::string_view text, std::size_t begin, std::size_t end,
                     std::vector<Candidate>& out) const;
  // One match anchored at `begin` (a generic rule's key), if any.
  void MatchAt(std::size_t rule, std::string_view text, std::size_t begin, std::size_t end,
               std::vector<Candidate>& out) const;
  void Consider(const CompiledRule& rule, std::uint32_t index, std::string_view text,
                const void* groups, std::vector<Candidate>& out) const;
  bool Allowed(std::string_view secret) const;
  // True when one of the rule's own (gitleaks) allowlists excuses `value`; `whole` is the
  // rule's match.
  bool AllowlistedByRule(const CompiledRule& rule, std::string_view value, std::string_view whole,
                         std::string_view text) const;

  std::vector<std::unique_ptr<CompiledRule>> rules_;
  std::vector<std::size_t> keyword_lengths_;            // by Vectorscan id, for ids < size
  std::vector<std::vector<std::uint32_t>> keyword_rules_;  // by Vectorscan id: rules it gates
  std::vector<bool> keyword_is_trigger_;  // by Vectorscan id < keyword count: a trigger, not a literal
  std::vector<std::uint32_t> prefilter_rules_;  // by id - keyword count: the rule it gates
  std::vector<std::uint32_t> always_rules_;     // rules run over the whole text every time
  std::vector<std::uint32_t> base58_rules_;     // rules gated by Finder::kBase58Run
  std::vector<std::uint32_t> assigned_rules_;   // rules gated by Finder::kAssignedRun
  std::vector<std::string> allow_values_;       // sorted
  std::vector<std::unique_ptr<re2::RE2>> allow_regexes_;
  bool require_valid_checksums_ = false;
  int max_groups_ = 0;
  const hs_database* database_ = nullptr;  // owned by hs_database_ (null: no expression)
  std::shared_ptr<const guards::HsDatabase> hs_database_;
  std::uint64_t serial_ = 0;  // identifies this engine to the per-thread scratch
};

}  // namespace mcpgw::guards::secrets
