#include "scanner/reputation/package_ref.h"

#include <gtest/gtest.h>

namespace mcpgw::scanner::reputation {
namespace {

struct RefCase {
  const char* label;
  const char* command;
  std::vector<std::string> args;
  bool found;
  Ecosystem ecosystem;
  const char* name;
};

class IdentifyPackageTest : public ::testing::TestWithParam<RefCase> {};

TEST_P(IdentifyPackageTest, FindsThePackageTheLauncherRuns) {
  const RefCase& c = GetParam();
  auto ref = IdentifyPackage(c.command, c.args);
  ASSERT_EQ(ref.has_value(), c.found) << c.label;
  if (!c.found) return;
  EXPECT_EQ(ref->ecosystem, c.ecosystem) << c.label;
  EXPECT_EQ(ref->name, c.name) << c.label;
}

INSTANTIATE_TEST_SUITE_P(
    Launchers, IdentifyPackageTest,
    ::testing::Values(
        RefCase{"npx",
                "npx",
                {"-y", "@modelcontextprotocol/server-filesystem", "/tmp"},
                true,
                Ecosystem::kNpm,
                "@modelcontextprotocol/server-filesystem"},
        RefCase{"npx_version",
                "/usr/bin/npx",
                {"--yes", "@Scope/Pkg@1.2.3"},
                true,
                Ecosystem::kNpm,
                "@scope/pkg"},
        RefCase{"npx_package_flag",
                "npx",
                {"-p", "tavily-mcp@latest", "tavily"},
                true,
                Ecosystem::kNpm,
                "tavily-mcp"},
        RefCase{"npx_cmd_windows",
                "C:\\nodejs\\npx.cmd",
                {"-y", "firecrawl-mcp"},
                true,
                Ecosystem::kNpm,
                "firecrawl-mcp"},
        RefCase{"bunx", "bunx", {"mcp-remote", "https://x"}, true, Ecosystem::kNpm, "mcp-remote"},
        RefCase{"pnpm_dlx",
                "pnpm",
                {"dlx", "@playwright/mcp"},
                true,
                Ecosystem::kNpm,
                "@playwright/mcp"},
        RefCase{"pnpm_other", "pnpm", {"start"}, false, Ecosystem::kNpm, ""},
        RefCase{"uvx",
                "uvx",
                {"mcp-server-git", "--repository", "."},
                true,
                Ecosystem::kPypi,
                "mcp-server-git"},
        RefCase{"uvx_from",
                "uvx",
                {"--from", "Mcp_Server.Fetch[extra]==1.0", "fetch"},
                true,
                Ecosystem::kPypi,
                "mcp-server-fetch"},
        RefCase{"uv_tool_run",
                "uv",
                {"tool", "run", "--python", "3.12", "mcp-server-time"},
                true,
                Ecosystem::kPypi,
                "mcp-server-time"},
        RefCase{"pipx",
                "pipx",
                {"run", "--spec", "mcp-proxy>=0.3", "mcp-proxy"},
                true,
                Ecosystem::kPypi,
                "mcp-proxy"},
        RefCase{"smithery",
                "npx",
                {"-y", "@smithery/cli@latest", "run", "@owner/server", "--config", "{}"},
                true,
                Ecosystem::kSmithery,
                "@owner/server"},
        RefCase{"smithery_install_is_npm",
                "npx",
                {"-y", "@smithery/cli", "install", "x"},
                true,
                Ecosystem::kNpm,
                "@smithery/cli"},
        RefCase{"node_script", "node", {"server.js"}, false, Ecosystem::kNpm, ""},
        RefCase{"npx_no_package", "npx", {"-y"}, false, Ecosystem::kNpm, ""}),
    [](const auto& info) { return std::string(info.param.label); });

TEST(PackageNames, NormalizeAsTheRegistriesDo) {
  EXPECT_EQ(NormalizeNpmName("@a/b@^2"), "@a/b");
  EXPECT_EQ(NormalizeNpmName("Pkg@next"), "pkg");
  EXPECT_EQ(NormalizePypiName("Foo__Bar.baz>=1"), "foo-bar-baz");
  EXPECT_EQ(NormalizePypiName("x[cli]"), "x");
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
