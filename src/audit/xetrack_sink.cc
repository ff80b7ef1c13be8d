#include "audit/xetrack_sink.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

#include "store/state_dir.h"

namespace mcpgw::audit {
namespace {

constexpr std::size_t kMaxBatch = 256;

}  // namespace

XetrackSink::XetrackSink(XetrackOptions options, std::optional<XetrackTable> table,
                         XetrackLog log)
    : options_(std::move(options)), table_(std::move(table)), log_(std::move(log)) {
  thread_ = std::thread([this] { Run(); });
}

XetrackSink::~XetrackSink() { Stop(); }

void XetrackSink::Write(const std::shared_ptr<const CallRecord>& record) {
  if (!record || !IsTracedMethod(record->method)) return;
  {
    std::lock_guard lock(mutex_);
    if (!stopping_ && queue_.size() < options_.queue_capacity) {
      queue_.push_back(record);
      wake_.notify_one();
      return;
    }
  }
  const uint64_t dropped = dropped_.fetch_add(1) + 1;
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count();
  int64_t last = last_drop_warning_.load();
  if (now > last && last_drop_warning_.compare_exchange_strong(last, now))
    spdlog::warn("xetrack trace queue full (capacity={}): call not traced dropped_total={}",
                 options_.queue_capacity, dropped);
}

std::size_t XetrackSink::queue_depth() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void XetrackSink::Flush() {
  std::unique_lock lock(mutex_);
  drained_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void XetrackSink::Stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  log_.Flush();
}

void XetrackSink::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) break;  // stopping, and everything is written
    std::deque<std::shared_ptr<const CallRecord>> batch;
    while (!queue_.empty() && batch.size() < kMaxBatch) {
      batch.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    busy_ = true;
    lock.unlock();
    WriteBatch(batch);
    lock.lock();
    busy_ = false;
    if (queue_.empty()) drained_.notify_all();
  }
  busy_ = false;
  drained_.notify_all();
}

void XetrackSink::WriteBatch(const std::deque<std::shared_ptr<const CallRecord>>& batch) {
  std::vector<XetrackRow> rows;
  for (const auto& record : batch) {
    std::vector<XetrackRow> call_rows = XetrackRows(*record, options_);
    const auto when = record->started +
                      std::chrono::duration_cast<std::chrono::system_clock::duration>(
                          record->total_latency);
    for (XetrackRow& row : call_rows) {
      if (auto r = log_.Write(when, XetrackRowJson(row)); !r) {
        failed_writes_.fetch_add(1);
        spdlog::error("xetrack log write failed: {}", r.error().message);
      }
      rows.push_back(std::move(row));
    }
  }
  log_.Flush();
  if (!table_) {
    rows_written_.fetch_add(rows.size());
    return;
  }
  if (auto r = table_->Insert(rows); !r) {
    failed_writes_.fetch_add(rows.size());
    spdlog::error("xetrack database write failed: rows={} error={}", rows.size(),
                  r.error().message);
    return;
  }
  rows_written_.fetch_add(rows.size());
}

Result<std::shared_ptr<XetrackSink>> MakeXetrackSink(const XetrackOptions& options,
                                                     std::FILE* console) {
  XetrackOptions o = options;
  if (o.track_id.empty()) o.track_id = NewTrackId();
  if (o.queue_capacity == 0) return MakeError("xetrack: queue capacity must be above 0");
  std::optional<XetrackTable> table;
  if (!o.db_path.empty()) {
    const std::filesystem::path parent = std::filesystem::path(o.db_path).parent_path();
    if (!parent.empty() && o.db_path != ":memory:")
      if (auto r = store::EnsureDir(parent.string()); !r)
        return MakeError("cannot create the directory of XETRACK_DB_PATH " + o.db_path + ": " +
                         r.error().message);
    auto opened = XetrackTable::Open(o.db_path, o.max_columns);
    if (!opened) return opened.error();
    table.emplace(std::move(*opened));
  }
  auto log = XetrackLog::Open(o.logs_path, o.logs_console ? console : nullptr, o.log_delimiter,
                              o.utc);
  if (!log) return log.error();
  return std::make_shared<XetrackSink>(std::move(o), std::move(table), std::move(*log));
}

}  // namespace mcpgw::audit
