// InjectionDetector: finds prompt injections in text a model is about to read (tool results,
// resources, prompts, sampling and elicitation messages) and scores them.
//
// How it decides (docs/guards-injection.md has the full model and the weights):
//  1. The text is revealed: tag characters decoded, zero-width and bidi controls dropped.
//  2. Vectorscan passes find the cues (injection_rules.h): instruction-override phrasing in
//     en/es/fr/de/pt/ru/zh/ja, role and chat-template tokens, exfiltration and tool-coaxing
//     phrasing, jailbreak templates (primary cues), and addressing the AI, secrecy, urgency,
//     second person (support cues); plus the context words of text ABOUT attacks (meta) and
//     of quoting (reported speech).
//  2b. The learned model (injection_model.h) scores each segment worth scoring (a line, a piece
//     between HTML tags, or a sentence-bounded piece of a long one) with at least 6 tokens, and
//     the end of each field read with the start of the next (payloads split across fields); a
//     segment with p >= 0.7 becomes a primary cue of weight 0.35 + (p - 0.7) * 0.75 (0.5 at
//     p = 0.9), which then takes the same context factors as a rule cue, except the hidden-text
//     boost.
//  3. Hidden markup (HTML comments, invisible CSS, alt text; hidden_regions.h) and encoded runs
//     (base64, hex, percent, rot13; encoded_runs.h) are decoded and rescanned (depth <= 2).
//  4. Each cue's weight is multiplied by its context: x1.5 inside hidden text (rule cues only);
//     x0.3 inside quotation marks, x0.25 inside a string literal of source code or of a list of
//     literals that each hold a primary cue (fixtures, samples), x0.4 in a code fence, x0.5 on
//     an e-mail quote line, x0.35 just after a reporting word ("wrote:", "such as", "e.g."),
//     x0.5 / x0.3 when 2 / 4+ words about attacks surround it, x0.5 inside a chat transcript
//     (role headers of 2+ speakers).
//  5. Cues within 300 bytes of one another form a cluster; its score is the noisy-OR of its
//     cues' effective weights, 1 - prod(1 - w). A cluster needs one primary cue. A cluster at
//     or over the threshold (default 0.5) is a detection: its span is the sentences (or the
//     hidden region, or the encoded run) holding its cues, its type the technique of its
//     strongest cue, or hidden_text / encoded_payload / split_payload when that is how it came.
// The message's score is its best cluster's score.
//
// Threading: immutable after Create; Scan/Analyze are const and safe from any number of threads
// (per-thread scratch). Lifetime: shared_ptr<const InjectionDetector>, built once at start.
#pragma once

#include "core/status.h"
#include "guards/detector.h"
#include "guards/injection/injection_rules.h"
#include "guards/injection/pattern_set.h"

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

struct InjectionOptions {
  float threshold = 0.5f;  // a cluster scoring at or above it is a detection; in (0, 1]
  // Techniques not reported (their clusters still score, but are dropped). Default: none.
  std::vector<Technique> disabled;
  // The learned model (injection_model.h) adds its cues to the rules'. Off: rules only.
  bool model = true;
};

// The built-in cue rules as the detector compiles them: two pattern sets (the primary cues,
// scanned always; the context cues, scanned only near a primary cue or hidden text) and, for
// each, the rule index of each of its patterns. The build-time Vectorscan generator embeds
// both sets' databases from this (guards/hs_database.h).
struct InjectionPatternSpecs {
  std::vector<PatternSpec> primary, context;
  std::vector<std::uint32_t> primary_ids, context_ids;
};
InjectionPatternSpecs BuiltinInjectionPatternSpecs();

class InjectionDetector final : public Detector {
 public:
  // Errors: a threshold outside (0, 1]; a built-in rule Vectorscan rejects (a bug).
  static Result<std::shared_ptr<const InjectionDetector>> Create(InjectionOptions options = {});

  std::string_view name() const override { return "injection"; }
  // Appends the detections of `text` (one field) to `out`; entity "PROMPT_INJECTION".
  void Scan(std::string_view text, std::vector<Detection>& out) const override;

  // Scans one message whose fields are joined in `text`; `boundaries` are the offsets where
  // each field after the first begins (ascending). Appends the detections at or over the
  // threshold to `out` (sorted, not overlapping) and returns the message's score in [0, 1].
  float Analyze(std::string_view text, std::span<const std::size_t> boundaries,
                std::vector<Detection>& out) const;

  float threshold() const { return options_.threshold; }

  struct Cluster;  // internal, public for the implementation's helpers

 private:
  InjectionDetector() = default;
  void Clusters(std::string_view text, std::span<const std::size_t> boundaries, int depth,
                std::vector<Cluster>& out) const;
  float BestScore(std::string_view text, int depth) const;

  InjectionOptions options_;
  std::shared_ptr<const PatternSet> primary_;  // primary and rot13 cues
  std::shared_ptr<const PatternSet> context_;  // support, role-line, meta and reporting cues
  const std::vector<std::uint32_t>* primary_ids_ = nullptr;  // set index -> rule index
  const std::vector<std::uint32_t>* context_ids_ = nullptr;
};

}  // namespace mcpgw::guards::injection
