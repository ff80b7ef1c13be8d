// UnicodeText: the one pass over a string's code points that the tool analyzer makes before any
// pattern runs. It finds what a reader cannot see (Unicode tag characters, zero-width and bidi
// control characters, ANSI escape sequences, other control characters, invalid UTF-8), words
// that mix Latin with Cyrillic or Greek look-alikes, and whitespace padding; and it builds the
// text the patterns match: tag characters decoded to the ASCII they encode, invisible characters
// and escape sequences removed, look-alike letters inside mixed-script words, fullwidth and
// mathematical letters folded to ASCII, whitespace runs collapsed to one space.
//
// Legitimate uses are not counted: emoji tag sequences (subdivision flags), zero-width joiners
// between emoji, joiners next to Arabic and Indic letters, a leading byte-order mark, variation
// selectors FE00-FE0F, left-to-right and right-to-left marks.
//
// Threading: pure functions. Never throws on any bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::scanner {

struct UnicodeText {
  std::string normalized;      // what patterns match (see above)
  std::string tag_text;        // ASCII decoded from tag characters, in order
  std::size_t tag_chars = 0;   // tag characters outside emoji flag sequences
  std::size_t zero_width = 0;  // zero-width and other invisible format characters
  std::size_t zero_width_in_word = 0;  // of those, between two letters (a split keyword)
  std::size_t bidi_overrides = 0;      // U+202D/202E and isolates U+2066-2069
  std::size_t bidi_embeddings = 0;     // U+202A/202B/202C
  std::size_t ansi_sequences = 0;      // ESC or CSI sequences
  std::size_t ansi_style_sequences = 0;  // of those, colours and styles that conceal nothing
  std::size_t control_chars = 0;       // other C0/C1 controls (not tab, CR, LF), DEL
  std::size_t invalid_bytes = 0;       // bytes that are not UTF-8
  std::size_t variation_supplement = 0;  // U+E0100-E01EF (data hidden in "emoji smuggling")
  std::size_t private_use = 0;
  std::size_t styled_letters = 0;      // fullwidth / mathematical letters folded to ASCII
  std::size_t max_newline_run = 0;     // most line breaks in one whitespace run
  std::size_t max_space_run = 0;       // longest whitespace run, in code points
  std::vector<std::string> mixed_script_words;  // as written (made visible), at most 8
  // Byte offset in the input of the first counted hidden character (npos when none).
  std::size_t first_hidden = std::string_view::npos;
};

// Decodes `text` (any bytes) as described above.
UnicodeText AnalyzeUnicode(std::string_view text);

// `text` safe to show: printable characters as they are; invisible characters as <U+XXXX>;
// a run of tag characters as [TAG:decoded]; ESC as <ESC>; other controls as <U+XXXX>; line
// breaks as "\n"; invalid bytes as <0xNN>. Cut to about `max_bytes` (on a character boundary,
// ending with "...").
std::string MakeVisible(std::string_view text, std::size_t max_bytes = 200);

// `text` without what a reader cannot see: tag characters, zero-width and bidi control
// characters, ANSI escape sequences and other control characters (tab, CR and LF are kept), and
// invalid bytes. Legitimate joiners (emoji, Arabic, Indic) and emoji flag tags are kept. What the
// sanitize option shows a client.
std::string StripInvisible(std::string_view text);

}  // namespace mcpgw::scanner
