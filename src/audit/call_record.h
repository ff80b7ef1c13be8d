// CallRecord: one client request as the gateway saw it, from arrival to answer. Created by the
// Session when a request arrives, annotated by the router and the guards (server, capability,
// masked arguments, verdicts, findings), closed when it is answered, rejected, cancelled, timed
// out or its session ends. A closed record is handed to every RecordSink (the audit store, the
// JSON Lines log, xetrack traces, metrics): all of them see every call, rejected ones included.
//
// Content rule: a record never holds what the guards removed. `arguments_json` and
// `result_json` are the texts after masking (what went upstream / what the client got).
//
// Threading: a record is built on the io_context thread; once closed it is immutable and shared
// (std::shared_ptr<const CallRecord>) with sinks, which may read it from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "guards/guard.h"

namespace mcpgw::audit {

// What the gateway did with the call.
enum class Decision {
  kAllowed,  // forwarded unchanged
  kMasked,   // forwarded or answered with values masked/redacted by a guard
  kBlocked,  // refused by a guard, a policy, a pin or the scanner
};
std::string_view DecisionName(Decision d);  // "allowed" | "masked" | "blocked"

// How the call ended.
enum class Status {
  kOk,            // a result without isError
  kToolError,     // a result with isError: true
  kError,         // a JSON-RPC error answer (from the gateway or the upstream)
  kCancelled,     // the client cancelled it
  kTimedOut,      // the gateway's request timeout fired
  kSessionEnded,  // the session closed with the call in flight
};
std::string_view StatusName(Status s);  // "ok" | "tool_error" | "error" | "cancelled" | ...

struct CallRecord {
  // Identity and timing.
  std::string call_id;  // unique per gateway process and across restarts (random, hex)
  std::chrono::system_clock::time_point started;  // when the request arrived
  std::chrono::nanoseconds total_latency{0};      // arrival to answer (or close)
  std::chrono::nanoseconds upstream_latency{0};   // sent upstream to upstream's answer; 0 if none
  // Monotonic twins of the times above, for measuring (not stored).
  std::chrono::steady_clock::time_point started_steady;
  std::chrono::steady_clock::time_point upstream_sent;  // epoch when never sent upstream
  std::string request_id;  // the client's JSON-RPC id, serialized (`7`, `"abc"`)

  // Who.
  std::string session_id;  // the MCP session id (HTTP) or a per-process id (stdio)
  std::string client_name;
  std::string client_version;
  std::string principal;  // authenticated subject / API-key identity; "" when unauthenticated
  std::string transport;  // "stdio" | "http"

  // What.
  std::string method;           // "tools/call", "resources/read", "prompts/get", ...
  std::string server;           // configured server name; "" when not routed (unknown tool, ...)
  std::string capability_type;  // "tool" | "prompt" | "resource" | "meta" | "" (other methods)
  std::string capability_name;  // the upstream's own name (tool name, prompt name, resource URI)
  std::string arguments_json;   // arguments/params after masking; "" when hashed only
  // Whether arguments_json is filled at all: false when no sink and no store reads it (metrics
  // only), so a call's arguments are never parsed and serialized for nobody. Set by Begin.
  bool wants_arguments = true;
  std::string arguments_hash;   // hex SHA-256 of arguments_json (always set when arguments exist)
  // The input_required round this request answers (2026-07-28 clients): 0 for a first call, n
  // for the retry that carries the answers of the call's nth input_required result.
  int64_t input_round = 0;

  // Verdict.
  Decision decision = Decision::kAllowed;
  std::vector<std::string> reasons;     // stable reason codes ("secrets.aws_access_key", ...)
  std::vector<guards::Finding> findings;  // value hashes only, never values

  // Outcome.
  Status status = Status::kOk;
  bool is_error = false;      // result.isError
  int64_t error_code = 0;     // JSON-RPC error code when status == kError
  std::string error_message;  // JSON-RPC error message (gateway's or upstream's, after guards)
  uint64_t bytes_in = 0;      // request bytes from the client
  uint64_t bytes_out = 0;     // answer bytes to the client
  // The result as the client received it (after guards), serialized JSON; filled only when a
  // sink asked for payloads (RecordSink::wants_payloads), e.g. xetrack's content rows.
  std::string result_json;
};

// A destination for closed records. Write() is called on the io_context thread and must not
// block: sinks queue work for their own thread. Sinks that make the answer wait for durability
// (the audit store with durability "commit") are driven by the recorder, not by this interface.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual std::string_view name() const = 0;
  // True when this sink needs CallRecord::result_json (serializing the result costs a copy).
  virtual bool wants_payloads() const { return false; }
  // True when this sink reads CallRecord::arguments_json or arguments_hash (copying the
  // arguments costs a parse and a serialization of them per call).
  virtual bool wants_arguments() const { return true; }
  virtual void Write(const std::shared_ptr<const CallRecord>& record) = 0;
};

}  // namespace mcpgw::audit
