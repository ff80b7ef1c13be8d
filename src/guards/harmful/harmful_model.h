// HarmfulModel: the learned part of the harmful detector. Two logistic regressions over the same
// hashed features of one text segment as the injection model reads (guards/injection/
// segment_features.h): one answers "does this segment ask for or give operational help to hurt
// people?" with a probability, and, for a segment it flags, six one-against-the-rest models
// (one per category, trained on harmful segments only) name the category. The detector turns a
// confident segment into a cue of that category that joins the rule cues of its cluster
// (harmful_detector.h; docs/guards-injection.md, "The learned model of `harmful`").
//
// The weights are produced by test/eval/injection/model/train_harmful.cc from the labelled
// rounds in test/eval/injection/ and the docs snapshot (fixed seed, fixed order) and committed as
// harmful_model_weights.cc; ctest `harmful_model_reproducible` re-trains and checks the committed
// file byte for byte. Nothing is downloaded or read at run time.
//
// Threading: immutable; Score and CategoryOf are const and safe from any number of threads.
// Lifetime: Builtin() lives for the whole process.
#pragma once

#include "guards/harmful/harmful_rules.h"
#include "guards/injection/injection_model.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace mcpgw::guards::harmful {

struct HarmfulModelWeights {
  injection::ModelWeights harmful;                              // harmful or not
  std::array<injection::ModelWeights, kCategoryCount> category;  // in Category order
};

// The committed model (harmful_model_weights.cc, generated).
extern const HarmfulModelWeights kBuiltinHarmfulModel;

class HarmfulModel {
 public:
  // `weights` (and the tables it points to) must outlive the model (the built-in one is static).
  explicit HarmfulModel(const HarmfulModelWeights& weights);
  static const HarmfulModel& Builtin();

  // The probability in [0, 1] that `segment` is harmful; `tokens` (when given) receives the
  // number of word and character tokens of the segment.
  float Score(std::string_view segment, std::size_t* tokens = nullptr) const;
  // The category whose model scores `segment` highest (ties: the first in Category order).
  Category CategoryOf(std::string_view segment) const;

 private:
  injection::InjectionModel harmful_;
  std::array<injection::InjectionModel, kCategoryCount> category_;
};

}  // namespace mcpgw::guards::harmful
