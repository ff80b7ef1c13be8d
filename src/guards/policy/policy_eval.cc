#include "guards/policy/policy_eval.h"

#include <boost/json/serialize.hpp>
#include <cmath>
#include <cstdint>

namespace mcpgw::guards::policy {

namespace json = boost::json;

namespace {

bool AnyGlob(const std::vector<std::string>& globs, std::string_view subject) {
  for (const std::string& glob : globs)
    if (GlobMatch(glob, subject)) return true;
  return false;
}

bool SameJson(const json::value& a, const json::value& b) {
  if (a.is_number() && b.is_number()) return a.to_number<double>() == b.to_number<double>();
  return a == b;
}

bool AnnotationsHold(const std::vector<AnnotationTest>& tests, const json::object* annotations) {
  for (const AnnotationTest& test : tests)
    if (HintValue(annotations, test.hint) != test.value) return false;
  return true;
}

bool LabelRuleApplies(const LabelRule& label, const CallFacts& facts) {
  if (!label.servers.empty() && !AnyGlob(label.servers, facts.server)) return false;
  if (!label.tools.empty() && !AnyGlob(label.tools, facts.tool)) return false;
  return AnnotationsHold(label.annotations, facts.annotations);
}

// Which label rules apply to the call, computed once per evaluation (bit i: labels[i]; rules
// past the 64th are evaluated each time).
struct LabelCache {
  bool computed = false;
  std::uint64_t bits = 0;
};

bool CallHasLabel(const PolicySet& set, const CallFacts& facts, const std::string& glob,
                  LabelCache& cache) {
  if (!cache.computed) {
    cache.computed = true;
    for (std::size_t i = 0; i < set.labels.size() && i < 64; ++i)
      if (LabelRuleApplies(set.labels[i], facts)) cache.bits |= std::uint64_t{1} << i;
  }
  for (std::size_t i = 0; i < set.labels.size(); ++i) {
    const bool applies =
        i < 64 ? (cache.bits >> i & 1) != 0 : LabelRuleApplies(set.labels[i], facts);
    if (applies && GlobMatch(glob, set.labels[i].label)) return true;
  }
  return false;
}

bool MatchHoldsCached(const Match& m, const PolicySet& set, const CallFacts& f, LabelCache& cache);

std::string Quoted(const std::vector<std::string>& globs) {
  std::string out;
  for (const std::string& g : globs) out += (out.empty() ? "'" : " or '") + g + "'";
  return out;
}

void Describe(const Condition& c, std::string_view where, std::string& out) {
  out += std::string(where) + (c.pointer.empty() ? "" : c.pointer) + " " +
         std::string(CompareOpName(c.op));
  switch (c.op) {
    case CompareOp::kExists:
      out += c.exists ? "" : " false";
      break;
    case CompareOp::kRegex:
      out += " /" + c.re->pattern() + "/";
      break;
    case CompareOp::kLt:
    case CompareOp::kLe:
    case CompareOp::kGt:
    case CompareOp::kGe:
      out += " " + (std::floor(c.number) == c.number && std::fabs(c.number) < 1e15
                        ? std::to_string(static_cast<long long>(c.number))
                        : json::serialize(json::value(c.number)));
      break;
    default:
      out += " " + json::serialize(c.value);
      break;
  }
}

std::string DescribeMatch(const Match& m, const CallFacts& facts) {
  std::vector<std::string> parts;
  if (!m.servers.empty())
    parts.push_back("server '" + std::string(facts.server) + "' matches " + Quoted(m.servers));
  if (!m.tools.empty())
    parts.push_back("tool '" + std::string(facts.tool) + "' matches " + Quoted(m.tools));
  if (!m.methods.empty()) parts.push_back("method matches " + Quoted(m.methods));
  if (!m.principals.empty()) parts.push_back("principal matches " + Quoted(m.principals));
  if (!m.clients.empty()) parts.push_back("client matches " + Quoted(m.clients));
  for (const AnnotationTest& a : m.annotations)
    parts.push_back(a.hint + (a.value ? " is true" : " is false"));
  if (!m.findings.empty()) parts.push_back("an earlier finding matches " + Quoted(m.findings));
  if (!m.labels.empty()) parts.push_back("the tool is labelled " + Quoted(m.labels));
  if (!m.after.empty())
    parts.push_back("the session earlier saw a result labelled " + Quoted(m.after));
  for (const Condition& c : m.arguments) {
    std::string d;
    Describe(c, "arguments", d);
    parts.push_back(std::move(d));
  }
  for (const Condition& c : m.result) {
    std::string d;
    Describe(c, "result", d);
    parts.push_back(std::move(d));
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out.empty() ? "it has no conditions" : out;
}

}  // namespace

bool HintValue(const json::object* annotations, std::string_view hint) {
  auto get = [&](std::string_view name, bool fallback) {
    if (!annotations) return fallback;
    const json::value* v = annotations->if_contains(name);
    return v && v->is_bool() ? v->get_bool() : fallback;
  };
  const bool read_only = get("readOnlyHint", false);
  if (hint == "readOnlyHint") return read_only;
  if (hint == "destructiveHint") return !read_only && get("destructiveHint", true);
  if (hint == "idempotentHint") return get("idempotentHint", false);
  if (hint == "openWorldHint") return get("openWorldHint", true);
  return false;
}

bool ConditionHolds(const Condition& c, const json::value* root) {
  const json::value* v = nullptr;
  if (root) {
    boost::system::error_code ec;
    v = root->find_pointer(c.pointer, ec);
  }
  if (c.op == CompareOp::kExists) return (v != nullptr) == c.exists;
  if (!v) return false;
  switch (c.op) {
    case CompareOp::kEq:
      return SameJson(*v, c.value);
    case CompareOp::kNe:
      return !SameJson(*v, c.value);
    case CompareOp::kContains:
      if (v->is_string() && c.value.is_string())
        return std::string_view(v->get_string()).find(c.value.get_string()) !=
               std::string_view::npos;
      if (v->is_array()) {
        for (const json::value& item : v->get_array())
          if (SameJson(item, c.value)) return true;
      }
      return false;
    case CompareOp::kPrefix:
      return v->is_string() && std::string_view(v->get_string()).starts_with(c.value.get_string());
    case CompareOp::kSuffix:
      return v->is_string() && std::string_view(v->get_string()).ends_with(c.value.get_string());
    case CompareOp::kRegex: {
      if (!v->is_string()) return false;
      const std::string_view s = v->get_string();
      return re2::RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *c.re);
    }
    case CompareOp::kLt:
      return v->is_number() && v->to_number<double>() < c.number;
    case CompareOp::kLe:
      return v->is_number() && v->to_number<double>() <= c.number;
    case CompareOp::kGt:
      return v->is_number() && v->to_number<double>() > c.number;
    case CompareOp::kGe:
      return v->is_number() && v->to_number<double>() >= c.number;
    case CompareOp::kExists:
      break;
  }
  return false;
}

bool MatchHolds(const Match& m, const PolicySet& set, const CallFacts& f) {
  LabelCache cache;
  return MatchHoldsCached(m, set, f, cache);
}

namespace {

bool MatchHoldsCached(const Match& m, const PolicySet& set, const CallFacts& f, LabelCache& cache) {
  if (f.direction == Direction::kRequest ? !m.requests : !m.responses) return false;
  if (m.methods.empty() ? f.method != "tools/call" : !AnyGlob(m.methods, f.method)) return false;
  if (!m.servers.empty() && !AnyGlob(m.servers, f.server)) return false;
  if (!m.tools.empty() && !AnyGlob(m.tools, f.tool)) return false;
  if (!m.principals.empty() && !AnyGlob(m.principals, f.principal)) return false;
  if (!m.clients.empty() && !AnyGlob(m.clients, f.client)) return false;
  if (!AnnotationsHold(m.annotations, f.annotations)) return false;
  if (!m.findings.empty()) {
    bool any = false;
    if (f.findings)
      for (const Finding& finding : *f.findings)
        if (AnyGlob(m.findings, finding.type)) {
          any = true;
          break;
        }
    if (!any) return false;
  }
  if (!m.labels.empty()) {
    bool any = false;
    for (const std::string& glob : m.labels)
      if (CallHasLabel(set, f, glob, cache)) {
        any = true;
        break;
      }
    if (!any) return false;
  }
  if (!m.after.empty()) {
    bool any = false;
    if (f.history)
      for (const std::string& glob : m.after)
        if (f.history->Contains(glob)) {
          any = true;
          break;
        }
    if (!any) return false;
  }
  for (const Condition& c : m.arguments)
    if (!ConditionHolds(c, f.arguments)) return false;
  for (const Condition& c : m.result)
    if (!ConditionHolds(c, f.result)) return false;
  return true;
}

}  // namespace

Decision EvaluatePolicy(const PolicySet& set, const CallFacts& facts) {
  Decision d;
  const bool call_request = facts.direction == Direction::kRequest && facts.method == "tools/call";
  if (call_request) {
    for (const ServerToolList& list : set.servers) {
      if (!GlobMatch(list.server, facts.server)) continue;
      if (AnyGlob(list.deny, facts.tool) ||
          (!list.allow.empty() && !AnyGlob(list.allow, facts.tool))) {
        d.action = PolicyAction::kDeny;
        d.server_list = &list;
        d.reason = "policy.tool_denied";
        return d;
      }
    }
  }
  LabelCache cache;
  for (std::size_t i = 0; i < set.rules.size(); ++i) {
    const Rule& rule = set.rules[i];
    if (!MatchHoldsCached(rule.match, set, facts, cache)) continue;
    d.action = rule.action;
    d.rule = &rule;
    d.rule_index = static_cast<int>(i);
    d.reason = rule.reason;
    return d;
  }
  if (call_request) {
    d.action = set.default_action;
    d.by_default = true;
    switch (set.default_action) {
      case PolicyAction::kDeny:
        d.reason = "policy.denied";
        break;
      case PolicyAction::kAsk:
        d.reason = "policy.approval";
        break;
      case PolicyAction::kAlert:
        d.reason = "policy.alert";
        break;
      default:
        break;
    }
  }
  return d;
}

std::vector<std::string> LabelsOf(const PolicySet& set, const CallFacts& facts) {
  std::vector<std::string> out;
  for (const LabelRule& label : set.labels) {
    if (!LabelRuleApplies(label, facts)) continue;
    bool seen = false;
    for (const std::string& l : out) seen = seen || l == label.label;
    if (!seen) out.push_back(label.label);
  }
  return out;
}

std::string ExplainDecision(const Decision& d, const CallFacts& facts) {
  if (d.server_list) {
    const ServerToolList& list = *d.server_list;
    const bool denied = AnyGlob(list.deny, facts.tool);
    return "the tool list of server '" + list.server + "': tool '" + std::string(facts.tool) +
           (denied ? "' matches its deny list " + Quoted(list.deny)
                   : "' is not in its allow list " + Quoted(list.allow));
  }
  if (d.rule) {
    return "rule '" + d.rule->id + "' (" + d.rule->key + ", action " +
           std::string(PolicyActionName(d.rule->action)) +
           ") matched: " + DescribeMatch(d.rule->match, facts);
  }
  if (d.by_default)
    return "no rule matched; the default action is " + std::string(PolicyActionName(d.action));
  return "no rule matched; the policy's default applies to tools/call requests only, so this "
         "message passes";
}

std::string RejectMessage(const Decision& d, const CallFacts& facts) {
  if (d.rule && !d.rule->message.empty()) return d.rule->message;
  const std::string call = "call to tool '" + std::string(facts.tool) + "' of server '" +
                           std::string(facts.server) + "'";
  if (d.server_list)
    return "the " + call + " is blocked by the gateway's policy (server tool list)";
  if (d.rule)
    return "the " + call + " is blocked by the gateway's policy (rule '" + d.rule->id + "')";
  return "the " + call + " is blocked by the gateway's policy (no rule allows it)";
}

}  // namespace mcpgw::guards::policy
