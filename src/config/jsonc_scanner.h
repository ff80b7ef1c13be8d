// JsoncScanner: finds where the members of objects and the elements of arrays sit in the text of
// a client's config file, tolerating what hand-edited config files contain (// and /* */
// comments, trailing commas), so that one member can be edited in place while every other byte
// (comments, key order, indentation) stays as the user wrote it.
//
// It never validates: callers first check that the text parses (Boost.JSON with comments and
// trailing commas allowed). On text that is not an object or array where one is expected it
// returns false instead of guessing. Keys are compared decoded ("\u0061" matches "a").
//
// Threading: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::config {

struct JsoncMember {
  std::string_view key;       // as written, without quotes
  std::size_t key_begin = 0;  // the opening quote
  std::size_t colon = 0;      // the ':'
  std::size_t value_begin = 0;
  std::size_t value_end = 0;  // one past the value
};

// The first position at or after `at` that is not whitespace or inside a comment.
std::size_t SkipJsoncSpace(std::string_view text, std::size_t at);
// One past the value starting at `at` (a string, object, array or scalar).
std::size_t SkipJsoncValue(std::string_view text, std::size_t at);

// The members of the object whose '{' is at `open`, in text order, and the position of its '}'.
// False when text[open] is not '{' or the object is not closed.
bool ScanJsoncObject(std::string_view text, std::size_t open, std::vector<JsoncMember>& members,
                     std::size_t& close);

// The [begin, end) of each element of the array whose '[' is at `open`. False as above.
bool ScanJsoncArray(std::string_view text, std::size_t open,
                    std::vector<std::pair<std::size_t, std::size_t>>& elements);

// `text` with every comment (// to the line's end, /* to the first */) replaced by spaces, its
// line breaks kept, so that offsets and line numbers stay the same. Boost.JSON 1.81 does not
// close a block comment whose */ follows an even number of '*' ("/* a **/" runs on to the next
// "*/"): the config readers hand it this text instead, so they and this scanner agree on where
// every comment ends. Strings are left alone.
std::string BlankJsoncComments(std::string_view text);

// The text of a JSON string given without its quotes, decoded; nullopt when the escapes are bad.
std::optional<std::string> DecodeJsoncString(std::string_view raw);

// The last member named `key` (the one a parser keeps; keys compared decoded), or nullptr.
const JsoncMember* FindJsoncMember(const std::vector<JsoncMember>& members, std::string_view key);

}  // namespace mcpgw::config
