// AuditStore: the gateway's own audit trail, one SQLite database in WAL mode (docs/audit.md).
// Every closed call record becomes one row of `calls`, chained by SHA-256 to the row before it;
// signed checkpoints (HMAC) pin the chain's end so a truncated tail is detected too.
//
// Writing: Submit() queues a record for a dedicated writer thread, which writes what is queued
// in batched transactions (one BEGIN/COMMIT per batch, up to max_batch records). The queue is
// bounded: when it is full Submit() waits until the writer makes room (backpressure: the caller,
// the io_context thread, stalls and with it every call; a record is never dropped). Each
// record's `done` callback runs on the writer thread once its batch is committed (ok) or has
// failed (the store is unavailable: disk full, read-only, locked past the busy timeout); the
// writer tries again with the next batch, so the store recovers by itself.
//
// Checkpoints: written in the batch's transaction when checkpoint_interval has passed since the
// last one, and after the writer has been idle that long with rows not yet covered; each is
// also written to `<db>.head` (replaced atomically) so a database truncated together with its
// checkpoints is detected by `audit verify`. Retention (max age, max size) deletes the oldest
// rows and leaves a signed `prune` checkpoint where the chain now starts.
//
// Threading: Submit/Flush/stats from any thread (normally the io_context thread); the database
// belongs to the writer thread. Lifetime: the destructor writes everything queued, a final
// checkpoint, and joins the writer.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "audit/audit_config.h"
#include "audit/call_record.h"
#include "core/status.h"
#include "store/sqlite_db.h"

namespace mcpgw::audit {

struct AuditStoreOptions {
  std::string path;  // the database file; its directory must exist
  std::string key;   // checkpoint HMAC key (ResolveAuditKey)
  bool synchronous_full = false;  // PRAGMA synchronous=FULL (durability commit) instead of NORMAL
  std::size_t queue_size = 8192;
  std::size_t max_batch = 1024;
  // How long the writer waits for more records once one arrives, to batch them (0: write at
  // once; durability commit uses 0, as an answer waits for its batch).
  std::chrono::microseconds linger{0};
  std::chrono::milliseconds checkpoint_interval{1000};
  std::chrono::milliseconds busy_timeout{5000};
  bool hash_arguments = false;
  double max_age_days = 0;  // 0: keep forever
  double max_size_mb = 0;   // 0: no limit
  std::chrono::milliseconds retention_interval{60'000};
};

struct AuditStoreStats {
  uint64_t committed = 0;          // rows written
  uint64_t failed = 0;             // records whose batch failed
  uint64_t checkpoints = 0;
  uint64_t backpressure_waits = 0;  // Submit calls that waited for room
  uint64_t pruned = 0;             // rows deleted by retention
  std::size_t queue_depth = 0;
  std::chrono::nanoseconds last_commit_latency{0};  // last batch: BEGIN to COMMIT done
};

class AuditStore {
 public:
  // Called on the writer thread: ok, or the reason the record could not be written.
  using Done = std::function<void(bool ok, const std::string& error)>;

  // Opens (creating when missing) and migrates the database, reads where the chain ends, and
  // starts the writer. Errors: the database cannot be opened, migrated or read ("audit store
  // PATH: ...").
  static Result<std::unique_ptr<AuditStore>> Open(AuditStoreOptions options);

  ~AuditStore();
  AuditStore(const AuditStore&) = delete;
  AuditStore& operator=(const AuditStore&) = delete;

  // Queues `record`; waits while the queue is full. `done` may be null.
  void Submit(std::shared_ptr<const CallRecord> record, Done done);
  // Waits until everything submitted so far has been written (or has failed).
  void Flush();

  // False from a failed batch until the next successful one.
  bool healthy() const { return healthy_.load(std::memory_order_relaxed); }
  std::string last_error() const;
  AuditStoreStats stats() const;
  // Called on the writer thread after every batch that committed, with its latency (BEGIN to
  // COMMIT done), for metrics; null stops the calls (once this returns, the previous observer
  // is never called again). Instrumentation, so callable on a const store.
  void SetCommitObserver(std::function<void(std::chrono::nanoseconds)> observer) const;
  const std::string& path() const { return options_.path; }

 private:
  struct Item {
    std::shared_ptr<const CallRecord> record;
    Done done;
  };
  explicit AuditStore(AuditStoreOptions options);
  Result<void> Prepare();
  void Run();
  // Writes `batch` (and a checkpoint when due, or when `force_checkpoint`) in one transaction.
  void WriteBatch(std::deque<Item>& batch, bool force_checkpoint);
  Result<void> InsertCheckpoint(std::string_view kind, int64_t last_seq,
                                const std::string& last_hash);
  void WriteHead();
  void ApplyRetention();
  Result<void> PruneThrough(int64_t seq);

  AuditStoreOptions options_;
  // Writer-thread state.
  store::Database db_;
  store::Statement insert_;
  int64_t last_seq_ = 0;
  std::string last_hash_;
  int64_t checkpoint_id_ = 0;
  std::string checkpoint_mac_;
  int64_t checkpointed_seq_ = 0;
  std::chrono::steady_clock::time_point last_checkpoint_;
  std::chrono::steady_clock::time_point last_retention_;
  struct Head {  // the latest checkpoint, mirrored to <db>.head
    int64_t id = 0;
    std::string kind;
    int64_t created_us = 0;
    int64_t last_seq = 0;
    std::string last_hash;
    std::string prev_mac;
    std::string mac;
  } head_;

  // Shared state.
  mutable std::mutex mutex_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::condition_variable drained_;
  std::deque<Item> queue_;
  uint64_t submitted_ = 0;  // guarded by mutex_
  uint64_t processed_ = 0;  // guarded by mutex_
  bool stopping_ = false;   // guarded by mutex_
  std::string last_error_;  // guarded by mutex_
  std::atomic<bool> healthy_{true};
  std::atomic<uint64_t> committed_{0};
  std::atomic<uint64_t> failed_{0};
  std::atomic<uint64_t> checkpoints_{0};
  std::atomic<uint64_t> backpressure_waits_{0};
  std::atomic<uint64_t> pruned_{0};
  std::atomic<int64_t> last_commit_ns_{0};
  mutable std::mutex observer_mutex_;
  mutable std::function<void(std::chrono::nanoseconds)> commit_observer_;  // observer_mutex_
  std::thread writer_;
};

}  // namespace mcpgw::audit
