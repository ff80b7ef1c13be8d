// Finding: one thing the tool analyzer noticed in a server's catalog, and the severity scale the
// scanner's score, verdicts and policy are expressed in (docs/scanner.md).
//
// Threading: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::scanner {

// Ordered: a higher value is worse. The policy maps each level to an action (scan_policy.h).
enum class Severity { kInfo = 0, kLow = 1, kMedium = 2, kHigh = 3, kCritical = 4 };

// "info", "low", "medium", "high", "critical".
const char* SeverityName(Severity severity);
// The inverse of SeverityName (case-sensitive); nullopt for anything else.
std::optional<Severity> ParseSeverity(std::string_view name);
// One level lower, never below kInfo.
Severity Lower(Severity severity, int levels = 1);
// One level higher, never above kCritical.
Severity Raise(Severity severity, int levels = 1);

struct Finding {
  // Stable dotted id, e.g. "concealment.hide_from_user", "unicode.tag_characters". It reaches
  // logs, SARIF and reason codes.
  std::string rule_id;
  // The family: "hidden_instructions", "concealment", "sensitive_files", "exfiltration",
  // "shadowing", "tool_manipulation", "dangerous_command", "unicode", "ansi", "obfuscation",
  // "abnormal".
  std::string category;
  Severity severity = Severity::kInfo;
  // Where: "description", "inputSchema.properties.note.description", "name", ... relative to
  // the item (tool, prompt, resource, instructions) the finding belongs to.
  std::string location;
  // The offending text, at most ~200 bytes, with invisible characters made visible (<U+200B>,
  // [TAG:text], <ESC>) so it is safe to print on a terminal and in a log.
  std::string evidence;
  std::string message;  // one human sentence: what this rule means
};

}  // namespace mcpgw::scanner
