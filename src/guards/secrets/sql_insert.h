// SqlInsertSecretValues: the credentials an SQL INSERT statement writes.
//
// Database dumps, migrations and seed scripts reach an agent through database and file tools:
// `INSERT INTO api_clients (id, name, secret) VALUES ('...', 'partner-sync', 'M_j8-E2g...');`.
// The value's name is its column, several values away, so no key-name rule sees it. Once a rule
// has found `INSERT INTO`, this reads the statement's column list and then every row of its
// VALUES, and returns the spans of the quoted values under columns that name a credential
// (NamesCredential: secret, password, api_key, token, ...; not password_hash or token_type)
// which are plausible as one (IsPlausiblePassword). Numbers, NULL, function calls and
// placeholders stay.
//
// Threading: pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan

namespace mcpgw::guards::secrets {

// `at` is the offset of the statement's INSERT keyword. Appends the spans in text order (quotes
// excluded); nothing when no column list follows the table name or no column names a
// credential. Reads at most 1,000 rows and 256 KiB.
void SqlInsertSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
