// Disguise signs found by hand: two of the injection detector's signs of a disguised line (its
// line is then decoded by FindEscapedRuns and rescanned) whose regexes start with a character
// class that matches almost everywhere (digits; a letter beside a digit). Vectorscan ran them as
// automata active on nearly every byte of logs, JSON and code: together about a third of the
// primary cue pass. These finders report exactly the match ends Vectorscan reported for them, in
// one pass over the bytes:
//  - a list of eight numbers: [0-9]{1,7}([\s*_]{0,4},[\s*_]{0,4}[0-9]{1,7}){7}
//  - three leetspeak words in a row: P[^\s,.]*[ ,.]{1,3}[^\s,.]*P[^\s,.]*[ ,.]{1,3}[^\s,.]*P
//    with P = [a-zA-Z][013457]|[013457][a-zA-Z]
// (\s is ASCII white space, \t \n \v \f \r and space, as in Vectorscan without HS_FLAG_UCP; any
// byte >= 0x80 counts as part of a [^\s,.] character, as in valid UTF-8.)
//
// Threading: pure functions. Never throw.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

// Appends every offset e such that a match of the number-list regex ends at e (ascending).
void FindNumberListEnds(std::string_view text, std::vector<std::size_t>& ends);

// Appends every offset e such that a match of the leetspeak regex ends at e (ascending).
void FindLeetspeakEnds(std::string_view text, std::vector<std::size_t>& ends);

}  // namespace mcpgw::guards::injection
