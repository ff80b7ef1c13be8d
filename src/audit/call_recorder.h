// CallRecorder: the call lifecycle's owner (docs/audit.md, "Lifecycle"). The session asks it for
// a record when a request arrives (Begin), the router and the guards annotate the record while
// the call is in flight (record_notes.h), and the session closes it exactly once when the call
// is answered, rejected, cancelled, timed out or its session ends (Finish). A closed record goes
// to every RecordSink (AddSink: the JSON Lines log, xetrack, metrics) and to the audit store.
//
// Cost: with no sink and no store, active() is false and no record is created at all. Payloads
// (result_json) are copied only when a sink wants_payloads().
//
// Durability: with a store and durability "commit", holds_answers() is true and Finish() calls
// `release` only once the record is committed (on the io_context, via the executor); with
// "async" (or no store) the answer is never held. Store unavailable: fail_mode "closed" makes
// Refusal() non-empty (new calls are refused with that text) and a held answer is released with
// ok == false (the session answers with an error instead); "open" releases it with ok == true,
// logs loudly once per outage and counts the records lost (lost_records()).
//
// Threading: io_context thread only (sinks' Write is called there). Lifetime: owned by the app;
// outlives every session (the router holds a plain pointer) and must outlive the io_context's
// handlers that release answers (they hold only weak state).
#pragma once

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_config.h"
#include "audit/call_record.h"

namespace mcpgw::audit {

class AuditStore;

struct RecorderOptions {
  Durability durability = Durability::kCommit;  // with a store
  FailMode fail_mode = FailMode::kClosed;
  bool hash_arguments = false;  // keep only arguments_hash, never the arguments' text
  std::string transport = "stdio";
};

class CallRecorder {
 public:
  using Release = std::function<void(bool ok, const std::string& error)>;

  CallRecorder(boost::asio::any_io_executor executor, RecorderOptions options);
  ~CallRecorder();

  // Adds a destination for closed records (xetrack, metrics, JSON Lines). Call before serving.
  void AddSink(std::shared_ptr<RecordSink> sink);
  // Sets the audit store. Call before serving.
  void SetStore(std::shared_ptr<AuditStore> store);

  // True when records are made at all (a sink or a store).
  bool active() const { return active_; }
  // True when some sink wants result payloads (CallRecord::result_json).
  bool wants_payloads() const { return wants_payloads_; }
  // True when the store or some sink reads the arguments (RecordSink::wants_arguments); records
  // are begun with CallRecord::wants_arguments set to this.
  bool wants_arguments() const { return wants_arguments_; }
  // True when answers wait for their record to be committed (Finish calls `release` later).
  bool holds_answers() const { return holds_answers_; }
  bool hash_arguments() const { return options_.hash_arguments; }
  const std::string& transport() const { return options_.transport; }

  // A new open record for a request (call_id, start times, method, request id, bytes in).
  // Null when !active().
  std::shared_ptr<CallRecord> Begin(std::string_view method, std::string_view request_id,
                                    std::size_t bytes_in);

  // Empty when calls may proceed; otherwise the error text a new call is refused with (the
  // store is unavailable and fail_mode is closed).
  std::string Refusal() const;

  // Closes `record` (total latency) and hands it to the sinks and the store. When
  // holds_answers(), `release` is called later on the io_context (ok: committed, or fail_mode
  // open); otherwise `release` (which may be null) is not called: the caller answers at once.
  void Finish(std::shared_ptr<CallRecord> record, Release release);

  // Records that could not be stored while failing open, and records closed so far.
  uint64_t lost_records() const { return lost_->load(); }
  uint64_t finished_records() const { return finished_; }
  // A per-process id for sessions without one (stdio).
  const std::string& process_session_id() const { return process_session_id_; }

 private:
  boost::asio::any_io_executor executor_;
  RecorderOptions options_;
  std::vector<std::shared_ptr<RecordSink>> sinks_;
  std::shared_ptr<AuditStore> store_;
  bool active_ = false;
  bool wants_payloads_ = false;
  bool wants_arguments_ = false;
  bool holds_answers_ = false;
  std::string call_prefix_;
  std::string process_session_id_;
  uint64_t next_call_ = 0;
  uint64_t finished_ = 0;
  // Shared with the store's callbacks (writer thread).
  std::shared_ptr<std::atomic<uint64_t>> lost_ = std::make_shared<std::atomic<uint64_t>>(0);
  std::shared_ptr<std::atomic<bool>> outage_logged_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace mcpgw::audit
