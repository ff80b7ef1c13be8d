// FakeDetector: a Detector for guard tests. Reports every occurrence of each configured literal
// as (type, entity).
//
// Threading: immutable after construction.
#pragma once

#include "guards/detector.h"

#include <algorithm>
#include <string>
#include <vector>

namespace mcpgw::testing {

class FakeDetector : public guards::Detector {
 public:
  struct Needle {
    std::string literal;
    std::string type;    // "secrets.fake"
    std::string entity;  // "FAKE_TOKEN"
  };
  explicit FakeDetector(std::vector<Needle> needles) : needles_(std::move(needles)) {}
  std::string_view name() const override { return "fake"; }
  void Scan(std::string_view text, std::vector<guards::Detection>& out) const override {
    const std::size_t first = out.size();
    for (const Needle& n : needles_) {
      for (std::size_t pos = text.find(n.literal); pos != std::string_view::npos;
           pos = text.find(n.literal, pos + n.literal.size())) {
        out.push_back({pos, pos + n.literal.size(), n.type, n.entity, 1.0f});
      }
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
              [](const auto& a, const auto& b) { return a.begin < b.begin; });
  }

 private:
  std::vector<Needle> needles_;
};

}  // namespace mcpgw::testing
