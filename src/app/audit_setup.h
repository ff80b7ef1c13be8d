// The gateway's audit wiring (docs/audit.md): turns the `auditing` config section and
// --audit-db into a CallRecorder with its sinks (the audit store, the JSON Lines log). Other
// sinks (xetrack, metrics) are added to recorder() with one AddSink line each.
//
// Threading: built at start on the main thread; the recorder then lives on the io_context.
// Lifetime: must outlive every session (declare it before the transports).
#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/json/object.hpp>
#include <memory>
#include <string>

#include "audit/audit_config.h"
#include "audit/audit_store.h"
#include "audit/call_recorder.h"
#include "audit/jsonl_sink.h"
#include "core/status.h"

namespace mcpgw::app {

struct AuditSetup {
  audit::AuditConfig config;
  std::shared_ptr<audit::AuditStore> store;   // null when the store is off
  std::shared_ptr<audit::JsonlSink> jsonl;    // null without auditing.audit_log
  std::unique_ptr<audit::CallRecorder> recorder;  // always there; active only with a sink
};

// `auditing`: the config file's section (null when absent); `audit_db`: --audit-db;
// `enable`: -p audit (the store on, at `audit_db` or the configured/default path). Errors name
// the key or the path ("auditing.durability: ...", "audit store PATH: unable to open ...").
Result<std::unique_ptr<AuditSetup>> SetUpAudit(const boost::json::object* auditing,
                                               const std::string& audit_db, bool enable,
                                               boost::asio::any_io_executor executor,
                                               const std::string& transport);

}  // namespace mcpgw::app
