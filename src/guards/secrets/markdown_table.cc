#include "guards/secrets/markdown_table.h"

#include <string>

#include "core/ascii_lower.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {
namespace {

constexpr std::size_t kMaxRows = 500;
constexpr std::size_t kMaxColumns = 32;

struct Cell {
  std::size_t begin = 0;  // trimmed, backquotes excluded
  std::size_t end = 0;
};

std::string_view LineAt(std::string_view text, std::size_t begin) {
  const std::size_t nl = text.find('\n', begin);
  std::size_t end = nl == std::string_view::npos ? text.size() : nl;
  if (end > begin && text[end - 1] == '\r') --end;
  return text.substr(begin, end - begin);
}

std::size_t NextLine(std::string_view text, std::size_t begin) {
  const std::size_t nl = text.find('\n', begin);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

// A Confluence/Jira wiki table row: "|| a || b ||" (a header, and rows some writers mark so).
bool IsWikiRow(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return line.substr(i).starts_with("||");
}

// The cells of a row that starts with '|' (after indentation), as offsets into `text`; a row
// that does not start with '|' has none. "\|" does not split. A row that starts with "||" is
// a wiki row: "||" separates its cells.
std::vector<Cell> Cells(std::string_view text, std::size_t line_begin, std::string_view line) {
  std::vector<Cell> cells;
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size() || line[i] != '|') return cells;
  const std::size_t bar = IsWikiRow(line) ? 2 : 1;
  i += bar;
  std::size_t start = i;
  for (; i <= line.size() && cells.size() < kMaxColumns; ++i) {
    if (i < line.size() && line[i] == '\\') {
      ++i;
      continue;
    }
    if (i < line.size() && (line[i] != '|' || (bar == 2 && (i + 1 >= line.size() ||
                                                            line[i + 1] != '|')))) {
      continue;
    }
    if (i >= line.size() && start >= line.size()) break;  // the closing '|' ended the row
    std::size_t b = start, e = std::min(i, line.size());
    while (b < e && (line[b] == ' ' || line[b] == '\t')) ++b;
    while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
    if (e - b >= 2 && line[b] == '`' && line[e - 1] == '`') {
      ++b;
      --e;
    }
    cells.push_back({line_begin + b, line_begin + e});
    i += bar - 1;
    start = i + 1;
  }
  return cells;
}

bool IsDelimiterRow(std::string_view line) {
  bool dash = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dash;
}

// A header that names what its column holds: a credential, or a value (then the row's first
// cell names it).
enum class Column { kOther, kCredential, kValue };

Column HeaderPartKind(std::string_view part) {
  std::string h = core::AsciiLower(part);
  while (!h.empty() && (h.back() == '*' || h.back() == '_' || h.back() == ':' || h.back() == ' ')) {
    h.pop_back();
  }
  std::size_t b = 0;
  while (b < h.size() && (h[b] == '*' || h[b] == '_' || h[b] == ' ')) ++b;
  h.erase(0, b);
  static constexpr std::string_view kCredential[] = {
      "secret", "secrets", "password", "passwords", "passwd", "token", "tokens", "api key",
      "api keys", "api_key", "apikey", "api token", "access key", "access token", "secret key",
      "secret value", "credential", "credentials", "license key", "auth token", "client secret",
      "private key", "passphrase", "pin", "pw", "pwd", "recovery code", "recovery codes",
      "backup code", "backup codes", "pin code",
      // The same column in other languages (AsciiLower leaves non-ASCII bytes as they are).
      "passwort", "passwörter", "kennwort", "mot de passe", "contraseña", "clave", "senha",
      "wachtwoord", "hasło", "haslo", "lösenord", "salasana", "adgangskode", "parola",
      "heslo", "jelszó", "пароль", "パスワード", "密码", "密碼", "비밀번호", "סיסמה", "كلمة المرور"};
  // A column beside names: the row's first cell says what the value is ("| Twilio auth token |
  // `SK...` |"). "Key" names such a column only after the first ("| Key | Value |" tables
  // keep their names in the first).
  static constexpr std::string_view kValue[] = {"value", "values", "current value", "setting",
                                                "key", "keys", "wert", "valeur", "valor"};
  for (std::string_view word : kCredential) {
    if (h == word) return Column::kCredential;
  }
  for (std::string_view word : kValue) {
    if (h == word) return Column::kValue;
  }
  return Column::kOther;
}

// A header cell may name two things ("Passwort / Token", "User / Password"): the credential
// wins.
Column HeaderKind(std::string_view header) {
  Column kind = Column::kOther;
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t slash = header.find('/', start);
    if (slash == std::string_view::npos) slash = header.size();
    const Column part = HeaderPartKind(header.substr(start, slash - start));
    if (part == Column::kCredential) return part;
    if (part == Column::kValue) kind = part;
    start = slash + 1;
  }
  return kind;
}

}  // namespace

void MarkdownTableSecretValues(std::string_view text, std::size_t at, std::vector<ValueSpan>& out) {
  if (at >= text.size()) return;
  const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t header_begin = nl == std::string_view::npos ? 0 : nl + 1;
  const std::vector<Cell> header =
      Cells(text, header_begin, LineAt(text, header_begin));
  if (header.size() < 2) return;
  std::size_t credential = kMaxColumns, value = kMaxColumns;
  for (std::size_t c = 0; c < header.size(); ++c) {
    const Column kind = HeaderKind(text.substr(header[c].begin, header[c].end - header[c].begin));
    if (kind == Column::kCredential && credential == kMaxColumns) credential = c;
    if (kind == Column::kValue && value == kMaxColumns && c > 0) value = c;
  }
  if (credential == kMaxColumns && value == kMaxColumns) return;
  std::size_t row = NextLine(text, header_begin);
  // A wiki table's header has no delimiter row under it.
  if (!IsWikiRow(LineAt(text, header_begin))) {
    if (row >= text.size() || !IsDelimiterRow(LineAt(text, row))) return;
    row = NextLine(text, row);
  }
  for (std::size_t n = 0; n < kMaxRows && row < text.size(); ++n, row = NextLine(text, row)) {
    const std::vector<Cell> cells = Cells(text, row, LineAt(text, row));
    if (cells.empty()) break;
    if (credential < cells.size()) {
      const Cell& cell = cells[credential];
      const std::string_view v = text.substr(cell.begin, cell.end - cell.begin);
      if (IsPlausibleTableSecret(v)) {
        out.push_back({cell.begin, cell.end});
        continue;
      }
    }
    if (value < cells.size()) {
      const std::string_view name = text.substr(cells[0].begin, cells[0].end - cells[0].begin);
      const Cell& cell = cells[value];
      const std::string_view v = text.substr(cell.begin, cell.end - cell.begin);
      if (NamesCredential(name) && IsPlausiblePassword(name, v, true)) {
        out.push_back({cell.begin, cell.end});
      }
    }
  }
}

}  // namespace mcpgw::guards::secrets
