#include "audit/jsonl_sink.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <boost/json/serialize.hpp>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <unistd.h>

#include "audit/audit_row.h"

namespace mcpgw::audit {

Result<std::shared_ptr<JsonlSink>> JsonlSink::Open(JsonlSinkOptions options) {
  std::shared_ptr<JsonlSink> sink(new JsonlSink(std::move(options)));
  if (auto r = sink->OpenFile(); !r) return r.error();
  sink->thread_ = std::thread([s = sink.get()] { s->Run(); });
  return sink;
}

Result<void> JsonlSink::OpenFile() {
  file_ = std::fopen(options_.path.c_str(), "a");
  if (!file_)
    return MakeError("audit log " + options_.path + ": " + std::strerror(errno));
  struct stat st {};
  size_ = ::stat(options_.path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
  day_ = size_ > 0 ? static_cast<int64_t>(st.st_mtime / 86400) : -1;
  return {};
}

JsonlSink::~JsonlSink() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  not_empty_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (file_) std::fclose(file_);
}

void JsonlSink::Write(const std::shared_ptr<const CallRecord>& record) {
  std::unique_lock lock(mutex_);
  not_full_.wait(lock, [this] { return queue_.size() < options_.queue_size || stopping_; });
  queue_.push_back(record);
  ++submitted_;
  lock.unlock();
  not_empty_.notify_one();
}

void JsonlSink::Flush() {
  std::unique_lock lock(mutex_);
  const uint64_t target = submitted_;
  drained_.wait(lock, [&] { return processed_ >= target; });
}

uint64_t JsonlSink::failed() const {
  std::lock_guard lock(mutex_);
  return failed_;
}

void JsonlSink::Append(const std::string& line, int64_t day) {
  const bool too_big = options_.max_bytes > 0 && size_ > 0 && size_ + line.size() > options_.max_bytes;
  const bool new_day = options_.daily && day_ >= 0 && day != day_;
  if (file_ && (too_big || new_day)) {
    std::fclose(file_);
    file_ = nullptr;
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char suffix[32];
    std::strftime(suffix, sizeof suffix, ".%Y%m%d-%H%M%S", &tm);
    std::string rotated = options_.path + suffix;
    for (int n = 1; ::access(rotated.c_str(), F_OK) == 0; ++n)
      rotated = options_.path + suffix + "." + std::to_string(n);
    if (std::rename(options_.path.c_str(), rotated.c_str()) != 0)
      spdlog::warn("audit log cannot rotate {}: {}", options_.path, std::strerror(errno));
  }
  if (!file_) {
    if (auto r = OpenFile(); !r) {
      std::lock_guard lock(mutex_);
      ++failed_;
      if (!outage_logged_) spdlog::error("{}", r.error().message);
      outage_logged_ = true;
      return;
    }
  }
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size() || std::fflush(file_) != 0) {
    std::lock_guard lock(mutex_);
    ++failed_;
    if (!outage_logged_)
      spdlog::error("audit log {}: write failed: {}", options_.path, std::strerror(errno));
    outage_logged_ = true;
    std::fclose(file_);
    file_ = nullptr;
    return;
  }
  size_ += line.size();
  day_ = day;
  std::lock_guard lock(mutex_);
  outage_logged_ = false;
}

void JsonlSink::Run() {
  std::deque<std::shared_ptr<const CallRecord>> batch;
  while (true) {
    bool stop = false;
    {
      std::unique_lock lock(mutex_);
      not_empty_.wait(lock, [this] { return !queue_.empty() || stopping_; });
      batch.swap(queue_);
      stop = stopping_;
    }
    not_full_.notify_all();
    for (const auto& record : batch) {
      StoredRow row = ToStoredRow(*record, options_.hash_arguments);
      std::string line = boost::json::serialize(RowToJson(row, false));
      line += '\n';
      Append(line, row.ts_us / 86'400'000'000LL);
    }
    {
      std::lock_guard lock(mutex_);
      processed_ += batch.size();
    }
    batch.clear();
    drained_.notify_all();
    if (stop) {
      std::lock_guard lock(mutex_);
      if (queue_.empty()) break;
    }
  }
}

}  // namespace mcpgw::audit
