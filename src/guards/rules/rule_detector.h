// RuleDetector: the user's own detection rules (config `guards.rules`, or the reference
// gateway's `scanning.rules`), one RE2 regex each, reported under "rules.<id>".
//
// Threading: immutable after Create; Scan is const and thread-safe (RE2 is).
#pragma once

#include "core/status.h"
#include "guards/detector.h"
#include "guards/guards_config.h"

#include <memory>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace mcpgw::guards {

class RuleDetector final : public Detector {
 public:
  // Compiles `rules`. Errors: "rule 'id': invalid regex: reason", a group past the regex's
  // capture groups.
  static Result<std::shared_ptr<const RuleDetector>> Create(std::vector<CustomRuleConfig> rules);
  ~RuleDetector() override;

  std::string_view name() const override { return "rules"; }
  void Scan(std::string_view text, std::vector<Detection>& out) const override;

 private:
  struct Compiled {
    CustomRuleConfig config;
    std::string type;  // "rules.<id>"
    std::unique_ptr<re2::RE2> regex;
  };
  RuleDetector() = default;
  std::vector<Compiled> rules_;
};

}  // namespace mcpgw::guards
