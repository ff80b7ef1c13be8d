#include "guards/plugin_catalog.h"

#include "guards/detector_guard.h"
#include "guards/harmful/harmful_config.h"
#include "guards/injection/injection_config.h"
#include "guards/pii/operators.h"
#include "guards/pii/pii_detector.h"
#include "guards/policy/policy_guard.h"
#include "guards/remote/remote_factory.h"
#include "guards/rules/rule_detector.h"
#include "guards/secrets/secret_detector.h"
#include "guards/tool_deny/tool_deny_guard.h"
#include "guards/value_hash.h"
#include "guards/vault.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace mcpgw::guards {

namespace json = boost::json;

const std::vector<PluginInfo>& KnownPlugins() {
  static const std::vector<PluginInfo> plugins = {
      {"basic", PluginKind::kGuardrail, true, "secret and token masking"},
      {"presidio", PluginKind::kGuardrail, true, "PII detection and anonymization"},
      {"lasso", PluginKind::kGuardrail, true,
       "the Lasso cloud guardrail (needs LASSO_API_KEY); for local detection use -p injection "
       "and -p harmful"},
      {"llm_judge", PluginKind::kGuardrail, true,
       "natural-language policies judged by an OpenAI-compatible endpoint (guards.llm_judge)"},
      {"webhook", PluginKind::kGuardrail, true,
       "the organization's own HTTP service decides allow/block/modify (guards.webhook)"},
      {"secrets", PluginKind::kGuardrail, true, "secret and token masking (= basic)"},
      {"pii", PluginKind::kGuardrail, true, "PII detection and anonymization (= presidio)"},
      {"injection", PluginKind::kGuardrail, true,
       "prompt-injection detection, local (annotates flagged spans in responses)"},
      {"harmful", PluginKind::kGuardrail, true,
       "harmful-content detection, local (violence, self-harm, hate, minors, weapons, malware)"},
      {"policy", PluginKind::kGuardrail, true,
       "custom policies: rules, toxic flows, rate limits, human approval (docs/policy.md)"},
      {"xetrack", PluginKind::kTracing, true, "tool-call traces (SQLite and daily logs)"},
      {"audit", PluginKind::kTracing, true,
       "tamper-evident audit store of every call (SQLite; = --audit-db at the default path)"},
  };
  return plugins;
}

const PluginInfo* FindPlugin(std::string_view name) {
  for (const PluginInfo& plugin : KnownPlugins())
    if (name == plugin.name) return &plugin;
  return nullptr;
}

std::string_view CanonicalGuardName(std::string_view name) {
  if (name == "secrets") return "basic";
  if (name == "pii") return "presidio";
  return name;
}

namespace {

Error KeyError(const std::string& key, std::string_view what) {
  return MakeError(key + ": " + std::string(what));
}

Result<std::vector<std::string>> StringList(const json::value& v, const std::string& key) {
  std::vector<std::string> out;
  if (v.is_string()) {
    out.emplace_back(v.get_string());
    return out;
  }
  if (!v.is_array()) return KeyError(key, "must be a string or an array of strings");
  for (const json::value& item : v.get_array()) {
    if (!item.is_string()) return KeyError(key, "must contain only strings");
    out.emplace_back(item.get_string());
  }
  return out;
}

// "allow": {"values": [...], "patterns": [...]}
Result<void> ParseAllow(const json::value& v, const std::string& key,
                        std::vector<std::string>& values, std::vector<std::string>& patterns) {
  if (!v.is_object()) return KeyError(key, "must be an object with values and/or patterns");
  for (const auto& m : v.get_object()) {
    const std::string k = key + "." + std::string(m.key());
    auto list = StringList(m.value(), k);
    if (!list) return list.error();
    if (m.key() == "values") values = std::move(*list);
    else if (m.key() == "patterns") patterns = std::move(*list);
    else return KeyError(k, "unknown key (known: values, patterns)");
  }
  return {};
}

std::string ExpandHome(const std::string& path, const std::string& home) {
  if (!home.empty() && (path == "~" || path.starts_with("~/"))) return home + path.substr(1);
  return path;
}

Result<std::shared_ptr<const Detector>> BuildSecrets(const json::object& settings,
                                                     const GuardSettings& gs) {
  secrets::SecretOptions options;
  for (const auto& m : settings) {
    const std::string k = "guards.basic." + std::string(m.key());
    if (m.key() == "builtin") {
      if (!m.value().is_bool()) return KeyError(k, "must be true or false");
      options.builtin = m.value().get_bool();
    } else if (m.key() == "gitleaks") {
      auto files = StringList(m.value(), k);
      if (!files) return files.error();
      for (auto& f : *files) options.gitleaks_files.push_back(ExpandHome(f, gs.home));
    } else if (m.key() == "allow") {
      if (auto r = ParseAllow(m.value(), k, options.allow_values, options.allow_regexes); !r)
        return r.error();
    } else if (m.key() == "require_valid_checksums") {
      if (!m.value().is_bool()) return KeyError(k, "must be true or false");
      options.require_valid_checksums = m.value().get_bool();
    } else {
      return KeyError(k, "unknown key (known: builtin, gitleaks, allow, require_valid_checksums, "
                         "enabled, mode, direction, requests, responses, overrides, action, "
                         "actions, budget_ms, fail_open)");
    }
  }
  std::vector<std::string> warnings;
  auto detector = secrets::CreateSecretDetector(options, &warnings);
  for (const std::string& w : warnings) spdlog::warn("guard name=basic {}", w);
  if (!detector) return MakeError("guards.basic: " + detector.error().message);
  return *detector;
}

struct PiiBuild {
  std::shared_ptr<const Detector> detector;
  std::shared_ptr<const pii::OperatorMap> operators;
};

Result<PiiBuild> BuildPii(const json::object& settings) {
  pii::PiiOptions options;
  PiiBuild build;
  for (const auto& m : settings) {
    const std::string k = "guards.presidio." + std::string(m.key());
    if (m.key() == "entities") {
      auto list = StringList(m.value(), k);
      if (!list) return list.error();
      options.entities = std::move(*list);
    } else if (m.key() == "score_threshold") {
      if (!m.value().is_number()) return KeyError(k, "must be a number in [0, 1]");
      options.score_threshold = m.value().to_number<double>();
    } else if (m.key() == "regions" || m.key() == "phone_regions") {
      auto list = StringList(m.value(), k);
      if (!list) return list.error();
      options.phone_regions = std::move(*list);
    } else if (m.key() == "allow") {
      if (auto r = ParseAllow(m.value(), k, options.allow_values, options.allow_regexes); !r)
        return r.error();
    } else if (m.key() == "operators") {
      if (!m.value().is_object()) return KeyError(k, "must be an object of entity -> operator");
      auto map = pii::ParseOperatorMap(json::serialize(m.value()));
      if (!map) return KeyError(k, map.error().message);
      build.operators = std::make_shared<const pii::OperatorMap>(std::move(*map));
    } else {
      return KeyError(k, "unknown key (known: entities, score_threshold, regions, allow, "
                         "operators, enabled, mode, direction, requests, responses, overrides, "
                         "action, actions, budget_ms, fail_open)");
    }
  }
  auto detector = pii::CreatePiiDetector(options);
  if (!detector) return MakeError("guards.presidio: " + detector.error().message);
  build.detector = *detector;
  return build;
}

void ApplyCommon(const GuardEntryConfig& entry, ChainEntry& chain_entry,
                 DetectorGuardOptions& options) {
  chain_entry.scope = entry.scope;
  chain_entry.budget = entry.budget;
  chain_entry.fail_open = entry.fail_open;
  if (entry.has_action) options.default_action = entry.action;
  for (const auto& [key, action] : entry.actions) options.actions[key] = action;
}

}  // namespace

Result<std::shared_ptr<const GuardChain>> BuildGuardChain(const std::vector<std::string>& names,
                                                          const GuardSettings& settings) {
  std::vector<ChainEntry> entries;
  if (!settings.deny_tools.empty()) {
    ChainEntry entry;
    entry.guard = std::make_unique<ToolDenyGuard>(settings.deny_tools);
    entries.push_back(std::move(entry));
  }
  static const GuardsConfig kNoConfig;
  const GuardsConfig& config = settings.config ? *settings.config : kNoConfig;
  SetValueHashSalt(config.salt);

  // Which guards, in which order.
  std::vector<std::string> order;
  auto add = [&](std::string_view name) -> Result<void> {
    const PluginInfo* plugin = FindPlugin(name);
    if (!plugin) {
      std::string known;
      for (const PluginInfo& p : KnownPlugins())
        known += (known.empty() ? "" : ", ") + std::string(p.name);
      return MakeError("unknown plugin '" + std::string(name) + "' (known: " + known + ")");
    }
    if (name == "lasso") {
      const char* key = std::getenv("LASSO_API_KEY");
      if (key == nullptr || *key == '\0')
        return MakeError("plugin 'lasso' (the Lasso cloud guardrail) needs LASSO_API_KEY, which "
                         "is not set; refusing to start without the protection asked for. For "
                         "local detection without a cloud account use -p injection and -p harmful");
    }
    if (!plugin->available) {
      return MakeError("plugin '" + std::string(name) + "' (" + plugin->description +
                       ") is not yet available in this build; refusing to start without it");
    }
    if (plugin->kind == PluginKind::kTracing) return {};  // a record sink, not a guard
    const std::string canonical(CanonicalGuardName(name));
    auto it = config.guards.find(canonical);
    if (it == config.guards.end() && canonical != name) it = config.guards.find(std::string(name));
    if (it != config.guards.end() && !it->second.enabled) return {};
    if (std::find(order.begin(), order.end(), canonical) == order.end()) order.push_back(canonical);
    return {};
  };
  for (const std::string& name : config.order)
    if (auto r = add(name); !r) return MakeError(config.source + ": guards.order: " + r.error().message);
  for (const std::string& name : names)
    if (auto r = add(name); !r) return r.error();
  for (const auto& [name, entry] : config.guards)
    if (entry.enabled)
      if (auto r = add(name); !r) return MakeError(config.source + ": guards." + name + ": " + r.error().message);

  auto vault = std::make_shared<const VaultOptions>(config.vault);
  auto fail = [&](const Error& e) {
    return MakeError(config.source.empty() ? e.message : config.source + ": " + e.message);
  };
  for (const std::string& name : order) {
    static const GuardEntryConfig kDefaults;
    auto it = config.guards.find(name);
    if (it == config.guards.end() && name == "basic") it = config.guards.find("secrets");
    if (it == config.guards.end() && name == "presidio") it = config.guards.find("pii");
    const GuardEntryConfig& entry = it == config.guards.end() ? kDefaults : it->second;
    ChainEntry chain_entry;
    DetectorGuardOptions options;
    if (config.vault.enabled) options.vault = vault;
    ApplyCommon(entry, chain_entry, options);
    if (name == "basic") {
      auto detector = BuildSecrets(entry.settings, settings);
      if (!detector) return fail(detector.error());
      chain_entry.guard = std::make_unique<DetectorGuard>("basic", *detector, std::move(options));
    } else if (name == "presidio") {
      auto build = BuildPii(entry.settings);
      if (!build) return fail(build.error());
      if (build->operators) {
        options.replacer = [ops = build->operators](const Detection& d, std::string_view value,
                                                    const GuardContext& context) {
          pii::PseudonymState* state =
              context.session ? &context.session->store->Get<pii::PseudonymState>() : nullptr;
          pii::PseudonymState scratch;
          auto text = pii::ApplyOperator(ops->For(d.entity), d.entity, value,
                                         state ? state : &scratch);
          if (!text) throw std::runtime_error("operator failed: " + text.error().message);
          return std::move(*text);
        };
      }
      chain_entry.guard =
          std::make_unique<DetectorGuard>("presidio", build->detector, std::move(options));
    } else if (name == "injection") {
      auto guard = injection::CreateInjectionGuard(entry);
      if (!guard) return fail(guard.error());
      chain_entry.guard = std::move(*guard);
    } else if (name == "harmful") {
      auto guard = harmful::CreateHarmfulGuard(entry);
      if (!guard) return fail(guard.error());
      chain_entry.guard = std::move(*guard);
    } else if (name == "policy") {  // a late entry: after masking, sees findings (policy.md)
      auto built = policy::BuildPolicyGuard(entry, config.source, settings.home, settings.io);
      if (!built) return built.error();
      chain_entry = std::move(*built);
    } else if (remote::IsRemoteGuard(name)) {
      if (auto r = remote::BuildRemoteGuard(name, entry, settings.io, chain_entry); !r)
        return fail(r.error());
    } else {
      return fail(MakeError("guards." + name + ": no such guard"));
    }
    entries.push_back(std::move(chain_entry));
  }

  // Custom rules: one entry each, so each keeps its own server/tool/direction filter.
  for (const CustomRuleConfig& rule : config.rules) {
    auto detector = RuleDetector::Create({rule});
    if (!detector) return fail(detector.error());
    ChainEntry chain_entry;
    chain_entry.scope.requests = rule.requests;
    chain_entry.scope.responses = rule.responses;
    if (!rule.servers.empty() || !rule.tools.empty()) {
      chain_entry.scope.mode = Mode::kOff;  // only where a filter matches
      const std::vector<std::string> all{"*"};
      for (const std::string& server : rule.servers.empty() ? all : rule.servers)
        for (const std::string& tool : rule.tools.empty() ? all : rule.tools) {
          GuardScope::Override o;
          o.server = server;
          o.tool = tool;
          o.mode = Mode::kEnforce;
          chain_entry.scope.overrides.push_back(std::move(o));
        }
    }
    DetectorGuardOptions options;
    options.default_action = rule.action;
    if (config.vault.enabled) options.vault = vault;
    if (!rule.replacement.empty())
      options.replacer = [replacement = rule.replacement](const Detection&, std::string_view,
                                                         const GuardContext&) {
        return replacement;
      };
    chain_entry.guard = std::make_unique<DetectorGuard>("rules", *detector, std::move(options));
    entries.push_back(std::move(chain_entry));
  }

  if (config.vault.enabled) {
    ChainEntry entry;
    entry.guard = std::make_unique<VaultGuard>(config.vault);
    entries.push_back(std::move(entry));
  }
  return std::make_shared<const GuardChain>(std::move(entries), config.mode, settings.io);
}

}  // namespace mcpgw::guards
