#include "guards/pii/digit_phrase.h"

#include "guards/pii/recognizers.h"

namespace mcpgw::guards::pii {
namespace {

bool IsSepChar(unsigned char c) {
  return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
}

}  // namespace

bool ParsePhrase(std::string_view text, std::size_t pos, Phrase& p) {
  const std::size_t size = text.size();
  std::size_t i = pos;
  p.begin = pos;
  if (text[i] == '+') {
    p.plus = true;
    ++i;
    if (i < size && text[i] == '(') ++i;
  } else if (text[i] == '(') {
    p.open_paren = true;
    ++i;
  }
  if (i >= size || !IsDigit(text[i])) return false;
  while (p.n < kMaxGroups) {
    const std::size_t b = i;
    while (i < size && IsDigit(text[i])) ++i;
    p.gb[p.n] = b;
    p.ge[p.n] = i;
    ++p.n;
    std::size_t j = i;
    int count = 0;
    bool space = false, dash = false, dot = false, slash = false, paren = false;
    while (j < size && count < 3 && IsSepChar(text[j])) {
      switch (text[j]) {
        case ' ': space = true; break;
        case '-': dash = true; break;
        case '.': dot = true; break;
        case '/': slash = true; break;
        default: paren = true; break;
      }
      ++j;
      ++count;
    }
    if (count == 0 || j >= size || !IsDigit(text[j]) || p.n == kMaxGroups) break;
    char kind;
    if (paren) {
      kind = (dot || slash) ? 'x' : 'p';
    } else if (dash) {
      kind = (dot || slash) ? 'x' : '-';
    } else if (dot) {
      kind = (space || slash || count > 1) ? 'x' : '.';
    } else if (slash) {
      kind = count > 2 ? 'x' : '/';
    } else {
      kind = count > 1 ? 'x' : ' ';
    }
    if (kind == 'x') break;
    p.sep[p.n] = kind;
    i = j;
  }
  return true;
}

int Value(std::string_view text, std::size_t b, std::size_t e) {
  int v = 0;
  for (std::size_t i = b; i < e && i < b + 9; ++i) v = v * 10 + (text[i] - '0');
  return v;
}

}  // namespace mcpgw::guards::pii
