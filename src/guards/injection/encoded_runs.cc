#include "guards/injection/encoded_runs.h"

#include "core/utf8.h"

#include <boost/url/decode_view.hpp>
#include <boost/url/pct_string_view.hpp>
#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>

namespace mcpgw::guards::injection {
namespace {

constexpr std::size_t kMinRun = 24;
constexpr std::size_t kMaxRun = 64 * 1024;

struct B64Table {
  bool is[256] = {};
  constexpr B64Table() {
    for (int c = 'A'; c <= 'Z'; ++c) is[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) is[c] = true;
    for (int c = '0'; c <= '9'; ++c) is[c] = true;
    is[static_cast<int>('+')] = is[static_cast<int>('/')] = true;
    is[static_cast<int>('-')] = is[static_cast<int>('_')] = true;
  }
};
constexpr B64Table kB64;

constexpr unsigned kB64Bit = 1, kHexBit = 2, kLowerBit = 4, kUpperBit = 8;
struct ClassTable {
  unsigned char bits[256] = {};
  constexpr ClassTable() {
    for (int c = 0; c < 256; ++c) {
      unsigned v = 0;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
          c == '+' || c == '/' || c == '-' || c == '_')
        v |= kB64Bit;
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) v |= kHexBit;
      if (c >= 'a' && c <= 'z') v |= kLowerBit;
      if (c >= 'A' && c <= 'Z') v |= kUpperBit;
      bits[c] = static_cast<unsigned char>(v);
    }
  }
};
constexpr ClassTable kClass;
bool IsB64(unsigned char c) { return kB64.is[c]; }
// Characters decoded per probe: a run whose first 64 characters do not decode to readable text
// (an image, a key, a hash) is not decoded further.
constexpr std::size_t kProbe = 64;
bool IsHex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool DecodeBase64(std::string_view run, std::string& out) {
  std::string in(run);
  for (char& c : in) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (!in.empty() && in.back() == '=') in.pop_back();
  const std::size_t rem = in.size() % 4;
  if (rem == 1) in.pop_back();  // cannot be valid: drop the stray character
  else if (rem) in.append(4 - rem, '=');
  std::size_t pad = 0;
  for (std::size_t i = in.size(); i > 0 && in[i - 1] == '='; --i) ++pad;
  out.assign(in.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(in.data()),
                                static_cast<int>(in.size()));
  if (n < 0) return false;
  out.resize(static_cast<std::size_t>(n) - std::min<std::size_t>(pad, static_cast<std::size_t>(n)));
  return true;
}

void DecodeHex(std::string_view run, std::string& out) {
  out.clear();
  auto v = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
  };
  for (std::size_t i = 0; i + 1 < run.size(); i += 2)
    out += static_cast<char>((v(run[i]) << 4) | v(run[i + 1]));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Cheap rejections before decoding: text decodes to bytes that are mostly printable ASCII or
// UTF-8 lead bytes. In hex, the first digit of each printable ASCII byte is 2-7 (or >= C for
// UTF-8); in base64, the first character of each quad carries the top 6 bits of a byte, so a
// printable ASCII byte (< 0x80) gives a value below 32 ('A'-'Z', 'a'-'f'). Random hashes, keys
// and images fail within a few groups.
bool HexMayBeText(std::string_view run) {
  int bad = 0;
  int continuation = 0;  // UTF-8 continuation bytes (8-B) a lead byte announced
  for (std::size_t i = 0; i + 1 < run.size() && i < 48; i += 2) {
    const int hi = HexValue(run[i]);
    if (hi >= 8 && hi <= 0xB && continuation > 0) {
      --continuation;
      continue;
    }
    continuation = hi == 0xC || hi == 0xD ? 1 : hi == 0xE ? 2 : hi == 0xF ? 3 : 0;
    if (!((hi >= 2 && hi <= 7) || hi >= 0xC) && ++bad > 1) return false;
  }
  return true;
}
bool Base64MayBeText(std::string_view run) {
  // Text in one script gives quads that start alike: ASCII text nearly always in [A-Za-f]
  // (value < 32), text in non-Latin scripts nearly always at 32 or above. Random data mixes.
  int low = 0, quads = 0;
  for (std::size_t i = 0; i < run.size() && quads < 12; i += 4, ++quads) {
    const char c = run[i];
    low += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'f');
  }
  // (Spaces and ASCII punctuation in Cyrillic or Greek text give low quads too: three in four.)
  return quads > 0 && (low * 10 >= quads * 8 || (quads - low) * 4 >= quads * 3);
}


bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Parses one escape at `at` (an entity "&#67;" / "&#x43;", or "\u0043" / "\u{43}" / "\x43"),
// giving its code point and length; 0 when there is none.
std::size_t ParseEscape(std::string_view text, std::size_t at, bool entity, std::uint32_t& cp) {
  auto hex_digits = [&](std::size_t from, std::size_t max, std::size_t& n) {
    std::uint32_t v = 0;
    n = 0;
    while (from + n < text.size() && n < max && IsHex(text[from + n]))
      v = v * 16 + static_cast<std::uint32_t>(HexValue(text[from + n++]));
    return v;
  };
  std::size_t n = 0;
  if (entity) {
    if (text.substr(at, 2) != "&#") return 0;
    std::size_t k = at + 2;
    if (k < text.size() && (text[k] == 'x' || text[k] == 'X')) {
      cp = hex_digits(k + 1, 6, n);
      k += 1 + n;
    } else {
      cp = 0;
      while (k + n < text.size() && n < 7 && IsDigit(text[k + n])) cp = cp * 10 + static_cast<std::uint32_t>(text[k + n++] - '0');
      k += n;
    }
    // An ICS or vCard value escapes the ';' ("&#x410\;").
    if (n > 0 && k + 1 < text.size() && text[k] == '\\' && text[k + 1] == ';') ++k;
    if (n == 0 || k >= text.size() || text[k] != ';') return 0;
    return k + 1 - at;
  }
  if (at + 1 >= text.size() || text[at] != '\\') return 0;
  // Escaped once more inside a JSON string ("\\u5ffd"): the same escape, a byte longer. One
  // level only (a run of backslashes is no deeper escape, and must not recurse).
  if (text[at + 1] == '\\') {
    if (at + 2 >= text.size() || (text[at + 2] != 'u' && text[at + 2] != 'x')) return 0;
    const std::size_t n2 = ParseEscape(text, at + 1, false, cp);
    return n2 == 0 ? 0 : n2 + 1;
  }
  if (text[at + 1] == 'u') {
    if (at + 2 < text.size() && text[at + 2] == '{') {
      cp = hex_digits(at + 3, 6, n);
      if (n == 0 || at + 3 + n >= text.size() || text[at + 3 + n] != '}') return 0;
      return 4 + n;
    }
    cp = hex_digits(at + 2, 4, n);
    return n == 4 ? 6 : 0;
  }
  if (text[at + 1] == 'x') {
    cp = hex_digits(at + 2, 2, n);
    return n == 2 ? 4 : 0;
  }
  return 0;
}

// Runs of 8 or more escapes of one kind, next to each other.
void FindEscapes(std::string_view text, bool entity, std::vector<EncodedRun>& out,
                 std::size_t& found, std::size_t max_runs) {
  const std::string_view marker = entity ? "&#" : "\\";
  std::string decoded, bytes;
  for (std::size_t at = text.find(marker); at != std::string_view::npos && found < max_runs;
       at = text.find(marker, at)) {
    std::size_t k = at, count = 0;
    std::uint32_t cp = 0;
    decoded.clear();
    bytes.clear();
    // Every escape a \xNN: the bytes of UTF-8 text, as C and Python write it.
    bool all_bytes = !entity;
    while (k < text.size() && k - at < kMaxRun) {
      const std::size_t n = ParseEscape(text, k, entity, cp);
      if (n == 0 || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) break;
      core::AppendUtf8(decoded, static_cast<char32_t>(cp));
      all_bytes = all_bytes && text[k + n - 3] == 'x';
      if (all_bytes) bytes.push_back(static_cast<char>(cp));
      k += n;
      ++count;
    }
    if (all_bytes && count >= 8 && IsReadableText(bytes)) decoded.swap(bytes);
    if (count >= 8 && IsReadableText(decoded)) {
      out.push_back({at, k, entity ? Encoding::kEntities : Encoding::kEscapes, decoded});
      ++found;
    }
    at = std::max(k, at + marker.size());
  }
}

// Hex bytes written apart, as a dump prints them ("EC 96 B4 EC 8B 9C", "41 73 69 73"): 12 or
// more pairs separated by single spaces (or ':' or '-'), found from their separators.
void FindSpacedHex(std::string_view text, std::vector<EncodedRun>& out, std::size_t& found,
                   std::size_t max_runs) {
  std::string decoded;
  const std::size_t size = text.size();
  for (std::size_t s = 2; s + 3 < size && found < max_runs; ++s) {
    const char sep = text[s];
    if (sep != ' ' && sep != ':' && sep != '-') continue;
    // "XX?XX?" around this separator, and no hex digit glued before the first pair.
    if (!IsHex(text[s - 1]) || !IsHex(text[s - 2]) || !IsHex(text[s + 1]) || !IsHex(text[s + 2]) ||
        text[s + 3] != sep || (s >= 3 && IsHex(text[s - 3]))) {
      continue;
    }
    const std::size_t b = s - 2;
    std::size_t k = b, pairs = 0;
    decoded.clear();
    while (k + 1 < size && IsHex(text[k]) && IsHex(text[k + 1]) && k - b < kMaxRun) {
      if (k + 2 < size && IsHex(text[k + 2])) break;  // three digits: not a byte
      decoded.push_back(static_cast<char>(HexValue(text[k]) * 16 + HexValue(text[k + 1])));
      ++pairs;
      k += 2;
      if (k + 2 < size && text[k] == sep && IsHex(text[k + 1])) {
        ++k;
      } else {
        break;
      }
    }
    if (pairs >= 12 && IsReadableText(decoded)) {
      out.push_back({b, k, Encoding::kHex, decoded});
      ++found;
    }
    s = std::max(s, k);
  }
}

// Decimal character codes separated by single spaces ("77 97 114 107 32 116 104 101 ..."): 12 or
// more, found from the code of a space (" 32 "), which any sentence holds; prose costs one memmem.
void FindSpacedCharCodes(std::string_view text, std::vector<EncodedRun>& out, std::size_t& found,
                         std::size_t max_runs) {
  std::string decoded;
  std::size_t at = 0;
  while (found < max_runs && at < text.size()) {
    const std::size_t hit = text.find(" 32 ", at);
    if (hit == std::string_view::npos) return;
    // Back to the run's first code.
    std::size_t b = hit;
    while (b > 0 && (IsDigit(text[b - 1]) || (text[b - 1] == ' ' && b >= 2 && IsDigit(text[b - 2]))))
      --b;
    std::size_t k = b, count = 0;
    decoded.clear();
    while (k < text.size() && k - b < kMaxRun) {
      std::size_t d = k;
      std::uint32_t v = 0;
      while (d < text.size() && IsDigit(text[d]) && d - k < 7) v = v * 10 + static_cast<std::uint32_t>(text[d++] - '0');
      if (d == k || (d < text.size() && !(text[d] == ' ' || text[d] == '\n' || text[d] == '"' ||
                                          text[d] == ',' || text[d] == '.' || text[d] == ']' ||
                                          text[d] == '<' || text[d] == '\r' || text[d] == '\'')))
        break;
      if (v < 9 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) break;
      core::AppendUtf8(decoded, static_cast<char32_t>(v));
      ++count;
      k = d;
      if (k + 1 >= text.size() || text[k] != ' ' || !IsDigit(text[k + 1])) break;
      ++k;
    }
    at = std::max(hit + 4, k);
    if (count >= 12 && IsReadableText(decoded)) {
      out.push_back({b, k, Encoding::kCharCodes, decoded});
      ++found;
    }
  }
}

// Lists of 8 or more decimal character codes separated by commas (String.fromCharCode(...),
// a JSON array): found from their commas, so prose costs one memchr per comma.
void FindCharCodes(std::string_view text, std::vector<EncodedRun>& out, std::size_t& found,
                   std::size_t max_runs) {
  std::string decoded;
  std::size_t at = 0;
  while (found < max_runs) {
    const void* hit = std::memchr(text.data() + at, ',', text.size() - at);
    if (hit == nullptr) return;
    const std::size_t comma = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    at = comma + 1;
    if (comma == 0 || !IsDigit(text[comma - 1])) continue;
    std::size_t next = comma + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size() || !IsDigit(text[next])) continue;
    std::size_t b = comma;
    while (b > 0 && IsDigit(text[b - 1]) && comma - b < 7) --b;
    if (b > 0 && (IsAsciiLetter(text[b - 1]) || text[b - 1] == '.' || text[b - 1] == '_')) continue;
    // Parse forward from b: number (, number)*.
    std::size_t k = b, count = 0;
    decoded.clear();
    bool ok = true;
    while (k < text.size() && k - b < kMaxRun) {
      std::size_t d = k;
      std::uint32_t v = 0;
      while (d < text.size() && IsDigit(text[d]) && d - k < 7) v = v * 10 + static_cast<std::uint32_t>(text[d++] - '0');
      if (d == k) break;
      if (d < text.size() && (IsDigit(text[d]) || text[d] == '.' || IsAsciiLetter(text[d]))) {
        ok = count >= 8;
        break;
      }
      if (v < 9 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        ok = count >= 8;
        break;
      }
      core::AppendUtf8(decoded, static_cast<char32_t>(v));
      ++count;
      k = d;
      std::size_t sep = k;
      while (sep < text.size() && text[sep] == ' ') ++sep;
      if (sep >= text.size() || text[sep] != ',') break;
      ++sep;
      while (sep < text.size() && text[sep] == ' ') ++sep;
      if (sep >= text.size() || !IsDigit(text[sep])) break;
      k = sep;
    }
    at = std::max(at, k);
    if (ok && count >= 8 && IsReadableText(decoded)) {
      out.push_back({b, k, Encoding::kCharCodes, decoded});
      ++found;
    }
  }
}

// The code points of [b, e) in reverse order (UTF-8 kept whole).
std::string ReverseUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t e = s.size();
  while (e > 0) {
    std::size_t b = e - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    out.append(s.substr(b, e - b));
    e = b;
  }
  return out;
}

std::size_t CountOf(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = s.find(needle); at != std::string_view::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

// Lines written backwards: a reversed URL scheme, or two or more reversed English function words.
void FindReversed(std::string_view text, std::vector<EncodedRun>& out, std::size_t& found,
                  std::size_t max_runs) {
  static constexpr std::string_view kWords[] = {" eht ", " dna ", " uoy ", " ruoy ", " siht ",
                                                " lla ", " ot ", " fo "};
  // "ignore" and "assistant" in several languages, written backwards: one is enough.
  static constexpr std::string_view kAttackWords[] = {
      "erongi", "arongi", "zerongi", "ereirongi", "rarongi", "tnatsissa", "etnetsisa",
      "tnetsissa", "etnetsissa", "netsisa"};
  const bool url = text.find("//:sptth") != std::string_view::npos ||
                   text.find("//:ptth") != std::string_view::npos;
  bool attack = false;
  for (std::string_view w : kAttackWords) attack = attack || text.find(w) != std::string_view::npos;
  if (!url && !attack && text.find(" eht ") == std::string_view::npos &&
      text.find(" ruoy ") == std::string_view::npos) {
    return;
  }
  std::size_t lb = 0;
  while (lb < text.size() && found < max_runs) {
    std::size_t le = text.find('\n', lb);
    if (le == std::string_view::npos) le = text.size();
    const std::string_view line = text.substr(lb, le - lb);
    std::size_t words = 0;
    for (std::string_view w : kWords) words += CountOf(line, w);
    if (attack) {
      for (std::string_view w : kAttackWords) words += 2 * CountOf(line, w);
    }
    if (line.size() >= 16 && line.size() <= 4096 &&
        (words >= 2 || line.find("//:sptth") != std::string_view::npos ||
         line.find("//:ptth") != std::string_view::npos)) {
      std::string decoded = ReverseUtf8(line);
      if (IsReadableText(decoded)) {
        out.push_back({lb, le, Encoding::kReversed, std::move(decoded)});
        ++found;
      }
    }
    lb = le + 1;
  }
}

// The Latin letter a Cyrillic or Greek look-alike stands for; 0 when none.
char LatinLookalike(std::uint32_t cp) {
  switch (cp) {
    case 0x0430: return 'a'; case 0x0435: return 'e'; case 0x043E: return 'o'; case 0x0440: return 'p';
    case 0x0441: return 'c'; case 0x0443: return 'y'; case 0x0445: return 'x'; case 0x0456: return 'i';
    case 0x0458: return 'j'; case 0x0455: return 's'; case 0x04BB: return 'h'; case 0x0501: return 'd';
    case 0x051B: return 'q'; case 0x051D: return 'w'; case 0x04AF: return 'y'; case 0x0410: return 'A';
    case 0x0412: return 'B'; case 0x0415: return 'E'; case 0x041A: return 'K'; case 0x041C: return 'M';
    case 0x041D: return 'H'; case 0x041E: return 'O'; case 0x0420: return 'P'; case 0x0421: return 'C';
    case 0x0422: return 'T'; case 0x0425: return 'X'; case 0x0406: return 'I'; case 0x0408: return 'J';
    case 0x0405: return 'S'; case 0x03BF: return 'o'; case 0x03B1: return 'a'; case 0x03B5: return 'e';
    case 0x03B9: return 'i'; case 0x03BD: return 'v'; case 0x03C1: return 'p'; case 0x03C4: return 't';
    case 0x03C5: return 'u'; case 0x03BA: return 'k'; case 0x0391: return 'A'; case 0x0392: return 'B';
    case 0x0395: return 'E'; case 0x0396: return 'Z'; case 0x0397: return 'H'; case 0x0399: return 'I';
    case 0x039A: return 'K'; case 0x039C: return 'M'; case 0x039D: return 'N'; case 0x039F: return 'O';
    case 0x03A1: return 'P'; case 0x03A4: return 'T'; case 0x03A5: return 'Y'; case 0x03A7: return 'X';
    default: return 0;
  }
}

// Decodes the code point at `at` (valid UTF-8 assumed where it matters; else the byte).
std::uint32_t CodePointAt(std::string_view s, std::size_t at, std::size_t& n) {
  const unsigned char c = static_cast<unsigned char>(s[at]);
  n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (at + n > s.size()) {
    n = 1;
    return c;
  }
  if (n == 1) return c;
  std::uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[at + k]) & 0x3F);
  return cp;
}

char LeetLetter(char c) {
  switch (c) {
    case '0': return 'o'; case '1': return 'i'; case '3': return 'e'; case '4': return 'a';
    case '5': return 's'; case '7': return 't'; case '@': return 'a'; case '$': return 's';
    default: return 0;
  }
}

// Folds one line: fullwidth ASCII to ASCII, look-alike letters beside Latin letters to Latin,
// and (when `leet`) leet digits beside letters to letters. Returns false when nothing changed.
bool FoldLine(std::string_view line, bool leet, std::string& out) {
  out.clear();
  bool changed = false;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t n = 1;
    const std::uint32_t cp = CodePointAt(line, i, n);
    const bool letter_before = !out.empty() && IsAsciiLetter(out.back());
    const bool letter_after = i + n < line.size() && IsAsciiLetter(line[i + n]);
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // fullwidth ASCII
      out += static_cast<char>(cp - 0xFF01 + 0x21);
      changed = true;
    } else if (cp == 0x3000) {  // ideographic space
      out += ' ';
      changed = true;
    } else if (const char latin = LatinLookalike(cp); latin != 0 && (letter_before || letter_after)) {
      out += latin;
      changed = true;
    } else if (leet && cp < 0x80 && IsDigit(static_cast<char>(cp)) && LeetLetter(static_cast<char>(cp)) != 0 &&
               (letter_before || letter_after ||
                (i + 1 < line.size() && (LeetLetter(line[i + 1]) != 0 ||
                                         static_cast<unsigned char>(line[i + 1]) >= 0xC0)))) {
      out += LeetLetter(static_cast<char>(cp));
      changed = true;
    } else {
      out.append(line.substr(i, n));
    }
    i += n;
  }
  return changed;
}

// Lines in fullwidth letters, in words mixing Latin and look-alike letters, or in leetspeak
// (four or more words mixing letters and leet digits, a third of the line's words or more).
void FindFolded(std::string_view text, std::vector<EncodedRun>& out, std::size_t& found,
                std::size_t max_runs) {
  const bool fullwidth = text.find("\xEF\xBC") != std::string_view::npos ||
                         text.find("\xEF\xBD") != std::string_view::npos;
  bool lookalike = false, leet_hint = false;
  {
    std::size_t leet_words = 0;
    for (std::size_t i = 1; i + 2 < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if ((c == 0xD0 || c == 0xD1 || c == 0xCE || c == 0xCF || c == 0xD4) &&
          (IsAsciiLetter(text[i - 1]) || IsAsciiLetter(text[i + 2])))
        lookalike = true;
      else if (IsDigit(static_cast<char>(c)) && LeetLetter(static_cast<char>(c)) != 0 &&
               (IsAsciiLetter(text[i - 1]) || IsAsciiLetter(text[i + 1])))
        ++leet_words;
    }
    leet_hint = leet_words >= 6;
  }
  if (!fullwidth && !lookalike && !leet_hint) return;
  std::string folded;
  std::size_t lb = 0;
  while (lb < text.size() && found < max_runs) {
    std::size_t le = text.find('\n', lb);
    if (le == std::string_view::npos) le = text.size();
    const std::string_view line = text.substr(lb, le - lb);
    bool leet = false;
    if (leet_hint && line.size() <= 4096) {
      // Words with a leet digit beside a letter, against all words of the line.
      std::size_t words = 0, leet_words = 0;
      for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < line.size() && line[i] != ' ') ++i;
        if (i == b) continue;
        ++words;
        const std::string_view w = line.substr(b, i - b);
        bool digit = false, letter = false;
        for (char c : w) {
          digit = digit || (IsDigit(c) && LeetLetter(c) != 0);
          letter = letter || IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0xC0;
        }
        if (digit && letter && w.find('_') == std::string_view::npos &&
            w.find("://") == std::string_view::npos)
          ++leet_words;
      }
      leet = leet_words >= 4 && leet_words * 3 >= words;
    }
    // Fullwidth punctuation is ordinary in CJK text: a line is folded for its fullwidth letters
    // and digits (four or more), its look-alikes or its leet words only.
    std::size_t wide_letters = 0;
    if (fullwidth)
      for (std::size_t i = 0; i + 2 < line.size(); ++i)
        if (static_cast<unsigned char>(line[i]) == 0xEF) {
          std::size_t n = 1;
          const std::uint32_t cp = CodePointAt(line, i, n);
          wide_letters += (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
                          (cp >= 0xFF41 && cp <= 0xFF5A);
        }
    const bool worth = wide_letters >= 4 || leet || (lookalike && line.size() <= 4096);
    if (worth && line.size() >= 16 && line.size() <= 4096 && FoldLine(line, leet, folded) &&
        IsReadableText(folded)) {
      out.push_back({lb, le, Encoding::kFolded, folded});
      ++found;
    }
    lb = le + 1;
  }
}
}  // namespace

bool IsReadableText(std::string_view bytes) {
  if (bytes.size() < 8) return false;
  std::size_t printable = 0;
  bool space = false;
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c == ' ') space = true;
      if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r') ++printable;
      ++i;
      continue;
    }
    std::size_t n = c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    bool valid = n > 0 && i + n <= bytes.size();
    for (std::size_t k = 1; valid && k < n; ++k)
      valid = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      ++i;
      continue;
    }
    printable += n;
    if (n >= 3) space = true;  // CJK text has no spaces
    i += n;
  }
  return space && printable * 10 >= bytes.size() * 9;
}

std::string Rot13(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return out;
}

namespace {

// Reads whole 16-byte blocks of run characters from `at` (SSE2; elsewhere none): ORs kLowerBit /
// kUpperBit into `seen` for the letters read, clears kHexBit from `hex` on a non-hex one, and
// returns where it stopped (a block holding a non-run character is left to the byte loop).
std::size_t ScanRun(std::string_view text, std::size_t at, unsigned& seen, unsigned& hex) {
#if defined(__SSE2__)
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i case_bit = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'),
                upper_a = _mm_set1_epi8('A');
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9), twenty_five = _mm_set1_epi8(25);
  const __m128i five = _mm_set1_epi8(5);
  const __m128i plus = _mm_set1_epi8('+'), slash = _mm_set1_epi8('/');
  const __m128i minus = _mm_set1_epi8('-'), underscore = _mm_set1_epi8('_');
  auto in_range = [](__m128i v, __m128i top) {  // v <= top, unsigned
    return _mm_cmpeq_epi8(_mm_min_epu8(v, top), v);
  };
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(x, case_bit), a);  // letters: 0..25
    const __m128i letter = in_range(folded, twenty_five);
    const __m128i upper = in_range(_mm_sub_epi8(x, upper_a), twenty_five);
    const __m128i digit = in_range(_mm_sub_epi8(x, zero), nine);
    const __m128i symbol =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, plus), _mm_cmpeq_epi8(x, slash)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, minus), _mm_cmpeq_epi8(x, underscore)));
    const __m128i run = _mm_or_si128(_mm_or_si128(letter, digit), symbol);
    if (_mm_movemask_epi8(run) != 0xFFFF) break;
    const int upper_mask = _mm_movemask_epi8(upper);
    const int lower_mask = _mm_movemask_epi8(_mm_andnot_si128(upper, letter));
    if (upper_mask != 0) seen |= kUpperBit;
    if (lower_mask != 0) seen |= kLowerBit;
    const __m128i hex_digit = _mm_or_si128(digit, in_range(folded, five));  // 0-9 a-f A-F
    if (_mm_movemask_epi8(hex_digit) != 0xFFFF) hex = 0;
  }
#endif
  (void)text;
  return at;
}

}  // namespace

// True when `run` is written in base32's alphabet (A-Z, 2-7) and holds a digit: a word in
// capitals is no base32 run.
bool IsBase32Run(std::string_view run) {
  bool digit = false;
  for (char c : run) {
    if (c >= '2' && c <= '7') {
      digit = true;
    } else if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return digit;
}

// RFC 4648 base32 without padding; false when a character is outside the alphabet.
bool DecodeBase32(std::string_view run, std::string& out) {
  out.clear();
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : run) {
    std::uint32_t v;
    if (c >= 'A' && c <= 'Z') {
      v = static_cast<std::uint32_t>(c - 'A');
    } else if (c >= '2' && c <= '7') {
      v = static_cast<std::uint32_t>(c - '2' + 26);
    } else {
      return false;
    }
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return !out.empty();
}

void FindEncodedRuns(std::string_view text, std::vector<EncodedRun>& out, std::size_t max_runs) {
  if (text.size() < kMinRun) return;
  std::size_t found = 0;
  std::string decoded;
  std::size_t i = 0;
  while (i < text.size() && found < max_runs) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '%') {
      // Percent-encoding: a run of non-blank characters holding at least 4 escapes.
      std::size_t b = i;
      while (b > 0 && !std::isspace(static_cast<unsigned char>(text[b - 1])) && text[b - 1] != '"' &&
             text[b - 1] != '(' && text[b - 1] != '=' && text[b - 1] != '&' && i - b < 256)
        --b;
      std::size_t e = i;
      std::size_t escapes = 0;
      while (e < text.size() && !std::isspace(static_cast<unsigned char>(text[e])) &&
             text[e] != '"' && text[e] != ')' && text[e] != '&' && e - b < kMaxRun) {
        if (text[e] == '%' && e + 2 < text.size() && IsHex(text[e + 1]) && IsHex(text[e + 2]))
          ++escapes;
        ++e;
      }
      if (escapes >= 4) {
        std::string form(text.substr(b, e - b));
        std::replace(form.begin(), form.end(), '+', ' ');
        auto pct = boost::urls::make_pct_string_view(form);
        if (pct) {
          decoded.clear();
          for (char d : pct->decode()) decoded += d;
          // Nested encodings are common (double-encoded links): decode once more.
          if (decoded.find('%') != std::string::npos) {
            auto again = boost::urls::make_pct_string_view(decoded);
            if (again) {
              std::string twice;
              for (char d : again->decode()) twice += d;
              decoded = std::move(twice);
            }
          }
          if (IsReadableText(decoded)) {
            out.push_back({b, e, Encoding::kPercent, decoded});
            ++found;
          }
        }
      }
      i = std::max(e, i + 1);
      continue;
    }
    if (!IsB64(c)) {
      ++i;
      continue;
    }
    // Skip ahead over short runs (prose words): a run of kMinRun or more characters that starts
    // at or after i covers i + kMinRun - 1 unless it starts after it. So when that byte is not a
    // run character, nothing up to it can start a long run; when it is, the long run can only be
    // the one holding it. Skipped bytes must hold no '%' (percent runs are found above).
    if (i + kMinRun <= text.size()) {
      const std::size_t probe = i + kMinRun - 1;
      if (!IsB64(static_cast<unsigned char>(text[probe]))) {
        if (std::memchr(text.data() + i, '%', kMinRun) == nullptr) {
          i = probe + 1;
          continue;
        }
      } else {
        std::size_t start = probe;
        while (start > i && IsB64(static_cast<unsigned char>(text[start - 1]))) --start;
        if (start > i && std::memchr(text.data() + i, '%', start - i) == nullptr) i = start;
      }
    }
    std::size_t e = i;
    unsigned seen = 0;       // kLower | kUpper over the run
    unsigned hex = kHexBit;  // cleared by any non-hex character
    e = ScanRun(text, e, seen, hex);  // 16 bytes at a time while they are all run characters
    while (e < text.size()) {
      const unsigned bits = kClass.bits[static_cast<unsigned char>(text[e])];
      if ((bits & kB64Bit) == 0) break;
      seen |= bits;
      hex &= bits;
      ++e;
    }
    const bool all_hex = hex != 0;
    const bool lower = (seen & kLowerBit) != 0;
    const bool upper = (seen & kUpperBit) != 0;
    std::size_t run_end = e;
    while (run_end < text.size() && text[run_end] == '=' && run_end - e < 2) ++run_end;
    std::size_t length = e - i;
    // Base64 wrapped over several lines (a multiple of 4 per line, as encoders wrap): the lines
    // are one run. Each line alone decodes to a fragment the rescan cannot read as a sentence.
    if (!all_hex && run_end == e && length % 4 == 0 && length >= 16 && length <= kMaxRun) {
      std::string joined;
      std::size_t k = e;
      while (k < text.size()) {
        std::size_t n = k;
        int breaks = 0;
        while (n < text.size() && (text[n] == ' ' || text[n] == '\t' || text[n] == '\r' || text[n] == '\n'))
          breaks += text[n++] == '\n';
        if (breaks != 1) break;
        std::size_t m = n;
        while (m < text.size() && IsB64(static_cast<unsigned char>(text[m]))) ++m;
        std::size_t pad_end = m;
        while (pad_end < text.size() && text[pad_end] == '=' && pad_end - m < 2) ++pad_end;
        const std::size_t chunk = m - n;
        const bool padded = pad_end > m;
        if (chunk == 0 || (chunk < 4 && !padded)) break;
        if (joined.empty()) joined.assign(text.substr(i, length));
        joined.append(text.substr(n, pad_end - n));
        k = pad_end;
        if (joined.size() > kMaxRun || padded || chunk % 4 != 0) break;  // the last line
      }
      if (!joined.empty() && found < max_runs && Base64MayBeText(joined) &&
          DecodeBase64(joined, decoded) && IsReadableText(decoded)) {
        out.push_back({i, k, Encoding::kBase64, decoded});
        ++found;
        i = k;
        continue;
      }
    }
    if (length >= kMinRun && length <= kMaxRun && upper && !lower &&
        IsBase32Run(text.substr(i, length))) {
      // Base32 (a TOTP-style alphabet: capitals and 2-7), padded to a multiple of 8 or not.
      std::size_t pad_end = e;
      while (pad_end < text.size() && text[pad_end] == '=' && pad_end - e < 6) ++pad_end;
      if (DecodeBase32(text.substr(i, length), decoded) && IsReadableText(decoded)) {
        out.push_back({i, pad_end, Encoding::kBase32, decoded});
        ++found;
        i = pad_end;
        continue;
      }
    }
    if (length >= kMinRun && length <= kMaxRun) {
      if (all_hex && length % 2 == 0 && HexMayBeText(text.substr(i, length))) {
        DecodeHex(text.substr(i, std::min(length, kProbe)), decoded);
        if (IsReadableText(decoded) && (DecodeHex(text.substr(i, length), decoded), true) &&
            IsReadableText(decoded)) {
          out.push_back({i, e, Encoding::kHex, decoded});
          ++found;
        }
      } else if (lower && upper && Base64MayBeText(text.substr(i, length))) {
        if (DecodeBase64(text.substr(i, std::min(length, kProbe)), decoded) &&
            IsReadableText(decoded) && DecodeBase64(text.substr(i, length), decoded) &&
            IsReadableText(decoded)) {
          out.push_back({i, run_end, Encoding::kBase64, decoded});
          ++found;
        }
      }
    }
    i = std::max(run_end, i + 1);
  }
}

}  // namespace mcpgw::guards::injection

namespace mcpgw::guards::injection {

void FindEscapedRuns(std::string_view text, std::vector<EncodedRun>& out, std::size_t max_runs) {
  std::size_t found = 0;
  if (text.find("&#") != std::string_view::npos) FindEscapes(text, true, out, found, max_runs);
  if (text.find("\\u") != std::string_view::npos || text.find("\\x") != std::string_view::npos)
    FindEscapes(text, false, out, found, max_runs);
  FindCharCodes(text, out, found, max_runs);
  FindSpacedCharCodes(text, out, found, max_runs);
  FindSpacedHex(text, out, found, max_runs);
  FindReversed(text, out, found, max_runs);
  FindFolded(text, out, found, max_runs);
}

}  // namespace mcpgw::guards::injection
