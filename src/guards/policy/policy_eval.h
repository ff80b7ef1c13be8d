// EvaluatePolicy: the pure decision of a PolicySet over one message's facts (no I/O, no clock,
// no session state beyond the label history it is given). The guard (policy_guard.h) and
// `mcp-gateway policy test` (app/policy_command.h) both call it, so the command shows exactly
// what the running gateway would decide.
//
// Order (docs/policy.md, pinned by tests named after each rule):
//  1. per-server tool lists, for tools/call requests: a tool in a matching server's deny list,
//     or outside its allow list, is denied (reason policy.tool_denied);
//  2. rules, in the order written: the first rule whose every condition holds decides;
//  3. the default action, for tools/call requests only; any other message is allowed.
// Rate limits and approvals are not part of this function: the guard applies them after an
// allow/alert/mask/ask decision.
//
// Threading: pure functions. On the common path (no rule matches, default allow) nothing is
// allocated.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "guards/guard.h"
#include "guards/policy/label_history.h"
#include "guards/policy/policy_set.h"

namespace mcpgw::guards::policy {

// What the policy decides on. Views and pointers must outlive the call.
struct CallFacts {
  Direction direction = Direction::kRequest;
  std::string_view method = "tools/call";
  std::string_view server;
  std::string_view tool;
  std::string_view principal;
  std::string_view client;
  const boost::json::value* arguments = nullptr;     // the call's arguments (null: none)
  const boost::json::value* result = nullptr;        // the result (response path)
  const boost::json::object* annotations = nullptr;  // the tool's; null: unknown (spec defaults)
  const std::vector<Finding>* findings = nullptr;    // earlier guards' findings
  const LabelHistory* history = nullptr;             // the session's labels; null: empty
};

struct Decision {
  PolicyAction action = PolicyAction::kAllow;
  const Rule* rule = nullptr;  // the deciding rule, or null
  int rule_index = -1;
  const ServerToolList* server_list = nullptr;  // set when a per-server list decided
  bool by_default = false;                      // the default action decided
  std::string_view reason;                      // "" for an allow by default
};

Decision EvaluatePolicy(const PolicySet& set, const CallFacts& facts);

// The effective value of an annotation hint (MCP defaults for absent hints; destructive and
// idempotent are false for read-only tools).
bool HintValue(const boost::json::object* annotations, std::string_view hint);

// Whether one condition holds on `root` (a pointer that does not resolve fails every
// comparison except `exists: false`).
bool ConditionHolds(const Condition& condition, const boost::json::value* root);

// Whether every condition of `match` holds.
bool MatchHolds(const Match& match, const PolicySet& set, const CallFacts& facts);

// The labels the policy gives this call's tool, in label-rule order, without duplicates.
std::vector<std::string> LabelsOf(const PolicySet& set, const CallFacts& facts);

// One line saying which part of the policy decided and why, for logs, client messages and
// `policy test` (no argument values: pointers and the rule's own operands only).
std::string ExplainDecision(const Decision& decision, const CallFacts& facts);

// The text the client sees when the decision rejects (the rule's message, or one built from
// the decision).
std::string RejectMessage(const Decision& decision, const CallFacts& facts);

}  // namespace mcpgw::guards::policy
