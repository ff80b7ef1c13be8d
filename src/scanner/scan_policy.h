// ScanPolicy: what the gateway does with the analyzer's verdicts. Each item's effective
// severity (scoring.h) is compared with three thresholds:
//   >= block_at : the whole server is blocked (none of its tools, prompts or resources shown);
//   >= hide_at  : that tool (prompt, resource) is hidden everywhere and calls to it refused;
//                 the server's instructions cannot be hidden, so instructions at this level
//                 block the server;
//   >= warn_at  : logged and reported; the item stays visible (with `sanitize`, invisible
//                 characters and ANSI escapes are stripped from what the client sees).
// Defaults: block at critical, hide at high, warn at medium. Set from the "scanner" section of
// the gateway config (docs/scanner.md); a server whose config entry says "blocked": "skipped"
// is not scanned.
//
// Threading: plain values and pure functions.
#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/status.h"
#include "scanner/finding.h"
#include "scanner/tool_analyzer.h"

namespace mcpgw::scanner {

struct ScanPolicy {
  Severity block_at = Severity::kCritical;
  Severity hide_at = Severity::kHigh;
  Severity warn_at = Severity::kMedium;
  bool sanitize = true;
  bool learned = true;  // the learned check (tool_model.h) runs
};

// Parses {"block": "critical", "hide": "high", "warn": "medium", "sanitize": true,
// "learned": true}; each key
// optional; "never" disables a threshold. Errors name `key` and the member
// ("scanner.block: unknown severity \"x\"").
Result<ScanPolicy> ParseScanPolicy(const boost::json::object& object, std::string_view key);

// What the policy makes of one server's report. Enum values say what the gateway does next.
enum class ServerAction {
  kPass,   // expose everything
  kWarn,   // expose everything; findings logged (and text sanitized when configured)
  kHide,   // expose the server without `hidden` items
  kBlock,  // expose nothing of the server
};
const char* ServerActionName(ServerAction action);  // "passed", "warn", "hide", "blocked"

struct HiddenItem {
  ItemKind kind;
  std::string name;
  std::string reason;  // "scanner.<rule id>": the worst finding's rule, for logs and errors
};

struct Decision {
  ServerAction action = ServerAction::kPass;
  std::string reason;  // for kBlock: "scanner.<rule id>" of the worst finding
  std::vector<HiddenItem> hidden;
};

Decision Decide(const ServerReport& report, const ScanPolicy& policy);

}  // namespace mcpgw::scanner
