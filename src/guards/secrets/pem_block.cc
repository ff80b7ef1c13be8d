#include "guards/secrets/pem_block.h"

#include <cctype>

namespace mcpgw::guards::secrets {
namespace {

constexpr std::size_t kMaxBody = 64 * 1024;
constexpr std::size_t kMinBase64 = 64;

bool IsBase64(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '/' || c == '=';
}

// Characters that may separate body lines: whitespace, the quotes, commas and '+' of string
// concatenation in code, and the ':' ',' '-' of PEM/PGP headers such as "Proc-Type: 4,ENCRYPTED".
bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'' || c == ',' ||
         c == ':' || c == '-' || c == '.';
}

// Length of an escape sequence starting at `i` (a backslash), and whether it encodes a base64
// character (\/ and \u002f) rather than a separator (\n \r \t \\ \").
std::size_t EscapeLength(std::string_view s, std::size_t i, bool* is_base64) {
  std::size_t j = i;
  while (j < s.size() && s[j] == '\\') ++j;  // "\\n" doubled escapes
  *is_base64 = false;
  if (j >= s.size()) return j - i;
  const char c = s[j];
  if (c == 'n' || c == 'r' || c == 't' || c == '"') return j - i + 1;
  if (c == '/') {
    *is_base64 = true;
    return j - i + 1;
  }
  if (c == 'u' && j + 5 <= s.size()) {
    *is_base64 = s.substr(j + 1, 4) == "002f" || s.substr(j + 1, 4) == "002F" ||
                 s.substr(j + 1, 4) == "002b" || s.substr(j + 1, 4) == "002B";
    return j - i + 5;
  }
  return j - i;
}

}  // namespace

std::optional<std::size_t> PemBlockEnd(std::string_view text, std::size_t body_begin) {
  if (body_begin > text.size()) return std::nullopt;
  const std::string_view rest = text.substr(body_begin, kMaxBody);
  std::size_t base64 = 0;
  std::size_t last_body = 0;  // one past the last base64 character seen
  // Without an END line, a closing quote ends the body (the rest is the enclosing document).
  std::optional<std::size_t> quote_end;
  std::size_t i = 0;
  while (i < rest.size()) {
    const char c = rest[i];
    if (c == '-' && rest.substr(i).starts_with("-----END")) {
      if (base64 < kMinBase64) return std::nullopt;
      const auto close = rest.find("-----", i + 8);
      if (close == std::string_view::npos || close - i > 80) return body_begin + last_body;
      return body_begin + close + 5;
    }
    if (c == '-' && rest.substr(i).starts_with("-----BEGIN")) break;  // another block
    if (c == '\\') {
      bool is_b64 = false;
      const std::size_t n = EscapeLength(rest, i, &is_b64);
      if (is_b64) {
        ++base64;
        last_body = i + n;
      }
      i += n == 0 ? 1 : n;
      continue;
    }
    if (IsBase64(c)) {
      ++base64;
      last_body = i + 1;
    } else if ((c == '"' || c == '\'') && !quote_end && base64 >= kMinBase64) {
      quote_end = last_body;
    } else if (!IsSeparator(c)) {
      break;  // the body ended without an END line
    }
    ++i;
  }
  if (base64 < kMinBase64) return std::nullopt;
  return body_begin + quote_end.value_or(last_body);
}

}  // namespace mcpgw::guards::secrets
