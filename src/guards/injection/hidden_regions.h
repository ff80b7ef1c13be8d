// Regions of markup a renderer hides from a person but a model reads: HTML comments, elements
// styled invisible (display:none, visibility:hidden, zero font size or opacity, white text,
// off-screen positioning, the `hidden` attribute, aria-hidden), image alt/title text in HTML
// and markdown, attributes a page does not display (aria-label, aria-description, placeholder,
// data-*), markdown comments ("[//]: # (...)") and a markdown link's title ("[x](url "title")"); text a terminal conceals (ANSI SGR 8) and the
// end of a line pushed off-screen by 80 spaces or more. The injection detector treats instructions found there as hidden text;
// a hidden region with no instruction in it is not a finding (pages hide menus all the time).
//
// Threading: pure function (RE2 is thread-safe). A text with no '<', "![" or "]: #" costs a
// few memchr-like passes and allocates nothing.
#pragma once

#include <string_view>
#include <vector>

namespace mcpgw::guards::injection {

struct HiddenRegion {
  std::size_t begin = 0;  // byte offsets of the hidden content (inside the markup)
  std::size_t end = 0;
};

// Appends the hidden regions of `text` to `out`, sorted by begin (regions may nest). Never
// throws; unclosed markup extends to at most 4 KiB past its start.
void FindHiddenRegions(std::string_view text, std::vector<HiddenRegion>& out);

}  // namespace mcpgw::guards::injection
