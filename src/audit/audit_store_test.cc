#include "audit/audit_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "audit/audit_row.h"
#include "audit/audit_schema.h"
#include "audit/audit_verify.h"
#include "testing/temp_dir.h"

namespace mcpgw::audit {
namespace {

constexpr const char* kKey = "test-key-0123456789";

std::shared_ptr<const CallRecord> Record(int n, std::chrono::system_clock::time_point when =
                                                    std::chrono::system_clock::now()) {
  auto r = std::make_shared<CallRecord>();
  r->call_id = "call-" + std::to_string(n);
  r->started = when;
  r->method = "tools/call";
  r->server = "fs";
  r->capability_type = "tool";
  r->capability_name = n % 2 ? "read" : "delete_file";
  r->arguments_json = R"({"n":)" + std::to_string(n) + "}";
  return r;
}

// Polls `condition` for up to 10 s (waiting for another thread to reach a state, not ordering).
bool Eventually(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

class AuditStoreTest : public ::testing::Test {
 protected:
  AuditStoreOptions Options() {
    AuditStoreOptions o;
    o.path = (dir_.path() / "audit.db").string();
    o.key = kKey;
    o.checkpoint_interval = std::chrono::hours(1);  // checkpoints only at close, unless a test
    return o;
  }
  // Writes `n` records through a store and closes it (its final checkpoint written).
  void WriteAndClose(int n, AuditStoreOptions options) {
    auto store = AuditStore::Open(options);
    ASSERT_TRUE(store) << store.error().message;
    for (int i = 1; i <= n; ++i) (*store)->Submit(Record(i), nullptr);
    (*store)->Flush();
    EXPECT_EQ((*store)->stats().committed, static_cast<uint64_t>(n));
  }
  void Exec(const std::string& sql) {
    auto db = store::Database::Open(path());
    ASSERT_TRUE(db) << db.error().message;
    ASSERT_TRUE(db->Exec(sql)) << sql;
  }
  VerifyReport Verify(const std::string& key = kKey) {
    auto report = VerifyAuditStore(path(), key);
    EXPECT_TRUE(report) << report.error().message;
    return report ? *report : VerifyReport{};
  }
  std::string path() const { return (dir_.path() / "audit.db").string(); }

  testing::TempDir dir_;
};

TEST_F(AuditStoreTest, FreshDatabaseGetsTheLatestSchema) {
  auto db = store::Database::Open(path());
  ASSERT_TRUE(db);
  ASSERT_TRUE(MigrateAuditSchema(*db));
  EXPECT_EQ(db->UserVersion().value(), kAuditSchemaVersion);
}

TEST_F(AuditStoreTest, VersionOneDatabaseIsMigratedKeepingItsRows) {
  {
    auto db = store::Database::Open(path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(MigrateAuditSchemaTo(*db, 1));
    EXPECT_EQ(db->UserVersion().value(), 1);
  }
  WriteAndClose(3, Options());  // opening migrates, then appends
  auto db = store::Database::Open(path());
  ASSERT_TRUE(db);
  EXPECT_EQ(db->UserVersion().value(), kAuditSchemaVersion);
  auto index = db->Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND "
                           "name='calls_server_tool'");
  ASSERT_TRUE(index && index->Step().value());
  EXPECT_EQ(index->Int(0), 1);
  EXPECT_TRUE(Verify().ok);
}

TEST_F(AuditStoreTest, NewerSchemaIsRefused) {
  {
    auto db = store::Database::Open(path());
    ASSERT_TRUE(db && db->SetUserVersion(99));
  }
  auto store = AuditStore::Open(Options());
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("newer"), std::string::npos) << store.error().message;
}

TEST_F(AuditStoreTest, UnwritablePathIsAClearError) {
  AuditStoreOptions options = Options();
  options.path = "/proc/mcpgw-audit-test.db";
  auto store = AuditStore::Open(options);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find("audit store /proc/mcpgw-audit-test.db"), std::string::npos)
      << store.error().message;
}

TEST_F(AuditStoreTest, WrittenChainVerifiesAndContinuesAcrossReopen) {
  WriteAndClose(5, Options());
  WriteAndClose(4, Options());
  VerifyReport report = Verify();
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.rows, 9);
  EXPECT_EQ(report.last_seq, 9);
  EXPECT_EQ(report.covered_seq, 9) << "each close writes a checkpoint";
  EXPECT_GE(report.checkpoints, 2);
}

TEST_F(AuditStoreTest, VerifyDetectsAnEditedRow) {
  WriteAndClose(10, Options());
  Exec("UPDATE calls SET capability_name = 'harmless' WHERE seq = 4");
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 4);
  EXPECT_NE(report.problem.find("modified"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, VerifyDetectsADeletedRow) {
  WriteAndClose(10, Options());
  Exec("DELETE FROM calls WHERE seq = 6");
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 6);
  EXPECT_NE(report.problem.find("missing"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, VerifyDetectsADeletedFirstRow) {
  WriteAndClose(5, Options());
  Exec("DELETE FROM calls WHERE seq = 1");
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 2);
}

TEST_F(AuditStoreTest, VerifyDetectsATruncatedTailThroughItsCheckpoint) {
  WriteAndClose(10, Options());
  Exec("DELETE FROM calls WHERE seq > 7");
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.problem.find("truncated"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, VerifyDetectsATailTruncatedWithItsCheckpointsThroughTheHeadFile) {
  WriteAndClose(5, Options());
  WriteAndClose(5, Options());
  Exec("DELETE FROM calls WHERE seq > 5; DELETE FROM checkpoints WHERE last_seq > 5");
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.problem.find(".head"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, VerifyDetectsARecomputedChainThroughTheSignedCheckpoint) {
  WriteAndClose(3, Options());
  // The attacker edits row 3 and recomputes its hash (they know the algorithm, not the key).
  auto db = store::Database::Open(path());
  ASSERT_TRUE(db);
  auto select = db->Prepare(std::string("SELECT ") + kCallColumns + " FROM calls WHERE seq = 3");
  ASSERT_TRUE(select && select->Step().value());
  StoredRow row = ReadStoredRow(*select);
  row.capability_name = "harmless";
  row.hash = ChainHash(row.prev_hash, Canonical(row));
  auto update = db->Prepare("UPDATE calls SET capability_name = ?1, hash = ?2 WHERE seq = 3");
  ASSERT_TRUE(update);
  update->Bind(1, std::string_view(row.capability_name)).Bind(2, std::string_view(row.hash));
  ASSERT_TRUE(update->Run());
  VerifyReport report = Verify();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.broken_seq, 3);
  EXPECT_NE(report.problem.find("checkpoint"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, VerifyWithAnotherKeyFailsOnTheSignature) {
  WriteAndClose(2, Options());
  VerifyReport report = Verify("some-other-key-0123");
  EXPECT_FALSE(report.ok);
  EXPECT_NE(report.problem.find("signature"), std::string::npos) << report.problem;
}

TEST_F(AuditStoreTest, FullQueueMakesSubmitWaitAndNothingIsDropped) {
  AuditStoreOptions options = Options();
  options.queue_size = 2;
  options.busy_timeout = std::chrono::seconds(30);
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  AuditStore& s = **store;
  // Another connection holds the write lock: the writer stalls on its first batch.
  auto locker = store::Database::Open(path());
  ASSERT_TRUE(locker);
  ASSERT_TRUE(locker->Exec("BEGIN IMMEDIATE"));
  std::atomic<int> ok{0};
  auto done = [&ok](bool good, const std::string&) { ok += good ? 1 : 0; };
  s.Submit(Record(1), done);
  ASSERT_TRUE(Eventually([&] { return s.stats().queue_depth == 0; })) << "writer took record 1";
  s.Submit(Record(2), done);
  s.Submit(Record(3), done);  // the queue is full now
  std::atomic<bool> returned{false};
  std::thread producer([&] {
    s.Submit(Record(4), done);
    returned = true;
  });
  ASSERT_TRUE(Eventually([&] { return s.stats().backpressure_waits == 1; }));
  EXPECT_FALSE(returned) << "Submit waits while the queue is full";
  ASSERT_TRUE(locker->Exec("COMMIT"));
  producer.join();
  s.Flush();
  EXPECT_EQ(ok, 4);
  EXPECT_EQ(s.stats().committed, 4u);
  EXPECT_EQ(s.stats().failed, 0u);
  store->reset();
  EXPECT_TRUE(Verify().ok);
}

TEST_F(AuditStoreTest, UnavailableStoreFailsTheBatchAndRecoversOnTheNext) {
  AuditStoreOptions options = Options();
  options.busy_timeout = std::chrono::milliseconds(20);
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  AuditStore& s = **store;
  auto locker = store::Database::Open(path());
  ASSERT_TRUE(locker && locker->Exec("BEGIN IMMEDIATE"));
  std::atomic<int> failures{0};
  std::string error;
  s.Submit(Record(1), [&](bool good, const std::string& e) {
    if (!good) ++failures, error = e;
  });
  s.Flush();
  EXPECT_EQ(failures, 1);
  EXPECT_NE(error.find("locked"), std::string::npos) << error;
  EXPECT_FALSE(s.healthy());
  EXPECT_EQ(s.stats().failed, 1u);
  ASSERT_TRUE(locker->Exec("COMMIT"));
  bool second_ok = false;
  s.Submit(Record(2), [&](bool good, const std::string&) { second_ok = good; });
  s.Flush();
  EXPECT_TRUE(second_ok);
  EXPECT_TRUE(s.healthy());
  store->reset();
  VerifyReport report = Verify();
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.rows, 1) << "the failed batch left nothing behind";
}

TEST_F(AuditStoreTest, IdleWriterCheckpointsRowsNotYetCovered) {
  AuditStoreOptions options = Options();
  options.checkpoint_interval = std::chrono::milliseconds(20);
  auto store = AuditStore::Open(options);
  ASSERT_TRUE(store);
  (*store)->Submit(Record(1), nullptr);
  ASSERT_TRUE(Eventually([&] { return (*store)->stats().checkpoints >= 1; }));
  VerifyReport report = Verify();  // while the gateway still runs
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.covered_seq, 1);
}

TEST_F(AuditStoreTest, RetentionByAgeDeletesOldRowsAndTheChainStillVerifies) {
  {
    auto store = AuditStore::Open(Options());
    ASSERT_TRUE(store);
    const auto old = std::chrono::system_clock::now() - std::chrono::hours(24 * 10);
    for (int i = 1; i <= 4; ++i) (*store)->Submit(Record(i, old), nullptr);
    (*store)->Submit(Record(5), nullptr);
    (*store)->Flush();
  }
  AuditStoreOptions options = Options();
  options.max_age_days = 1;
  options.retention_interval = std::chrono::milliseconds(0);
  {
    auto store = AuditStore::Open(options);
    ASSERT_TRUE(store);
    (*store)->Submit(Record(6), nullptr);
    (*store)->Flush();
    ASSERT_TRUE(Eventually([&] { return (*store)->stats().pruned == 4; }));
  }
  VerifyReport report = Verify();
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.first_seq, 5);
  EXPECT_EQ(report.rows, 2);
  // Deleting more from the start without a signed prune is still detected.
  Exec("DELETE FROM calls WHERE seq = 5");
  EXPECT_FALSE(Verify().ok);
}

TEST_F(AuditStoreTest, RetentionBySizeDeletesTheOldestRowsAndTheChainStillVerifies) {
  AuditStoreOptions options = Options();
  options.max_size_mb = 0.25;
  options.retention_interval = std::chrono::milliseconds(0);
  {
    auto store = AuditStore::Open(options);
    ASSERT_TRUE(store);
    for (int i = 1; i <= 3000; ++i) {
      auto r = std::make_shared<CallRecord>(*Record(i));
      r->arguments_json = "{\"blob\":\"" + std::string(400, 'x') + "\"}";
      (*store)->Submit(r, nullptr);
    }
    (*store)->Flush();
    (*store)->Submit(Record(3001), nullptr);  // one more pass of the writer after the bulk
    (*store)->Flush();
    ASSERT_TRUE(Eventually([&] { return (*store)->stats().pruned > 0; }));
  }
  VerifyReport report = Verify();
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_GT(report.first_seq, 1);
  EXPECT_EQ(report.last_seq, 3001) << "the newest rows are kept";
}

}  // namespace
}  // namespace mcpgw::audit
