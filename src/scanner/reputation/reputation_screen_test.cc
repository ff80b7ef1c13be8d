#include "scanner/reputation/reputation_screen.h"

#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "config/config_loader.h"
#include "testing/recorded_http_server.h"
#include "testing/temp_dir.h"

namespace mcpgw::scanner::reputation {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The registry runs on a thread of its own: ScreenReputations blocks the caller.
class ScreenReputationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Set("/fresh-mcp-thing",
                  {200,
                   R"({"versions": {"0.0.1": {}}, "time": {"created": "2026-11-30T00:00:00Z"}})",
                   {},
                   false});
    thread_ = std::thread([this] { io_.run(); });
  }
  void TearDown() override {
    boost::asio::post(io_, [this] { registry_.Stop(); });
    work_.reset();
    thread_.join();
  }
  boost::asio::io_context io_;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> work_{
      boost::asio::make_work_guard(io_)};
  testing::RecordedHttpServer registry_{io_};
  std::thread thread_;
};

TEST_F(ScreenReputationsTest, BlockedServersAreReturnedAndWrittenBackUnknownOnesStart) {
  testing::TempDir dir;
  const std::string path = dir.WriteFile("mcp.json", R"({
  // servers
  "mcpServers": {
    "fresh": {"command": "npx", "args": ["-y", "fresh-mcp-thing"]},
    "local": {"command": "node", "args": ["server.js"]},
    "py": {"command": "uvx", "args": ["mcp-server-git"]}
  }
}
)");
  auto config = config::LoadConfigFile(path, config::DefaultLoadOptions());
  ASSERT_TRUE(config) << config.error().message;
  ReputationSettings settings;
  settings.npm_registry = registry_.BaseUrl();
  settings.clock = [] { return std::chrono::system_clock::from_time_t(1796083200); };
  const ScreeningOutcome outcome =
      ScreenReputations(*config, settings, (dir.path() / "state.db").string(), true);
  ASSERT_EQ(outcome.results.size(), 3u);
  EXPECT_EQ(outcome.blocked, std::vector<std::string>{"fresh"});
  EXPECT_EQ(outcome.results[2].verdict, ReputationResult::Verdict::kUnknown);
  EXPECT_TRUE(outcome.write_errors.empty());
  const std::string text = Read(path);
  EXPECT_NE(text.find(R"("args": ["-y", "fresh-mcp-thing"], "blocked": "blocked"},)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("// servers"), std::string::npos) << "comments kept";
  auto reloaded = config::LoadConfigFile(path, config::DefaultLoadOptions());
  ASSERT_TRUE(reloaded);
  EXPECT_TRUE(reloaded->servers[0].blocked);
  EXPECT_FALSE(reloaded->servers[2].blocked);
}

TEST_F(ScreenReputationsTest, ReadOnlyConfigIsReportedNotFatal) {
  testing::TempDir dir;
  const std::string original =
      R"({"mcpServers": {"fresh": {"command": "npx", "args": ["fresh-mcp-thing"]}}})";
  const std::string path = dir.WriteFile("mcp.json", original, std::filesystem::perms::owner_read);
  auto config = config::LoadConfigFile(path, config::DefaultLoadOptions());
  ASSERT_TRUE(config);
  ReputationSettings settings;
  settings.npm_registry = registry_.BaseUrl();
  const ScreeningOutcome outcome = ScreenReputations(*config, settings, "", true);
  EXPECT_EQ(outcome.blocked, std::vector<std::string>{"fresh"});
  ASSERT_EQ(outcome.write_errors.size(), 1u);
  EXPECT_NE(outcome.write_errors[0].find("read-only"), std::string::npos);
  EXPECT_EQ(Read(path), original);
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
