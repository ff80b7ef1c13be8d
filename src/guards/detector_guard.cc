#include "guards/detector_guard.h"

#include "guards/text_walker.h"
#include "guards/value_hash.h"

#include <spdlog/spdlog.h>

namespace mcpgw::guards {

DetectorGuard::DetectorGuard(std::string name, std::shared_ptr<const Detector> detector,
                             DetectorGuardOptions options)
    : name_(std::move(name)), detector_(std::move(detector)), options_(std::move(options)) {}

Action DetectorGuard::ActionFor(const Detection& detection) const {
  if (!options_.actions.empty()) {
    if (auto it = options_.actions.find(std::string(detection.type)); it != options_.actions.end())
      return it->second;
    if (auto it = options_.actions.find(std::string(detection.entity));
        it != options_.actions.end())
      return it->second;
  }
  return options_.default_action;
}

namespace {

// Whether [begin, end) of `text` overlaps an entity token an earlier guard wrote ("<JWT>",
// "<JWT_1>": '<', an upper-case letter, upper-case letters, digits or '_', '>'). A later
// detector's span across one (a LOCATION that ran from "calle:9" over a masked token, found by
// fuzz_guard_text) would cut the token and the vault could not put the value back.
bool OverlapsEntityToken(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t from = begin > 72 ? begin - 72 : 0;
  for (std::size_t i = text.find('<', from); i != std::string_view::npos && i < end;
       i = text.find('<', i + 1)) {
    std::size_t j = i + 1;
    if (j >= text.size() || text[j] < 'A' || text[j] > 'Z') continue;
    while (j < text.size() && j - i <= 72 &&
           ((text[j] >= 'A' && text[j] <= 'Z') || (text[j] >= '0' && text[j] <= '9') || text[j] == '_'))
      ++j;
    if (j < text.size() && text[j] == '>' && j + 1 > begin) return true;
  }
  return false;
}

}  // namespace

bool DetectorGuard::LeafIsClean(std::string_view text) const {
  thread_local std::vector<Detection> detections;
  detections.clear();
  detector_->Scan(text, detections);
  return detections.empty();
}

Verdict DetectorGuard::Inspect(const GuardContext& context, boost::json::value& payload) {
  thread_local std::vector<Detection> detections;
  Verdict verdict;
  const bool enforce = context.mode == Mode::kEnforce;
  const bool use_vault = options_.vault && options_.vault->enabled && context.session &&
                         context.direction == Direction::kResponse;
  bool blocked = false;
  auto visit = [&](TextLeaf& leaf) {
    if (blocked) return;
    detections.clear();
    const std::string_view text = leaf.text();
    detector_->Scan(text, detections);
    if (detections.empty()) return;
    std::string out;
    std::size_t copied = 0;
    bool changed = false;
    const std::string pointer = leaf.Pointer();
    for (const Detection& d : detections) {
      if (d.begin < copied || d.end > text.size() || d.begin >= d.end) continue;  // defensive
      if (OverlapsEntityToken(text, d.begin, d.end)) continue;  // an earlier guard's token
      const std::string_view value = text.substr(d.begin, d.end - d.begin);
      Finding finding;
      finding.type = std::string(d.type);
      finding.location = pointer;
      finding.action = ActionFor(d);
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
                              " contains " + std::string(d.entity) + " (" + finding.type + ")";
          }
          break;
        case Action::kAnnotate:
          if (enforce) {
            out.append(text.substr(copied, d.begin - copied));
            out += AnnotationOpen(finding.type);
            out.append(value);
            out += AnnotationClose();
            copied = d.end;
            changed = true;
          }
          break;
        case Action::kMask:
        case Action::kRedact:
          if (enforce) {
            out.append(text.substr(copied, d.begin - copied));
            if (finding.action == Action::kMask) {
              if (use_vault) {
                out += context.session->store->Get<Vault>().Put(d.entity, value, context.server,
                                                                options_.vault->max_entries);
              } else if (options_.replacer) {
                out += options_.replacer(d, value, context);
              } else {
                out += '<';
                out += d.entity;
                out += '>';
              }
            }
            copied = d.end;
            changed = true;
          }
          break;
        case Action::kAlert:
          spdlog::warn("guard name={} finding={} location={} hash={} server={} method={}", name_,
                       finding.type, finding.location, finding.value_hash, context.server,
                       context.method);
          break;
        case Action::kLog:
          spdlog::debug("guard name={} finding={} location={} hash={}", name_, finding.type,
                        finding.location, finding.value_hash);
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
  const std::size_t replaced = WalkText(context, payload, visit);
  if (verdict.kind == VerdictKind::kReject) return verdict;
  if (replaced > 0) {
    verdict.kind = VerdictKind::kModified;
    verdict.reason = verdict.findings.empty() ? name_ + ".masked" : verdict.findings.front().type;
  }
  return verdict;
}

}  // namespace mcpgw::guards
