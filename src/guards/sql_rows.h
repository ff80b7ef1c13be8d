// SQL rows: the columns and values of the INSERT and COPY statements a dump writes.
//
// Database dumps, migrations and seed scripts reach an agent through database and file tools.
// What a value is comes from its column, several values away: `INSERT INTO api_clients (id,
// name, secret) VALUES (...)`. The secret guard (secrets/sql_insert.h) reads credentials under
// credential columns; the PII guard (pii/record_fields.cc) reads names and places under the
// columns that name them, or that hold them on most rows. This reads both kinds of statement:
//   - `INSERT [IGNORE] INTO t [(columns)] VALUES (...), (...);` with the columns from the
//     statement's list or, without one (mysqldump, pg_dump --inserts), from the nearest earlier
//     `CREATE TABLE t (...)` (each definition's first word, constraints skipped); unknown
//     columns leave the list empty and the values still read;
//   - PostgreSQL's `COPY t (columns) FROM stdin;` whose tab-separated rows run to a `\.` line.
// Reads at most 1,000 rows and 256 KiB after the statement (and 256 KiB before it for a CREATE
// TABLE), 64 columns.
//
// Threading: the caller owns a SqlTableCache per thread and scan; nothing else is shared.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards {

// Where the search for a table's CREATE TABLE stopped in one text, so that a dump's many INSERT
// statements (one per row with pg_dump --inserts) read the text behind them once, not once
// each. Valid for one text: reset it (= {}) before scanning another. An entry for another text
// or table is ignored.
struct SqlTableCache {
  const char* data = nullptr;
  std::size_t size = 0;
  std::string table;
  std::size_t searched_to = 0;  // the text before this offset was searched
  std::size_t found = std::string::npos;
};

// One value of a row: a quoted string's contents (quotes excluded) or a COPY cell (not \N).
struct SqlValue {
  std::size_t begin;
  std::size_t end;
  std::size_t row;     // 0-based within the statement
  std::size_t column;  // 0-based
};

// The statement at `at` (its INSERT keyword, or FROM in `COPY ... FROM stdin`): its columns
// (views into `text`; empty when unknown) and where its rows start, or npos when this is no
// statement this reads (then `columns` is empty).
// `table`, when given, receives the table's name as written (a COPY's or an INSERT's).
std::size_t SqlStatementColumns(std::string_view text, std::size_t at, SqlTableCache& cache,
                                std::vector<std::string_view>& columns,
                                std::string_view* table = nullptr);

// The values of the statement's rows from `rows_at` (SqlStatementColumns' result), appended in
// text order. Unquoted values (numbers, NULL, function calls) of an INSERT are not values here
// but still count as columns.
void SqlStatementValues(std::string_view text, std::size_t at, std::size_t rows_at,
                        std::vector<SqlValue>& out);

// Whether `text` has the SQL word `word` (lower-case ASCII) at i, any case, not inside a longer
// identifier after it.
bool SqlWordAt(std::string_view text, std::size_t i, std::string_view word);

}  // namespace mcpgw::guards
