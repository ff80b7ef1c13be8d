#include "guards/sql_rows.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace mcpgw::guards {
namespace {

constexpr std::size_t kMaxColumns = 64;
constexpr std::size_t kMaxRows = 1000;
constexpr std::size_t kMaxBytes = 256 * 1024;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t SkipSpace(std::string_view text, std::size_t i) {
  while (i < text.size() && IsSpace(text[i])) ++i;
  return i;
}

bool WordAt(std::string_view text, std::size_t i, std::string_view word) {
  if (i + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != word[k]) return false;
  }
  const std::size_t end = i + word.size();
  return end == text.size() || !(std::isalnum(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '_');
}

// A quoted SQL string starting at `i` (its quote): the end of its contents (the closing quote's
// offset), or npos when it does not close. '' and \' stand for a quote inside.
std::size_t StringEnd(std::string_view text, std::size_t i, std::size_t limit) {
  const char quote = text[i];
  for (std::size_t k = i + 1; k < limit; ++k) {
    if (text[k] == '\\') {
      ++k;
    } else if (text[k] == quote) {
      if (k + 1 < limit && text[k + 1] == quote) {
        ++k;
        continue;
      }
      return k;
    }
  }
  return std::string_view::npos;
}

// An identifier without its quotes and schema ("public"."users", `users`, [dbo].[users]),
// lower-cased for comparison.
std::string BareName(std::string_view name) {
  while (!name.empty() && IsSpace(name.back())) name.remove_suffix(1);
  const std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos) name.remove_prefix(dot + 1);
  std::string out;
  for (char c : name) {
    if (c == '`' || c == '"' || c == '[' || c == ']') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return out;
}

// The column list opening at `i` (its '('): appends the names (quotes removed) and returns the
// offset of the closing ')', or npos when this is no plain list of names.
std::size_t ColumnList(std::string_view text, std::size_t i, std::size_t limit,
                       std::vector<std::string_view>& columns) {
  std::size_t cell = ++i;
  for (; i < limit && i - cell < 4096; ++i) {
    const char c = text[i];
    if (c == ',' || c == ')') {
      std::size_t b = cell, e = i;
      while (b < e && (IsSpace(text[b]) || text[b] == '`' || text[b] == '"' || text[b] == '[')) ++b;
      while (e > b && (IsSpace(text[e - 1]) || text[e - 1] == '`' || text[e - 1] == '"' ||
                       text[e - 1] == ']')) {
        --e;
      }
      columns.push_back(text.substr(b, e - b));
      if (columns.size() > kMaxColumns) return std::string_view::npos;
      cell = i + 1;
      if (c == ')') return i;
    } else if (c == '(' || c == '\'' || c == ';') {
      return std::string_view::npos;  // not a plain column list
    }
  }
  return std::string_view::npos;
}

bool IsConstraintWord(std::string_view text, std::size_t i) {
  static constexpr std::string_view kWords[] = {"primary", "key",   "unique",   "constraint",
                                                "index",   "foreign", "check", "fulltext",
                                                "spatial", "exclude", "period"};
  for (std::string_view w : kWords) {
    if (WordAt(text, i, w)) return true;
  }
  return false;
}

// Reads the definition at `k` (a CREATE keyword) when it creates `wanted`: true and the columns,
// or false (another table, or unreadable).
bool ReadCreateTable(std::string_view text, std::size_t k, std::size_t at, const std::string& wanted,
                     std::vector<std::string_view>& columns) {
  std::size_t i = SkipSpace(text, k + 6);
  if (WordAt(text, i, "temporary")) i = SkipSpace(text, i + 9);
  if (!WordAt(text, i, "table")) return false;
  i = SkipSpace(text, i + 5);
  if (WordAt(text, i, "if")) {  // IF NOT EXISTS
    i = SkipSpace(text, i + 2);
    if (WordAt(text, i, "not")) i = SkipSpace(text, i + 3);
    if (WordAt(text, i, "exists")) i = SkipSpace(text, i + 6);
  }
  const std::size_t name = i;
  while (i < at && !IsSpace(text[i]) && text[i] != '(' && i - name < 256) ++i;
  if (BareName(text.substr(name, i - name)) != wanted) return false;
  i = SkipSpace(text, i);
  if (i >= at || text[i] != '(') return false;
  // Definitions: split at top-level commas; the first word of each names its column.
  int depth = 0;
  bool first_word = true;
  for (++i; i < at && columns.size() <= kMaxColumns; ++i) {
    const char c = text[i];
    if (c == '\'' || (c == '"' && !first_word)) {
      const std::size_t end = StringEnd(text, i, at);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth-- == 0) return !columns.empty();  // the definition's end
    } else if (c == ',' && depth == 0) {
      first_word = true;
    } else if (first_word && !IsSpace(c)) {
      first_word = false;
      if (IsConstraintWord(text, i)) continue;
      std::size_t b = i, e = i;
      const char open = c;
      if (open == '`' || open == '"' || open == '[') {
        const char close = open == '[' ? ']' : open;
        b = i + 1;
        e = b;
        while (e < at && text[e] != close && text[e] != '\n') ++e;
        i = e;
      } else {
        while (e < at && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_' ||
                          text[e] == '$')) {
          ++e;
        }
        i = e - 1;
      }
      columns.push_back(text.substr(b, e - b));
    }
  }
  columns.clear();
  return false;
}

bool IsCreateAt(std::string_view text, std::size_t k) {
  return (text[k] == 'c' || text[k] == 'C') && WordAt(text, k, "create") &&
         (k == 0 || !(std::isalnum(static_cast<unsigned char>(text[k - 1])) || text[k - 1] == '_'));
}

// The columns of the nearest earlier CREATE TABLE of `table` (dumps write the definition, then
// INSERT INTO t VALUES without a column list): each definition's first word, constraints
// skipped. False when none is found within the byte budget or it cannot be read.
bool CreateTableColumns(std::string_view text, std::size_t at, std::string_view table,
                        SqlTableCache& cache, std::vector<std::string_view>& columns) {
  const std::string wanted = BareName(table);
  if (wanted.empty()) return false;
  const std::size_t floor = at > kMaxBytes ? at - kMaxBytes : 0;
  std::size_t stop = floor;
  const bool resume = cache.data == text.data() && cache.size == text.size() &&
                      cache.table == wanted && cache.searched_to <= at &&
                      cache.searched_to > floor;
  if (resume) stop = cache.searched_to;
  for (std::size_t k = at; k > stop;) {
    --k;
    if (IsCreateAt(text, k) && ReadCreateTable(text, k, at, wanted, columns)) {
      cache = {text.data(), text.size(), wanted, at, k};
      return true;
    }
  }
  std::size_t found = std::string_view::npos;
  if (resume && cache.found != std::string_view::npos && cache.found >= floor &&
      IsCreateAt(text, cache.found) && ReadCreateTable(text, cache.found, at, wanted, columns)) {
    found = cache.found;
  }
  cache = {text.data(), text.size(), wanted, at, found};
  return found != std::string_view::npos;
}

}  // namespace

bool SqlWordAt(std::string_view text, std::size_t i, std::string_view word) {
  return WordAt(text, i, word);
}

std::size_t SqlStatementColumns(std::string_view text, std::size_t at, SqlTableCache& cache,
                                std::vector<std::string_view>& columns, std::string_view* table_out) {
  columns.clear();
  if (table_out != nullptr) *table_out = {};
  constexpr std::size_t npos = std::string_view::npos;
  if (at >= text.size()) return npos;
  const std::size_t limit = std::min(text.size(), at + kMaxBytes);
  if (WordAt(text, at, "from")) {
    // COPY t (columns) FROM stdin; on the same line, its rows on the next.
    std::size_t line = at == 0 ? npos : text.rfind('\n', at - 1);
    line = line == npos ? 0 : line + 1;
    const std::size_t i = SkipSpace(text, line);
    if (!WordAt(text, i, "copy")) return npos;
    const std::size_t open = text.find('(', i);
    if (open == npos || open > at) return npos;
    if (table_out != nullptr) {
      std::size_t n = SkipSpace(text, i + 4);
      std::size_t ne = n;
      while (ne < open && !IsSpace(text[ne])) ++ne;
      *table_out = text.substr(n, ne - n);
    }
    if (ColumnList(text, open, at, columns) == npos) {
      columns.clear();
      return npos;
    }
    const std::size_t row = text.find('\n', at);
    return row == npos ? npos : row + 1;
  }
  if (!WordAt(text, at, "insert")) return npos;
  std::size_t i = SkipSpace(text, at + 6);
  if (WordAt(text, i, "ignore")) i = SkipSpace(text, i + 6);
  if (!WordAt(text, i, "into")) return npos;
  i = SkipSpace(text, i + 4);
  // The table's name: identifiers, dots, quotes and brackets.
  const std::size_t name = i;
  while (i < limit && !IsSpace(text[i]) && text[i] != '(' && i - name < 256) ++i;
  if (i == name) return npos;
  const std::string_view table = text.substr(name, i - name);
  if (table_out != nullptr) *table_out = table;
  i = SkipSpace(text, i);
  if (i < limit && text[i] == '(') {
    i = ColumnList(text, i, limit, columns);
    if (i == npos) {
      columns.clear();
      return npos;
    }
    i = SkipSpace(text, i + 1);
  } else if (WordAt(text, i, "values")) {
    // No column list: the columns the table was created with, when the dump shows it.
    if (!CreateTableColumns(text, at, table, cache, columns)) columns.clear();
  }
  if (!WordAt(text, i, "values")) {
    columns.clear();
    return npos;
  }
  return i + 6;
}

void SqlStatementValues(std::string_view text, std::size_t at, std::size_t rows_at,
                        std::vector<SqlValue>& out) {
  if (rows_at >= text.size()) return;
  const std::size_t limit = std::min(text.size(), at + kMaxBytes);
  if (WordAt(text, at, "from")) {
    std::size_t b = rows_at;
    for (std::size_t n = 0; b < limit && n < kMaxRows; ++n) {
      std::size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view cells = text.substr(b, e - b);
      if (!cells.empty() && cells.back() == '\r') cells.remove_suffix(1);
      if (cells == "\\." || cells.empty()) return;
      std::size_t column = 0, cell = 0;
      for (std::size_t k = 0; k <= cells.size() && column < kMaxColumns; ++k) {
        if (k < cells.size() && cells[k] != '\t') continue;
        const std::string_view value = cells.substr(cell, k - cell);
        if (k > cell && value != "\\N") out.push_back({b + cell, b + k, n, column});
        ++column;
        cell = k + 1;
      }
      b = e + 1;
    }
    return;
  }
  std::size_t i = rows_at;
  for (std::size_t row = 0; row < kMaxRows; ++row) {
    i = SkipSpace(text, i);
    if (i >= limit || text[i] != '(') return;
    ++i;
    std::size_t column = 0;
    int depth = 0;  // parentheses of a call inside a value
    while (i < limit) {
      const char c = text[i];
      if (c == '\'' || c == '"') {
        const std::size_t end = StringEnd(text, i, limit);
        if (end == std::string_view::npos) return;
        if (depth == 0 && end > i + 1 && column < kMaxColumns) {
          out.push_back({i + 1, end, row, column});
        }
        i = end + 1;
      } else if (c == '(') {
        ++depth;
        ++i;
      } else if (c == ')') {
        ++i;
        if (depth-- == 0) break;  // the row's end
      } else if (c == ',' && depth == 0) {
        ++column;
        ++i;
      } else if (c == ';') {
        return;
      } else {
        ++i;
      }
    }
    i = SkipSpace(text, i);
    if (i >= limit || text[i] != ',') return;
    ++i;
  }
}

}  // namespace mcpgw::guards
