#include "guards/injection/hidden_regions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

namespace mcpgw::guards::injection {
namespace {

constexpr std::size_t kMaxUnclosed = 4096;

re2::RE2::Options Options() {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(32 << 20);
  return options;
}

// An opening tag whose attributes hide it. Group 1: the tag name.
const re2::RE2& HiddenTag() {
  static const re2::RE2 re(
      R"re((?i)<([a-z][a-z0-9]*)\b[^>]{0,400}?(?:style\s*=\s*\\?["'][^"']{0,300}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|\\|["'])|opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|\\|["'])|(?:^|[;\s"'])color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255)|(?:left|top|text-indent)\s*:\s*-\d{3,}|(?:height|width|max-height)\s*:\s*0(?:px)?\s*(?:;|\\|["'])|clip\s*:\s*rect\(\s*0)|\shidden(?:\s|>|=|/)|aria-hidden\s*=\s*\\?["']?true)[^>]{0,400}>)re",
      Options());
  return re;
}

const re2::RE2& AltText() {
  static const re2::RE2 re(
      R"re((?im)(?:!\[([^\]\n]{12,600})\]\(|\b(?:alt|title|aria-label|aria-description|placeholder|data-[a-z0-9-]{1,30})\s*=\s*"([^"]{20,1000})"|\b(?:alt|title|aria-label|aria-description|placeholder|data-[a-z0-9-]{1,30})\s*=\s*'([^']{20,1000})'|^\[(?://|comment|_)\]:\s*(?:#|<>)\s*\(([^\n]{12,1000})\)|\]\([^\s)]{1,400}[ \t]+\\?"([^"\n\\]{20,600})\\?"\)))re",
      Options());
  return re;
}

void Add(std::vector<HiddenRegion>& out, std::size_t begin, std::size_t end) {
  if (begin < end) out.push_back({begin, end});
}

}  // namespace

// Text a terminal or an editor does not show: after ANSI's "conceal" (SGR 8, ESC[8m, also
// written escaped in JSON and logs as \u001b[8m or \x1b[8m) up to its reveal (SGR 28) or a reset
// (SGR 0); and the end of a line pushed past any window's edge by a run of 80 spaces or more
// ("export const RETRY_LIMIT = 3;<200 spaces>// This invoice is pre-approved...").
void TerminalHidden(std::string_view text, std::vector<HiddenRegion>& out) {
  for (std::size_t at = text.find("[8m"); at != std::string_view::npos;
       at = text.find("[8m", at + 3)) {
    const bool esc = (at >= 1 && text[at - 1] == '\x1b') ||
                     (at >= 6 && text.compare(at - 6, 6, "\\u001b") == 0) ||
                     (at >= 4 && text.compare(at - 4, 4, "\\x1b") == 0) ||
                     (at >= 4 && text.compare(at - 4, 4, "\\033") == 0) ||
                     (at >= 2 && text.compare(at - 2, 2, "^[") == 0);
    if (!esc) continue;
    const std::size_t b = at + 3;
    std::size_t e = std::min(text.size(), b + kMaxUnclosed);
    for (std::string_view reveal : {std::string_view("[28m"), std::string_view("[0m"),
                                    std::string_view("[m")}) {
      const std::size_t r = text.find(reveal, b);
      if (r != std::string_view::npos && r < e) e = r;
    }
    out.push_back({b, e});
  }
  // Eighty spaces, found by Boyer-Moore-Horspool: a byte that is no space skips 80 at once.
  static const std::string kRun(80, ' ');
  static const std::boyer_moore_horspool_searcher kSearcher(kRun.begin(), kRun.end());
  for (auto it = text.begin(); it != text.end();) {
    const auto hit = kSearcher(it, text.end()).first;
    if (hit == text.end()) break;
    std::size_t e = static_cast<std::size_t>(hit - text.begin()) + kRun.size();
    while (e < text.size() && text[e] == ' ') ++e;
    if (e < text.size() && text[e] != '\n' && text[e] != '\r') {
      std::size_t le = text.find('\n', e);
      if (le == std::string_view::npos) le = text.size();
      out.push_back({e, std::min(le, e + kMaxUnclosed)});
    }
    it = text.begin() + static_cast<std::ptrdiff_t>(std::min(e, text.size()));
  }
}

void FindHiddenRegions(std::string_view text, std::vector<HiddenRegion>& out) {
  const std::size_t first = out.size();
  TerminalHidden(text, out);
  const bool has_tag = text.find('<') != std::string_view::npos;
  const bool has_md_image = text.find("![") != std::string_view::npos;
  // Markdown comments: "[//]: # (text)", "[comment]: <> (text)" render as nothing.
  const bool has_md_comment = text.find("]: #") != std::string_view::npos ||
                              text.find("]: <>") != std::string_view::npos;
  // A markdown link's title ("[terms](https://... "text")"): shown only as a tooltip.
  const bool has_md_link = text.find("](") != std::string_view::npos;
  if (!has_tag && !has_md_image && !has_md_comment && !has_md_link) {
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
              [](const HiddenRegion& a, const HiddenRegion& b) { return a.begin < b.begin; });
    return;
  }
  if (has_tag) {
    // Comments.
    for (std::size_t at = text.find("<!--"); at != std::string_view::npos;
         at = text.find("<!--", at + 4)) {
      const std::size_t close = text.find("-->", at + 4);
      const std::size_t end =
          close == std::string_view::npos ? std::min(text.size(), at + 4 + kMaxUnclosed) : close;
      Add(out, at + 4, end);
      if (close == std::string_view::npos) break;
      at = close;
    }
    // Elements styled invisible: from the end of the opening tag to its closing tag.
    re2::StringPiece input(text.data(), text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
      re2::StringPiece groups[2];
      if (!HiddenTag().Match(input, pos, text.size(), re2::RE2::UNANCHORED, groups, 2)) break;
      const re2::StringPiece whole = groups[0];
      const re2::StringPiece name = groups[1];
      const std::size_t open_end = static_cast<std::size_t>(whole.data() - text.data()) + whole.size();
      std::string closing = "</" + std::string(name.data(), name.size());
      // Case-insensitive search for the closing tag.
      std::size_t close = std::string_view::npos;
      for (std::size_t k = open_end; k + closing.size() <= text.size(); ++k) {
        if (text[k] != '<' || k + 1 >= text.size() || text[k + 1] != '/') continue;
        bool same = true;
        for (std::size_t j = 2; j < closing.size() && same; ++j)
          same = std::tolower(static_cast<unsigned char>(text[k + j])) ==
                 std::tolower(static_cast<unsigned char>(closing[j]));
        if (same) {
          close = k;
          break;
        }
      }
      const std::size_t end = close == std::string_view::npos
                                  ? std::min(text.size(), open_end + kMaxUnclosed)
                                  : close;
      // The opening tag itself can carry text too (title="..."), covered below.
      Add(out, open_end, end);
      pos = open_end;
    }
  }
  // Alt and title text (markdown images, HTML attributes a page does not show: aria-label,
  // placeholder, data-*), markdown comments and markdown links' titles.
  {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[6];
    std::size_t pos = 0;
    while (pos < text.size() &&
           AltText().Match(input, pos, text.size(), re2::RE2::UNANCHORED, groups, 6)) {
      for (int g = 1; g < 6; ++g)
        if (groups[g].data() != nullptr) {
          const std::size_t b = static_cast<std::size_t>(groups[g].data() - text.data());
          Add(out, b, b + groups[g].size());
        }
      pos = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(1, groups[0].size());
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const HiddenRegion& a, const HiddenRegion& b) { return a.begin < b.begin; });
}

}  // namespace mcpgw::guards::injection
