#include "config/child_environment.h"

#include <map>

namespace mcpgw::config {

std::vector<std::string> BuildChildEnvironment(
    const ServerConfig& server,
    const std::function<std::optional<std::string>(std::string_view)>& getenv) {
  std::map<std::string, std::string> vars;  // ordered by key, keys unique
  if (getenv) {
    for (const char* name : kInheritedVariables) {
      if (std::optional<std::string> value = getenv(name)) vars[name] = std::move(*value);
    }
  }
  for (const auto& [key, value] : server.env) {
    // The loader rejects such keys; a hand-built ServerConfig could still carry one, and a key
    // with '=' would be read back by the child as a different variable.
    if (key.empty() || key.find('=') != std::string::npos) continue;
    vars[key] = value;
  }
  std::vector<std::string> result;
  result.reserve(vars.size());
  for (const auto& [key, value] : vars) result.push_back(key + "=" + value);
  return result;
}

}  // namespace mcpgw::config
