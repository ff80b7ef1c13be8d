// AuditConfig: the `auditing` section of the gateway's config file (docs/audit.md, "Config"),
// completed by the command line (--audit-db) and the environment (MCP_GATEWAY_AUDIT_KEY).
// Parsed once at start; errors name the key that is wrong.
//
// Accepted keys (all optional):
//   enabled: bool              the audit store (default false; --audit-db turns it on)
//   db: "PATH"                 default <state dir>/audit.db
//   durability: "commit"|"async"   commit: an answer is released only once its record is
//                              committed (default); async: released at once
//   fail_mode: "closed"|"open" store unavailable: calls get an error (default) / pass with a log
//   queue_size: int            records waiting for the writer before calls wait (default 8192)
//   checkpoint_interval_ms: int   at most this long between signed checkpoints (default 1000)
//   retention: {max_age_days: number, max_size_mb: number}   0 = unlimited (default)
//   hash_arguments: bool       keep only the SHA-256 of arguments, not their text (default false)
//   hmac_key: "TEXT"           checkpoint key; else $MCP_GATEWAY_AUDIT_KEY, else a key generated
//                              into <state dir>/audit.key (mode 0600)
//   audit_log: "PATH"          the JSON Lines log (the proof of concept's key); "" = none
//   audit_log_max_mb: number   rotate the log past this size (default 100; 0 = never)
//   audit_log_daily: bool      rotate the log at each UTC day change (default true)
//
// Threading: pure functions.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/status.h"

namespace mcpgw::audit {

enum class Durability { kCommit, kAsync };
enum class FailMode { kClosed, kOpen };

struct AuditConfig {
  bool enabled = false;
  std::string db_path;  // empty: <state dir>/audit.db
  Durability durability = Durability::kCommit;
  FailMode fail_mode = FailMode::kClosed;
  std::size_t queue_size = 8192;
  std::chrono::milliseconds checkpoint_interval{1000};
  double max_age_days = 0;
  double max_size_mb = 0;
  bool hash_arguments = false;
  std::string hmac_key;
  std::string jsonl_path;
  double jsonl_max_mb = 100;
  bool jsonl_daily = true;
};

// Parses the `auditing` object; `key` names it in errors ("auditing").
Result<AuditConfig> ParseAuditConfig(const boost::json::object& auditing, std::string_view key);

}  // namespace mcpgw::audit
