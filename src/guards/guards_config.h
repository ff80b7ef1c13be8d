// The gateway's own configuration file (`--config PATH`, default ~/.mcp-gateway/config.json when
// present): which guards run, in which order and mode, with which settings. Parsed and validated
// once at start into immutable values; every error names the file and the key that is wrong.
//
// Two shapes are accepted (docs/guards.md):
//  - ours: {"guards": {"mode", "salt", "order": [...], "<guard>": {...}, "rules": [...],
//           "vault": {...}}}
//  - the proof-of-concept gateway's, unchanged: {"logging": {...}, "auditing": {...},
//    "scanning": {"enabled", "rules": [{"name", "pattern", "action": log|alert|block|redact,
//    "severity"}]}}; its rules become custom rules.
//
// Threading: pure functions.
#pragma once

#include "core/status.h"
#include "guards/guard_chain.h"
#include "guards/vault.h"

#include <boost/json/object.hpp>

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards {

// Settings every guard accepts, besides its own.
struct GuardEntryConfig {
  bool enabled = true;
  GuardScope scope;
  std::chrono::milliseconds budget{5000};
  bool fail_open = false;
  bool has_action = false;
  Action action = Action::kMask;                        // "action": the default per finding
  std::map<std::string, Action> actions;                // "actions": per entity or type
  boost::json::object settings;                         // the guard's own keys, unvalidated here
};

// A custom detection rule (ours or the reference's scanning.rules).
struct CustomRuleConfig {
  std::string id;
  std::string regex;                  // RE2 syntax
  std::string entity;                 // replacement token name; default: upper-cased id
  std::string replacement;            // the mask text; default "<ENTITY>"
  Action action = Action::kMask;
  std::string severity;               // informational (the reference's field)
  int group = 0;                      // capture group holding the value; 0 = whole match
  std::vector<std::string> servers;   // globs; empty = every server
  std::vector<std::string> tools;     // globs; empty = every tool
  bool requests = true;
  bool responses = true;
};

struct GuardsConfig {
  std::string source;  // the file, for messages
  Mode mode = Mode::kEnforce;
  std::string salt;
  std::vector<std::string> order;  // guard names as configured ("basic", "presidio", ...)
  std::map<std::string, GuardEntryConfig> guards;
  std::vector<CustomRuleConfig> rules;
  VaultOptions vault;
  boost::json::object auditing;  // the `auditing` section, parsed by audit::ParseAuditConfig
};

// Parses config text (JSON with comments and trailing commas). Errors: "SOURCE: KEY: what".
Result<GuardsConfig> ParseGuardsConfig(std::string_view text, std::string_view source);
// Reads and parses a file. Errors: as ParseGuardsConfig, plus "cannot read PATH: reason".
Result<GuardsConfig> LoadGuardsConfig(const std::string& path);

// Parses the common keys of one guard's object (enabled, mode, requests, responses, overrides,
// budget_ms, fail_open, action, actions); the remaining keys go to `settings`. `key` names the
// object in errors ("guards.basic").
Result<GuardEntryConfig> ParseGuardEntry(const boost::json::object& object, std::string_view key);

}  // namespace mcpgw::guards
