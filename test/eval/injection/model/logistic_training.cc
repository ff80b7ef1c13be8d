#include "logistic_training.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "guards/injection/segment_features.h"

namespace mcpgw::model_training {
namespace {

using guards::injection::FeatureBucket;
using guards::injection::FeatureSign;
using guards::injection::kModelBuckets;

struct SplitMix {
  std::uint64_t state;
  std::uint64_t Next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
};

}  // namespace

bool ParsePartsLine(std::string_view line, std::vector<Part>& parts, std::string& error) {
  namespace json = boost::json;
  parts.clear();
  boost::system::error_code ec;
  const json::value v = json::parse(line, ec);
  const json::value* list = (!ec && v.is_object()) ? v.get_object().if_contains("parts") : nullptr;
  if (list == nullptr || !list->is_array()) {
    error = "needs \"parts\": [[text, label], ...]";
    return false;
  }
  for (const json::value& p : list->get_array()) {
    if (!p.is_array() || p.get_array().size() != 2 || !p.get_array()[0].is_string() ||
        !p.get_array()[1].is_int64()) {
      error = "a part must be [text, 0|1]";
      return false;
    }
    const json::string& s = p.get_array()[0].get_string();
    parts.push_back({std::string(s.data(), s.size()), p.get_array()[1].get_int64() != 0});
  }
  return true;
}

Trained Train(const std::vector<Example>& data, const Params& params) {
  // Double precision, one fixed order per epoch.
  std::vector<double> w(kModelBuckets, 0.0), g2(kModelBuckets, 1e-8);
  double bias = 0.0, bias_g2 = 1e-8;
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{params.seed};
  for (int epoch = 0; epoch < params.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Next() % i]);
    for (const std::size_t idx : order) {
      const Example& ex = data[idx];
      const double norm = ex.features.empty() ? 0.0 : 1.0 / std::sqrt(double(ex.features.size()));
      double z = bias;
      for (const std::uint32_t f : ex.features) z += FeatureSign(f) * w[FeatureBucket(f)] * norm;
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = p - ex.label;
      for (const std::uint32_t f : ex.features) {
        const std::uint32_t b = FeatureBucket(f);
        const double grad = g * FeatureSign(f) * norm + params.l2 * w[b];
        g2[b] += grad * grad;
        w[b] -= params.rate * grad / std::sqrt(g2[b]);
      }
      bias_g2 += g * g;
      bias -= params.rate * g / std::sqrt(bias_g2);
    }
  }
  double max_abs = 0.0;
  for (const double x : w) max_abs = std::max(max_abs, std::fabs(x));
  Trained out;
  out.scale = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  out.bias = static_cast<float>(bias);
  out.weights.resize(kModelBuckets);
  for (std::size_t i = 0; i < out.weights.size(); ++i)
    out.weights[i] =
        static_cast<std::int16_t>(std::lround(std::clamp(w[i] / out.scale, -32767.0, 32767.0)));
  return out;
}

std::string RenderWeightsArray(const std::vector<std::int16_t>& weights, const std::string& name) {
  std::ostringstream o;
  o << "const std::int16_t " << name << "[" << weights.size() << "] = {\n";
  for (std::size_t i = 0; i < weights.size(); ++i)
    o << (i % 16 == 0 ? "  " : "") << weights[i] << ',' << (i % 16 == 15 ? "\n" : "");
  o << "};\n";
  return o.str();
}

int WriteOrCheck(const std::string& source, const std::string& out_path,
                 const std::string& check_path, const char* tool, const char* retrain_doc) {
  if (!check_path.empty()) {
    std::ifstream in(check_path, std::ios::binary);
    std::stringstream committed;
    committed << in.rdbuf();
    if (!in || committed.str() != source) {
      std::cerr << tool << ": " << check_path << " is not what training produces; retrain ("
                << retrain_doc << ")\n";
      return 1;
    }
    std::cerr << "committed weights reproduced byte for byte\n";
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << source;
  if (!out) {
    std::cerr << tool << ": cannot write " << out_path << "\n";
    return 2;
  }
  return 0;
}

float Probability(const guards::injection::InjectionModel& model,
                  const std::vector<std::uint32_t>& features) {
  return 1.0f / (1.0f + std::exp(-model.Logit(features)));
}

}  // namespace mcpgw::model_training
