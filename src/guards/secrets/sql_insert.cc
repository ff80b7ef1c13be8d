#include "guards/secrets/sql_insert.h"

#include <string>

#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {

void SqlInsertSecretValues(std::string_view text, std::size_t at, SqlTableCache& cache,
                           std::vector<ValueSpan>& out) {
  std::vector<std::string_view> columns;
  const std::size_t rows = SqlStatementColumns(text, at, cache, columns);
  if (rows == std::string_view::npos || columns.empty()) return;
  // Which columns name a credential (NamesCredential); nothing to read when none does.
  std::vector<bool> credential(columns.size(), false);
  bool any = false;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    credential[c] = NamesCredential(columns[c]);
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
