#include "guards/injection/text_context.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "core/ascii_lower.h"

namespace mcpgw::guards::injection {
namespace {

bool IsSentenceEnd(std::string_view text, std::size_t i, std::size_t* length) {
  const char c = text[i];
  *length = 1;
  if (c == '\n' || c == '!' || c == '?') return true;
  if (c == '.') {  // "e.g." and "3.14" are not ends: require a blank after
    return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
  }
  if (static_cast<unsigned char>(c) == 0xE3 && i + 2 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x82) {  // 。
    *length = 3;
    return true;
  }
  if (static_cast<unsigned char>(c) == 0xEF && i + 2 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xBC &&
      (static_cast<unsigned char>(text[i + 2]) == 0x81 ||
       static_cast<unsigned char>(text[i + 2]) == 0x9F)) {  // ！ ？
    *length = 3;
    return true;
  }
  return false;
}

struct QuotePair {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<QuotePair, 7> kPairs = {{{"\xE2\x80\x9C", "\xE2\x80\x9D"},   // “ ”
                                              {"\xC2\xAB", "\xC2\xBB"},           // « »
                                              {"\xE2\x80\x9E", "\xE2\x80\x9C"},   // „ “
                                              {"\xE3\x80\x8C", "\xE3\x80\x8D"},   // 「 」
                                              {"\xE3\x80\x8E", "\xE3\x80\x8F"},   // 『 』
                                              {"\xE2\x80\x98", "\xE2\x80\x99"},   // ‘ ’
                                              {"\xE2\x80\x9C", "\xE2\x80\x9C"}}}; // “ “ (sloppy)

std::size_t Count(std::string_view s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + what.size()))
    ++n;
  return n;
}

// A single-quoted literal of code or data holding `pos` on the line [lb, le): its quote opens
// after '=', '(', '[', ',', '{' or ':' (spaces allowed), or at the line's start, so an
// apostrophe in prose ("don't") never opens one; it closes at the next unescaped quote, which
// must come after `pos`. The opening quote's offset, or npos. SQL rows (INSERT ... VALUES in
// the 4 KiB up to the line's end) are data that carries payloads, like a JSON answer's values:
// their literals are not examples in code, and npos is the answer there.
bool InSqlRows(std::string_view text, std::size_t le) {
  const std::size_t from = le > 4096 ? le - 4096 : 0;
  const std::string_view before = text.substr(from, le - from);
  for (const std::string_view sql : {"INSERT INTO", "insert into", "VALUES", "values ("})
    if (before.find(sql) != std::string_view::npos) return true;
  return false;
}

std::size_t SingleQuotedLiteralStart(std::string_view text, std::size_t lb, std::size_t le,
                                     std::size_t pos) {
  std::size_t open = std::string_view::npos;
  for (std::size_t i = lb; i < le; ++i) {
    const char c = text[i];
    if (open != std::string_view::npos) {
      if (c == '\\') {
        ++i;
      } else if (c == '\'') {
        // Found on the line first: the SQL look-back runs only for a literal that holds `pos`.
        if (pos >= open && pos < i + 1) return InSqlRows(text, le) ? std::string_view::npos : open;
        open = std::string_view::npos;
      }
      continue;
    }
    if (i > pos) break;
    if (c != '\'') continue;
    std::size_t j = i;
    while (j > lb && (text[j - 1] == ' ' || text[j - 1] == '\t')) --j;
    if (j == lb || std::strchr("=([,{:", text[j - 1]) != nullptr) open = i;
  }
  return std::string_view::npos;
}

}  // namespace

// A quotation mark's first byte is rare in most text, so memrchr finds the candidates (a cue on a
// 64 KiB JSON or base64 line made rfind the hottest call of the context pass).
std::size_t LastOf(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return hay.size();
  if (needle.size() > hay.size()) return std::string_view::npos;
  const char first = needle.front();
  std::size_t limit = hay.size() - needle.size() + 1;  // candidates start before this
  while (limit > 0) {
    const void* hit = memrchr(hay.data(), first, limit);
    if (hit == nullptr) return std::string_view::npos;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - hay.data());
    if (hay.compare(at, needle.size(), needle) == 0) return at;
    limit = at;
  }
  return std::string_view::npos;
}

std::pair<std::size_t, std::size_t> LineAt(std::string_view text, std::size_t pos) {
  pos = std::min(pos, text.size());
  std::size_t b = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  b = b == std::string_view::npos ? 0 : b + 1;
  std::size_t e = text.find('\n', pos);
  if (e == std::string_view::npos) e = text.size();
  return {b, e};
}

std::pair<std::size_t, std::size_t> SentenceAround(std::string_view text, std::size_t begin,
                                                   std::size_t end, std::size_t max_extent) {
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  std::size_t b = begin;
  const std::size_t floor = begin > max_extent ? begin - max_extent : 0;
  std::size_t length;
  while (b > floor) {
    if (IsSentenceEnd(text, b - 1, &length) && text[b - 1] != '?' ) break;
    --b;
  }
  // Do not start in the middle of a UTF-8 sequence.
  while (b < begin && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  while (b < begin && (text[b] == ' ' || text[b] == '\n')) ++b;
  std::size_t e = end;
  const std::size_t ceiling = std::min(text.size(), end + max_extent);
  while (e < ceiling) {
    if (IsSentenceEnd(text, e, &length)) {
      if (text[e] != '\n') e += length;
      break;
    }
    ++e;
  }
  while (e < text.size() && e > end && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  return {b, e};
}

// True when the colon at `colon` in `left` ends a key: a JSON key ("name":) or a YAML-style key,
// one token of at most 40 characters at the start of its line (name:, - name:).
bool JsonOrYamlKeyBefore(std::string_view left, std::size_t colon) {
  std::size_t k = colon;
  while (k > 0 && (left[k - 1] == ' ' || left[k - 1] == '\t')) --k;
  if (k > 0 && left[k - 1] == '"') return true;
  std::size_t b = k;
  while (b > 0 && left[b - 1] != ' ' && left[b - 1] != '\t' && left[b - 1] != '\n') --b;
  if (k - b == 0 || k - b > 40) return false;
  std::size_t s = b;
  while (s > 0 && (left[s - 1] == ' ' || left[s - 1] == '\t' || left[s - 1] == '-')) --s;
  return s == 0 || left[s - 1] == '\n';
}

// True when the '=' at `eq` in `left` follows a key: 1-40 identifier characters right before
// it, a blank or the line's start before them, and no '(' open on the line before it.
bool KeyBeforeEquals(std::string_view left, std::size_t eq) {
  std::size_t k = eq;
  while (k > 0 && eq - k < 40 &&
         (std::isalnum(static_cast<unsigned char>(left[k - 1])) || left[k - 1] == '_' ||
          left[k - 1] == '-' || left[k - 1] == '.')) {
    --k;
  }
  if (k == eq || !(k == 0 || left[k - 1] == ' ' || left[k - 1] == '\t' || left[k - 1] == '\n')) {
    return false;
  }
  int depth = 0;
  for (std::size_t i = 0; i < k; ++i) depth += left[i] == '(' ? 1 : left[i] == ')' ? -1 : 0;
  return depth <= 0;
}

// A UI string's key before the colon at `colon`: a quoted dotted identifier of lower-case
// segments ("action.ignore_previous", "role.assistant", "errors.auth.expired").
bool I18nKeyBefore(std::string_view left, std::size_t colon) {
  std::size_t k = colon;
  while (k > 0 && (left[k - 1] == ' ' || left[k - 1] == '\t')) --k;
  if (k == 0 || left[k - 1] != '"') return false;
  const std::size_t close = --k;
  int dots = 0;
  while (k > 0 && close - k < 64 &&
         ((left[k - 1] >= 'a' && left[k - 1] <= 'z') || (left[k - 1] >= '0' && left[k - 1] <= '9') ||
          left[k - 1] == '_' || left[k - 1] == '.')) {
    dots += left[k - 1] == '.';
    --k;
  }
  return k > 0 && left[k - 1] == '"' && dots >= 1 && close - k >= 3 && left[k] != '.' &&
         left[close - 1] != '.';
}

bool InQuotes(std::string_view text, std::size_t begin, std::size_t end) {
  // Triple-quoted strings (Python) spanning lines, within the 4 KiB before.
  const std::size_t from = begin > 4096 ? begin - 4096 : 0;
  const std::string_view before = text.substr(from, begin - from);
  if (Count(before, "\"\"\"") % 2 == 1 || Count(before, "'''") % 2 == 1) return true;
  // Inside a JSON string that quotes with escaped quotes ("snippet":"... sample = \"X\" ..."):
  // an odd number of \" between the string's opening quote and `begin`, and one more between
  // `end` and the string's closing quote.
  {
    const auto escaped = [&](std::size_t at) {  // text[at] is '"': escaped by an odd run of '\\'
      std::size_t n = 0;
      while (at > n && text[at - 1 - n] == '\\') ++n;
      return n % 2 == 1;
    };
    std::size_t inner = 0;
    std::size_t opener = std::string_view::npos;  // the last \" before `begin`: the quotation's
    bool opened = false;
    for (std::size_t i = begin; i > 0 && begin - i < 2048; --i) {
      if (text[i - 1] == '\n') break;
      if (text[i - 1] != '"') continue;
      if (!escaped(i - 1)) {
        opened = true;
        break;
      }
      if (inner++ == 0) opener = i - 1;
    }
    // Framing, not quoting: embedded JSON (\"role\": \"system\"), an HTML attribute
    // (alt=\"...\"), a list or the JSON string's whole value. A code assignment with a blank
    // before the quote (sample = \"...\") quotes.
    bool framing = false;
    if (opener != std::string_view::npos) {
      std::size_t k = opener - 1;  // the backslash
      bool blank = false;
      while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) {
        --k;
        blank = true;
      }
      const char prev = k > 0 ? text[k - 1] : '\0';
      framing = prev == ':' || prev == '[' || prev == '{' || prev == ',' || prev == '"' ||
                prev == '\0' || (prev == '=' && !blank);
      // A Markdown link's title ([x](https://host/p \"title\")) is what a reader hovers, not a
      // quotation: the word before the blank is a URL.
      if (!framing && blank) {
        std::size_t w = k;
        while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\t' && text[w - 1] != '\n' && k - w < 512) --w;
        framing = text.substr(w, k - w).find("://") != std::string_view::npos;
      }
    }
    if (opened && inner % 2 == 1 && !framing) {
      for (std::size_t i = end; i < text.size() && i - end < 2048; ++i) {
        if (text[i] == '\n') break;
        if (text[i] != '"') continue;
        if (escaped(i)) return true;
        break;  // the JSON string ends first
      }
    }
  }
  const auto [lb, le] = LineAt(text, begin);
  const std::size_t le2 = std::max(le, std::min(text.size(), LineAt(text, end).second));
  const std::string_view left = text.substr(lb, begin - lb);
  const std::string_view right = text.substr(std::min(end, le2), le2 - std::min(end, le2));
  // ASCII double quotes and backticks: an odd count on the left and one on the right.
  for (char q : {'"', '`'}) {
    const std::size_t n = static_cast<std::size_t>(std::count(left.begin(), left.end(), q));
    if (n % 2 == 0 || right.find(q) == std::string_view::npos) continue;
    if (q == '"') {
      // A translation catalogue's string (gettext's msgid/msgstr, a UI string under a dotted
      // key: "action.ignore_previous": "...") is a quoted label, whatever it says.
      {
        std::size_t k = 0;
        while (k < left.size() && (left[k] == ' ' || left[k] == '\t' || left[k] == '#')) ++k;
        const std::string_view head = left.substr(k);
        if (head.starts_with("msgid ") || head.starts_with("msgstr") ||
            head.starts_with("msgctxt ") || head.starts_with("msgid_plural ")) {
          return true;
        }
      }
      std::size_t open = left.rfind('"');
      while (open > 0 && (left[open - 1] == ' ' || left[open - 1] == '\t')) --open;
      const char before = open > 0 ? left[open - 1] : '\0';
      // After a colon only when a key precedes it ("key": "...", key: "..."); prose such as
      // 'we received: "..."' quotes.
      if (before == ':' && I18nKeyBefore(left, open - 1)) return true;
      if (before == ':' && JsonOrYamlKeyBefore(left, open - 1)) continue;
      // A field's value written key="..." (a log line's msg="...", an attribute alt="..."):
      // an identifier right before the '=', not inside a call's parentheses (f(x="...")).
      if (before == '=' && KeyBeforeEquals(left, open - 1)) continue;
      if (before == '[' || before == '{' || (before == ',' && open > 1)) continue;
      if (open == 0 && lb > 0) {  // the string starts its line: look at the previous line's end
        std::size_t k = lb - 1;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r')) --k;
        if (k > 0 && (text[k - 1] == ':' || text[k - 1] == '[' || text[k - 1] == ',' || text[k - 1] == '{'))
          continue;
      }
    }
    return true;
  }
  // A single quote opening a string: ' after a blank, '(', '=', ',', '[' or ':'.
  for (std::size_t i = left.size(); i > 0; --i) {
    if (left[i - 1] != '\'') continue;
    const char prev = i >= 2 ? left[i - 2] : ' ';
    if ((prev == ' ' || prev == '(' || prev == '=' || prev == ',' || prev == '[' || prev == ':') &&
        right.find('\'') != std::string_view::npos) {
      // The quote must not be closed before `begin`.
      if (left.substr(i).find('\'') == std::string_view::npos) return true;
    }
    break;
  }
  for (const QuotePair& p : kPairs) {
    const std::size_t open = LastOf(left, p.open);
    if (open == std::string_view::npos) continue;
    if (p.open != p.close) {
      const std::size_t closed = left.find(p.close, open + p.open.size());
      if (closed != std::string_view::npos) continue;
    }
    if (right.find(p.close) != std::string_view::npos) return true;
  }
  // Typographic quotes wrapped over a line break (PDF and e-mail text): the line before and the
  // line after, 240 bytes each way at most.
  const std::size_t wide_b = lb > 0 ? std::max(LineAt(text, lb - 1).first, begin > 240 ? begin - 240 : 0) : lb;
  const std::size_t after_end = std::min(end, text.size());
  const std::size_t wide_e = std::min({text.size(), after_end + 240,
                                       le2 < text.size() ? LineAt(text, le2 + 1).second : le2});
  if (wide_b == lb && wide_e == le2) return false;
  const std::string_view wide_left = text.substr(wide_b, begin - wide_b);
  const std::string_view wide_right = text.substr(after_end, wide_e - after_end);
  for (const QuotePair& p : kPairs) {
    if (p.open == p.close) continue;
    const std::size_t open = LastOf(wide_left, p.open);
    if (open == std::string_view::npos) continue;
    if (wide_left.find(p.close, open + p.open.size()) != std::string_view::npos) continue;
    const std::size_t close = wide_right.find(p.close);
    if (close == std::string_view::npos) continue;
    // The closing mark must come before any new opening of the same kind.
    const std::size_t reopen = wide_right.find(p.open);
    if (reopen == std::string_view::npos || reopen > close) return true;
  }
  return false;
}

std::size_t StringLiteralStart(std::string_view text, std::size_t begin, std::size_t end) {
  const auto [lb, le] = LineAt(text, begin);
  bool in_string = false;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = lb; i < begin; ++i) {
    if (in_string && text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      in_string = !in_string;
      open = i;
    }
  }
  if (!in_string) {
    if (begin < le && text[begin] == '"') {
      open = begin;
    } else {
      return SingleQuotedLiteralStart(text, lb, le, begin);
    }
  }
  // The closing quote: anywhere after the opening one on the line (the cue may cover it).
  for (std::size_t i = open + 1; i < le; ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return open;
    }
  }
  return std::string_view::npos;
}

bool LooksLikeCode(std::string_view text) {
  static constexpr std::string_view kStarts[] = {
      "def ",    "import ", "from ",    "assert",  "expect(", "func ",   "const ",   "let ",
      "var ",    "return",  "for ",     "for (",   "if ",     "if (",    "#include", "@",
      "describe(", "it(",   "test(",    "class ",  "fn ",     "public ", "private ", "package ",
      "while ",  "#[",      "use ",     "static "};
  // Not "{", "}", "}," or "],": pretty-printed JSON ends its lines so, and a JSON answer is
  // data that carries payloads, not code.
  static constexpr std::string_view kEnds[] = {";", "):", ") {", "]) {"};
  int lines = 0;
  std::size_t pos = 0;
  while (pos < text.size() && lines < 3) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    if (line.empty()) continue;
    bool code = false;
    for (std::string_view k : kStarts)
      if (line.substr(0, k.size()) == k) code = true;
    for (std::string_view k : kEnds)
      if (line.size() >= k.size() && line.substr(line.size() - k.size()) == k) code = true;
    if (code) ++lines;
  }
  return lines >= 3;
}

bool InQuotedLine(std::string_view text, std::size_t pos) {
  const auto [b, e] = LineAt(text, pos);
  std::size_t i = b;
  while (i < e && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i < e && text[i] == '>' && (i + 1 >= e || text[i + 1] == ' ' || text[i + 1] == '>');
}

bool InMailReplyQuote(std::string_view text, std::size_t pos) {
  // Up the quoted block (at most 200 lines), looking for a forwarded header inside it.
  auto [b, e] = LineAt(text, pos);
  for (int n = 0; n < 200; ++n) {
    std::size_t i = b;
    while (i < e && (text[i] == '>' || text[i] == ' ' || text[i] == '\t')) ++i;
    const std::string_view body = text.substr(i, e - i);
    if (body.starts_with("-----Original Message") || body.starts_with("From: ") ||
        body.starts_with("Sent: ") || body.starts_with("-------- Forwarded")) {
      return true;
    }
    if (b == 0) return false;
    const auto [pb, pe] = LineAt(text, b - 1);
    if (!InQuotedLine(text, pb)) {
      // The attribution line right above the block.
      std::size_t k = pe;
      while (k > pb && (text[k - 1] == ' ' || text[k - 1] == '\r')) --k;
      if (k == pb || text[k - 1] != ':') return false;
      const std::string_view line = text.substr(pb, k - pb);
      bool digit = false;
      for (char c : line) digit = digit || (c >= '0' && c <= '9');
      return line.find('@') != std::string_view::npos || (digit && line.size() >= 16);
    }
    b = pb;
    e = pe;
  }
  return false;
}

CodeFences::CodeFences(std::string_view text) {
  std::size_t open = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    std::size_t i = pos;
    while (i < eol && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (text.compare(i, 3, "```") == 0 || text.compare(i, 3, "~~~") == 0) {
      if (open == std::string_view::npos) {
        open = pos;
      } else {
        blocks_.push_back({open, eol});
        open = std::string_view::npos;
      }
    }
    pos = eol + 1;
  }
  if (open != std::string_view::npos) blocks_.push_back({open, text.size()});
}

bool CodeFences::Contains(std::size_t pos) const {
  for (const auto& [b, e] : blocks_)
    if (pos >= b && pos < e) return true;
  return false;
}

bool InLabelledDatasetRow(std::string_view text, std::size_t pos) {
  const auto [lb, le] = LineAt(text, pos);
  const std::string_view line = text.substr(lb, std::min<std::size_t>(le - lb, 4096));
  static constexpr std::string_view kKeys[] = {
      "\"label\"",    "\"labels\"",       "\"class\"",     "\"category\"",  "\"verdict\"",
      "\"expected\"", "\"is_injection\"", "\"is_attack\"", "\"injection\"", "\"malicious\"",
      "\"标签\"",      "\"類別\"",      "\"类别\"",
      "\"ラベル\"",   "\"레이블\"",       "\"라벨\"",      "\"метка\"",     "\"мітка\"",
      "\"etiqueta\"", "\"étiquette\"",    "\"etichetta\"", "\"etiket\"",    "\"nhãn\"",
      "\"etikett\"",  "\"etykieta\"",     "\"تصنيف\"",     "\"लेबल\"",      "\"kategori\"",
      "\"التصنيف\"",  "\"etiquette\"",    "\"nhan\"",      "\"kategorie\"", "\"categoria\"",
      "\"catégorie\"", "\"категория\"",   "\"类型\"",      "\"분류\"",      "\"expected_label\""};
  static constexpr std::string_view kAttackClasses[] = {
      "inject",  "jailbreak", "malicious", "attack",   "adversarial", "harmful", "unsafe",
      "注入",      "越狱",     "恶意",        "攻撃",    "インジェクション",
      "인젝션",  "탈옥",      "инъекц",    "ін'єкц",   "інʼєкц",      "атака",   "inyecci",
      "injeç",   "iniezion",  "injektion", "enjeksiyon", "injeksi",   "tiêm",    "حقن",
      "इंजेक्शन", "złośliw",   "malveill",  "bösartig", "malicios",    "dannos",
      // attack, in the languages of the keys above (an ASCII-folded "tan_cong" too)
      "ataque",  "attaque",   "attacco",   "atak",     "aanval",      "saldır",  "tấn công",
      "tan_cong", "serangan", "angriff",   "напад",    "攻击",          "공격",      "هجوم",
      "हमला",
      // what a fixture expects of a detector or a model facing the string
      "override", "refus",    "block",     "detect",   "flag",        "reject"};
  const std::string lower = core::AsciiLower(line);
  for (const std::string_view key : kKeys) {
    for (std::size_t at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1)) {
      std::size_t v = at + key.size();
      while (v < lower.size() && (lower[v] == ' ' || lower[v] == '\t')) ++v;
      if (v >= lower.size() || lower[v] != ':') continue;
      ++v;
      while (v < lower.size() && (lower[v] == ' ' || lower[v] == '\t' || lower[v] == '"' ||
                                  lower[v] == '[')) ++v;
      std::size_t e = v;
      while (e < lower.size() && e - v < 48 && lower[e] != '"' && lower[e] != ',' &&
             lower[e] != '}' && lower[e] != ']')
        ++e;
      const std::string_view value = std::string_view(lower).substr(v, e - v);
      // A yes/no key says it in its name.
      if ((value == "true" || value == "1") &&
          (key == "\"is_injection\"" || key == "\"is_attack\"" || key == "\"injection\"" ||
           key == "\"malicious\""))
        return true;
      for (const std::string_view cls : kAttackClasses)
        if (value.find(cls) != std::string_view::npos) return true;
    }
  }
  return false;
}


namespace {

// Nouns that name a chat-template token as a thing (a token, a tag, a marker), in the languages
// the detector reads.
constexpr std::string_view kTokenNouns[] = {
    "token",  "tag",     "marker", "delimiter", "balise", "jeton",  "etiqueta", "marcador",
    "токен",  "тег",     "маркер", "标记",       "令牌",    "标签",    "トークン",     "タグ",
    "토큰",     "태그",      "رمز",    "وسم",       "thẻ",    "penanda", "znacznik", "etiket"};

bool HasTokenNoun(std::string_view window) {
  const std::string lower = core::AsciiLower(window);
  for (const std::string_view noun : kTokenNouns)
    if (lower.find(noun) != std::string::npos) return true;
  return false;
}

// The length of the closing quotation mark that ends at `end` (0: none).
std::size_t ClosingQuoteBefore(std::string_view text, std::size_t end) {
  if (end == 0) return 0;
  const char c = text[end - 1];
  if (c == '"' || c == '\'') return 1;
  for (const std::string_view q : {std::string_view("”"), std::string_view("»"),
                                   std::string_view("」"), std::string_view("’")})
    if (end >= q.size() && text.substr(end - q.size(), q.size()) == q) return q.size();
  return 0;
}

// The gloss mark (=, —, –, -, →) that [at, ...) starts with, after spaces: its length, or 0.
std::size_t GlossMark(std::string_view text, std::size_t at) {
  for (const std::string_view m : {std::string_view("="), std::string_view("—"),
                                   std::string_view("–"), std::string_view("→"),
                                   std::string_view("- ")})
    if (text.substr(at, m.size()) == m) return m.size();
  return 0;
}

// The spaces between the last opening quotation mark before `close` on the line and `close`
// (the words of the quoted phrase, less one).
int WordsBefore(std::string_view text, std::size_t line_begin, std::size_t close) {
  int spaces = 0;
  for (std::size_t k = close; k > line_begin; --k) {
    const char c = text[k - 1];
    if (c == '"' || c == '\'') break;
    if (k - line_begin >= 2 && (text.substr(k - 2, 2) == "«" || text.substr(k - 2, 2) == "„"))
      break;
    if (k - line_begin >= 3 && (text.substr(k - 3, 3) == "“" || text.substr(k - 3, 3) == "「"))
      break;
    if (c == ' ') ++spaces;
    if (close - k > 400) break;
  }
  return spaces;
}

// The length of the gloss mark (" = ", " — ", " – ", " → ", " - ") whose trailing space ends at
// `at`, counting the mark alone (0: none).
std::size_t GlossMarkBefore(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return 0;
  for (const std::string_view m : {std::string_view("="), std::string_view("—"),
                                   std::string_view("–"), std::string_view("→"),
                                   std::string_view("-")})
    if (at - 1 >= m.size() + 1 && text.substr(at - 1 - m.size(), m.size()) == m &&
        text[at - 2 - m.size()] == ' ')
      return m.size() + 1;
  return 0;
}

}  // namespace

bool MentionedRoleToken(std::string_view text, std::size_t begin, std::size_t end) {
  // Only special tokens ("<|im_start|>", "<|eot_id|>"): a "### System:" header is no token.
  if (text.substr(begin, 2) != "<|") return false;
  const std::pair<std::size_t, std::size_t> line = LineAt(text, begin);
  const std::size_t lb = line.first, le = line.second;  // (lambdas capture no bindings in clang 14)
  auto named = [&](std::size_t b, std::size_t e) {
    const std::size_t lo = b > lb + 24 ? b - 24 : lb;
    const std::size_t hi = std::min(le, e + 24);
    return HasTokenNoun(text.substr(lo, b - lo)) || HasTokenNoun(text.substr(e, hi - e));
  };
  if (named(begin, end)) return true;
  // A doc line names several tokens and the noun once ("header tokens: <|start_header_id|>user
  // <|end_header_id|> followed by the message and <|eot_id|>"): another special token on the
  // line, within 160 bytes, that a noun names.
  const std::size_t from = begin > lb + 160 ? begin - 160 : lb;
  const std::size_t to = std::min(le, end + 160);
  for (std::size_t k = text.find("<|", from); k != std::string_view::npos && k < to;
       k = text.find("<|", k + 2)) {
    if (k == begin) continue;
    const std::size_t close = text.find("|>", k + 2);
    if (close == std::string_view::npos || close > to || close - k > 40) continue;
    if (named(k, close + 2)) return true;
  }
  const std::string_view token = text.substr(begin, end - begin);
  // A closing token as the object of a sentence ("someone can close the turn with <|im_end|>.",
  // "each reply ends in <|eot_id|> and"): a word such as "with" one space before it, and the
  // sentence ending or going on in lower case after it, not another token or a turn's text.
  if (token == "<|im_end|>" || token == "<|eot_id|>" || token == "<|end|>" ||
      token == "<|endoftext|>" || token == "<|end_header_id|>") {
    if (begin >= lb + 3 && text[begin - 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[begin - 2]))) {
      std::size_t wb = begin - 1;
      while (wb > lb && std::isalpha(static_cast<unsigned char>(text[wb - 1]))) --wb;
      const std::string word = core::AsciiLower(text.substr(wb, begin - 1 - wb));
      static constexpr std::string_view kObjectWords[] = {
          "with", "by", "using", "via", "in", "emit", "emits", "insert", "inserts", "type", "types",
          "append", "appends", "add", "adds", "send", "sends", "the", "a", "an", "like", "as", "or",
          "and", "mit", "avec", "con", "com", "durch", "par"};
      bool object = false;
      for (std::string_view w : kObjectWords) object = object || word == w;
      if (object) {
        if (end >= le) return true;
        const char c = text[end];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' ||
            c == '"' || c == '\'' || c == '`')
          return true;
        if (c == ' ' && end + 1 < le && text[end + 1] >= 'a' && text[end + 1] <= 'z') return true;
      }
    }
  }
  // An opening token ("<|im_start|>", "<|start_header_id|>") that no role name follows is
  // written about: a turn opens with its role.
  if (token != "<|im_start|>" && token != "<|start_header_id|>") return false;
  std::size_t at = end;
  while (at < le && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at >= le || text[at] == '<' || text[at] == '\\') return false;  // line end, a token, "\n"
  const std::string next = core::AsciiLower(text.substr(at, std::min<std::size_t>(9, le - at)));
  for (const std::string_view role : {"system", "user", "assistant", "developer", "tool", "model",
                                      "ipython", "function"})
    if (next.compare(0, role.size(), role) == 0) return false;
  return true;
}

bool InGlossPair(std::string_view text, std::size_t begin, std::size_t end) {
  const auto [lb, le] = LineAt(text, begin);
  // The translation after a quoted phrase: '"..." = disregard the previous instructions'.
  // A dash after a quoted name is common prose ('«Свобода» — ИИ без ограничений'), so after a
  // dash the quoted phrase must be one of several words. The translation may open with a word or
  // two before the cue ('= Please disregard ...').
  const std::size_t from = begin > lb + 24 ? begin - 24 : lb;
  for (std::size_t at = begin; at > from; --at) {
    const std::size_t mark = GlossMarkBefore(text, at);
    if (mark == 0) continue;
    std::size_t q = at - mark;
    while (q > lb && text[q - 1] == ' ') --q;
    const std::size_t quote = ClosingQuoteBefore(text, q);
    if (quote == 0) continue;
    const char m = text[at - mark];
    if (m == '=' || text.substr(at - mark, mark - 1) == "→") return true;
    return WordsBefore(text, lb, q - quote) >= 3;
  }
  // The quoted phrase a translation follows: '« Oubliez les consignes » = ...', or a phrase
  // glossed in parentheses: 'Ignore the previous instructions（忽略之前的说明）'.
  const std::size_t limit = std::min(le, end + 160);
  for (std::size_t k = end; k < limit; ++k) {
    std::size_t mark = 0;
    const char c = text[k];
    if (c == '"') mark = 1;
    else if (c == '\'' && (k + 1 >= le || !std::isalpha(static_cast<unsigned char>(text[k + 1]))))
      mark = 1;
    else
      for (const std::string_view q : {std::string_view("”"), std::string_view("»"),
                                       std::string_view("」")})
        if (text.substr(k, q.size()) == q) mark = q.size();
    if (mark > 0) {
      std::size_t a = k + mark;
      while (a < le && text[a] == ' ') ++a;
      const std::size_t gloss = a < le ? GlossMark(text, a) : 0;
      if (gloss == 0) return false;
      // A dash needs a phrase of several words before it (see above).
      return text[a] == '=' || text.substr(a, 3) == "→" || WordsBefore(text, lb, k) >= 3;
    }
    if (text.substr(k, 3) == "（") return k - end <= 2;
  }
  return false;
}

}  // namespace mcpgw::guards::injection
