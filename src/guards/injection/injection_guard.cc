#include "guards/injection/injection_guard.h"

#include "guards/text_walker.h"
#include "guards/value_hash.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace mcpgw::guards::injection {

InjectionGuard::InjectionGuard(std::string name, std::shared_ptr<const InjectionDetector> detector,
                               InjectionGuardOptions options)
    : name_(std::move(name)), detector_(std::move(detector)), options_(std::move(options)) {}

bool InjectionGuard::Applies(const GuardContext& context) const {
  return context.direction == Direction::kResponse || options_.scan_requests;
}

Action InjectionGuard::ActionFor(std::string_view type, Direction direction) const {
  if (!options_.actions.empty())
    if (auto it = options_.actions.find(std::string(type)); it != options_.actions.end())
      return it->second;
  return direction == Direction::kResponse ? options_.response_action : options_.request_action;
}

Verdict InjectionGuard::Inspect(const GuardContext& context, boost::json::value& payload) {
  thread_local std::string joined;
  thread_local std::vector<std::size_t> starts;
  thread_local std::vector<Detection> detections;
  joined.clear();
  starts.clear();
  detections.clear();

  // Pass 1: join the leaves and score the message.
  auto collect = [&](TextLeaf& leaf) {
    if (!starts.empty()) joined += '\n';
    starts.push_back(joined.size());
    joined.append(leaf.text());
  };
  WalkText(context, payload, collect);
  if (joined.empty()) return Verdict::Continue();
  const std::span<const std::size_t> boundaries(starts.data() + 1, starts.size() - 1);
  const float score = detector_->Analyze(joined, boundaries, detections);
  if (detections.empty()) return Verdict::Continue();

  // Pass 2: apply each detection to the leaves it covers.
  Verdict verdict;
  const bool enforce = context.mode == Mode::kEnforce;
  bool blocked = false;
  std::size_t index = 0;
  auto apply = [&](TextLeaf& leaf) {
    const std::size_t leaf_index = index++;
    if (blocked || leaf_index >= starts.size()) return;
    const std::size_t base = starts[leaf_index];
    const std::string_view text = leaf.text();
    const std::size_t limit = base + text.size();
    std::string out;
    std::size_t copied = 0;
    bool changed = false;
    std::string pointer;
    for (const Detection& d : detections) {
      if (d.end <= base || d.begin >= limit) continue;
      const std::size_t b = std::max(d.begin, base) - base;
      const std::size_t e = std::min(d.end, limit) - base;
      if (b >= e || b < copied) continue;
      if (pointer.empty()) pointer = leaf.Pointer();
      const std::string_view value = text.substr(b, e - b);
      Finding finding;
      finding.type = std::string(d.type);
      finding.location = pointer;
      finding.action = ActionFor(d.type, context.direction);
      finding.guard = name_;
      finding.value_hash = ValueHash(value);
      finding.applied = enforce;
      switch (finding.action) {
        case Action::kBlock:
          if (enforce && !blocked) {
            blocked = true;
            verdict.kind = VerdictKind::kReject;
            verdict.reason = finding.type;
            verdict.message = "blocked by the gateway: the " +
                              std::string(context.direction == Direction::kRequest ? "request"
                                                                                   : "response") +
                              " contains a likely prompt injection (" + finding.type + ")";
          }
          break;
        case Action::kAnnotate:
        case Action::kMask:
        case Action::kRedact:
          if (enforce) {
            out.append(text.substr(copied, b - copied));
            if (finding.action == Action::kAnnotate) {
              out += AnnotationOpen(finding.type);
              out.append(value);
              out += AnnotationClose();
            } else if (finding.action == Action::kMask) {
              out += "<PROMPT_INJECTION>";
            }
            copied = e;
            changed = true;
          }
          break;
        case Action::kAlert:
          spdlog::warn("guard name={} finding={} location={} hash={} score={:.2f} server={} "
                       "method={}",
                       name_, finding.type, finding.location, finding.value_hash, score,
                       context.server, context.method);
          break;
        case Action::kLog:
          spdlog::debug("guard name={} finding={} location={} hash={} score={:.2f}", name_,
                        finding.type, finding.location, finding.value_hash, score);
          break;
      }
      verdict.findings.push_back(std::move(finding));
      if (blocked) return;
    }
    if (changed) {
      out.append(text.substr(copied));
      leaf.Replace(std::move(out));
    }
  };
  const std::size_t replaced = WalkText(context, payload, apply);
  if (verdict.kind == VerdictKind::kReject) return verdict;
  if (replaced > 0) {
    verdict.kind = VerdictKind::kModified;
    verdict.reason = verdict.findings.empty() ? name_ + ".annotated" : verdict.findings.front().type;
  }
  return verdict;
}

}  // namespace mcpgw::guards::injection
