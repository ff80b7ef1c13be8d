// Verification of an audit database's tamper evidence (`mcp-gateway audit verify`,
// docs/audit.md "Verify"): every row's hash is recomputed from its content and the previous
// row's hash; every checkpoint's MAC is checked with the key and against the row it pins; the
// `<db>.head` file (the newest checkpoint, written outside the database) must still be matched
// by the database, so deleting the tail rows together with their checkpoints is detected.
//
// Threading: pure function of the files; opens the database read-only.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"

namespace mcpgw::audit {

struct VerifyReport {
  bool ok = false;
  int64_t rows = 0;         // rows checked
  int64_t first_seq = 0;    // 0 when the store is empty
  int64_t last_seq = 0;
  int64_t checkpoints = 0;  // checkpoints whose MAC was checked
  int64_t covered_seq = 0;  // the newest row a valid checkpoint pins
  // When !ok: the first broken link (the row or checkpoint where the chain breaks) and why.
  int64_t broken_seq = 0;
  std::string problem;
};

// Errors: the database cannot be opened or read. A broken chain is not an error: it is a report
// with ok == false.
Result<VerifyReport> VerifyAuditStore(const std::string& path, const std::string& key);

}  // namespace mcpgw::audit
