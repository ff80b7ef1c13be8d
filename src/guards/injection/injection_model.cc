#include "guards/injection/injection_model.h"

#include "guards/injection/segment_features.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace mcpgw::guards::injection {

InjectionModel::InjectionModel(const ModelWeights& weights) : w_(weights) {
  if (w_.weights != nullptr && w_.buckets != kModelBuckets) {
    std::fprintf(stderr,
                 "mcp-gateway: a learned model holds %zu weights, the feature hashing needs %u: "
                 "its weight file was trained for another kModelBits; retrain it "
                 "(docs/guards-injection.md, \"The learned model\")\n",
                 w_.buckets, kModelBuckets);
    std::abort();
  }
}

const InjectionModel& InjectionModel::Builtin() {
  static const InjectionModel model(kBuiltinInjectionModel);
  return model;
}

float InjectionModel::Logit(std::span<const std::uint32_t> features) const {
  if (features.empty() || w_.weights == nullptr) return w_.bias;
  std::int32_t sum = 0;
  for (const std::uint32_t f : features) {
    const std::int32_t w = w_.weights[FeatureBucket(f)];
    sum += (f >> 31) != 0 ? -w : w;
  }
  return w_.bias + w_.scale * static_cast<float>(sum) /
                       std::sqrt(static_cast<float>(features.size()));
}

float InjectionModel::Score(std::string_view segment, std::size_t* tokens) const {
  if (w_.weights == nullptr) {
    if (tokens != nullptr) {
      thread_local std::vector<std::uint32_t> features;
      *tokens = ExtractFeatures(segment, features);
    }
    return 1.0f / (1.0f + std::exp(-w_.bias));
  }
  std::int32_t sum = 0;
  std::size_t count = 0;
  const std::size_t n = SumFeatureWeights(segment, w_.weights, sum, count);
  if (tokens != nullptr) *tokens = n;
  const float logit = count == 0 ? w_.bias
                                 : w_.bias + w_.scale * static_cast<float>(sum) /
                                                 std::sqrt(static_cast<float>(count));
  return 1.0f / (1.0f + std::exp(-logit));
}

}  // namespace mcpgw::guards::injection
