// Parses the `policy` guard's settings into a PolicySet (policy_set.h): the `guards.policy`
// section of the gateway config file and/or a separate policy file (`"file": "policy.json"`,
// JSON with comments and trailing commas, the same keys at its top level). The language is
// documented in docs/policy.md.
//
// Merging: lists (rules, servers, labels, rate_limits) from the config section come first, the
// file's after them; a scalar (default, history_size, max_rate_keys, ask) set in the file wins.
// Validation is complete at parse time: unknown keys, wrong types, bad globs' types, invalid RE2
// patterns, pointers not starting with "/", a mask rule without a pointer condition. Every error
// names the file and the key: "config.json: guards.policy.rules[3].match.tool: must be a string
// or an array of strings".
//
// Threading: pure functions (ParsePolicySettings reads the policy file).
#pragma once

#include <boost/json/object.hpp>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"
#include "guards/policy/policy_set.h"

namespace mcpgw::guards::policy {

// The policy keys of `settings` (the guard's own keys, after ParseGuardEntry took the common
// ones); `source` is the config file ("" when none), `key` the section's path in it
// ("guards.policy"). A "file" key is read relative to the config file's folder ("~" = `home`).
Result<std::shared_ptr<const PolicySet>> ParsePolicySettings(const boost::json::object& settings,
                                                             std::string_view source,
                                                             std::string_view key,
                                                             const std::string& home = {});

// A standalone policy file's text (the fuzzer's entry point). Errors: "SOURCE: KEY: what".
Result<std::shared_ptr<const PolicySet>> ParsePolicyText(std::string_view text,
                                                         std::string_view source);

}  // namespace mcpgw::guards::policy
