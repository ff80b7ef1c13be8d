// DetectorGuard: adapts a Detector (secrets, PII, custom rules) to MCP messages. It scans every
// text leaf the walker yields and, per detection, applies the configured action:
//   mask   -> the value is replaced by the replacer's text (default "<ENTITY>"), or, on the
//             response path with the vault enabled, by a session placeholder the VaultGuard can
//             restore later;
//   redact -> the value is removed;
//   annotate -> the value stays, wrapped in AnnotationOpen(type) ... AnnotationClose() (guard.h);
//   block  -> the message is rejected with reason = the detection's type (first block wins);
//   alert / log -> nothing changes; the finding is recorded (and logged at warning / debug).
// In Mode::kMonitor nothing changes and nothing is blocked; every finding is recorded with
// applied = false. Findings carry the type, the JSON pointer, the action and a salted hash of
// the value, never the value.
//
// Threading: io_context thread (Inspect may be called from any one thread at a time: the scratch
// vector is thread-local). Immutable after construction.
#pragma once

#include "guards/detector.h"
#include "guards/guard.h"
#include "guards/vault.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace mcpgw::guards {

struct DetectorGuardOptions {
  Action default_action = Action::kMask;
  // Per entity ("HUGGINGFACE_TOKEN", "EMAIL_ADDRESS") or per type ("secrets.github_pat"); the
  // type wins over the entity.
  std::unordered_map<std::string, Action> actions;
  // The text a masked value becomes; default "<" + entity + ">". Called only for kMask.
  std::function<std::string(const Detection& detection, std::string_view value,
                            const GuardContext& context)>
      replacer;
  std::shared_ptr<const VaultOptions> vault;  // reversible masking on the response path
};

class DetectorGuard final : public Guard {
 public:
  DetectorGuard(std::string name, std::shared_ptr<const Detector> detector,
                DetectorGuardOptions options);

  std::string_view name() const override { return name_; }
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;
  // A clean leaf is one the detector finds nothing in: Inspect then records and changes nothing.
  bool judges_leaves() const override { return true; }
  bool LeafIsClean(std::string_view text) const override;

  // The action for one detection.
  Action ActionFor(const Detection& detection) const;

 private:
  std::string name_;
  std::shared_ptr<const Detector> detector_;
  DetectorGuardOptions options_;
};

}  // namespace mcpgw::guards
