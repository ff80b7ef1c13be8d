#include "scanner/reputation/reputation_settings.h"

#include <utility>

namespace mcpgw::scanner::reputation {
namespace {

struct Slot {
  std::string_view key;
  std::string_view env;
  std::string ReputationSettings::*field;
};

constexpr Slot kSlots[] = {
    {"npm", "MCP_GATEWAY_NPM_REGISTRY", &ReputationSettings::npm_registry},
    {"npm_downloads", "MCP_GATEWAY_NPM_DOWNLOADS_API", &ReputationSettings::npm_downloads_api},
    {"pypi", "MCP_GATEWAY_PYPI_URL", &ReputationSettings::pypi_url},
    {"smithery", "MCP_GATEWAY_SMITHERY_API", &ReputationSettings::smithery_api},
    {"github", "MCP_GATEWAY_GITHUB_API", &ReputationSettings::github_api},
};

Result<std::string> BaseUrl(std::string value, std::string_view where) {
  if (!value.starts_with("http://") && !value.starts_with("https://"))
    return MakeError(std::string(where) + ": must be an http:// or https:// URL");
  while (value.ends_with("/")) value.pop_back();
  return value;
}

}  // namespace

Result<ReputationSettings> ReputationSettingsFrom(const boost::json::object* registries,
                                                  const GetEnv& getenv) {
  ReputationSettings settings;
  if (registries) {
    for (const auto& member : *registries) {
      const std::string where = "scanner.registries." + std::string(member.key());
      const Slot* slot = nullptr;
      for (const Slot& s : kSlots) {
        if (s.key == member.key()) slot = &s;
      }
      if (!slot)
        return MakeError(where +
                         ": unknown key (known: npm, npm_downloads, pypi, smithery, github)");
      if (!member.value().is_string()) return MakeError(where + ": must be a URL string");
      auto url = BaseUrl(std::string(member.value().get_string()), where);
      if (!url) return url.error();
      settings.*(slot->field) = std::move(*url);
    }
  }
  if (getenv) {
    for (const Slot& s : kSlots) {
      auto value = getenv(s.env);
      if (!value || value->empty()) continue;
      auto url = BaseUrl(*value, s.env);
      if (!url) return url.error();
      settings.*(s.field) = std::move(*url);
    }
    if (auto token = getenv("GITHUB_TOKEN")) settings.github_token = *token;
    if (auto key = getenv("SMITHERY_API_KEY")) settings.smithery_key = *key;
  }
  return settings;
}

}  // namespace mcpgw::scanner::reputation
