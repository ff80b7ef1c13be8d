#include "guards/harmful/harmful_model.h"

#include "guards/injection/segment_features.h"

#include <vector>

namespace mcpgw::guards::harmful {

HarmfulModel::HarmfulModel(const HarmfulModelWeights& weights)
    : harmful_(weights.harmful),
      category_{injection::InjectionModel(weights.category[0]),
                injection::InjectionModel(weights.category[1]),
                injection::InjectionModel(weights.category[2]),
                injection::InjectionModel(weights.category[3]),
                injection::InjectionModel(weights.category[4]),
                injection::InjectionModel(weights.category[5])} {
  static_assert(kCategoryCount == 6, "one category model per Category");
}

const HarmfulModel& HarmfulModel::Builtin() {
  static const HarmfulModel model(kBuiltinHarmfulModel);
  return model;
}

float HarmfulModel::Score(std::string_view segment, std::size_t* tokens) const {
  return harmful_.Score(segment, tokens);
}

Category HarmfulModel::CategoryOf(std::string_view segment) const {
  thread_local std::vector<std::uint32_t> features;
  injection::ExtractFeatures(segment, features);
  int best = 0;
  float best_logit = category_[0].Logit(features);
  for (int c = 1; c < kCategoryCount; ++c) {
    const float logit = category_[c].Logit(features);
    if (logit > best_logit) {
      best = c;
      best_logit = logit;
    }
  }
  return static_cast<Category>(best);
}

}  // namespace mcpgw::guards::harmful
