// The plugin names the CLI accepts (-p/--plugin), compatible with the Python gateway that defined
// the category, and the guard chain built from them.
//
// Threading: pure functions.
#pragma once

#include "core/status.h"
#include "guards/guard_chain.h"
#include "guards/guards_config.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace mcpgw::guards {

enum class PluginKind { kGuardrail, kTracing };

struct PluginInfo {
  const char* name;
  PluginKind kind;
  bool available;  // implemented in this build
  const char* description;
};

// Every recognised plugin name, in a stable order.
const std::vector<PluginInfo>& KnownPlugins();

// The entry for `name`, or nullptr when the name is not a plugin.
const PluginInfo* FindPlugin(std::string_view name);

// The canonical name of a guard plugin: "secrets" -> "basic", "pii" -> "presidio"; others
// unchanged.
std::string_view CanonicalGuardName(std::string_view name);

// Settings of guards that are configured by value rather than by plugin name.
struct GuardSettings {
  std::vector<std::string> deny_tools;  // "<server>/<tool>" globs; a ToolDenyGuard runs first
  const GuardsConfig* config = nullptr;  // the gateway config file's guards; null: defaults
  boost::asio::io_context* io = nullptr; // runs the time budgets of waiting guards
  std::string home;                      // for "~" in rule file paths
};

// Builds the guard chain, in this order (request path; the response path runs it backwards):
//  1. a ToolDenyGuard when settings.deny_tools is non-empty;
//  2. the detector guards: those in config "guards.order", then the -p plugins in the order
//     given, then guards configured in the file but named nowhere else (duplicates and
//     "enabled": false ones skipped);
//  3. one guard per custom rule (config "guards.rules" and the reference's "scanning.rules");
//  4. the VaultGuard when the vault is enabled (last on the request path, so the other guards
//     see placeholders, not the values it restores).
// The network guards among them (llm_judge, lasso, webhook: guards/remote/) are late entries:
// they run after all the others on both paths, so they only receive masked text.
// So is the policy guard (guards/policy/): it sees masked payloads and every earlier finding.
// Errors (at start, never per request): "unknown plugin 'x' (known: ...)", "plugin 'x' is not
// yet available in this build", and any guard's configuration error naming the key.
Result<std::shared_ptr<const GuardChain>> BuildGuardChain(const std::vector<std::string>& names,
                                                          const GuardSettings& settings = {});

}  // namespace mcpgw::guards
