// InjectionModel: the learned part of the injection detector, a logistic regression over the
// hashed features of one text segment (segment_features.h). It answers "does this segment read
// like an instruction addressed to the model?" with a probability; the detector turns a
// confident segment into a cue that joins the rule cues of its cluster (injection_detector.h;
// docs/guards-injection.md, "The learned model").
//
// The weights are produced by test/eval/injection/model/train_model.cc from the data files in
// test/eval/injection/model/ (fixed seed, fixed order) and committed as
// injection_model_weights.cc; ctest `injection_model_reproducible` re-trains and checks that
// the committed file is reproduced byte for byte. Nothing is downloaded or read at run time.
//
// Threading: immutable; Score is const and safe from any number of threads (per-thread scratch,
// no allocation once warmed up). Lifetime: Builtin() lives for the whole process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace mcpgw::guards::injection {

// A model: logit(segment) = bias + scale * sum(sign(f) * weights[bucket(f)]) / sqrt(n), over the
// n features f of the segment. `weights` holds kModelBuckets entries.
struct ModelWeights {
  float scale = 0.0f;
  float bias = 0.0f;
  const std::int16_t* weights = nullptr;
  // The number of entries `weights` holds. A model whose count is not kModelBuckets (weights
  // trained before kModelBits changed) ends the process when constructed, naming the fix,
  // instead of being read out of bounds.
  std::size_t buckets = 0;
};

// The committed model (injection_model_weights.cc, generated).
extern const ModelWeights kBuiltinInjectionModel;

class InjectionModel {
 public:
  // `weights` must outlive the model (the built-in one is static). REQUIRES: weights.weights
  // is null or holds kModelBuckets entries (checked: aborts with a message otherwise).
  explicit InjectionModel(const ModelWeights& weights);
  static const InjectionModel& Builtin();

  // The probability in [0, 1] that `segment` is an injected instruction. A segment without any
  // feature scores sigmoid(bias). When `tokens` is given, it receives the number of word and
  // character tokens of the segment (ExtractFeatures' answer).
  float Score(std::string_view segment, std::size_t* tokens = nullptr) const;
  // The logit of a segment's features (as ExtractFeatures gives them).
  float Logit(std::span<const std::uint32_t> features) const;

 private:
  ModelWeights w_;
};

}  // namespace mcpgw::guards::injection
