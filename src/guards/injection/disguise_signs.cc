#include "guards/injection/disguise_signs.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mcpgw::guards::injection {
namespace {

static_assert(std::endian::native == std::endian::little, "byte lanes are read little-endian");

enum : std::uint8_t {
  kDigit = 1,      // [0-9]
  kBlank = 2,      // [\s*_]
  kLetter = 4,     // [a-zA-Z]
  kLeetDigit = 8,  // [013457]
  kBreak = 16,     // [\s,.]: not part of a leetspeak word
  kGap = 32,       // [ ,.]: may stand between two leetspeak words
};

struct ByteTable {
  std::uint8_t c[256] = {};
  constexpr ByteTable() {
    for (int k = '0'; k <= '9'; ++k) c[k] |= kDigit;
    for (const char k : {'0', '1', '3', '4', '5', '7'}) c[static_cast<int>(k)] |= kLeetDigit;
    for (int k = 'a'; k <= 'z'; ++k) c[k] |= kLetter, c[k - 32] |= kLetter;
    for (int k = 9; k <= 13; ++k) c[k] |= kBlank | kBreak;
    c[static_cast<int>(' ')] |= kBlank | kBreak | kGap;
    c[static_cast<int>('*')] |= kBlank;
    c[static_cast<int>('_')] |= kBlank;
    c[static_cast<int>(',')] |= kBreak | kGap;
    c[static_cast<int>('.')] |= kBreak | kGap;
  }
};
constexpr ByteTable kTable;

bool Is(unsigned char b, std::uint8_t cls) { return (kTable.c[b] & cls) != 0; }

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;

// The byte lanes of x equal to c, as the top bit of each lane (exact: no borrow between lanes).
std::uint64_t EqualLanes(std::uint64_t x, unsigned char c) {
  const std::uint64_t t = x ^ (kOnes * c);
  return ~(((t & kLow7) + kLow7) | t | kLow7);
}

// The lanes of x holding an ASCII letter.
std::uint64_t LetterLanes(std::uint64_t x) {
  const std::uint64_t v = (x & kLow7) | (kOnes * 0x20);
  const std::uint64_t ge_a = (v + kOnes * (0x80 - 'a')) & kHigh;
  const std::uint64_t gt_z = (v + kOnes * (0x80 - 'z' - 1)) & kHigh;
  return ge_a & ~gt_z & ~(x & kHigh);
}

// The lanes of x holding one of 0 1 3 4 5 7: '0'..'7' but '2' and '6'.
std::uint64_t LeetDigitLanes(std::uint64_t x) {
  return EqualLanes(x & (kOnes * 0xF8), 0x30) & ~EqualLanes(x & (kOnes * 0xFB), 0x32);
}

// The end of the word going on at `from`: the first byte of [\s,.] at or after it, or n.
std::size_t WordEnd(const unsigned char* s, std::size_t from, std::size_t n) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), comma = _mm_set1_epi8(','), dot = _mm_set1_epi8('.');
  const __m128i tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4);
  for (; from + 16 <= n; from += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + from));
    const __m128i c = _mm_sub_epi8(x, tab);  // \t \n \v \f \r: x - '\\t' <= 4 unsigned
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(x, comma)),
        _mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(_mm_min_epu8(c, four), c)));
    if (const int m = _mm_movemask_epi8(hit); m != 0)
      return from + std::countr_zero(static_cast<unsigned>(m));
  }
#else
  for (; from + 8 <= n; from += 8) {  // 8 bytes at a time while none is ' ' ',' '.' or < 0x20
    std::uint64_t x;
    std::memcpy(&x, s + from, 8);
    if ((EqualLanes(x, ' ') | EqualLanes(x, ',') | EqualLanes(x, '.') |
         EqualLanes(x & (kOnes * 0xE0), 0)) != 0)
      break;
  }
#endif
  while (from < n && !Is(s[from], kBreak)) ++from;
  return from;
}

}  // namespace

void FindNumberListEnds(std::string_view text, std::vector<std::size_t>& ends) {
  // A match is eight digit runs linked by separators [\s*_]{0,4},[\s*_]{0,4}; the first run may
  // be longer than 7 digits (the match starts inside it), the six between must not be, and the
  // match ends 1 to 7 digits into the eighth. Each comma is tested as a link (found 8 bytes at a
  // time); `chain` counts the links before the run after the last linked comma.
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t last_begin = 0, last_end = 0;  // the run after the last linked comma (0, 0: none)
  int last_chain = 0;
  auto on_comma = [&](std::size_t p) {
    std::size_t a = p;  // end of the run before the comma
    for (int blanks = 0; a > 0 && Is(s[a - 1], kBlank); --a)
      if (++blanks > 4) return;
    if (a == 0 || !Is(s[a - 1], kDigit)) return;
    std::size_t b = p + 1;  // begin of the run after it
    for (int blanks = 0; b < n && Is(s[b], kBlank); ++b)
      if (++blanks > 4) return;
    if (b >= n || !Is(s[b], kDigit)) return;
    std::size_t e = b;
    while (e < n && Is(s[e], kDigit)) ++e;
    // The run before continues a chain only if it is the last link's run and short enough to be
    // one of the middle numbers; otherwise it is the first number.
    const bool continues = last_end != 0 && a == last_end && last_end - last_begin <= 7;
    const int chain = std::min(7, 1 + (continues ? last_chain : 0));
    if (chain >= 7)
      for (std::size_t k = 1; k <= std::min<std::size_t>(e - b, 7); ++k) ends.push_back(b + k);
    last_begin = b;
    last_end = e;
    last_chain = chain;
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(',');
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, comma))); m != 0;
         m &= m - 1)
      on_comma(i + static_cast<std::size_t>(std::countr_zero(m)));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s + i, 8);
    for (std::uint64_t m = EqualLanes(x, ','); m != 0; m &= m - 1)
      on_comma(i + (std::countr_zero(m) >> 3));
  }
  for (; i < n; ++i)
    if (s[i] == ',') on_comma(i);
}

void FindLeetspeakEnds(std::string_view text, std::vector<std::size_t>& ends) {
  // A word is a maximal run of bytes outside [\s,.]; a pair is a letter next to one of 0 1 3 4 5
  // 7 (in a word, both being word bytes). A match ends at the end of a pair in a word whose two
  // words before it hold pairs too, each gap between them being 1 to 3 of [ ,.] and nothing else.
  // Pairs are looked for 16 (or 8) bytes at a time; a word is measured only when it holds one,
  // and the scan then resumes after it (a base64 blob is one word).
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t word_end = 0;  // end of the last word holding a pair (0: none yet)
  int chain = 0;             // words in a row holding pairs, ending with that word (capped at 3)
  auto pair_at = [&](std::size_t q) {
    return (Is(s[q], kLetter) && Is(s[q + 1], kLeetDigit)) ||
           (Is(s[q], kLeetDigit) && Is(s[q + 1], kLetter));
  };
  // A pair starts at q, in a word not seen yet: measure the word, chain it, report its pairs.
  auto on_pair = [&](std::size_t q) {
    if (q < word_end) return;  // in the word just handled
    std::size_t wb = q, we = q + 2;
    while (wb > 0 && !Is(s[wb - 1], kBreak)) --wb;
    we = WordEnd(s, we, n);
    std::size_t g = wb;  // the gap before the word: 1 to 3 of [ ,.] after the last word
    bool gap_ok = true;
    while (g > 0 && Is(s[g - 1], kBreak)) {
      --g;
      if (!Is(s[g], kGap) || wb - g > 3) {
        gap_ok = false;
        break;
      }
    }
    gap_ok = gap_ok && g < wb && g > 0 && g == word_end;
    chain = gap_ok ? std::min(3, chain + 1) : 1;
    word_end = we;
    if (chain < 3) return;
    for (std::size_t k = wb; k + 1 < we; ++k)
      if (pair_at(k)) ends.push_back(k + 2);
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i zero_char = _mm_set1_epi8('0'), seven = _mm_set1_epi8(7);
  const __m128i two = _mm_set1_epi8('2'), six = _mm_set1_epi8('6');
  const __m128i case_bit = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a');
  const __m128i twenty_five = _mm_set1_epi8(25);
  while (i + 17 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Lanes in '0'..'7' (x - '0' <= 7 unsigned), but '2' and '6'.
    const __m128i d = _mm_sub_epi8(x, zero_char);
    const __m128i digit =
        _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(x, two), _mm_cmpeq_epi8(x, six)),
                         _mm_cmpeq_epi8(_mm_min_epu8(d, seven), d));
    const unsigned md = static_cast<unsigned>(_mm_movemask_epi8(digit));
    const bool next_digit = Is(s[i + 16], kLeetDigit);
    if (md == 0 && !next_digit) {
      i += 16;
      continue;
    }
    // ASCII letters: (x | 0x20) - 'a' <= 25 unsigned (no byte >= 0x80 passes).
    const __m128i l = _mm_sub_epi8(_mm_or_si128(x, case_bit), a);
    const unsigned ml =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(l, twenty_five), l)));
    // Bit j of md1 / ml1: the byte at i + j + 1.
    const unsigned md1 = (md >> 1) | (next_digit ? 1u << 15 : 0);
    const unsigned ml1 = (ml >> 1) | (Is(s[i + 16], kLetter) ? 1u << 15 : 0);
    for (unsigned m = (ml & md1) | (md & ml1); m != 0; m &= m - 1)
      on_pair(i + static_cast<std::size_t>(std::countr_zero(m)));
    i = std::max(i + 16, word_end);  // no pair starts in the rest of a word handled
  }
#endif
  while (i + 9 <= n) {
    std::uint64_t x;
    std::memcpy(&x, s + i, 8);
    const std::uint64_t d0 = LeetDigitLanes(x);
    const bool next_digit = Is(s[i + 8], kLeetDigit);
    if (d0 == 0 && !next_digit) {
      i += 8;
      continue;
    }
    const std::uint64_t l0 = LetterLanes(x);
    // Lane j of d1 / l1: the byte at i + j + 1.
    const std::uint64_t d1 = (d0 >> 8) | (next_digit ? 0x80ull << 56 : 0);
    const std::uint64_t l1 = (l0 >> 8) | (Is(s[i + 8], kLetter) ? 0x80ull << 56 : 0);
    for (std::uint64_t m = (l0 & d1) | (d0 & l1); m != 0; m &= m - 1)
      on_pair(i + (std::countr_zero(m) >> 3));
    i = std::max(i + 8, word_end);
  }
  for (; i + 1 < n; ++i)
    if (pair_at(i)) on_pair(i);
}

}  // namespace mcpgw::guards::injection
