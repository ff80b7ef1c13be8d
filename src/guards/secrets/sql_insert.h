// SqlInsertSecretValues: the credentials an SQL dump writes.
//
// Database dumps, migrations and seed scripts reach an agent through database and file tools:
// `INSERT INTO api_clients (id, name, secret) VALUES ('...', 'partner-sync', 'M_j8-E2g...');`.
// The value's name is its column, several values away, so no key-name rule sees it. Once a rule
// has found `INSERT INTO` (or `FROM stdin`), this reads the columns and then every row
// (guards/sql_rows.h: the statement's column list, the table's CREATE TABLE, COPY's list), and
// returns the spans of the values under columns that name a credential (NamesCredential:
// secret, password, api_key, token, ...; not password_hash or token_type) which are plausible
// as one (IsPlausiblePassword). Numbers, NULL, \N, function calls and placeholders stay.
//
// Threading: the caller owns a SqlTableCache per thread and scan; nothing else is shared.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan
#include "guards/sql_rows.h"

namespace mcpgw::guards::secrets {

using SqlTableCache = guards::SqlTableCache;

// `at` is the offset of the statement's INSERT keyword, or of FROM in `COPY ... FROM stdin`.
// Appends the spans in text order (quotes excluded); nothing when no columns are known or none
// names a credential. Reads at most 1,000 rows and 256 KiB after `at` (and 256 KiB before it
// for a CREATE TABLE).
void SqlInsertSecretValues(std::string_view text, std::size_t at, SqlTableCache& cache,
                           std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
