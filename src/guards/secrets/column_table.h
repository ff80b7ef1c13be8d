// ColumnTableSecretValues: the credentials a printed table lists under a column that names them.
//
// Agents read tables all day: a database client's result (MySQL's and SQLite's `+---+` boxes,
// psql's `---+---` rule under the header), a Markdown or wiki table, a spreadsheet exported as
// CSV or TSV, a data frame printed by pandas or a notebook (columns aligned by spaces, a
// notebook's output lines inside JSON strings), a CLI's listing (`kubeadm token list`). The
// header names the column ("client_secret", "mfa_secret", "api_key", "password", "Passwort");
// no key-name rule sees the rows under it. Once a rule's keyword hits a header line, this works
// out the table's form from that line and the next, reads the rows (up to a blank line, a
// border, a footer such as "(20 rows)", or 500 rows) and returns the cells of the credential
// columns that hold one: a password that is no placeholder, reference, hash, null or mask; a
// secret or token that looks random (IsPlausibleTableSecret); a TOTP seed (16+ base32
// characters). Aligned tables are read by position: a cell belongs to a column when it ends
// where the header's name ends (pandas right-aligns) or starts where it starts (CLIs
// left-align), counting code points.
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan

namespace mcpgw::guards::secrets {

// What a table column's name says it holds.
enum class SecretColumn : std::uint8_t { kNone, kPassword, kTotp, kSecret };

// The column a header cell names ("db_password" kPassword, "mfa_secret" kTotp, "client_secret"
// kSecret, "password_hash" and "token_type" kNone), in English and the password words of about
// 20 languages.
SecretColumn ClassifySecretColumn(std::string_view name);

// True when `value` is what a cell of such a column holds when it is a real credential.
bool IsColumnSecret(SecretColumn column, std::string_view value);

// A cheap test at a keyword hit: the bytes around `at` form a cell a header can hold (names'
// characters up to a delimiter, a quote that ends a CSV cell, a line's end or a column gap).
// False for most keywords in code, JSON, logs and prose: call before ColumnTableSecretValues.
bool MayBeHeaderCell(std::string_view text, std::size_t at);

// `at` is any offset inside the header line. Appends the spans of credential cells in text order:
// those of password columns when `passwords` is true, of the other credential columns otherwise.
// Nothing when the line is not the header of a table with such a column.
void ColumnTableSecretValues(std::string_view text, std::size_t at, bool passwords,
                             std::vector<ValueSpan>& out);

}  // namespace mcpgw::guards::secrets
