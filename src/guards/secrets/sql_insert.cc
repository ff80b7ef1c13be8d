#include "guards/secrets/sql_insert.h"

#include <string>

#include "core/ascii_lower.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
namespace {

// A table's name that says its rows are credentials: api_keys, access_tokens, secrets.
bool CredentialTableName(std::string_view table) {
  const std::string t = core::AsciiLower(table);
  for (std::string_view w : {"api_key", "apikey", "token", "secret", "credential", "password"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

// A column that holds whatever its row is about: "key", "value".
bool GenericValueColumn(std::string_view column) {
  std::string c = core::AsciiLower(column);
  std::erase_if(c, [](char ch) { return ch == '`' || ch == '"' || ch == '[' || ch == ']'; });
  return c == "key" || c == "value" || c == "val" || c == "key_value" || c == "plaintext";
}

}  // namespace

void SqlInsertSecretValues(std::string_view text, std::size_t at, SqlTableCache& cache,
                           std::vector<ValueSpan>& out) {
  std::vector<std::string_view> columns;
  std::string_view table;
  const std::size_t rows = SqlStatementColumns(text, at, cache, columns, &table);
  if (rows == std::string_view::npos || columns.empty()) return;
  // Which columns name a credential (NamesCredential); nothing to read when none does. In a
  // table of credentials (api_keys, tokens, secrets) its generic "key" or "value" column does.
  const bool credential_table = NamesCredential(table) || CredentialTableName(table);
  std::vector<bool> credential(columns.size(), false);
  bool any = false;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    credential[c] = NamesCredential(columns[c]) ||
                    (credential_table && GenericValueColumn(columns[c]));
    any = any || credential[c];
  }
  if (!any) return;
  std::vector<SqlValue> values;
  SqlStatementValues(text, at, rows, values);
  for (const SqlValue& v : values) {
    if (v.column >= columns.size() || !credential[v.column]) continue;
    // A value under a credential column that is one: plausible, no reference or placeholder.
    const std::string_view value = text.substr(v.begin, v.end - v.begin);
    if (IsPlausiblePassword(columns[v.column], value, true) && !IsReference(value) &&
        !IsPlaceholder(value)) {
      out.push_back({v.begin, v.end});
    }
  }
}

}  // namespace mcpgw::guards::secrets
