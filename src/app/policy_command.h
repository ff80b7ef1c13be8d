// `mcp-gateway policy test --config FILE --call CALL.json [--json]`: evaluates the policy of a
// config file (its `guards.policy` section and the policy file it names; or FILE itself when
// it is a policy file, without a "guards" key) against one sample call, offline, and prints
// which part of the policy decided and why. For writing rules safely (docs/policy.md).
//
// CALL.json: {"server", "tool", "method"?: "tools/call", "direction"?: "request"|"response",
// "arguments"?: {...}, "result"?: {...}, "principal"?, "client"?, "annotations"?: {...},
// "history"?: ["private_data", ...] (labels the session saw before), "findings"?:
// ["secrets.github_pat", ...] (finding types of earlier guards)}. Rate limits and remembered
// approvals are state of a running gateway and are not evaluated.
//
// Exit codes: 0 the call would pass (allow, alert, mask), 1 it would be denied or need approval
// (deny, ask), 2 bad input (usage, unreadable or invalid file; the message names file and key).
//
// Threading: runs on the calling thread. Output goes to `out`, errors to `err`.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <iosfwd>
#include <memory>
#include <string>

#include "core/status.h"
#include "guards/policy/policy_set.h"

namespace mcpgw::app {

// The outcome of one sample call, as printed (text) or as `--json` (ToJson).
struct PolicyTestReport {
  std::string decision;  // allow | deny | mask | alert | ask
  std::string reason;    // "" for an allow by default
  std::string rule;      // the deciding rule's id, "" when none
  std::string explanation;
  std::string message;              // what the client would read on deny/ask
  std::vector<std::string> labels;  // the labels the call's tool gets
  std::vector<std::string> masked;  // pointers a mask would replace
  bool passes = true;
  boost::json::object ToJson() const;
};

// Evaluates `call` (parsed CALL.json) against `policy`. Errors: "CALL: KEY: what".
Result<PolicyTestReport> TestPolicyCall(const guards::policy::PolicySet& policy,
                                        const boost::json::value& call, std::string_view source);

// Loads the policy of a config or policy file. Errors name the file and key.
Result<std::shared_ptr<const guards::policy::PolicySet>> LoadPolicyForTest(const std::string& path);

// `argv[0]` is "policy".
int RunPolicyCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace mcpgw::app
