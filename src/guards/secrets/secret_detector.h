// The "basic" secrets detector: finds credentials (API keys, tokens, private keys, passwords in
// connection strings and assignments, ...) in plain text, as spans the secrets guard masks.
//
// Rules come from three sources, merged into one engine: the built-in catalogue
// (builtin_rules.h), gitleaks TOML rule files (gitleaks_loader.h) and custom rules from the
// gateway config. All rules are compiled once, at construction, into one Vectorscan database of
// keywords (the fast pass over every byte); RE2 and validators run only near a keyword hit.
// Text carrying JSON-style escapes (\" \n \u002f) is also scanned decoded, with spans mapped back.
//
// Threading: the returned detector is immutable; Scan() may be called from any thread at once
// (each thread keeps its own Vectorscan scratch). Lifetime: shared_ptr<const Detector>; the
// type/entity views in its Detections live as long as the detector.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "guards/detector.h"

namespace mcpgw::guards::secrets {

// A rule written in the gateway config. `regex` is RE2 syntax; `keywords` (case-insensitive
// literals) gate it: the regex runs only near one of them, or over the whole text when there are
// none. Detection type is "secrets.<id>", entity `entity` (default: id upper-cased).
struct CustomRule {
  std::string id;
  std::string regex;
  std::vector<std::string> keywords;
  std::string entity;
  int secret_group = 0;  // capture group holding the secret; 0: first non-empty group, or all
  double entropy = 0;    // minimum Shannon entropy (bits per byte) of the secret; 0: none
};

struct SecretOptions {
  bool builtin = true;                      // the built-in catalogue
  std::vector<std::string> gitleaks_files;  // gitleaks TOML rule files, loaded unchanged
  std::vector<CustomRule> custom_rules;     // from the gateway config
  std::vector<std::string> allow_values;    // exact values never reported
  std::vector<std::string> allow_regexes;   // values an RE2 regex finds a match in are never reported
  // GitHub and npm tokens carry a CRC32 checksum. A token of the right shape whose checksum
  // fails is still reported (score kUnverifiedScore: a mangled or truncated token is still a
  // leak) unless this is set, in which case it is dropped.
  bool require_valid_checksums = false;
};

// Score of a shape match whose checksum does not verify (see require_valid_checksums).
inline constexpr float kUnverifiedScore = 0.6f;

// Builds the detector. Failures (the message names the rule id, or file:line, and the problem):
// a gitleaks file missing or malformed, a regex RE2 rejects, a custom rule without id or regex,
// a secret_group beyond the regex's groups, duplicate custom rule ids, a bad allow regex.
// `warnings`, when given, receives notes that are not errors (gitleaks rules skipped because
// they only match paths, keywords Vectorscan could not take).
Result<std::shared_ptr<const Detector>> CreateSecretDetector(
    const SecretOptions& options, std::vector<std::string>* warnings = nullptr);

}  // namespace mcpgw::guards::secrets
