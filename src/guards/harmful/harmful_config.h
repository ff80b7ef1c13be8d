// Builds the `harmful` guard (-p harmful) from its configuration entry (docs/guards.md,
// "harmful"): a DetectorGuard over the HarmfulDetector. Its own keys:
//   threshold    number in (0, 1], default 0.5
//   categories   [category, ...]: the categories reported (default all: violence, self_harm,
//                hate, sexual_minors, weapons, malware)
//   model        true (default) or false: the learned model (harmful_model.h) adds its cues
// "action" sets the default action (default: block); "actions" keys are categories
// ("self_harm") or finding types ("harmful.self_harm"), e.g. {"self_harm": "annotate"}.
//
// Threading: pure function; the compiled rules are shared process-wide.
#pragma once

#include "core/status.h"
#include "guards/guard.h"
#include "guards/guards_config.h"

#include <memory>

namespace mcpgw::guards::harmful {

// Errors name the key: "guards.harmful.threshold: ...", "guards.harmful.categories: unknown
// category 'x' (known: ...)", "guards.harmful.actions.x: unknown category (known: ...)".
Result<std::unique_ptr<Guard>> CreateHarmfulGuard(const GuardEntryConfig& entry);

}  // namespace mcpgw::guards::harmful
