// The plugin names the CLI accepts (-p/--plugin), compatible with the Python gateway that defined
// the category, and the guard chain built from them.
//
// Threading: pure functions.
#pragma once

#include "core/status.h"
#include "guards/guard_chain.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

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

// Settings of guards that are configured by value rather than by plugin name.
struct GuardSettings {
  std::vector<std::string> deny_tools;  // "<server>/<tool>" globs; a ToolDenyGuard runs first
};

// Builds the guard chain: a ToolDenyGuard when settings.deny_tools is non-empty, then the
// requested plugins in the order given (duplicates ignored).
// Errors: "unknown plugin 'x' (known: ...)", "plugin 'x' is not yet available in this build".
Result<std::shared_ptr<const GuardChain>> BuildGuardChain(const std::vector<std::string>& names,
                                                          const GuardSettings& settings = {});

}  // namespace mcpgw::guards
