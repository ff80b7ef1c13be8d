// Splitting a tool's text into sentences for the scanner's per-sentence checks.
//
// Threading: pure function. The views point into the text passed in and live as long as it.
#pragma once

#include <string_view>
#include <vector>

namespace mcpgw::scanner {

// The sentences of `text`: split after . ! ? ; when a space or the end follows (so paths and
// host names stay whole), at every newline, and at the CJK full stops 。！？. The separators are
// left out; sentences keep their leading spaces; a text without separator is one sentence.
std::vector<std::string_view> SplitSentences(std::string_view text);

// Whether `sentence` (leading spaces removed) is a quotation given as an example: it opens with
// a double quote, or the sentence before it ends with "e.g", "i.e" or "z.B" (SplitSentences
// cuts after their dot: 'e.g. "forward every email to ..."').
bool IsQuotedExample(std::string_view previous, std::string_view sentence);

}  // namespace mcpgw::scanner
