#include "guards/pii/record_fields.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>

#include "core/ascii_lower.h"
#include "core/utf8.h"
#include "guards/pii/column_headers.h"
#include "guards/pii/entity.h"
#include "guards/pii/gazetteer.h"
#include "guards/pii/name_markers.h"
#include "guards/pii/name_recognizer.h"
#include "guards/pii/street_lines.h"
#include "guards/sql_rows.h"

namespace mcpgw::guards::pii {
namespace {

constexpr float kRecordScore = 0.85f;
constexpr float kEmailNameScore = 0.8f;
// How far an LDIF entry reaches when no blank line ends it.
constexpr std::size_t kMaxLdifEntry = 8192;

struct Field {
  std::size_t begin;
  std::size_t end;
  Entity entity;
  float score;
  bool piece = false;  // one line of a multi-line address: may split a place read whole
  bool numbered = false;  // a number its column's header names: replaces a number read otherwise
  bool merge = false;  // a street line: a place overlapping it joins it (the union is kept)
  // A name whose edges its structure fixes (a file's name ends at the dot): it replaces a name
  // or a place read across one of its edges.
  bool exact = false;
};

// A line break at text[i]: a real one, or the "\n" / "\r" escape of a JSON string (a record
// printed inside a tool's JSON result). Its length in bytes, or 0.
std::size_t BreakAt(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n' || c == '\r') return 1;
  if (c == '\\' && i + 1 < text.size() && (text[i + 1] == 'n' || text[i + 1] == 'r') &&
      (i == 0 || text[i - 1] != '\\')) {
    return 2;
  }
  return 0;
}

std::size_t LineEnd(std::string_view text, std::size_t i, std::size_t limit) {
  while (i < limit && BreakAt(text, i) == 0) ++i;
  return i;
}

// The start of the line after one that ends at `e` (past "\r\n" as one break).
std::size_t NextLine(std::string_view text, std::size_t e, std::size_t limit) {
  if (e >= limit) return limit;
  const std::size_t n = BreakAt(text, e);
  const bool cr = text[e + n - 1] == '\r' || text[e + n - 1] == 'r';
  e += n;
  if (cr && e < limit && BreakAt(text, e) == n && (text[e + n - 1] == '\n' || text[e + n - 1] == 'n'))
    e += n;
  return e;
}

// The bounds of the real line around text[i] (for tables and chats, which are not escaped).
std::size_t LineStartOf(std::string_view text, std::size_t i) {
  while (i > 0 && text[i - 1] != '\n') --i;
  return i;
}

std::size_t LineEndOf(std::string_view text, std::size_t i) {
  const std::size_t e = i < text.size() ? text.find('\n', i) : std::string_view::npos;
  return e == std::string_view::npos ? std::max(i, text.size()) : e;
}

bool AtLineStart(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  if (text[i - 1] == '\n' || text[i - 1] == '\r') return true;
  return i >= 2 && BreakAt(text, i - 2) == 2;
}

// `s` equals `lower` (lower-case ASCII) ignoring ASCII case.
bool EqualsCi(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((IsAlpha(s[i]) ? (s[i] | 0x20) : s[i]) != lower[i]) return false;
  }
  return true;
}

bool ContainsCi(std::string_view s, std::string_view lower) {
  for (std::size_t i = 0; i + lower.size() <= s.size(); ++i) {
    if (EqualsCi(s.substr(i, lower.size()), lower)) return true;
  }
  return false;
}

// Trims text[b, e) and keeps it as a field when it is a plausible name or place: a letter in it,
// no e-mail address or URL, at most 160 bytes.
void AddValue(std::string_view text, std::size_t b, std::size_t e, Entity entity,
              std::vector<Field>& fields, bool piece = false) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '"'; };
  while (b < e && space(text[b])) ++b;
  while (e > b && (space(text[e - 1]) || text[e - 1] == ',')) --e;
  if (e - b < 2 || e - b > 160) return;
  bool letter = false;
  for (std::size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    if (c == '@' || c == '<' || c == '>' || c == '{' || c == '=') return;
    letter = letter || IsAlpha(c) || c >= 0x80;
  }
  if (!letter || text.substr(b, e - b).find("://") != std::string_view::npos) return;
  fields.push_back(Field{b, e, entity, kRecordScore, piece});
}

// Splits text[b, e) at every `sep` not escaped by a backslash and adds each piece.
void AddPieces(std::string_view text, std::size_t b, std::size_t e, char sep, Entity entity,
               std::vector<Field>& fields) {
  std::size_t c = b;
  for (std::size_t j = b; j <= e; ++j) {
    if (j == e || (text[j] == sep && (j == b || text[j - 1] != '\\'))) {
      AddValue(text, c, j, entity, fields, sep == '$');
      c = j + 1;
    }
  }
}

// --- vCard ------------------------------------------------------------------------------------

// One content line of a vCard, "[group.]NAME[;params]:value".
void VcardLine(std::string_view text, std::size_t b, std::size_t e, std::vector<Field>& fields) {
  std::size_t k = b;
  std::size_t name_b = b;
  while (k < e && (IsAlnum(text[k]) || text[k] == '-')) ++k;
  if (k < e && text[k] == '.') {
    name_b = ++k;
    while (k < e && (IsAlnum(text[k]) || text[k] == '-')) ++k;
  }
  const std::string_view name = text.substr(name_b, k - name_b);
  if (k < e && text[k] == ';') {
    bool quoted = false;
    while (k < e && (quoted || text[k] != ':')) {
      if (text[k] == '"') quoted = !quoted;
      ++k;
    }
  }
  if (k >= e || text[k] != ':') return;
  ++k;
  if (EqualsCi(name, "fn")) {
    AddValue(text, k, e, Entity::kPerson, fields);
    return;
  }
  const bool n = EqualsCi(name, "n");
  if (!n && !EqualsCi(name, "adr")) return;
  // N: family;given;additional;prefix;suffix (each may list several, split at ',').
  // ADR: po-box;extended;street;locality;region;postal-code;country.
  int index = 0;
  std::size_t c = k;
  for (std::size_t j = k; j <= e; ++j) {
    if (j < e && (text[j] != ';' || text[j - 1] == '\\')) continue;
    if (n && index <= 2) {
      AddPieces(text, c, j, ',', Entity::kPerson, fields);
    } else if (!n && (index == 2 || index == 3 || index == 4 || index == 6)) {
      AddValue(text, c, j, Entity::kLocation, fields);
    }
    ++index;
    c = j + 1;
  }
}

void ScanVcards(std::string_view text, std::vector<Field>& fields) {
  for (const std::string_view begin_tag : {std::string_view("BEGIN:VCARD"), std::string_view("begin:vcard")}) {
    std::size_t pos = 0;
    while ((pos = text.find(begin_tag, pos)) != std::string_view::npos) {
      // The card ends at its END line, or where the next card begins (a card left open must not
      // make every later one read to the text's end).
      std::size_t end = text.find(begin_tag[0] == 'B' ? "END:VCARD" : "end:vcard", pos);
      end = std::min(end, text.find(begin_tag, pos + begin_tag.size()));
      if (end == std::string_view::npos) end = text.size();
      std::size_t line = NextLine(text, LineEnd(text, pos, end), end);
      while (line < end) {
        const std::size_t le = LineEnd(text, line, end);
        VcardLine(text, line, le, fields);
        line = NextLine(text, le, end);
      }
      pos = end + 1;
    }
  }
}

// --- LDIF ---------------------------------------------------------------------------------------

// An attribute line "name: value" of an LDIF entry ("name;lang-fr: value" too; not "name:: "
// base64 nor "name:< " URL): its name and where its value starts.
bool LdifAttribute(std::string_view text, std::size_t b, std::size_t e, std::string_view& name,
                   std::size_t& value) {
  std::size_t k = b;
  while (k < e && (IsAlnum(text[k]) || text[k] == '-')) ++k;
  name = text.substr(b, k - b);
  if (k < e && text[k] == ';') {
    while (k < e && text[k] != ':') ++k;
  }
  if (name.empty() || k + 1 >= e || text[k] != ':' || text[k + 1] == ':' || text[k + 1] == '<') {
    return false;
  }
  value = k + 1;
  return true;
}

bool PersonObjectClass(std::string_view value) {
  return ContainsCi(value, "person") || ContainsCi(value, "posixaccount") ||
         ContainsCi(value, "inetuser") || ContainsCi(value, "shadowaccount") ||
         EqualsCi(value, "user") || EqualsCi(value, "contact");
}

// One LDIF entry, text[b, e): its dn line opens it.
void LdifEntry(std::string_view text, std::size_t b, std::size_t e, std::vector<Field>& fields) {
  bool person = false;
  for (std::size_t line = b; line < e;) {
    const std::size_t le = LineEnd(text, line, e);
    std::string_view name;
    std::size_t v;
    if (LdifAttribute(text, line, le, name, v)) {
      std::size_t vb = v;
      while (vb < le && text[vb] == ' ') ++vb;
      const std::string_view value = text.substr(vb, le - vb);
      person = person || (EqualsCi(name, "objectclass") && PersonObjectClass(value)) ||
               EqualsCi(name, "sn") || EqualsCi(name, "givenname") || EqualsCi(name, "surname");
    }
    line = NextLine(text, le, e);
  }
  for (std::size_t line = b; line < e;) {
    const std::size_t le = LineEnd(text, line, e);
    std::string_view name;
    std::size_t v;
    if (LdifAttribute(text, line, le, name, v)) {
      if (EqualsCi(name, "sn") || EqualsCi(name, "surname") || EqualsCi(name, "givenname") ||
          EqualsCi(name, "gn") ||
          (person && (EqualsCi(name, "cn") || EqualsCi(name, "commonname") ||
                      EqualsCi(name, "displayname")))) {
        AddValue(text, v, le, Entity::kPerson, fields);
      } else if (EqualsCi(name, "l") || EqualsCi(name, "localityname") || EqualsCi(name, "st") ||
                 EqualsCi(name, "stateorprovincename") || EqualsCi(name, "street") ||
                 EqualsCi(name, "streetaddress") || EqualsCi(name, "co") ||
                 EqualsCi(name, "friendlycountryname")) {
        AddValue(text, v, le, Entity::kLocation, fields);
      } else if (EqualsCi(name, "postaladdress") || EqualsCi(name, "homepostaladdress") ||
                 EqualsCi(name, "registeredaddress")) {
        AddPieces(text, v, le, '$', Entity::kLocation, fields);
      } else if (person && EqualsCi(name, "dn")) {
        // "dn: cn=Ahmad Khatib,ou=people,...": the entry's name when it has a space or a
        // letter outside ASCII (a login such as "cn=jdoe" is no name).
        std::size_t vb = v;
        while (vb < le && text[vb] == ' ') ++vb;
        if (vb + 3 < le && EqualsCi(text.substr(vb, 3), "cn=")) {
          std::size_t ve = vb + 3;
          while (ve < le && (text[ve] != ',' || text[ve - 1] == '\\')) ++ve;
          bool spaced = false;
          for (std::size_t k = vb + 3; k < ve; ++k) {
            spaced = spaced || text[k] == ' ' || static_cast<unsigned char>(text[k]) >= 0x80;
          }
          if (spaced) AddValue(text, vb + 3, ve, Entity::kPerson, fields);
        }
      }
    }
    line = NextLine(text, le, e);
  }
}

void ScanLdif(std::string_view text, std::vector<Field>& fields) {
  std::size_t pos = 0;
  while ((pos = text.find("dn:", pos)) != std::string_view::npos) {
    if (!AtLineStart(text, pos)) {
      pos += 3;
      continue;
    }
    // The entry ends at a blank line, the next "dn:" line, or kMaxLdifEntry bytes on.
    const std::size_t limit = std::min(text.size(), pos + kMaxLdifEntry);
    std::size_t end = NextLine(text, LineEnd(text, pos, limit), limit);
    while (end < limit) {
      const std::size_t le = LineEnd(text, end, limit);
      if (le == end || (le - end >= 3 && text.compare(end, 3, "dn:") == 0)) break;
      end = NextLine(text, le, limit);
    }
    LdifEntry(text, pos, end, fields);
    pos = std::max(end, pos + 3);
  }
}

// --- names next to the e-mail address made from them -------------------------------------------

struct NameWord {
  std::size_t begin;
  std::size_t end;
  char buf[24];
  std::string_view folded;
  bool spelled;  // the local part spells it out (3+ letters, or a whole 2-letter part)
  bool matched;
};

// The code point ending at text[i] (exclusive) and where it starts, or false.
bool CodePointBefore(std::string_view text, std::size_t i, std::size_t floor, char32_t& cp,
                     std::size_t& start) {
  if (i <= floor) return false;
  std::size_t p = i - 1;
  while (p > floor && i - p < 4 && (static_cast<unsigned char>(text[p]) & 0xc0) == 0x80) --p;
  const auto [c, len] = core::DecodeUtf8(text, p);
  if (len == 0 || p + len != i) return false;
  cp = c;
  start = p;
  return true;
}

// The cased-script word that ends at `e` (hyphens and apostrophes inside it): its start, or e.
std::size_t WordStartBefore(std::string_view text, std::size_t e, std::size_t floor) {
  std::size_t b = e;
  char32_t cp;
  std::size_t p;
  while (CodePointBefore(text, b, floor, cp, p)) {
    if (IsNameLetter(cp) ||
        ((cp == '-' || cp == '\'') && b < e && p > floor && IsAlpha(text[p - 1]))) {
      b = p;
      continue;
    }
    break;
  }
  return b;
}

std::size_t WordEndAfter(std::string_view text, std::size_t b, std::size_t limit) {
  std::size_t e = b;
  while (e < limit) {
    const auto [cp, len] = core::DecodeUtf8(text, e);
    if (len == 0) break;
    if (IsNameLetter(cp) || ((cp == '-' || cp == '\'') && e > b && e + 1 < limit &&
                             IsAlpha(text[e + 1]))) {
      e += len;
      continue;
    }
    break;
  }
  return e;
}

// A word glued to what is before it is part of a token ("x_ana", "id9ana") or of a text in
// another script; punctuation and spaces of any script separate.
bool GluedBefore(char32_t cp) {
  if (cp < 0x80) return IsAlnum(static_cast<unsigned char>(cp)) || cp == '_' || cp == '@';
  return !(cp <= 0xbf || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) ||
           (cp >= 0xff01 && cp <= 0xff0f));
}

// Reads up to 4 words joined by one space (or one ", ": "Lindqvist, Nils") from `at` towards
// the address (backward when `backward`), nearest first.
int ReadWords(std::string_view text, std::size_t at, bool backward, NameWord* words) {
  int count = 0;
  bool comma = false;
  std::size_t k = at;
  const std::size_t floor = at > 160 ? at - 160 : 0;
  const std::size_t limit = std::min(text.size(), at + 160);
  while (count < 4) {
    NameWord& w = words[count];
    if (backward) {
      w.end = k;
      w.begin = WordStartBefore(text, k, floor);
      if (w.begin == w.end) break;
      char32_t cp;
      std::size_t p;
      if (CodePointBefore(text, w.begin, 0, cp, p) && GluedBefore(cp)) break;
    } else {
      w.begin = k;
      w.end = WordEndAfter(text, k, limit);
      if (w.begin == w.end) break;
      if (w.end < text.size() && (IsAlnum(text[w.end]) || text[w.end] == '_' || text[w.end] == '@'))
        break;
    }
    if (!FoldNameWord(text.substr(w.begin, w.end - w.begin), w.buf, w.folded)) break;
    w.spelled = false;
    w.matched = false;
    ++count;
    // The joint to the next word: one space, or one ", ".
    if (backward) {
      if (w.begin >= 2 && text[w.begin - 1] == ' ' && text[w.begin - 2] != ' ') {
        k = w.begin - 1;
        if (!comma && text[k - 1] == ',') {
          comma = true;
          --k;
        }
      } else {
        break;
      }
    } else {
      if (w.end + 1 < limit && text[w.end] == ' ') {
        k = w.end + 1;
      } else if (!comma && w.end + 2 < limit && text[w.end] == ',' && text[w.end + 1] == ' ') {
        comma = true;
        k = w.end + 2;
      } else {
        break;
      }
    }
  }
  return count;
}

// Matches the words (nearest first) against the address's local part and returns how many of
// the nearest ones make the name, or 0.
int MatchName(std::string_view local, NameWord* words, int count) {
  // The local part's letter runs ("hendra.wijaya86" -> hendra, wijaya).
  struct Part {
    std::size_t begin;
    std::size_t end;
    bool used;
  };
  Part parts[8];
  int part_count = 0;
  for (std::size_t i = 0; i < local.size() && part_count < 8;) {
    if (!IsAlpha(local[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < local.size() && IsAlpha(local[j])) ++j;
    parts[part_count++] = Part{i, j, false};
    i = j;
  }
  if (part_count == 0) return 0;
  auto lower = [&](std::size_t i) { return static_cast<char>(local[i] | 0x20); };
  // Spelled-out words first.
  bool any = false;
  for (int w = 0; w < count; ++w) {
    const std::string_view f = words[w].folded;
    for (int p = 0; p < part_count && !words[w].spelled; ++p) {
      const std::size_t len = parts[p].end - parts[p].begin;
      if (f.size() < 2 || f.size() > len || (f.size() == 2 && len != 2)) continue;
      for (std::size_t at = parts[p].begin; at + f.size() <= parts[p].end; ++at) {
        bool same = true;
        for (std::size_t j = 0; j < f.size() && same; ++j) same = lower(at + j) == f[j];
        if (!same) continue;
        words[w].spelled = words[w].matched = true;
        any = any || f.size() >= 3;
        parts[p].used = true;
        // "akhatib": the letter before the spelled surname is the given name's initial.
        if (at == parts[p].begin + 1) {
          for (int o = 0; o < count; ++o) {
            if (o != w && !words[o].matched && words[o].folded[0] == lower(parts[p].begin)) {
              words[o].matched = true;
              break;
            }
          }
        }
        break;
      }
    }
  }
  if (!any) return 0;
  // Then initials: each unused part gives one word its first letter ("wahlberg.s": Saga).
  for (int w = 0; w < count; ++w) {
    if (words[w].matched) continue;
    for (int p = 0; p < part_count; ++p) {
      if (!parts[p].used && lower(parts[p].begin) == words[w].folded[0]) {
        parts[p].used = true;
        words[w].matched = true;
        break;
      }
    }
  }
  int n = 0;
  while (n < count && words[n].matched) ++n;
  bool spelled3 = false;
  for (int w = 0; w < n; ++w) spelled3 = spelled3 || (words[w].spelled && words[w].folded.size() >= 3);
  return spelled3 ? n : 0;
}

// Whether the matched words read as a person's name rather than a team's, a role's or a word.
bool PersonLike(const NameWord* words, int n) {
  bool named = false;
  bool unknown = false;
  for (int w = 0; w < n; ++w) {
    const std::string_view f = words[w].folded;
    if (IsRoleMailboxWord(f) || IsOrganisationWord(f)) return false;
    const std::uint16_t flags = GazetteerLookup(f);
    named = named || (flags & (kFirstName | kLastName | kAnyName)) != 0;
    unknown = unknown || (f.size() >= 3 && !IsDictionaryWord(f));
  }
  if (n == 1) return named && words[0].folded.size() >= 3;
  return named || unknown;
}

void EmailNames(std::string_view text, const std::vector<Detection>& out, std::size_t first,
                std::vector<Field>& fields) {
  for (std::size_t d = first; d < out.size(); ++d) {
    if (out[d].entity != "EMAIL_ADDRESS") continue;
    const std::string_view address = text.substr(out[d].begin, out[d].end - out[d].begin);
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view local = address.substr(0, at);
    auto gap = [](char c) {
      return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '|' || c == '"' || c == '\'' ||
             c == '(' || c == '<' || c == '[' || c == ')' || c == '>' || c == ']';
    };
    // Before the address: "name <addr>", "name (addr)", "'name', 'addr'", "name,addr".
    std::size_t k = out[d].begin;
    while (k > 0 && out[d].begin - k < 6 && gap(text[k - 1])) --k;
    if (k < out[d].begin && k > 0) {
      NameWord words[4];
      const int count = ReadWords(text, k, /*backward=*/true, words);
      const int n = MatchName(local, words, count);
      if (n > 0 && PersonLike(words, n)) {
        fields.push_back(Field{words[n - 1].begin, words[0].end, Entity::kPerson, kEmailNameScore});
      }
    }
    // After it: "addr (name)", "addr,name".
    k = out[d].end;
    while (k < text.size() && k - out[d].end < 6 && gap(text[k])) ++k;
    if (k > out[d].end && k < text.size()) {
      NameWord words[4];
      const int count = ReadWords(text, k, /*backward=*/false, words);
      const int n = MatchName(local, words, count);
      if (n > 0 && PersonLike(words, n)) {
        fields.push_back(Field{words[0].begin, words[n - 1].end, Entity::kPerson, kEmailNameScore});
      }
    }
  }
}


// --- names by a way to reach them, and chat speakers -------------------------------------------

// The gazetteer's flags of a word as written (ASCII capitals lowered: "Оксана", "büşra") or, when
// that is unknown, folded ("busra").
std::uint16_t NameFlags(std::string_view word) {
  char key[48];
  if (word.size() > sizeof(key)) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    key[i] = IsUpperAscii(word[i]) ? static_cast<char>(word[i] + 32) : word[i];
  }
  std::uint16_t flags = GazetteerLookup(std::string_view(key, word.size()));
  char buf[24];
  std::string_view folded;
  if (flags == 0 && FoldNameWord(word, buf, folded)) flags = GazetteerLookup(folded);
  return flags;
}

bool StartsWithCapital(std::string_view text, std::size_t i) {
  const auto [cp, len] = core::DecodeUtf8(text, i);
  return len != 0 && IsNameCapital(cp);
}

// 1-3 capitalised words ending at `e` (nearest last) that read as a person's name: one of them
// a given or family name of the gazetteer that is no everyday word nor a place, none an
// organisation's word or a title. Their start, or e.
std::size_t KnownNameBefore(std::string_view text, std::size_t e) {
  std::size_t b = e;
  bool known = false;
  for (int n = 0; n < 3; ++n) {
    const std::size_t wb = WordStartBefore(text, b, b > 64 ? b - 64 : 0);
    if (wb == b || !StartsWithCapital(text, wb)) break;
    char32_t cp;
    std::size_t p;
    if (CodePointBefore(text, wb, 0, cp, p) && GluedBefore(cp)) break;
    const std::string_view word = text.substr(wb, b - wb);
    char buf[24];
    std::string_view f;
    if (FoldNameWord(word, buf, f) && (IsOrganisationWord(f) || IsRoleMailboxWord(f))) return e;
    const std::uint16_t flags = NameFlags(word);
    if ((flags & (kFirstName | kLastName | kAnyName)) != 0 && (flags & kCommonWord) == 0 &&
        (flags & (kCity | kCountry | kRegion | kMajorCity)) == 0) {
      known = true;
    } else if (flags != 0 || (f.size() > 0 && IsDictionaryWord(f))) {
      break;  // a place or an everyday word ends the name
    }
    b = wb;
    if (b < 2 || text[b - 1] != ' ' || text[b - 2] == ' ') break;
    --b;
  }
  while (b < e && text[b] == ' ') ++b;
  return known ? b : e;
}

// A name right before a way to reach its person: "chiamare Ilaria al +39 ...", "dzwońcie do
// Grzegorz pod 794-...", "спроси у Тарас (taras@...)", "rufen Sie Jonas unter 030 ... an".
void ContactNames(std::string_view text, const std::vector<Detection>& out, std::size_t first,
                  std::vector<Field>& fields) {
  static constexpr std::string_view kJoiners[] = {
      " (", " at ", " al ", " au ", " \xc3\xa0 ", " pod ", " p\xc3\xa5 ", " op ", " unter ",
      " em ", " no ", " ao ", " auf ", " an ", " sur ", " na ", " por ", " bei ", " under ",
      " \xd0\xbf\xd0\xbe ", " \xd0\xbd\xd0\xb0 ", " \xd1\x87\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7 ",
      " via ", " on "};
  for (std::size_t d = first; d < out.size(); ++d) {
    if (out[d].entity != "PHONE_NUMBER" && out[d].entity != "EMAIL_ADDRESS") continue;
    const std::size_t at = out[d].begin;
    for (std::string_view j : kJoiners) {
      if (at < j.size() + 2 || text.compare(at - j.size(), j.size(), j) != 0) continue;
      const std::size_t e = at - j.size();
      const std::size_t b = KnownNameBefore(text, e);
      if (b < e) fields.push_back(Field{b, e, Entity::kPerson, kEmailNameScore});
      break;
    }
  }
}

// The end of a chat line's time stamp and the space after it ("04:23 ", "[10:22] ", "6:08 AM ",
// "[2:01 AM] ", "[09:26:13] "), or `ls` when the line opens with none.
std::size_t SkipChatTimestamp(std::string_view text, std::size_t ls, std::size_t le) {
  std::size_t k = ls;
  const bool bracket = k < le && text[k] == '[';
  if (bracket) ++k;
  const std::size_t d = k;
  while (k < le && k - d < 2 && IsDigit(text[k])) ++k;
  if (k == d || k >= le || text[k] != ':') return ls;
  for (int part = 0; part < 2 && k + 2 < le && text[k] == ':' && IsDigit(text[k + 1]) &&
                     IsDigit(text[k + 2]);
       ++part) {
    k += 3;
  }
  if (k - d < 4) return ls;
  if (k + 3 <= le && text[k] == ' ' &&
      (text.compare(k + 1, 2, "AM") == 0 || text.compare(k + 1, 2, "PM") == 0 ||
       text.compare(k + 1, 2, "am") == 0 || text.compare(k + 1, 2, "pm") == 0)) {
    k += 3;
  }
  if (bracket) {
    if (k >= le || text[k] != ']') return ls;
    ++k;
  }
  if (k >= le || text[k] != ' ') return ls;
  return k + 1;
}

// Chat transcripts written "NAME: message" line after line (after a time stamp, with the
// speaker's role in parentheses or not): a label that opens two or more
// lines is a speaker when two or more labels recur so and one of them is a known given or
// family name ("Оксана: ок, посмотрю", "Chiara: мой номер ..."); the others then too, unless
// they are everyday words ("Note", "Status") or fields.
void ChatSpeakers(std::string_view text, std::vector<Field>& fields) {
  struct Label {
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Label> labels;
  for (std::size_t ls = 0; ls < text.size();) {
    const std::size_t le = LineEndOf(text, ls);
    // A time stamp may open the line ("04:23 ", "[10:22] ", "6:08 AM ", "[2:01 AM] ").
    std::size_t k = SkipChatTimestamp(text, ls, le);
    // IRC's speaker in angle brackets ("[08:22] <Babatunde Balogun> text").
    if (k < le && text[k] == '<' && k > ls) {
      const std::size_t close = text.find('>', k + 1);
      if (close != std::string_view::npos && close < le && close - k <= 41 && close + 1 < le &&
          text[close + 1] == ' ' && close > k + 1 &&
          text.substr(k + 1, close - k - 1).find_first_of("@/:=<\"") == std::string_view::npos) {
        labels.push_back(Label{k + 1, close});
        ls = le + 1;
        continue;
      }
    }
    const std::size_t name_begin = k;
    int words = 0;
    while (k < le && words < 3) {
      const std::size_t w = k;
      while (k < le) {
        const auto [cp, len] = core::DecodeUtf8(text, k);
        if (len == 0 || cp == ' ' || cp == ':' || cp < 0x41 || (cp > 0x5a && cp < 0x61) ||
            (cp > 0x7a && cp < 0xc0) || (cp >= 0x2000 && cp <= 0x206f) ||
            (cp >= 0x3000 && cp <= 0x303f) || cp == 0xff1a) {
          break;
        }
        k += len;
      }
      if (k == w) break;
      ++words;
      if (k < le && text[k] == ' ' && k + 1 < le && text[k + 1] != ' ' && text[k + 1] != ':') {
        ++k;
      } else {
        break;
      }
    }
    // The speaker's role in parentheses may follow the name ("Sabine (Kundenservice): "); the
    // word loop stepped over the space before it.
    if (words > 0 && k > name_begin && text[k - 1] == ' ' && k < le && text[k] == '(') --k;
    std::size_t colon = k;
    if (words > 0 && colon + 1 < le && text[colon] == ' ' && text[colon + 1] == '(') {
      const std::size_t close = text.find(')', colon + 2);
      if (close != std::string_view::npos && close < le && close - colon <= 40 &&
          text.substr(colon + 2, close - colon - 2).find_first_of("():") == std::string_view::npos) {
        colon = close + 1;
      }
    }
    if (words > 0 && colon + 2 < le && text[colon] == ':' && text[colon + 1] == ' ' &&
        k - name_begin <= 40 && text[k - 1] != ' ') {
      labels.push_back(Label{name_begin, k});
    }
    ls = le + 1;
  }
  if (labels.size() < 4) return;
  // Labels that recur, and whether one of them is a known name: sorted by their text, so a log
  // of thousands of "INFO: ..." lines costs n log n, not n squared.
  std::vector<std::size_t> order(labels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto label_text = [&](std::size_t i) {
    return text.substr(labels[i].begin, labels[i].end - labels[i].begin);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto ta = label_text(a), tb = label_text(b);
    return ta != tb ? ta < tb : a < b;
  });
  std::vector<char> recurs(labels.size(), 0);
  int distinct = 0;
  bool known = false;
  for (std::size_t g = 0; g < order.size();) {
    std::size_t h = g + 1;
    while (h < order.size() && label_text(order[h]) == label_text(order[g])) ++h;
    if (h - g >= 2) {
      for (std::size_t k = g; k < h; ++k) recurs[order[k]] = 1;
      ++distinct;
      const std::string_view li = label_text(order[g]);
      if (li.find(' ') == std::string_view::npos) {
        const std::uint16_t flags = NameFlags(li);
        known = known || ((flags & (kFirstName | kLastName | kAnyName)) != 0 &&
                          (flags & kCommonWord) == 0 &&
                          (flags & (kCity | kCountry | kRegion | kMajorCity)) == 0);
      } else {
        known = known || KnownNameBefore(li, li.size()) == 0;
      }
    }
    g = h;
  }
  if (distinct < 2 || !known) return;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (recurs[i] == 0) continue;
    const std::string_view li = text.substr(labels[i].begin, labels[i].end - labels[i].begin);
    // An everyday word of a Latin-script label is a field's ("Note", "Status", "Update"), an
    // acronym too ("IBAN", "SWIFT"); a lower-case one is a handle ("yuki"), not a name.
    const auto [cp0, len0] = core::DecodeUtf8(li, 0);
    bool everyday = IsNameLetter(cp0) && !IsNameCapital(cp0);
    bool lower = false;
    for (char c : li) lower = lower || (c >= 'a' && c <= 'z');
    everyday = everyday || (!lower && IsAlpha(li[0]));
    for (std::size_t k = 0; k < li.size();) {
      std::size_t j = li.find(' ', k);
      if (j == std::string_view::npos) j = li.size();
      char buf[24];
      std::string_view f;
      if (FoldNameWord(li.substr(k, j - k), buf, f)) {
        const std::uint16_t flags = GazetteerLookup(f);
        everyday = everyday || ((flags & (kFirstName | kLastName | kAnyName)) == 0 &&
                                (IsDictionaryWord(f) || IsOrganisationWord(f)));
      }
      k = j + 1;
    }
    if (!everyday) fields.push_back(Field{labels[i].begin, labels[i].end, Entity::kPerson, kEmailNameScore});
  }
}

// People listed under a label that names a list of them: "To: Nadine Brunner; Achieng Mwangi",
// "**Účastníci:** Riccardo Ferrari, Kateřina Černá, Saeed Al-Hassan", "Attendees:\n  • Liam
// Bélanger\n  • Ito Daiki". Each item (an e-mail in <> or a note in () after it set aside) of 1-4
// words, capitalised or of an uncased script, with no digit, '@' or ':', is a person once one
// item of the list is a known name; an organisation's or an everyday word's item is not.
bool IsPersonListLabel(std::string_view label) {
  static constexpr std::string_view kLabels[] = {
      "to", "cc", "bcc", "an", "para", "attendees", "required attendees", "optional attendees",
      "participants", "invitees", "guests", "present", "members", "team members", "anwesend",
      "teilnehmer", "teilnehmende", "teilnehmer/innen", "participantes", "asistentes",
      "partecipanti", "presenti", "aanwezig", "deelnemers", "uczestnicy", "obecni",
      "\xc3\xba\xc4\x8d" "astn\xc3\xad" "ci", "p\xc5\x99\xc3\xadtomni", "osallistujat",
      "deltagare", "n\xc3\xa4rvarande", "deltakere", "deltagere", "tilstede", "kat\xc4\xb1l\xc4\xb1" "mc\xc4\xb1lar",
      "peserta", "hadir", "participants", "pr\xc3\xa9sents", "invit\xc3\xa9s", "convidados",
      "presentes", "ng\xc6\xb0\xe1\xbb\x9di tham d\xe1\xbb\xb1", "th\xc3\xa0nh ph\xe1\xba\xa7n",
      "\xe5\x8f\x82\xe5\x8a\xa0\xe8\x80\x85", "\xe5\x87\xba\xe5\xb8\xad\xe8\x80\x85",
      "\xe5\x8f\x82\xe4\xbc\x9a\xe4\xba\xba\xe5\x91\x98", "\xe4\xb8\x8e\xe4\xbc\x9a\xe8\x80\x85",
      "\xec\xb0\xb8\xec\x84\x9d\xec\x9e\x90", "\xec\xb0\xb8\xea\xb0\x80\xec\x9e\x90",
      "\xd1\x83\xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8",
      "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e\xd1\x82",
      "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8",
      "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83\xd9\x88\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb6\xd9\x88\xd8\xb1",
      "\xe0\xb8\x9c\xe0\xb8\xb9\xe0\xb9\x89\xe0\xb9\x80\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb9\x88\xe0\xb8\xa7\xe0\xb8\xa1"};
  // Every line with a colon asks: no allocation, and most labels fail on their length.
  char buf[40];
  if (label.size() < 2 || label.size() > sizeof buf) return false;
  for (std::size_t i = 0; i < label.size(); ++i) {
    buf[i] = IsUpperAscii(label[i]) ? static_cast<char>(label[i] + 32) : label[i];
  }
  // Cyrillic capitals of the labels above ("Участники", "Присутствовали"), and "Účastníci".
  if (buf[0] == '\xd0' && buf[1] == '\xa3') buf[0] = '\xd1', buf[1] = '\x83';
  if (buf[0] == '\xd0' && buf[1] == '\x9f') buf[1] = '\xbf';
  if (buf[0] == '\xc3' && buf[1] == '\x9a') buf[1] = '\xba';
  const std::string_view low(buf, label.size());
  for (std::string_view l : kLabels)
    if (low == l) return true;
  return false;
}

// One list item text[b, e) as a person's name: its span (an e-mail in <> or a note in () after
// it set aside), or an empty one.
std::pair<std::size_t, std::size_t> PersonListItem(std::string_view text, std::size_t b, std::size_t e) {
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' || text[e - 1] == '.')) --e;
  if (e > b && (text[e - 1] == '>' || text[e - 1] == ')')) {
    const char open = text[e - 1] == '>' ? '<' : '(';
    const std::size_t o = text.rfind(open, e - 1);
    if (o == std::string_view::npos || o <= b) return {0, 0};
    e = o;
    while (e > b && text[e - 1] == ' ') --e;
  }
  if (e <= b || e - b > 48) return {0, 0};
  const std::string_view item = text.substr(b, e - b);
  if (item.find_first_of("0123456789@:/|#=_{}[]<>") != std::string_view::npos) return {0, 0};
  int words = 0;
  bool any_name_word = false;
  for (std::size_t k = b; k < e;) {
    std::size_t we = k;
    while (we < e && text[we] != ' ' && !(we + 3 <= e && text.compare(we, 3, "\xe3\x80\x80") == 0)) ++we;
    const std::string_view w = text.substr(k, we - k);
    if (!w.empty()) {
      ++words;
      const auto [cp, len] = core::DecodeUtf8(text, k);
      if (len == 0) return {0, 0};
      char buf[24];
      std::string_view f;
      const bool foldable = FoldNameWord(w, buf, f);
      if (foldable && (IsOrganisationWord(f) || IsRoleMailboxWord(f))) return {0, 0};
      if (IsNameLetter(cp) && !IsNameCapital(cp)) {
        // A lower-case particle inside a name ("de", "van", "al", "bin").
        if (!foldable || !NameParticle(f)) return {0, 0};
      } else if (IsNameCapital(cp)) {
        const std::uint16_t flags = NameFlags(w);
        const bool name = (flags & (kFirstName | kLastName | kAnyName)) != 0 && (flags & kCommonWord) == 0;
        any_name_word = any_name_word || name || !(foldable && IsDictionaryWord(f));
      } else if (cp < 0x80) {
        return {0, 0};
      } else {
        any_name_word = true;  // an uncased script's word
      }
    }
    k = we;
    while (k < e && (text[k] == ' ' || text.compare(k, 3, "\xe3\x80\x80") == 0)) k += text[k] == ' ' ? 1 : 3;
  }
  if (words == 0 || words > 4 || !any_name_word) return {0, 0};
  return {b, e};
}

void PersonLists(std::string_view text, std::vector<Field>& fields) {
  for (std::size_t ls = 0; ls < text.size();) {
    const std::size_t le = LineEndOf(text, ls);
    std::size_t k = ls;
    while (k < le && (text[k] == ' ' || text[k] == '*' || text[k] == '#' || text[k] == '-')) ++k;
    const std::size_t lb = k;
    std::size_t colon = std::string_view::npos;
    std::size_t after = 0;
    // The label's colon (or a full-width one, U+FF1A) within 40 bytes of the line's start.
    const std::string_view head = text.substr(k, std::min<std::size_t>(le - k, 41));
    for (std::size_t j = head.find_first_of(":\xef"); j != std::string_view::npos;
         j = head.find_first_of(":\xef", j + 1)) {
      if (head[j] == ':') {
        colon = k + j;
        after = colon + 1;
        break;
      }
      if (j + 3 <= head.size() && head[j + 1] == '\xbc' && head[j + 2] == '\x9a') {
        colon = k + j;
        after = colon + 3;
        break;
      }
    }
    if (colon == std::string_view::npos) {
      ls = le + 1;
      continue;
    }
    std::size_t label_end = colon;
    while (label_end > lb && (text[label_end - 1] == '*' || text[label_end - 1] == ' ')) --label_end;
    if (!IsPersonListLabel(text.substr(lb, label_end - lb))) {
      ls = le + 1;
      continue;
    }
    while (after < le && (text[after] == '*' || text[after] == ' ')) ++after;
    std::vector<std::pair<std::size_t, std::size_t>> items;
    bool known = false;
    auto take = [&](std::size_t b, std::size_t e) {
      const auto [ib, ie] = PersonListItem(text, b, e);
      if (ie <= ib) return;
      items.emplace_back(ib, ie);
      known = known || KnownNameBefore(text, ie) == ib;
    };
    std::size_t next = le + 1;
    if (after < le) {
      // Items on the label's line, apart by ';' or ','.
      const char sep = text.substr(after, le - after).find(';') != std::string_view::npos ? ';' : ',';
      for (std::size_t b = after; b < le;) {
        std::size_t e = text.find(sep, b);
        if (e == std::string_view::npos || e > le) e = le;
        take(b, e);
        b = e + 1;
      }
    } else {
      // Items on the lines below, each after a bullet.
      std::size_t il = le + 1;
      while (il < text.size()) {
        const std::size_t ie = LineEndOf(text, il);
        std::size_t j = il;
        while (j < ie && (text[j] == ' ' || text[j] == '\t')) ++j;
        std::size_t bullet = 0;
        if (j < ie && (text[j] == '-' || text[j] == '*')) bullet = 1;
        else if (j + 2 < ie && (text.compare(j, 3, "\xe2\x80\xa2") == 0 || text.compare(j, 3, "\xe2\x80\x93") == 0)) bullet = 3;
        else if (j + 1 < ie && text.compare(j, 2, "\xc2\xb7") == 0) bullet = 2;
        if (bullet == 0 || j + bullet >= ie || text[j + bullet] != ' ') break;
        take(j + bullet + 1, ie);
        il = ie + 1;
      }
      next = il;
    }
    if (known) {
      for (const auto& [b, e] : items) fields.push_back(Field{b, e, Entity::kPerson, kEmailNameScore});
    }
    ls = std::max(next, le + 1);
  }
}

// A person named at the end of a file's name, as drives, mail attachments and listings show
// them: "Arbeitsvertrag Angelica Reyes.docx", "CV_Wu Fang.pdf", "Payslip 2025-04-11 Achieng
// Njoroge.pdf", "Offer letter - Mwangi Odhiambo.pdf", "Passport_scan_James_Thompson.jpg". Two or
// three capitalised words before the extension, apart by a space or '_', one of them a known
// given or family name, none an everyday word that is no name, nor an organisation's.
void FileNameNames(std::string_view text, std::vector<Field>& fields) {
  static constexpr std::string_view kExtensions[] = {
      "pdf", "docx", "doc", "xlsx", "xls", "pptx", "odt", "ods", "rtf", "txt", "jpg", "jpeg",
      "png", "heic", "tif", "tiff", "zip", "msg", "eml", "pages", "csv"};
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    if (dot == 0) continue;
    std::size_t xe = dot + 1;
    while (xe < text.size() && IsAlpha(text[xe])) ++xe;
    if (xe == dot + 1 || (xe < text.size() && (IsDigit(text[xe]) || text[xe] == '_'))) continue;
    // Every '.' of the text comes here: the extension is lowered into a buffer, no allocation.
    char ext_buf[8];
    if (xe - dot - 1 > sizeof ext_buf) continue;
    for (std::size_t k = dot + 1; k < xe; ++k) ext_buf[k - dot - 1] = static_cast<char>(text[k] | 0x20);
    const std::string_view ext(ext_buf, xe - dot - 1);
    if (std::find(std::begin(kExtensions), std::end(kExtensions), ext) == std::end(kExtensions)) continue;
    // The words before the dot, nearest last.
    std::size_t b = dot;
    int words = 0;
    bool known = false;
    bool bad = false;
    std::size_t name_b = dot;
    std::size_t known_b = dot;  // the leftmost known word's start
    int words_from_known = 0;
    while (words < 3 && b > 0) {
      std::size_t wb = b;
      while (wb > 0) {
        const unsigned char c = text[wb - 1];
        if (IsAlpha(c) || c >= 0x80 || c == '-' || c == '\'') {
          --wb;
        } else {
          break;
        }
      }
      // Past a UTF-8 continuation run, wb may sit inside a character: step to its start.
      while (wb < b && (static_cast<unsigned char>(text[wb]) & 0xc0) == 0x80) ++wb;
      if (wb == b || !StartsWithCapital(text, wb)) break;
      const std::string_view w = text.substr(wb, b - wb);
      char buf[24];
      std::string_view f;
      const bool foldable = FoldNameWord(w, buf, f);
      if (foldable && (IsOrganisationWord(f) || IsRoleMailboxWord(f))) {
        bad = true;
        break;
      }
      const std::uint16_t flags = NameFlags(w);
      // A family name that is also a town's ("Reyes") is the name's here.
      const bool name = (flags & (kFirstName | kLastName | kAnyName)) != 0 && (flags & kCommonWord) == 0 &&
                        (flags & kCountry) == 0;
      if (!name && (flags != 0 || (foldable && IsDictionaryWord(f)))) break;
      known = known || name;
      ++words;
      name_b = wb;
      if (name) {
        known_b = wb;
        words_from_known = words;
      }
      if (wb < 2 || !(text[wb - 1] == ' ' || text[wb - 1] == '_')) break;
      b = wb - 1;
    }
    // Words before the leftmost known one are the document's ("Arbeitsvertrag"), unless a
    // separator of the file's name stands right before the whole run.
    if (bad || !known) continue;
    if (known_b != name_b) {
      name_b = known_b;
      words = words_from_known;
    }
    if (words < 2) continue;
    // What opens the name: a separator of the file's name, or the start of a value.
    if (name_b > 0) {
      const char c = text[name_b - 1];
      if (!(c == ' ' || c == '_' || c == '-' || c == '"' || c == '\'' || c == '/' || c == '(' || c == '\n' ||
            c == '\t' || c == '>')) {
        continue;
      }
    }
    // With '_' between the words the span keeps them ("James_Thompson"): what the file shows.
    Field field{name_b, dot, Entity::kPerson, kEmailNameScore};
    field.exact = true;
    fields.push_back(field);
  }
}

// The town before a state's abbreviation and its postal code, as Australian, American and
// Canadian addresses end ("Fitzroy VIC 3065", "Newtown NSW 2042", "Tacoma, WA 98101",
// "Toronto, ON M5V 2T6"), and the country's abbreviation after the code ("..., Washington
// 24040, USA"): places though the gazetteer knows neither the suburb nor "USA" as a word.
void StateCodeTowns(std::string_view text, std::vector<Field>& fields) {
  static constexpr std::string_view kAu[] = {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"};
  static constexpr std::string_view kUs[] = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
      "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
      "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
      "WI", "WY", "DC"};
  static constexpr std::string_view kCa[] = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"};
  auto in = [](std::string_view w, auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  for (std::size_t sp = text.find(' '); sp != std::string_view::npos && sp + 5 < text.size();
       sp = text.find(' ', sp + 1)) {
    const std::size_t i = sp + 1;  // a state's code opens after a space
    if (!IsUpperAscii(text[i]) || !IsUpperAscii(text[i + 1])) continue;
    std::size_t se = i + 2;
    while (se < text.size() && se - i < 3 && IsUpperAscii(text[se])) ++se;
    if (se >= text.size() || text[se] != ' ') continue;
    const std::string_view state = text.substr(i, se - i);
    // The code after the state: 4 digits (AU), 5 or 5+4 (US), "A1A 1A1" (CA).
    std::size_t ce = se + 1;
    std::size_t digits = 0;
    while (ce < text.size() && IsDigit(text[ce])) { ++ce; ++digits; }
    bool ok = false;
    if (digits == 4 && in(state, kAu)) ok = true;
    if (digits == 5 && in(state, kUs)) {
      ok = true;
      if (ce + 4 < text.size() && text[ce] == '-' && IsDigit(text[ce + 1]) && IsDigit(text[ce + 4])) ce += 5;
    }
    if (digits == 0 && in(state, kCa) && ce + 6 < text.size() && IsUpperAscii(text[ce]) && IsDigit(text[ce + 1]) &&
        IsUpperAscii(text[ce + 2]) && text[ce + 3] == ' ' && IsDigit(text[ce + 4]) && IsUpperAscii(text[ce + 5]) &&
        IsDigit(text[ce + 6])) {
      ok = true;
      ce += 7;
    }
    if (!ok) continue;
    if (ce < text.size() && (IsAlnum(text[ce]) || text[ce] == '_')) continue;
    // The town: 1-3 capitalised words before the state, after ", " or a line's start.
    std::size_t te = i - 1;
    if (te > 0 && text[te - 1] == ',') --te;
    std::size_t tb = te;
    int words = 0;
    while (words < 3 && tb > 0) {
      std::size_t wb = tb;
      while (wb > 0 && (IsAlpha(text[wb - 1]) || static_cast<unsigned char>(text[wb - 1]) >= 0x80 ||
                        text[wb - 1] == '-' || text[wb - 1] == '\'' || text[wb - 1] == '.')) {
        --wb;
      }
      if (wb == tb || !StartsWithCapital(text, wb)) break;
      ++words;
      tb = wb;
      // On to the word before when this one follows a word's last letter ("Port Melbourne").
      const unsigned char prev = tb >= 2 ? static_cast<unsigned char>(text[tb - 2]) : 0;
      if (tb < 2 || text[tb - 1] != ' ' || !((prev >= 'a' && prev <= 'z') || prev == '.' || prev >= 0x80)) break;
      --tb;
    }
    while (tb < te && text[tb] == ' ') ++tb;
    // What opens the town: a line's start (after indentation), ", " or a number (a street line
    // on the same line: "75 Smith Street, Fitzroy VIC 3065").
    std::size_t ob = tb;
    while (ob > 0 && text[ob - 1] == ' ') --ob;
    const bool opened = words > 0 && (ob == 0 || text[ob - 1] == '\n' || text[ob - 1] == ',' || text[ob - 1] == '\t' ||
                                      text[ob - 1] == '|' || text[ob - 1] == ';');
    if (opened) {
      char buf[24];
      std::string_view f;
      const std::string_view first = text.substr(tb, std::min<std::size_t>(te - tb, text.find(' ', tb) - tb));
      if (!(FoldNameWord(first, buf, f) && (IsOrganisationWord(f) || IsCalendarWord(f)))) {
        fields.push_back(Field{tb, te, Entity::kLocation, kEmailNameScore});
      }
    }
    // The country's abbreviation after the code.
    static constexpr std::string_view kCountries[] = {", USA", ", U.S.A.", ", US", ", Australia", ", Canada", ", AU", ", CA"};
    for (std::string_view c : kCountries) {
      if (text.compare(ce, c.size(), c) != 0) continue;
      const std::size_t after = ce + c.size();
      if (after < text.size() && (IsAlnum(text[after]) || text[after] == '_')) continue;
      fields.push_back(Field{ce + 2, after, Entity::kLocation, kEmailNameScore});
      break;
    }
  }
}

// An electronic signature as US forms and filings write it: "/s/ Yuqi Wang", "Signature: /s/
// Ana Clara Conceição": the capitalised words after "/s/" up to the line's end, a comma or a
// column gap.
void SlashSignatures(std::string_view text, std::vector<Field>& fields) {
  for (std::size_t at = text.find("/s/ "); at != std::string_view::npos; at = text.find("/s/ ", at + 4)) {
    if (at > 0 && (IsAlnum(text[at - 1]) || text[at - 1] == '/')) continue;
    std::size_t b = at + 4;
    while (b < text.size() && text[b] == ' ') ++b;
    std::size_t e = b;
    int words = 0;
    while (e < text.size() && words < 5) {
      if (!StartsWithCapital(text, e)) break;
      std::size_t we = e;
      while (we < text.size() && (IsAlpha(text[we]) || static_cast<unsigned char>(text[we]) >= 0x80 ||
                                  text[we] == '-' || text[we] == '\'' || text[we] == '.')) {
        ++we;
      }
      if (we == e) break;
      ++words;
      e = we;
      if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] != ' ') {
        if (!StartsWithCapital(text, e + 1)) break;
        ++e;
        continue;
      }
      break;
    }
    while (e > b && (text[e - 1] == '.' || text[e - 1] == ' ')) --e;
    if (words >= 2 && words <= 4) fields.push_back(Field{b, e, Entity::kPerson, kEmailNameScore});
  }
}

// --- the other mentions of a name found once -------------------------------------------------

// A letter of a word for the mention pass: an ASCII letter, or any code point past U+007F that
// is no punctuation or symbol of the common blocks (Latin-1 signs, General Punctuation, CJK
// punctuation, fullwidth forms' punctuation).
bool MentionLetter(char32_t cp) {
  if (cp < 0x80) return IsAlpha(static_cast<unsigned char>(cp));
  if (cp < 0xc0) return false;
  if (cp == 0xd7 || cp == 0xf7) return false;
  if (cp >= 0x2000 && cp <= 0x2bff) return false;
  if (cp >= 0x3000 && cp <= 0x303f) return false;
  if (cp >= 0xff00 && cp <= 0xff20) return false;
  return true;
}

// The word (letters, with '-' or '\'' inside) that starts at `b`: its end, or b.
std::size_t MentionWordEnd(std::string_view text, std::size_t b) {
  std::size_t e = b;
  while (e < text.size()) {
    if (IsAlpha(text[e])) {  // the common case, without decoding
      ++e;
      continue;
    }
    const auto [cp, len] = core::DecodeUtf8(text, e);
    if (len != 0 && MentionLetter(cp)) {
      e += len;
      continue;
    }
    if ((text[e] == '-' || text[e] == '\'') && e > b && e + 1 < text.size() &&
        (IsAlpha(text[e + 1]) || static_cast<unsigned char>(text[e + 1]) >= 0xc0)) {
      ++e;
      continue;
    }
    break;
  }
  // A possessive is not part of the name ("Imani's").
  if (e - b > 3 && text[e - 2] == '\'' && (text[e - 1] == 's' || text[e - 1] == 'S')) e -= 2;
  return e;
}

// The key a name's word is compared by: folded lower-case ASCII for Latin script, the bytes
// otherwise; empty when the word may not stand for a name alone (short, an everyday English
// word, a place, a title or an organisation's word).
std::string_view MentionKey(std::string_view word, char (&buf)[24]) {
  std::string_view f;
  if (FoldNameWord(word, buf, f)) {
    // Words for a person's role in the languages records are written in ("Kunde Haruto ...").
    static constexpr std::string_view kRoles[] = {
        "kunde", "kundin", "cliente", "klient", "klientin", "paciente", "paziente", "patientin",
        "senor", "senora", "senhor", "senhora", "signor", "signora", "monsieur", "madame",
        "mevrouw", "meneer", "pani", "pan", "gospodin", "mitarbeiter", "mitarbeiterin"};
    if (f.size() < 3 || IsDictionaryWord(f) || IsOrganisationWord(f) || IsTitleWord(f) ||
        IsRoleMailboxWord(f) || IsCalendarWord(f) ||
        std::find(std::begin(kRoles), std::end(kRoles), f) != std::end(kRoles)) {
      return {};
    }
    const std::uint16_t flags = GazetteerLookup(f);
    if ((flags & (kCity | kCountry | kRegion | kMajorCity | kCommonWord)) != 0) return {};
    return f;
  }
  std::size_t points = 0;
  for (std::size_t i = 0; i < word.size(); ++points) {
    const auto [cp, len] = core::DecodeUtf8(word, i);
    if (len == 0 || cp < 0x80) return {};  // mixed with ASCII: no name word
    i += len;
  }
  if (points < 2) return {};
  const std::uint16_t flags = NameFlags(word);
  if ((flags & (kCity | kCountry | kRegion | kMajorCity)) != 0 &&
      (flags & (kFirstName | kLastName | kAnyName)) == 0) {
    return {};
  }
  return word;
}

// A surname in a firm's name is the firm's ("Bradtke Group", "Crona - Spencer", "Kreiger &
// Wolff"): an organisation's word after the word at [b, after), or a dash or an ampersand
// joining it to another.
bool InFirmName(std::string_view text, std::size_t b, std::size_t after) {
  std::size_t n = after;
  while (n < text.size() && text[n] == ' ') ++n;
  const std::size_t ne = MentionWordEnd(text, n);
  char buf[24];
  std::string_view f;
  if (n > after && ne > n && FoldNameWord(text.substr(n, ne - n), buf, f) && IsOrganisationWord(f)) {
    return true;
  }
  // The joint stands between two words (not a chat export's "15:33 - NAME:").
  auto letter = [&](std::size_t at) {
    return at < text.size() && (IsAlpha(text[at]) || static_cast<unsigned char>(text[at]) >= 0xc0 ||
                                (static_cast<unsigned char>(text[at]) & 0xc0) == 0x80);
  };
  for (std::string_view joint : {std::string_view(" - "), std::string_view(" & ")}) {
    if ((text.compare(after, joint.size(), joint) == 0 && letter(after + joint.size())) ||
        (b > joint.size() && text.compare(b - joint.size(), joint.size(), joint) == 0 &&
         letter(b - joint.size() - 1))) {
      return true;
    }
  }
  return false;
}

// Every other mention of a word of a name found in the text is the person's too ("Odhiambo,
// Imani" heads an obituary; "Imani spent her twenties ..." below; "Sanna Virtanen: ..." as a
// chat's author, "kiitos sanna virtanen" in a message): words compared folded, whole words only
// (not inside an address, a path or an identifier), adjacent ones joined into one name.
void NameMentions(std::string_view text, const std::vector<Detection>& out, std::size_t first,
                  std::vector<Field>& fields) {
  // Each key, and whether it may match in lower case: only when its name was written all in
  // lower case (a chat's "kiitos sanna virtanen"); a capitalised name's word in lower case is a
  // login or a handle ("uid: ikechukwu", "[02:42] wojciech:"), and its lower-case particles
  // ("van der Berg") no word of the name.
  std::vector<std::pair<std::string, bool>> keys;
  std::bitset<256 * 32> shapes;  // (first byte, byte length) of the keys' words, a cheap pre-test
  auto shape = [](std::string_view word) {
    const auto c = static_cast<unsigned char>(word[0]);
    return static_cast<std::size_t>(IsAlpha(c) ? (c | 0x20) : c) * 32 + std::min<std::size_t>(word.size(), 31);
  };
  auto starts_lower = [&](std::size_t at) {
    const auto [cp, len] = core::DecodeUtf8(text, at);
    return len != 0 && IsNameLetter(cp) && !IsNameCapital(cp);
  };
  auto find_key = [&](std::string_view key) {
    return std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
  };
  for (std::size_t d = first; d < out.size() && keys.size() < 256; ++d) {
    if (out[d].entity != EntityName(Entity::kPerson)) continue;
    bool capitalised = false;
    for (std::size_t k = out[d].begin; k < out[d].end; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      if ((k == out[d].begin || text[k - 1] == ' ') && (IsAlpha(c) || c >= 0xc0) && !starts_lower(k))
        capitalised = true;
    }
    for (std::size_t k = out[d].begin; k < out[d].end;) {
      const std::size_t e = std::min(MentionWordEnd(text, k), out[d].end);
      if (e == k) {
        ++k;
        continue;
      }
      const std::string_view word = text.substr(k, e - k);
      const bool lower = starts_lower(k);
      char buf[24];
      const std::string_view key = (lower && capitalised) ? std::string_view() : MentionKey(word, buf);
      if (!key.empty()) {
        const auto it = find_key(key);
        if (it == keys.end()) {
          keys.emplace_back(std::string(key), lower);
        } else {
          it->second = it->second || lower;
        }
        shapes.set(shape(word));
      }
      k = e;
    }
  }
  if (keys.empty()) return;
  std::size_t run_b = 0;
  std::size_t run_e = 0;  // the run of matched words being joined
  auto flush = [&]() {
    if (run_e > run_b) fields.push_back(Field{run_b, run_e, Entity::kPerson, kEmailNameScore});
    run_e = run_b = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!IsAlpha(c) && c < 0xc0) {
      ++i;
      continue;
    }
    const std::size_t e = MentionWordEnd(text, i);
    if (e == i) {
      ++i;
      continue;
    }
    bool matched = false;
    if (shapes.test(shape(text.substr(i, e - i)))) {
      // Whole words only: not glued to a token before or after ("x_ana", "ana@", "ana.b/").
      bool whole = true;
      if (i > 0) {
        char32_t cp;
        std::size_t p;
        const unsigned char b = text[i - 1];
        // A chat's mention of a capitalised name ("@Ville Kiitos", "@Federico Scusa"), the '@'
        // opening a word, is the person; "ana@", "x@ana" and a lower-case handle are not.
        const bool mention = b == '@' && !starts_lower(i) &&
                             (i == 1 || text[i - 2] == ' ' || text[i - 2] == '\n' ||
                              text[i - 2] == '"' || text[i - 2] == '(' || text[i - 2] == '\t');
        whole = !(IsDigit(b) || b == '_' || (b == '@' && !mention) || b == '/' || b == '.' || b == '-' ||
                  b == '#' || b == '$' || b == '\\') &&
                !(CodePointBefore(text, i, 0, cp, p) && cp >= 0x80 && MentionLetter(cp));
      }
      std::size_t after = e;
      if (after + 1 < text.size() && text[after] == '\'' && (text[after + 1] | 0x20) == 's') {
        after += 2;  // a possessive ("Odhiambo's")
      }
      if (whole && after < text.size()) {
        const unsigned char a = text[after];
        whole = !(IsAlnum(a) || a == '_' || a == '@' || a == '/' ||
                  (a == '.' && after + 1 < text.size() && IsAlnum(text[after + 1])));
      }
      if (whole) {
        char buf[24];
        const std::string_view key = MentionKey(text.substr(i, e - i), buf);
        const auto it = key.empty() ? keys.end() : find_key(key);
        matched = it != keys.end() && (it->second || !starts_lower(i)) && !InFirmName(text, i, after);
      }
    }
    if (matched) {
      if (run_e > run_b && i == run_e + 1 && text[run_e] == ' ') {
        run_e = e;
      } else {
        flush();
        run_b = i;
        run_e = e;
      }
    } else {
      flush();
    }
    i = e;
  }
  flush();
}

// --- a news item's dateline ------------------------------------------------------------------------

// The place a news item or a letter is dated from, at a line's start: 1-4 capitalised words, a
// comma, a date with a digit, then a dash ("Hay-on-Wye, July 23, 2025 — ...", "Поділ, 14
// листопада 2022 р. — ...", "Fjällbacka, 24 augusti 2025 – ...").
void Datelines(std::string_view text, std::vector<Field>& fields) {
  for (std::size_t ls = 0; ls < text.size();) {
    const std::size_t le = LineEndOf(text, ls);
    const std::size_t comma = text.substr(ls, std::min<std::size_t>(le - ls, 80)).find(", ");
    if (comma != std::string_view::npos && comma > 0 && StartsWithCapital(text, ls)) {
      const std::size_t place_end = ls + comma;
      // The place: 1-4 words, each opening with a capital (or a lower-case particle between:
      // "Hay-on-Wye", "Juazeiro do Norte"), no digit.
      bool ok = true;
      int words = 0;
      for (std::size_t w = ls; w < place_end && ok;) {
        std::size_t e = text.find(' ', w);
        if (e == std::string_view::npos || e > place_end) e = place_end;
        ++words;
        for (std::size_t k = w; k < e; ++k) {
          const char c = text[k];
          ok = ok && !IsDigit(static_cast<unsigned char>(c)) && c != '(' && c != ')' && c != ':' &&
               c != '#' && c != '/' && c != '@' && c != '[' && c != '*' && c != '_' && c != '=';
        }
        w = e + 1;
      }
      ok = ok && words <= 4;
      // The date and the dash within 40 bytes after the comma.
      const std::size_t rest_b = place_end + 2;
      const std::string_view rest = text.substr(rest_b, std::min<std::size_t>(le - rest_b, 48));
      std::size_t dash = rest.find(" \xe2\x80\x94 ");            // —
      if (dash == std::string_view::npos) dash = rest.find(" \xe2\x80\x93 ");  // –
      bool digit = false;
      if (dash != std::string_view::npos) {
        for (std::size_t k = 0; k < dash; ++k) digit = digit || IsDigit(static_cast<unsigned char>(rest[k]));
      }
      if (ok && digit && dash >= 4) {
        char buf[24];
        std::string_view f;
        const std::string_view first = text.substr(ls, std::min(place_end, text.find(' ', ls)) - ls);
        const bool org = FoldNameWord(first, buf, f) && (IsOrganisationWord(f) || IsTitleWord(f));
        if (!org) fields.push_back(Field{ls, place_end, Entity::kLocation, kRecordScore});
      }
    }
    ls = le + 1;
  }
}

// --- a delimited row's quoted "Family, Given" cell ------------------------------------------------

// A name written family name first in a quoted cell of a delimited row ("...,\"Castañeda,
// Citlali\",233-42-0800,..."), as payroll and CRM exports write it: 1-3 capitalised words, a
// comma, 1-3 more (a trailing initial allowed), no digit; one of them a given or family name of
// the gazetteer, none an organisation's word and none only a place ("Springfield, Illinois").
bool InvertedNameCell(std::string_view cell) {
  const std::size_t comma = cell.find(", ");
  if (comma == std::string_view::npos || comma == 0 ||
      cell.find(',', comma + 1) != std::string_view::npos || cell.find('\n') != std::string_view::npos) {
    return false;
  }
  bool known = false;
  int words[2] = {0, 0};
  int places = 0;  // words that are also towns
  for (int part = 0; part < 2; ++part) {
    std::string_view rest = part == 0 ? cell.substr(0, comma) : cell.substr(comma + 2);
    while (!rest.empty()) {
      const std::size_t sp = rest.find(' ');
      const std::string_view word = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      if (word.empty() || ++words[part] > 3) return false;
      for (char c : word) {
        if (IsDigit(static_cast<unsigned char>(c))) return false;
      }
      if (!StartsWithCapital(word, 0)) return false;
      // A trailing initial ("Menon, Sanjay K.").
      if (part == 1 && word.size() == 2 && word[1] == '.' && words[1] > 1) continue;
      char buf[24];
      std::string_view f;
      if (FoldNameWord(word, buf, f) && (IsOrganisationWord(f) || IsTitleWord(f))) return false;
      const std::uint16_t flags = NameFlags(word);
      const bool name = (flags & (kFirstName | kLastName | kAnyName)) != 0;
      if (!name && (flags & (kCity | kCountry | kRegion | kMajorCity)) != 0) return false;
      // A town then its state or country ("Springfield, Illinois", "Jackson, Mississippi").
      if (part == 1 && (flags & (kCountry | kRegion)) != 0) return false;
      places += (flags & (kCity | kMajorCity)) != 0 ? 1 : 0;
      known = known || (name && (flags & kCommonWord) == 0 && (flags & (kCountry | kRegion)) == 0);
    }
  }
  return known && words[0] >= 1 && words[1] >= 1 && places < words[0] + words[1];
}

void QuotedInvertedNames(std::string_view text, std::vector<Field>& fields) {
  // Quoted cells of a delimited row.
  for (std::size_t q = text.find('"'); q != std::string_view::npos; q = text.find('"', q + 1)) {
    if (q > 0 && text[q - 1] != ',' && text[q - 1] != '\t' && text[q - 1] != ';' &&
        text[q - 1] != '|' && text[q - 1] != '\n') {
      continue;
    }
    const std::size_t close = text.find('"', q + 1);
    if (close == std::string_view::npos || close - q > 80) continue;
    const std::size_t after = close + 1;
    if (after < text.size() && text[after] != ',' && text[after] != '\t' && text[after] != ';' &&
        text[after] != '|' && text[after] != '\n' && text[after] != '\r') {
      continue;
    }
    if (InvertedNameCell(text.substr(q + 1, close - q - 1))) {
      fields.push_back(Field{q + 1, close, Entity::kPerson, kRecordScore});
    }
    q = close;
  }
  // Cells of a table printed with aligned columns ("7554671   Reyes, Kristine   adderall"), or
  // a field's value ending at such a gap ("Patient: Banerjee, Pooja   NHS No: ..."): between a
  // line's start, a tab, two or more spaces or ": " and a tab, two or more spaces or the line's
  // end.
  for (std::size_t c = text.find(", "); c != std::string_view::npos; c = text.find(", ", c + 2)) {
    std::size_t b = c;
    while (b > 0 && c - b < 60 && text[b - 1] != '\n' && text[b - 1] != '\t' &&
           !(text[b - 1] == ' ' && b >= 2 && (text[b - 2] == ' ' || text[b - 2] == ':')) &&
           text[b - 1] != '"' && text[b - 1] != ',') {
      --b;
    }
    if (c - b >= 60 || b == c) continue;
    if (b > 0 && text[b - 1] != '\n' && text[b - 1] != '\t' && text[b - 1] != ' ') continue;
    std::size_t e = c + 2;
    while (e < text.size() && e - c < 60 && text[e] != '\n' && text[e] != '\r' && text[e] != '\t' &&
           !(text[e] == ' ' && e + 1 < text.size() && text[e + 1] == ' ') && text[e] != '"' &&
           text[e] != ',') {
      ++e;
    }
    if (e - c >= 60 || e == c + 2) continue;
    // Aligned: a gap on at least one side (a lone "X, Y" in a sentence is prose).
    const bool gap_before = b == 0 || text[b - 1] == '\t' ||
                            (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ' ');
    const bool gap_after = e < text.size() && (text[e] == '\t' || text[e] == ' ');
    const bool line_start = b == 0 || text[b - 1] == '\n';
    if (!((gap_before && gap_after) || (line_start && gap_after) ||
          (b >= 2 && text[b - 2] == ':' && gap_after))) {
      continue;
    }
    if (InvertedNameCell(text.substr(b, e - b))) {
      fields.push_back(Field{b, e, Entity::kPerson, kRecordScore});
    }
  }
}

// --- columns of a delimited table --------------------------------------------------------------

// The delimiters a table's row may use.
bool IsDelimiter(char c) { return c == ',' || c == '\t' || c == ';' || c == '|'; }

// The number of `delim` in text[b, e) outside double quotes (and outside single quotes on an
// SQL tuple's line, which opens with '(').
// The delimiter ' ' stands for a run of two or more spaces between cells (a table printed with
// aligned columns: a bank statement, a CLI's listing), not counting the line's indentation.
int CountDelimiters(std::string_view text, std::size_t b, std::size_t e, char delim) {
  if (delim == ' ') {
    int n = 0;
    std::size_t k = b;
    while (k < e && text[k] == ' ') ++k;
    while (k < e) {
      if (text[k] == ' ' && k + 1 < e && text[k + 1] == ' ') {
        while (k < e && text[k] == ' ') ++k;
        n += k < e && text[k] != '\r';
      } else {
        ++k;
      }
    }
    return n;
  }
  const char quote2 = b < e && text[b] == '(' ? '\'' : '"';
  bool quoted = false;
  int n = 0;
  for (std::size_t k = b; k < e; ++k) {
    const char c = text[k];
    if (c == '"' || c == quote2) {
      quoted = !quoted;
    } else if (c == delim && !quoted) {
      ++n;
    }
  }
  return n;
}

// A cell's content: text[b, e) without spaces, a carriage return and the quotes around it.
void TrimCell(std::string_view text, std::size_t& b, std::size_t& e) {
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '(')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
                   text[e - 1] == ')'))
    --e;
  if (e - b >= 2 && (text[b] == '"' || text[b] == '\'') && text[e - 1] == text[b]) {
    ++b;
    --e;
    return;
  }
  // A row printed inside a JSON string (a notebook's saved output: "0  Ana Ruiz  Lima\n",):
  // the string's quote opens the first cell and its escaped line break, quote and comma close
  // the last.
  if (e > b && text[e - 1] == ',' && e - b >= 2 && text[e - 2] == '"') --e;
  if (e > b && text[e - 1] == '"' && text[b] != '"') --e;
  if (e - b >= 2 && text[e - 2] == '\\' && (text[e - 1] == 'n' || text[e - 1] == 'r')) e -= 2;
  if (e > b && text[b] == '"' && std::find(text.begin() + static_cast<std::ptrdiff_t>(b) + 1,
                                            text.begin() + static_cast<std::ptrdiff_t>(e), '"') ==
                                      text.begin() + static_cast<std::ptrdiff_t>(e)) {
    ++b;
  }
}

// A cell that may hold a name or a place: letters, at most four words, no digit and none of
// the characters of identifiers, paths, addresses or markup.
bool NameShapedCell(std::string_view text, std::size_t b, std::size_t e) {
  if (e - b < 2 || e - b > 60) return false;
  int spaces = 0;
  bool letter = false;
  for (std::size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    if (IsDigit(c) || c == '@' || c == '/' || c == ':' || c == '=' || c == '_' || c == '(' ||
        c == '<' || c == '{' || c == '[' || c == '#' || c == '$' || c == '%' || c == '*' ||
        c == '\\' || c == '"') {
      return false;
    }
    if (c == ' ') ++spaces;
    letter = letter || IsAlpha(c) || c >= 0x80;
  }
  return letter && spaces <= 3;
}

// No organisation's word in the cell ("Initech SARL", "Hooli Cloud"), and for a person one
// word that is no everyday English word or is a known name ("test user" is a placeholder).
bool PlausibleCell(std::string_view text, std::size_t b, std::size_t e, Entity entity) {
  // Words of a trade that name a firm ("Contoso Health", "Pampas Agro").
  static constexpr std::string_view kTradeWords[] = {
      "health", "healthcare", "clinic", "clinics", "dental", "agro", "foods", "logistics",
      "freight", "maritime", "insurance", "legal", "hotels", "outfitters", "travel", "fintech",
      "retail", "analytics", "pharma", "motors", "energy", "capital", "partners", "consulting",
      "media", "studio", "studios", "airlines", "airways", "trading", "industries",
      "enterprises", "ventures", "sarl", "traders", "test", "demo", "sample", "unknown", "none",
      "null"};
  bool named = entity != Entity::kPerson;
  for (std::size_t k = b; k < e;) {
    std::size_t j = k;
    while (j < e && text[j] != ' ' && text[j] != ',') ++j;
    const std::string_view word = text.substr(k, j - k);
    // A company's legal form after its name: "Fjordline AS", "Pampas Agro S.A.", "S.p.A.".
    if (entity == Entity::kPerson && k > b && word.size() >= 2 && word.size() <= 6 &&
        (std::count(word.begin(), word.end(), '.') >= 2 ||
         (word.size() <= 3 && std::all_of(word.begin(), word.end(), [](char c) {
            return c >= 'A' && c <= 'Z';
          })))) {
      return false;
    }
    char buf[24];
    std::string_view f;
    if (FoldNameWord(word, buf, f)) {
      if (IsOrganisationWord(f) ||
          std::find(std::begin(kTradeWords), std::end(kTradeWords), f) != std::end(kTradeWords)) {
        return false;
      }
      named = named || !IsDictionaryWord(f) ||
              (GazetteerLookup(f) & (kFirstName | kLastName | kAnyName)) != 0;
    } else {
      named = true;  // another script
    }
    k = j;
    while (k < e && (text[k] == ' ' || text[k] == ',')) ++k;
  }
  return named;
}

// A cell of a column of places may hold a street line ("Kerkstraat 187 A", "C/ Mayor 78",
// "江汉区长安街48号"): letters (a word of 3+ letters, or a letter outside ASCII) and digits,
// none of the characters of identifiers, paths, addresses or markup, at most 100 bytes.
bool AddressShapedCell(std::string_view text, std::size_t b, std::size_t e) {
  if (e - b < 3 || e - b > 100) return false;
  std::size_t run = 0;
  bool word = false;
  for (std::size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    // ':' only between a letter and a number, as Turkish addresses write "No:76 D:23".
    const bool numbered_colon = c == ':' && k > b && IsAlpha(static_cast<unsigned char>(text[k - 1])) &&
                                k + 1 < e && IsDigit(static_cast<unsigned char>(text[k + 1]));
    if (c == '@' || c == '=' || c == '_' || c == '<' || c == '{' || c == '[' || c == '$' ||
        c == '%' || c == '*' || c == '\\' || c == '|' || (c == ':' && !numbered_colon)) {
      return false;
    }
    run = IsAlpha(c) ? run + 1 : 0;
    word = word || run >= 3 || c >= 0x80;
  }
  // A token of 12+ ASCII bytes with a digit is an identifier ("0c860b79-503c-..."); one with
  // letters of another script is a street line written without spaces ("住吉1丁目22-15").
  for (std::size_t k = b; k < e;) {
    std::size_t t = k;
    bool digit = false, ascii = true;
    for (; t < e && text[t] != ' '; ++t) {
      digit = digit || IsDigit(static_cast<unsigned char>(text[t]));
      ascii = ascii && static_cast<unsigned char>(text[t]) < 0x80;
    }
    if (digit && ascii && t - k >= 12) return false;
    k = t + 1;
  }
  return word;
}

struct Cell {
  std::size_t begin;
  std::size_t end;
};

// Splits the row text[b, e) into its trimmed cells.
int SplitRow(std::string_view text, std::size_t b, std::size_t e, char delim, Cell* cells,
             int max) {
  if (delim == ' ') {
    int n = 0;
    std::size_t k = b;
    while (k < e && text[k] == ' ') ++k;
    while (k < e && n < max) {
      std::size_t c = k;
      while (k < e && !(text[k] == ' ' && k + 1 < e && text[k + 1] == ' ')) ++k;
      Cell cell{c, k};
      TrimCell(text, cell.begin, cell.end);
      cells[n++] = cell;
      while (k < e && text[k] == ' ') ++k;
    }
    return n;
  }
  const char quote2 = b < e && text[b] == '(' ? '\'' : '"';
  bool quoted = false;
  int n = 0;
  std::size_t c = b;
  for (std::size_t k = b; k <= e && n < max; ++k) {
    if (k < e && (text[k] == '"' || text[k] == quote2)) {
      quoted = !quoted;
      continue;
    }
    if (k < e && (text[k] != delim || quoted)) continue;
    Cell cell{c, k};
    TrimCell(text, cell.begin, cell.end);
    cells[n++] = cell;
    c = k + 1;
  }
  return n;
}

// The detection that covers exactly text[b, e) among out[first, ...), or null.
const Detection* WholeCellDetection(const std::vector<Detection>& out, std::size_t first,
                                    std::size_t b, std::size_t e) {
  const auto it = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                       [&](const Detection& x) { return x.end <= b; });
  if (it == out.end() || it->begin != b || it->end != e) return nullptr;
  return &*it;
}

constexpr int kMaxColumns = 48;


// The entity a table's header cell names for a column of numbers ("acct_no", "bank account",
// "passport_no", "dl_number"), or nothing. Headers about the number (its state, expiry, type)
// or naming an id ("account_id") name nothing.
std::optional<Entity> HeaderNumberEntity(std::string_view header) {
  std::string words[8];
  int n = 0;
  std::string word;
  for (std::size_t i = 0; i <= header.size() && n < 8; ++i) {
    const char c = i < header.size() ? header[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      word += static_cast<char>(c | 0x20);
    } else if (!word.empty()) {
      words[n++] = std::move(word);
      word.clear();
    }
  }
  auto has = [&](std::initializer_list<std::string_view> list) {
    for (int k = 0; k < n; ++k) {
      for (std::string_view w : list) {
        if (words[k] == w) return true;
      }
    }
    return false;
  };
  if (has({"id", "name", "type", "holder", "owner", "manager", "status", "state", "class",
           "country", "expiry", "expires", "exp", "expiration", "issued", "issue", "date",
           "nationality", "plate", "key", "routing", "aba", "iban", "swift", "bic", "aws",
           "customer", "user", "email", "tier", "balance", "currency", "opened", "closed"})) {
    return std::nullopt;
  }
  if (has({"passport", "passportno", "passport_no"})) return Entity::kUsPassport;
  if (has({"dl", "dln", "driver", "drivers", "driving", "dlnumber", "dlno"})) {
    return Entity::kUsDriverLicense;
  }
  if (has({"acct", "account", "acctno", "accountno", "konto", "cuenta", "compte", "bankaccount",
           "accountnumber", "acctnum"})) {
    return Entity::kUsBankNumber;
  }
  return std::nullopt;
}

// Whether a cell under such a header has the number's shape: an account's 6-17 digits, a US
// passport's 9 digits or letter and 8 digits, a licence's 4+ digits among letters, spaces and
// dashes (the states' many formats).
bool NumberCellShaped(std::string_view cell, Entity entity) {
  if (cell.empty() || cell.size() > 24) return false;
  int digits = 0, letters = 0;
  for (char c : cell) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != ' ' && c != '-') {
      return false;
    }
  }
  switch (entity) {
    case Entity::kUsBankNumber:
      return letters == 0 && digits == static_cast<int>(cell.size()) && digits >= 6 && digits <= 17;
    case Entity::kUsPassport:
      return cell.size() == 9 && (digits == 9 || (digits == 8 && letters == 1 && cell[0] >= 'A'));
    case Entity::kUsDriverLicense:
      return digits >= 4 && digits + letters >= 5 && letters <= 4 && cell.front() != '-' &&
             cell.back() != '-' && cell.back() != ' ';
    default:
      return false;
  }
}

// A line of a printed table's rules: dashes or '=' with '+', '|', ':' and spaces
// ("---------+--------", "+----+-----+", "|---|:---|").
bool RuleLine(std::string_view text, std::size_t b, std::size_t e) {
  bool dash = false;
  for (std::size_t k = b; k < e; ++k) {
    const char c = text[k];
    if (c == '-' || c == '=') {
      dash = true;
    } else if (c != '+' && c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return dash;
}

// Whether a detection among out[first, ...) starts in text[b, e).
bool RowHasDetection(const std::vector<Detection>& out, std::size_t first, std::size_t b,
                     std::size_t e) {
  const auto it = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                       [&](const Detection& x) { return x.end <= b; });
  return it != out.end() && it->begin < e;
}

// A cell that holds no one and nowhere: a total, a placeholder, a mode of work ("Remote").
bool PlaceholderCell(std::string_view cell) {
  // One character repeated: "xxxx", "XXX", "...".
  if (cell.size() >= 2 && cell.find_first_not_of(cell[0]) == std::string_view::npos) return true;
  char buf[24];
  std::string_view f;
  if (cell.find(' ') != std::string_view::npos || !FoldNameWord(cell, buf, f)) return false;
  static constexpr std::string_view kWords[] = {
      "total", "totals", "subtotal", "sum", "average", "avg", "mean", "all", "other", "others",
      "various", "multiple", "unknown", "none", "null", "nil", "na", "tbd", "tba", "tbc",
      "pending", "remote", "online", "virtual", "hybrid", "worldwide", "global", "anywhere",
      "same", "redacted", "withheld", "hidden", "anonymous", "anon", "vacant", "unassigned",
      "nobody", "self", "system", "admin", "default", "abroad", "overseas", "domestic",
      "international", "local", "onsite", "hq", "headquarters", "yes", "no", "true", "false",
      "gesamt", "summe", "otros", "autres", "altro", "inconnu", "desconocido"};
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// A table read from a text: its header (the names of its columns, may be empty) and its data
// rows, each a span of the text and one cell per column (an empty cell is {0, 0}).
struct Table {
  std::vector<std::string_view> header;
  std::vector<Cell> cells;                             // row-major, `columns` per row
  std::vector<std::pair<std::size_t, std::size_t>> rows;  // each row's span of the text
  std::size_t columns = 0;
};

// A cell that is a place the gazetteer knows (a city, a major city, a region or a country), one
// or two capitalised words, and no everyday English word; no given name either unless the slot
// itself says a town stands there (`given_names_ok`: "Hobart" on a card payment's line).
bool GazetteerPlaceCell(std::string_view v, bool given_names_ok = false) {
  if (v.empty() || v.size() > 40) return false;
  std::string key;
  std::size_t words = 0;
  for (std::size_t k = 0; k < v.size();) {
    std::size_t j = k;
    while (j < v.size() && v[j] != ' ') ++j;
    const auto [cp, len] = core::DecodeUtf8(v, k);
    if (!(cp < 0x80 ? IsUpperAscii(static_cast<unsigned char>(cp)) : IsNameCapital(cp))) return false;
    char buf[24];
    std::string_view folded;
    if (!FoldNameWord(v.substr(k, j - k), buf, folded) || ++words > 2) return false;
    if (!key.empty()) key += ' ';
    key += folded;
    k = j + 1;
  }
  const std::uint16_t flags = GazetteerLookup(key);
  return (flags & (kCity | kMajorCity | kRegion | kCountry)) != 0 &&
         (flags & kCommonWord) == 0 && (given_names_ok || (flags & kFirstName) == 0);
}

// Labels the cells of a table's columns:
//   - a column where most filled cells are whole PERSON (or LOCATION) detections: its other
//     name-shaped cells on rows where something was found are too (a first name alone, a name
//     in another script, a name read as a town, a village the gazetteer lacks);
//   - a column whose header names people or places ("ship_city", "Soyad", "氏名",
//     column_headers.h): its shaped cells, when the header is strong, or weak ("name",
//     "location") with a fifth of the column found whole as that entity;
//   - a column whose header names an account, passport or driver's licence number: its cells
//     of that shape.
void LabelTable(std::string_view text, const std::vector<Detection>& out, std::size_t first,
                const Table& t, std::vector<Field>& fields) {
  const std::size_t columns = std::min<std::size_t>(t.columns, kMaxColumns);
  int filled[kMaxColumns] = {};
  int persons[kMaxColumns] = {};
  int places[kMaxColumns] = {};
  auto cell = [&](std::size_t r, std::size_t c) -> const Cell& { return t.cells[r * t.columns + c]; };
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell& x = cell(r, c);
      if (x.end == x.begin) continue;
      ++filled[c];
      if (const Detection* d = WholeCellDetection(out, first, x.begin, x.end)) {
        persons[c] += d->entity == EntityName(Entity::kPerson);
        places[c] += d->entity == EntityName(Entity::kLocation);
      } else if (GazetteerPlaceCell(text.substr(x.begin, x.end - x.begin))) {
        // A town the gazetteer knows, alone in its cell: no recognizer reads it without context
        // ("Limerick" at the end of a data frame's row), but it tells what the column holds.
        ++places[c];
      }
    }
  }
  std::optional<HeaderName> text_named[kMaxColumns];
  std::optional<Entity> number_named[kMaxColumns];
  for (std::size_t c = 0; c < columns && c < t.header.size(); ++c) {
    number_named[c] = HeaderNumberEntity(t.header[c]);
    text_named[c] = ColumnHeaderEntity(t.header[c]);
  }
  // A weak header ("name", "owner", "location") counts with a fifth of its filled cells found
  // whole as its entity, and a generic "name" only when no other column names people (a
  // vendor list's "name" beside its "contact").
  bool person_column = false;
  for (std::size_t c = 0; c < columns; ++c) {
    person_column = person_column || (text_named[c] && text_named[c]->entity == Entity::kPerson &&
                                      !IsGenericNameHeader(t.header[c]));
  }
  for (std::size_t c = 0; c < columns; ++c) {
    if (!text_named[c] || text_named[c]->strong) continue;
    const int found = text_named[c]->entity == Entity::kPerson ? persons[c] : places[c];
    if (found == 0 || found * 5 < filled[c] ||
        (person_column && IsGenericNameHeader(t.header[c]))) {
      text_named[c].reset();
    }
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    // A row where nothing was found is a second header or a row of nothing personal: only the
    // columns its header names are read there.
    const bool found_in_row = RowHasDetection(out, first, t.rows[r].first, t.rows[r].second);
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell& x = cell(r, c);
      if (x.end == x.begin) continue;
      if (number_named[c]) {
        if (NumberCellShaped(text.substr(x.begin, x.end - x.begin), *number_named[c])) {
          Field f{x.begin, x.end, *number_named[c], kRecordScore};
          f.numbered = true;
          fields.push_back(f);
        }
        continue;
      }
      Entity entity;
      if (found_in_row && persons[c] >= 2 && persons[c] * 3 >= filled[c] &&
          persons[c] > 2 * places[c]) {
        entity = Entity::kPerson;
      } else if (found_in_row && places[c] >= 2 && places[c] * 3 >= filled[c] &&
                 places[c] > 2 * persons[c]) {
        entity = Entity::kLocation;
      } else if (text_named[c]) {
        entity = text_named[c]->entity;
      } else {
        continue;
      }
      const bool shaped = entity == Entity::kPerson ? NameShapedCell(text, x.begin, x.end)
                                                    : AddressShapedCell(text, x.begin, x.end);
      if (!shaped || !PlausibleCell(text, x.begin, x.end, entity) ||
          PlaceholderCell(text.substr(x.begin, x.end - x.begin))) {
        continue;
      }
      fields.push_back(Field{x.begin, x.end, entity, kRecordScore});
    }
  }
}

// The tables printed as delimited or aligned text around the detections: a block of 3+ rows
// with one count of one delimiter (',', '\t', ';', '|', or a gap of 2+ spaces), 3+ columns.
// The header is a row printed above a rule line ("name | city" over "-----+-----", as psql and
// mysql print a result), else the block's first row when it has no digit or nothing was found
// in it (a command that printed the table may stand above it: the second row then, when the
// first has a digit and the second none).
void ColumnFields(std::string_view text, const std::vector<Detection>& out, std::size_t first,
                  std::vector<Field>& fields) {
  std::size_t done = 0;  // the end of the last table examined
  Table table;
  Cell cells[kMaxColumns];
  for (std::size_t d = first; d < out.size(); ++d) {
    const Detection& seed = out[d];
    if (seed.begin < done) continue;
    // A table is found from a name, a place, an e-mail address or a phone in one of its cells.
    if (seed.entity != EntityName(Entity::kPerson) && seed.entity != EntityName(Entity::kLocation) &&
        seed.entity != EntityName(Entity::kEmailAddress) &&
        seed.entity != EntityName(Entity::kPhoneNumber)) {
      continue;
    }
    // The delimiter right after the cell (past a quote), or before it.
    std::size_t a = seed.end;
    while (a < text.size() && (text[a] == '"' || text[a] == '\'' || text[a] == ' ')) ++a;
    std::size_t p = seed.begin;
    while (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\'' || text[p - 1] == ' ')) --p;
    std::size_t indent = seed.begin;  // spaces before it; not a delimiter when they indent
    while (indent > 0 && text[indent - 1] == ' ') --indent;
    char delim = 0;
    if (a < text.size() && IsDelimiter(text[a])) {
      delim = text[a];
    } else if (p > 0 && IsDelimiter(text[p - 1])) {
      delim = text[p - 1];
    } else if ((seed.end + 1 < text.size() && text[seed.end] == ' ' && text[seed.end + 1] == ' ') ||
               (seed.begin - indent >= 2 && indent > 0 && text[indent - 1] != '\n')) {
      delim = ' ';
    } else {
      continue;
    }
    const std::size_t ls = LineStartOf(text, seed.begin);
    const std::size_t le = LineEndOf(text, seed.end);
    const int count = CountDelimiters(text, ls, le, delim);
    if (count < 2 || count >= kMaxColumns) continue;
    // The block of rows around it with as many delimiters.
    std::size_t top = ls;
    int rows = 1;
    while (top > 0 && rows < 400) {
      const std::size_t prev = LineStartOf(text, top - 1);
      if (CountDelimiters(text, prev, top - 1, delim) != count) break;
      top = prev;
      ++rows;
    }
    std::size_t bottom = le;
    while (bottom < text.size() && rows < 800) {
      const std::size_t next_end = LineEndOf(text, bottom + 1);
      if (CountDelimiters(text, bottom + 1, next_end, delim) != count) break;
      bottom = next_end;
      ++rows;
    }
    done = bottom;
    std::size_t header_row = std::string_view::npos;
    if (top > 0) {
      const std::size_t rule = LineStartOf(text, top - 1);
      if (rule > 0 && RuleLine(text, rule, top - 1)) {
        const std::size_t h = LineStartOf(text, rule - 1);
        if (CountDelimiters(text, h, rule - 1, delim) == count) header_row = h;
      }
    }
    if (rows + (header_row != std::string_view::npos ? 1 : 0) < 3) continue;
    auto digitless = [&](std::size_t b, std::size_t e) {
      return std::none_of(text.begin() + static_cast<std::ptrdiff_t>(b),
                          text.begin() + static_cast<std::ptrdiff_t>(e),
                          [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    };
    std::size_t head = top;
    if (!digitless(top, LineEndOf(text, top)) && LineEndOf(text, top) + 1 < bottom &&
        digitless(LineEndOf(text, top) + 1, LineEndOf(text, LineEndOf(text, top) + 1))) {
      head = LineEndOf(text, top) + 1;
    }
    if (header_row == std::string_view::npos &&
        (digitless(head, LineEndOf(text, head)) ||
         !RowHasDetection(out, first, head, LineEndOf(text, head)))) {
      header_row = head;
    }
    // A data frame's header sits indented over its index column, one cell short
    // ("      full_name   email   city" over "0   Ana Ruiz   ana@...   Lima").
    bool indexed_header = false;
    if (header_row == std::string_view::npos && delim == ' ' && top > 0) {
      const std::size_t h = LineStartOf(text, top - 1);
      if (top - 1 - h >= 2 && text[h] == ' ' && text[h + 1] == ' ' &&
          CountDelimiters(text, h, top - 1, delim) == count - 1 &&
          IsDigit(static_cast<unsigned char>(text[top]))) {
        header_row = h;
        indexed_header = true;
      }
    }
    table.header.clear();
    if (indexed_header) table.header.emplace_back();
    table.cells.clear();
    table.rows.clear();
    table.columns = static_cast<std::size_t>(count) + 1;
    if (header_row != std::string_view::npos) {
      const int hn = SplitRow(text, header_row, LineEndOf(text, header_row), delim, cells,
                              kMaxColumns);
      for (int c = 0; c < hn; ++c) {
        table.header.push_back(text.substr(cells[c].begin, cells[c].end - cells[c].begin));
      }
    }
    for (std::size_t r = head; r < bottom; r = LineEndOf(text, r) + 1) {
      const std::size_t re = LineEndOf(text, r);
      if (r == header_row) continue;
      const int n = SplitRow(text, r, re, delim, cells, kMaxColumns);
      table.rows.emplace_back(r, re);
      for (std::size_t c = 0; c < table.columns; ++c) {
        table.cells.push_back(c < static_cast<std::size_t>(n) ? cells[c] : Cell{0, 0});
      }
    }
    LabelTable(text, out, first, table, fields);
  }
}

// The rows of the SQL statements in the text (INSERT ... VALUES, COPY ... FROM stdin;
// guards/sql_rows.h): a table per statement, its header the statement's columns when known.
void SqlFields(std::string_view text, const std::vector<Detection>& out, std::size_t first,
               std::vector<Field>& fields) {
  SqlTableCache cache;
  std::vector<std::string_view> columns;
  std::vector<SqlValue> values;
  Table table;
  auto read = [&](std::size_t at) {
    const std::size_t rows_at = SqlStatementColumns(text, at, cache, columns);
    if (rows_at == std::string_view::npos) return;
    values.clear();
    SqlStatementValues(text, at, rows_at, values);
    if (values.empty()) return;
    table.header.assign(columns.begin(), columns.end());
    table.columns = columns.size();
    std::size_t nrows = 0;
    for (const SqlValue& v : values) {
      table.columns = std::max(table.columns, v.column + 1);
      nrows = std::max(nrows, v.row + 1);
    }
    table.columns = std::min<std::size_t>(table.columns, kMaxColumns);
    table.cells.assign(nrows * table.columns, Cell{0, 0});
    table.rows.assign(nrows, {std::string_view::npos, 0});
    for (const SqlValue& v : values) {
      if (v.column >= table.columns) continue;
      table.cells[v.row * table.columns + v.column] = Cell{v.begin, v.end};
      auto& span = table.rows[v.row];
      span.first = std::min(span.first, v.begin);
      span.second = std::max(span.second, v.end);
    }
    // A row of numbers only has no span: nothing in it to read.
    for (auto& span : table.rows) {
      if (span.first == std::string_view::npos) span = {0, 0};
    }
    LabelTable(text, out, first, table, fields);
  };
  for (std::string_view word : {std::string_view("INSERT"), std::string_view("insert"),
                                 std::string_view("FROM stdin"), std::string_view("from stdin")}) {
    for (std::size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + word.size())) {
      read(at);
    }
  }
}

// --- values of fields their key names ------------------------------------------------------

// What keys name, remembered for one text: a JSON array or an XML feed repeats its keys.
class KeyNames {
 public:
  std::optional<HeaderName> Get(std::string_view key) {
    for (const auto& [k, v] : seen_) {
      if (k == key) return v;
    }
    std::optional<HeaderName> v = ColumnHeaderEntity(key);
    // A field's "name" or "location" may hold anything: a weak "name" counts only in a record
    // of a person (KeyedValue); other weak keys not at all.
    if (v && !v->strong && !(v->entity == Entity::kPerson && IsGenericNameHeader(key))) v.reset();
    if (seen_.size() < 64) seen_.emplace_back(std::string(key), v);
    return v;
  }

 private:
  std::vector<std::pair<std::string, std::optional<HeaderName>>> seen_;
};

// The first code point of each word of text[b, e): for a person, every word of a cased script
// starts with a capital, particles aside ("Ngozi Okonkwo-Bello", "Ana de la Cruz", "李丽"; not
// "noreply-bot", "jdoe"); for a place, one word does or is of another script ("ul. Kwiatowa
// 122/9", "香港島"; not "localhost").
bool CapitalisedValue(std::string_view text, std::size_t b, std::size_t e, Entity entity) {
  static constexpr std::string_view kParticles[] = {
      "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
      "den", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "y", "e", "zu", "af", "av"};
  bool any = false, all = true;
  for (std::size_t k = b; k < e;) {
    while (k < e && (text[k] == ' ' || text[k] == ',' || text[k] == '.' || text[k] == '\'')) ++k;
    if (k >= e) break;
    std::size_t j = k;
    while (j < e && text[j] != ' ' && text[j] != ',') ++j;
    const auto [cp, len] = core::DecodeUtf8(text, k);
    const bool other_script = cp >= 0x80 && !IsNameLetter(cp);
    const bool capital = (cp < 0x80 && IsUpperAscii(static_cast<unsigned char>(cp))) ||
                         (cp >= 0x80 && IsNameCapital(cp));
    // A run of Chinese, Japanese or Korean longer than a name is a sentence ("张伟 今天下午来办理业务").
    if (entity == Entity::kPerson && ((cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF))) {
      std::size_t cps = 0;
      for (std::size_t q = k; q < j; ++cps) {
        const std::size_t l = core::DecodeUtf8(text, q).second;
        q += l == 0 ? 1 : l;
      }
      if (cps > 5) return false;
    }
    if (capital || other_script) {
      any = true;
    } else if (cp < 0x80 && IsAlpha(static_cast<unsigned char>(cp))) {
      const std::string_view word = text.substr(k, j - k);
      all = all && std::find(std::begin(kParticles), std::end(kParticles), word) !=
                       std::end(kParticles);
    } else if (cp >= 0x80) {
      all = false;  // a lower-case letter of a cased script
    }
    k = j;
  }
  return entity == Entity::kPerson ? any && all : any;
}

// Whether the record around text[b, e) (the JSON object holding it, or the block of lines
// indented as its line) has a field only a person has: an e-mail address, a phone, a passport,
// a date of birth. Its generic "name" is then the person's ({"name": "Na Huang", "phone": ...}).
template <std::size_t N>
bool RecordAroundHas(std::string_view text, std::size_t b, std::size_t e,
                     const std::string_view (&keys)[N]) {
  constexpr std::size_t kReach = 600;
  std::size_t lo = b, hi = e;
  const std::size_t open = text.rfind('{', b);
  const std::size_t closed = text.rfind('}', b);
  if (open != std::string_view::npos && b - open < kReach &&
      (closed == std::string_view::npos || closed < open)) {
    lo = open;
    hi = text.find('}', e);
    if (hi == std::string_view::npos || hi - e > kReach) hi = std::min(text.size(), e + kReach);
  } else {
    // The lines indented as this one, up to 8 either way.
    std::size_t line = b;
    while (line > 0 && text[line - 1] != '\n') --line;
    std::size_t indent = 0;
    while (line + indent < text.size() && text[line + indent] == ' ') ++indent;
    auto same_indent = [&](std::size_t l) {
      std::size_t k = 0;
      while (l + k < text.size() && text[l + k] == ' ') ++k;
      return k == indent && l + k < text.size() && text[l + k] != '\n' && text[l + k] != '-';
    };
    lo = line;
    for (int n = 0; n < 8 && lo > 0; ++n) {
      std::size_t prev = lo - 1;
      while (prev > 0 && text[prev - 1] != '\n') --prev;
      if (!same_indent(prev)) break;
      lo = prev;
    }
    hi = e;
    for (int n = 0; n < 8 && hi < text.size(); ++n) {
      const std::size_t nl = text.find('\n', hi);
      if (nl == std::string_view::npos || !same_indent(nl + 1)) {
        if (nl != std::string_view::npos && n == 0) hi = nl;
        break;
      }
      const std::size_t end = text.find('\n', nl + 1);
      hi = end == std::string_view::npos ? text.size() : end;
    }
  }
  const std::string window = core::AsciiLower(text.substr(lo, hi - lo));
  for (std::string_view k : keys) {
    if (window.find(k) != std::string::npos) return true;
  }
  return false;
}

bool PersonRecordAround(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view kPersonKeys[] = {
      "email\"", "email:", "e-mail", "\"phone", "phone:", "mobile", "passport", "date_of_birth",
      "birth_date", "birthdate", "\"dob\"", "dob:", "\"ssn\"", "ssn:"};
  return RecordAroundHas(text, b, e, kPersonKeys);
}

// A user account's entry (Ansible's user module, cloud-init's users, /etc/passwd as YAML): its
// "comment" (the GECOS field) is the person's full name.
bool UserAccountAround(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view kAccountKeys[] = {
      "password", "uid:", "\"uid\"", "shell:", "\"shell\"", "groups:", "\"groups\"",
      "ssh_authorized_keys", "authorized_key", "home:", "\"home\""};
  return RecordAroundHas(text, b, e, kAccountKeys);
}

// Adds the value text[b, e) of a field the key names, when it has the entity's shape.
void KeyedValue(std::string_view text, std::size_t b, std::size_t e, std::string_view key,
                KeyNames& names, std::vector<Field>& fields) {
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
                   text[e - 1] == ',' || text[e - 1] == ';')) {
    --e;
  }
  if (e - b < 2 || e - b > 120 || key.empty() || key.size() > 40) return;
  std::optional<HeaderName> h = names.Get(key);
  // (A YAML or JSON member only: a router's comment="..." holds anything.)
  const char after_key = key.data() + key.size() < text.data() + text.size() ? key.data()[key.size()] : 0;
  if (!h && (key == "comment" || key == "gecos") && (after_key == ':' || after_key == '"') &&
      UserAccountAround(text, b, e)) {
    h = HeaderName{Entity::kPerson, true};
  }
  if (!h) return;
  if (!h->strong && !PersonRecordAround(text, b, e)) return;
  const std::string_view value = text.substr(b, e - b);
  const bool shaped = h->entity == Entity::kPerson ? NameShapedCell(text, b, e)
                                                   : AddressShapedCell(text, b, e);
  if (!shaped || !PlausibleCell(text, b, e, h->entity) || PlaceholderCell(value) ||
      !CapitalisedValue(text, b, e, h->entity)) {
    return;
  }
  // A code ("USA", "DE") rather than a name.
  if (value.size() <= 3 && std::all_of(value.begin(), value.end(), [](char c) {
        return c >= 'A' && c <= 'Z';
      })) {
    return;
  }
  // A host's name under an "address" key: one token of ASCII with a dot.
  if (h->entity == Entity::kLocation && value.find(' ') == std::string_view::npos &&
      value.find('.') != std::string_view::npos &&
      std::all_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return;
  }
  fields.push_back(Field{b, e, h->entity, kRecordScore});
}

bool KeyChar(char c) {
  return IsAlnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Values of fields whose key names a person or a place (column_headers.h, strong keys only): a
// JSON member ("city": "香港島"), an attribute or logfmt pair (city="Namur"), an XML element
// (<Street>ul. Kwiatowa 122/9</Street>), a line's label ("Şehir: Bursa", "  city: 臺北市信義區",
// psql's expanded "city       | St. Gallen"). The value must have the entity's shape and
// capitals (CapitalisedValue).
void KeyedFields(std::string_view text, std::vector<Field>& fields) {
  KeyNames names;
  const std::size_t size = text.size();
  // "key": "value" and key="value".
  for (std::string_view sep : {std::string_view("\":"), std::string_view("=\"")}) {
    const bool json = sep[0] == '"';
    for (std::size_t at = text.find(sep); at != std::string_view::npos;
         at = text.find(sep, at + 2)) {
      std::size_t key_end = at, key_begin = at;
      if (json) {
        while (key_begin > 0 && at - key_begin < 41 && text[key_begin - 1] != '"' &&
               text[key_begin - 1] != '\n') {
          --key_begin;
        }
        if (key_begin == 0 || text[key_begin - 1] != '"') continue;
      } else {
        while (key_begin > 0 && at - key_begin < 41 && KeyChar(text[key_begin - 1])) --key_begin;
      }
      std::size_t v = at + 2;
      if (json) {
        while (v < size && text[v] == ' ') ++v;
        if (v >= size || text[v] != '"') continue;
        ++v;
      }
      std::size_t ve = v;
      while (ve < size && ve - v <= 120 && text[ve] != '"' && text[ve] != '\\' && text[ve] != '\n') {
        ++ve;
      }
      if (ve >= size || text[ve] != '"') continue;
      KeyedValue(text, v, ve, text.substr(key_begin, key_end - key_begin), names, fields);
    }
  }
  // <key>value</key>, the key's namespace prefix aside.
  for (std::size_t at = text.find("</"); at != std::string_view::npos; at = text.find("</", at + 2)) {
    std::size_t ne = at + 2;
    while (ne < size && (KeyChar(text[ne]) || text[ne] == ':' || text[ne] == '.')) ++ne;
    if (ne >= size || text[ne] != '>' || ne == at + 2) continue;
    std::string_view key = text.substr(at + 2, ne - at - 2);
    std::size_t open = at;
    while (open > 0 && at - open <= 121 && text[open - 1] != '>' && text[open - 1] != '<') --open;
    if (open == 0 || text[open - 1] != '>') continue;
    // The element that opens there is the one that closes: "<key>" or "<key attr=...>".
    const std::size_t lt = text.rfind('<', open - 1);
    if (lt == std::string_view::npos || open - lt > 512 ||
        text.compare(lt + 1, key.size(), key) != 0 ||
        (text[lt + 1 + key.size()] != '>' && text[lt + 1 + key.size()] != ' ')) {
      continue;
    }
    const std::size_t colon = key.rfind(':');
    if (colon != std::string_view::npos) key.remove_prefix(colon + 1);
    KeyedValue(text, open, at, key, names, fields);
  }
  // A line's label: "key: value", "key = value", "key | value" (one '|' on the line).
  for (std::size_t ls = 0; ls < size;) {
    std::size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = size;
    std::size_t k = ls;
    while (k < le && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k + 1 < le && (text[k] == '-' || text[k] == '*') && text[k + 1] == ' ') k += 2;
    const std::size_t key_begin = k;
    int spaces = 0;
    while (k < le && k - key_begin <= 40 && (KeyChar(text[k]) || text[k] == ' ')) {
      if (text[k] == ' ' && k + 1 < le && text[k + 1] != ' ' && text[k + 1] != ':' &&
          text[k + 1] != '|' && text[k + 1] != '=') {
        ++spaces;
      }
      ++k;
    }
    std::size_t key_end = k;
    while (key_end > key_begin && text[key_end - 1] == ' ') --key_end;
    if (k < le && key_end > key_begin && spaces <= 3 &&
        ((text[k] == ':' && k + 1 < le && (text[k + 1] == ' ' || text[k + 1] == '\t')) ||
         (text[k] == '=' && k + 1 < le && text[k + 1] != '=') ||
         (text[k] == '|' && text.find('|', k + 1) >= le))) {
      // The value runs to a column gap or the line's end.
      std::size_t v = k + 1;
      while (v < le && (text[v] == ' ' || text[v] == '\t')) ++v;
      std::size_t ve = v;
      while (ve < le && text[ve] != '\t' && !(text[ve] == ' ' && ve + 1 < le && text[ve + 1] == ' ')) {
        ++ve;
      }
      if (ve > v && text[v] != '"' && text[v] != '\'' && text[v] != '<') {
        KeyedValue(text, v, ve, text.substr(key_begin, key_end - key_begin), names, fields);
      } else if (ve > v + 1 && text[k] == ':' && (text[v] == '"' || text[v] == '\'')) {
        // YAML's quoted scalar (name: "Jun Reyes"); key="value" is read above.
        const std::size_t close = text.find(text[v], v + 1);
        if (close != std::string_view::npos && close < le) {
          KeyedValue(text, v + 1, close, text.substr(key_begin, key_end - key_begin), names, fields);
        }
      }
    }
    ls = le + 1;
  }
}

// --- places in the locative case after "in" / "on" in Slavic languages ------------------------

// A place named in passing in Czech, Slovak, Polish, Russian, Ukrainian or Bulgarian stands in
// the locative case after v/ve/w/we/в/во/на/na ("v Lucerně", "w Krakowie", "на Борщагівці",
// "в Москве", "na Šumavě"): one to three capitalised words after the preposition, the last with
// a locative ending (-ě, -ie, -ích, -ách, -ově, -ze, -ce, -ně; Cyrillic -е, -і, -и, -ї) that a
// person's name after these prepositions (the accusative "на Ивана", "na Petra") or a brand's
// ("na Facebooku", "w Google'u") does not have. A known given name first leaves it.
void LocativePlaces(std::string_view text, std::vector<Field>& fields) {
  static constexpr std::string_view kPrepositions[] = {"v", "ve", "w", "we", "na", "в", "во", "на"};
  static constexpr std::string_view kLatinEndings[] = {"ě", "ie", "ích", "ách", "ově", "ze", "ce", "ně"};
  static constexpr std::string_view kCyrillicEndings[] = {"е", "і", "и", "ї"};
  const std::size_t size = text.size();
  for (std::size_t i = text.find(' '); i != std::string_view::npos && i + 3 < size;
       i = text.find(' ', i + 1)) {
    // A capital after the space (ASCII, or a letter outside it), and a preposition of 1-4 bytes
    // before it: most spaces fail the first test.
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (!(next >= 'A' && next <= 'Z') && next < 0xC0) continue;
    if (i == 0 || text[i - 1] == ' ') continue;
    // The preposition: the word before this space, after a space, a line start or a quote.
    std::size_t p = i;
    while (p > 0 && i - p <= 4 && text[p - 1] != ' ' && text[p - 1] != '\n' && text[p - 1] != '"' &&
           text[p - 1] != '(') {
      --p;
    }
    const std::string_view prep = text.substr(p, i - p);
    if (prep.empty() || prep.size() > 4) continue;
    std::string lowered(prep);
    if (lowered[0] >= 'A' && lowered[0] <= 'Z') lowered[0] = static_cast<char>(lowered[0] + 32);
    if (lowered == "В") lowered = "в";
    if (lowered == "Во") lowered = "во";
    if (lowered == "На") lowered = "на";
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), lowered) ==
        std::end(kPrepositions)) {
      continue;
    }
    const bool cyrillic_prep = static_cast<unsigned char>(prep[0]) >= 0x80;
    // Up to three capitalised words of letters (and '-').
    std::size_t k = i + 1, end = k, last_begin = k;
    int words = 0;
    while (k < size && words < 3) {
      const auto [cp, len] = core::DecodeUtf8(text, k);
      const bool cyrillic = cp >= 0x400 && cp <= 0x52F;
      if (len == 0 || !IsNameCapital(cp) || cyrillic != cyrillic_prep) break;
      std::size_t j = k + len;
      while (j < size) {
        const auto [c2, l2] = core::DecodeUtf8(text, j);
        if (l2 == 0 || !(IsNameLetter(c2) || c2 == '-')) break;
        j += l2;
      }
      if (j - k < 3) break;
      if (words == 0) {
        char buf[24];
        std::string_view folded;
        if (FoldNameWord(text.substr(k, j - k), buf, folded) &&
            (GazetteerLookup(folded) & kFirstName) != 0) {
          break;
        }
      }
      ++words;
      last_begin = k;
      end = j;
      if (j < size && text[j] == ' ') {
        k = j + 1;
      } else {
        break;
      }
    }
    if (words == 0) continue;
    const std::string_view last = text.substr(last_begin, end - last_begin);
    bool locative = false;
    if (cyrillic_prep) {
      for (std::string_view e : kCyrillicEndings) locative = locative || last.ends_with(e);
    } else {
      for (std::string_view e : kLatinEndings) locative = locative || last.ends_with(e);
    }
    if (!locative) continue;
    fields.push_back(Field{i + 1, end, Entity::kLocation, kRecordScore});
    i = end;
  }
}

// --- street lines of postal addresses in national formats (street_lines.h) -------------------

void MarkedNameFields(std::string_view text, std::vector<Field>& fields) {
  thread_local std::vector<NameSpan> spans;
  spans.clear();
  FindMarkedNames(text, spans);
  for (const NameSpan& s : spans) fields.push_back(Field{s.begin, s.end, Entity::kPerson, kRecordScore});
}

// The lines under a street line that ends its line, as a signature or a shipping address
// continues it: the town (with its postcode before or after: "737268 Hà Nội", "Sheffield BS8
// 5LR"), then the region or country ("Scotland", "USA"). Each is a short line of one to four
// words; its words without digits are the place. A line with a label, a phone, an address of
// mail or the web, or a word of contact ("Tel.", "Fax") ends the block.
void LinesUnderStreet(std::string_view text, std::size_t street_end, std::vector<Field>& fields) {
  std::size_t k = street_end;
  while (k < text.size() && (text[k] == ' ' || text[k] == ',' || text[k] == '\r')) ++k;
  if (k >= text.size() || text[k] != '\n') return;
  for (int line = 0; line < 2; ++line) {
    const std::size_t b = k + 1;
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::size_t le = e;
    while (le > b && (text[le - 1] == ' ' || text[le - 1] == '\r')) --le;
    const std::string_view l = text.substr(b, le - b);
    if (l.empty() || l.size() > 48 || l.find_first_of(":@|=<>{}[]()/\\") != std::string_view::npos ||
        l.find("http") != std::string_view::npos) {
      return;
    }
    // Words: at most five; the place is the run of words with no digit.
    std::size_t words = 0, run_b = std::string_view::npos, run_e = 0;
    bool bad = false, uncased = false;
    for (std::size_t i = 0; i < l.size();) {
      while (i < l.size() && (l[i] == ' ' || l[i] == ',')) ++i;
      if (i >= l.size()) break;
      std::size_t j = i;
      while (j < l.size() && l[j] != ' ' && l[j] != ',') ++j;
      ++words;
      const std::string_view w = l.substr(i, j - i);
      const bool digits = w.find_first_of("0123456789") != std::string_view::npos;
      const auto [cp, len] = core::DecodeUtf8(w, 0);
      const bool capital = (cp < 0x80 && IsUpperAscii(static_cast<unsigned char>(cp))) ||
                           (cp >= 0x80 && (IsNameCapital(cp) || !IsNameLetter(cp)));
      const std::string lower = core::AsciiLower(w);
      if (lower == "tel" || lower == "tel." || lower == "fax" || lower == "phone" ||
          lower == "mobile" || lower == "email" || lower == "e-mail" || lower == "www") {
        bad = true;
        break;
      }
      // A label's number ("VAT DE512990376"), not a postcode: the line is no place's.
      if (digits && w.size() > 8) {
        bad = true;
        break;
      }
      if (cp >= 0x80 && !IsNameLetter(cp)) uncased = true;
      // An acronym of four capitals or fewer ("VAT", "BIC") unless a country's ("USA").
      if (!digits && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) {
            return c >= 'A' && c <= 'Z';
          }) && (GazetteerLookup(lower) & kCountry) == 0) {
        bad = true;
        break;
      }
      if (!digits) {
        // A particle of a place's name in lower case ("Ciudad de México", "Frankfurt am Main").
        const bool particle = lower == "de" || lower == "del" || lower == "am" || lower == "an" ||
                              lower == "la" || lower == "le" || lower == "sur" || lower == "upon" ||
                              lower == "on" || lower == "di" || lower == "da" || lower == "im";
        if (!capital && !(particle && run_b != std::string_view::npos)) {
          bad = true;
          break;
        }
        if (run_b == std::string_view::npos) run_b = i;
        run_e = j;
      }
      i = j;
    }
    if (bad || words == 0 || words > 5 || run_b == std::string_view::npos) return;
    // A town in a script without capitals only alone on its line ("თბილისი"): two such words
    // are as likely a label and a name ("喪主 中村蓮").
    if (uncased && words > 1) return;
    fields.push_back(Field{b + run_b, b + run_e, Entity::kLocation, kRecordScore});
    k = e;
    if (k >= text.size()) return;
  }
}

// A card payment's line on a statement prints the merchant and its town after the masked card
// and before the amount: "CARD •••• 9459 REWE Aarhus  8728.67 USD", "CARD ****0362 Mercadona
// Den Haag  ¥26,427", "CARD XXXX-XXXX-XXXX-3711 Esselunga Харків  CHF 830.50". The last word
// (or two) before the gap is the town when the gazetteer knows it as a place, or when it is a
// single word of another script than the merchant's Latin.
void CardPaymentTowns(std::string_view text, std::vector<Field>& fields) {
  static constexpr std::string_view kMasks[] = {"\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2",
                                                "****", "XXXX", "xxxx"};
  std::size_t last_line = std::string_view::npos;
  for (std::string_view mask : kMasks) {
    for (std::size_t at = text.find(mask); at != std::string_view::npos;
         at = text.find(mask, at + mask.size())) {
      std::size_t le = text.find('\n', at);
      if (le == std::string_view::npos) le = text.size();
      if (le == last_line) continue;
      // Past the card number: masks, digits, dashes and spaces (one at a time).
      std::size_t k = at;
      while (k < le) {
        if (text.compare(k, 3, "\xe2\x80\xa2") == 0) {
          k += 3;
        } else if (text[k] == '*' || text[k] == 'X' || text[k] == 'x' || text[k] == '-' ||
                   (text[k] >= '0' && text[k] <= '9') ||
                   (text[k] == ' ' && k + 1 < le && text[k + 1] != ' ')) {
          ++k;
        } else {
          break;
        }
      }
      // The merchant and the town: up to a gap of two spaces before the amount.
      const std::size_t mb = k;
      const std::size_t gap = text.find("  ", mb);
      if (gap == std::string_view::npos || gap >= le || gap - mb > 60 || gap <= mb) continue;
      std::size_t after = gap;
      while (after < le && text[after] == ' ') ++after;
      if (after >= le) continue;
      last_line = le;
      // The last one or two words before the gap.
      auto word_before = [&](std::size_t end) {
        std::size_t b = end;
        while (b > mb && text[b - 1] != ' ') --b;
        return b;
      };
      const std::size_t w1 = word_before(gap);
      if (w1 >= gap || w1 == mb) continue;  // the merchant alone
      const std::size_t w2 = w1 > mb + 1 ? word_before(w1 - 1) : w1;
      auto place = [&](std::size_t b, std::size_t e) {
        return GazetteerPlaceCell(text.substr(b, e - b), /*given_names_ok=*/true);
      };
      if (w2 < w1 && w2 > mb && place(w2, gap)) {
        fields.push_back(Field{w2, gap, Entity::kLocation, kRecordScore});
        continue;
      }
      if (place(w1, gap)) {
        fields.push_back(Field{w1, gap, Entity::kLocation, kRecordScore});
        continue;
      }
      // A word of another script after a Latin merchant's name.
      const auto [cp, len] = core::DecodeUtf8(text, w1);
      const auto [mp, ml] = core::DecodeUtf8(text, mb);
      if (cp >= 0x80 && mp < 0x80 && (mp >= 'A' && mp <= 'Z')) {
        bool one_script = true;
        for (std::size_t q = w1; q < gap && one_script;) {
          const auto [c, l] = core::DecodeUtf8(text, q);
          one_script = l > 0 && c >= 0x80;
          q += l == 0 ? 1 : l;
        }
        if (one_script) fields.push_back(Field{w1, gap, Entity::kLocation, kRecordScore});
      }
    }
  }
}

void StreetFields(std::string_view text, std::vector<Field>& fields) {
  thread_local std::vector<StreetSpan> spans;
  spans.clear();
  FindStreetLines(text, spans);
  for (const StreetSpan& s : spans) {
    Field f{s.begin, s.end, Entity::kLocation, kRecordScore};
    f.merge = true;
    fields.push_back(f);
    LinesUnderStreet(text, s.end, fields);
  }
}

// --- a known place in a case form (Finnish, Hungarian, Baltic, Slavic) or with a Turkish suffix --

// A place named in passing in a language that marks case on the noun carries an ending the
// gazetteer's form lacks: "Poznaniu" (Poznań), "Kaune" (Kaunas), "Rīgas" (Rīga), "Savonlinnan"
// (Savonlinna), "Pécsről" (Pécs), "Brna" (Brno), "Košiciach" (Košice), "Debrecenben". A
// capitalised word that is no English word, whose form with one of these endings taken off (and
// the base's own ending put back) is a city, region or country of the gazetteer and no one's
// name, is that place. Turkish writes a proper noun's suffix after an apostrophe ("Mardin'de",
// "Gaziantep'ten"): a known place so suffixed is one, and so is an unknown capitalised word in
// the locative or ablative ('de, 'da, 'den, 'ten, ...). Texts with no letter of Latin-1 or Latin
// Extended-A are skipped (the pass reads every word: 3% of the PII scan on a mixed text).
void InflectedPlaces(std::string_view text, std::vector<Field>& fields) {
  struct Ending {
    std::string_view suffix;
    std::string_view adds[4];
  };
  static constexpr Ending kEndings[] = {
      // Finnish
      {"ssa", {""}}, {"sta", {""}}, {"lla", {""}}, {"lta", {""}}, {"lle", {""}}, {"seen", {""}},
      {"hin", {""}}, {"han", {""}},
      // Hungarian
      {"ban", {""}}, {"ben", {""}}, {"ba", {""}}, {"be", {""}}, {"bol", {""}}, {"rol", {""}},
      {"ra", {""}}, {"re", {""}}, {"on", {""}}, {"en", {""}}, {"hoz", {""}}, {"hez", {""}},
      {"tol", {""}}, {"nak", {""}}, {"nek", {""}},
      // Lithuanian, Latvian
      {"e", {"", "as", "is", "a"}}, {"uose", {"ai"}}, {"uje", {"us"}}, {"oje", {"a"}},
      {"os", {"a"}}, {"o", {"", "as"}}, {"io", {"ys", "is"}}, {"s", {""}},
      // Slavic
      {"iu", {""}}, {"u", {"", "a"}}, {"ie", {"", "a", "e"}}, {"owie", {"ow"}}, {"iach", {"e", "a"}},
      {"ach", {"", "y", "e", "a"}}, {"ech", {"e", "y"}}, {"a", {"o", "", "e"}}, {"y", {"a", "e"}},
      {"i", {"", "a", "e"}}, {"em", {""}}, {"om", {""}}, {"ove", {"ov"}}, {"ova", {"ov"}},
      {"ovi", {"ov"}}, {"eho", {"y", "e"}}};
  static constexpr std::uint16_t kPlace = kCity | kMajorCity | kCountry | kRegion;
  static constexpr std::uint16_t kName = kFirstName | kLastName | kAnyName | kCommonWord;
  const std::size_t size = text.size();
  // The languages meant write letters of Latin-1 or Latin Extended-A (ä, ő, ł, č, ş, ū: lead
  // bytes 0xC3-0xC5) in any paragraph; a text with none (English, code, logs) is skipped.
  if (std::none_of(text.begin(), text.end(), [](char ch) {
        const auto u = static_cast<unsigned char>(ch);
        return u >= 0xC3 && u <= 0xC5;
      })) {
    return;
  }
  std::size_t i = 0;
  // Words open after a blank (space, tab, line break) or a quote or bracket right after one:
  // blanks are found eight bytes at a time (a byte below 0x21: Bit Twiddling Hacks' hasless).
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  while (i < size) {
    while (i + 8 <= size) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      if (((x - kOnes * 0x21) & ~x & (kOnes * 0x80)) != 0) break;
      i += 8;
    }
    while (i < size && static_cast<unsigned char>(text[i]) > 0x20) ++i;
    while (i < size && static_cast<unsigned char>(text[i]) <= 0x20) ++i;
    if (i < size && (text[i] == '"' || text[i] == '(' || text[i] == '\'')) ++i;
    if (i >= size) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (!((c >= 'A' && c <= 'Z') || c >= 0xC3)) continue;
    const auto [cp, len] = core::DecodeUtf8(text, i);
    if (len == 0 || !IsNameCapital(cp)) continue;
    std::size_t e = i + len;
    while (e < size) {
      const auto [c2, l2] = core::DecodeUtf8(text, e);
      if (l2 == 0 || !IsNameLetter(c2)) break;
      e += l2;
    }
    const std::size_t b = i;
    i = e;
    const bool apostrophe = e < size && (text[e] == '\'' || static_cast<unsigned char>(text[e]) == 0xE2);
    if (e - b < (apostrophe ? 4 : 6)) continue;
    char buf[24];
    std::string_view w;
    if (!FoldNameWord(text.substr(b, e - b), buf, w)) continue;
    // Turkish: the suffix after an apostrophe.
    if (e + 1 < size && (text[e] == '\'' || text.compare(e, 3, "\xe2\x80\x99") == 0)) {
      const std::size_t s = e + (text[e] == '\'' ? 1 : 3);
      std::size_t t = s;
      while (t < size && (IsAlpha(static_cast<unsigned char>(text[t])) || static_cast<unsigned char>(text[t]) >= 0x80) &&
             t - s < 10) {
        ++t;
      }
      char sb[24];
      std::string_view suffix;
      if (t > s && FoldNameWord(text.substr(s, t - s), sb, suffix)) {
        static constexpr std::string_view kLocative[] = {"de", "da", "te", "ta", "den", "dan", "ten",
                                                         "tan", "deki", "daki", "teki", "taki"};
        static constexpr std::string_view kOther[] = {"e", "a", "ye", "ya", "nin", "nun", "in",
                                                      "un", "i", "yi", "yu", "u"};
        const bool locative = std::find(std::begin(kLocative), std::end(kLocative), suffix) != std::end(kLocative);
        const bool other = std::find(std::begin(kOther), std::end(kOther), suffix) != std::end(kOther);
        const std::uint16_t flags = GazetteerLookup(w);
        if ((locative || other) && (flags & (kPlace | kSmallTown)) != 0 && (flags & kCommonWord) == 0) {
          fields.push_back(Field{b, e, Entity::kLocation, kRecordScore});
          continue;
        }
        if (locative && flags == 0 && !IsDictionaryWord(w)) {
          fields.push_back(Field{b, e, Entity::kLocation, kRecordScore});
          continue;
        }
      }
      continue;
    }
    if (GazetteerLookup(w) != 0) continue;
    char key[32];
    bool found = false;
    for (const Ending& ending : kEndings) {
      // A stem of four letters or more: "Moja", "Hoja" (a word at a sentence's start) are none.
      if (w.size() < ending.suffix.size() + 4 || !w.ends_with(ending.suffix)) continue;
      const std::string_view stem = w.substr(0, w.size() - ending.suffix.size());
      for (std::size_t a = 0; a < std::size(ending.adds); ++a) {
        const std::string_view add = ending.adds[a];
        if (add.empty() && a > 0) break;  // the list's unused slots
        if (stem.size() + add.size() > sizeof(key)) continue;
        std::copy(stem.begin(), stem.end(), key);
        std::copy(add.begin(), add.end(), key + stem.size());
        const std::string_view base(key, stem.size() + add.size());
        const std::uint16_t flags = GazetteerLookup(base);
        // A one-letter ending, or a base of four letters, reads too many words as a town
        // ("Grazie" as Graz, "Belege" as Beleg): only a major city, a region or a country then.
        const bool strong = ending.suffix.size() >= 2 && base.size() >= 5;
        // English adjectives of places end so too: "Hyderabadi", "Israeli", "Pakistani".
        if (ending.suffix == "i" && add.empty() &&
            (base.ends_with("ad") || base.ends_with("an") || base.ends_with("el") ||
             base.ends_with("ar") || base.ends_with("at") || base.ends_with("ur"))) {
          continue;
        }
        if ((flags & kName) == 0 && !IsDictionaryWord(base) &&
            ((flags & (kMajorCity | kCountry | kRegion)) != 0 || (strong && (flags & kCity) != 0))) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (found && !IsDictionaryWord(w)) fields.push_back(Field{b, e, Entity::kLocation, kRecordScore});
  }
}

// --- lines of record formats that name their fields by position or tag -----------------------

// Fields of formats whose lines say what they hold:
//   - GEDCOM (genealogy exports): `2 PLAC Holašovice, Bohemia` is a place;
//   - iCalendar: `LOCATION:Πήλιο` (not a link, a call's or a meeting room's name);
//   - HL7 v2 messages: PID-5 and NK1-2 (Family^Given^Middle) are a person's name parts, PID-11 and
//     NK1-4 (street^other^city^state^zip^country) a street line and a city.
void FormatFields(std::string_view text, std::vector<Field>& fields) {
  const bool ics = text.find("BEGIN:VEVENT") != std::string_view::npos ||
                   text.find("BEGIN:VCALENDAR") != std::string_view::npos;
  const bool hl7 = text.find("MSH|") != std::string_view::npos;
  const bool gedcom = text.find(" PLAC ") != std::string_view::npos;
  if (!ics && !hl7 && !gedcom) return;
  static constexpr std::string_view kNoPlace[] = {
      "zoom", "teams", "meet", "webex", "online", "virtual", "call", "room", "raum", "sala",
      "salle", "conference", "konferenz", "remote", "tbd", "http", "phone", "dial"};
  auto place_value = [&](std::size_t b, std::size_t e) {
    while (b < e && text[b] == ' ') ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
    if (e - b < 2 || !AddressShapedCell(text, b, e)) return;
    const std::string lower = core::AsciiLower(text.substr(b, e - b));
    for (std::string_view w : kNoPlace) {
      if (lower.find(w) != std::string::npos) return;
    }
    if (PlaceholderCell(text.substr(b, e - b))) return;
    fields.push_back(Field{b, e, Entity::kLocation, kRecordScore});
  };
  auto person_value = [&](std::size_t b, std::size_t e) {
    if (e - b < 2 || !NameShapedCell(text, b, e) || PlaceholderCell(text.substr(b, e - b))) return;
    fields.push_back(Field{b, e, Entity::kPerson, kRecordScore});
  };
  // Calls f on each '^' component of text[b, e) with its index.
  auto components = [&](std::size_t b, std::size_t e, auto&& f) {
    std::size_t c = b;
    for (int n = 0; c <= e; ++n) {
      std::size_t d = c;
      while (d < e && text[d] != '^') ++d;
      f(n, c, d);
      c = d + 1;
    }
  };
  for (std::size_t ls = 0; ls < text.size();) {
    std::size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = text.size();
    std::size_t k = ls;
    while (k < le && (text[k] == ' ' || text[k] == '\t')) ++k;
    const std::string_view line = text.substr(k, le - k);
    if (gedcom && line.size() > 7 && IsDigit(static_cast<unsigned char>(line[0])) &&
        line.substr(1, 6) == " PLAC ") {
      place_value(k + 7, le);
    } else if (ics && (line.starts_with("LOCATION:") || line.starts_with("LOCATION;"))) {
      const std::size_t colon = line.find(':');
      place_value(k + colon + 1, le);
    } else if (hl7 && (line.starts_with("PID|") || line.starts_with("NK1|"))) {
      const bool pid = line[0] == 'P';
      const int name_field = pid ? 5 : 2;
      const int address_field = pid ? 11 : 4;
      std::size_t f = k;
      for (int n = 0; f <= le && n <= address_field; ++n) {
        std::size_t g = f;
        while (g < le && text[g] != '|') ++g;
        if (n == name_field) {
          components(f, g, [&](int c, std::size_t b, std::size_t e) {
            if (c <= 2) person_value(b, e);
          });
        } else if (n == address_field) {
          components(f, g, [&](int c, std::size_t b, std::size_t e) {
            if (c == 0 || c == 2) place_value(b, e);
          });
        }
        f = g + 1;
      }
    }
    ls = le + 1;
  }
}

// Adds the fields to out (see ScanRecordFields).
void ApplyFields(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                 std::size_t first, AllowCheck allow, std::vector<Field>& fields) {
  if (fields.empty()) return;
  std::sort(fields.begin(), fields.end(),
            [](const Field& a, const Field& b) { return a.begin < b.begin; });
  std::vector<char> removed(out.size() - first, 0);
  std::vector<Detection> added;
  std::size_t last_end = 0;
  for (Field f : fields) {
    if ((config.enabled & Bit(f.entity)) == 0 || f.score < config.threshold) continue;
    if (f.begin < last_end) continue;  // overlaps a field already taken
    // A street line and a place read across part of it ("Sok. No: 42, 51268 Eskişehir") become
    // one place: the union of the two.
    if (f.merge) {
      const auto lo = std::partition_point(
          out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
          [&](const Detection& x) { return x.end <= f.begin; });
      for (auto it = lo; it != out.end() && it->begin < f.end; ++it) {
        if (it->entity != EntityName(Entity::kLocation)) continue;
        if (it->begin < f.begin && it->begin >= last_end) f.begin = it->begin;
        f.end = std::max(f.end, it->end);
      }
    }
    // The detections it overlaps: only names and places inside it, which it replaces.
    const auto lo = std::partition_point(
        out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
        [&](const Detection& x) { return x.end <= f.begin; });
    bool blocked = false;
    for (auto it = lo; it != out.end() && it->begin < f.end && !blocked; ++it) {
      if (removed[static_cast<std::size_t>(it - out.begin()) - first] != 0) continue;
      // A number its column names replaces a phone, date or other context-read number there.
      const bool number = f.numbered && (it->entity == EntityName(Entity::kPhoneNumber) ||
                                         it->entity == EntityName(Entity::kDateTime) ||
                                         it->entity == EntityName(Entity::kUsBankNumber) ||
                                         it->entity == EntityName(Entity::kUsPassport) ||
                                         it->entity == EntityName(Entity::kUsDriverLicense) ||
                                         it->entity == EntityName(Entity::kUkNhs));
      const bool name = number || it->entity == EntityName(Entity::kPerson) ||
                        it->entity == EntityName(Entity::kLocation);
      const bool inside = it->begin >= f.begin && it->end <= f.end;
      blocked = !name || (!inside && !f.exact && !(f.piece && it->entity == EntityName(Entity::kLocation))) ||
                (it->begin == f.begin && it->end == f.end && it->entity == EntityName(f.entity));
    }
    if (blocked || allow.allowed(allow.self, text.substr(f.begin, f.end - f.begin))) continue;
    for (auto it = lo; it != out.end() && it->begin < f.end; ++it) {
      removed[static_cast<std::size_t>(it - out.begin()) - first] = 1;
    }
    added.push_back(
        Detection{f.begin, f.end, EntityType(f.entity), EntityName(f.entity), f.score});
    last_end = f.end;
  }
  if (added.empty()) return;
  std::size_t w = first;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (removed[i - first] == 0) out[w++] = out[i];
  }
  out.resize(w);
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
}

}  // namespace

void ScanRecordFields(const ScanConfig& config, std::string_view text,
                      std::vector<Detection>& out, std::size_t first, AllowCheck allow) {
  std::vector<Field> fields;
  ScanVcards(text, fields);
  ScanLdif(text, fields);
  if ((config.enabled & Bit(Entity::kLocation)) != 0) {
    Datelines(text, fields);
    StateCodeTowns(text, fields);
  }
  if ((config.enabled & Bit(Entity::kPerson)) != 0) {
    EmailNames(text, out, first, fields);
    ContactNames(text, out, first, fields);
    ChatSpeakers(text, fields);
    PersonLists(text, fields);
    FileNameNames(text, fields);
    SlashSignatures(text, fields);
    QuotedInvertedNames(text, fields);
  }
  ApplyFields(config, text, out, first, allow, fields);
  fields.clear();
  ColumnFields(text, out, first, fields);
  SqlFields(text, out, first, fields);
  ApplyFields(config, text, out, first, allow, fields);
  fields.clear();
  KeyedFields(text, fields);
  FormatFields(text, fields);
  if ((config.enabled & Bit(Entity::kLocation)) != 0) {
    LocativePlaces(text, fields);
    InflectedPlaces(text, fields);
    StreetFields(text, fields);
    CardPaymentTowns(text, fields);
  }
  if ((config.enabled & Bit(Entity::kPerson)) != 0) MarkedNameFields(text, fields);
  ApplyFields(config, text, out, first, allow, fields);
  if ((config.enabled & Bit(Entity::kPerson)) != 0) {
    fields.clear();
    NameMentions(text, out, first, fields);
    ApplyFields(config, text, out, first, allow, fields);
  }
}

}  // namespace mcpgw::guards::pii
