// The audit store's schema and its migrations (docs/audit.md, "Schema"). The version is SQLite's
// PRAGMA user_version; each migration step runs in its own transaction and bumps the version, so
// a database written by an older gateway is brought forward on open, and one written by a newer
// gateway is refused (it may hold columns this one would not chain).
//
// Threading: the caller's connection, one thread.
#pragma once

#include "audit/audit_row.h"
#include "core/status.h"
#include "store/sqlite_db.h"

namespace mcpgw::audit {

inline constexpr int kAuditSchemaVersion = 3;

// Brings `db` to kAuditSchemaVersion. Errors: SQLite's message, or "schema version N is newer
// than this gateway's (2)".
Result<void> MigrateAuditSchema(store::Database& db);

// Applies migrations up to `version` only (tests of the migration path).
Result<void> MigrateAuditSchemaTo(store::Database& db, int version);

// The columns of table `calls` in schema order, for SELECT lists (matches ReadStoredRow).
extern const char* const kCallColumns;
// "INSERT INTO calls (kCallColumns) VALUES (?1, ..., ?29)".
extern const char* const kInsertCall;

// Reads a row selected with kCallColumns (starting at column 0).
StoredRow ReadStoredRow(const store::Statement& stmt);
// Binds every column of `row` to a kInsertCall statement.
void BindStoredRow(store::Statement& stmt, const StoredRow& row);

}  // namespace mcpgw::audit
