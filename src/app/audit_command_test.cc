#include "app/audit_command.h"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "audit/audit_store.h"
#include "store/sqlite_db.h"
#include "testing/temp_dir.h"

namespace mcpgw::app {
namespace {

class AuditCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("MCP_GATEWAY_AUDIT_KEY", "cli-test-key-0123456789", 1);
    ::setenv("MCP_GATEWAY_HOME", dir_.path().c_str(), 1);
    audit::AuditStoreOptions options;
    options.path = db();
    options.key = "cli-test-key-0123456789";
    auto store = audit::AuditStore::Open(options);
    ASSERT_TRUE(store);
    const struct {
      const char* server;
      const char* tool;
      audit::Decision decision;
      audit::Status status;
      int ms;
    } calls[] = {
        {"context7", "resolve", audit::Decision::kAllowed, audit::Status::kOk, 10},
        {"context7", "resolve", audit::Decision::kAllowed, audit::Status::kOk, 30},
        {"context7", "get_docs", audit::Decision::kMasked, audit::Status::kOk, 20},
        {"fs", "delete_file", audit::Decision::kBlocked, audit::Status::kToolError, 1},
        {"fs", "drop_table", audit::Decision::kAllowed, audit::Status::kError, 5},
    };
    for (const auto& c : calls) {
      auto r = std::make_shared<audit::CallRecord>();
      r->started = std::chrono::system_clock::now();
      r->method = "tools/call";
      r->server = c.server;
      r->capability_name = c.tool;
      r->decision = c.decision;
      r->status = c.status;
      r->session_id = "s1";
      r->arguments_json = R"({"a":"b,c"})";
      r->total_latency = std::chrono::milliseconds(c.ms);
      (*store)->Submit(r, nullptr);
    }
  }
  void TearDown() override {
    ::unsetenv("MCP_GATEWAY_AUDIT_KEY");
    ::unsetenv("MCP_GATEWAY_HOME");
  }
  int Run(std::vector<std::string> args) {
    out_.str("");
    err_.str("");
    args.insert(args.begin(), "audit");
    args.insert(args.begin() + 1, {"--db", db()});
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    return RunAudit(static_cast<int>(argv.size()), argv.data(), out_, err_);
  }
  std::string db() const { return (dir_.path() / "audit.db").string(); }

  testing::TempDir dir_;
  std::ostringstream out_, err_;
};

TEST_F(AuditCommandTest, BareServerFilterListsLikeTheProofOfConcept) {
  ASSERT_EQ(Run({"--server", "context7"}), 0) << err_.str();
  const std::string text = out_.str();
  EXPECT_NE(text.find("SERVER"), std::string::npos);
  EXPECT_NE(text.find("get_docs"), std::string::npos);
  EXPECT_EQ(text.find("delete_file"), std::string::npos);
}

TEST_F(AuditCommandTest, ListFiltersByToolGlobAndDecisionAsJson) {
  ASSERT_EQ(Run({"list", "--tool", "*_*", "--decision", "blocked", "--json"}), 0) << err_.str();
  auto rows = boost::json::parse(out_.str()).as_array();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("capability_name"), "delete_file");
}

TEST_F(AuditCommandTest, ListBySinceAndBadDecisionIsAUsageError) {
  ASSERT_EQ(Run({"list", "--since", "1h", "--json"}), 0);
  EXPECT_EQ(boost::json::parse(out_.str()).as_array().size(), 5u);
  ASSERT_EQ(Run({"list", "--until", "2000-01-01", "--json"}), 0);
  EXPECT_EQ(boost::json::parse(out_.str()).as_array().size(), 0u);
  EXPECT_EQ(Run({"list", "--decision", "maybe"}), 2);
  EXPECT_EQ(Run({"list", "--since", "yesterday-ish"}), 2);
}

TEST_F(AuditCommandTest, StatsCountsCallsErrorsBlocksAndPercentiles) {
  ASSERT_EQ(Run({"stats", "--json"}), 0) << err_.str();
  auto groups = boost::json::parse(out_.str()).as_array();
  bool saw_resolve = false;
  for (const auto& g : groups) {
    if (g.at("tool") == "resolve") {
      saw_resolve = true;
      EXPECT_EQ(g.at("calls"), 2);
      EXPECT_EQ(g.at("errors"), 0);
      EXPECT_EQ(g.at("p99_ms").to_number<double>(), 30.0);
    }
    if (g.at("tool") == "delete_file") {
      EXPECT_EQ(g.at("blocks"), 1);
      EXPECT_EQ(g.at("errors"), 1);
    }
  }
  EXPECT_TRUE(saw_resolve);
  ASSERT_EQ(Run({"stats"}), 0);
  EXPECT_NE(out_.str().find("P99_MS"), std::string::npos);
}

TEST_F(AuditCommandTest, VerifyPassesThenFailsWithNonZeroExitAfterTampering) {
  ASSERT_EQ(Run({"verify"}), 0) << out_.str() << err_.str();
  EXPECT_NE(out_.str().find("OK"), std::string::npos);
  {
    auto conn = store::Database::Open(db());
    ASSERT_TRUE(conn && conn->Exec("UPDATE calls SET decision = 'allowed' WHERE seq = 4"));
  }
  EXPECT_EQ(Run({"verify", "--json"}), 1);
  auto report = boost::json::parse(out_.str()).as_object();
  EXPECT_EQ(report.at("ok"), false);
  EXPECT_EQ(report.at("broken_seq"), 4);
}

TEST_F(AuditCommandTest, ExportWritesJsonLinesAndQuotedCsv) {
  ASSERT_EQ(Run({"export"}), 0);
  std::istringstream lines(out_.str());
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count)
    EXPECT_TRUE(boost::json::parse(line).as_object().contains("hash"));
  EXPECT_EQ(count, 5);
  ASSERT_EQ(Run({"export", "--format", "csv", "--server", "fs"}), 0);
  const std::string csv = out_.str();
  EXPECT_EQ(csv.rfind("seq,time,", 0), 0u);
  EXPECT_NE(csv.find(R"("{""a"":""b,c""}")"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
}

TEST_F(AuditCommandTest, MissingStoreIsAClearError) {
  std::vector<const char*> argv = {"audit", "--db", "/nonexistent/audit.db", "list"};
  EXPECT_EQ(RunAudit(4, argv.data(), out_, err_), 3);
  EXPECT_NE(err_.str().find("no audit store at /nonexistent/audit.db"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::app
