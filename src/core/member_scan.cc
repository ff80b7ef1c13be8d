#include "core/member_scan.h"

#include <algorithm>
#include <cstring>

namespace mcpgw::core {

std::size_t SkipSpace(std::string_view text, std::size_t at) {
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
    ++at;
  return at;
}

// text[at] is the opening quote; returns the position after the closing quote.
std::size_t SkipString(std::string_view text, std::size_t at) {
  // Short strings (keys, ids, names) are the common case: a plain loop beats a memchr call.
  std::size_t from = at + 1;
  for (const std::size_t short_end = std::min(text.size(), from + 32); from < short_end; ++from) {
    if (text[from] == '"') return from + 1;
    if (text[from] == '\\') ++from;  // the escaped character is skipped with it
  }
  while (from < text.size()) {
    const void* found = std::memchr(text.data() + from, '"', text.size() - from);
    if (!found) return text.size();
    const std::size_t quote = static_cast<const char*>(found) - text.data();
    // The quote is escaped when an odd number of backslashes precede it.
    std::size_t backslashes = 0;
    while (quote - backslashes > at + 1 && text[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote + 1;
    from = quote + 1;
  }
  return text.size();
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
