#include "scanner/reputation/reputation_scan.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <optional>

#include "testing/recorded_http_server.h"
#include "testing/run_until.h"

namespace mcpgw::scanner::reputation {
namespace {

using Verdict = ReputationResult::Verdict;

config::ServerConfig Server(std::string name, std::string command, std::vector<std::string> args) {
  config::ServerConfig server;
  server.name = std::move(name);
  server.command = std::move(command);
  server.args = std::move(args);
  return server;
}

TEST(CheckAllReputations, ChecksEveryServerInConfigOrderAndHonoursSkipped) {
  boost::asio::io_context io;
  testing::RecordedHttpServer registry(io);  // knows no package: every lookup is a 404
  ReputationSettings settings;
  settings.npm_registry = registry.BaseUrl();
  config::GatewayConfig config;
  config.servers.push_back(Server("unknown-pkg", "npx", {"-y", "@acme/nothing"}));
  config.servers.push_back(Server("local", "node", {"server.js"}));
  config::ServerConfig skipped = Server("trusted", "npx", {"-y", "@acme/other"});
  skipped.scan_status = "skipped";
  config.servers.push_back(skipped);
  config.servers.push_back(Server("pypi", "uvx", {"mcp-server-git"}));  // no PyPI URL configured

  std::optional<std::vector<ReputationResult>> results;
  CheckAllReputations(io, config, settings, nullptr,
                      [&](std::vector<ReputationResult> r) { results = std::move(r); });
  EXPECT_FALSE(results) << "done must not run inside the call";
  ASSERT_TRUE(testing::RunUntil(io, [&] { return results.has_value(); }));
  ASSERT_EQ(results->size(), 4u);
  EXPECT_EQ((*results)[0].verdict, Verdict::kUnknown);
  EXPECT_NE((*results)[0].reason.find("not found"), std::string::npos) << (*results)[0].reason;
  EXPECT_EQ((*results)[1].verdict, Verdict::kNotApplicable);
  EXPECT_EQ((*results)[2].verdict, Verdict::kNotApplicable);
  EXPECT_NE((*results)[2].reason.find("skipped"), std::string::npos);
  EXPECT_EQ((*results)[3].verdict, Verdict::kUnknown);
  EXPECT_EQ((*results)[3].reason, "unknown (no registry configured)");
  EXPECT_EQ(registry.received().size(), 1u) << "the skipped server is never looked up";
}

TEST(CheckAllReputations, EmptyConfigCompletesWithNoResults) {
  boost::asio::io_context io;
  std::optional<std::vector<ReputationResult>> results;
  CheckAllReputations(io, config::GatewayConfig{}, ReputationSettings{}, nullptr,
                      [&](std::vector<ReputationResult> r) { results = std::move(r); });
  ASSERT_TRUE(testing::RunUntil(io, [&] { return results.has_value(); }));
  EXPECT_TRUE(results->empty());
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
