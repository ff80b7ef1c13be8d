// InjectionGuard: adapts the InjectionDetector to MCP messages. Unlike DetectorGuard it scores a
// message as a whole: every text leaf the walker yields is joined (in walk order, separated by
// a newline) and scanned once, so an instruction split across fields of one result (a title and
// a body, two content blocks) is seen whole (technique split_payload). Each detection is then
// applied to the leaves it covers, per the configured action:
//   annotate (default on responses) -> the span stays, wrapped in AnnotationOpen(type) ...
//                                      AnnotationClose() (guard.h) so the model reads it as data;
//   redact -> the span is removed;  mask -> the span becomes "<PROMPT_INJECTION>";
//   block  -> the message is rejected with reason = the detection's type (first wins);
//   alert / log -> nothing changes; the finding is recorded (default on requests).
// In Mode::kMonitor nothing changes; findings are recorded with applied = false. A finding's
// location is the leaf's JSON pointer; its value hash covers the flagged part of that leaf.
//
// Runs on responses (results, resources, prompts, sampling/elicitation requests, errors) and,
// when scan_requests is set, on requests too (Applies()).
//
// Threading: Inspect may be called from any one thread at a time per call (thread-local
// scratch); immutable after construction. A clean message allocates nothing once the thread's
// buffers have grown.
#pragma once

#include "guards/guard.h"
#include "guards/injection/injection_detector.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace mcpgw::guards::injection {

struct InjectionGuardOptions {
  Action response_action = Action::kAnnotate;
  Action request_action = Action::kAlert;
  // Per finding type ("injection.jailbreak"): overrides both defaults.
  std::unordered_map<std::string, Action> actions;
  bool scan_requests = false;
};

class InjectionGuard final : public Guard {
 public:
  InjectionGuard(std::string name, std::shared_ptr<const InjectionDetector> detector,
                 InjectionGuardOptions options);

  std::string_view name() const override { return name_; }
  bool Applies(const GuardContext& context) const override;
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;

  // The action for one finding type on one direction.
  Action ActionFor(std::string_view type, Direction direction) const;

 private:
  std::string name_;
  std::shared_ptr<const InjectionDetector> detector_;
  InjectionGuardOptions options_;
};

}  // namespace mcpgw::guards::injection
