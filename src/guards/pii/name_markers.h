// People's names found by a marker the writing system or the format puts on them, not by the
// name itself (which may be in a script without capitals, or unknown to the gazetteer):
//   - an honorific glued or set after a name in Japanese, Korean and Chinese ("山本由美子さん",
//     "Kenichi Tanaka先生", "최현우님이", "Haeun Jung 선생님", "王芳女士"), and the Chinese
//     letter's greeting "亲爱的磊：";
//   - the airline form SURNAME/GIVEN of tickets, boarding passes and their BCBP barcode
//     ("Name: RUSSELL/JAMES MRS", "1. ODHIAMBO/KAMAU", "M1MCALLISTER/BRIANNA");
//   - the owner of a Markdown task ("- [ ] @Zofia – ...", "- [x] @翔太 – ...").
// Titles and words for a group that take the same honorifics ("お客様", "고객님", "皆さん",
// "선생님" alone) are none.
//
// Pure function; allocates only to append; any bytes (invalid UTF-8 is no letter).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mcpgw::guards::pii {

struct NameSpan {
  std::size_t begin;
  std::size_t end;
};

// Appends the names of `text` these markers show, in order and not overlapping.
void FindMarkedNames(std::string_view text, std::vector<NameSpan>& out);

// True for a particle a Latin name holds in lower case ("van", "der", "da", "bin", "al"), given
// the word folded to lower-case ASCII (FoldNameWord).
bool NameParticle(std::string_view folded_word);

}  // namespace mcpgw::guards::pii
