#include "audit/audit_schema.h"

#include <iterator>
#include <string>

namespace mcpgw::audit {

const char* const kCallColumns =
    "seq, call_id, ts_us, total_us, upstream_us, session_id, client_name, client_version, "
    "principal, transport, request_id, method, server, capability_type, capability_name, "
    "arguments, arguments_hash, decision, reasons, findings, status, is_error, error_code, "
    "error_message, bytes_in, bytes_out, prev_hash, hash, input_round";

const char* const kInsertCall =
    "INSERT INTO calls (seq, call_id, ts_us, total_us, upstream_us, session_id, client_name, "
    "client_version, principal, transport, request_id, method, server, capability_type, "
    "capability_name, arguments, arguments_hash, decision, reasons, findings, status, is_error, "
    "error_code, error_message, bytes_in, bytes_out, prev_hash, hash, input_round) VALUES (?1, "
    "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
    "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)";

StoredRow ReadStoredRow(const store::Statement& s) {
  StoredRow r;
  int c = 0;
  r.seq = s.Int(c++);
  r.call_id = s.Text(c++);
  r.ts_us = s.Int(c++);
  r.total_us = s.Int(c++);
  r.upstream_us = s.Int(c++);
  r.session_id = s.Text(c++);
  r.client_name = s.Text(c++);
  r.client_version = s.Text(c++);
  r.principal = s.Text(c++);
  r.transport = s.Text(c++);
  r.request_id = s.Text(c++);
  r.method = s.Text(c++);
  r.server = s.Text(c++);
  r.capability_type = s.Text(c++);
  r.capability_name = s.Text(c++);
  r.arguments = s.Text(c++);
  r.arguments_hash = s.Text(c++);
  r.decision = s.Text(c++);
  r.reasons = s.Text(c++);
  r.findings = s.Text(c++);
  r.status = s.Text(c++);
  r.is_error = s.Int(c++);
  r.error_code = s.Int(c++);
  r.error_message = s.Text(c++);
  r.bytes_in = s.Int(c++);
  r.bytes_out = s.Int(c++);
  r.prev_hash = s.Text(c++);
  r.hash = s.Text(c++);
  r.input_round = s.Int(c++);
  return r;
}

void BindStoredRow(store::Statement& s, const StoredRow& r) {
  int i = 1;
  s.Bind(i++, r.seq);
  s.Bind(i++, std::string_view(r.call_id));
  s.Bind(i++, r.ts_us);
  s.Bind(i++, r.total_us);
  s.Bind(i++, r.upstream_us);
  for (const std::string* text :
       {&r.session_id, &r.client_name, &r.client_version, &r.principal, &r.transport,
        &r.request_id, &r.method, &r.server, &r.capability_type, &r.capability_name,
        &r.arguments, &r.arguments_hash, &r.decision, &r.reasons, &r.findings, &r.status})
    s.Bind(i++, std::string_view(*text));
  s.Bind(i++, r.is_error);
  s.Bind(i++, r.error_code);
  s.Bind(i++, std::string_view(r.error_message));
  s.Bind(i++, r.bytes_in);
  s.Bind(i++, r.bytes_out);
  s.Bind(i++, std::string_view(r.prev_hash));
  s.Bind(i++, std::string_view(r.hash));
  s.Bind(i++, r.input_round);
}

namespace {

// Step N brings the schema from version N-1 to N. Never edit a released step: add one.
constexpr const char* kSteps[] = {
    // 1: calls (one row per call, chained) and checkpoints (signed).
    R"sql(
CREATE TABLE calls (
  seq INTEGER PRIMARY KEY,
  call_id TEXT NOT NULL,
  ts_us INTEGER NOT NULL,
  total_us INTEGER NOT NULL,
  upstream_us INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  client_name TEXT NOT NULL,
  client_version TEXT NOT NULL,
  principal TEXT NOT NULL,
  transport TEXT NOT NULL,
  request_id TEXT NOT NULL,
  method TEXT NOT NULL,
  server TEXT NOT NULL,
  capability_type TEXT NOT NULL,
  capability_name TEXT NOT NULL,
  arguments TEXT NOT NULL,
  arguments_hash TEXT NOT NULL,
  decision TEXT NOT NULL,
  reasons TEXT NOT NULL,
  findings TEXT NOT NULL,
  status TEXT NOT NULL,
  is_error INTEGER NOT NULL,
  error_code INTEGER NOT NULL,
  error_message TEXT NOT NULL,
  bytes_in INTEGER NOT NULL,
  bytes_out INTEGER NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  created_us INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  last_hash TEXT NOT NULL,
  prev_mac TEXT NOT NULL,
  mac TEXT NOT NULL
);
)sql",
    // 2: indexes for `mcp-gateway audit list` filters.
    R"sql(
CREATE INDEX calls_ts ON calls (ts_us);
CREATE INDEX calls_server_tool ON calls (server, capability_name);
CREATE INDEX calls_session ON calls (session_id);
)sql",
    // 3: the input_required round a retry answers (0 for first calls and for older rows).
    R"sql(
ALTER TABLE calls ADD COLUMN input_round INTEGER NOT NULL DEFAULT 0;
)sql",
};
static_assert(std::size(kSteps) == kAuditSchemaVersion);

}  // namespace

Result<void> MigrateAuditSchemaTo(store::Database& db, int version) {
  auto current = db.UserVersion();
  if (!current) return current.error();
  if (*current > kAuditSchemaVersion) {
    return MakeError("audit database " + db.path() + ": schema version " +
                     std::to_string(*current) + " is newer than this gateway's (" +
                     std::to_string(kAuditSchemaVersion) + ")");
  }
  for (int next = *current + 1; next <= version; ++next) {
    auto tx = store::Transaction::Begin(db);
    if (!tx) return tx.error();
    if (auto r = db.Exec(kSteps[next - 1]); !r) return r.error();
    if (auto r = db.SetUserVersion(next); !r) return r.error();
    if (auto r = tx->Commit(); !r) return r.error();
  }
  return {};
}

Result<void> MigrateAuditSchema(store::Database& db) {
  return MigrateAuditSchemaTo(db, kAuditSchemaVersion);
}

}  // namespace mcpgw::audit
