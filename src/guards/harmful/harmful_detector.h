// HarmfulDetector: finds harmful content in text (categories in harmful_rules.h) and tells it
// apart from text ABOUT harm. One PatternSet pass (Vectorscan, confirmed by RE2) finds the
// category cues, the instructional signals and the context words; each category cue's weight is
// multiplied by its context (within 400 bytes): x0.4 next to news reporting, x0.3 next to care /
// prevention words, x0.5 next to fiction discussion, x0.4 next to defensive-security words
// (malware and weapons), x0.5 inside quotation marks. Cues of one category within 400 bytes
// (plus any instructional signal among them) form a cluster scored 1 - prod(1 - w); a cluster at
// or over the threshold (default 0.5) is a detection of type "harmful.<category>" spanning its
// sentences, entity "HARMFUL_CONTENT".
//
// Threading: immutable after Create; Scan is const and thread-safe (per-thread scratch).
// Lifetime: shared_ptr<const HarmfulDetector>, built once at start (rules compiled once per
// process).
#pragma once

#include "core/status.h"
#include "guards/detector.h"
#include "guards/harmful/harmful_rules.h"
#include "guards/injection/pattern_set.h"

#include <memory>
#include <vector>

namespace mcpgw::guards::harmful {

struct HarmfulOptions {
  float threshold = 0.5f;            // in (0, 1]
  std::vector<Category> categories;  // reported categories; empty = all
};

// The built-in harm rules as the detector compiles them (one pattern per BuiltinHarmRules()
// entry, same order). The build-time Vectorscan generator embeds their database from this.
std::vector<injection::PatternSpec> BuiltinHarmPatternSpecs();

class HarmfulDetector final : public Detector {
 public:
  // Errors: a threshold outside (0, 1]; a built-in rule that does not compile (a bug).
  static Result<std::shared_ptr<const HarmfulDetector>> Create(HarmfulOptions options = {});
  std::string_view name() const override { return "harmful"; }
  void Scan(std::string_view text, std::vector<Detection>& out) const override;

 private:
  HarmfulDetector() = default;
  HarmfulOptions options_;
  std::shared_ptr<const injection::PatternSet> patterns_;
};

}  // namespace mcpgw::guards::harmful
