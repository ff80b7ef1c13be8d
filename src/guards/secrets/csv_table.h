// CsvTableSecretValues: the credentials a delimited export lists under a password column.
//
// Password managers export CSV (Chrome and LastPass "name,url,username,password,...",
// Bitwarden "...,login_username,login_password,login_totp", KeePass "Account","Login
// Name","Password",...), and spreadsheets of shared logins look the same with ';' or tabs. The
// header names the column; no key-name rule sees the rows. Once a rule has found such a header,
// this reads the rows below it (up to a blank line or a row that ends before the column) and
// returns the spans of the cells that hold a credential: a password cell that is no placeholder
// or reference, and the base32 secret of a TOTP cell ("TOTP: JBSW...", an otpauth:// URI's
// secret=).
//
// Threading: pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "guards/secrets/k8s_secret.h"  // ValueSpan

namespace mcpgw::guards::secrets {

// `at` is any offset inside the header line. Appends the spans in text order; nothing when the
// line is not the header of a delimited table with a password or TOTP column.
// With `other_credentials`, the columns read are those of other credentials instead
// (ClassifySecretColumn: "client_secret", "api_key", "mfa_secret").
void CsvTableSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out,
                          bool other_credentials = false);

}  // namespace mcpgw::guards::secrets
