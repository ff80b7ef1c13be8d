// EncodedText: finds text written in an encoding a reader (or a pattern) does not see through,
// and decodes it so every rule can run on the plain text. Covers what poisoned descriptions use
// besides base64/hex blobs (the analyzer's own blob pass): URL percent-encoding, backslash
// escapes (\uXXXX, \u{...}, \xXX), HTML numeric entities (&#105; &#x69;), hex bytes separated by
// spaces or colons ("69 67 6e ..."), and ROT13 when the text names it (a model can only follow
// a ROT13 instruction it is told to decode, so the name is always there).
//
// Threading: pure functions. Never throws on any bytes; output is at most the input's size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::scanner {

struct DecodedText {
  std::string kind;     // "percent", "escapes", "entities", "hex_bytes", "rot13"
  std::string decoded;  // the whole text with that encoding decoded (other bytes kept)
};

// Every encoding found in `text` (each needs several encoded units in a row or a named cipher,
// so ordinary text such as "100%" or one "\n" decodes to nothing). Empty for most texts.
std::vector<DecodedText> DecodeEmbedded(std::string_view text);

}  // namespace mcpgw::scanner
