#include "guards/secrets/csv_table.h"

#include <algorithm>
#include <string>

#include "core/ascii_lower.h"
#include "guards/secrets/column_table.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
namespace {

constexpr std::size_t kMaxCells = 32;
constexpr std::size_t kMaxRows = 500;

// One cell of a row: its span without the quotes around it and the spaces inside them.
struct Cell {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits text[begin, end) (one line) at `delim` outside double quotes. False when the line has
// more than kMaxCells cells or an unclosed quote.
bool SplitRow(std::string_view text, std::size_t begin, std::size_t end, char delim,
              std::vector<Cell>& cells) {
  cells.clear();
  std::size_t i = begin;
  while (true) {
    if (cells.size() == kMaxCells) return false;
    std::size_t b = i;
    while (b < end && text[b] == ' ') ++b;
    if (b < end && text[b] == '"') {
      std::size_t k = b + 1;
      while (k < end) {
        if (text[k] == '"') {
          if (k + 1 < end && text[k + 1] == '"') {
            k += 2;
            continue;
          }
          break;
        }
        ++k;
      }
      if (k >= end) return false;
      cells.push_back(Cell{b + 1, k});
      i = k + 1;
      while (i < end && text[i] != delim) ++i;
    } else {
      std::size_t e = b;
      while (e < end && text[e] != delim) ++e;
      i = e;
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
      cells.push_back(Cell{b, e});
    }
    if (i >= end) return true;
    ++i;  // past the delimiter
  }
}

enum class Column : std::uint8_t { kNone, kPassword, kTotp, kSecret };

Column ColumnOf(std::string_view name) {
  std::string n = core::AsciiLower(name);
  std::erase_if(n, [](char c) { return c == ' ' || c == '_' || c == '-' || c == '.'; });
  static constexpr std::string_view kPassword[] = {
      "password", "loginpassword", "passwd", "pwd", "passwort", "kennwort", "wachtwoord",
      "contrase\xc3\xb1" "a", "contrasena", "senha", "motdepasse", "has\xc5\x82" "o",
      "l\xc3\xb6" "senord", "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c",
      "\xe5\xaf\x86\xe7\xa0\x81", "\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89",
      "\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8"};
  for (std::string_view p : kPassword) {
    if (n == p) return Column::kPassword;
  }
  if (n == "totp" || n == "logintotp" || n == "otp" || n == "otpauth" || n == "2fa" ||
      n == "totpsecret" || n == "mfa") {
    return Column::kTotp;
  }
  return Column::kNone;
}

// A header cell is a column's name: 1-40 bytes of letters (any script), spaces and _-./(),
// at most one digit ("login_uri", "Login Name", "E-Mail", "url 2").
bool HeaderName(std::string_view name) {
  if (name.empty() || name.size() > 40) return false;
  int digits = 0;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) continue;
    if (u >= '0' && u <= '9') {
      if (++digits > 1) return false;
      continue;
    }
    if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
      return false;
    }
  }
  return true;
}

bool Base32(char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); }

// The base32 secret in a TOTP cell: after "secret=" of an otpauth:// URI, or the cell itself
// after a "TOTP:" label, 16+ characters of the alphabet (upper case, spaces between groups).
bool TotpSecret(std::string_view text, Cell cell, ValueSpan& span) {
  std::string_view v = text.substr(cell.begin, cell.end - cell.begin);
  std::size_t b = cell.begin;
  if (const std::size_t s = v.find("secret="); s != std::string_view::npos) {
    b = cell.begin + s + 7;
  } else if (const std::size_t colon = v.rfind(':'); colon != std::string_view::npos) {
    b = cell.begin + colon + 1;
  }
  while (b < cell.end && text[b] == ' ') ++b;
  std::size_t e = b;
  std::size_t letters = 0;
  while (e < cell.end && (Base32(text[e]) || (text[e] == ' ' && e + 1 < cell.end &&
                                              Base32(text[e + 1])))) {
    if (text[e] != ' ') ++letters;
    ++e;
  }
  if (letters < 16) return false;
  if (e < cell.end && text[e] != '&' && text[e] != ' ') return false;
  span = ValueSpan{b, e};
  return true;
}

bool PasswordValue(std::string_view v) {
  if (v.size() < 4 || v.size() > 200) return false;
  if (v.find_first_not_of(v[0]) == std::string_view::npos) return false;  // "****", "xxxx"
  if (v.find("://") != std::string_view::npos) return false;              // a URL in the wrong cell
  return !IsPlaceholder(v) && !IsReference(v);
}

}  // namespace

void CsvTableSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out,
                          bool other_credentials) {
  at = std::min(at, text.size());
  std::size_t line = at;
  while (line > 0 && text[line - 1] != '\n') --line;
  std::size_t line_end = text.find('\n', at);
  if (line_end == std::string_view::npos) line_end = text.size();
  // The delimiter: the one the header uses most (two at least: three columns).
  char delim = 0;
  std::size_t most = 1;
  const std::string_view header = text.substr(line, line_end - line);
  for (char d : {',', ';', '\t'}) {
    const auto n = static_cast<std::size_t>(std::count(header.begin(), header.end(), d));
    if (n > most) {
      most = n;
      delim = d;
    }
  }
  if (delim == 0) return;
  std::vector<Cell> cells;
  if (!SplitRow(text, line, line_end, delim, cells)) return;
  std::vector<std::pair<std::size_t, Column>> columns;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const std::string_view name = text.substr(cells[c].begin, cells[c].end - cells[c].begin);
    if (!HeaderName(name)) return;  // a data row, not a header
    Column kind = Column::kNone;
    const SecretColumn named = ClassifySecretColumn(name);
    if (other_credentials) {
      if (named == SecretColumn::kSecret) kind = Column::kSecret;
      if (named == SecretColumn::kTotp) kind = Column::kTotp;
    } else {
      kind = ColumnOf(name);
      if (kind == Column::kNone && named == SecretColumn::kPassword) kind = Column::kPassword;
    }
    if (kind != Column::kNone) columns.emplace_back(c, kind);
  }
  if (columns.empty()) return;
  const std::size_t width = cells.size();
  std::size_t row = line_end;
  for (std::size_t n = 0; n < kMaxRows && row < text.size(); ++n) {
    const std::size_t begin = row + 1;
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    row = end;
    if (begin >= end || text.substr(begin, end - begin).find_first_not_of(" \t\r") ==
                            std::string_view::npos) {
      break;  // a blank line ends the table
    }
    if (!SplitRow(text, begin, end, delim, cells) || cells.size() + 1 < width) break;
    for (const auto& [c, kind] : columns) {
      if (c >= cells.size()) continue;
      const Cell cell = cells[c];
      if (cell.end <= cell.begin) continue;
      const std::string_view value = text.substr(cell.begin, cell.end - cell.begin);
      if (kind == Column::kTotp) {
        ValueSpan span;
        if (TotpSecret(text, cell, span)) {
          out.push_back(span);
        } else if (other_credentials && IsColumnSecret(SecretColumn::kTotp, value)) {
          out.push_back(ValueSpan{cell.begin, cell.end});
        }
      } else if (kind == Column::kSecret) {
        if (IsColumnSecret(SecretColumn::kSecret, value)) out.push_back(ValueSpan{cell.begin, cell.end});
      } else if (PasswordValue(text.substr(cell.begin, cell.end - cell.begin))) {
        out.push_back(ValueSpan{cell.begin, cell.end});
      }
    }
  }
}

}  // namespace mcpgw::guards::secrets
