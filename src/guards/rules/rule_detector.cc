#include "guards/rules/rule_detector.h"

#include <re2/re2.h>

#include <algorithm>

namespace mcpgw::guards {

RuleDetector::~RuleDetector() = default;

Result<std::shared_ptr<const RuleDetector>> RuleDetector::Create(
    std::vector<CustomRuleConfig> rules) {
  std::shared_ptr<RuleDetector> detector(new RuleDetector());
  for (CustomRuleConfig& rule : rules) {
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_unique<re2::RE2>(rule.regex, options);
    if (!regex->ok())
      return MakeError("rule '" + rule.id + "': invalid regex: " + regex->error());
    if (rule.group > regex->NumberOfCapturingGroups())
      return MakeError("rule '" + rule.id + "': group " + std::to_string(rule.group) +
                       " but the regex has " + std::to_string(regex->NumberOfCapturingGroups()) +
                       " capture groups");
    Compiled compiled;
    compiled.type = "rules." + rule.id;
    compiled.config = std::move(rule);
    compiled.regex = std::move(regex);
    detector->rules_.push_back(std::move(compiled));
  }
  return std::shared_ptr<const RuleDetector>(std::move(detector));
}

void RuleDetector::Scan(std::string_view text, std::vector<Detection>& out) const {
  const std::size_t first = out.size();
  for (const Compiled& rule : rules_) {
    const int group = rule.config.group;
    re2::StringPiece groups[100];
    std::size_t pos = 0;
    while (pos <= text.size() &&
           rule.regex->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                             RE2::UNANCHORED, groups, group + 1)) {
      const re2::StringPiece whole = groups[0];
      const re2::StringPiece value = groups[group];
      const std::size_t whole_end = static_cast<std::size_t>(whole.data() - text.data()) + whole.size();
      if (value.data() != nullptr && !value.empty()) {
        Detection d;
        d.begin = static_cast<std::size_t>(value.data() - text.data());
        d.end = d.begin + value.size();
        d.type = rule.type;
        d.entity = rule.config.entity;
        out.push_back(d);
      }
      pos = whole.empty() ? whole_end + 1 : whole_end;
    }
  }
  if (out.size() - first < 2) return;
  // Sorted by begin; overlapping candidates keep the longer one.
  std::sort(out.begin() + first, out.end(), [](const Detection& a, const Detection& b) {
    return a.begin != b.begin ? a.begin < b.begin : (a.end - a.begin) > (b.end - b.begin);
  });
  std::size_t kept = first;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (kept > first && out[i].begin < out[kept - 1].end) {
      if (out[i].end - out[i].begin > out[kept - 1].end - out[kept - 1].begin) out[kept - 1] = out[i];
      continue;
    }
    out[kept++] = out[i];
  }
  out.resize(kept);
}

}  // namespace mcpgw::guards
