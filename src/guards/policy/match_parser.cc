#include "guards/policy/match_parser.h"

#include <re2/re2.h>

#include <utility>

namespace mcpgw::guards::policy {

namespace json = boost::json;

namespace {

bool IsHint(std::string_view name) {
  return name == "readOnlyHint" || name == "destructiveHint" || name == "idempotentHint" ||
         name == "openWorldHint";
}

bool ParseOp(std::string_view text, CompareOp& op) {
  static constexpr std::pair<std::string_view, CompareOp> kOps[] = {
      {"eq", CompareOp::kEq},
      {"ne", CompareOp::kNe},
      {"contains", CompareOp::kContains},
      {"prefix", CompareOp::kPrefix},
      {"suffix", CompareOp::kSuffix},
      {"regex", CompareOp::kRegex},
      {"lt", CompareOp::kLt},
      {"le", CompareOp::kLe},
      {"gt", CompareOp::kGt},
      {"ge", CompareOp::kGe},
      {"exists", CompareOp::kExists}};
  for (const auto& [name, value] : kOps)
    if (text == name) {
      op = value;
      return true;
    }
  return false;
}

// {"pointer": "/path", "op": "prefix", "value": "/etc"}; the op's name may also be the key:
// {"pointer": "/path", "prefix": "/etc"}.
Result<Condition> ParseCondition(const json::value& v, std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object {pointer, op, value}");
  Condition c;
  bool has_pointer = false, has_op = false, has_value = false;
  const json::value* operand = nullptr;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    CompareOp shorthand;
    if (m.key() == "pointer") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      if (!s->empty() && (*s)[0] != '/') return KeyError(k, "must be a JSON pointer (\"/a/0/b\")");
      c.pointer = *s;
      has_pointer = true;
    } else if (m.key() == "op") {
      if (has_op) return KeyError(k, "the comparison is given twice");
      if (!m.value().is_string() || !ParseOp(m.value().get_string(), c.op))
        return KeyError(k,
                        "must be one of eq, ne, contains, prefix, suffix, regex, lt, le, gt, "
                        "ge, exists");
      has_op = true;
    } else if (m.key() == "value") {
      operand = &m.value();
      has_value = true;
    } else if (ParseOp(m.key(), shorthand)) {
      if (has_op) return KeyError(k, "the comparison is given twice");
      c.op = shorthand;
      has_op = true;
      operand = &m.value();
      has_value = true;
    } else {
      return KeyError(k,
                      "unknown key (known: pointer, op, value, or an op as the key: eq, ne, "
                      "contains, prefix, suffix, regex, lt, le, gt, ge, exists)");
    }
  }
  if (!has_pointer) return KeyError(key, "\"pointer\" is required");
  if (!has_op) return KeyError(key, "\"op\" is required");
  const std::string vkey = JoinKey(key, "value");
  switch (c.op) {
    case CompareOp::kExists:
      if (has_value) {
        if (!operand->is_bool()) return KeyError(vkey, "must be true or false for exists");
        c.exists = operand->get_bool();
      }
      break;
    case CompareOp::kEq:
    case CompareOp::kNe:
      if (!has_value) return KeyError(vkey, "is required for " + std::string(CompareOpName(c.op)));
      c.value = *operand;
      break;
    case CompareOp::kContains:
      if (!has_value) return KeyError(vkey, "is required for contains");
      c.value = *operand;
      break;
    case CompareOp::kPrefix:
    case CompareOp::kSuffix:
      if (!has_value || !operand->is_string())
        return KeyError(vkey, "must be a string for " + std::string(CompareOpName(c.op)));
      c.value = *operand;
      break;
    case CompareOp::kRegex: {
      if (!has_value || !operand->is_string()) return KeyError(vkey, "must be a string (RE2)");
      RE2::Options options;
      options.set_log_errors(false);
      auto re = std::make_shared<const re2::RE2>(std::string(operand->get_string()), options);
      if (!re->ok()) return KeyError(vkey, "invalid RE2 pattern: " + re->error());
      c.re = std::move(re);
      break;
    }
    case CompareOp::kLt:
    case CompareOp::kLe:
    case CompareOp::kGt:
    case CompareOp::kGe:
      if (!has_value || !operand->is_number())
        return KeyError(vkey, "must be a number for " + std::string(CompareOpName(c.op)));
      c.number = operand->to_number<double>();
      break;
  }
  return c;
}

Result<std::vector<Condition>> Conditions(const json::value& v, std::string_view key) {
  std::vector<Condition> out;
  if (v.is_object()) {  // one condition
    auto c = ParseCondition(v, key);
    if (!c) return c.error();
    out.push_back(std::move(*c));
    return out;
  }
  if (!v.is_array()) return KeyError(key, "must be a condition object or an array of them");
  for (std::size_t i = 0; i < v.get_array().size(); ++i) {
    auto c = ParseCondition(v.get_array()[i], IndexKey(key, i));
    if (!c) return c.error();
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError(std::string(key) + ": " + std::string(what));
}

std::string JoinKey(std::string_view key, std::string_view member) {
  if (key.empty()) return std::string(member);
  return std::string(key) + "." + std::string(member);
}

std::string IndexKey(std::string_view key, std::size_t i) {
  return std::string(key) + "[" + std::to_string(i) + "]";
}

Result<std::string> ReadString(const json::value& v, std::string_view key) {
  if (!v.is_string()) return KeyError(key, "must be a string");
  return std::string(v.get_string());
}

Result<std::vector<std::string>> ReadGlobs(const json::value& v, std::string_view key) {
  if (v.is_string()) return std::vector<std::string>{std::string(v.get_string())};
  if (!v.is_array()) return KeyError(key, "must be a string or an array of strings");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.get_array().size(); ++i) {
    const json::value& item = v.get_array()[i];
    if (!item.is_string()) return KeyError(IndexKey(key, i), "must be a string");
    out.emplace_back(item.get_string());
  }
  return out;
}

Result<std::vector<AnnotationTest>> ParseAnnotations(const json::value& v, std::string_view key) {
  if (!v.is_object())
    return KeyError(key,
                    "must be an object of hint -> true/false (readOnlyHint, "
                    "destructiveHint, idempotentHint, openWorldHint)");
  std::vector<AnnotationTest> out;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    if (!IsHint(m.key()))
      return KeyError(k,
                      "unknown hint (known: readOnlyHint, destructiveHint, idempotentHint, "
                      "openWorldHint)");
    if (!m.value().is_bool()) return KeyError(k, "must be true or false");
    out.push_back({std::string(m.key()), m.value().get_bool()});
  }
  return out;
}
Result<Match> ParseMatch(const json::value& v, std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object");
  Match match;
  bool direction_set = false;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    const std::string_view name = m.key();
    auto globs = [&](std::vector<std::string>& out) -> Result<void> {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      out = std::move(*g);
      return {};
    };
    Result<void> r;
    if (name == "server" || name == "servers")
      r = globs(match.servers);
    else if (name == "tool" || name == "tools")
      r = globs(match.tools);
    else if (name == "method" || name == "methods")
      r = globs(match.methods);
    else if (name == "principal" || name == "principals")
      r = globs(match.principals);
    else if (name == "client" || name == "clients")
      r = globs(match.clients);
    else if (name == "findings" || name == "finding")
      r = globs(match.findings);
    else if (name == "labels" || name == "label")
      r = globs(match.labels);
    else if (name == "after")
      r = globs(match.after);
    else if (name == "direction") {
      const std::string_view d =
          m.value().is_string() ? std::string_view(m.value().get_string()) : std::string_view();
      if (d == "request") {
        match.requests = true;
        match.responses = false;
      } else if (d == "response") {
        match.requests = false;
        match.responses = true;
      } else if (d == "both") {
        match.requests = match.responses = true;
      } else
        return KeyError(k, "must be \"request\", \"response\" or \"both\"");
      direction_set = true;
    } else if (name == "arguments") {
      auto c = Conditions(m.value(), k);
      if (!c) return c.error();
      match.arguments = std::move(*c);
    } else if (name == "result") {
      auto c = Conditions(m.value(), k);
      if (!c) return c.error();
      match.result = std::move(*c);
    } else if (name == "annotations") {
      auto a = ParseAnnotations(m.value(), k);
      if (!a) return a.error();
      match.annotations = std::move(*a);
    } else {
      return KeyError(k,
                      "unknown key (known: server, tool, method, direction, principal, client, "
                      "arguments, result, annotations, findings, labels, after)");
    }
    if (!r) return r.error();
  }
  if (!direction_set && !match.result.empty()) {
    match.requests = false;
    match.responses = true;
  }
  if (!match.result.empty() && !match.responses)
    return KeyError(JoinKey(key, "result"),
                    "tests a result, so the direction must be \"response\"");
  if (!match.arguments.empty() && !match.requests)
    return KeyError(JoinKey(key, "arguments"),
                    "tests arguments, so the direction must be \"request\" (or \"both\")");
  return match;
}

std::string_view CompareOpName(CompareOp op) {
  switch (op) {
    case CompareOp::kEq:
      return "eq";
    case CompareOp::kNe:
      return "ne";
    case CompareOp::kContains:
      return "contains";
    case CompareOp::kPrefix:
      return "prefix";
    case CompareOp::kSuffix:
      return "suffix";
    case CompareOp::kRegex:
      return "regex";
    case CompareOp::kLt:
      return "lt";
    case CompareOp::kLe:
      return "le";
    case CompareOp::kGt:
      return "gt";
    case CompareOp::kGe:
      return "ge";
    case CompareOp::kExists:
      return "exists";
  }
  return "eq";
}

}  // namespace mcpgw::guards::policy
