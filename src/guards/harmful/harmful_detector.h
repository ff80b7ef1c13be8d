// HarmfulDetector: finds harmful content in text (categories in harmful_rules.h) and tells it
// apart from text ABOUT harm. A PatternSet pass (Vectorscan, confirmed by RE2) finds the
// category cues, and the learned model (harmful_model.h; HarmfulOptions::model) adds a cue for
// each prose segment it scores at 0.5 or more, of the category it names; only when there is a
// cue, a second pass finds the instructional signals and the context words. Each category cue's
// weight is multiplied by its context (within 400 bytes): x0.4 next to news reporting, x0.3 next
// to care / prevention words, x0.5 next to fiction discussion, x0.4 next to defensive-security
// words (malware and weapons), x0.5 inside quotation marks; a model cue whose own segment holds a
// care or defence word counts 0. Cues of one category within 400 bytes
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
  bool model = true;                 // the learned model (harmful_model.h) adds its cues
};

// The built-in rules as the detector compiles them, in two sets: `harm` (the kHarm rules, the
// cues) and `context` (how-to signals and the news / care / fiction / defensive words, which only
// weigh cues). A scan runs `context` only over a text where `harm` found a cue, so a text with no
// cue (most traffic) pays for one set. `*_rules[i]` is the BuiltinHarmRules() index of pattern i.
// The build-time Vectorscan generator embeds both databases from this.
struct HarmPatternSpecs {
  std::vector<injection::PatternSpec> harm;
  std::vector<std::uint32_t> harm_rules;
  std::vector<injection::PatternSpec> context;
  std::vector<std::uint32_t> context_rules;
};
HarmPatternSpecs BuiltinHarmPatternSpecs();

class HarmfulDetector final : public Detector {
 public:
  // Errors: a threshold outside (0, 1]; a built-in rule that does not compile (a bug).
  static Result<std::shared_ptr<const HarmfulDetector>> Create(HarmfulOptions options = {});
  std::string_view name() const override { return "harmful"; }
  void Scan(std::string_view text, std::vector<Detection>& out) const override;

 private:
  HarmfulDetector() = default;
  HarmfulOptions options_;
  // Compiled once per process (shared by every detector).
  struct Compiled {
    std::shared_ptr<const injection::PatternSet> harm, context;
    std::vector<std::uint32_t> harm_rules, context_rules;
  };
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace mcpgw::guards::harmful
