#include "router/naming.h"

#include <cstdint>
#include <cstdio>
#include <unordered_set>

namespace mcpgw::router {
namespace {

std::uint32_t Fnv1a(std::string_view text) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 16777619u;
  }
  return hash;
}

bool IsAllowed(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

}  // namespace

std::string SanitizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) out.push_back(IsAllowed(c) ? c : '_');
  if (out.empty()) out = "_";
  if (out.size() > kMaxExposedName) {
    char suffix[10];
    std::snprintf(suffix, sizeof(suffix), "_%08x", Fnv1a(name));
    out.resize(kMaxExposedName - 9);
    out += suffix;
  }
  return out;
}

NamingResult AssignNames(const std::vector<ServerItems>& servers, const NamingOptions& options,
                         const std::vector<std::string>& reserved) {
  NamingResult result;
  std::unordered_set<std::string> taken(reserved.begin(), reserved.end());
  for (std::size_t s = 0; s < servers.size(); ++s) {
    const ServerItems& server = servers[s];
    for (const std::string& original : server.names) {
      std::string wanted = SanitizeName(
          options.prefix ? server.server + options.separator + original : original);
      std::string exposed = wanted;
      for (int n = 2; taken.count(exposed); ++n) {
        const std::string suffix = "_" + std::to_string(n);
        exposed = wanted.substr(0, std::min(wanted.size(), kMaxExposedName - suffix.size())) +
                  suffix;
      }
      if (exposed != wanted)
        result.collisions.push_back({wanted, server.server, original, exposed});
      taken.insert(exposed);
      result.items.push_back({std::move(exposed), s, original});
    }
  }
  return result;
}

}  // namespace mcpgw::router
