// SqlInsertSecretValues: the credentials an SQL dump writes.
//
// Database dumps, migrations and seed scripts reach an agent through database and file tools:
// `INSERT INTO api_clients (id, name, secret) VALUES ('...', 'partner-sync', 'M_j8-E2g...');`.
// The value's name is its column, several values away, so no key-name rule sees it. Once a rule
// has found `INSERT INTO` (or `FROM stdin`), this reads the columns and then every row, and
// returns the spans of the values under columns that name a credential (NamesCredential:
// secret, password, api_key, token, ...; not password_hash or token_type) which are plausible
// as one (IsPlausiblePassword). Numbers, NULL, \N, function calls and placeholders stay. The
// columns come from:
//   - the statement's column list;
//   - without one (`INSERT INTO t VALUES ...`, as mysqldump and pg_dump --inserts write), the
//     nearest earlier `CREATE TABLE t (...)`: each definition's first word, constraints skipped;
//   - PostgreSQL's `COPY t (cols) FROM stdin;`, whose tab-separated rows run to a `\.` line.
//
// Threading: the caller owns a SqlTableCache per thread and scan; nothing else is shared.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan

namespace mcpgw::guards::secrets {

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

// `at` is the offset of the statement's INSERT keyword, or of FROM in `COPY ... FROM stdin`.
// Appends the spans in text order (quotes excluded); nothing when no columns are known or none
// names a credential. Reads at most 1,000 rows and 256 KiB after `at` (and 256 KiB before it
// for a CREATE TABLE).
void SqlInsertSecretValues(std::string_view text, std::size_t at, SqlTableCache& cache,
                           std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
