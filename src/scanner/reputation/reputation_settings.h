// ReputationSettings: where the reputation check looks packages up and how long it waits. No
// registry address is built in: each base URL comes from the gateway config file's
// "scanner": {"registries": {...}} object or from the environment, and a lookup whose base URL
// is unset reports `unknown (no registry configured)` and never blocks (docs/reputation.md).
//
//   key (scanner.registries.*)  environment                      used for
//   npm                         MCP_GATEWAY_NPM_REGISTRY         GET {npm}/{name} (package
//   document) npm_downloads               MCP_GATEWAY_NPM_DOWNLOADS_API    GET
//   {base}/downloads/point/last-month/{name} pypi                        MCP_GATEWAY_PYPI_URL GET
//   {pypi}/pypi/{name}/json smithery                    MCP_GATEWAY_SMITHERY_API         GET
//   {smithery}/servers/{name} github                      MCP_GATEWAY_GITHUB_API           GET
//   {github}/repos/{o}/{r}, /users/{o}
// The environment wins over the file. GITHUB_TOKEN (when set) is sent to the GitHub API as a
// bearer token, SMITHERY_API_KEY to the Smithery API.
//
// Threading: plain values; FromConfig is a pure function of its arguments.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace mcpgw::scanner::reputation {

struct ReputationSettings {
  std::string npm_registry;
  std::string npm_downloads_api;
  std::string pypi_url;
  std::string smithery_api;
  std::string github_api;
  std::string github_token;                          // never logged
  std::string smithery_key;                          // never logged
  std::chrono::milliseconds request_timeout{5'000};  // each request, connect to last byte
  std::chrono::hours cache_ttl{24};
  bool fail_closed = false;  // --scan-fail-closed: unknown (network failure) blocks
  std::string ca_file;       // extra trusted CA for https (tests)
  // "Now", for package and account ages (tests pin it); unset: the system clock.
  std::function<std::chrono::system_clock::time_point()> clock;
};

using GetEnv = std::function<std::optional<std::string>(std::string_view)>;

// Reads `registries` (the "scanner.registries" object; may be null), then the environment.
// Errors name the key: a value that is not a string, a URL that is not http(s), an unknown key.
Result<ReputationSettings> ReputationSettingsFrom(const boost::json::object* registries,
                                                  const GetEnv& getenv);

}  // namespace mcpgw::scanner::reputation
