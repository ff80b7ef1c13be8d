// XetrackSink: the `-p xetrack` trace (the reference gateway's xetrack plugin, compatible with
// its users' queries and readers): every closed tools/call, prompts/get and resources/read
// becomes rows (see xetrack_rows.h) in the SQLite `events` table and lines in the daily log
// files (see xetrack_table.h, xetrack_log.h).
//
// Threading: Write() is called on the io_context thread and never blocks: it appends to a
// bounded queue that a writer thread of the sink's own drains in batches (one transaction per
// batch). When the queue is full the record is not traced: it is counted (dropped()) and a
// warning is logged (at most once a second, with the running count); tracing never slows calls.
// A write that fails (disk full, locked database) is counted (failed_writes()) and logged with
// SQLite's message, never with row content. Stats are readable from any thread.
// Lifetime: the destructor (or Stop()) writes what is queued, then joins the thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "audit/call_record.h"
#include "audit/xetrack_log.h"
#include "audit/xetrack_options.h"
#include "audit/xetrack_table.h"
#include "core/status.h"

namespace mcpgw::audit {

class XetrackSink : public RecordSink {
 public:
  // Use MakeXetrackSink.
  XetrackSink(XetrackOptions options, std::optional<XetrackTable> table, XetrackLog log);
  ~XetrackSink() override;

  std::string_view name() const override { return "xetrack"; }
  bool wants_payloads() const override { return true; }
  void Write(const std::shared_ptr<const CallRecord>& record) override;

  // Writes everything queued so far, then returns (tests, shutdown).
  void Flush();
  // Flushes and stops the writer thread; later Write() calls count as dropped.
  void Stop();

  const XetrackOptions& options() const { return options_; }
  std::size_t queue_depth() const;
  uint64_t rows_written() const { return rows_written_.load(); }
  uint64_t dropped() const { return dropped_.load(); }
  uint64_t failed_writes() const { return failed_writes_.load(); }

 private:
  void Run();
  void WriteBatch(const std::deque<std::shared_ptr<const CallRecord>>& batch);

  const XetrackOptions options_;
  std::optional<XetrackTable> table_;  // writer thread only
  XetrackLog log_;                     // writer thread only

  mutable std::mutex mutex_;
  std::condition_variable wake_;     // the writer: work or stop
  std::condition_variable drained_;  // Flush(): the queue is empty and no batch is in progress
  std::deque<std::shared_ptr<const CallRecord>> queue_;
  bool busy_ = false;
  bool stopping_ = false;

  std::atomic<uint64_t> rows_written_{0};
  std::atomic<uint64_t> dropped_{0};
  std::atomic<uint64_t> failed_writes_{0};
  std::atomic<int64_t> last_drop_warning_{0};  // steady_clock seconds
  std::thread thread_;
};

// Opens the database and the logs directory named by `options` and starts the writer thread.
// `console` receives the log lines when options.logs_console (pass stderr; never stdout in stdio
// mode). Errors at start, naming the path: "cannot open xetrack database PATH: ...".
// A sink with neither database nor logs nor console is valid (the reference accepts it) and
// writes nothing; the caller should warn.
Result<std::shared_ptr<XetrackSink>> MakeXetrackSink(const XetrackOptions& options,
                                                     std::FILE* console = stderr);

}  // namespace mcpgw::audit
