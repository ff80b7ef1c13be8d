#include "config/child_environment.h"

#include <gtest/gtest.h>

#include <map>

namespace mcpgw::config {
namespace {

std::function<std::optional<std::string>(std::string_view)> FakeEnv(
    std::map<std::string, std::string, std::less<>> env) {
  return [env = std::move(env)](std::string_view name) -> std::optional<std::string> {
    auto it = env.find(name);
    if (it == env.end()) return std::nullopt;
    return it->second;
  };
}

TEST(ChildEnvironmentTest, InheritsOnlyTheWhitelist) {
  ServerConfig server;
  const auto env = FakeEnv({{"PATH", "/usr/bin"},
                            {"HOME", "/home/u"},
                            {"AWS_SECRET_ACCESS_KEY", "secret"},
                            {"GITHUB_TOKEN", "ghp_x"},
                            {"LANG", "C.UTF-8"}});
  EXPECT_EQ(BuildChildEnvironment(server, env),
            (std::vector<std::string>{"HOME=/home/u", "LANG=C.UTF-8", "PATH=/usr/bin"}));
}

TEST(ChildEnvironmentTest, InheritsEveryWhitelistedVariable) {
  std::map<std::string, std::string, std::less<>> all;
  for (const char* name : kInheritedVariables) all[name] = std::string("v_") + name;
  const std::vector<std::string> result = BuildChildEnvironment(ServerConfig{}, FakeEnv(all));
  ASSERT_EQ(result.size(), std::size(kInheritedVariables));
  for (const char* name : kInheritedVariables) {
    EXPECT_NE(std::find(result.begin(), result.end(), std::string(name) + "=v_" + name),
              result.end())
        << name;
  }
}

TEST(ChildEnvironmentTest, ServerEnvOverridesAndExtends) {
  ServerConfig server;
  server.env = {{"PATH", "/opt/bin"}, {"API_KEY", "k"}, {"EMPTY", ""}};
  EXPECT_EQ(BuildChildEnvironment(server, FakeEnv({{"PATH", "/usr/bin"}, {"TERM", "xterm"}})),
            (std::vector<std::string>{"API_KEY=k", "EMPTY=", "PATH=/opt/bin", "TERM=xterm"}));
}

TEST(ChildEnvironmentTest, SortedByKeyWithUniqueKeys) {
  ServerConfig server;
  server.env = {{"Z", "1"}, {"A", "2"}, {"HOME", "/other"}};
  const std::vector<std::string> result =
      BuildChildEnvironment(server, FakeEnv({{"HOME", "/home/u"}, {"USER", "u"}}));
  EXPECT_EQ(result, (std::vector<std::string>{"A=2", "HOME=/other", "USER=u", "Z=1"}));
}

TEST(ChildEnvironmentTest, SetButEmptyVariableIsInherited) {
  EXPECT_EQ(BuildChildEnvironment(ServerConfig{}, FakeEnv({{"TERM", ""}})),
            std::vector<std::string>{"TERM="});
}

TEST(ChildEnvironmentTest, NullGetenvInheritsNothing) {
  ServerConfig server;
  server.env = {{"K", "v"}};
  EXPECT_EQ(BuildChildEnvironment(server, nullptr), std::vector<std::string>{"K=v"});
}

TEST(ChildEnvironmentTest, SkipsKeysTheChildWouldMisread) {
  ServerConfig server;
  server.env = {{"", "x"}, {"A=B", "y"}, {"OK", "z=1"}};
  EXPECT_EQ(BuildChildEnvironment(server, FakeEnv({})), std::vector<std::string>{"OK=z=1"});
}

}  // namespace
}  // namespace mcpgw::config
