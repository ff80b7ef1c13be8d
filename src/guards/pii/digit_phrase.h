// Phrase: a run of digit groups joined by single separators (space, '-', '.', '/',
// parentheses), optionally led by '+' or '(' -- the shape every numeric PII format and its
// look-alikes share. Parsed once per candidate by the numeric recognizers. Internal to pii/.
//
// Plain data and pure functions; no allocation.
#pragma once

#include <cstddef>
#include <string_view>

namespace mcpgw::guards::pii {

inline constexpr int kMaxGroups = 10;
inline constexpr std::size_t kMaxDigits = 40;  // digits kept per candidate

struct Phrase {
  std::size_t begin = 0;  // '+', '(' or the first digit
  bool plus = false;
  bool open_paren = false;
  int n = 0;
  std::size_t gb[kMaxGroups] = {};
  std::size_t ge[kMaxGroups] = {};
  // sep[i], i >= 1: what joins group i-1 and group i: ' ', '-', '.', '/', 'p' (parentheses,
  // possibly with spaces), 'x' (mixed).
  char sep[kMaxGroups] = {};
  std::size_t glen(int i) const { return ge[i] - gb[i]; }
};

// Parses the phrase at `pos` (a digit, '+' or '('). False when no digit group starts there.
bool ParsePhrase(std::string_view text, std::size_t pos, Phrase& p);

// The value of the digits text[b, e) (at most 9 of them).
int Value(std::string_view text, std::size_t b, std::size_t e);

}  // namespace mcpgw::guards::pii
