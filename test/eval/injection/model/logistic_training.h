// Logistic training for the hashed-feature models (guards/injection/injection_model.h): the
// injection model (train_model.cc) and the scanner's tool model (test/scan-eval/model/). Both
// read text through guards/injection/segment_features.h, so a weight means the same thing at
// training and at run time.
//
// Training: logistic regression over the examples' hashed features (each 1/sqrt(n)), AdaGrad,
// L2, every example weighted 1, `epochs` passes in an order shuffled by a fixed-seed generator:
// the same data in the same order gives the same bytes. Weights are quantized to int16 with one
// scale (the largest magnitude maps to 32767).
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "guards/injection/injection_model.h"

namespace mcpgw::model_training {

struct Example {
  std::vector<std::uint32_t> features;  // ExtractFeatures' hashes
  float label = 0.0f;                   // 1 positive, 0 negative
};

struct Params {
  double rate = 0.2;
  double l2 = 2e-5;
  int epochs = 12;
  std::uint64_t seed = 0x5eedC0FFEEull;
};

struct Trained {
  std::vector<std::int16_t> weights;  // kModelBuckets entries
  float scale = 1.0f;
  float bias = 0.0f;
  // A view for guards::injection::InjectionModel (valid while this object lives).
  guards::injection::ModelWeights View() const {
    return {scale, bias, weights.data(), weights.size()};
  }
};

// One line of a training-parts file ({"parts": [[text, 0|1], ...]}, train.jsonl's format): its
// parts in order, injected when the label is not 0. False with `error` saying what is wrong when
// the line is not one (the caller adds the file and line).
struct Part {
  std::string text;
  bool injected = false;
};
bool ParsePartsLine(std::string_view line, std::vector<Part>& parts, std::string& error);

// REQUIRES: every example's features are ExtractFeatures' hashes.
Trained Train(const std::vector<Example>& data, const Params& params = {});

// "const std::int16_t NAME[N] = {\n  w,w,...\n};\n": 16 weights per line, as the committed
// weight files have them.
std::string RenderWeightsArray(const std::vector<std::int16_t>& weights,
                               const std::string& name = "kWeights");

// The end of a trainer's run: with `check_path`, compares the file with `source` (0 when
// identical, 1 with a message naming `retrain_doc` when not); otherwise writes `source` to
// `out_path` (0, or 2 when it cannot be written). `tool` prefixes the messages on stderr.
int WriteOrCheck(const std::string& source, const std::string& out_path,
                 const std::string& check_path, const char* tool, const char* retrain_doc);

// The sigmoid of a model's logit over one example's features.
float Probability(const guards::injection::InjectionModel& model,
                  const std::vector<std::uint32_t>& features);

}  // namespace mcpgw::model_training
