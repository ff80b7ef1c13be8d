#include "audit/audit_store.h"

#include <spdlog/spdlog.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "audit/audit_row.h"
#include "audit/audit_schema.h"

namespace mcpgw::audit {

namespace {

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

AuditStore::AuditStore(AuditStoreOptions options) : options_(std::move(options)) {}

Result<std::unique_ptr<AuditStore>> AuditStore::Open(AuditStoreOptions options) {
  std::unique_ptr<AuditStore> store(new AuditStore(std::move(options)));
  if (auto r = store->Prepare(); !r) {
    return MakeError("audit store " + store->options_.path + ": " + r.error().message);
  }
  store->writer_ = std::thread([s = store.get()] { s->Run(); });
  return store;
}

Result<void> AuditStore::Prepare() {
  store::Database::Options db_options;
  db_options.busy_timeout_ms = static_cast<int>(options_.busy_timeout.count());
  auto db = store::Database::Open(options_.path, db_options);
  if (!db) return db.error();
  db_ = std::move(*db);
  if (auto r = db_.Exec(options_.synchronous_full ? "PRAGMA synchronous=FULL"
                                                  : "PRAGMA synchronous=NORMAL");
      !r)
    return r.error();
  if (auto r = MigrateAuditSchema(db_); !r) return r.error();
  // Where the chain and the checkpoints end.
  {
    auto stmt = db_.Prepare("SELECT seq, hash FROM calls ORDER BY seq DESC LIMIT 1");
    if (!stmt) return stmt.error();
    auto row = stmt->Step();
    if (!row) return row.error();
    last_seq_ = *row ? stmt->Int(0) : 0;
    last_hash_ = *row ? stmt->Text(1) : std::string(kGenesisHash);
  }
  {
    auto stmt = db_.Prepare(
        "SELECT id, mac, last_seq FROM checkpoints WHERE kind = 'checkpoint' "
        "ORDER BY id DESC LIMIT 1");
    if (!stmt) return stmt.error();
    auto row = stmt->Step();
    if (!row) return row.error();
    if (*row) {
      checkpointed_seq_ = stmt->Int(2);
    }
  }
  {
    auto stmt = db_.Prepare("SELECT id, mac FROM checkpoints ORDER BY id DESC LIMIT 1");
    if (!stmt) return stmt.error();
    auto row = stmt->Step();
    if (!row) return row.error();
    checkpoint_id_ = *row ? stmt->Int(0) : 0;
    checkpoint_mac_ = *row ? stmt->Text(1) : std::string();
  }
  auto insert = db_.Prepare(kInsertCall);
  if (!insert) return insert.error();
  insert_ = std::move(*insert);
  // A write now tells at once whether the file is writable (read-only paths fail here).
  {
    auto tx = store::Transaction::Begin(db_);
    if (!tx) return tx.error();
    if (auto r = tx->Commit(); !r) return r.error();
  }
  last_checkpoint_ = std::chrono::steady_clock::now();
  last_retention_ = std::chrono::steady_clock::time_point();  // retention runs at first chance
  return {};
}

AuditStore::~AuditStore() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  not_empty_.notify_all();
  if (writer_.joinable()) writer_.join();
}

void AuditStore::Submit(std::shared_ptr<const CallRecord> record, Done done) {
  std::unique_lock lock(mutex_);
  if (queue_.size() >= options_.queue_size) {
    backpressure_waits_.fetch_add(1, std::memory_order_relaxed);
    not_full_.wait(lock, [this] { return queue_.size() < options_.queue_size || stopping_; });
  }
  queue_.push_back({std::move(record), std::move(done)});
  ++submitted_;
  // The writer sleeps on an empty queue, or lingers until a batch is full.
  const bool wake = queue_.size() == 1 || queue_.size() >= options_.max_batch;
  lock.unlock();
  if (wake) not_empty_.notify_one();
}

void AuditStore::Flush() {
  std::unique_lock lock(mutex_);
  const uint64_t target = submitted_;
  drained_.wait(lock, [&] { return processed_ >= target; });
}

std::string AuditStore::last_error() const {
  std::lock_guard lock(mutex_);
  return last_error_;
}

void AuditStore::SetCommitObserver(std::function<void(std::chrono::nanoseconds)> observer) const {
  std::lock_guard lock(observer_mutex_);
  commit_observer_ = std::move(observer);
}

AuditStoreStats AuditStore::stats() const {
  AuditStoreStats s;
  s.committed = committed_.load();
  s.failed = failed_.load();
  s.checkpoints = checkpoints_.load();
  s.backpressure_waits = backpressure_waits_.load();
  s.pruned = pruned_.load();
  s.last_commit_latency = std::chrono::nanoseconds(last_commit_ns_.load());
  std::lock_guard lock(mutex_);
  s.queue_depth = queue_.size();
  return s;
}

void AuditStore::Run() {
  std::deque<Item> batch;
  while (true) {
    bool stop = false;
    bool idle_checkpoint = false;
    {
      std::unique_lock lock(mutex_);
      const bool woke = not_empty_.wait_for(lock, options_.checkpoint_interval, [this] {
        return !queue_.empty() || stopping_;
      });
      // Async durability: let a few more records arrive, so that one transaction carries many.
      if (woke && options_.linger.count() > 0 && !stopping_) {
        not_empty_.wait_for(lock, options_.linger, [this] {
          return queue_.size() >= options_.max_batch || stopping_;
        });
      }
      const std::size_t n = std::min(queue_.size(), options_.max_batch);
      for (std::size_t i = 0; i < n; ++i) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      stop = stopping_ && queue_.empty();
      idle_checkpoint = !woke && checkpointed_seq_ < last_seq_;
    }
    not_full_.notify_all();
    if (!batch.empty() || idle_checkpoint || (stop && checkpointed_seq_ < last_seq_)) {
      WriteBatch(batch, /*force_checkpoint=*/idle_checkpoint || stop);
      std::size_t done = batch.size();
      batch.clear();
      {
        std::lock_guard lock(mutex_);
        processed_ += done;
      }
      drained_.notify_all();
    }
    if (options_.max_age_days > 0 || options_.max_size_mb > 0) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_retention_ >= options_.retention_interval) {
        last_retention_ = now;
        ApplyRetention();
      }
    }
    if (stop) break;
  }
}

void AuditStore::WriteBatch(std::deque<Item>& batch, bool force_checkpoint) {
  const auto started = std::chrono::steady_clock::now();
  int64_t seq = last_seq_;
  std::string hash = last_hash_;
  const int64_t saved_checkpoint_id = checkpoint_id_;
  const std::string saved_checkpoint_mac = checkpoint_mac_;
  bool checkpointed = false;
  auto write = [&]() -> Result<void> {
    auto tx = store::Transaction::Begin(db_);
    if (!tx) return tx.error();
    for (Item& item : batch) {
      StoredRow row = ToStoredRow(*item.record, options_.hash_arguments);
      row.seq = ++seq;
      row.prev_hash = hash;
      row.hash = ChainHash(row.prev_hash, Canonical(row));
      insert_.Reset();
      BindStoredRow(insert_, row);
      if (auto r = insert_.Run(); !r) return r.error();
      hash = std::move(row.hash);
    }
    const bool due = started - last_checkpoint_ >= options_.checkpoint_interval;
    if ((force_checkpoint || due) && seq > checkpointed_seq_) {
      if (auto r = InsertCheckpoint("checkpoint", seq, hash); !r) return r.error();
      checkpointed = true;
    }
    return tx->Commit();
  };
  Result<void> result = write();
  const auto finished = std::chrono::steady_clock::now();
  last_commit_ns_.store((finished - started).count(), std::memory_order_relaxed);
  if (result) {
    std::lock_guard lock(observer_mutex_);
    if (commit_observer_) commit_observer_(finished - started);
  }
  if (!result) {
    insert_.Reset();
    checkpoint_id_ = saved_checkpoint_id;
    checkpoint_mac_ = saved_checkpoint_mac;
    failed_.fetch_add(batch.size(), std::memory_order_relaxed);
    if (healthy_.exchange(false))
      spdlog::error("audit store path={} unavailable: {}", options_.path, result.error().message);
    {
      std::lock_guard lock(mutex_);
      last_error_ = result.error().message;
    }
    for (Item& item : batch)
      if (item.done) item.done(false, result.error().message);
    return;
  }
  last_seq_ = seq;
  last_hash_ = std::move(hash);
  committed_.fetch_add(batch.size(), std::memory_order_relaxed);
  if (!healthy_.exchange(true)) spdlog::warn("audit store path={} available again", options_.path);
  if (checkpointed) {
    checkpointed_seq_ = last_seq_;
    last_checkpoint_ = finished;
    checkpoints_.fetch_add(1, std::memory_order_relaxed);
    WriteHead();
  }
  for (Item& item : batch)
    if (item.done) item.done(true, std::string());
}

Result<void> AuditStore::InsertCheckpoint(std::string_view kind, int64_t last_seq,
                                          const std::string& last_hash) {
  const int64_t id = checkpoint_id_ + 1;
  const int64_t created = NowMicros();
  const std::string mac =
      HmacHex(options_.key, CheckpointText(id, kind, created, last_seq, last_hash,
                                           checkpoint_mac_));
  auto stmt = db_.Prepare(
      "INSERT INTO checkpoints (id, kind, created_us, last_seq, last_hash, prev_mac, mac) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id).Bind(2, kind).Bind(3, created).Bind(4, last_seq).Bind(5, std::string_view(last_hash))
      .Bind(6, std::string_view(checkpoint_mac_)).Bind(7, std::string_view(mac));
  if (auto r = stmt->Run(); !r) return r.error();
  head_.id = id;
  head_.kind = std::string(kind);
  head_.created_us = created;
  head_.last_seq = last_seq;
  head_.last_hash = last_hash;
  head_.prev_mac = checkpoint_mac_;
  head_.mac = mac;
  checkpoint_id_ = id;
  checkpoint_mac_ = mac;
  return {};
}

void AuditStore::WriteHead() {
  boost::json::object head{{"id", head_.id},           {"kind", head_.kind},
                           {"created_us", head_.created_us}, {"last_seq", head_.last_seq},
                           {"last_hash", head_.last_hash}, {"prev_mac", head_.prev_mac},
                           {"mac", head_.mac}};
  const std::string path = options_.path + ".head";
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::trunc);
    out << boost::json::serialize(head) << "\n";
    if (!out) {
      spdlog::warn("audit store cannot write {}", temp);
      return;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0)
    spdlog::warn("audit store cannot replace {}", path);
}

Result<void> AuditStore::PruneThrough(int64_t seq) {
  if (seq <= 0) return {};
  auto tx = store::Transaction::Begin(db_);
  if (!tx) return tx.error();
  auto get = db_.Prepare("SELECT hash FROM calls WHERE seq = ?1");
  if (!get) return get.error();
  get->Bind(1, seq);
  auto row = get->Step();
  if (!row) return row.error();
  if (!*row) return {};
  const std::string hash = get->Text(0);
  auto del = db_.Prepare("DELETE FROM calls WHERE seq <= ?1");
  if (!del) return del.error();
  del->Bind(1, seq);
  if (auto r = del->Run(); !r) return r.error();
  const int deleted = db_.Changes();
  if (auto r = InsertCheckpoint("prune", seq, hash); !r) return r.error();
  if (auto r = tx->Commit(); !r) return r.error();
  pruned_.fetch_add(deleted, std::memory_order_relaxed);
  checkpoints_.fetch_add(1, std::memory_order_relaxed);
  WriteHead();
  spdlog::info("audit store retention deleted={} through_seq={}", deleted, seq);
  return {};
}

void AuditStore::ApplyRetention() {
  const int64_t saved_id = checkpoint_id_;
  const std::string saved_mac = checkpoint_mac_;
  auto fail = [&](const Error& e) {
    checkpoint_id_ = saved_id;
    checkpoint_mac_ = saved_mac;
    spdlog::warn("audit store retention failed: {}", e.message);
  };
  if (options_.max_age_days > 0) {
    const int64_t cutoff =
        NowMicros() - static_cast<int64_t>(options_.max_age_days * 86400.0 * 1e6);
    auto stmt = db_.Prepare("SELECT MAX(seq) FROM calls WHERE ts_us < ?1");
    if (!stmt) return fail(stmt.error());
    stmt->Bind(1, cutoff);
    auto row = stmt->Step();
    if (!row) return fail(row.error());
    // Never delete the newest row: the chain's end stays anchored.
    if (*row && !stmt->IsNull(0)) {
      if (auto r = PruneThrough(std::min(stmt->Int(0), last_seq_ - 1)); !r) return fail(r.error());
    }
  }
  if (options_.max_size_mb > 0) {
    const double limit = options_.max_size_mb * 1024 * 1024;
    for (int round = 0; round < 20; ++round) {
      auto stmt = db_.Prepare(
          "SELECT (SELECT page_count FROM pragma_page_count()) - "
          "(SELECT freelist_count FROM pragma_freelist_count()), "
          "(SELECT page_size FROM pragma_page_size()), MIN(seq), COUNT(*) FROM calls");
      if (!stmt) return fail(stmt.error());
      auto row = stmt->Step();
      if (!row) return fail(row.error());
      if (!*row) return;
      const double used = static_cast<double>(stmt->Int(0)) * static_cast<double>(stmt->Int(1));
      if (used <= limit || stmt->Int(3) <= 1) return;
      // The oldest tenth of the rows (at least one), never the newest.
      const int64_t first = stmt->Int(2);
      const int64_t count = std::max<int64_t>(1, stmt->Int(3) / 10);
      if (auto r = PruneThrough(std::min(first + count - 1, last_seq_ - 1)); !r)
        return fail(r.error());
    }
  }
}

}  // namespace mcpgw::audit
