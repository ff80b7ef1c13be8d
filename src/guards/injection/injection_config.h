// Builds the `injection` guard (-p injection) from its configuration entry (docs/guards.md,
// "injection"): the common keys (action, actions, mode, ...) plus its own:
//   threshold       number in (0, 1], default 0.5: a cluster scoring this much is a detection
//   scan_requests   bool, default false: also scan requests (tool arguments, client answers)
//   disable         [technique, ...]: techniques not reported ("tool_coaxing", ...)
//   model           bool, default true: the learned model adds its cues to the rules' (false:
//                   rules only; docs/guards-injection.md, "The learned model")
// "action" sets the action on both directions (default: annotate on responses, alert on
// requests); "actions" keys are finding types ("injection.jailbreak") or technique names.
//
// Threading: pure function; the compiled rules are shared process-wide.
#pragma once

#include "core/status.h"
#include "guards/guard.h"
#include "guards/guards_config.h"

#include <memory>

namespace mcpgw::guards::injection {

// Errors name the key: "guards.injection.threshold: must be a number in (0, 1]",
// "guards.injection.disable: unknown technique 'x' (known: ...)", "guards.injection.colour:
// unknown key (known: ...)".
Result<std::unique_ptr<Guard>> CreateInjectionGuard(const GuardEntryConfig& entry);

}  // namespace mcpgw::guards::injection
