// Invisible characters in text a model reads but a person does not see: Unicode tag characters
// (U+E0000-E007F, which spell ASCII invisibly), zero-width characters (U+200B-200D, U+2060,
// U+FEFF, U+00AD soft hyphen) and bidirectional controls (U+202A-202E, U+2066-2069).
//
// RevealInvisible builds a cleaned copy of the text for scanning: tag characters become the
// ASCII they encode, zero-width and bidi controls are dropped; a map gives each cleaned byte's
// offset in the original, and the ranges where something invisible was revealed (tag text, a
// word split by zero-width characters) are reported so the detector can treat cues there as
// hidden. Emoji sequences are left alone: tag characters after U+1F3F4 (subdivision flags) and
// zero-width joiners between non-ASCII characters (emoji ZWJ sequences, Indic/Persian ZWNJ).
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

struct RevealedRange {
  std::size_t begin = 0;  // in the cleaned text
  std::size_t end = 0;
};

struct RevealedText {
  std::string text;                    // the cleaned text
  std::vector<std::uint32_t> origin;   // origin[i] = offset in the original of text[i];
                                       // origin[text.size()] = the original's size
  std::vector<RevealedRange> hidden;   // revealed tag text and zero-width-split words
  std::size_t invisible_count = 0;     // characters dropped or decoded (outside emoji)
};

// True when `text` holds any character RevealInvisible would change (a fast byte check; false
// for almost all text).
bool HasInvisible(std::string_view text);

// Fills `out` (cleared first). Never throws on any bytes; invalid UTF-8 is copied through.
void RevealInvisible(std::string_view text, RevealedText& out);

}  // namespace mcpgw::guards::injection
