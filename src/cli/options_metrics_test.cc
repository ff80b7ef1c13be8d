// The metrics flags of ParseCommandLine (kept apart from options_test.cc so branches that add
// flags do not collide in one file).
#include "cli/options.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace mcpgw::cli {
namespace {

ParseResult Parse(std::vector<std::string> args) {
  std::vector<const char*> argv = {"mcp-gateway"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  return ParseCommandLine(static_cast<int>(argv.size()), argv.data(), nullptr);
}

TEST(ParseCommandLineMetrics, DefaultsServeAuthenticatedMetricsOverHttpOnly) {
  ParseResult result = Parse({});
  ASSERT_TRUE(result.run);
  EXPECT_TRUE(result.options.metrics_listen.empty());
  EXPECT_TRUE(result.options.metrics_endpoint);
  EXPECT_TRUE(result.options.metrics_auth);
}

TEST(ParseCommandLineMetrics, ListenAddressAndHttpSwitches) {
  ParseResult result = Parse({"--metrics-listen", "127.0.0.1:9464", "--metrics-no-auth"});
  ASSERT_TRUE(result.run);
  EXPECT_EQ(result.options.metrics_listen, "127.0.0.1:9464");
  EXPECT_FALSE(result.options.metrics_auth);
  const auto& flags = result.options.http_only_flags;
  EXPECT_NE(std::find(flags.begin(), flags.end(), "--metrics-no-auth"), flags.end());
  EXPECT_EQ(std::find(flags.begin(), flags.end(), "--metrics-listen"), flags.end())
      << "--metrics-listen is for stdio too";
  EXPECT_FALSE(Parse({"--no-metrics"}).options.metrics_endpoint);
}

}  // namespace
}  // namespace mcpgw::cli
