#include "guards/injection/invisible_text.h"

#include <cstring>

namespace mcpgw::guards::injection {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the invisible character at text[i] (0 when none) and, for a tag character, the
// ASCII it spells in *ascii (0 for the cancel tag and U+E0000/E0001).
std::size_t InvisibleAt(std::string_view text, std::size_t i, char* ascii, bool* is_tag) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  *ascii = 0;
  *is_tag = false;
  const std::size_t left = text.size() - i;
  const unsigned char c = b(0);
  if (c == 0xF3 && left >= 4 && b(1) == 0xA0 && (b(2) == 0x80 || b(2) == 0x81) &&
      (b(3) & 0xC0) == 0x80) {
    const unsigned cp = 0xE0000u | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
    *is_tag = true;
    if (cp >= 0xE0020 && cp <= 0xE007E) *ascii = static_cast<char>(cp - 0xE0000);
    return 4;
  }
  if (c == 0xE2 && left >= 3) {
    if (b(1) == 0x80 && (b(2) == 0x8B || b(2) == 0x8C || b(2) == 0x8D || b(2) == 0x8E ||
                         b(2) == 0x8F || (b(2) >= 0xAA && b(2) <= 0xAE)))
      return 3;  // U+200B-200F, U+202A-202E
    if (b(1) == 0x81 && (b(2) == 0xA0 || (b(2) >= 0xA6 && b(2) <= 0xA9)))
      return 3;  // U+2060, U+2066-2069
  }
  if (c == 0xEF && left >= 3 && b(1) == 0xBB && b(2) == 0xBF) return 3;  // U+FEFF
  if (c == 0xC2 && left >= 2 && b(1) == 0xAD) return 2;                  // U+00AD
  return 0;
}

}  // namespace

bool HasInvisible(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  // Skip pure-ASCII stretches eight bytes at a time: every character handled here is non-ASCII.
  while (end - p >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    if (word & 0x8080808080808080ull) break;
    p += 8;
  }
  while (p < end) {
    // Lead bytes of every invisible character handled: C2, E2, EF, F3.
    const void* hit = nullptr;
    for (const char* q = p; q < end; ++q) {
      const unsigned char c = static_cast<unsigned char>(*q);
      if (c >= 0xC2 && (c == 0xC2 || c == 0xE2 || c == 0xEF || c == 0xF3)) {
        hit = q;
        break;
      }
    }
    if (hit == nullptr) return false;
    const std::size_t i = static_cast<const char*>(hit) - text.data();
    char ascii;
    bool is_tag;
    if (InvisibleAt(text, i, &ascii, &is_tag) > 0) return true;
    p = static_cast<const char*>(hit) + 1;
  }
  return false;
}

void RevealInvisible(std::string_view text, RevealedText& out) {
  out.text.clear();
  out.origin.clear();
  out.hidden.clear();
  out.invisible_count = 0;
  out.text.reserve(text.size());
  out.origin.reserve(text.size() + 1);
  bool in_tag_run = false;
  std::size_t tag_begin = 0;
  bool after_flag = false;  // the last visible character was U+1F3F4 (a subdivision flag)
  for (std::size_t i = 0; i < text.size();) {
    char ascii;
    bool is_tag;
    const std::size_t n = InvisibleAt(text, i, &ascii, &is_tag);
    if (n == 0) {
      if (in_tag_run) {
        out.hidden.push_back({tag_begin, out.text.size()});
        in_tag_run = false;
      }
      after_flag = text.compare(i, 4, "\xF0\x9F\x8F\xB4") == 0;
      out.text += text[i];
      out.origin.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    if (is_tag) {
      if (after_flag) {  // an emoji subdivision flag: keep as is
        out.text.append(text.substr(i, n));
        for (std::size_t k = 0; k < n; ++k) out.origin.push_back(static_cast<std::uint32_t>(i + k));
        i += n;
        continue;
      }
      ++out.invisible_count;
      if (ascii != 0) {
        if (!in_tag_run) {
          in_tag_run = true;
          tag_begin = out.text.size();
        }
        out.text += ascii;
        out.origin.push_back(static_cast<std::uint32_t>(i));
      }
      i += n;
      continue;
    }
    // Zero-width or bidi: drop it. Between two ASCII letters it splits a word: hidden.
    const bool joins_ascii = !out.text.empty() &&
                             IsAsciiAlnum(static_cast<unsigned char>(out.text.back())) &&
                             i + n < text.size() &&
                             IsAsciiAlnum(static_cast<unsigned char>(text[i + n]));
    const bool emoji_joiner = !joins_ascii && n == 3 &&
                              static_cast<unsigned char>(text[i + 2]) <= 0x8D;
    if (emoji_joiner) {  // ZWSP/ZWNJ/ZWJ outside ASCII words: legitimate in emoji and scripts
      out.text.append(text.substr(i, n));
      for (std::size_t k = 0; k < n; ++k) out.origin.push_back(static_cast<std::uint32_t>(i + k));
      i += n;
      continue;
    }
    ++out.invisible_count;
    if (joins_ascii) {
      std::size_t w = out.text.size();
      while (w > 0 && IsAsciiAlnum(static_cast<unsigned char>(out.text[w - 1]))) --w;
      std::size_t e = i + n;
      while (e < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[e]))) ++e;
      const std::size_t end = out.text.size() + (e - i - n);
      if (!out.hidden.empty() && out.hidden.back().end >= w) {
        out.hidden.back().end = std::max(out.hidden.back().end, end);
      } else {
        out.hidden.push_back({w, end});
      }
    }
    i += n;
  }
  if (in_tag_run) out.hidden.push_back({tag_begin, out.text.size()});
  out.origin.push_back(static_cast<std::uint32_t>(text.size()));
}

}  // namespace mcpgw::guards::injection
