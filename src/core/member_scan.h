// Member scan: finds where the members of a JSON object sit in its text, without building a tree.
//
// Boost.JSON validates and parses, but reports no byte offsets; forwarding a message's bytes with
// one value replaced (a JSON-RPC id, a tool name) needs them. This scanner only walks text that a
// JSON parser has already accepted: it recognizes the structure (strings with their escapes,
// nesting), never validates, and is linear in the text (strings are skipped with memchr).
//
// Threading: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace mcpgw::core {

// A byte range [offset, offset + size) in a text.
struct Span {
  std::size_t offset = 0;
  std::size_t size = 0;
  std::size_t end() const { return offset + size; }
};

// Calls `visit(std::string_view raw_key, Span value)` for each member of the object at
// `text[object.offset]` ('{'), in text order, until `visit` returns false. `raw_key` is the key
// as written, without its quotes and with escapes left undecoded. Returns false when the text at
// `object` is not an object.
// REQUIRES: text is valid JSON (already accepted by a parser) and `object` spans one of its values.
template <typename Visit>
bool ScanMembers(std::string_view text, Span object, Visit&& visit);

// The value of member `key` (compared with the raw key; a key written with escapes never
// matches) of the object spanned by `object`. Returns false when absent, when the key occurs
// more than once, or when `object` is not an object.
// REQUIRES: as ScanMembers.
bool FindMember(std::string_view text, Span object, std::string_view key, Span& value);

// What looking up one member in an object's text can tell without a parser.
enum class MemberLookup {
  kFound,      // exactly one member has the raw key and no key is written with an escape (which
               // could decode to it): `value` spans its value
  kAbsent,     // the object certainly has no such member: no raw key equals it and no key is
               // written with an escape; or `object` is no object
  kAmbiguous,  // the key is repeated, or some key holds an escape: only a parser can tell
};
// As FindMember, with the three outcomes above; the caller decides what kAmbiguous costs.
// REQUIRES: as ScanMembers.
MemberLookup LookupMember(std::string_view text, Span object, std::string_view key, Span& value);

// Internal: the end of the JSON value starting at text[at] (after leading whitespace is skipped
// by the caller), and the first non-whitespace position at or after `at`.
std::size_t SkipValue(std::string_view text, std::size_t at);
std::size_t SkipSpace(std::string_view text, std::size_t at);
std::size_t SkipString(std::string_view text, std::size_t at);

template <typename Visit>
bool ScanMembers(std::string_view text, Span object, Visit&& visit) {
  const std::size_t end = object.end();
  std::size_t at = SkipSpace(text, object.offset);
  if (at >= end || text[at] != '{') return false;
  at = SkipSpace(text, at + 1);
  while (at < end && text[at] == '"') {
    const std::size_t key_end = SkipString(text, at);
    const std::string_view key = text.substr(at + 1, key_end - at - 2);
    at = SkipSpace(text, key_end);
    if (at >= end || text[at] != ':') return false;
    const std::size_t value_begin = SkipSpace(text, at + 1);
    const std::size_t value_end = SkipValue(text, value_begin);
    if (!visit(key, Span{value_begin, value_end - value_begin})) return true;
    at = SkipSpace(text, value_end);
    if (at < end && text[at] == ',') at = SkipSpace(text, at + 1);
  }
  return true;
}

}  // namespace mcpgw::core
