// XetrackTable: the `events` table of a xetrack database, grown as rows bring new columns.
// Opening creates the table with the reference's columns (and `path`, which the reference
// README's query reads) when missing and learns the columns of
// an existing one (a database the Python xetrack wrote is appended to, not replaced). Insert adds
// a column (ALTER TABLE ADD COLUMN, identifier quoted) the first time a name appears, typed by
// its first value (TEXT, INTEGER or REAL), then inserts the row.
//
// Bounds: at most `max_columns` columns; a cell that would pass the limit, or whose name is no
// good as a column (empty, a NUL byte, over 256 bytes), goes into the row's `overflow` JSON
// object ({"name": value, ...}) instead of a column of its own: nothing is dropped.
//
// Threading: one thread at a time (the xetrack writer thread). Lifetime: owns its Database.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "audit/xetrack_rows.h"
#include "core/status.h"
#include "store/sqlite_db.h"

namespace mcpgw::audit {

class XetrackTable {
 public:
  // Opens (creating when missing) the database at `path` and the events table. Errors carry
  // SQLite's message: "cannot open xetrack database PATH: unable to open database file".
  static Result<XetrackTable> Open(const std::string& path, std::size_t max_columns);

  // Inserts `rows` in one transaction (all or none). Errors carry SQLite's message; the table's
  // known columns stay consistent with the file either way.
  Result<void> Insert(const std::vector<XetrackRow>& rows);

  // The table's columns (lower-cased), for tests.
  std::size_t column_count() const { return columns_.size(); }
  bool HasColumn(const std::string& name) const;

 private:
  XetrackTable(store::Database db, std::size_t max_columns)
      : db_(std::move(db)), max_columns_(max_columns) {}
  Result<void> LoadColumns();
  Result<void> AddColumn(const std::string& name, const XetrackValue& first);
  // Moves cells that cannot get a column into `overflow`; adds the others' columns.
  Result<XetrackRow> Fit(const XetrackRow& row);
  Result<void> InsertOne(const XetrackRow& row);

  store::Database db_;
  std::size_t max_columns_;
  std::set<std::string> columns_;  // lower-cased: SQLite compares names case-insensitively
  std::map<std::string, store::Statement> inserts_;  // by SQL text, bounded
};

// `name` as a quoted SQL identifier: "na""me".
std::string QuoteIdentifier(const std::string& name);

}  // namespace mcpgw::audit
