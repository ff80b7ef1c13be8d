// StoredRow: one call as the audit store keeps it (one row of table `calls`, docs/audit.md), and
// the tamper-evidence primitives over it: the canonical text of a row, the SHA-256 chain hash and
// the HMAC used by signed checkpoints.
//
// The canonical text is a JSON array of every stored column except the hashes, in schema order
// (docs/audit.md, "Chain"); it is computed from the stored values, so the writer and `audit
// verify` agree byte for byte.
//
// Threading: pure functions and a value type.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "audit/call_record.h"

namespace mcpgw::audit {

// 64 zeros: the previous hash of the first row ever written.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct StoredRow {
  int64_t seq = 0;    // the row id: 1, 2, 3, ... in write order
  std::string call_id;
  int64_t ts_us = 0;  // CallRecord::started, microseconds since the Unix epoch (UTC)
  int64_t total_us = 0;
  int64_t upstream_us = 0;
  std::string session_id;
  std::string client_name;
  std::string client_version;
  std::string principal;
  std::string transport;
  std::string request_id;
  std::string method;
  std::string server;
  std::string capability_type;
  std::string capability_name;
  std::string arguments;       // after masking; "" when only the hash is kept
  std::string arguments_hash;  // hex SHA-256 of the arguments text; "" when none
  std::string decision;        // DecisionName
  std::string reasons;         // JSON array of reason codes
  std::string findings;        // JSON array of {type, location, action, guard, value_hash, applied}
  std::string status;          // StatusName
  int64_t is_error = 0;
  int64_t error_code = 0;
  std::string error_message;
  int64_t bytes_in = 0;
  int64_t bytes_out = 0;
  int64_t input_round = 0;  // CallRecord::input_round (schema 3; 0 in older rows)
  std::string prev_hash;  // the previous row's hash (kGenesisHash for the first)
  std::string hash;       // ChainHash(prev_hash, Canonical(row))
};

// The row for `record` (seq, prev_hash and hash left for the writer). With `hash_only`, the
// arguments are not kept, only their hash.
StoredRow ToStoredRow(const CallRecord& record, bool hash_only);

// The canonical text of a row's content (every column but prev_hash and hash).
std::string Canonical(const StoredRow& row);
// hex(SHA-256(prev_hash || "\n" || canonical)).
std::string ChainHash(std::string_view prev_hash, std::string_view canonical);
// hex(SHA-256(text)).
std::string Sha256Hex(std::string_view text);
// hex(HMAC-SHA-256(key, text)).
std::string HmacHex(std::string_view key, std::string_view text);

// The row as a JSON object (JSON Lines log, `audit list --json`, `audit export`): every column,
// `time` in ISO 8601 UTC, reasons and findings as JSON, latencies in milliseconds; without the
// hashes unless `with_hashes`.
boost::json::object RowToJson(const StoredRow& row, bool with_hashes);
// Microseconds since the epoch as "2026-12-03T16:33:00.123456Z".
std::string IsoTime(int64_t us);

// The text a checkpoint's MAC signs (docs/audit.md, "Checkpoints").
std::string CheckpointText(int64_t id, std::string_view kind, int64_t created_us, int64_t last_seq,
                           std::string_view last_hash, std::string_view prev_mac);

}  // namespace mcpgw::audit
