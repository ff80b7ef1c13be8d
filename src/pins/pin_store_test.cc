#include "pins/pin_store.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace mcpgw::pins {
namespace {

PinItem Tool(std::string name, std::string hash) {
  PinItem item;
  item.name = std::move(name);
  item.hash = std::move(hash);
  item.definition = "{\"name\":\"" + item.name + "\"}";
  return item;
}

TEST(PinStore, FreshFileIsMigratedToTheCurrentSchema) {
  testing::TempDir dir;
  auto store = PinStore::Open((dir.path() / "state.db").string());
  ASSERT_TRUE(store) << store.error().message;
  auto version = store->SchemaVersion();
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, PinStore::kSchemaVersion);
}

TEST(PinStore, ReopeningKeepsPinsAndDoesNotRemigrate) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "state.db").string();
  {
    auto store = PinStore::Open(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Approve("fs", Tool("read", "h1"), 100, kApprovedByUser));
  }
  auto store = PinStore::Open(path);
  ASSERT_TRUE(store) << store.error().message;
  auto pins = store->Approved("fs");
  ASSERT_TRUE(pins);
  ASSERT_EQ(pins->size(), 1u);
  EXPECT_EQ((*pins)[0].item.hash, "h1");
  EXPECT_EQ((*pins)[0].how, kApprovedByUser);
  EXPECT_EQ((*pins)[0].at, 100);
}

TEST(PinStore, SharesTheFileWithOtherStoresWithoutTouchingUserVersion) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "state.db").string();
  {
    auto db = store::Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Exec("CREATE TABLE audit_events (id INTEGER)"));
    ASSERT_TRUE(db->SetUserVersion(7));
  }
  auto store = PinStore::Open(path);
  ASSERT_TRUE(store) << store.error().message;
  auto db = store::Database::Open(path);
  ASSERT_TRUE(db);
  EXPECT_EQ(*db->UserVersion(), 7);
  EXPECT_TRUE(db->Exec("SELECT * FROM audit_events"));
}

TEST(PinStore, NewerSchemaIsRefusedWithAClearError) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "state.db").string();
  {
    auto db = store::Database::Open(path);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->Exec("CREATE TABLE pins_meta (key TEXT PRIMARY KEY, value);"
                 "INSERT INTO pins_meta VALUES ('schema_version', 99)"));
  }
  auto store = PinStore::Open(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("schema version 99 is newer"), std::string::npos)
      << store.error().message;
}

TEST(PinStore, UnopenableFileIsAnErrorNamingThePath) {
  auto store = PinStore::Open("/nonexistent-dir/x/state.db");
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("/nonexistent-dir/x/state.db"), std::string::npos);
}

TEST(PinStore, RecordObservedReplacesThePreviousListAndMarksTheServerKnown) {
  auto store = PinStore::Open(":memory:");
  ASSERT_TRUE(store);
  EXPECT_FALSE(*store->Known("fs"));
  ASSERT_TRUE(store->RecordObserved("fs", {Tool("a", "1"), Tool("b", "2")}, 10));
  ASSERT_TRUE(store->RecordObserved("fs", {Tool("b", "3")}, 20));
  EXPECT_TRUE(*store->Known("fs"));
  auto observed = store->Observed("fs");
  ASSERT_TRUE(observed);
  ASSERT_EQ(observed->size(), 1u);
  EXPECT_EQ((*observed)[0].item.name, "b");
  EXPECT_EQ((*observed)[0].item.hash, "3");
  EXPECT_EQ((*store->Servers()), std::vector<std::string>{"fs"});
}

TEST(PinStore, ResetForgetsOneServerOrAll) {
  auto store = PinStore::Open(":memory:");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->RecordObserved("a", {Tool("t", "1")}, 1));
  ASSERT_TRUE(store->Approve("a", Tool("t", "1"), 1, kApprovedFirstUse));
  ASSERT_TRUE(store->RecordObserved("b", {Tool("t", "1")}, 1));
  ASSERT_TRUE(store->Approve("b", Tool("t", "1"), 1, kApprovedFirstUse));
  auto removed = store->Reset("a");
  ASSERT_TRUE(removed);
  EXPECT_EQ(*removed, 1);
  EXPECT_FALSE(*store->Known("a"));
  EXPECT_TRUE(*store->Known("b"));
  EXPECT_TRUE(store->Observed("a")->empty());
  ASSERT_TRUE(store->Reset(""));
  EXPECT_TRUE(store->Servers()->empty());
}

TEST(PinStore, UnapproveReportsWhetherAPinExisted) {
  auto store = PinStore::Open(":memory:");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Approve("a", Tool("t", "1"), 1, kApprovedByUser));
  EXPECT_TRUE(*store->Unapprove("a", PinKind::kTool, "t"));
  EXPECT_FALSE(*store->Unapprove("a", PinKind::kTool, "t"));
}

}  // namespace
}  // namespace mcpgw::pins
