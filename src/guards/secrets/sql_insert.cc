#include "guards/secrets/sql_insert.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
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

}  // namespace

void SqlInsertSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out) {
  const std::size_t limit = std::min(text.size(), at + kMaxBytes);
  std::size_t i = at;
  if (!WordAt(text, i, "insert")) return;
  i = SkipSpace(text, i + 6);
  if (WordAt(text, i, "ignore")) i = SkipSpace(text, i + 6);
  if (!WordAt(text, i, "into")) return;
  i = SkipSpace(text, i + 4);
  // The table's name: identifiers, dots, quotes and brackets.
  const std::size_t name = i;
  while (i < limit && !IsSpace(text[i]) && text[i] != '(' && i - name < 256) ++i;
  if (i == name) return;
  i = SkipSpace(text, i);
  if (i >= limit || text[i] != '(') return;
  // The column list.
  std::vector<std::string_view> columns;
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
      if (columns.size() > kMaxColumns) return;
      cell = i + 1;
      if (c == ')') break;
    } else if (c == '(' || c == '\'' || c == ';') {
      return;  // not a plain column list
    }
  }
  if (i >= limit || text[i] != ')') return;
  std::vector<bool> credential(columns.size(), false);
  bool any = false;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    credential[c] = NamesCredential(columns[c]);
    any = any || credential[c];
  }
  if (!any) return;
  i = SkipSpace(text, i + 1);
  if (!WordAt(text, i, "values")) return;
  i += 6;
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
        if (depth == 0 && column < credential.size() && credential[column] && end > i + 1) {
          const std::string_view value = text.substr(i + 1, end - i - 1);
          if (IsPlausiblePassword(columns[column], value, true) && !IsReference(value) &&
              !IsPlaceholder(value)) {
            out.push_back({i + 1, end});
          }
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

}  // namespace mcpgw::guards::secrets
