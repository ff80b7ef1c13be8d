// PolicySet: one parsed, validated, immutable policy for the `policy` guard (docs/policy.md).
// Built by ParsePolicy (policy_parser.h), evaluated by EvaluatePolicy (policy_eval.h), swapped
// whole on reload (shared_ptr<const PolicySet>).
//
// What it holds, in the order the evaluator consults it for a message:
//  1. per-server tool lists (`servers`): a tools/call outside a server's allow list, or inside
//     its deny list, is denied with reason policy.tool_denied;
//  2. rules (`rules`): the first rule whose every condition matches decides (first match wins);
//  3. the default action (`default`), for tools/call requests no rule matched.
// Then, for a call that is going ahead, the rate limits (`rate_limits`); labels (`labels`) give
// each tool the names flow rules test (`match.labels`, `match.after`).
//
// Threading: immutable after parsing; shared by every session and message.
#pragma once

#include <re2/re2.h>

#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "guards/guard.h"

namespace mcpgw::guards::policy {

enum class PolicyAction {
  kAllow,  // the message goes on unchanged; evaluation stops
  kDeny,   // the message is rejected (reason policy.<rule reason>, default policy.denied)
  kMask,   // the values at the rule's matched pointers are replaced; the message goes on
  kAlert,  // the message goes on; a finding (action alert) is recorded
  kAsk,    // the user is asked through the client (elicitation); allowed only on approval
};
std::string_view PolicyActionName(PolicyAction action);
bool ParsePolicyAction(std::string_view text, PolicyAction& out);

// A comparison of the value at a JSON pointer (into the call's arguments or its result).
enum class CompareOp { kEq, kNe, kContains, kPrefix, kSuffix, kRegex, kLt, kLe, kGt, kGe, kExists };
std::string_view CompareOpName(CompareOp op);

struct Condition {
  std::string pointer;  // RFC 6901 ("" = the whole value)
  CompareOp op = CompareOp::kExists;
  boost::json::value value;            // eq/ne/contains/prefix/suffix operand
  double number = 0;                   // lt/le/gt/ge operand
  bool exists = true;                  // exists: whether the pointer must resolve
  std::shared_ptr<const re2::RE2> re;  // regex (RE2 syntax, partial match)
};

// A tool annotation a rule or a label tests. Absent hints take the MCP specification's defaults
// (readOnlyHint false, destructiveHint true, idempotentHint false, openWorldHint true);
// destructiveHint and idempotentHint count only for tools that are not read-only.
struct AnnotationTest {
  std::string hint;  // "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"
  bool value = true;
};

// Every member is a condition; all must hold (empty = no condition). Globs are fnmatch patterns;
// a list matches when any of its globs does.
struct Match {
  std::vector<std::string> servers;
  std::vector<std::string> tools;
  std::vector<std::string> methods;  // empty = "tools/call"
  bool requests = true;              // direction; default request, or response when the
  bool responses = false;            //   match tests `result`
  std::vector<std::string> principals;
  std::vector<std::string> clients;  // the client's name from initialize
  std::vector<Condition> arguments;  // pointers into the call's arguments
  std::vector<Condition> result;     // pointers into the result (response path)
  std::vector<AnnotationTest> annotations;
  std::vector<std::string> findings;  // globs on earlier guards' finding types: any matches
  std::vector<std::string> labels;    // the call's own labels: any of these
  std::vector<std::string> after;     // flow: any of these labels in the session's history
};

struct Rule {
  std::string id;   // "rules[3]" when not given
  std::string key;  // where it was written: "config.json: guards.policy.rules[3]"
  Match match;
  PolicyAction action = PolicyAction::kDeny;
  std::string reason;   // full reason code: "policy.denied", "policy.<rule's reason>"
  std::string message;  // text for the client; a default is built from the rule when empty
  std::string mask_with = "[MASKED]";  // mask: the replacement value (a string)
};

// Gives calls of matching tools a label; every given criterion must hold.
struct LabelRule {
  std::string label;
  std::vector<std::string> servers;
  std::vector<std::string> tools;
  std::vector<AnnotationTest> annotations;
};

enum class RateScope { kGlobal, kServer, kTool, kSession, kPrincipal };
std::string_view RateScopeName(RateScope scope);

// A token bucket per scope key: `burst` tokens, refilled at rate/per; one token per call.
struct RateLimit {
  std::string id;  // stable across reloads: buckets are keyed by it
  RateScope scope = RateScope::kSession;
  std::vector<std::string> servers;  // which calls count; empty = every call
  std::vector<std::string> tools;
  double rate = 1;
  std::chrono::milliseconds per{1000};
  double burst = 1;  // bucket size; default = rate
};

struct ServerToolList {
  std::string server;              // glob
  std::vector<std::string> allow;  // tool globs; non-empty: every other tool is denied
  std::vector<std::string> deny;   // tool globs
};

struct PolicySet {
  std::string source;  // where it was read from, for messages
  std::vector<ServerToolList> servers;
  std::vector<Rule> rules;
  PolicyAction default_action = PolicyAction::kAllow;
  std::vector<LabelRule> labels;
  std::vector<RateLimit> rate_limits;
  std::size_t history_size = 256;     // label events kept per session
  std::size_t max_rate_keys = 10000;  // buckets kept (least recently used dropped)
  std::chrono::milliseconds ask_timeout{120000};
  bool remember_session = false;  // ask: an approval holds for the same call in the session
  // Derived at parse time.
  bool has_ask = false;     // some rule (or the default) asks: the guard waits
  bool has_flows = false;   // some rule tests `after`: labels are needed on requests
  bool has_labels = false;  // labels are defined: results are recorded
};

}  // namespace mcpgw::guards::policy
