#include "scanner/reputation/typosquat.h"

#include <algorithm>

namespace mcpgw::scanner::reputation {
namespace {

constexpr std::size_t kMinScopedBareLength = 8;

std::string_view Bare(std::string_view name) {
  if (!name.starts_with("@")) return name;
  const std::size_t slash = name.find('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

}  // namespace

const std::vector<std::string_view>& WellKnownPackages(Ecosystem ecosystem) {
  // Reference servers and widely used vendor servers (names as published).
  static const std::vector<std::string_view> kNpm = {
      "@modelcontextprotocol/server-filesystem",
      "@modelcontextprotocol/server-memory",
      "@modelcontextprotocol/server-everything",
      "@modelcontextprotocol/server-github",
      "@modelcontextprotocol/server-gitlab",
      "@modelcontextprotocol/server-slack",
      "@modelcontextprotocol/server-postgres",
      "@modelcontextprotocol/server-puppeteer",
      "@modelcontextprotocol/server-brave-search",
      "@modelcontextprotocol/server-google-maps",
      "@modelcontextprotocol/server-sequential-thinking",
      "@modelcontextprotocol/server-redis",
      "@modelcontextprotocol/server-gdrive",
      "@modelcontextprotocol/server-everart",
      "@modelcontextprotocol/server-aws-kb-retrieval",
      "@modelcontextprotocol/inspector",
      "@playwright/mcp",
      "@upstash/context7-mcp",
      "@notionhq/notion-mcp-server",
      "@supabase/mcp-server-supabase",
      "@browsermcp/mcp",
      "@smithery/cli",
      "@heroku/mcp-server",
      "@stripe/mcp",
      "@cloudflare/mcp-server-cloudflare",
      "@sentry/mcp-server",
      "@azure/mcp",
      "@wonderwhy-er/desktop-commander",
      "firecrawl-mcp",
      "tavily-mcp",
      "mcp-remote",
      "figma-developer-mcp",
      "chrome-devtools-mcp",
  };
  static const std::vector<std::string_view> kPypi = {
      "mcp-server-fetch",
      "mcp-server-git",
      "mcp-server-time",
      "mcp-server-sqlite",
      "mcp-server-sentry",
      "mcp-server-qdrant",
      "mcp-server-docker",
      "mcp-proxy",
      "mcp",
      "fastmcp",
      "mcp-gateway",
      "awslabs-core-mcp-server",
      "serena",
      "mcp-atlassian",
  };
  static const std::vector<std::string_view> kNone;
  switch (ecosystem) {
    case Ecosystem::kNpm:
      return kNpm;
    case Ecosystem::kPypi:
      return kPypi;
    case Ecosystem::kSmithery:
      return kNone;
  }
  return kNone;
}

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rolling rows suffice for adjacent transpositions.
  std::vector<std::size_t> two(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], two[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(two, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

std::optional<TyposquatFinding> CheckTyposquat(const PackageRef& ref) {
  const std::vector<std::string_view>& known = WellKnownPackages(ref.ecosystem);
  const std::string_view name = ref.name;
  if (std::find(known.begin(), known.end(), name) != known.end()) return std::nullopt;
  if (ref.ecosystem == Ecosystem::kNpm) {
    const std::string_view bare = Bare(name);
    for (std::string_view k : known) {
      if (k.starts_with("@") && Bare(k).size() >= kMinScopedBareLength && Bare(k) == bare)
        return TyposquatFinding{std::string(k), "scope_confusion", 0};
    }
  }
  if (name.size() < 5) return std::nullopt;
  const std::size_t limit = name.size() >= 10 ? 2 : 1;
  std::optional<TyposquatFinding> best;
  for (std::string_view k : known) {
    const std::size_t d = EditDistance(name, k, limit);
    if (d >= 1 && d <= limit && (!best || d < best->distance))
      best = TyposquatFinding{std::string(k), "edit_distance", d};
  }
  return best;
}

}  // namespace mcpgw::scanner::reputation
