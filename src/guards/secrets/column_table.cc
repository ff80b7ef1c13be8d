#include "guards/secrets/column_table.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/ascii_lower.h"
#include "guards/secrets/csv_table.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
namespace {

constexpr std::size_t kMaxRows = 500;
constexpr std::size_t kMaxColumns = 40;
constexpr std::size_t kMaxHeaderLine = 2048;

// A cell (or an aligned table's name or value): byte offsets into the text, and for aligned
// tables its first and past-the-end code point columns.
struct Cell {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t first = 0;
  std::size_t last = 0;
};

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // before "\r\n" / "\n"
  std::size_t next = 0;  // the next line's start (text.size() at the end)
};

Line LineFrom(std::string_view text, std::size_t begin) {
  const std::size_t nl = text.find('\n', begin);
  Line line{begin, nl == std::string_view::npos ? text.size() : nl,
            nl == std::string_view::npos ? text.size() : nl + 1};
  if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
  return line;
}

// The words of a column name, lower case: split at '_', '-', '.', ' ', '/' and where a small
// letter meets a capital ("mfaSecret" -> mfa, secret).
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool sep = c == '_' || c == '-' || c == '.' || c == ' ' || c == '/' || c == '(' ||
                     c == ')' || c == '#' || c == ':';
    const bool rise = c >= 'A' && c <= 'Z' && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    if ((sep || rise) && !word.empty()) {
      words.push_back(word);
      word.clear();
    }
    if (!sep) word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// A header cell is a column's name: 1-48 bytes that start with a letter (any script) or '_',
// of letters, digits (three at most), spaces and _-./()#. (A name ending in ':' is a key of a
// "key: value" list, not a column.)
bool HeaderName(std::string_view name) {
  if (name.empty() || name.size() > 48) return false;
  const auto first = static_cast<unsigned char>(name[0]);
  if (!(first >= 0x80 || std::isalpha(first) || first == '_')) return false;
  int digits = 0;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalpha(u)) continue;
    if (std::isdigit(u)) {
      if (++digits > 3) return false;
      continue;
    }
    if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')' &&
        c != '#') {
      return false;
    }
  }
  return true;
}

// A rule line under a header or around a table: dashes (or '=', or box drawing) with '+', '|',
// ':' and spaces between them.
bool IsRule(std::string_view text, Line line) {
  int dashes = 0;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    const char c = text[i];
    if (c == '-' || c == '=') {
      ++dashes;
    } else if (c != '+' && c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dashes >= 3;
}

// The cells of a line split at '|' (a leading and a trailing '|' open and close the row, unless
// the rows are `bare`: SQLite's list mode ends a row with an empty last cell that way).
void PipeCells(std::string_view text, Line line, std::vector<Cell>& cells, bool bare = false) {
  cells.clear();
  std::size_t b = line.begin;
  while (b < line.end && (text[b] == ' ' || text[b] == '\t')) ++b;
  std::size_t e = line.end;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (!bare && b < e && text[b] == '|') ++b;
  if (!bare && e > b && text[e - 1] == '|' && (e < 2 || text[e - 2] != '\\')) --e;
  std::size_t start = b;
  for (std::size_t i = b; i <= e && cells.size() <= kMaxColumns; ++i) {
    if (i < e && (text[i] != '|' || text[i - 1] == '\\')) continue;
    std::size_t cb = start, ce = i;
    while (cb < ce && (text[cb] == ' ' || text[cb] == '\t')) ++cb;
    while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t')) --ce;
    if (ce - cb >= 2 && text[cb] == '`' && text[ce - 1] == '`') {
      ++cb;
      --ce;
    }
    cells.push_back({cb, ce, 0, 0});
    start = i + 1;
  }
}

// An aligned line's content: a notebook's output line is a JSON string ("   0  18738  ...\n",);
// its quotes, the escaped newline and the comma are no part of the table. (Once the escapes are
// decoded the line keeps its opening quote only.)
void AlignedContent(std::string_view text, Line& line) {
  std::size_t b = line.begin;
  while (b < line.end && (text[b] == ' ' || text[b] == '\t')) ++b;
  if (b >= line.end || text[b] != '"') return;
  line.begin = b + 1;
  std::size_t e = line.end;
  while (e > line.begin && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
  if (e <= line.begin || text[e - 1] != '"') return;
  --e;
  if (e >= line.begin + 2 && text[e - 2] == '\\' && text[e - 1] == 'n') e -= 2;
  line.end = e;
}

// The cells of an aligned line: runs separated by two or more spaces (or a tab), with their
// code point columns counted from the line's content start.
void AlignedCells(std::string_view text, Line line, std::vector<Cell>& cells) {
  cells.clear();
  std::size_t column = 0;
  std::size_t i = line.begin;
  while (i < line.end && cells.size() <= kMaxColumns) {
    // Skip the gap.
    while (i < line.end && (text[i] == ' ' || text[i] == '\t')) {
      column += text[i] == '\t' ? 8 - column % 8 : 1;
      ++i;
    }
    if (i >= line.end) break;
    Cell cell{i, i, column, column};
    while (i < line.end) {
      if (text[i] == '\t') break;
      if (text[i] == ' ' && (i + 1 >= line.end || text[i + 1] == ' ' || text[i + 1] == '\t')) {
        break;
      }
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
      ++i;
    }
    cell.end = i;
    cell.last = column;
    cells.push_back(cell);
  }
}

bool Base32(char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); }

// A password hash in a password column is no password ("{SSHA}...", "pbkdf2_...", 64 hex; the
// crypt(3) forms "$2b$12$...", "$6$..." are IsPlaceholder's).
bool LooksHashed(std::string_view v) {
  if (v.starts_with("{SSHA") || v.starts_with("{SHA") || v.starts_with("{MD5") ||
      v.starts_with("{CRYPT}") || v.starts_with("pbkdf2") || v.starts_with("sha1$") ||
      v.starts_with("md5$") || v.starts_with("bcrypt$") || v.starts_with("scrypt:")) {
    return true;
  }
  if (v.size() >= 32 && v.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos) {
    return true;
  }
  return false;
}

bool PasswordCell(std::string_view v) {
  if (v.size() < 4 || v.size() > 128) return false;
  if (v.find_first_not_of(v[0]) == std::string_view::npos) return false;  // "****", "xxxx"
  if (v.find("://") != std::string_view::npos || v.find("  ") != std::string_view::npos) {
    return false;
  }
  const std::string lower = core::AsciiLower(v);
  if (OneOf(lower, {"null", "(null)", "<null>", "none", "nan", "n/a", "undefined", "empty",
                    "true", "false", "yes", "no", "unset", "not set", "redacted", "hidden",
                    "masked", "changeme?"})) {
    return false;
  }
  if (v.starts_with("\xe2\x80\xa2") || v.starts_with("\xe2\x97\x8f")) return false;  // bullets
  // Elided or bracketed stand-ins ("sk-...", "[hidden]", "<set me>"), and the column's own word.
  if (v.find("...") != std::string_view::npos || v.find("\xe2\x80\xa6") != std::string_view::npos) {
    return false;
  }
  const char open = v.front(), close = v.back();
  if ((open == '[' && close == ']') || (open == '<' && close == '>') ||
      (open == '{' && close == '}') || (open == '(' && close == ')')) {
    return false;
  }
  if (ClassifySecretColumn(v) == SecretColumn::kPassword) return false;
  if (LooksHashed(v)) return false;
  return !IsPlaceholder(v) && !IsReference(v);
}

bool TotpCell(std::string_view v) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (Base32(v[i])) {
      ++letters;
    } else if (v[i] != ' ' || i + 1 >= v.size() || !Base32(v[i + 1])) {
      return false;
    }
  }
  return letters >= 16 && letters <= 128;
}

bool Wanted(SecretColumn column, bool passwords) {
  return column != SecretColumn::kNone && (column == SecretColumn::kPassword) == passwords;
}

// The credential columns of a header, by index.
bool CredentialColumns(std::string_view text, const std::vector<Cell>& header, bool passwords,
                       bool empty_first_ok,
                       std::vector<std::pair<std::size_t, SecretColumn>>& columns) {
  columns.clear();
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string_view name = text.substr(header[c].begin, header[c].end - header[c].begin);
    if (name.empty() && c == 0 && empty_first_ok) continue;
    if (!HeaderName(name)) return false;
    const SecretColumn kind = ClassifySecretColumn(name);
    if (Wanted(kind, passwords)) columns.emplace_back(c, kind);
  }
  return !columns.empty();
}

void Emit(std::string_view text, const Cell& cell, SecretColumn kind,
          std::vector<ValueSpan>& out) {
  if (cell.end <= cell.begin) return;
  if (IsColumnSecret(kind, text.substr(cell.begin, cell.end - cell.begin))) {
    out.push_back({cell.begin, cell.end});
  }
}

// MySQL/SQLite boxes, Markdown and wiki tables, psql: cells split at '|', a rule line under the
// header; or SQLite's list mode, bare bars and no rule.
void PipeTable(std::string_view text, Line header_line, bool passwords,
               std::vector<ValueSpan>& out) {
  std::vector<Cell> header;
  PipeCells(text, header_line, header);
  if (header.size() < 2 || header.size() > kMaxColumns) return;
  std::vector<std::pair<std::size_t, SecretColumn>> columns;
  if (!CredentialColumns(text, header, passwords, false, columns)) return;
  if (header_line.next >= text.size()) return;
  Line line = LineFrom(text, header_line.next);
  std::vector<Cell> cells;
  bool bare = false;
  if (!IsRule(text, line)) {
    // SQLite's list mode ("id|email|password" then "63392|a@b.test|Bella2021."): no rule, no
    // spaces around the bars, no bar at either end; every row has the header's cell count.
    const std::string_view h = text.substr(header_line.begin, header_line.end - header_line.begin);
    if (h.front() == '|' || h.back() == '|' || h.find(" |") != std::string_view::npos ||
        h.find("| ") != std::string_view::npos) {
      return;
    }
    PipeCells(text, line, cells, true);
    if (cells.size() != header.size()) return;
    line = header_line;
    bare = true;
  }
  std::size_t rows_since_rule = 0;
  for (std::size_t n = 0; n < kMaxRows && line.next < text.size(); ++n) {
    line = LineFrom(text, line.next);
    if (IsRule(text, line)) {
      // A grid rules off every row; a box's rule after several rows is its bottom border.
      if (rows_since_rule > 1) break;
      rows_since_rule = 0;
      continue;
    }
    ++rows_since_rule;
    if (text.substr(line.begin, line.end - line.begin).find('|') == std::string_view::npos) {
      break;
    }
    PipeCells(text, line, cells, bare);
    if (cells.size() != header.size()) break;
    for (const auto& [c, kind] : columns) Emit(text, cells[c], kind, out);
  }
}

// pandas, notebooks and CLI listings: columns aligned by spaces. (Declared before its use in
// KeyValueListingRow below.)
void AlignedTable(std::string_view text, Line header_line, bool passwords,
                  std::vector<ValueSpan>& out) {
  AlignedContent(text, header_line);
  std::vector<Cell> header;
  AlignedCells(text, header_line, header);
  // Three columns at least: two are a "NAME  value" listing (env dumps), not a table.
  if (header.size() < 3 || header.size() > kMaxColumns) return;
  std::vector<std::pair<std::size_t, SecretColumn>> columns;
  if (!CredentialColumns(text, header, passwords, false, columns)) return;
  std::vector<Cell> cells;
  Line line = header_line;
  std::size_t misses = 0;
  for (std::size_t n = 0; n < kMaxRows && line.next < text.size(); ++n) {
    line = LineFrom(text, line.next);
    AlignedContent(text, line);
    AlignedCells(text, line, cells);
    if (cells.empty()) break;  // a blank line ends the table
    bool aligned = false;
    for (const auto& [c, kind] : columns) {
      const Cell& name = header[c];
      for (const Cell& cell : cells) {
        if (cell.last == name.last || cell.first == name.first) {
          Emit(text, cell, kind, out);
          aligned = true;
          break;
        }
      }
    }
    // A row nothing of which lines up with the credential columns: a row with the cell empty,
    // or the table has ended ("[20 rows x 6 columns]", prose).
    if (!aligned && ++misses >= 3) break;
    if (aligned) misses = 0;
  }
}

// A row of a "Key  Value" listing (Vault's `vault kv get` / `vault read`: a "Key  Value" header,
// a "---  -----" rule, then one name and its value per row): the value when the row's name is a
// credential's.
void KeyValueListingRow(std::string_view text, Line row, bool passwords, std::vector<ValueSpan>& out) {
  std::vector<Cell> cells;
  AlignedCells(text, row, cells);
  if (cells.size() != 2) return;
  const std::string_view name = text.substr(cells[0].begin, cells[0].end - cells[0].begin);
  const SecretColumn kind = ClassifySecretColumn(name);
  if (!Wanted(kind, passwords)) return;
  // The header above, before any blank line.
  std::size_t at = row.begin;
  for (int n = 0; n < 60 && at > 0; ++n) {
    std::size_t prev = at - 1;
    while (prev > 0 && text[prev - 1] != '\n') --prev;
    const Line line = LineFrom(text, prev);
    if (line.end <= line.begin) return;  // a blank line: no listing
    if (IsRule(text, line) && prev > 0) {
      std::size_t hb = prev - 1;
      while (hb > 0 && text[hb - 1] != '\n') --hb;
      std::vector<Cell> header;
      AlignedCells(text, LineFrom(text, hb), header);
      if (header.size() == 2 &&
          core::AsciiLower(text.substr(header[0].begin, header[0].end - header[0].begin)) == "key" &&
          core::AsciiLower(text.substr(header[1].begin, header[1].end - header[1].begin)) == "value") {
        Emit(text, cells[1], kind, out);
      }
      return;
    }
    at = prev;
  }
}

}  // namespace

SecretColumn ClassifySecretColumn(std::string_view name) {
  if (name.empty() || name.size() > 48) return SecretColumn::kNone;
  const std::string lower = core::AsciiLower(name);
  // Password columns named in other languages (non-ASCII bytes stay as they are).
  static constexpr std::string_view kPasswordNames[] = {
      "passwort", "kennwort", "wachtwoord", "mot de passe", "contrase\xc3\xb1" "a", "contrasena",
      "clave", "senha", "has\xc5\x82" "o", "haslo", "l\xc3\xb6" "senord", "salasana",
      "adgangskode", "passord", "parola", "heslo", "jelsz\xc3\xb3", "\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c",
      "\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89", "\xe5\xaf\x86\xe7\xa0\x81",
      "\xe5\xaf\x86\xe7\xa2\xbc", "\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8",
      "\xd7\xa1\xd7\x99\xd7\xa1\xd7\x9e\xd7\x94",
      "\xd9\x83\xd9\x84\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x88\xd8\xb1",
      "m\xe1\xba\xad" "t kh\xe1\xba\xa9u", "\xc5\x9f" "ifre", "sifre", "kata sandi"};
  for (std::string_view word : kPasswordNames) {
    if (lower == word) return SecretColumn::kPassword;
  }
  const std::vector<std::string> words = NameWords(name);
  if (words.empty()) return SecretColumn::kNone;
  const std::string& last = words.back();
  // Names that say something about a credential, not the credential (password_hash,
  // token_type, mfa_enabled, secret_arn, key_id).
  if (OneOf(last, {"hash", "hashed", "digest", "salt", "hint", "length", "len", "type", "id",
                   "ids", "name", "arn", "url", "uri", "at", "date", "time", "expires", "expiry",
                   "ttl", "enabled", "status", "set", "required", "policy", "prefix", "suffix",
                   "last4", "masked", "count", "version", "scope", "scopes", "changed",
                   "updated", "created", "rotated", "reset", "strength", "algorithm", "alg",
                   "file", "path", "ref", "kind", "fingerprint", "method", "field", "label",
                   "age", "expiration", "issuer", "uses", "usages", "description", "note",
                   "notes"})) {
    return SecretColumn::kNone;
  }
  for (const std::string& w : words) {
    if (OneOf(w, {"public", "pub", "publishable", "encrypted", "hashed", "redacted", "masked",
                  "csrf", "xsrf", "page", "next", "cursor", "continuation", "max", "num"})) {
      return SecretColumn::kNone;
    }
  }
  bool totp = false;
  for (const std::string& w : words) {
    if (OneOf(w, {"totp", "otp", "mfa", "2fa", "otpauth", "authenticator", "hotp"})) totp = true;
  }
  if (totp && (words.size() == 1 || OneOf(last, {"secret", "seed", "key", "code", "uri"}))) {
    return SecretColumn::kTotp;
  }
  for (const std::string& w : words) {
    if (OneOf(w, {"password", "passwd", "pwd", "pw", "pass", "passphrase", "passcode",
                  "passwort", "kennwort", "wachtwoord", "senha", "contrasena"})) {
      // "pass" and "pw" alone may be anything (a pass/fail column); with a qualifier they are
      // passwords (db_pass, user_pw).
      if ((w == "pass" || w == "pw") && words.size() == 1) return SecretColumn::kNone;
      return SecretColumn::kPassword;
    }
  }
  if (OneOf(last, {"secret", "secrets", "token", "tokens", "apikey", "credential",
                   "credentials", "pepper", "pat", "authtoken", "accesstoken", "secretkey",
                   "privatekey", "signingkey"})) {
    return SecretColumn::kSecret;
  }
  if ((last == "key" || last == "keys") && words.size() >= 2 &&
      OneOf(words[words.size() - 2],
            {"api", "secret", "private", "access", "signing", "encryption", "master", "auth",
             "client", "app", "webhook", "hmac", "shared", "service", "admin", "root", "license",
             "account", "integration", "sdk", "server", "consumer", "bot", "deploy", "personal",
             "session", "jwt", "recovery", "backup", "wallet"})) {
    return SecretColumn::kSecret;
  }
  return SecretColumn::kNone;
}

bool IsColumnSecret(SecretColumn column, std::string_view value) {
  switch (column) {
    case SecretColumn::kNone:
      return false;
    case SecretColumn::kPassword:
      return PasswordCell(value);
    case SecretColumn::kTotp:
      return TotpCell(value) ||
             (IsPlausibleTableSecret(value) && !LooksHashed(value) && !IsPlaceholder(value));
    case SecretColumn::kSecret:
      return IsPlausibleTableSecret(value) && !LooksHashed(value) && !IsPlaceholder(value) &&
             !IsUuid(value);
  }
  return false;
}

bool MayBeHeaderCell(std::string_view text, std::size_t at) {
  auto name_byte = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == '/' ||
           c == '(' || c == ')' || c == '#' || c == ' ';
  };
  auto delimiter = [](char c) {
    return c == '|' || c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r';
  };
  // A cell holds a few words: a fourth space (not a column gap) ends the look, as prose does.
  constexpr std::size_t kCell = 48;
  std::size_t b = at;
  int spaces = 0;
  bool gap_before = false;
  while (b > 0 && at - b < kCell && name_byte(text[b - 1])) {
    if (text[b - 1] == ' ') {
      if (b >= 2 && text[b - 2] == ' ') {
        gap_before = true;
        break;
      }
      if (++spaces > 3) return false;
    }
    --b;
  }
  std::size_t e = at;
  spaces = 0;
  bool gap_after = false;
  while (e < text.size() && e - at < kCell && name_byte(text[e])) {
    if (text[e] == ' ') {
      if (e + 1 < text.size() && text[e + 1] == ' ') {
        gap_after = true;
        break;
      }
      if (++spaces > 3) return false;
    }
    ++e;
  }
  if (!gap_before && at - b >= kCell) return false;
  if (!gap_after && e - at >= kCell) return false;
  bool before = b == 0 || delimiter(text[b - 1]) || gap_before;
  if (!before && text[b - 1] == '"') before = b < 2 || delimiter(text[b - 2]);
  bool after = e >= text.size() || delimiter(text[e]) || gap_after;
  if (!after && text[e] == '"') after = e + 1 >= text.size() || delimiter(text[e + 1]);
  if (!after && text[e] == '\\') after = e + 1 < text.size() && text[e + 1] == 'n';  // notebook
  return before && after;
}

void ColumnTableSecretValues(std::string_view text, std::size_t at, bool passwords,
                             std::vector<ValueSpan>& out) {
  if (at >= text.size()) return;
  std::size_t begin = at;
  while (begin > 0 && text[begin - 1] != '\n' && at - begin < kMaxHeaderLine) --begin;
  if (begin > 0 && text[begin - 1] != '\n') return;
  // The line's end within the longest header read (a minified JSON line is no table's header).
  const std::size_t reach = std::min(text.size(), begin + kMaxHeaderLine + 1);
  if (text.substr(begin, reach - begin).find('\n') == std::string_view::npos &&
      reach < text.size()) {
    return;
  }
  const Line line = LineFrom(text, begin);
  if (line.end - line.begin > kMaxHeaderLine) return;
  const std::string_view header = text.substr(line.begin, line.end - line.begin);
  // A header holds names and their delimiters only: a byte of code, markup, JSON or a log's
  // key=value ('{', '=', ':', '<', '@', '$', ...) says the line is none, before any parsing.
  static constexpr auto kNotInHeader = [] {
    std::array<bool, 256> t{};
    for (char c : std::string_view("{}=:<>[]@$&?!`*~^%")) t[static_cast<unsigned char>(c)] = true;
    return t;
  }();
  for (char c : header) {
    if (kNotInHeader[static_cast<unsigned char>(c)]) return;
  }
  if (header.find('|') != std::string_view::npos) {
    PipeTable(text, line, passwords, out);
    return;
  }
  std::size_t delimiters = 0;
  for (char c : header) delimiters += c == ',' || c == ';' || c == '\t';
  if (delimiters >= 2) {
    if (!passwords) CsvTableSecretValues(text, at, out, /*other_credentials=*/true);
    return;
  }
  if (header.find("  ") != std::string_view::npos) {
    AlignedTable(text, line, passwords, out);
    KeyValueListingRow(text, line, passwords, out);
  }
}

}  // namespace mcpgw::guards::secrets
