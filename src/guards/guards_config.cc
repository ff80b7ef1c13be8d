#include "guards/guards_config.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "config/jsonc_parse.h"

namespace mcpgw::guards {

namespace json = boost::json;

namespace {

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError(std::string(key) + ": " + std::string(what));
}

template <typename T>
using R = Result<T>;

R<bool> Bool(const json::value& v, std::string_view key) {
  if (!v.is_bool()) return KeyError(key, "must be true or false");
  return v.get_bool();
}

R<std::string> String(const json::value& v, std::string_view key) {
  if (!v.is_string()) return KeyError(key, "must be a string");
  return std::string(v.get_string());
}

R<std::vector<std::string>> Strings(const json::value& v, std::string_view key) {
  if (v.is_string()) return std::vector<std::string>{std::string(v.get_string())};
  if (!v.is_array()) return KeyError(key, "must be a string or an array of strings");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.get_array().size(); ++i) {
    const json::value& item = v.get_array()[i];
    if (!item.is_string())
      return KeyError(std::string(key) + "[" + std::to_string(i) + "]", "must be a string");
    out.emplace_back(item.get_string());
  }
  return out;
}

R<std::int64_t> Integer(const json::value& v, std::string_view key, std::int64_t min,
                        std::int64_t max) {
  std::int64_t n = 0;
  if (v.is_int64()) n = v.get_int64();
  else if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(max))
    n = static_cast<std::int64_t>(v.get_uint64());
  else return KeyError(key, "must be an integer");
  if (n < min || n > max)
    return KeyError(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  return n;
}

R<Action> ActionValue(const json::value& v, std::string_view key) {
  Action action;
  if (!v.is_string() || !ParseAction(v.get_string(), action))
    return KeyError(key, "must be one of mask, redact, block, alert, log, annotate");
  return action;
}

R<Mode> ModeValue(const json::value& v, std::string_view key) {
  Mode mode;
  if (!v.is_string() || !ParseMode(v.get_string(), mode))
    return KeyError(key, "must be one of enforce, monitor, off");
  return mode;
}

// "direction": "request" | "response" | "both".
Result<void> ParseDirection(const json::value& v, std::string_view key, bool& requests, bool& responses) {
  if (!v.is_string()) return KeyError(key, "must be \"request\", \"response\" or \"both\"");
  const std::string_view d = v.get_string();
  if (d == "request" || d == "requests") { requests = true; responses = false; }
  else if (d == "response" || d == "responses") { requests = false; responses = true; }
  else if (d == "both") { requests = responses = true; }
  else return KeyError(key, "must be \"request\", \"response\" or \"both\"");
  return {};
}

R<GuardScope::Override> ParseOverride(const json::value& v, std::string_view key) {
  if (!v.is_object()) return KeyError(key, "must be an object");
  GuardScope::Override o;
  for (const auto& m : v.get_object()) {
    const std::string k = std::string(key) + "." + std::string(m.key());
    if (m.key() == "server") { auto s = String(m.value(), k); if (!s) return s.error(); o.server = *s; }
    else if (m.key() == "tool") { auto s = String(m.value(), k); if (!s) return s.error(); o.tool = *s; }
    else if (m.key() == "mode") { auto x = ModeValue(m.value(), k); if (!x) return x.error(); o.mode = *x; }
    else if (m.key() == "enabled") {
      auto b = Bool(m.value(), k); if (!b) return b.error();
      if (!*b) o.mode = Mode::kOff;
    } else if (m.key() == "requests") { auto b = Bool(m.value(), k); if (!b) return b.error(); o.requests = *b; }
    else if (m.key() == "responses") { auto b = Bool(m.value(), k); if (!b) return b.error(); o.responses = *b; }
    else if (m.key() == "direction") {
      bool rq = true, rs = true;
      if (auto r = ParseDirection(m.value(), k, rq, rs); !r) return r.error();
      o.requests = rq; o.responses = rs;
    } else return KeyError(k, "unknown key (known: server, tool, mode, enabled, requests, responses, direction)");
  }
  return o;
}

R<CustomRuleConfig> ParseRule(const json::value& v, std::string_view key, bool reference_format) {
  if (!v.is_object()) return KeyError(key, "must be an object");
  CustomRuleConfig rule;
  for (const auto& m : v.get_object()) {
    const std::string k = std::string(key) + "." + std::string(m.key());
    const std::string_view name = m.key();
    if (name == "id" || name == "name") { auto s = String(m.value(), k); if (!s) return s.error(); rule.id = *s; }
    else if (name == "regex" || name == "pattern") { auto s = String(m.value(), k); if (!s) return s.error(); rule.regex = *s; }
    else if (name == "entity") { auto s = String(m.value(), k); if (!s) return s.error(); rule.entity = *s; }
    else if (name == "replacement") { auto s = String(m.value(), k); if (!s) return s.error(); rule.replacement = *s; }
    else if (name == "severity") { auto s = String(m.value(), k); if (!s) return s.error(); rule.severity = *s; }
    else if (name == "description") { if (!m.value().is_string()) return KeyError(k, "must be a string"); }
    else if (name == "action") {
      // The reference's "redact" replaces the match with a marker; ours removes it. Keep the
      // reference's meaning for its own format.
      if (reference_format && m.value().is_string() && m.value().get_string() == "redact") {
        rule.action = Action::kMask;
        if (rule.replacement.empty()) rule.replacement = "[REDACTED]";
        continue;
      }
      auto a = ActionValue(m.value(), k); if (!a) return a.error(); rule.action = *a;
    } else if (name == "group" || name == "secretGroup") {
      auto n = Integer(m.value(), k, 0, 99); if (!n) return n.error(); rule.group = static_cast<int>(*n);
    } else if (name == "servers") { auto s = Strings(m.value(), k); if (!s) return s.error(); rule.servers = *s; }
    else if (name == "tools") { auto s = Strings(m.value(), k); if (!s) return s.error(); rule.tools = *s; }
    else if (name == "direction") {
      if (auto r = ParseDirection(m.value(), k, rule.requests, rule.responses); !r) return r.error();
    } else {
      return KeyError(k, "unknown key (known: id, regex, entity, replacement, action, severity, "
                         "group, servers, tools, direction, description)");
    }
  }
  if (rule.id.empty()) return KeyError(key, reference_format ? "\"name\" is required" : "\"id\" is required");
  if (rule.regex.empty())
    return KeyError(key, reference_format ? "\"pattern\" is required" : "\"regex\" is required");
  if (rule.entity.empty()) {
    for (char c : rule.id) rule.entity += (c >= 'a' && c <= 'z') ? char(c - 32) : (c == '-' || c == ' ' || c == '.') ? '_' : c;
  }
  return rule;
}

R<VaultOptions> ParseVault(const json::value& v, std::string_view key) {
  VaultOptions vault;
  if (v.is_bool()) { vault.enabled = v.get_bool(); return vault; }
  if (!v.is_object()) return KeyError(key, "must be true, false or an object");
  vault.enabled = true;
  for (const auto& m : v.get_object()) {
    const std::string k = std::string(key) + "." + std::string(m.key());
    if (m.key() == "enabled") { auto b = Bool(m.value(), k); if (!b) return b.error(); vault.enabled = *b; }
    else if (m.key() == "max_entries") { auto n = Integer(m.value(), k, 1, 10'000'000); if (!n) return n.error(); vault.max_entries = static_cast<std::size_t>(*n); }
    else if (m.key() == "allow_servers") { auto s = Strings(m.value(), k); if (!s) return s.error(); vault.allow_servers = *s; }
    else return KeyError(k, "unknown key (known: enabled, max_entries, allow_servers)");
  }
  return vault;
}

Result<void> ParseGuardsObject(const json::object& guards, GuardsConfig& config) {
  for (const auto& m : guards) {
    const std::string k = "guards." + std::string(m.key());
    const std::string_view name = m.key();
    if (name == "mode") { auto x = ModeValue(m.value(), k); if (!x) return x.error(); config.mode = *x; }
    else if (name == "salt") { auto s = String(m.value(), k); if (!s) return s.error(); config.salt = *s; }
    else if (name == "order") { auto s = Strings(m.value(), k); if (!s) return s.error(); config.order = *s; }
    else if (name == "vault") { auto v = ParseVault(m.value(), k); if (!v) return v.error(); config.vault = *v; }
    else if (name == "rules") {
      if (!m.value().is_array()) return KeyError(k, "must be an array of rules");
      for (std::size_t i = 0; i < m.value().get_array().size(); ++i) {
        auto rule = ParseRule(m.value().get_array()[i], k + "[" + std::to_string(i) + "]", false);
        if (!rule) return rule.error();
        config.rules.push_back(std::move(*rule));
      }
    } else {
      if (!m.value().is_object() && !m.value().is_bool())
        return KeyError(k, "must be an object (the guard's settings) or true/false");
      GuardEntryConfig entry;
      if (m.value().is_bool()) {
        entry.enabled = m.value().get_bool();
      } else {
        auto parsed = ParseGuardEntry(m.value().get_object(), k);
        if (!parsed) return parsed.error();
        entry = std::move(*parsed);
      }
      config.guards[std::string(name)] = std::move(entry);
    }
  }
  return {};
}

}  // namespace

Result<GuardEntryConfig> ParseGuardEntry(const json::object& object, std::string_view key) {
  GuardEntryConfig entry;
  for (const auto& m : object) {
    const std::string k = std::string(key) + "." + std::string(m.key());
    const std::string_view name = m.key();
    if (name == "enabled") { auto b = Bool(m.value(), k); if (!b) return b.error(); entry.enabled = *b; }
    else if (name == "mode") { auto x = ModeValue(m.value(), k); if (!x) return x.error(); entry.scope.mode = *x; }
    else if (name == "requests") { auto b = Bool(m.value(), k); if (!b) return b.error(); entry.scope.requests = *b; }
    else if (name == "responses") { auto b = Bool(m.value(), k); if (!b) return b.error(); entry.scope.responses = *b; }
    else if (name == "direction") {
      if (auto r = ParseDirection(m.value(), k, entry.scope.requests, entry.scope.responses); !r) return r.error();
    } else if (name == "overrides") {
      if (!m.value().is_array()) return KeyError(k, "must be an array");
      for (std::size_t i = 0; i < m.value().get_array().size(); ++i) {
        auto o = ParseOverride(m.value().get_array()[i], k + "[" + std::to_string(i) + "]");
        if (!o) return o.error();
        entry.scope.overrides.push_back(std::move(*o));
      }
    } else if (name == "budget_ms") {
      auto n = Integer(m.value(), k, 1, 600'000); if (!n) return n.error();
      entry.budget = std::chrono::milliseconds(*n);
    } else if (name == "fail_open") { auto b = Bool(m.value(), k); if (!b) return b.error(); entry.fail_open = *b; }
    else if (name == "action") {
      auto a = ActionValue(m.value(), k); if (!a) return a.error();
      entry.action = *a; entry.has_action = true;
    } else if (name == "actions") {
      if (!m.value().is_object()) return KeyError(k, "must be an object of entity or type -> action");
      for (const auto& a : m.value().get_object()) {
        auto action = ActionValue(a.value(), k + "." + std::string(a.key()));
        if (!action) return action.error();
        entry.actions[std::string(a.key())] = *action;
      }
    } else {
      entry.settings[name] = m.value();
    }
  }
  return entry;
}

Result<GuardsConfig> ParseGuardsConfig(std::string_view text, std::string_view source) {
  GuardsConfig config;
  config.source = std::string(source);
  boost::system::error_code ec;
  json::value root = config::ParseJsoncValue(text, ec);
  auto fail = [&](const Error& e) { return MakeError(std::string(source) + ": " + e.message); };
  if (ec) return MakeError(std::string(source) + ": not valid JSON: " + ec.message());
  if (!root.is_object()) return MakeError(std::string(source) + ": the top level must be an object");
  for (const auto& m : root.get_object()) {
    const std::string_view name = m.key();
    if (name == "guards") {
      if (!m.value().is_object()) return fail(KeyError("guards", "must be an object"));
      if (auto r = ParseGuardsObject(m.value().get_object(), config); !r) return fail(r.error());
    } else if (name == "scanning") {
      if (!m.value().is_object()) return fail(KeyError("scanning", "must be an object"));
      const json::object& scanning = m.value().get_object();
      bool enabled = true;
      for (const auto& s : scanning) {
        const std::string k = "scanning." + std::string(s.key());
        if (s.key() == "enabled") { auto b = Bool(s.value(), k); if (!b) return fail(b.error()); enabled = *b; }
        else if (s.key() == "rules") {
          if (!s.value().is_array()) return fail(KeyError(k, "must be an array of rules"));
        } else return fail(KeyError(k, "unknown key (known: enabled, rules)"));
      }
      if (const json::value* rules = scanning.if_contains("rules"); rules && enabled) {
        for (std::size_t i = 0; i < rules->get_array().size(); ++i) {
          auto rule = ParseRule(rules->get_array()[i], "scanning.rules[" + std::to_string(i) + "]", true);
          if (!rule) return fail(rule.error());
          config.rules.push_back(std::move(*rule));
        }
      }
    } else if (name == "scanner") {
      // The tool scanner's policy: validated by scanner::ParseScanPolicy at start.
      if (!m.value().is_object()) return fail(KeyError("scanner", "must be an object"));
      config.scanner = m.value().get_object();
    } else if (name == "pinning") {
      // Tool pinning's section, parsed by pins::LoadPinSettings (src/pins/pin_settings.h).
    } else if (name == "logging" || name == "auditing" || name == "mcpGateway" || name == "$schema") {
      // The reference's logging/auditing sections: accepted (the audit issue gives them effect).
      if (!m.value().is_object() && name != "$schema")
        return fail(KeyError(name, "must be an object"));
      if (name == "auditing") config.auditing = m.value().get_object();
    } else {
      return fail(KeyError(
          name, "unknown key (known: guards, scanner, scanning, pinning, logging, auditing)"));
    }
  }
  return config;
}

Result<GuardsConfig> LoadGuardsConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseGuardsConfig(text.str(), path);
}

}  // namespace mcpgw::guards
