#include "audit/xetrack_table.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace mcpgw::audit {
namespace {

XetrackRow Row(std::vector<XetrackCell> cells) { return cells; }

// Runs `sql` on a fresh connection to `path`; returns the first column of each row as text.
std::vector<std::string> Query(const std::string& path, const std::string& sql) {
  auto db = store::Database::Open(path);
  EXPECT_TRUE(db);
  auto statement = db->Prepare(sql);
  EXPECT_TRUE(statement) << (statement ? "" : statement.error().message);
  std::vector<std::string> out;
  if (!statement) return out;
  while (true) {
    auto row = statement->Step();
    if (!row || !*row) break;
    out.push_back(statement->IsNull(0) ? "<null>" : statement->Text(0));
  }
  return out;
}

TEST(XetrackTable, CreatesTheReferenceColumnsSoTheReadmeQueryWorksAtOnce) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "tracing.db").string();
  auto table = XetrackTable::Open(path, 1000);
  ASSERT_TRUE(table) << table.error().message;
  for (const char* column : {"timestamp", "track_id", "call_id", "server_name", "capability_type",
                             "capability_name", "response_type", "isError", "content_type",
                             "content_text", "content_annotations", "meta", "path", "paths",
                             "prompt"})
    EXPECT_TRUE(table->HasColumn(column)) << column;
  ASSERT_TRUE(table->Insert({Row({{"server_name", std::string("fs"), false},
                                  {"capability_name", std::string("list_directory"), false},
                                  {"path", std::string("."), true},
                                  {"content_text", std::string("[DIR] a"), false}})}));
  auto rows = Query(path,
                    "SELECT server_name || '|' || capability_name || '|' || path || '|' || "
                    "content_text FROM events");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], "fs|list_directory|.|[DIR] a");
}

TEST(XetrackTable, NewArgumentNamesBecomeColumnsTypedByTheirFirstValue) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "t.db").string();
  auto table = XetrackTable::Open(path, 1000);
  ASSERT_TRUE(table);
  ASSERT_TRUE(table->Insert({Row({{"depth", int64_t{2}, true}})}));
  ASSERT_TRUE(table->Insert({Row({{"ratio", 0.5, true}, {"Depth", int64_t{7}, true}})}));
  EXPECT_TRUE(table->HasColumn("depth"));
  EXPECT_TRUE(table->HasColumn("ratio"));
  EXPECT_EQ(Query(path, "SELECT type FROM pragma_table_info('events') WHERE name = 'depth'"),
            std::vector<std::string>{"INTEGER"});
  EXPECT_EQ(Query(path, "SELECT type FROM pragma_table_info('events') WHERE name = 'ratio'"),
            std::vector<std::string>{"REAL"});
  EXPECT_EQ(Query(path, "SELECT depth FROM events ORDER BY rowid"),
            (std::vector<std::string>{"2", "7"}));
}

TEST(XetrackTable, HostileColumnNamesAreQuotedNotInjected) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "t.db").string();
  auto table = XetrackTable::Open(path, 1000);
  ASSERT_TRUE(table);
  const std::string evil = R"(x" TEXT); DROP TABLE events; --)";
  ASSERT_TRUE(table->Insert({Row({{evil, std::string("v"), true}, {"a b", int64_t{1}, true}})}));
  EXPECT_EQ(Query(path, "SELECT " + QuoteIdentifier(evil) + " FROM events"),
            std::vector<std::string>{"v"});
  EXPECT_EQ(Query(path, "SELECT \"a b\" FROM events"), std::vector<std::string>{"1"});
  EXPECT_EQ(QuoteIdentifier(R"(a"b)"), R"("a""b")");
}

TEST(XetrackTable, ColumnsBeyondTheLimitGoToOverflowNothingIsDropped) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "t.db").string();
  auto table = XetrackTable::Open(path, 17);  // 15 base columns: room for two more
  ASSERT_TRUE(table);
  ASSERT_TRUE(table->Insert({Row({{"a", int64_t{1}, true},
                                  {"b", int64_t{2}, true},
                                  {"c", int64_t{3}, true},
                                  {std::string("n\0ul", 4), std::string("z"), true},
                                  {"", std::string("empty"), true}})}));
  EXPECT_TRUE(table->HasColumn("a"));
  EXPECT_TRUE(table->HasColumn("b"));
  EXPECT_FALSE(table->HasColumn("c"));
  EXPECT_EQ(Query(path, "SELECT overflow FROM events"),
            std::vector<std::string>{R"({"c":3,"n\u0000ul":"z","":"empty"})"});
}

TEST(XetrackTable, AppendsToAnExistingTableAndLearnsItsColumns) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "old.db").string();
  {
    auto db = store::Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Exec("CREATE TABLE events (timestamp TEXT, track_id TEXT, custom REAL)"));
    ASSERT_TRUE(db->Exec("INSERT INTO events VALUES ('t', 'old-run', 1.5)"));
  }
  auto table = XetrackTable::Open(path, 1000);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_TRUE(table->HasColumn("custom"));
  EXPECT_TRUE(table->HasColumn("server_name"));  // added to the old table
  ASSERT_TRUE(table->Insert({Row({{"track_id", std::string("new-run"), false},
                                  {"custom", 2.5, true}})}));
  EXPECT_EQ(Query(path, "SELECT track_id FROM events ORDER BY rowid"),
            (std::vector<std::string>{"old-run", "new-run"}));
}

TEST(XetrackTable, UnopenablePathIsAnErrorNamingIt) {
  auto table = XetrackTable::Open("/nonexistent-dir-xetrack/t.db", 1000);
  ASSERT_FALSE(table);
  EXPECT_NE(table.error().message.find("/nonexistent-dir-xetrack/t.db"), std::string::npos)
      << table.error().message;
}

}  // namespace
}  // namespace mcpgw::audit
