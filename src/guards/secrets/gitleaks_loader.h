// Loads gitleaks rule files (TOML, the format of gitleaks' own config) unchanged into RuleSpecs.
//
// Understood: [[rules]] with id, description, regex (Go RE2 syntax, compiled with RE2), keywords,
// entropy, secretGroup, path, tags; per-rule [[rules.allowlists]] and the older
// [rules.allowlist] with regexes, stopwords, regexTarget ("secret", "match", "line"), condition
// ("OR", "AND"), paths and commits; the global [allowlist] and [[allowlists]] (with
// targetRules), which apply to this file's rules. Ignored: title, [extend], unknown keys.
// Rules that only match paths (no regex) cannot apply to message text: they are skipped and
// listed in `skipped`. paths/commits criteria inside allowlists never match (see AllowlistSpec).
//
// Threading: pure functions. Errors are values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "guards/secrets/rule_spec.h"

namespace mcpgw::guards::secrets {

struct GitleaksRules {
  std::vector<RuleSpec> rules;        // origin "<name>:<line>"; entity: the id upper-cased
  std::vector<std::string> skipped;   // "<name>:<line>: rule \"id\" skipped: ..."
};

// Parses `text`, naming it `name` in messages. Failures, each "<name>:<line>: ..." with the rule
// id where there is one: TOML syntax errors (with column), a rule without id, a duplicate id, a
// value of the wrong type (regex not a string, keywords not strings, secretGroup not a
// non-negative integer, entropy not a number), a regex RE2 rejects, a secretGroup beyond the
// regex's groups, an unknown condition or regexTarget, `rules` not an array of tables.
Result<GitleaksRules> ParseGitleaksToml(std::string_view text, const std::string& name);

// Reads and parses the file at `path`; an unreadable file is an error naming it.
Result<GitleaksRules> LoadGitleaksFile(const std::string& path);

}  // namespace mcpgw::guards::secrets
