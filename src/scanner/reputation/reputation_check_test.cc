#include "scanner/reputation/reputation_check.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <optional>

#include "testing/recorded_http_server.h"
#include "testing/run_until.h"

namespace mcpgw::scanner::reputation {
namespace {

namespace asio = boost::asio;
using Verdict = ReputationResult::Verdict;
using testing::RecordedHttpServer;

// Recorded answers, trimmed to the fields the check reads.
constexpr const char* kEstablishedPackage = R"({
  "name": "@acme/files-mcp",
  "license": "MIT",
  "maintainers": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
  "time": {"created": "2024-01-10T12:00:00.000Z", "modified": "2026-11-01T00:00:00.000Z"},
  "versions": {"1.0.0": {}, "1.1.0": {}, "1.2.0": {}, "1.3.0": {}, "2.0.0": {}, "2.1.0": {}},
  "repository": {"type": "git", "url": "git+https://github.com/acme/files-mcp.git"}
})";
constexpr const char* kDownloads = R"({"downloads": 48210, "package": "@acme/files-mcp"})";
constexpr const char* kRepo = R"({"stargazers_count": 1840, "forks_count": 210,
  "license": {"spdx_id": "MIT"}, "created_at": "2024-01-02T00:00:00Z"})";
constexpr const char* kOwner = R"({"login": "acme", "type": "Organization", "followers": 900,
  "public_repos": 120, "created_at": "2015-03-01T00:00:00Z", "blog": "https://acme.example",
  "twitter_username": "acme", "is_verified": true})";
constexpr const char* kFreshPackage = R"({
  "name": "fresh-mcp-thing", "maintainers": [{"name": "x"}],
  "time": {"created": "2026-11-28T00:00:00.000Z"}, "versions": {"0.0.1": {}},
  "repository": "github:nobody123/fresh-mcp-thing"})";
constexpr const char* kNobody = R"({"login": "nobody123", "type": "User", "followers": 0,
  "public_repos": 1, "created_at": "2026-11-20T00:00:00Z", "blog": ""})";
constexpr const char* kFreshRepo = R"({"stargazers_count": 0, "forks_count": 0, "license": null,
  "created_at": "2026-11-27T00:00:00Z"})";

config::ServerConfig Npx(std::string package) {
  config::ServerConfig server;
  server.name = "s";
  server.command = "npx";
  server.args = {"-y", std::move(package)};
  return server;
}

class ReputationCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Set("/@acme%2Ffiles-mcp", {200, kEstablishedPackage, {}, false});
    server_.Set("/downloads/point/last-month/@acme%2Ffiles-mcp", {200, kDownloads, {}, false});
    server_.Set("/repos/acme/files-mcp", {200, kRepo, {}, false});
    server_.Set("/users/acme", {200, kOwner, {}, false});
    server_.Set("/fresh-mcp-thing", {200, kFreshPackage, {}, false});
    server_.Set("/downloads/point/last-month/fresh-mcp-thing",
                {200, R"({"downloads": 3})", {}, false});
    server_.Set("/repos/nobody123/fresh-mcp-thing", {200, kFreshRepo, {}, false});
    server_.Set("/users/nobody123", {200, kNobody, {}, false});
    settings_.npm_registry = server_.BaseUrl();
    settings_.npm_downloads_api = server_.BaseUrl();
    settings_.github_api = server_.BaseUrl();
    settings_.github_token = "ghp_test_token_value";
    settings_.request_timeout = std::chrono::milliseconds(2000);
    settings_.clock = [] {
      return std::chrono::system_clock::from_time_t(1796083200);  // 2026-12-01T00:00:00Z
    };
  }

  ReputationResult Run(const config::ServerConfig& server, ReputationCache* cache = nullptr) {
    std::optional<ReputationResult> result;
    CheckReputation(io_, server, settings_, cache,
                    [&](ReputationResult r) { result = std::move(r); });
    EXPECT_FALSE(result) << "done must not run inside the call";
    EXPECT_TRUE(testing::RunUntil(io_, [&] { return result.has_value(); }));
    return result ? *result : ReputationResult{};
  }

  asio::io_context io_;
  RecordedHttpServer server_{io_};
  ReputationSettings settings_;
};

TEST_F(ReputationCheckTest, EstablishedPackagePassesWithItsScore) {
  const ReputationResult r = Run(Npx("@acme/files-mcp@2"));
  EXPECT_EQ(r.verdict, Verdict::kPassed) << r.reason;
  ASSERT_TRUE(r.score);
  EXPECT_GT(r.score->final_score, 60);
  EXPECT_EQ(r.repository, "acme/files-mcp");
  EXPECT_NE(r.reason.find("score "), std::string::npos);
  // The token goes to the GitHub API only.
  for (const auto& received : server_.received()) {
    const bool github =
        received.target.starts_with("/repos/") || received.target.starts_with("/users/");
    EXPECT_EQ(received.headers.count("authorization") > 0, github) << received.target;
  }
}

TEST_F(ReputationCheckTest, FreshAnonymousPackageIsBlocked) {
  const ReputationResult r = Run(Npx("fresh-mcp-thing"));
  EXPECT_EQ(r.verdict, Verdict::kBlocked) << r.reason;
  EXPECT_NE(r.reason.find("<= 30"), std::string::npos) << r.reason;
}

TEST_F(ReputationCheckTest, NoRegistryConfiguredIsUnknownAndAsksNobody) {
  settings_.npm_registry.clear();
  const ReputationResult r = Run(Npx("@acme/files-mcp"));
  EXPECT_EQ(r.verdict, Verdict::kUnknown);
  EXPECT_EQ(r.reason, "unknown (no registry configured)");
  EXPECT_TRUE(server_.received().empty());
}

TEST_F(ReputationCheckTest, NetworkFailureIsUnknownUnlessFailClosed) {
  asio::ip::tcp::acceptor probe(io_, {asio::ip::make_address("127.0.0.1"), 0});
  const auto port = probe.local_endpoint().port();
  probe.close();  // nothing listens there now
  settings_.npm_registry = "http://127.0.0.1:" + std::to_string(port);
  ReputationResult r = Run(Npx("@acme/files-mcp"));
  EXPECT_EQ(r.verdict, Verdict::kUnknown);
  EXPECT_NE(r.reason.find("unknown (npm registry: network:"), std::string::npos) << r.reason;
  settings_.fail_closed = true;
  r = Run(Npx("@acme/files-mcp"));
  EXPECT_EQ(r.verdict, Verdict::kBlocked);
  EXPECT_NE(r.reason.find("--scan-fail-closed"), std::string::npos) << r.reason;
}

TEST_F(ReputationCheckTest, RateLimitingIsUnknownNotBlocked) {
  server_.Set(
      "/repos/acme/files-mcp",
      {403, R"({"message":"API rate limit exceeded"})", {{"x-ratelimit-remaining", "0"}}, false});
  const ReputationResult r = Run(Npx("@acme/files-mcp"));
  EXPECT_EQ(r.verdict, Verdict::kUnknown);
  EXPECT_NE(r.reason.find("rate limited"), std::string::npos) << r.reason;
}

TEST_F(ReputationCheckTest, EveryRequestHasATimeout) {
  server_.Set("/users/acme", {200, "", {}, true});  // never answered
  settings_.request_timeout = std::chrono::milliseconds(150);
  const auto started = std::chrono::steady_clock::now();
  const ReputationResult r = Run(Npx("@acme/files-mcp"));
  EXPECT_EQ(r.verdict, Verdict::kUnknown);
  EXPECT_NE(r.reason.find("timed out"), std::string::npos) << r.reason;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
}

TEST_F(ReputationCheckTest, UnknownPackageIsUnknown) {
  const ReputationResult r = Run(Npx("@acme/never-published"));
  EXPECT_EQ(r.verdict, Verdict::kUnknown);
  EXPECT_NE(r.reason.find("not found"), std::string::npos) << r.reason;
}

TEST_F(ReputationCheckTest, ResultsAreCachedWithinTheTtl) {
  auto cache = ReputationCache::Open(":memory:");
  ASSERT_TRUE(cache) << cache.error().message;
  const ReputationResult first = Run(Npx("@acme/files-mcp"), &*cache);
  ASSERT_EQ(first.verdict, Verdict::kPassed);
  const std::size_t requests = server_.received().size();
  const ReputationResult second = Run(Npx("@acme/files-mcp"), &*cache);
  EXPECT_TRUE(second.from_cache);
  EXPECT_EQ(second.verdict, Verdict::kPassed);
  EXPECT_DOUBLE_EQ(second.score->final_score, first.score->final_score);
  EXPECT_EQ(server_.received().size(), requests);
  // Past the TTL the registry is asked again.
  settings_.cache_ttl = std::chrono::hours(0);
  const ReputationResult third = Run(Npx("@acme/files-mcp"), &*cache);
  EXPECT_FALSE(third.from_cache);
  EXPECT_GT(server_.received().size(), requests);
}

TEST_F(ReputationCheckTest, SuspectedTyposquatWithAModestScoreIsBlocked) {
  // Same facts as the established package, but a typo of a well-known name and a weaker owner.
  server_.Set("/@modelcontextprotocol%2Fserver-filesytem", {200, kEstablishedPackage, {}, false});
  server_.Set("/downloads/point/last-month/@modelcontextprotocol%2Fserver-filesytem",
              {200, R"({"downloads": 40})", {}, false});
  server_.Set("/users/acme", {200, kNobody, {}, false});
  server_.Set("/repos/acme/files-mcp",
              {200,
               R"({"stargazers_count": 9, "forks_count": 0, "license": {"spdx_id": "MIT"},
                        "created_at": "2024-01-02T00:00:00Z"})",
               {},
               false});
  const ReputationResult r = Run(Npx("@modelcontextprotocol/server-filesytem"));
  ASSERT_TRUE(r.score);
  EXPECT_GT(r.score->final_score, 30);  // would pass on its score alone
  EXPECT_LT(r.score->final_score, 60);
  ASSERT_TRUE(r.typosquat);
  EXPECT_EQ(r.verdict, Verdict::kBlocked) << r.reason;
  EXPECT_NE(r.reason.find("possible typosquat of @modelcontextprotocol/server-filesystem"),
            std::string::npos)
      << r.reason;
}

TEST_F(ReputationCheckTest, LocalCommandsAndRemoteServersAreNotApplicable) {
  config::ServerConfig local;
  local.command = "node";
  local.args = {"server.js"};
  EXPECT_EQ(Run(local).verdict, Verdict::kNotApplicable);
  config::ServerConfig remote;
  remote.transport = config::Transport::kStreamableHttp;
  remote.url = "https://mcp.example/mcp";
  EXPECT_EQ(Run(remote).verdict, Verdict::kNotApplicable);
}

TEST(GithubRepository, ReadsTheFormsPackagesUse) {
  EXPECT_EQ(GithubRepository("git+https://github.com/o/r.git"), "o/r");
  EXPECT_EQ(GithubRepository("git+ssh://git@github.com/o/r.git"), "o/r");
  EXPECT_EQ(GithubRepository("https://github.com/o/r/tree/main/src#readme"), "o/r");
  EXPECT_EQ(GithubRepository("github:o/r"), "o/r");
  EXPECT_EQ(GithubRepository("o/r"), "o/r");
  EXPECT_EQ(GithubRepository("https://gitlab.example/o/r"), "");
  EXPECT_EQ(GithubRepository("https://github.com/o"), "");
  EXPECT_EQ(GithubRepository(""), "");
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
