#include "guards/policy/policy_parser.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "config/jsonc_parse.h"
#include "guards/policy/match_parser.h"

namespace mcpgw::guards::policy {

namespace json = boost::json;

namespace {

// Readers of the scalar keys; errors carry "KEY: what" (the caller prefixes the file).
Result<std::int64_t> Integer(const json::value& v, std::string_view key, std::int64_t min,
                             std::int64_t max) {
  std::int64_t n = 0;
  if (v.is_int64())
    n = v.get_int64();
  else if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(max))
    n = static_cast<std::int64_t>(v.get_uint64());
  else if (v.is_double() && std::floor(v.get_double()) == v.get_double() &&
           std::fabs(v.get_double()) < 9e15)
    n = static_cast<std::int64_t>(v.get_double());
  else
    return KeyError(key, "must be an integer");
  if (n < min || n > max)
    return KeyError(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  return n;
}

Result<PolicyAction> ActionValue(const json::value& v, std::string_view key) {
  PolicyAction action;
  if (!v.is_string() || !ParsePolicyAction(v.get_string(), action))
    return KeyError(key, "must be one of allow, deny, mask, alert, ask");
  return action;
}

std::string ReasonCode(std::string_view text) {
  return text.starts_with("policy.") ? std::string(text) : "policy." + std::string(text);
}

Result<Rule> ParseRule(const json::value& v, std::string_view key, std::string_view where) {
  if (!v.is_object()) return KeyError(key, "must be an object {id, match, action}");
  Rule rule;
  bool has_action = false;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    if (m.key() == "id") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      rule.id = *s;
    } else if (m.key() == "match") {
      auto match = ParseMatch(m.value(), k);
      if (!match) return match.error();
      rule.match = std::move(*match);
    } else if (m.key() == "action") {
      auto a = ActionValue(m.value(), k);
      if (!a) return a.error();
      rule.action = *a;
      has_action = true;
    } else if (m.key() == "reason") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      if (s->empty()) return KeyError(k, "must not be empty");
      for (char c : *s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-'))
          return KeyError(k, "may contain only letters, digits, '_', '.' and '-'");
      rule.reason = ReasonCode(*s);
    } else if (m.key() == "message") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      rule.message = *s;
    } else if (m.key() == "mask_with") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      rule.mask_with = *s;
    } else if (m.key() == "description") {
      if (!m.value().is_string()) return KeyError(k, "must be a string");
    } else {
      return KeyError(k,
                      "unknown key (known: id, match, action, reason, message, mask_with, "
                      "description)");
    }
  }
  if (!has_action) return KeyError(key, "\"action\" is required (allow, deny, mask, alert, ask)");
  if (rule.id.empty()) rule.id = std::string(key);
  rule.key = where.empty() ? std::string(key) : std::string(where) + ": " + std::string(key);
  if (rule.action == PolicyAction::kAsk && rule.match.responses)
    return KeyError(JoinKey(key, "action"),
                    "ask applies to calls before they run: the match's direction must be "
                    "\"request\"");
  if (rule.action == PolicyAction::kMask && rule.match.arguments.empty() &&
      rule.match.result.empty())
    return KeyError(JoinKey(key, "action"),
                    "mask needs a pointer condition in match.arguments or match.result (the "
                    "value it replaces)");
  if (rule.reason.empty()) {
    switch (rule.action) {
      case PolicyAction::kDeny:
        rule.reason = rule.match.after.empty() ? "policy.denied" : "policy.flow_denied";
        break;
      case PolicyAction::kMask:
        rule.reason = "policy.masked";
        break;
      case PolicyAction::kAlert:
        rule.reason = "policy.alert";
        break;
      case PolicyAction::kAsk:
        rule.reason = "policy.approval";
        break;
      case PolicyAction::kAllow:
        rule.reason = "policy.allowed";
        break;
    }
  }
  return rule;
}

Result<LabelRule> ParseLabel(const json::value& v, std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object {label, tool, server, annotations}");
  LabelRule label;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    if (m.key() == "label") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      if (s->empty()) return KeyError(k, "must not be empty");
      label.label = *s;
    } else if (m.key() == "tool" || m.key() == "tools") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      label.tools = std::move(*g);
    } else if (m.key() == "server" || m.key() == "servers") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      label.servers = std::move(*g);
    } else if (m.key() == "annotations") {
      auto a = ParseAnnotations(m.value(), k);
      if (!a) return a.error();
      label.annotations = std::move(*a);
    } else {
      return KeyError(k, "unknown key (known: label, tool, server, annotations)");
    }
  }
  if (label.label.empty()) return KeyError(key, "\"label\" is required");
  if (label.tools.empty() && label.servers.empty() && label.annotations.empty())
    return KeyError(key, "needs at least one of tool, server, annotations");
  return label;
}

Result<RateLimit> ParseRateLimit(const json::value& v, std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object {id, scope, rate, per, burst}");
  RateLimit limit;
  bool has_rate = false, has_burst = false;
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    if (m.key() == "id") {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      limit.id = *s;
    } else if (m.key() == "scope") {
      const std::string_view s =
          m.value().is_string() ? std::string_view(m.value().get_string()) : std::string_view();
      if (s == "global")
        limit.scope = RateScope::kGlobal;
      else if (s == "server")
        limit.scope = RateScope::kServer;
      else if (s == "tool")
        limit.scope = RateScope::kTool;
      else if (s == "session")
        limit.scope = RateScope::kSession;
      else if (s == "principal")
        limit.scope = RateScope::kPrincipal;
      else
        return KeyError(k, "must be one of global, server, tool, session, principal");
    } else if (m.key() == "server" || m.key() == "servers") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      limit.servers = std::move(*g);
    } else if (m.key() == "tool" || m.key() == "tools") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      limit.tools = std::move(*g);
    } else if (m.key() == "rate") {
      if (!m.value().is_number() || m.value().to_number<double>() <= 0 ||
          m.value().to_number<double>() > 1e9)
        return KeyError(k, "must be a number > 0");
      limit.rate = m.value().to_number<double>();
      has_rate = true;
    } else if (m.key() == "burst") {
      if (!m.value().is_number() || m.value().to_number<double>() < 1 ||
          m.value().to_number<double>() > 1e9)
        return KeyError(k, "must be a number >= 1");
      limit.burst = m.value().to_number<double>();
      has_burst = true;
    } else if (m.key() == "per") {
      const std::string_view s =
          m.value().is_string() ? std::string_view(m.value().get_string()) : std::string_view();
      if (s == "second")
        limit.per = std::chrono::seconds(1);
      else if (s == "minute")
        limit.per = std::chrono::minutes(1);
      else if (s == "hour")
        limit.per = std::chrono::hours(1);
      else if (s == "day")
        limit.per = std::chrono::hours(24);
      else
        return KeyError(k, "must be one of second, minute, hour, day");
    } else if (m.key() == "per_ms") {
      auto n = Integer(m.value(), k, 1, 86'400'000LL * 31);
      if (!n) return n.error();
      limit.per = std::chrono::milliseconds(*n);
    } else {
      return KeyError(k, "unknown key (known: id, scope, server, tool, rate, per, per_ms, burst)");
    }
  }
  if (!has_rate) return KeyError(key, "\"rate\" is required");
  if (!has_burst) limit.burst = std::max(1.0, limit.rate);
  if (limit.id.empty()) limit.id = std::string(key);
  return limit;
}

Result<ServerToolList> ParseServerList(std::string_view server, const json::value& v,
                                       std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object {allow, deny}");
  ServerToolList list;
  list.server = std::string(server);
  for (const auto& m : v.get_object()) {
    const std::string k = JoinKey(key, m.key());
    if (m.key() == "allow" || m.key() == "allow_tools") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      list.allow = std::move(*g);
      if (list.allow.empty()) return KeyError(k, "must name at least one tool glob");
    } else if (m.key() == "deny" || m.key() == "deny_tools") {
      auto g = ReadGlobs(m.value(), k);
      if (!g) return g.error();
      list.deny = std::move(*g);
    } else {
      return KeyError(k, "unknown key (known: allow, deny)");
    }
  }
  return list;
}

// Parses the policy keys of `object` into `out`. `key` is the object's path ("" for a policy
// file); `where` the file (for rule keys); `file` receives the "file" key when allowed.
Result<void> ParseInto(const json::object& object, std::string_view key, std::string_view where,
                       PolicySet& out, std::string* file) {
  for (const auto& m : object) {
    const std::string k = JoinKey(key, m.key());
    const std::string_view name = m.key();
    if (name == "file" && file) {
      auto s = ReadString(m.value(), k);
      if (!s) return s.error();
      *file = *s;
    } else if (name == "default") {
      auto a = ActionValue(m.value(), k);
      if (!a) return a.error();
      if (*a == PolicyAction::kMask) return KeyError(k, "must be one of allow, deny, alert, ask");
      out.default_action = *a;
    } else if (name == "rules") {
      if (!m.value().is_array()) return KeyError(k, "must be an array of rules");
      for (std::size_t i = 0; i < m.value().get_array().size(); ++i) {
        auto rule = ParseRule(m.value().get_array()[i], IndexKey(k, i), where);
        if (!rule) return rule.error();
        out.rules.push_back(std::move(*rule));
      }
    } else if (name == "servers") {
      if (!m.value().is_object())
        return KeyError(k, "must be an object of server -> {allow, deny}");
      for (const auto& s : m.value().get_object()) {
        auto list = ParseServerList(s.key(), s.value(), JoinKey(k, s.key()));
        if (!list) return list.error();
        out.servers.push_back(std::move(*list));
      }
    } else if (name == "labels") {
      if (!m.value().is_array()) return KeyError(k, "must be an array of labels");
      for (std::size_t i = 0; i < m.value().get_array().size(); ++i) {
        auto label = ParseLabel(m.value().get_array()[i], IndexKey(k, i));
        if (!label) return label.error();
        out.labels.push_back(std::move(*label));
      }
    } else if (name == "rate_limits") {
      if (!m.value().is_array()) return KeyError(k, "must be an array of rate limits");
      for (std::size_t i = 0; i < m.value().get_array().size(); ++i) {
        auto limit = ParseRateLimit(m.value().get_array()[i], IndexKey(k, i));
        if (!limit) return limit.error();
        for (const RateLimit& other : out.rate_limits)
          if (other.id == limit->id)
            return KeyError(JoinKey(IndexKey(k, i), "id"), "is used twice");
        out.rate_limits.push_back(std::move(*limit));
      }
    } else if (name == "history_size") {
      auto n = Integer(m.value(), k, 1, 100'000);
      if (!n) return n.error();
      out.history_size = static_cast<std::size_t>(*n);
    } else if (name == "max_rate_keys") {
      auto n = Integer(m.value(), k, 1, 10'000'000);
      if (!n) return n.error();
      out.max_rate_keys = static_cast<std::size_t>(*n);
    } else if (name == "ask") {
      if (!m.value().is_object()) return KeyError(k, "must be an object {timeout_ms, remember}");
      for (const auto& a : m.value().get_object()) {
        const std::string ak = JoinKey(k, a.key());
        if (a.key() == "timeout_ms") {
          auto n = Integer(a.value(), ak, 1, 3'600'000);
          if (!n) return n.error();
          out.ask_timeout = std::chrono::milliseconds(*n);
        } else if (a.key() == "remember") {
          const std::string_view s =
              a.value().is_string() ? std::string_view(a.value().get_string()) : std::string_view();
          if (s == "session")
            out.remember_session = true;
          else if (s == "none" || s == "never")
            out.remember_session = false;
          else
            return KeyError(ak, "must be \"session\" or \"none\"");
        } else {
          return KeyError(ak, "unknown key (known: timeout_ms, remember)");
        }
      }
    } else {
      return KeyError(k, std::string("unknown key (known: ") + (file ? "file, " : "") +
                             "default, rules, servers, labels, rate_limits, history_size, "
                             "max_rate_keys, ask)");
    }
  }
  return {};
}

void Finish(PolicySet& set) {
  set.has_ask = set.default_action == PolicyAction::kAsk;
  for (const Rule& rule : set.rules) {
    if (rule.action == PolicyAction::kAsk) set.has_ask = true;
    if (!rule.match.after.empty()) set.has_flows = true;
  }
  set.has_labels = !set.labels.empty();
}

Result<json::object> ParseFileText(std::string_view text) {
  boost::system::error_code ec;
  json::value root = config::ParseJsoncValue(text, ec);
  if (ec) return MakeError("not valid JSON: " + ec.message());
  if (!root.is_object()) return MakeError("the top level must be an object");
  return std::move(root.get_object());
}

std::string Prefixed(std::string_view source, const Error& e) {
  return source.empty() ? e.message : std::string(source) + ": " + e.message;
}

}  // namespace

std::string_view PolicyActionName(PolicyAction action) {
  switch (action) {
    case PolicyAction::kAllow:
      return "allow";
    case PolicyAction::kDeny:
      return "deny";
    case PolicyAction::kMask:
      return "mask";
    case PolicyAction::kAlert:
      return "alert";
    case PolicyAction::kAsk:
      return "ask";
  }
  return "deny";
}

bool ParsePolicyAction(std::string_view text, PolicyAction& out) {
  if (text == "allow")
    out = PolicyAction::kAllow;
  else if (text == "deny" || text == "block")
    out = PolicyAction::kDeny;
  else if (text == "mask")
    out = PolicyAction::kMask;
  else if (text == "alert" || text == "warn")
    out = PolicyAction::kAlert;
  else if (text == "ask")
    out = PolicyAction::kAsk;
  else
    return false;
  return true;
}

std::string_view RateScopeName(RateScope scope) {
  switch (scope) {
    case RateScope::kGlobal:
      return "global";
    case RateScope::kServer:
      return "server";
    case RateScope::kTool:
      return "tool";
    case RateScope::kSession:
      return "session";
    case RateScope::kPrincipal:
      return "principal";
  }
  return "global";
}

Result<std::shared_ptr<const PolicySet>> ParsePolicySettings(const json::object& settings,
                                                             std::string_view source,
                                                             std::string_view key,
                                                             const std::string& home) {
  auto set = std::make_shared<PolicySet>();
  set->source = std::string(source);
  std::string file;
  if (auto r = ParseInto(settings, key, source, *set, &file); !r)
    return MakeError(Prefixed(source, r.error()));
  if (!file.empty()) {
    std::string path = file;
    if (!home.empty() && (path == "~" || path.starts_with("~/")))
      path = home + path.substr(1);
    else if (path[0] != '/' && !source.empty()) {
      const std::string s(source);
      const auto slash = s.rfind('/');
      if (slash != std::string::npos) path = s.substr(0, slash + 1) + path;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return MakeError(Prefixed(
          source,
          KeyError(JoinKey(key, "file"), "cannot read " + path + ": " + std::strerror(errno))));
    std::ostringstream text;
    text << in.rdbuf();
    auto object = ParseFileText(text.str());
    if (!object) return MakeError(path + ": " + object.error().message);
    if (auto r = ParseInto(*object, "", path, *set, nullptr); !r)
      return MakeError(path + ": " + r.error().message);
    set->source = path;
  }
  Finish(*set);
  return std::shared_ptr<const PolicySet>(std::move(set));
}

Result<std::shared_ptr<const PolicySet>> ParsePolicyText(std::string_view text,
                                                         std::string_view source) {
  auto object = ParseFileText(text);
  if (!object) return MakeError(Prefixed(source, object.error()));
  auto set = std::make_shared<PolicySet>();
  set->source = std::string(source);
  if (auto r = ParseInto(*object, "", source, *set, nullptr); !r)
    return MakeError(Prefixed(source, r.error()));
  Finish(*set);
  return std::shared_ptr<const PolicySet>(std::move(set));
}

}  // namespace mcpgw::guards::policy