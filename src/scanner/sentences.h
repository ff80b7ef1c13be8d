// Splitting a tool's text into sentences for the scanner's per-sentence checks.
//
// Threading: pure functions (the patterns of CitesQuotedWording are compiled once, on first use,
// thread-safely). The views point into the text passed in and live as long as it.
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

// Whether `sentence` (lower-case) cites wording rather than gives an order: a security tool
// quoting an attack ('detects phrases such as "ignore previous instructions"'). It needs both a
// citing word (such as, e.g., for example, detects, flags, blocks, phrases, attacks, malicious,
// injection, wording, quoted, patterns, signatures, example(s) as a word and not inside a host
// name like hooks.example.com, and their Spanish, German, French, Italian, Portuguese, Russian,
// Chinese, Japanese and Korean forms) and a quotation mark (straight, typographic, guillemets,
// CJK corner brackets, or a single-quoted span of 3-80 characters; a backtick marks code, not a
// quotation). The concept, data-flow and steering checks all skip such sentences.
bool CitesQuotedWording(std::string_view sentence);

}  // namespace mcpgw::scanner
