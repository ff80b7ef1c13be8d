// JsonlSink: the proof-of-concept gateway's JSON Lines audit log (`auditing.audit_log`, e.g.
// ~/.mcp-gateway/audit.jsonl) as a RecordSink: one JSON object per closed call (the audit
// store's row without hashes, audit_row.h RowToJson), appended by its own thread.
//
// Rotation: before a line that would take the file past max_bytes, or on the first line of a new
// UTC day (when daily), the file is renamed to PATH.YYYYMMDD-HHMMSS (UTC) and a new one started.
// The queue is bounded (queue_size): when full, Write waits (backpressure, never a drop).
// A write error is logged once per outage and counted (failed()); the file is reopened on the
// next line.
//
// Threading: Write on the io_context thread; the file belongs to the sink's thread.
// Lifetime: the destructor writes what is queued and joins the thread.
#pragma once

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "audit/call_record.h"
#include "core/status.h"

namespace mcpgw::audit {

struct JsonlSinkOptions {
  std::string path;
  uint64_t max_bytes = 100ull * 1024 * 1024;  // 0: no size rotation
  bool daily = true;
  bool hash_arguments = false;
  std::size_t queue_size = 8192;
};

class JsonlSink : public RecordSink {
 public:
  // Opens (creating) the file for appending. Errors: "audit log PATH: reason".
  static Result<std::shared_ptr<JsonlSink>> Open(JsonlSinkOptions options);
  ~JsonlSink() override;

  std::string_view name() const override { return "jsonl"; }
  void Write(const std::shared_ptr<const CallRecord>& record) override;
  // Waits until every record written so far is in the file (tests).
  void Flush();
  uint64_t failed() const;

 private:
  explicit JsonlSink(JsonlSinkOptions options) : options_(std::move(options)) {}
  Result<void> OpenFile();
  void Run();
  void Append(const std::string& line, int64_t day);

  JsonlSinkOptions options_;
  std::FILE* file_ = nullptr;  // sink thread
  uint64_t size_ = 0;          // sink thread
  int64_t day_ = -1;           // sink thread: days since the epoch of the file's lines

  mutable std::mutex mutex_;
  std::condition_variable not_empty_, not_full_, drained_;
  std::deque<std::shared_ptr<const CallRecord>> queue_;
  uint64_t submitted_ = 0, processed_ = 0, failed_ = 0;
  bool stopping_ = false;
  bool outage_logged_ = false;
  std::thread thread_;
};

}  // namespace mcpgw::audit
