#include "store/sqlite_db.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace mcpgw::store {
namespace {

TEST(SqliteDb, RoundTripsTextIntegersAndNulls) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db) << db.error().message;
  ASSERT_TRUE(db->Exec("CREATE TABLE t (a INTEGER, b TEXT, c TEXT)"));
  auto insert = db->Prepare("INSERT INTO t VALUES (?, ?, ?)");
  ASSERT_TRUE(insert);
  insert->Bind(1, int64_t{42}).Bind(2, std::string_view("h\0i", 3)).BindNull(3);
  ASSERT_TRUE(insert->Run());
  auto select = db->Prepare("SELECT a, b, c FROM t");
  ASSERT_TRUE(select);
  auto row = select->Step();
  ASSERT_TRUE(row && *row);
  EXPECT_EQ(select->Int(0), 42);
  EXPECT_EQ(select->Text(1), std::string("h\0i", 3));
  EXPECT_TRUE(select->IsNull(2));
  EXPECT_EQ(select->ColumnName(1), "b");
  auto done = select->Step();
  ASSERT_TRUE(done);
  EXPECT_FALSE(*done);
}

TEST(SqliteDb, SyntaxErrorsAreErrorsNamingSqlitesMessage) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db);
  auto bad = db->Prepare("SELEKT 1");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("syntax error"), std::string::npos) << bad.error().message;
  auto exec = db->Exec("CREATE TABLE");
  EXPECT_FALSE(exec);
}

TEST(SqliteDb, TransactionRollsBackUnlessCommitted) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec("CREATE TABLE t (a INTEGER)"));
  {
    auto tx = Transaction::Begin(*db);
    ASSERT_TRUE(tx);
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (1)"));
  }  // rolled back
  {
    auto tx = Transaction::Begin(*db);
    ASSERT_TRUE(tx);
    ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (2)"));
    ASSERT_TRUE(tx->Commit());
  }
  auto count = db->Prepare("SELECT COUNT(*), SUM(a) FROM t");
  ASSERT_TRUE(count && *count->Step());
  EXPECT_EQ(count->Int(0), 1);
  EXPECT_EQ(count->Int(1), 2);
}

TEST(SqliteDb, FileDatabaseUsesWalAndKeepsUserVersion) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "s.db").string();
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db) << db.error().message;
    ASSERT_TRUE(db->SetUserVersion(3));
    auto mode = db->Prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode && *mode->Step());
    EXPECT_EQ(mode->Text(0), "wal");
  }
  Database::Options ro;
  ro.read_only = true;
  auto db = Database::Open(path, ro);
  ASSERT_TRUE(db) << db.error().message;
  auto version = db->UserVersion();
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, 3);
  EXPECT_FALSE(db->Exec("CREATE TABLE x (a)"));  // read-only connection refuses writes
}

TEST(SqliteDb, MissingFileWithoutCreateIsAnErrorNamingThePath) {
  testing::TempDir dir;
  Database::Options options;
  options.create = false;
  auto db = Database::Open((dir.path() / "absent.db").string(), options);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("absent.db"), std::string::npos);
}

}  // namespace
}  // namespace mcpgw::store
