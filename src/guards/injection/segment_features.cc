#include "guards/injection/segment_features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace mcpgw::guards::injection {
namespace {

constexpr std::uint32_t kFnvPrime = 16777619u;
constexpr std::uint32_t kFnvBasis = 2166136261u;

// Salts per feature kind, so a word and a bigram with equal hashes do not share a weight.
constexpr std::uint32_t kWord = 0x9e3779b9u;
constexpr std::uint32_t kPrefix4 = 0x85ebca6bu;
constexpr std::uint32_t kPrefix6 = 0xc2b2ae35u;
constexpr std::uint32_t kPair = 0x27d4eb2fu;
constexpr std::uint32_t kHan1 = 0x165667b1u;
constexpr std::uint32_t kHan2 = 0xd3a2646cu;
constexpr std::uint32_t kHan3 = 0xfd7046c5u;
constexpr std::uint32_t kMarkSalt = 0xb55a4f09u;

std::uint32_t Mix(std::uint32_t h) {  // murmur3 finalizer: spreads every input bit
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

std::uint32_t Step(std::uint32_t h, char32_t cp) { return (h ^ static_cast<std::uint32_t>(cp)) * kFnvPrime; }

// Decodes one UTF-8 sequence at text[i]; returns the code point (0xFFFFFFFF for an invalid
// byte) and advances i.
char32_t Decode(std::string_view text, std::size_t& i) {
  const auto [cp, len] = core::DecodeUtf8(text, i);
  if (len == 0) {
    ++i;
    return 0xFFFFFFFFu;
  }
  i += len;
  return cp;
}

// Latin-1 letters 0xC0..0xFF folded to their base letter ('*' = not a letter).
constexpr char kLatin1Fold[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo*ouuuuyty";

enum class Class : std::uint8_t { kSeparator, kDrop, kLetter, kHan, kMark };

// Normalizes one code point: its class and, for letters, the folded code point.
Class Normalize(char32_t cp, char32_t& folded) {
  folded = cp;
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') {
      folded = cp + 32;
      return Class::kLetter;
    }
    if ((cp >= 'a' && cp <= 'z')) return Class::kLetter;
    if (cp >= '0' && cp <= '9') {
      folded = '0';
      return Class::kLetter;
    }
    // Structure marks: quotation, markup and template punctuation (a quoted attack and a
    // chat-template token differ from plain prose by these).
    if (cp == '"' || cp == '`' || cp == ':' || cp == '<' || cp == '>' || cp == '|' || cp == '[' ||
        cp == ']' || cp == '#' || cp == '{' || cp == '}')
      return Class::kMark;
    return Class::kSeparator;
  }
  if (cp == 0xFFFFFFFFu) return Class::kSeparator;
  if (cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x300C ||
      cp == 0x300D || cp == 0x300E || cp == 0x300F || cp == 0xFF1A) {
    folded = cp == 0xFF1A ? ':' : '"';  // every quotation mark is one mark; fullwidth colon ':'
    return Class::kMark;
  }
  if (cp < 0xC0) return Class::kSeparator;  // Latin-1 punctuation and symbols
  if (cp <= 0xFF) {
    const char c = kLatin1Fold[cp - 0xC0];
    if (c == '*') return Class::kSeparator;
    folded = static_cast<unsigned char>(c);
    return Class::kLetter;
  }
  if (cp <= 0x17F) {  // Latin Extended-A: case pairs, folded to lowercase (accents kept)
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) folded = cp | 1u;
    else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) folded = (cp & 1u) ? cp + 1 : cp;
    return Class::kLetter;
  }
  if (cp >= 0x300 && cp <= 0x36F) return Class::kDrop;  // combining diacritics
  if (cp >= 0x391 && cp <= 0x3A9) {
    folded = cp + 32;
    return Class::kLetter;
  }
  if (cp >= 0x400 && cp <= 0x40F) {
    folded = cp + 80;
    return Class::kLetter;
  }
  if (cp >= 0x410 && cp <= 0x42F) {
    folded = cp + 32;
    return Class::kLetter;
  }
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
      cp == 0xAD)
    return Class::kDrop;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp >= 0x1F000 ||
      cp == 0x964 || cp == 0x965 || cp == 0x60C || cp == 0x61B || cp == 0x61F || cp == 0x6D4 ||
      (cp >= 0xE000 && cp <= 0xF8FF))
    return Class::kSeparator;
  if (cp >= 0xFF10 && cp <= 0xFF5E) {  // fullwidth digits and letters
    char32_t a = cp - 0xFEE0;
    return Normalize(a, folded);
  }
  // Han, kana and Hangul syllables: read as character n-grams. A Korean word is a stem plus
  // particles and endings in one syllable run ("도구로", "도구를"); its syllable bigrams carry the
  // stem across them, as whole words cannot.
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F) ||
      (cp >= 0xAC00 && cp <= 0xD7A3))
    return Class::kHan;
  return Class::kLetter;
}

// The one walk over a segment's features: calls emit(hash) for each, returns the token count.
// ExtractFeatures collects them; SumFeatureWeights adds their weights as they come (no buffer).
template <typename Emit>
std::size_t WalkFeatures(std::string_view segment, Emit&& emit) {
  std::size_t tokens = 0;
  // The word being read.
  std::uint32_t word = kFnvBasis;
  std::size_t word_len = 0;
  std::uint32_t prefix4 = 0, prefix6 = 0;
  std::uint32_t prev_word = 0;  // hash of the previous word (0: none, e.g. at the start)
  // The unspaced run being read: the last two code points.
  char32_t han1 = 0, han2 = 0;
  auto end_word = [&] {
    if (word_len == 0) return;
    ++tokens;
    emit(Mix(word ^ kWord));
    if (word_len > 4) emit(Mix(prefix4 ^ kPrefix4));
    if (word_len > 6) emit(Mix(prefix6 ^ kPrefix6));
    if (prev_word != 0) emit(Mix((prev_word * 31u + word) ^ kPair));
    prev_word = word;
    word = kFnvBasis;
    word_len = 0;
  };
  // ASCII (most text) goes through a table; other code points through Decode and Normalize.
  struct AsciiTable {
    Class cls[128];
    char32_t fold[128];
  };
  static const AsciiTable ascii = [] {
    AsciiTable t{};
    for (char32_t cp = 0; cp < 128; ++cp) t.cls[cp] = Normalize(cp, t.fold[cp]);
    return t;
  }();
  std::size_t i = 0;
  while (i < segment.size()) {
    char32_t folded;
    Class c;
    const auto b = static_cast<unsigned char>(segment[i]);
    if (b < 0x80) {
      ++i;
      c = ascii.cls[b];
      folded = ascii.fold[b];
    } else {
      c = Normalize(Decode(segment, i), folded);
    }
    switch (c) {
      case Class::kDrop: break;
      case Class::kLetter:
        han1 = han2 = 0;
        word = Step(word, folded);
        ++word_len;
        if (word_len == 4) prefix4 = word;
        if (word_len == 6) prefix6 = word;
        // The rest of an ASCII word without a dispatch per byte (the same steps as above).
        while (i < segment.size()) {
          const auto next = static_cast<unsigned char>(segment[i]);
          if (next >= 0x80 || ascii.cls[next] != Class::kLetter) break;
          ++i;
          word = Step(word, ascii.fold[next]);
          ++word_len;
          if (word_len == 4) prefix4 = word;
          if (word_len == 6) prefix6 = word;
        }
        break;
      case Class::kHan: {
        end_word();
        ++tokens;
        const std::uint32_t cp = static_cast<std::uint32_t>(folded);
        emit(Mix(cp ^ kHan1));
        if (han1 != 0) emit(Mix(Step(Step(kFnvBasis, han1), cp) ^ kHan2));
        if (han2 != 0) emit(Mix(Step(Step(Step(kFnvBasis, han2), han1), cp) ^ kHan3));
        han2 = han1;
        han1 = folded;
        prev_word = 0;
        break;
      }
      case Class::kMark: {
        end_word();
        han1 = han2 = 0;
        // A mark is a token of its own: its unigram and its pair with the word before it.
        const std::uint32_t mark = Step(kFnvBasis ^ kMarkSalt, folded);
        emit(Mix(mark ^ kWord));
        if (prev_word != 0) emit(Mix((prev_word * 31u + mark) ^ kPair));
        prev_word = mark;
        break;
      }
      case Class::kSeparator:
        end_word();
        han1 = han2 = 0;
        break;
    }
  }
  end_word();
  return tokens;
}

}  // namespace

std::size_t ExtractFeatures(std::string_view segment, std::vector<std::uint32_t>& out) {
  out.clear();
  return WalkFeatures(segment, [&](std::uint32_t h) { out.push_back(h); });
}

std::size_t SumFeatureWeights(std::string_view segment, const std::int16_t* weights,
                              std::int32_t& sum, std::size_t& count) {
  std::int32_t total = 0;
  std::size_t n = 0;
  const std::size_t tokens = WalkFeatures(segment, [&](std::uint32_t h) {
    const std::int32_t w = weights[FeatureBucket(h)];
    total += (h >> 31) != 0 ? -w : w;
    ++n;
  });
  sum = total;
  count = n;
  return tokens;
}

namespace {

// Byte classes of WorthScoring: 1 ASCII letter, 2 non-ASCII byte, 3 space, 0 anything else.
struct ByteClasses {
  std::uint8_t c[256] = {};
  constexpr ByteClasses() {
    for (int k = 'a'; k <= 'z'; ++k) c[k] = c[k - 32] = 1;
    for (int k = 0x80; k < 256; ++k) c[k] = 2;
    c[static_cast<int>(' ')] = 3;
  }
};
constexpr ByteClasses kByteClasses;

}  // namespace

bool WorthScoring(std::string_view segment) {
  if (segment.size() < 12) return false;
  // Counts eight bytes at a time (SWAR: each byte's answer lands in its top bit, shifted to a
  // 0/1 per byte lane and added lane-wise; lanes are summed every 255 rounds, before a lane can
  // overflow); the longest token is measured only for a segment that passes the counts.
  const auto* bytes = reinterpret_cast<const unsigned char*>(segment.data());
  const std::size_t size = segment.size();
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  auto lanes = [](std::uint64_t acc) {  // the sum of the eight byte lanes
    acc = (acc & 0x00FF00FF00FF00FFull) + ((acc >> 8) & 0x00FF00FF00FF00FFull);
    return static_cast<std::size_t>((acc * 0x0001000100010001ull) >> 48);
  };
  std::size_t letters = 0, high = 0, spaces = 0;
  std::uint64_t acc_letters = 0, acc_high = 0, acc_spaces = 0;
  int rounds = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: a comparison's all-ones lanes (-1) are subtracted from byte counters,
  // which are summed (psadbw) every 255 rounds, before a lane can overflow. (std::popcount of
  // the byte masks compiles to a libgcc call without -mpopcnt, three per 16 bytes.)
  {
    const __m128i zero = _mm_setzero_si128();
    const __m128i space = _mm_set1_epi8(' '), case_bit = _mm_set1_epi8(0x20);
    const __m128i a = _mm_set1_epi8('a'), twenty_five = _mm_set1_epi8(25);
    __m128i count_high = zero, count_spaces = zero, count_letters = zero;
    auto sum = [&](__m128i counts) {
      const __m128i s = _mm_sad_epu8(counts, zero);  // two 16-bit sums in the 64-bit halves
      return static_cast<std::size_t>(_mm_cvtsi128_si32(s)) +
             static_cast<std::size_t>(_mm_extract_epi16(s, 4));
    };
    auto flush = [&] {
      high += sum(count_high);
      spaces += sum(count_spaces);
      letters += sum(count_letters);
      count_high = count_spaces = count_letters = zero;
    };
    int lane_rounds = 0;
    for (; i + 16 <= size; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      const __m128i folded = _mm_sub_epi8(_mm_or_si128(x, case_bit), a);  // letters: 0..25
      const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(folded, twenty_five), folded);
      count_high = _mm_sub_epi8(count_high, _mm_cmplt_epi8(x, zero));  // high bit set
      count_spaces = _mm_sub_epi8(count_spaces, _mm_cmpeq_epi8(x, space));
      count_letters = _mm_sub_epi8(count_letters, letter);
      if (++lane_rounds == 255) {
        flush();
        lane_rounds = 0;
      }
    }
    flush();
  }
#endif
  for (; i + 8 <= size; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, bytes + i, 8);
    const std::uint64_t hi = x & kHigh;  // non-ASCII bytes
    const std::uint64_t low7 = x & kLow7;
    // A space: the byte XOR ' ' is zero (exact zero-byte test, no borrow between bytes).
    const std::uint64_t t = x ^ (kOnes * ' ');
    const std::uint64_t zero = ~(((t & kLow7) + kLow7) | t | kLow7);
    // An ASCII letter: (b | 0x20) in ['a', 'z'], on 7-bit bytes (no carry between bytes).
    const std::uint64_t v = low7 | (kOnes * 0x20);
    const std::uint64_t ge_a = (v + kOnes * (0x80 - 'a')) & kHigh;
    const std::uint64_t gt_z = (v + kOnes * (0x80 - 'z' - 1)) & kHigh;
    const std::uint64_t letter = ge_a & ~gt_z & ~hi;
    acc_high += hi >> 7;
    acc_spaces += zero >> 7;
    acc_letters += letter >> 7;
    if (++rounds == 255) {
      high += lanes(acc_high);
      spaces += lanes(acc_spaces);
      letters += lanes(acc_letters);
      acc_high = acc_spaces = acc_letters = 0;
      rounds = 0;
    }
  }
  high += lanes(acc_high);
  spaces += lanes(acc_spaces);
  letters += lanes(acc_letters);
  for (; i < size; ++i) {
    const unsigned char u = bytes[i];
    high += u >> 7;
    spaces += u == ' ';
    letters += static_cast<unsigned char>((u | 0x20) - 'a') < 26;
  }
  // Unspaced scripts (Han, kana): mostly multi-byte characters, few or no spaces.
  if (high * 2 >= size) return true;
  // A spaced script needs a few words and mostly letters; a long token without spaces is
  // base64, a hash or a URL, not a sentence.
  if (spaces < 2 || (letters + high) * 2 < size) return false;
  if (size < 120) return true;
  // A run of 120 or more letters and non-ASCII bytes covers one of the bytes 119, 239, 359, ...
  // (any 120 consecutive offsets hold one): only the runs through those are measured.
  auto in_run = [bytes](std::size_t k) {
    const std::uint8_t c = kByteClasses.c[bytes[k]];
    return c == 1 || c == 2;
  };
  for (std::size_t p = 119; p < size; p += 120) {
    if (!in_run(p)) continue;
    std::size_t b = p, e = p + 1;
    while (b > 0 && in_run(b - 1)) --b;
    while (e < size && in_run(e)) ++e;
    if (e - b >= 120) return false;
  }
  return true;
}

namespace segment_internal {

bool JsonPiece(std::string_view text, std::size_t begin, std::size_t end, bool escaped) {
  std::size_t i = begin;
  while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < end && (text[i] == '{' || text[i] == '[')) {
    // "[12:01] ..." or "{name} ..." in prose: a record has a quote soon after.
    const std::size_t near = std::min(end, i + 8);
    for (std::size_t k = i + 1; k < near; ++k) {
      if (text[k] == '"') return true;
    }
  }
  const std::string_view colon = escaped ? "\\\":" : "\":";
  // Searched within the piece only (the text after it may be long).
  const std::string_view piece = text.substr(begin, end - begin);
  int n = 0;
  for (std::size_t k = piece.find(colon); k != std::string_view::npos;
       k = piece.find(colon, k + colon.size())) {
    if (++n >= 2) return true;
  }
  return false;
}


std::size_t LineEnd(std::string_view text, std::size_t begin, std::size_t& break_length) {
  // memchr for each kind of break (vectorized), the nearest wins.
  const char* base = text.data();
  const std::size_t n = text.size();
  std::size_t end = n;
  if (const void* p = std::memchr(base + begin, '\n', n - begin)) end = static_cast<const char*>(p) - base;
  if (const void* p = std::memchr(base + begin, '\r', end - begin)) end = static_cast<const char*>(p) - base;
  std::size_t from = begin;
  while (from < end) {
    const void* p = std::memchr(base + from, '\\', end - from);
    if (p == nullptr) break;
    const std::size_t k = static_cast<const char*>(p) - base;
    if (k + 1 < n && text[k + 1] == 'n') {
      break_length = 2;
      return k;
    }
    from = k + 1;
  }
  break_length = end < n ? 1 : 0;
  return end;
}

namespace {

// The cut after a sentence end that starts at k: k + 1 for ". " "! " "? ", k + 3
// for "。" "！" "？" "।", 0 when k starts none.
std::size_t SentenceCutAt(std::string_view text, std::size_t k) {
  const auto b = static_cast<unsigned char>(text[k]);
  if ((b == '.' || b == '!' || b == '?') && k + 1 < text.size() && text[k + 1] == ' ') return k + 1;
  if (k + 2 >= text.size()) return 0;
  if (b == 0xE3 && static_cast<unsigned char>(text[k + 1]) == 0x80 &&
      static_cast<unsigned char>(text[k + 2]) == 0x82)
    return k + 3;  // 。
  if (b == 0xEF && static_cast<unsigned char>(text[k + 1]) == 0xBC &&
      (static_cast<unsigned char>(text[k + 2]) == 0x81 ||
       static_cast<unsigned char>(text[k + 2]) == 0x9F))
    return k + 3;  // ！ ？
  if (b == 0xE0 && static_cast<unsigned char>(text[k + 1]) == 0xA5 &&
      static_cast<unsigned char>(text[k + 2]) == 0xA4)
    return k + 3;  // ।
  return 0;
}

}  // namespace

std::size_t Cut(std::string_view text, std::size_t begin) {
  // After the last sentence end in [begin + 40, limit) (if that cut is within the limit), else
  // at the last space there, else at the limit on a UTF-8 boundary. The caller guarantees
  // begin + kMaxSegmentBytes < the line's end. An ASCII end ". " is found through its space
  // (memrchr, vectorized); the three-byte ends of CJK and Devanagari are looked for byte by
  // byte only when the range holds non-ASCII bytes.
  const std::size_t limit = begin + kMaxSegmentBytes;
  const std::size_t lo = begin + 40;
  const char* base = text.data();
  std::size_t last_space = 0;  // 0: none
  std::size_t end_at = 0;      // the highest k in [lo, limit) starting a sentence end, + 1
  for (std::size_t hi = limit + 1; hi > lo + 1;) {  // spaces at s in (lo, limit]: k = s - 1
    const void* p = memrchr(base + lo + 1, ' ', hi - lo - 1);
    if (p == nullptr) break;
    const std::size_t sp = static_cast<const char*>(p) - base;
    if (last_space == 0 && sp < limit) last_space = sp;
    const char c = text[sp - 1];
    if (c == '.' || c == '!' || c == '?') {
      end_at = sp;  // k = sp - 1
      break;
    }
    hi = sp;
  }
  if (last_space == 0) {  // the scan may have stopped at a sentence end above all spaces < limit
    const void* p = lo < limit ? memrchr(base + lo, ' ', limit - lo) : nullptr;
    if (p != nullptr) last_space = static_cast<const char*>(p) - base;
  }
  unsigned char any_high = 0;
  for (std::size_t k = lo; k < limit; ++k) any_high |= static_cast<unsigned char>(text[k]);
  std::size_t cut = end_at;  // ". " cuts after the mark: k + 1 == sp
  if ((any_high & 0x80) != 0) {
    for (std::size_t k = limit; k-- > lo && k + 1 > end_at;) {
      const auto b = static_cast<unsigned char>(text[k]);
      if (b < 0xE0) continue;
      const std::size_t c = SentenceCutAt(text, k);
      if (c != 0) {
        cut = c;
        break;
      }
    }
  }
  if (cut == 0 || cut > limit) cut = last_space;
  if (cut == 0) {
    cut = limit;  // no break at all: cut on a UTF-8 boundary
    while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    if (cut == begin) cut = limit;
  }
  return cut;
}

std::size_t NextTag(std::string_view text, std::size_t from, std::size_t end, std::size_t& tag_end) {
  const char* base = text.data();
  while (from < end) {
    const void* p = std::memchr(base + from, '<', end - from);
    if (p == nullptr) break;
    const std::size_t lt = static_cast<const char*>(p) - base;
    from = lt + 1;
    if (lt + 1 >= end) break;
    const char c = text[lt + 1];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && c != '/' && c != '!') continue;
    if (text.compare(lt, 4, "<!--") == 0) {
      tag_end = lt + 4;
      return lt;
    }
    // The '>' that closes the tag, within a bounded reach (a '<' in prose is not a tag).
    const std::size_t reach = std::min(end, lt + 1024);
    const void* q = std::memchr(base + lt + 1, '>', reach - lt - 1);
    if (q == nullptr) continue;
    tag_end = static_cast<const char*>(q) - base + 1;
    return lt;
  }
  tag_end = end;
  return end;
}

}  // namespace segment_internal
}  // namespace mcpgw::guards::injection
