#include "core/member_scan.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mcpgw::core {

std::size_t SkipSpace(std::string_view text, std::size_t at) {
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
    ++at;
  return at;
}

// text[at] is the opening quote; returns the position after the closing quote.
std::size_t SkipString(std::string_view text, std::size_t at) {
  // Short strings (keys, ids, names) are the common case: a plain loop beats a vector setup.
  std::size_t from = at + 1;
  for (const std::size_t short_end = std::min(text.size(), from + 32); from < short_end; ++from) {
    if (text[from] == '"') return from + 1;
    if (text[from] == '\\') ++from;  // the escaped character is skipped with it
  }
  const char* const data = text.data();
  const std::size_t size = text.size();
#if defined(__SSE2__)
  // 16 bytes at a time: only quotes and backslashes stop the scan; a backslash skips the byte
  // after it (in text dense with escaped quotes and line breaks, a memchr per quote costs more
  // than the whole vector pass).
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (from + 16 <= size) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + from));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash))));
    std::size_t next = from + 16;
    while (mask != 0) {
      const unsigned bit = static_cast<unsigned>(__builtin_ctz(mask));
      if (data[from + bit] == '"') return from + bit + 1;
      if (bit >= 15) {  // the escaped byte starts the next block
        next = from + bit + 2;
        break;
      }
      mask &= ~0u << (bit + 2);  // the backslash and the byte it escapes
    }
    from = next;
  }
#endif
  for (; from < size; ++from) {
    if (data[from] == '"') return from + 1;
    if (data[from] == '\\') ++from;
  }
  return size;
}

std::size_t SkipValue(std::string_view text, std::size_t at) {
  if (at >= text.size()) return at;
  const char first = text[at];
  if (first == '"') return SkipString(text, at);
  if (first == '{' || first == '[') {
    std::size_t depth = 0;
    while (at < text.size()) {
      const char c = text[at];
      if (c == '"') {
        at = SkipString(text, at);
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return at + 1;
      }
      ++at;
    }
    return at;
  }
  // A number, true, false or null: up to the next delimiter.
  while (at < text.size()) {
    const char c = text[at];
    if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r') break;
    ++at;
  }
  return at;
}

bool FindMember(std::string_view text, Span object, std::string_view key, Span& value) {
  int found = 0;
  const bool is_object = ScanMembers(text, object, [&](std::string_view raw, Span span) {
    if (raw == key) {
      ++found;
      value = span;
    }
    return true;
  });
  return is_object && found == 1;
}

MemberLookup LookupMember(std::string_view text, Span object, std::string_view key, Span& value) {
  int found = 0;
  bool escaped_key = false;
  const bool is_object = ScanMembers(text, object, [&](std::string_view raw, Span span) {
    if (raw == key) {
      ++found;
      value = span;
    } else if (raw.find('\\') != std::string_view::npos) {
      escaped_key = true;
    }
    return true;
  });
  if (!is_object) return MemberLookup::kAbsent;
  // An escaped key may decode to `key`: then the member may be repeated, and which one counts
  // is the parser's call.
  if (found > 1 || escaped_key) return MemberLookup::kAmbiguous;
  return found == 1 ? MemberLookup::kFound : MemberLookup::kAbsent;
}

}  // namespace mcpgw::core
