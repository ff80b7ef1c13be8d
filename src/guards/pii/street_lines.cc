#include "guards/pii/street_lines.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "core/utf8.h"
#include "guards/pii/name_recognizer.h"

namespace mcpgw::guards::pii {
namespace {

using core::DecodeUtf8;

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool Alnum(char c) { return Digit(c) || Alpha(c); }

// Street words written before the name, the number after: "ul. Kwiatowa 19", "Via Roma 12".
// Lower case (Latin, Greek and Cyrillic capitals are lowered before the lookup).
constexpr std::string_view kHeads[] = {
    // Polish, Czech, Slovak
    "ul.", "ulica", "al.", "aleja", "aleje", "os.", "osiedle", "pl.", "plac", "rondo", "skwer",
    "náměstí", "nám.", "třída", "tř.", "nábřeží", "nábř.", "námestie",
    // Spanish, Catalan
    "calle", "c/", "avenida", "av.", "avda.", "avda", "plaza", "pza.", "paseo", "pº", "camino",
    "carretera", "ctra.", "ronda", "travesía", "glorieta", "callejón", "bulevar", "cerrada",
    "privada", "calzada", "calz.", "blvd.", "prolongación", "carrer", "avinguda", "passeig", "pg.",
    "plaça", "rambla", "travessera",
    // Portuguese
    "rua", "praça", "pça.", "alameda", "travessa", "tv.", "largo", "estrada", "rodovia", "beco",
    "praceta", "calçada",
    // Italian
    "via", "viale", "v.le", "corso", "c.so", "piazza", "p.zza", "p.za", "piazzale", "vicolo",
    "strada", "contrada", "borgo", "lungomare", "lungarno", "lungotevere", "salita", "vico",
    // French (Belgium, Switzerland), Romanian
    "rue", "avenue", "boulevard", "bd", "bd.", "chemin", "place", "allée", "impasse", "quai",
    "route", "chaussée", "square", "passage", "cours", "strada", "str.", "bulevardul", "b-dul",
    "calea", "aleea", "șoseaua", "şoseaua", "splaiul", "piața", "piaţa", "intrarea",
    // Indonesian, Malay
    "jalan", "jl.", "jln.", "gang", "gg.", "lorong",
    // Greek
    "οδός", "οδ.", "λεωφόρος", "λεωφ.", "πλατεία", "πλ.",
    // Russian, Ukrainian, Bulgarian, Serbian
    "ул.", "улица", "пр.", "пр-т", "просп.", "проспект", "пер.", "переулок", "бул.", "бульвар",
    "б-р", "ш.", "шоссе", "наб.", "набережная", "пл.", "площадь", "вул.", "вулиця", "пров.",
    "провулок", "бульв.", "майдан", "мкр.", "микрорайон", "улица",
    // Hebrew, Arabic
    "רחוב", "רח'", "רח׳", "שדרות", "שד'", "שד׳", "דרך", "סמטת", "כיכר", "شارع", "طريق", "ميدان"};

// Heads that are also everyday words in English or elsewhere: the line must end right after its
// number (or go on with a short word or a capital), so "Via Slack 2 messages" or "Place Order 5
// times" is none.
constexpr std::string_view kLooseHeads[] = {
    "via",    "plaza", "place", "route", "square", "passage", "cours", "gang",
    "strada", "largo", "borgo", "vico",  "salita", "rondo",   "calea", "corso"};

// German street names opening with a preposition ("Am Mühlbach 65", "Zur Alten Mühle 3", "An
// der Kirche 4"): capitalised, and the line ends right after its number.
constexpr std::string_view kGermanHeads[] = {"am", "im",    "zum",    "zur", "an",  "auf",
                                             "in", "unter", "hinter", "vor", "beim"};

// Street types written after the name, before the number: "Kossuth Lajos utca 12", "Gül Sok.
// No:39", "Gedimino pr. 9", "Mariahilfer Straße 29".
constexpr std::string_view kTypesAfter[] = {
    // Hungarian
    "utca", "u.", "út", "útja", "tér", "tere", "körút", "krt.", "köz", "sor", "sétány", "rakpart",
    "fasor",
    // Croatian, Serbian, Bosnian, Slovenian
    "ulica", "cesta", "trg", "obala",
    // Lithuanian, Latvian, Estonian
    "g.", "gatvė", "pr.", "al.", "iela", "bulvāris", "prospekts", "gatve", "tänav", "mnt", "mnt.",
    "pst", "pst.", "maantee", "puiestee",
    // Turkish
    "sok.", "sokak", "sokağı", "sk.", "cad.", "caddesi", "cd.", "mah.", "mahallesi", "mh.",
    "bulvarı", "blv.", "meydanı",
    // German, Dutch
    "straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "damm", "chaussee", "ufer",
    "straat", "laan", "plein", "kade", "gracht", "dijk", "singel",
    // Russian, Ukrainian
    "ул.", "улица", "проспект", "пр.", "пер.", "переулок", "бульвар", "шоссе", "вул.", "вулиця",
    "провулок", "площадь", "набережная", "просп."};

// Endings of one word that is a street's name and type: "Bahnhofstrasse", "Prinsengracht",
// "Mannerheimintie", "Drottninggatan", "Kongens gate" aside (two words: kTypesAfter).
constexpr std::string_view kEndings[] = {
    "strasse", "straße", "str.", "gasse", "weg",  "allee",  "platz",  "damm",  "ufer",
    "straat",  "gracht", "laan", "plein", "kade", "singel", "dijk",   "steeg", "vej",
    "gade",    "gatan",  "gata", "vägen", "väg",  "gränd",  "torget", "veien", "vei",
    "veg",     "vegen",  "katu", "tie",   "kuja", "polku",  "kaari",  "väylä"};
constexpr std::string_view kNotStreets[] = {"brigade",   "renegade", "colgate",
                                            "watergate", "tailgate", "arcade",
                                            "norway",    "runway",   "allee"};

// Street words after the number: "43 avenue Jean-Jaurès", "12 Đường Lê Lợi".
constexpr std::string_view kNumberFirstHeads[] = {
    "rue",     "avenue", "av.",   "bd",    "bd.",    "boulevard", "chemin",  "allée",
    "impasse", "quai",   "cours", "route", "rte",    "square",    "passage", "faubourg",
    "fbg",     "place",  "đường", "phố",   "ngõ",    "hẻm",       "calle",   "avenida",
    "rua",     "via",    "viale", "corso", "piazza", "شارع"};

// English street types after the name (number first): "1906 N 34th St", "36 Queen St W".
constexpr std::string_view kEnglishTypes[] = {
    "street",     "st",        "st.",   "avenue",  "ave",  "ave.",     "road",  "rd",
    "rd.",        "boulevard", "blvd",  "blvd.",   "lane", "ln",       "ln.",   "drive",
    "dr",         "dr.",       "court", "ct",      "ct.",  "way",      "place", "pl",
    "pl.",        "terrace",   "ter",   "parkway", "pkwy", "highway",  "hwy",   "circle",
    "cir",        "square",    "sq",    "trail",   "trl",  "crescent", "cres",  "close",
    "plaza",      "row",       "mews",  "grove",   "walk", "pike",     "loop",  "alley",
    "expressway", "freeway"};
constexpr std::string_view kDirections[] = {"n",     "s",     "e",    "w",   "ne", "nw",
                                            "se",    "sw",    "n.",   "s.",  "e.", "w.",
                                            "north", "south", "east", "west"};

// Lower-case particles inside a street's name: "Rue de la Loi", "Via della Spiga", "Rua do Ouro".
constexpr std::string_view kParticles[] = {
    "de", "del", "della", "delle", "dei",   "degli", "di",  "da",  "do",  "dos", "das", "du", "des",
    "la", "le",  "les",   "los",   "las",   "el",    "von", "van", "der", "den", "dem", "y",  "e",
    "i",  "al",  "d'",    "l'",    "dello", "sul",   "ibn", "bin", "het", "ter", "op"};

// Words for a measure or a count after a number: "Calle Mayor 5 km", "Via Roma 3 min".
constexpr std::string_view kMeasures[] = {
    "km",   "m",     "mi",  "min", "mins", "h",  "hrs", "kg", "g",   "mm", "cm", "x", "eur",
    "euro", "euros", "usd", "kb",  "mb",   "gb", "ms",  "s",  "sec", "pt", "px", "%"};

// Apartment, unit and floor words after the number: ", Apt 3A", " m. 48", ", кв. 7".
constexpr std::string_view kUnits[] = {
    "apt",  "apt.",   "apartment", "suite", "ste",   "ste.", "unit", "fl",   "fl.",    "floor",
    "rm",   "room",   "#",         "m.",    "lok.",  "kv.",  "кв.",  "кв",   "корп.",  "стр.",
    "int.", "depto.", "dpto.",     "piso",  "bloco", "blok", "esc.", "app.", "appt",   "whg.",
    "top",  "stiege", "bus",       "boîte", "bte",   "d.",   "lgh",  "lgh.", "wohnung"};

// House-number markers: "Gül Sok. No:39", "Hauptstraße Nr. 5", "ул. Ленина, д. 5".
constexpr std::string_view kNumberMarkers[] = {"no:", "no.", "no", "nr.",  "nr", "n.",   "n°", "nº",
                                               "д.",  "дом", "č.", "č.p.", "n",  "مبنى", "رقم"};

// A set of words for the lookups above: a bit per length and per first byte rejects most words
// before a binary search.
class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&list)[N]) : words_(std::begin(list), std::end(list)) {
    std::sort(words_.begin(), words_.end());
    for (std::string_view w : words_) {
      lengths_ |= std::uint64_t{1} << std::min<std::size_t>(w.size(), 63);
      first_[static_cast<unsigned char>(w[0])] = true;
    }
  }
  bool Has(std::string_view w) const {
    if (w.empty() || ((lengths_ >> std::min<std::size_t>(w.size(), 63)) & 1) == 0 ||
        !first_[static_cast<unsigned char>(w[0])]) {
      return false;
    }
    return std::binary_search(words_.begin(), words_.end(), w);
  }

 private:
  std::vector<std::string_view> words_;
  std::uint64_t lengths_ = 0;
  std::array<bool, 256> first_{};
};

template <const auto& List>
bool In(std::string_view w) {
  static const WordSet set(List);
  return set.Has(w);
}

// Lowers ASCII, Latin-1, Greek and Cyrillic capitals of `s` into buf (other bytes copied).
// False when `s` does not fit.
bool Lower(std::string_view s, char (&buf)[40], std::string_view& out) {
  if (s.size() > sizeof(buf)) return false;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      buf[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    const auto [cp, len] = DecodeUtf8(s, i);
    if (len == 2) {
      char32_t lo = cp;
      if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB) ||
          (cp >= 0x410 && cp <= 0x42F)) {
        lo = cp + 0x20;
      } else if (cp >= 0x400 && cp <= 0x40F) {
        lo = cp + 0x50;
      } else if (cp == 0x386) {
        lo = 0x3AC;
      } else if (cp >= 0x388 && cp <= 0x38A) {
        lo = cp + 0x25;
      } else if (cp == 0x38C) {
        lo = 0x3CC;
      } else if (cp == 0x38E || cp == 0x38F) {
        lo = cp + 0x3F;
      } else if (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 0 && cp != 0x130 && cp != 0x138) {
        lo = cp + 1;  // Latin Extended-A pairs: Ł ł, Š š, Ş ş (approximately; enough here)
      }
      buf[n++] = static_cast<char>(0xC0 | (lo >> 6));
      buf[n++] = static_cast<char>(0x80 | (lo & 0x3F));
      i += 2;
      continue;
    }
    const std::size_t l = len == 0 ? 1 : len;
    for (std::size_t k = 0; k < l; ++k) buf[n++] = s[i + k];
    i += l;
  }
  out = std::string_view(buf, n);
  return true;
}

enum class Script { kOther, kLatin, kGreek, kCyrillic, kHebrew, kArabic, kHangul, kThai };

Script ScriptOf(char32_t cp) {
  if (cp < 0x80) return Alpha(static_cast<char>(cp)) ? Script::kLatin : Script::kOther;
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return Script::kLatin;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return Script::kLatin;
  if (cp >= 0x370 && cp <= 0x3FF) return Script::kGreek;
  if (cp >= 0x400 && cp <= 0x52F) return Script::kCyrillic;
  if (cp >= 0x5D0 && cp <= 0x5EA) return Script::kHebrew;
  if (cp >= 0x620 && cp <= 0x6D3) return Script::kArabic;
  if (cp >= 0xAC00 && cp <= 0xD7A3) return Script::kHangul;
  if (cp >= 0xE01 && cp <= 0xE4E) return Script::kThai;
  return Script::kOther;
}

struct Tok {
  std::size_t b = 0;
  std::size_t e = 0;  // without a trailing ','
  bool comma = false;
  bool gap = false;  // two or more spaces before it: a column's gap, not one line
};

// The words of text[from, to) apart by spaces, the last `max` of them.
int Tokens(std::string_view text, std::size_t from, std::size_t to, Tok* toks, int max) {
  int n = 0;
  std::size_t i = from;
  while (i < to) {
    while (i < to && text[i] == ' ') ++i;
    if (i >= to) break;
    std::size_t e = i;
    while (e < to && text[e] != ' ') ++e;
    Tok t{i, e, false, i >= from + 2 && text[i - 2] == ' '};
    if (t.e > t.b && text[t.e - 1] == ',') {
      --t.e;
      t.comma = true;
    } else if (t.e >= t.b + 2 && text.compare(t.e - 2, 2, "\xD8\x8C") == 0) {
      t.e -= 2;  // the Arabic comma
      t.comma = true;
    }
    if (n == max) {
      std::move(toks + 1, toks + max, toks);
      --n;
    }
    if (t.e > t.b) toks[n++] = t;
    i = e;
  }
  return n;
}

// A capitalised word of a name (letters, '-', '\'', '.'), a lower-case particle, or a word of
// an uncased script (`script` tells which, kOther for none).
enum class NameTok { kNone, kCapital, kParticle, kUncased, kNumber };

NameTok ReadNameTok(std::string_view text, const Tok& t, Script* script) {
  const std::string_view w = text.substr(t.b, t.e - t.b);
  const auto [cp, len] = DecodeUtf8(w, 0);
  if (len == 0) return NameTok::kNone;
  if (Digit(w[0])) {
    for (char c : w) {
      if (!Digit(c) && c != '.') return NameTok::kNone;
    }
    return w.size() <= 3 ? NameTok::kNumber : NameTok::kNone;
  }
  const Script s = ScriptOf(cp);
  if (s == Script::kHebrew || s == Script::kArabic || s == Script::kHangul || s == Script::kThai) {
    for (std::size_t i = 0; i < w.size();) {
      const auto [c, l] = DecodeUtf8(w, i);
      if (l == 0 ||
          (ScriptOf(c) != s && c != '\'' && c != 0x5F3 && c != '-' && c != '"' && c != 0x5F4))
        return NameTok::kNone;
      i += l;
    }
    if (script != nullptr) *script = s;
    return NameTok::kUncased;
  }
  char buf[40];
  std::string_view lower;
  if (Lower(w, buf, lower) && In<kParticles>(lower)) return NameTok::kParticle;
  // "l'Église", "d'Italie": an elided article glued to a capitalised name.
  if ((w[0] == 'l' || w[0] == 'd' || w[0] == 'L' || w[0] == 'D') && w.size() > 3 &&
      (w[1] == '\'' || w.substr(1, 3) == "\u2019")) {
    const std::size_t at = w[1] == '\'' ? 2 : 4;
    if (at < w.size()) {
      Tok rest{t.b + at, t.e, t.comma};
      return ReadNameTok(text, rest, script);
    }
  }
  if (!IsNameCapital(cp)) return NameTok::kNone;
  int letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    const auto [c, l] = DecodeUtf8(w, i);
    if (l == 0) return NameTok::kNone;
    if (IsNameLetter(c)) {
      ++letters;
    } else if (c != '-' && c != '\'' && c != 0x2019 && c != '.') {
      return NameTok::kNone;
    }
    i += l;
  }
  if (script != nullptr) *script = ScriptOf(cp);
  return letters > 0 ? NameTok::kCapital : NameTok::kNone;
}

bool HasEnding(std::string_view lower) {
  if (In<kNotStreets>(lower)) return false;
  for (std::string_view e : kEndings) {
    if (lower.size() >= e.size() + (e.size() <= 4 ? 3 : 2) && lower.ends_with(e)) return true;
  }
  return false;
}

bool Lowered(std::string_view text, const Tok& t, char (&buf)[40], std::string_view& out) {
  return Lower(text.substr(t.b, t.e - t.b), buf, out);
}

// Units, floors and a colonia after a house number ending at `e` (up to two): "/12" aside
// (HouseNumber), " m. 48", ", Apt 3A", ", кв. 7", ", 1º dcha.", ", Col. Roma Norte". Returns the
// new end, or `e`.
std::size_t UnitsAfter(std::string_view text, std::size_t e) {
  const std::size_t n = text.size();
  for (int round = 0; round < 2; ++round) {
    std::size_t k = e;
    // Brazil writes the unit after a dash: "Avenida Rio Branco, 1025 - ap. 606", "- casa 12".
    if (text.compare(k, 3, " - ") == 0) {
      std::size_t w = k + 3;
      while (w < n && Alpha(text[w]) && w - k < 10) ++w;
      if (w < n && text[w] == '.') ++w;
      const std::string_view unit = text.substr(k + 3, w - k - 3);
      static constexpr std::string_view kDashUnits[] = {"ap.",   "ap",   "apto",  "apto.",
                                                        "apt.",  "casa", "sala",  "loja",
                                                        "bloco", "cj.",  "conj.", "lote"};
      if (In<kDashUnits>(unit) && w + 1 < n && text[w] == ' ' && Digit(text[w + 1])) {
        std::size_t x = w + 1;
        while (x < n && x - w < 6 && Alnum(text[x])) ++x;
        e = x;
        continue;
      }
    }
    if (k < n && text[k] == ',') ++k;
    if (k >= n || text[k] != ' ') break;
    ++k;
    std::size_t w = k;
    while (w < n && text[w] != ' ' && text[w] != ',' && w - k < 12) ++w;
    char buf[40];
    std::string_view lower;
    bool took = false;
    if (w < n && text[w] == ' ' && Lower(text.substr(k, w - k), buf, lower) && In<kUnits>(lower)) {
      std::size_t v = w + 1;
      std::size_t x = v;
      bool digit = false;
      while (x < n && x - v < 6 && (Alnum(text[x]) || text[x] == '-')) digit |= Digit(text[x++]);
      if (digit && (x >= n || !Alnum(text[x]))) {
        e = x;
        took = true;
      }
    } else if (k < n && text[k] == '#' && k + 1 < n && Digit(text[k + 1])) {
      std::size_t x = k + 1;
      while (x < n && x - k < 6 && Alnum(text[x])) ++x;
      e = x;
      took = true;
    } else if (k < n && Digit(text[k]) && text[e] == ',') {
      // A Spanish or Portuguese floor: "1º dcha.", "3.º Esq.", "2.º Dto.", "4ª".
      std::size_t x = k;
      while (x < n && Digit(text[x]) && x - k < 2) ++x;
      if (x < n && text[x] == '.') ++x;
      const std::string_view rest = text.substr(x);
      std::size_t mark = 0;
      for (std::string_view m :
           {std::string_view("º"), std::string_view("ª"), std::string_view("°")}) {
        if (rest.starts_with(m)) mark = m.size();
      }
      // A Korean flat or floor: "536, 1404호".
      std::size_t y = k;
      while (y < n && Digit(text[y]) && y - k < 5) ++y;
      for (std::string_view m : {std::string_view("호"), std::string_view("층")}) {
        if (mark == 0 && text.compare(y, m.size(), m) == 0) {
          e = y + m.size();
          took = true;
        }
      }
      if (mark > 0) {
        x += mark;
        e = x;
        took = true;
        if (x + 1 < n && text[x] == ' ' && Alpha(text[x + 1])) {
          std::size_t y = x + 1;
          while (y < n && Alpha(text[y]) && y - x <= 5) ++y;
          char b2[40];
          std::string_view side;
          if (Lower(text.substr(x + 1, y - x - 1), b2, side) &&
              (side == "dcha" || side == "izq" || side == "izda" || side == "esq" ||
               side == "dto" || side == "dir" || side == "drcha" || side == "centro" ||
               side == "ctro" || side.size() == 1)) {
            e = y;
            if (e < n && text[e] == '.') ++e;
          }
        }
      }
    } else if (text[e] == ',' && text.compare(k, 5, "Col. ") == 0) {
      // A Mexican colonia: ", Col. Roma Norte", up to a ',' or the line's end.
      std::size_t x = k + 5;
      std::size_t last = 0;
      for (int words = 0; words < 4 && x < n; ++words) {
        Tok t{x, x, false};
        while (t.e < n && text[t.e] != ' ' && text[t.e] != ',' && text[t.e] != '\n' &&
               text[t.e] != '"' && text[t.e] != ';' && text[t.e] != '\\' && text[t.e] != ')') {
          ++t.e;
        }
        const NameTok kind = ReadNameTok(text, t, nullptr);
        if (kind != NameTok::kCapital && kind != NameTok::kParticle) break;
        if (kind == NameTok::kCapital) last = t.e;
        if (t.e >= n || text[t.e] != ' ') break;
        x = t.e + 1;
      }
      if (last > 0) {
        e = last;
        took = true;
      }
    }
    if (!took) break;
  }
  return e;
}

// The house number at text[d]: digits, a letter, "/12" or "-14", " bis"; then units, floors
// and a colonia ("/12", " m. 48", ", Apt 3A", ", 1º dcha.", ", Col. Roma Norte"). Returns the
// end, or `d` when the number is a measure, a date, a time or a longer token.
std::size_t HouseNumber(std::string_view text, std::size_t d) {
  const std::size_t n = text.size();
  std::size_t e = d;
  while (e < n && Digit(text[e]) && e - d < 5) ++e;
  if (e == d || (e < n && Digit(text[e]))) return d;
  if (e < n && Alpha(text[e]) && (e + 1 >= n || !Alnum(text[e + 1]))) ++e;  // "123A"
  if (e + 1 < n && (text[e] == '/' || text[e] == '-') && Alnum(text[e + 1])) {
    std::size_t k = e + 1;
    while (k < n && Alnum(text[k]) && k - e <= 4) ++k;
    if (k - e <= 4 && !(k < n && (Alnum(text[k]) || text[k] == '/' || text[k] == '-'))) e = k;
  }
  // A decimal, a time, a ratio, a version, an identifier: no house number.
  if (e < n) {
    const char c = text[e];
    if (Alnum(c) || c == '_' || c == '%' || c == '/' || c == '@') return d;
    if ((c == '.' || c == ':' || c == ',' || c == '-') && e + 1 < n && Digit(text[e + 1])) return d;
  }
  // A measure or a count right after: "5 km", "2 messages" is left to the loose-head check.
  if (e + 1 < n && text[e] == ' ') {
    std::size_t k = e + 1;
    while (k < n && k - e <= 6 && (Alpha(text[k]) || text[k] == '%')) ++k;
    char buf[40];
    std::string_view lower;
    if (k > e + 1 && (k >= n || (!Alnum(text[k]) && text[k] != '.')) &&
        Lower(text.substr(e + 1, k - e - 1), buf, lower) && In<kMeasures>(lower)) {
      return d;
    }
    if (text.compare(e + 1, 3, "bis") == 0 || text.compare(e + 1, 3, "ter") == 0) {
      if (e + 4 >= n || !Alnum(text[e + 4])) e += 4;
    }
  }
  return UnitsAfter(text, e);
}

// After a loose head's number: the text ends, a break or punctuation, or a word that is short
// or capitalised ("in via Roma 12 a Milano", "Via Roma 12 Milano"), not "2 messages".
bool LooseEndOk(std::string_view text, std::size_t e, bool strict) {
  if (e >= text.size()) return true;
  const char c = text[e];
  if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ')' || c == '"' || c == '\'' ||
      c == '\t' || c == '|' || c == '<' || c == ']') {
    return true;
  }
  if (c == '\\') return true;
  if (c == '.') return e + 1 >= text.size() || text[e + 1] == ' ' || text[e + 1] == '\n';
  if (c != ' ' || strict) return strict && c == ' ' && e + 1 < text.size() && text[e + 1] == '(';
  std::size_t k = e + 1;
  if (k >= text.size() || !Alpha(text[k])) return true;
  if (text[k] >= 'A' && text[k] <= 'Z') return true;
  std::size_t w = k;
  while (w < text.size() && Alpha(text[w])) ++w;
  // A count's noun ("2 messages", "5 times", "3 users") or an English verb or link word.
  const std::string_view word = text.substr(k, w - k);
  static constexpr std::string_view kNotAfter[] = {
      "is",  "are",  "was",   "were", "per", "of", "or", "and", "to", "for",
      "new", "more", "other", "left", "ago", "x",  "in", "on",  "at", "by"};
  return !(word.size() >= 3 && word.back() == 's') && !In<kNotAfter>(word);
}

// The house number's line opening before it: a head and the name, or the name and its type.
// `p` is where the words end (before the spaces, a ',' and a marker ahead of the number).
// Returns the line's start, or npos.
std::size_t StreetBefore(std::string_view text, std::size_t p, std::size_t num_end,
                         std::size_t floor) {
  constexpr std::size_t kNone = std::string_view::npos;
  // The word right before the number: a lower-case ASCII word is mostly prose ("page 5", "in
  // 2024"), a street only when it is a type written after the name ("Kossuth Lajos utca 12").
  {
    std::size_t lw = p;
    while (lw > floor && p - lw < 40 && text[lw - 1] != ' ' && text[lw - 1] != '\n') --lw;
    if (lw == p) return kNone;
    const char c = text[lw];
    if (c >= 'a' && c <= 'z') {
      char buf[40];
      std::string_view lower;
      if (!Lower(text.substr(lw, p - lw), buf, lower) || !In<kTypesAfter>(lower)) return kNone;
    }
  }
  // The words of the line's segment: back to a break, a tab, a quote, a bracket, a ':' or '='.
  std::size_t seg = p;
  while (seg > floor && p - seg < 96) {
    const char c = text[seg - 1];
    if (c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '(' || c == '[' || c == '|' ||
        c == ';' || c == '=' || c == '>' || c == '<' || c == '{') {
      break;
    }
    if (c == ':') break;
    if (c == ',' && seg < p && text[seg] != ' ') break;        // a CSV row's delimiter
    if (c == 'n' && seg >= 2 && text[seg - 2] == '\\') break;  // a JSON string's "\n"
    --seg;
  }
  Tok toks[9];
  const int count = Tokens(text, seg, p, toks, 9);
  if (count == 0) return kNone;
  // A head and the name after it; the earliest head wins.
  for (int h = std::max(0, count - 7); h < count; ++h) {
    const Tok& head = toks[h];
    char buf[40];
    std::string_view lower;
    if (!Lowered(text, head, buf, lower)) continue;
    int name_from = h + 1;
    bool head_ok = In<kHeads>(lower);
    std::size_t head_begin = head.b;
    // Hebrew glues a preposition or article to the word: "לרחוב הרצל 67", "בשדרות ...".
    if (!head_ok && lower.size() > 4 && static_cast<unsigned char>(lower[0]) == 0xD7) {
      const std::string_view prefix = lower.substr(0, 2);
      if ((prefix == "ל" || prefix == "ב" || prefix == "מ" || prefix == "ה" || prefix == "ו" ||
           prefix == "ש" || prefix == "כ") &&
          In<kHeads>(lower.substr(2))) {
        head_ok = true;
        head_begin = head.b + 2;
      }
    }
    bool loose = head_ok && In<kLooseHeads>(lower);
    bool german = false;
    if (!head_ok && lower.starts_with("c/") && lower.size() > 2) {
      // "C/Mayor 5": the street word glued to the name's first word.
      if (ReadNameTok(text, Tok{head.b + 2, head.e, head.comma}, nullptr) != NameTok::kCapital)
        continue;
      if (h + 1 == count) return head.b;
      head_ok = true;
    }
    if (!head_ok && In<kGermanHeads>(lower) && text[head.b] >= 'A' && text[head.b] <= 'Z') {
      head_ok = german = true;
      // "An der Kirche", "Auf dem Berg": the article after the preposition.
      if (h + 1 < count) {
        char b2[40];
        std::string_view art;
        if (Lowered(text, toks[h + 1], b2, art) && (art == "der" || art == "dem" || art == "den"))
          ++name_from;
      }
    }
    if (!head_ok || head.comma || name_from >= count) continue;
    bool capital = false;
    bool ok = true;
    Script head_script = Script::kOther;
    {
      const auto [cp, len] = DecodeUtf8(text, head.b);
      if (len > 0) head_script = ScriptOf(cp);
    }
    for (int k = name_from; k < count && ok; ++k) {
      if ((toks[k].comma && k + 1 < count) || toks[k].gap) ok = false;
      Script s = Script::kOther;
      const NameTok kind = ReadNameTok(text, toks[k], &s);
      switch (kind) {
        case NameTok::kCapital:
          capital = true;
          break;
        case NameTok::kUncased:
          if (s != head_script) ok = false;
          capital = true;
          break;
        case NameTok::kParticle:
          if (k == count - 1) ok = false;
          break;
        case NameTok::kNumber:
          if (k == count - 1 || german) ok = false;  // "ul. 3 Maja 5"
          break;
        default:
          ok = false;
      }
    }
    if (!ok || !capital) continue;
    if ((loose || german) && !LooseEndOk(text, num_end, german)) return kNone;
    return head_begin;
  }
  // The name, then its type: "Kossuth Lajos utca 12", "Cumhuriyet Mah. Gül Sok. No:39".
  {
    const Tok& last = toks[count - 1];
    char buf[40];
    std::string_view lower;
    if (!Lowered(text, last, buf, lower)) return kNone;
    bool typed = In<kTypesAfter>(lower);
    std::size_t start = kNone;
    if (typed) {
      // German and Dutch nouns are capitalised: only the adjective right before the type
      // ("Mariahilfer Straße", "Berliner Allee"), not "des Hauses Mariahilfer Straße".
      const int max_names =
          (lower == "straße" || lower == "strasse" || lower == "str." || lower == "gasse" ||
           lower == "weg" || lower == "allee" || lower == "platz" || lower == "damm" ||
           lower == "chaussee" || lower == "ufer" || lower == "straat" || lower == "laan" ||
           lower == "plein" || lower == "kade" || lower == "gracht" || lower == "dijk" ||
           lower == "singel")
              ? 1
              : 4;
      int k = count - 2;
      int names = 0;
      while (k >= 0 && count - 1 - k <= 6 && !toks[k].comma && !toks[k + 1].gap) {
        char b2[40];
        std::string_view lk;
        const NameTok kind = ReadNameTok(text, toks[k], nullptr);
        if (kind == NameTok::kCapital) {
          ++names;
          start = toks[k].b;
        } else if (names > 0 && Lowered(text, toks[k], b2, lk) && In<kTypesAfter>(lk) && k > 0 &&
                   ReadNameTok(text, toks[k - 1], nullptr) == NameTok::kCapital) {
          // a Turkish neighbourhood before its street: "Cumhuriyet Mah. Gül Sok."
        } else if (kind == NameTok::kParticle && names > 0 && k > 0) {
          // "Jan van Galen straat"
        } else {
          break;
        }
        // A capitalised first word of a sentence is no part of the name: stop at a word whose
        // own previous word ends a sentence.
        --k;
        if (names >= max_names) break;
      }
      if (start != kNone) return start;
      return kNone;
    }
    // One word with its type glued on, after capitalised words of its name ("Carl-von-Ossietzky-
    // Straße" is one; "Sankt Annæ Plads" aside): only the word itself.
    if (ReadNameTok(text, last, nullptr) == NameTok::kCapital && HasEnding(lower)) return last.b;
    // Korean: a road's name ending in 로 or 길, after its city and district ("서울특별시 강남구
    // 테헤란로 365").
    Script s = Script::kOther;
    if (ReadNameTok(text, last, &s) == NameTok::kUncased && s == Script::kHangul &&
        (lower.ends_with("로") || lower.ends_with("길")) && lower.size() >= 6) {
      std::size_t begin = last.b;
      for (int k = count - 2; k >= 0 && count - 1 - k <= 4; --k) {
        Script s2 = Script::kOther;
        char b2[40];
        std::string_view lk;
        if (toks[k].comma || ReadNameTok(text, toks[k], &s2) != NameTok::kUncased ||
            s2 != Script::kHangul || !Lowered(text, toks[k], b2, lk)) {
          break;
        }
        if (!(lk.ends_with("시") || lk.ends_with("도") || lk.ends_with("구") ||
              lk.ends_with("군") || lk.ends_with("동") || lk.ends_with("읍") ||
              lk.ends_with("면"))) {
          break;
        }
        begin = toks[k].b;
      }
      return begin;
    }
  }
  return kNone;
}

// A flat or unit written before a street line that opens with its number ("Unit 27, 161 Beach
// Road", "Flat 2, 43 Park Road", "Apt 4B, 12 Oak St"): its start, or `d`.
std::size_t UnitBefore(std::string_view text, std::size_t d) {
  if (d < 8 || text[d - 1] != ' ' || text[d - 2] != ',') return d;
  std::size_t v = d - 2;
  std::size_t x = v;
  bool digit = false;
  while (x > 0 && v - x < 5 && Alnum(text[x - 1])) digit |= Digit(text[--x]);
  if (x == v || !digit || x < 2 || text[x - 1] != ' ') return d;
  std::size_t w = x - 1;
  std::size_t u = w;
  while (u > 0 && w - u < 10 && Alpha(text[u - 1])) --u;
  const std::string_view unit = text.substr(u, w - u);
  static constexpr std::string_view kBefore[] = {"Flat", "Unit", "Apartment", "Apt",  "Suite",
                                                 "Apt.", "Shop", "Level",     "Villa"};
  if (!In<kBefore>(unit) || (u > 0 && Alnum(text[u - 1]))) return d;
  return u;
}

// Number first: "43 avenue Jean-Jaurès", "1906 N 34th St, Apt 3A", "99 ถนนสุขุมวิท". `d` is the
// number's start; returns the line's end, or d.
std::size_t StreetAfter(std::string_view text, std::size_t d) {
  const std::size_t n = text.size();
  std::size_t e = d;
  while (e < n && Digit(text[e]) && e - d < 6) ++e;
  if (e < n && Alpha(text[e]) && e + 1 < n && text[e + 1] == ' ') ++e;  // "12B rue ..."
  if (e < n && text[e] == ',') ++e;
  if (e + 1 >= n || text[e] != ' ' || text[e + 1] == ' ') return d;
  if (text.compare(e, 5, " bis ") == 0 || text.compare(e, 5, " ter ") == 0) e += 4;
  // The next word: a street word, a direction, a capitalised name or an ordinal. A lower-case
  // ASCII word that is no street word ("5 messages") ends it here, before the tokenising below.
  {
    const char c = text[e + 1];
    if (c >= 'a' && c <= 'z') {
      std::size_t w = e + 1;
      while (w < n && text[w] != ' ' && text[w] != ',' && w - e <= 12) ++w;
      char buf[40];
      std::string_view lower;
      if (!Lower(text.substr(e + 1, w - e - 1), buf, lower) || !In<kNumberFirstHeads>(lower))
        return d;
    } else if (!(c >= 'A' && c <= 'Z') && !Digit(c) && static_cast<unsigned char>(c) < 0x80) {
      return d;
    }
  }
  Tok toks[8];
  std::size_t line_end = e + 1;
  while (line_end < n && line_end - e < 96 && text[line_end] != '\n' && text[line_end] != '\r' &&
         text[line_end] != '\t' && text[line_end] != '"' && text[line_end] != '|' &&
         text[line_end] != ';' && text[line_end] != '(' &&
         !(text[line_end] == '\\' && line_end + 1 < n && text[line_end + 1] == 'n')) {
    ++line_end;
  }
  // Only the first 8 words matter; Tokens keeps the last `max`, so cut the range first.
  std::size_t cut = e + 1;
  for (int words = 0; cut < line_end && words < 8; ++words) {
    while (cut < line_end && text[cut] == ' ') ++cut;
    while (cut < line_end && text[cut] != ' ') ++cut;
  }
  int count = Tokens(text, e + 1, cut, toks, 8);
  for (int k = 1; k < count; ++k) {
    if (toks[k].gap) count = k;  // a column's gap ends the line
  }
  if (count == 0) return d;
  char buf[40];
  std::string_view first;
  if (!Lowered(text, toks[0], buf, first)) return d;
  // Thai: "ถนน" or "ซอย" glued to the name.
  if (first.starts_with("ถนน") || first.starts_with("ซอย")) return toks[0].e;
  if (In<kNumberFirstHeads>(first) && !toks[0].comma) {
    std::size_t end = d;
    bool capital = false;
    const auto [hcp, hlen] = DecodeUtf8(text, toks[0].b);
    const Script head_script = hlen > 0 ? ScriptOf(hcp) : Script::kOther;
    for (int k = 1; k < count && k <= 5; ++k) {
      Script s = Script::kOther;
      const NameTok kind = ReadNameTok(text, toks[k], &s);
      if (kind == NameTok::kCapital ||
          (kind == NameTok::kUncased && s == Script::kArabic && head_script == Script::kArabic)) {
        capital = true;
        end = toks[k].e;
      } else if (kind != NameTok::kParticle) {
        break;
      }
      if (toks[k].comma) break;
    }
    if (capital) return end;
    return d;
  }
  // English: an optional direction, the name's words, the type, an optional direction, a unit.
  int k = 0;
  if (In<kDirections>(first) && text[toks[0].b] >= 'A' && text[toks[0].b] <= 'Z' && !toks[0].comma)
    k = 1;
  int words = 0;
  for (; k < count && words < 4; ++k) {
    char b2[40];
    std::string_view lk;
    if (!Lowered(text, toks[k], b2, lk)) return d;
    if (words > 0 && In<kEnglishTypes>(lk) && text[toks[k].b] >= 'A' && text[toks[k].b] <= 'Z') {
      std::size_t end = toks[k].e;
      if (!toks[k].comma && k + 1 < count) {
        char b3[40];
        std::string_view dir;
        if (Lowered(text, toks[k + 1], b3, dir) && In<kDirections>(dir) &&
            text[toks[k + 1].b] >= 'A' && text[toks[k + 1].b] <= 'Z' &&
            (toks[k + 1].comma || k + 2 >= count || toks[k + 1].e == cut)) {
          end = toks[k + 1].e;
        }
      }
      return UnitsAfter(text, end);
    }
    const NameTok kind = ReadNameTok(text, toks[k], nullptr);
    const bool ordinal =
        lk.size() >= 3 && Digit(lk[0]) &&
        (lk.ends_with("st") || lk.ends_with("nd") || lk.ends_with("rd") || lk.ends_with("th"));
    if ((kind != NameTok::kCapital && !ordinal) || toks[k].comma) return d;
    ++words;
  }
  return d;
}

}  // namespace

namespace {

bool IsHanOrKatakana(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC || cp == 0x3005 || cp == 0x30F6;
}

// A Japanese or Chinese block number glued to its place's name (`d`: the first digit, a Han
// letter right before it): "世田谷区北沢4-5-17", "左京区下鴨松原町53", "北沢2丁目12番8号",
// "北京市朝阳区建国路89号". Returns [begin, end) or begin == end.
StreetSpan CjkBlock(std::string_view text, std::size_t d, std::size_t floor) {
  const std::size_t n = text.size();
  StreetSpan none{d, d};
  // The run of Han (and katakana) letters before the number, up to 24.
  std::size_t b = d;
  int letters = 0;
  bool admin = false;  // a prefecture, city, ward, town or village in it
  char32_t last = 0;
  while (b > floor && letters < 24) {
    std::size_t k = b - 1;
    while (k > floor && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    const auto [cp, len] = DecodeUtf8(text, k);
    if (len == 0 || k + len != b || !IsHanOrKatakana(cp)) break;
    // A date's or time's letter, or a verb or particle of place ("会在", "到", "住在"): what
    // comes before is no part of the address.
    const bool after_digit = k > floor && Digit(text[k - 1]);
    if (((cp == U'年' || cp == U'月' || cp == U'日' || cp == U'時' || cp == U'时' || cp == U'点' ||
          cp == U'分') &&
         after_digit) ||
        cp == U'到' || cp == U'在' || cp == U'去' || cp == U'往' || cp == U'于' || cp == U'從' ||
        cp == U'从' || cp == U'住' || cp == U'的' || cp == U'是' || cp == U'和' || cp == U'与' ||
        cp == U'及' || cp == U'為' || cp == U'为' || cp == U'向' || cp == U'至' || cp == U'來' ||
        cp == U'来') {
      break;
    }
    if (letters == 0) last = cp;
    admin = admin || cp == U'都' || cp == U'道' || cp == U'府' || cp == U'県' || cp == U'市' ||
            cp == U'区' || cp == U'町' || cp == U'村' || cp == U'郡' || cp == U'省' || cp == U'區';
    b = k;
    ++letters;
  }
  if (letters < 2) return none;
  auto starts = [&](std::size_t at, std::u8string_view w) {
    return text.compare(at, w.size(), reinterpret_cast<const char*>(w.data()), w.size()) == 0;
  };
  std::size_t e = d;
  auto digits = [&](std::size_t at) {
    std::size_t x = at;
    while (x < n && Digit(text[x]) && x - at < 5) ++x;
    return x;
  };
  e = digits(d);
  bool shaped = false;
  // "4-5-17": hyphens (ASCII, minus, full-width) between up to four numbers.
  for (int parts = 0; parts < 3; ++parts) {
    std::size_t h = 0;
    if (e < n && text[e] == '-')
      h = 1;
    else if (starts(e, u8"−") || starts(e, u8"－") || starts(e, u8"ー"))
      h = 3;
    if (h == 0 || e + h >= n || !Digit(text[e + h])) break;
    e = digits(e + h);
    shaped = true;
  }
  // "2丁目12番8号", "12番地", "89号".
  for (int parts = 0; parts < 4; ++parts) {
    std::size_t u = 0;
    for (std::u8string_view unit :
         {std::u8string_view(u8"丁目"), std::u8string_view(u8"番地"), std::u8string_view(u8"番"),
          std::u8string_view(u8"号"), std::u8string_view(u8"號")}) {
      if (starts(e, unit)) {
        u = unit.size();
        break;
      }
    }
    if (u == 0) break;
    e += u;
    shaped = true;
    if (e < n && Digit(text[e])) {
      e = digits(e);
      // "1丁目21-17": the rest of the block number after a dash.
      while (e + 1 < n && text[e] == '-' && Digit(text[e + 1])) e = digits(e + 1);
    } else {
      break;
    }
  }
  // A building, a floor or a flat after the number: "969号22栋1434室", "536, 1404호".
  for (int parts = 0; parts < 3; ++parts) {
    std::size_t x = e;
    if (text.compare(x, 2, ", ") == 0) x += 2;
    // The digits may have been read already ("969号22" then "栋").
    const bool read = x == e && e > d && Digit(text[e - 1]);
    if (!read && (x >= n || !Digit(text[x]))) break;
    const std::size_t y = read ? e : digits(x);
    std::size_t u = 0;
    for (std::u8string_view unit :
         {std::u8string_view(u8"栋"), std::u8string_view(u8"棟"), std::u8string_view(u8"室"),
          std::u8string_view(u8"楼"), std::u8string_view(u8"樓"), std::u8string_view(u8"单元"),
          std::u8string_view(u8"号室"), std::u8string_view(u8"호"), std::u8string_view(u8"층"),
          std::u8string_view(u8"동")}) {
      if (starts(y, unit)) {
        u = unit.size();
        break;
      }
    }
    if (u == 0) break;
    e = y + u;
    shaped = true;
  }
  if (e < n && (Alnum(text[e]) || text[e] == '.' || text[e] == ':')) return none;
  const bool street_end = last == U'路' || last == U'街' || last == U'道' || last == U'巷' ||
                          last == U'弄' || last == U'町' || last == U'村' || last == U'通' ||
                          last == U'目';
  if (!(shaped && (admin || street_end)) && !(admin && (last == U'町' || last == U'村')))
    return none;
  return StreetSpan{b, e};
}

// A house-number marker ending at `k` ("No:", "Nr. ", "nº", "д. "), after a space or ", ":
// the marker's start, or k.
std::size_t MarkerBefore(std::string_view text, std::size_t k, std::size_t floor) {
  std::size_t m = k;
  while (m > floor && text[m - 1] == ' ' && k - m < 2) --m;
  std::size_t w = m;
  while (w > floor && k - w < 8 && text[w - 1] != ' ' && text[w - 1] != ',') --w;
  if (w == m || w == floor || text[w - 1] != ' ') return k;
  char buf[40];
  std::string_view lower;
  if (!Lower(text.substr(w, m - w), buf, lower) || !In<kNumberMarkers>(lower)) return k;
  if (lower == "n" || lower == "no") {
    // Bare "N 5" or "no 5" only with a ':' or '.' glued ("No:39") or a capital ("No 5").
    if (lower == "n" || text[w] != 'N') return k;
  }
  return w;
}

}  // namespace

void FindStreetLines(std::string_view text, std::vector<StreetSpan>& out) {
  const std::size_t n = text.size();
  std::size_t floor = 0;  // end of the last line found
  for (std::size_t i = 0; i < n;) {
    // Skip eight bytes at a time while none is an ASCII digit: a byte b is one when b ^ '0' is
    // below 10 (Bit Twiddling Hacks' hasless; bytes of 0x80 and above never count).
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    while (i + 8 <= n) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      x ^= kOnes * '0';
      if (((x - kOnes * 10) & ~x & (kOnes * 0x80)) != 0) break;
      i += 8;
    }
    while (i < n && !Digit(text[i])) ++i;
    if (i >= n) break;
    const std::size_t d = i;
    std::size_t j = i;
    while (j < n && Digit(text[j])) ++j;
    i = j;
    if (j - d > 5 || d <= floor) continue;
    const auto prev = static_cast<unsigned char>(text[d - 1 + (d == 0)]);
    if (d > 0 && prev >= 0x80) {
      const StreetSpan s = CjkBlock(text, d, floor);
      if (s.end > s.begin) {
        out.push_back(s);
        floor = i = s.end;
      }
      continue;
    }
    if (d > 0 && (Alnum(static_cast<char>(prev)) || prev == '_' || prev == '-' || prev == '/' ||
                  prev == '$' || prev == '#' || prev == '+' || prev == '\\' ||
                  (prev == '.' && d >= 2 && Digit(text[d - 2])))) {
      continue;
    }
    // The number last: a street word and name before it.
    // Before the number a word ends (a letter, an abbreviation's '.', a ',') or a marker's
    // ':' or '.' is glued: most numbers in text have neither.
    bool before_ok = prev == ':' || prev == '.' || prev == 0xBA || prev == 0xB0;
    if (prev == ' ' && d >= 2) {
      const auto c2 = static_cast<unsigned char>(text[d - 2]);
      before_ok =
          Alpha(static_cast<char>(c2)) || c2 == '.' || c2 == ',' || c2 >= 0x80 || c2 == '\'';
    }
    const std::size_t num_end = before_ok && d >= 3 ? HouseNumber(text, d) : d;
    if (num_end > d) {
      // Words end before the number's space, a ',' and a marker; or a marker glued ("No:39").
      std::size_t k = d;
      if (prev == ' ') {
        k = d - 1;
        k = MarkerBefore(text, k, floor);
        if (k > floor && text[k - 1] == ' ') --k;
        if (k > floor && text[k - 1] == ',') --k;
      } else if (prev == ':' || prev == '.' || prev == 0xBA /* º */ || prev == 0xB0 /* ° */) {
        std::size_t w = d;
        while (w > floor && d - w < 6 && text[w - 1] != ' ') --w;
        char buf[40];
        std::string_view lower;
        if (w > floor && Lower(text.substr(w, d - w), buf, lower) && In<kNumberMarkers>(lower)) {
          k = w - 1;
          if (k > floor && text[k - 1] == ',') --k;
        }
      }
      if (k < d && k > floor) {
        const std::size_t begin = StreetBefore(text, k, num_end, floor);
        if (begin != std::string_view::npos && begin >= floor) {
          out.push_back(StreetSpan{begin, num_end});
          floor = i = num_end;
          continue;
        }
      }
    }
    // The number first: "43 avenue Jean-Jaurès", "1906 N 34th St".
    const bool after_digit = d >= 2 && Digit(text[d - 2]);  // "10:30", "1,5"
    if (d == 0 || prev == ' ' || prev == '\n' || prev == '\t' || prev == '"' || prev == '(' ||
        ((prev == ',' || prev == ':') && !after_digit) || prev == '>') {
      const std::size_t end = StreetAfter(text, d);
      if (end > d) {
        out.push_back(StreetSpan{std::max(UnitBefore(text, d), floor), end});
        floor = i = end;
      }
    }
  }
}

}  // namespace mcpgw::guards::pii
