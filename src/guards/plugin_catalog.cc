#include "guards/plugin_catalog.h"

#include "guards/tool_deny/tool_deny_guard.h"

#include <algorithm>

namespace mcpgw::guards {

const std::vector<PluginInfo>& KnownPlugins() {
  static const std::vector<PluginInfo> plugins = {
      {"basic", PluginKind::kGuardrail, false, "secret and token masking"},
      {"presidio", PluginKind::kGuardrail, false, "PII detection and anonymization"},
      {"lasso", PluginKind::kGuardrail, false, "full guardrails (local detection)"},
      {"secrets", PluginKind::kGuardrail, false, "secret and token masking"},
      {"pii", PluginKind::kGuardrail, false, "PII detection and anonymization"},
      {"injection", PluginKind::kGuardrail, false, "prompt-injection detection"},
      {"policy", PluginKind::kGuardrail, false, "custom allow/deny policies"},
      {"xetrack", PluginKind::kTracing, false, "tool-call audit log (SQLite)"},
      {"audit", PluginKind::kTracing, false, "tool-call audit log (SQLite)"},
  };
  return plugins;
}

const PluginInfo* FindPlugin(std::string_view name) {
  for (const PluginInfo& plugin : KnownPlugins())
    if (name == plugin.name) return &plugin;
  return nullptr;
}

Result<std::shared_ptr<const GuardChain>> BuildGuardChain(const std::vector<std::string>& names,
                                                          const GuardSettings& settings) {
  std::vector<std::unique_ptr<Guard>> guards;
  if (!settings.deny_tools.empty())
    guards.push_back(std::make_unique<ToolDenyGuard>(settings.deny_tools));
  std::vector<std::string> seen;
  for (const std::string& name : names) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    const PluginInfo* plugin = FindPlugin(name);
    if (!plugin) {
      std::string known;
      for (const PluginInfo& p : KnownPlugins()) known += (known.empty() ? "" : ", ") + std::string(p.name);
      return MakeError("unknown plugin '" + name + "' (known: " + known + ")");
    }
    if (!plugin->available) {
      return MakeError("plugin '" + name + "' (" + plugin->description +
                       ") is not yet available in this build; refusing to start without it");
    }
  }
  return std::make_shared<const GuardChain>(std::move(guards));
}

}  // namespace mcpgw::guards
