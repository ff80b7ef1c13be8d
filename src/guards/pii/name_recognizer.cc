#include "guards/pii/name_recognizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "guards/pii/context_words.h"
#include "guards/pii/entity.h"
#include "guards/pii/gazetteer.h"

namespace mcpgw::guards::pii {
namespace {

constexpr int kMaxWords = 4;

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;  // without a trailing possessive "'s"
  char key[48];  // UTF-8: Cyrillic and Greek letters take two bytes
  std::size_t key_len = 0;
  bool all_caps = false;
  bool initial = false;  // "J."
  std::uint16_t flags = 0;
};

// The code point at text[i] and its byte length; a byte that starts no valid sequence decodes
// to itself with length 1 (and is no letter).
char32_t DecodeAt(std::string_view text, std::size_t i, std::size_t& len) {
  const auto [cp, n] = core::DecodeUtf8(text, i);
  len = n == 0 ? 1 : n;
  return n == 0 ? static_cast<unsigned char>(text[i]) : cp;
}

// Letters of the scripts names are written in with capitals: Latin (Latin-1, Extended-A and -B,
// Extended Additional: Vietnamese), Greek and Cyrillic.
bool IsLetterCp(char32_t cp) {
  if (cp < 0x80) return IsAlpha(static_cast<unsigned char>(cp));
  if (cp >= 0xc0 && cp <= 0x24f) return cp != 0xd7 && cp != 0xf7;
  if (cp >= 0x386 && cp <= 0x3ff) return cp != 0x387;  // Greek
  if (cp >= 0x400 && cp <= 0x52f) return cp < 0x482 || cp > 0x489;  // Cyrillic
  return cp >= 0x1e00 && cp <= 0x1eff;
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xc0 && cp <= 0xde) return cp != 0xd7;
  // Latin Extended-A pairs capital/small letters: even code points are capitals, except in
  // U+0139..U+0148 and U+0179..U+017E (shifted by the lone U+0138); U+0178 is a capital.
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14a && cp <= 0x177) return cp % 2 == 0;
  if (cp >= 0x178 && cp <= 0x17e) return cp == 0x178 || cp % 2 == 1;
  if (cp >= 0x1cd && cp <= 0x1dc) return cp % 2 == 1;  // Ǎ ǎ ... (Pinyin tones)
  if (cp >= 0x1de && cp <= 0x1ef) return cp % 2 == 0;
  if (cp >= 0x1f8 && cp <= 0x24f) return cp % 2 == 0 && cp != 0x234 && cp != 0x236;
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38f)) return true;  // Greek with tonos
  if (cp >= 0x391 && cp <= 0x3ab) return cp != 0x3a2;
  if (cp >= 0x400 && cp <= 0x42f) return true;  // Cyrillic capitals
  if (cp >= 0x460 && cp <= 0x52f) return cp % 2 == 0 && (cp < 0x482 || cp > 0x489);
  if (cp >= 0x1e00 && cp <= 0x1eff) return cp % 2 == 0;  // Latin Extended Additional
  return false;
}

bool IsUpperStart(std::string_view text, std::size_t i) {
  std::size_t len;
  return IsUpperCp(DecodeAt(text, i, len));
}

// The code point ending right before text[i] (walking back over continuation bytes), or 0.
char32_t DecodeBefore(std::string_view text, std::size_t i) {
  if (i == 0) return 0;
  std::size_t b = i - 1;
  while (b > 0 && i - b < 3 && (static_cast<unsigned char>(text[b]) & 0xc0) == 0x80) --b;
  std::size_t len;
  const char32_t cp = DecodeAt(text, b, len);
  return b + len == i ? cp : static_cast<unsigned char>(text[i - 1]);
}

// Reads a word at `i` (a capitalised word, or a lowercase particle when `particle_ok`).
bool ReadWord(std::string_view text, std::size_t i, Word& w) {
  const std::size_t size = text.size();
  w = Word{};
  w.begin = i;
  std::size_t j = i;
  bool lower = false;
  while (j < size) {
    std::size_t len;
    const char32_t cp = DecodeAt(text, j, len);
    if (IsLetterCp(cp)) {
      lower = lower || !IsUpperCp(cp);
      j += len;
    } else if ((text[j] == '-' || text[j] == '\'') && j + 1 < size && IsAlpha(text[j + 1]) &&
               j > i) {
      ++j;
    } else {
      break;
    }
  }
  if (j == i) return false;
  if (j < size && (IsDigit(text[j]) || text[j] == '_' || text[j] == '@' || text[j] == '(')) {
    return false;  // an identifier or a call
  }
  // Member access or a path in code: Date.now, Foo::Bar, Foo->bar.
  if (j + 1 < size && ((text[j] == '.' && IsAlpha(text[j + 1])) ||
                       (text[j] == ':' && text[j + 1] == ':') ||
                       (text[j] == '-' && text[j + 1] == '>'))) {
    return false;
  }
  std::size_t end = j;
  // Possessive: "John's" -> "John".
  if (end - i > 3 && text[end - 1] == 's' && text[end - 2] == '\'') end -= 2;
  if (end - i == 1 && j < size && text[j] == '.' && IsUpperAscii(text[i])) {
    w.initial = true;
    w.end = j + 1;
    return true;
  }
  if (end - i > sizeof(w.key)) return false;
  w.end = end;
  w.all_caps = !lower && end - i >= 2;
  for (std::size_t k = i; k < end; ++k) {
    const unsigned char c = text[k];
    w.key[w.key_len++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
  }
  return true;
}

constexpr std::string_view kParticles[] = {"van", "von", "de", "der", "den", "da", "di", "del",
                                           "della", "la", "le", "du", "dos", "das", "do", "des", "bin",
                                           "ibn", "al", "el", "ter", "ten", "st", "dela", "zu",
                                           "ap", "los", "las", "dei", "degli", "binti", "binte"};
constexpr std::string_view kGaelicParticles[] = {"\xc3\x93", "N\xc3\xad", "Nic", "Mhic",
                                                 "U\xc3\xad", "Ua"};
constexpr std::string_view kTitles[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor",
                                        "sir", "madam", "mx", "mme", "mlle", "herr", "frau",
                                        "sr", "sra", "srta", "dott", "ing", "lady", "lord",
                                        "judge", "rev", "capt", "sgt", "officer", "dame"};

template <std::size_t N>
bool InArray(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

constexpr std::string_view kPersonBefore[] = {
    "hi", "hello", "dear", "hey", "thanks", "thank", "regards", "cheers", "sincerely", "name",
    "named", "customer", "contact", "client", "patient", "employee", "author", "by",
    "cc", "attn", "attention", "signed", "manager", "agent", "assignee", "reporter", "owner",
    "spouse", "wife", "husband", "son", "daughter", "mother", "father", "colleague", "ceo",
    "cto", "cfo", "director", "engineer", "applicant", "candidate", "recipient", "sender",
    "tenant", "member", "holder", "cardholder", "beneficiary", "insured", "guest", "passenger",
    "student", "teacher", "doctor", "nurse", "mr", "mrs", "ms", "dr", "dear", "met", "meet",
    "ask", "asked", "tell", "told", "approved",
    "assigned", "reviewed", "written", "firstname", "lastname",
    "fullname", "surname", "nombre", "vorname", "nachname", "nom", "prenom", "contato"};
constexpr std::string_view kPersonAfter[] = {"said", "says", "wrote", "writes", "asked", "told",
                                            "replied", "called", "emailed", "joined", "signed",
                                            "dob", "ssn", "itin"};
constexpr std::string_view kPlaceBefore[] = {
    "in", "at", "from", "to", "near", "city", "town", "country", "state", "located", "location",
    "address", "lives", "live", "living", "moved", "based", "born", "visit", "visiting",
    "travel", "traveling", "travelling", "office", "offices", "headquartered", "headquarters",
    "region", "province", "county", "capital", "village", "destination", "origin", "ship",
    "shipping", "deliver", "delivery", "residence", "resident", "relocated", "hometown",
    "branch", "flight", "ciudad", "stadt", "ville", "pais", "land", "around", "outside",
    "downtown", "across", "throughout", "via", "site", "reached", "arrived", "arriving",
    "landed", "oficina", "bureau", "gare", "station"};

// The same prepositions in other languages, right before the place ("será en Mombasa", "a
// quitté Leeds pour s'installer à Norwich", "встретились в Springfield", "στη Durban"): short
// words, so only the word right before counts (within a window they hit "w" of "w=majority").
constexpr std::string_view kPlacePrepositions[] = {
    "en", "em", "nach", "aus", "naar", "uit", "vers", "depuis", "desde", "hacia", "para", "till",
    "au", "\xc3\xa0", "\xd0\xb2", "\xd0\xb2\xd0\xbe", "\xd0\xb8\xd0\xb7", "w", "we", "v", "ve", "z", "ze",
    "\xcf\x83\xcf\x84\xce\xb7", "\xcf\x83\xcf\x84\xce\xbf", "\xcf\x83\xcf\x84\xce\xb7\xce\xbd",
    "\xce\xb1\xcf\x80\xcf\x8c",
    // "la oficina de Brno", "ligou de Asheville", "gare de Kraków"; an itinerary's arrow.
    "de", "da", "do", "di", "du", "\xe2\x86\x92", "->",
    // Leaving a town ("the pallets left Derby", "quitte Gent pour", "verlässt Köln").
    "left", "leaves", "leaving", "quitte", "quittera", "verl\xc3\xa4sst", "verlaesst", "verlaat",
    "lascia", "deja", "opuszcza", "l\xc3\xa4mnar", "forlater", "forlader"};

bool PlacePrepositionBefore(std::string_view text, std::size_t b) {
  if (b < 2 || text[b - 1] != ' ') return false;
  std::size_t k = b - 1;
  while (k > 0 && b - 1 - k < 12 && text[k - 1] != ' ' && text[k - 1] != '\n' && text[k - 1] != '\t' &&
         text[k - 1] != '(' && text[k - 1] != '"')
    --k;
  if (k > 0 && b - 1 - k >= 12) return false;
  char buf[12];
  const std::size_t n = b - 1 - k;
  if (n == 0 || n > sizeof buf) return false;
  for (std::size_t j = 0; j < n; ++j) {
    const char c = text[k + j];
    buf[j] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return InArray(std::string_view(buf, n), kPlacePrepositions);
}

// Month and weekday names: a town may be called "Mar" or "Sun", but next to log times and dates
// ("Mar 15 10:30:45 host", "Mon, 15 Mar 2024") they are calendar words.
constexpr std::string_view kCalendarWords[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// The last word of a street name: "742 Evergreen Terrace", "10 Downing Street", "5 Oak Ave".
constexpr std::string_view kStreetSuffixes[] = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "dr", "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy",
    "circle", "cir", "square", "sq", "trail", "crescent", "close", "plaza", "row", "gardens",
    "grove", "hill", "park", "walk", "mews"};

// Street names written before their house number: the word's ending ("Hauptstraße 5",
// "Kalverstraat 92", "Rosenweg 3") or a leading street word ("Via Roma 12", "Calle Mayor 5",
// "Rua Augusta 100", "Rue de Rivoli 99").
constexpr std::string_view kStreetEndings[] = {"strasse", "stra\xc3\x9f" "e", "str", "weg", "gasse",
                                               "allee", "platz", "straat", "laan", "gracht",
                                               "plein", "vej", "gade", "gatan", "veien"};
constexpr std::string_view kStreetHeads[] = {"calle", "avenida", "rua", "via", "viale", "piazza",
                                             "rue", "carrer", "paseo", "corso", "avinguda",
                                             "travessa", "largo", "strada"};

struct Scored {
  std::size_t begin = 0;
  std::size_t end = 0;
  Entity entity = Entity::kPerson;
  float score = 0.0f;
};

// "EraOf", "iPhone": a capital after a lowercase letter other than Mc/Mac/O'/De/Le-style.
bool HasInnerCapital(std::string_view text, const Word& w) {
  for (std::size_t k = w.begin + 1; k < w.end; ++k) {
    if (IsUpperAscii(text[k]) && text[k - 1] >= 'a' && text[k - 1] <= 'z') {
      const std::size_t prefix = k - w.begin;
      if (prefix <= 3) continue;  // McDonald, MacLeod, DeShawn, LeBron
      return true;
    }
  }
  return false;
}

bool IsCellDelimiter(unsigned char c) { return c == ',' || c == '\t' || c == ';' || c == '|'; }

// The flags of the capitalised word in the cell right after (or before) `w`, or 0.
std::uint16_t CellFlags(std::string_view text, std::size_t start) {
  Word n;
  if (start >= text.size() || !IsUpperStart(text, start) || !ReadWord(text, start, n) ||
      n.initial || n.all_caps) {
    return 0;
  }
  if (n.end < text.size() && !IsCellDelimiter(text[n.end]) && text[n.end] != '\n' &&
      text[n.end] != '\r') {
    return 0;  // the cell holds more than one word
  }
  return GazetteerLookup(std::string_view(n.key, n.key_len));
}

// True when `w` (a first or last name) sits alone in a delimited cell next to a cell holding
// the complementary name: first then last, or last then first.
bool NameInNeighbourCell(std::string_view text, const Word& w, std::uint16_t flags) {
  const std::size_t size = text.size();
  const bool cell_end = w.end >= size || IsCellDelimiter(text[w.end]) || text[w.end] == '\n' ||
                        text[w.end] == '\r';
  const bool cell_start = w.begin == 0 || IsCellDelimiter(text[w.begin - 1]) ||
                          text[w.begin - 1] == '\n';
  if (!cell_end || !cell_start) return false;
  auto good = [](std::uint16_t f, std::uint16_t want) {
    return (f & want) != 0 && (f & (kCommonWord | kCountry | kRegion | kMajorCity)) == 0;
  };
  // A given name then a family name; one of them may come from the larger, unsorted list
  // ("Thabo,Dlamini"), not both.
  auto pair = [&](std::uint16_t given, std::uint16_t family) {
    return (good(given, kFirstName) && good(family, kLastName | kAnyName)) ||
           (good(given, kAnyName) && good(family, kLastName));
  };
  if (w.end < size && IsCellDelimiter(text[w.end])) {
    if (pair(flags, CellFlags(text, w.end + 1))) return true;
  }
  if (w.begin >= 2 && IsCellDelimiter(text[w.begin - 1])) {
    // The previous cell's word: walk back over it.
    std::size_t b = w.begin - 1;
    while (b > 0 && !IsCellDelimiter(text[b - 1]) && text[b - 1] != '\n') --b;
    if (pair(CellFlags(text, b), flags)) return true;
  }
  return false;
}

// True when text[b, e) is a whole cell of a delimited row: a delimiter on one side, a delimiter,
// a line break or the text's edge on the other.
bool IsWholeCell(std::string_view text, std::size_t b, std::size_t e) {
  // A Markdown cell is padded: "| Haruka Nakamura |".
  std::size_t pb = b, pe = e;
  while (pb > 0 && b - pb < 3 && (text[pb - 1] == ' ' || text[pb - 1] == '\t')) --pb;
  while (pe < text.size() && pe - e < 3 && (text[pe] == ' ' || text[pe] == '\t')) ++pe;
  const bool before_delim = (b > 0 && IsCellDelimiter(text[b - 1])) ||
                            (pb < b && pb > 0 && text[pb - 1] == '|');
  const bool after_delim = (e < text.size() && IsCellDelimiter(text[e])) ||
                           (pe > e && pe < text.size() && text[pe] == '|');
  const bool before_edge = b == 0 || text[b - 1] == '\n';
  const bool after_edge = e >= text.size() || text[e] == '\n' || text[e] == '\r';
  if ((before_delim && (after_delim || after_edge)) || (after_delim && before_edge)) return true;
  // A row of a TSV written inside a JSON string, its tabs and line ends escaped (a notebook's
  // output, "Dwayne Dunbar\tmk@shop.example\t+43 664 4993024\tBielefeld\t-14.70735, ...\n").
  const bool escaped_before = b >= 2 && text[b - 2] == '\\' && text[b - 1] == 't';
  const bool escaped_after = e + 1 < text.size() && text[e] == '\\' &&
                             (text[e + 1] == 't' || text[e + 1] == 'n');
  return escaped_before && escaped_after;
}

// A Japanese or Korean particle of place glued to the name's end ("Ballaratから", "Leedsへ",
// "Brno에서").
bool PlaceParticleAt(std::string_view text, std::size_t i) {
  static constexpr std::string_view kParticles[] = {
      "\xe3\x81\x8b\xe3\x82\x89", "\xe3\x81\xb8", "\xe3\x81\xbe\xe3\x81\xa7",  // から へ まで
      "\xe3\x81\xa7", "\xe3\x81\xab",                                               // で に
      "\xec\x97\x90\xec\x84\x9c", "\xec\x9c\xbc\xeb\xa1\x9c", "\xeb\xa1\x9c", "\xec\x97\x90"};  // 에서 으로 로 에
  for (std::string_view p : kParticles) {
    if (text.compare(i, p.size(), p) == 0) return true;
  }
  return false;
}

// Region/country or a 2-letter state code after ", " at `i`.
// The gazetteer's flags of the capitalised word at `at`, or, when that word has none of `want`,
// of it and the next word together ("South Korea", "New York"). `end` receives the end of what
// was read, `first_len` the first word's key length. 0 when no capitalised word starts at `at`.
std::uint16_t PhraseFlagsAt(std::string_view text, std::size_t at, std::uint16_t want,
                            std::size_t& end, std::size_t& first_len) {
  Word w;
  if (at >= text.size() || !IsUpperStart(text, at) || !ReadWord(text, at, w)) return 0;
  end = w.end;
  first_len = w.key_len;
  const std::uint16_t f = GazetteerLookup(std::string_view(w.key, w.key_len));
  Word w2;
  if ((f & want) != 0 || w.end + 1 >= text.size() || text[w.end] != ' ' ||
      !IsUpperStart(text, w.end + 1) || !ReadWord(text, w.end + 1, w2)) {
    return f;
  }
  char key[2 * sizeof(Word::key) + 1];
  std::memcpy(key, w.key, w.key_len);
  key[w.key_len] = ' ';
  std::memcpy(key + w.key_len + 1, w2.key, w2.key_len);
  end = w2.end;
  return GazetteerLookup(std::string_view(key, w.key_len + 1 + w2.key_len));
}

bool PlaceQualifierAt(std::string_view text, std::size_t i) {
  // An itinerary's leg: "Cardiff → Nairobi", "LHR-bound: Leeds -> York".
  if (text.compare(i, 5, " \xe2\x86\x92 ") == 0 || text.compare(i, 4, " -> ") == 0) return true;
  std::size_t end = 0, first_len = 0;
  // A delimited row's next cell that is a country ("...,Cork,Ireland,..."): the cell before it
  // is the town.
  if (i + 2 < text.size() && (text[i] == ',' || text[i] == ';' || text[i] == '\t') &&
      (PhraseFlagsAt(text, i + 1, kCountry, end, first_len) & kCountry) != 0 && first_len >= 4 &&
      (end == text.size() || text[end] == text[i] || text[end] == '\n' || text[end] == '\r' ||
       text[end] == '"')) {
    return true;
  }
  if (i + 3 >= text.size() || text[i] != ',' || text[i + 1] != ' ') return false;
  if (IsUpperAscii(text[i + 2]) && IsUpperAscii(text[i + 3]) &&
      (i + 4 >= text.size() || !IsAlnum(text[i + 4]))) {
    return true;
  }
  // A region or a country, two-word ones too ("New York", "South Carolina").
  return (PhraseFlagsAt(text, i + 2, kRegion | kCountry, end, first_len) & (kRegion | kCountry)) != 0;
}

// A site's noun right after the place ("Bergen office", "Omaha pharmacy", "Boise team"): a
// town named for where something of an organisation is.
bool SiteNounAfter(std::string_view text, std::size_t e) {
  static constexpr std::string_view kNouns[] = {
      "office", "offices", "branch", "headquarters", "hq", "campus", "site", "plant", "factory",
      "warehouse", "store", "pharmacy", "hospital", "clinic", "airport", "station", "team",
      "hub", "datacenter", "depot", "showroom", "studio", "lab", "labs", "bureau", "agency"};
  if (e + 3 >= text.size() || text[e] != ' ' || !IsAlpha(text[e + 1])) return false;
  std::size_t w = e + 1;
  while (w < text.size() && w - e <= 13 && IsAlpha(text[w])) ++w;
  if (w < text.size() && IsAlpha(text[w])) return false;
  char buf[16];
  const std::size_t n = w - e - 1;
  if (n >= sizeof buf) return false;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[e + 1 + i];
    buf[i] = IsUpperAscii(c) ? static_cast<char>(c + 32) : c;
  }
  return InArray(std::string_view(buf, n), kNouns);
}

// A postal code right before `b` that opens its part of an address: "2705 VK Tilburg",
// "03692 Angers", "D-10115 Berlin", "00-950 Warszawa", "1100-148 Lisboa", "411 01 Göteborg";
// after a ", ", a tab, a cell's bar or at a line's start, so a count or a year in a sentence
// ("in 2024 Berlin") is none.
bool PostalCodeBefore(std::string_view text, std::size_t b) {
  if (b < 5 || text[b - 1] != ' ') return false;
  std::size_t k = b - 1;
  // Two spaces before the town, as Dutch and French labels print it ("3120 HH  GRONINGEN").
  if (text[k - 1] == ' ') --k;
  // Dutch: four digits and two capitals.
  if (k >= 7 && IsUpperAscii(text[k - 1]) && IsUpperAscii(text[k - 2]) && text[k - 3] == ' ') k -= 3;
  int digits = 0;
  int groups = 1;
  while (k > 0) {
    const char c = text[k - 1];
    if (IsDigit(c)) {
      ++digits;
    } else if ((c == '-' || c == ' ') && k >= 2 && IsDigit(text[k - 2]) && groups == 1 && digits <= 3) {
      ++groups;  // "00-950", "411 01", "1100-148"
    } else {
      break;
    }
    --k;
  }
  if (digits < 4 || digits > 8) return false;
  // A country prefix: "D-", "CH-", "F-".
  if (k >= 2 && text[k - 1] == '-' && IsUpperAscii(text[k - 2])) {
    k -= 2;
    if (k > 0 && IsUpperAscii(text[k - 1])) --k;
  }
  if (k == 0 || text[k - 1] == '\n' || text[k - 1] == '\t') return true;
  if (k >= 2 && text[k - 1] == ' ' && (text[k - 2] == ',' || text[k - 2] == '|')) return true;
  // A quoted reply's line ("> 42-674 Poznań") and a line of an escaped string ("\n89-503 Lublin").
  if (k >= 2 && text[k - 1] == ' ' && text[k - 2] == '>' && (k == 2 || text[k - 3] == '\n' || text[k - 3] == '>')) {
    return true;
  }
  if (k >= 2 && text[k - 1] == 'n' && text[k - 2] == '\\') return true;
  // An indented address block's line ("  3120 HH  GRONINGEN").
  std::size_t j = k;
  while (j > 0 && k - j < 8 && text[j - 1] == ' ') --j;
  return j < k && (j == 0 || text[j - 1] == '\n');
}

std::uint16_t LookupPhrase(const Word* words, int from, int count) {
  char key[kMaxWords * (sizeof(Word::key) + 1)];
  std::size_t n = 0;
  for (int k = from; k < from + count; ++k) {
    if (words[k].initial) return 0;
    if (k > from) key[n++] = ' ';
    std::memcpy(key + n, words[k].key, words[k].key_len);
    n += words[k].key_len;
  }
  return GazetteerLookup(std::string_view(key, n));
}

// Words of organisations, teams and systems: "Acme Billing <billing@...>" is no person.
constexpr std::string_view kOrgWords[] = {
    "inc", "ltd", "llc", "gmbh", "corp", "co", "ag", "sa", "srl", "bv", "nv", "oy", "kk", "plc",
    "pty", "limited", "holdings", "team", "support", "bot", "bots", "group", "services",
    "service", "notifications", "billing", "security", "admin", "alerts", "monitoring",
    "newsletter", "digest", "sales", "marketing", "bank", "university", "store", "shop",
    "systems", "labs", "solutions", "technologies", "software", "cloud", "platform", "ops",
    "devops", "desk", "helpdesk", "hr", "payroll", "accounts", "finance", "office", "agency",
    "foundation", "project", "community", "news", "updates", "reports", "noreply", "ci", "qa",
    "sre", "it", "dev", "staging", "prod", "production", "cluster", "server", "api", "app"};

// Local parts of role addresses: "Ana Lima via Helpdesk <support@...>" aside, a role address's
// display name is a team's or a system's.
constexpr std::string_view kRoleMailboxes[] = {
    "noreply", "no", "donotreply", "do", "support", "info", "admin", "billing", "team", "ci",
    "bot", "build", "builds", "notifications", "notification", "notify", "security", "sales",
    "hello", "contact", "help", "helpdesk", "ops", "devops", "mailer", "postmaster", "root",
    "alerts", "alert", "jenkins", "dependabot", "renovate", "news", "newsletter", "marketing",
    "accounts", "hr", "payroll", "service", "system", "status", "updates", "webmaster", "abuse",
    "office", "reception", "careers", "jobs", "orders", "invoices", "receipts", "git", "github",
    "gitlab", "bitbucket", "actions", "deploy", "release", "releases"};

// Field names whose value is a person's name ("\"assignee\": ...", "Patient: ..."), compared
// as LabelBefore gives them (letters only, lowercased: "customer_name" -> "customername"); a
// name ending in "name" counts when what comes before "name" is one of kNamePrefixes or nothing
// ("fullName", "customer_name", "name").
constexpr std::string_view kPersonLabels[] = {
    "customer", "contact", "client", "patient", "employee", "author", "assignee", "reporter",
    "requester", "requestor", "owner", "manager", "approver", "signer", "signatory", "holder",
    "cardholder", "accountholder", "policyholder", "beneficiary", "recipient", "sender",
    "member", "guest", "passenger", "student", "teacher", "doctor", "physician", "nurse",
    "applicant", "candidate", "tenant", "landlord", "insured", "surname", "forename",
    "firstname", "lastname", "nombre", "vorname", "nachname", "nom", "prenom", "apellido",
    "apellidos", "cliente", "kunde", "autor", "committer", "reviewer", "approvedby",
    "createdby", "updatedby", "submittedby", "requestedby", "assignedto", "signedby",
    "preparedby", "contactperson", "attendee", "participant", "speaker", "driver", "claimant",
    "subscriber", "buyer", "seller", "payee", "payer", "debtor", "creditor", "guarantor",
    "spouse", "emergencycontact", "nextofkin", "lead", "accountmanager", "salesrep", "rep",
    "shipto", "billto", "deliverto", "soldto", "consignee", "addressee", "attn", "attention",
    "originator", "agent", "firstnamelastname", "kin", "traveller", "traveler", "dependent",
    "dependant", "dependiente", "kontoinhaber", "inhaber", "titular", "titulaire", "contractor",
    "employe", "empleado", "mitarbeiter", "paciente", "patientin", "huesped", "viajero",
    // Git trailers ("Signed-off-by: NAME <mail>"), a manager line, lists of people.
    "signedoffby", "coauthoredby", "reviewedby", "ackedby", "testedby", "reportedby",
    "suggestedby", "helpedby", "reportsto", "advisor", "adviser", "attendees", "participants",
    "invitees", "employeesonleave", "onleave", "taxpayer", "filer", "cosigner", "maintainer",
    "maintainers", "escalation", "responsable", "notfallkontakt", "emergency", "oncall",
    "ansprechpartner", "verantwortlich", "referente", "encargado",
    // an incident's roles, a prescription's, an HR record's, a KYC record's split name
    "incidentcommander", "commander", "comms", "scribe", "hrbp", "prescriber", "namefirst",
    "namelast", "namegiven", "namefamily", "dispatcher", "caseworker", "handler",
    "namechanged", "namechange", "newname", "oldname", "previousname", "formername"};
constexpr std::string_view kNamePrefixes[] = {
    "full", "first", "last", "given", "family", "sur", "fore", "display", "person", "legal",
    "middle", "maiden", "real", "birth", "account", "contact", "customer", "client", "patient",
    "preferred", "nick", "official", "romanized", "native",
    "employee", "author", "owner", "holder", "cardholder", "member", "guest", "passenger",
    "student", "applicant", "candidate", "recipient", "sender", "beneficiary", "user"};

// A word that may belong to a name the gazetteer does not know: a first or last name that is no
// everyday word, or a capitalised word that is no English word, place, title or organisation
// word ("Otieno", "Xóchitl", "Дмитрий"). A town's name may be part of a longer name ("Đặng Thu
// Trang"), not a name `alone`.
bool NameLikeWord(std::string_view text, const Word& w, bool alone) {
  if (w.initial || w.all_caps || HasInnerCapital(text, w)) return false;
  if (w.flags & kCommonWord) return false;
  if (w.flags & (kFirstName | kLastName)) return true;
  // Alone, a town's name is a place; a small town's may be a given name as well when its
  // structure says so ("Hola Baraka," greets a person, "Hello Berlin" a city).
  if ((w.flags & (kCountry | kRegion)) || ((w.flags & kMajorCity) && alone)) return false;
  const std::string_view key(w.key, w.key_len);
  if (InArray(key, kOrgWords) || InArray(key, kTitles)) return false;
  return key.size() >= 2 && !IsDictionaryWord(key);
}

// text[b, e) is the display name of an address: `Name <local@domain>` or `"Name" <...>`, the
// address not a role mailbox.
bool DisplayNameOfAddress(std::string_view text, std::size_t b, std::size_t e) {
  const std::size_t size = text.size();
  std::size_t k = e;
  if (k < size && text[k] == '"') {
    if (b == 0 || text[b - 1] != '"') return false;
    ++k;
  }
  if (k < size && text[k] == ' ') ++k;
  if (k >= size || text[k] != '<') return false;
  const std::size_t local = ++k;
  while (k < size && k - local < 64 && text[k] != '@' && text[k] != '>' && text[k] != ' ' &&
         text[k] != '\n') {
    ++k;
  }
  if (k >= size || text[k] != '@' || k == local) return false;
  const std::size_t at = k;
  bool dot = false;
  for (++k; k < size && text[k] != '>'; ++k) {
    if (k - at > 253 || text[k] == ' ' || text[k] == '\n' || text[k] == '<') return false;
    dot = dot || text[k] == '.';
  }
  if (k >= size || !dot) return false;
  // The local part's first segment ("no-reply" -> "no", "alerts+prod" -> "alerts"), lowercased.
  char seg[24];
  std::size_t n = 0;
  for (std::size_t i = local; i < at && n < sizeof(seg); ++i) {
    const unsigned char c = text[i];
    if (!IsAlpha(c)) break;
    seg[n++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
  }
  return !InArray(std::string_view(seg, n), kRoleMailboxes);
}

// The field label right before `b` when a ':' or '=' ends it (`customer: `, `"fullName": "`,
// `First Name = `): its letters lowercased, without '_', '-' or spaces ("fullname"); empty when
// there is none or it is longer than `buf`.
std::string_view LabelBefore(std::string_view text, std::size_t b, char (&buf)[24]) {
  // An XML element's name right before its text ("<Given>Gabriel</Given>", "<cac:Nm>...").
  if (b >= 3 && text[b - 1] == '>') {
    std::size_t open = b - 1;
    while (open > 0 && b - open < 40 && text[open - 1] != '<' && text[open - 1] != '>' &&
           text[open - 1] != ' ' && text[open - 1] != '/' && text[open - 1] != '\n') {
      --open;
    }
    if (open > 0 && text[open - 1] == '<' && open < b - 1) {
      std::size_t from = open;
      for (std::size_t i = open; i + 1 < b; ++i) {
        if (text[i] == ':') from = i + 1;  // a namespace prefix
      }
      std::size_t n = 0;
      for (std::size_t i = from; i + 1 < b; ++i) {
        const unsigned char c = text[i];
        if (!IsAlpha(c)) continue;
        if (n == sizeof(buf)) return {};
        buf[n++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
      }
      // <PartyName><Name>X</Name> (UBL), <CompanyName><Name>...: the outer element says whose
      // name it is; it is the label then ("partyname", no person's).
      if (std::string_view(buf, n) == "name" && open >= 2 && text[open - 2] == '>') {
        std::size_t outer = open - 2;
        while (outer > 0 && open - 2 - outer < 40 && text[outer - 1] != '<' && text[outer - 1] != '>') --outer;
        if (outer > 0 && text[outer - 1] == '<' && text[outer] != '/') {
          char outer_buf[sizeof(buf)];
          std::size_t m = 0;
          for (std::size_t i = outer; i < open - 2 && text[i] != ' ' && m < sizeof(outer_buf); ++i) {
            const unsigned char c = text[i];
            if (IsAlpha(c)) outer_buf[m++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
          }
          const std::string_view outer_name(outer_buf, m);
          if (m > 4 && outer_name.ends_with("name")) {
            std::memcpy(buf, outer_buf, m);
            return std::string_view(buf, m);
          }
        }
      }
      return std::string_view(buf, n);
    }
    return {};
  }
  bool label = false;
  std::size_t k = b;
  for (; k > 0 && b - k < 4 && !IsAlpha(text[k - 1]); --k) {
    label = label || text[k - 1] == ':' || text[k - 1] == '=';
  }
  // A column of labels aligned with blanks before the colon ("DisplayName       : Bowen").
  if (label && k > 0 && text[k - 1] == ' ') {
    std::size_t j = k;
    while (j > 0 && k - j < 24 && text[j - 1] == ' ') --j;
    if (j > 0 && IsAlpha(text[j - 1]) && k - j >= 2) k = j;
  }
  if (!label) return {};
  std::size_t n = 0;
  std::size_t start = k;
  // Words of a label are joined ("Billing Contact:" -> "billingcontact"); a token that ends in
  // a capital or a digit before the space is no part of it (a log's "...00Z approver:", "INFO").
  while (start > 0 && (IsAlpha(text[start - 1]) || text[start - 1] == '_' ||
                       text[start - 1] == '-' ||
                       (text[start - 1] == ' ' && start >= 2 && IsAlpha(text[start - 2]) &&
                        !IsUpperAscii(text[start - 2])))) {
    if (k - start >= 40) return {};
    --start;
  }
  // An XML setting's value names its field in the attribute before it: <add key="office_city"
  // value="..."/>, <param name="city" value="..."/>.
  if (k - start == 5 && text.compare(start, 5, "value") == 0 && start >= 2 &&
      text[start - 1] == ' ' && (text[start - 2] == '"' || text[start - 2] == '\'')) {
    const char quote = text[start - 2];
    const std::size_t close = start - 2;
    std::size_t open = close;
    while (open > 0 && close - open < 40 && text[open - 1] != quote && text[open - 1] != '\n') {
      --open;
    }
    if (open >= 5 && text[open - 1] == quote && text[open - 2] == '=' &&
        (text.compare(open - 5, 3, "key") == 0 ||
         (open >= 6 && text.compare(open - 6, 4, "name") == 0))) {
      start = open;
      k = close;
    }
  }
  for (std::size_t i = start; i < k; ++i) {
    const unsigned char c = text[i];
    if (!IsAlpha(c)) continue;
    if (n == sizeof(buf)) return {};
    buf[n++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
  }
  return std::string_view(buf, n);
}

// The label names a person's field (kPersonLabels, or "<prefix>name" with a kNamePrefixes prefix).
bool IsPersonLabel(std::string_view label) {
  if (label.empty()) return false;
  if (InArray(label, kPersonLabels)) return true;
  // "Visa sponsor contact:", "billing contact:", "hubspot_owner", "line manager:".
  if (label.size() > 7 && label.ends_with("contact")) return true;
  if (label.size() > 6 && (label.ends_with("owner") || label.ends_with("manager"))) return true;
  if (label.size() < 4 || label.substr(label.size() - 4) != "name") return false;
  const std::string_view prefix = label.substr(0, label.size() - 4);
  return prefix.empty() || InArray(prefix, kNamePrefixes);
}

// Labels of a given or family name alone: what makes a single unknown word a name.
constexpr std::string_view kPartNameLabels[] = {
    "firstname", "lastname", "givenname", "familyname", "surname", "forename", "middlename",
    "vorname", "nachname", "nombre", "apellido", "apellidos", "prenom", "nom", "cognome",
    "namefirst", "namelast", "namegiven", "namefamily"};
// The same as column headers (HasContextWord splits "first_name" into words and matches a
// 4-letter keyword as a prefix: "first" covers "firstname").
constexpr std::string_view kPartNameColumns[] = {
    "surname", "forename", "first", "given", "last", "family", "middle", "vorname", "nachname",
    "nombre", "apellido", "apellidos", "prenom", "cognome"};
constexpr std::string_view kPersonColumns[] = {
    "name", "customer", "contact", "client", "patient", "employee", "author", "assignee",
    "reporter", "requester", "owner", "holder", "cardholder", "beneficiary", "recipient",
    "sender", "member", "guest", "passenger", "student", "applicant", "candidate", "tenant",
    "insured", "prescriber", "physician", "doctor", "payee", "buyer", "seller", "traveller",
    "traveler", "subscriber", "attendee", "driver", "signer", "approver", "manager", "who"};

// A part of a name object's fields ("name": {"given": "Mindaugas", "family": "Kazlauskas"},
// "payee": {"name": {"first": "Itzel", "last": ...}}, <Name><Given>...): "given", "family",
// "first", "last" or "middle" alone name nothing ("family": "Roboto" is a font's), so a name
// object or element must open within the 80 bytes before the value, and not be closed.
bool PartOfNameObjectBefore(std::string_view text, std::size_t b) {
  char buf[24];
  const std::string_view label = LabelBefore(text, b, buf);
  if (label != "given" && label != "family" && label != "first" && label != "last" &&
      label != "middle") {
    return false;
  }
  const std::size_t from = b > 80 ? b - 80 : 0;
  const std::string_view before = text.substr(from, b - from);
  // An XML name element: <Name> ... <Given>X</Given> (no </Name> between).
  // The later of two spellings' last occurrence in `before`, or npos.
  const auto last_of = [&](std::string_view a, std::string_view b2) {
    const std::size_t x = before.rfind(a), y = before.rfind(b2);
    return x == std::string_view::npos ? y : y == std::string_view::npos ? x : std::max(x, y);
  };
  if (text[b - 1] == '>') {
    const std::size_t open = last_of("<Name>", "<name>");
    return open != std::string_view::npos && before.find("/Name>", open) == std::string_view::npos &&
           before.find("/name>", open) == std::string_view::npos;
  }
  const std::size_t at = last_of("name\"", "Name\"");
  if (at == std::string_view::npos) return false;
  // The object opens after the "name" key: '{' follows it, and no '}' closes it before b.
  const std::size_t brace = before.find('{', at);
  return brace != std::string_view::npos && before.find('}', brace) == std::string_view::npos;
}

// The end of a directory's inverted name after its family name at `e` ("Bowen, Carys", "Puig i
// Vidal, Jordi", "Ng, Chi Keung"): ", " and one to three capitalised words that end the field's
// value (a quote, a line's end, '<', '|', ';', a tab or " ("); else `e`.
std::size_t InvertedNameEnd(std::string_view text, std::size_t e) {
  if (e + 2 >= text.size() || text[e] != ',' || text[e + 1] != ' ') return e;
  std::size_t i = e + 2;
  std::size_t end = e;
  Word w;
  for (int n = 0; n < 3 && i < text.size() && IsUpperStart(text, i) && ReadWord(text, i, w); ++n) {
    end = w.end;
    if (end + 1 < text.size() && text[end] == ' ' && IsUpperStart(text, end + 1)) {
      i = end + 1;
    } else {
      break;
    }
  }
  if (end == e) return e;
  if (end == text.size()) return end;
  const char c = text[end];
  if (c == '"' || c == '\'' || c == '\n' || c == '\r' || c == '<' || c == '|' || c == ';' ||
      c == '\t' || (c == ' ' && end + 1 < text.size() && text[end + 1] == '(')) {
    return end;
  }
  return e;
}

// text[b, e) fills a cell (quotes around it allowed) of a delimited table whose header names a
// column from `columns`.
bool InColumn(std::string_view text, std::size_t b, std::size_t e, WordList columns) {
  std::size_t cb = b;
  std::size_t ce = e;
  if (cb > 0 && ce < text.size() && text[cb - 1] == '"' && text[ce] == '"') {
    --cb;
    ++ce;
  }
  return IsWholeCell(text, cb, ce) && HasContextWord(text, b, e, columns, 0, 0);
}

// Sign-off words that end a letter before its signature ("Best regards,", "Gracias,").
constexpr std::string_view kSignOffs[] = {
    "regards", "thanks", "thank", "cheers", "best", "sincerely", "yours", "gracias", "saludos",
    "atentamente", "cordialement", "merci", "amicalement", "danke", "gruss", "grusse",
    "grussen", "obrigado", "obrigada", "abracos", "atenciosamente", "grazie", "saluti",
    "cordiali", "bedankt", "groeten", "pozdrawiam", "dzieki", "tack", "halsningar", "hilsen",
    "terima", "salam", "tesekkurler", "saygilarimla", "groet", "dank", "mille", "hartelijk",
    "pozdrowienia", "pozdravy", "pozdrav", "tervehdys", "kiitos", "terveisin", "hilsener",
    "mvh", "vh", "abrazos", "besos", "bises", "ciao", "tschuss", "lg", "vg", "mfg", "br", "kr",
    "xoxo", "hugs", "love", "tchau", "beijos"};

// Folds a word's Latin letters to lower-case ASCII: Latin-1, Latin Extended-A, Vietnamese and
// Romanian letters lose their marks ("Grüßen" -> "grussen", "Saygılarımla" -> "saygilarimla",
// "Nguyễn" -> "nguyen", "Đức" -> "duc"); '-' and '\'' inside are dropped ("Okafor-Reyes" ->
// "okaforreyes"). False for a letter of another script or more than 24 letters. For the sign-off
// words above, names inside e-mail addresses, and the record pass (FoldNameWord).
bool FoldedWord(std::string_view w, char (&buf)[24], std::string_view& out) {
  static constexpr char kLatin1[] =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo*ouuuuyty";  // U+00C0..U+00FF
  static constexpr char kExtendedA[] =  // U+0100..U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnn*nnoooooooorrrrr"
      "rssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static constexpr char kVietnamese[] =  // U+1EA0..U+1EF9
      "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";
  static_assert(sizeof(kLatin1) == 65 && sizeof(kExtendedA) == 129 && sizeof(kVietnamese) == 91);
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size();) {
    const auto [cp, len] = core::DecodeUtf8(w, i);
    if (len == 0) return false;
    i += len;
    char c = '*';
    if (cp < 0x80) {
      if (cp == '-' || cp == '\'') continue;
      if (IsAlpha(static_cast<unsigned char>(cp))) c = static_cast<char>(cp | 0x20);
    } else if (cp == 0xdf) {
      if (n == sizeof(buf)) return false;
      buf[n++] = 's';
      c = 's';
    } else if (cp >= 0xc0 && cp <= 0xff) {
      c = kLatin1[cp - 0xc0];
    } else if (cp >= 0x100 && cp <= 0x17f) {
      c = kExtendedA[cp - 0x100];
    } else if (cp >= 0x1ea0 && cp <= 0x1ef9) {
      c = kVietnamese[cp - 0x1ea0];
    } else if (cp == 0x1a0 || cp == 0x1a1) {
      c = 'o';
    } else if (cp == 0x1af || cp == 0x1b0) {
      c = 'u';
    } else if (cp >= 0x218 && cp <= 0x21b) {
      c = cp < 0x21a ? 's' : 't';
    }
    if (c == '*' || n == sizeof(buf)) return false;
    buf[n++] = c;
  }
  out = std::string_view(buf, n);
  return n > 0;
}

// True when the last word of text[from, to) (a line, or what precedes ", " on one) is a
// sign-off word, or the line is a signature delimiter ("--", "-- ", "—").
bool SignOffAt(std::string_view text, std::size_t from, std::size_t to) {
  // A quoted reply's line ("> Thanks a lot!", ">> Grazie mille!") reads as the line.
  while (from < to && (text[from] == '>' || (text[from] == ' ' && from + 1 < to && text[from + 1] == '>'))) ++from;
  while (from < to && text[from] == ' ') ++from;
  while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '\r' ||
                       text[to - 1] == ',' || text[to - 1] == '!' || text[to - 1] == '.')) {
    --to;
  }
  // A full-width comma or exclamation mark ends a CJK sign-off ("非常感谢！", "谢谢，").
  while (to >= from + 3 && (text.compare(to - 3, 3, "\xef\xbc\x81") == 0 ||
                            text.compare(to - 3, 3, "\xef\xbc\x8c") == 0 ||
                            text.compare(to - 3, 3, "\xe3\x80\x82") == 0)) {
    to -= 3;
  }
  const std::string_view line = text.substr(from, to - from);
  if (line == "--" || line == "\xe2\x80\x94" || line == "\xe2\x80\x94\xe2\x80\x94") return true;
  std::size_t b = to;
  while (b > from && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != ',') --b;
  if (to - b > 40) return false;
  char buf[24];
  std::string_view word;
  if (FoldedWord(text.substr(b, to - b), buf, word) && InArray(word, kSignOffs)) return true;
  // A short line that opens with one ("Thanks a lot!", "Merci beaucoup,", "Danke schön").
  std::size_t fe = from;
  while (fe < to && text[fe] != ' ' && text[fe] != ',') ++fe;
  if (to - from <= 32 && fe < to && FoldedWord(text.substr(from, fe - from), buf, word) &&
      InArray(word, kSignOffs)) {
    return true;
  }
  // Sign-offs of other scripts, as the line's last word or the whole line.
  static constexpr std::string_view kOtherSignOffs[] = {
      "\xd1\x81\xd0\xbf\xd0\xb0\xd1\x81\xd0\xb8\xd0\xb1\xd0\xbe",  // спасибо
      "\xd0\xa1\xd0\xbf\xd0\xb0\xd1\x81\xd0\xb8\xd0\xb1\xd0\xbe",  // Спасибо
      "\xd1\x83\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5\xd0\xbc",  // уважением
      "\xd0\x94\xd1\x8f\xd0\xba\xd1\x83\xd1\x8e", "\xd0\xb4\xd1\x8f\xd0\xba\xd1\x83\xd1\x8e",  // дякую
      "\xe8\xb0\xa2\xe8\xb0\xa2", "\xe6\x84\x9f\xe8\xb0\xa2", "\xe8\xac\x9d\xe8\xac\x9d",  // 谢谢 感谢 謝謝
      "\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99",  // お願いします
      "\xe3\x81\x82\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\xa8\xe3\x81\x86",  // ありがとう
      "\xea\xb0\x90\xec\x82\xac\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4",  // 감사합니다
      "\xeb\xb3\xb4\xeb\x82\xb4\xec\x84\xb8\xec\x9a\x94",  // 보내세요
      "\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7\xd9\x8b", "\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7",  // شكراً شكرا
      "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x8a\xd8\xa9",  // التحية
      "\xe0\xb8\x82\xe0\xb8\xad\xe0\xb8\x9a\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93",  // ขอบคุณ
      "\xe0\xa4\xa7\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa6",  // धन्यवाद
  };
  for (std::string_view w : kOtherSignOffs) {
    if (line.size() <= 48 && line.size() >= w.size() && line.ends_with(w)) return true;
  }
  return false;
}

// A person named right after a word for their role, without a label's colon: "for patient
// NAME", "Customer NAME reports", "the customer is NAME", "Approved by NAME", "revoked by NAME".
bool PersonNounBefore(std::string_view text, std::size_t b) {
  static constexpr std::string_view kNouns[] = {
      "patient", "customer", "client", "employee", "passenger", "tenant", "applicant",
      "beneficiary", "originator", "cardholder", "claimant", "insured", "subscriber",
      "contractor", "consultant", "freelancer", "dependent", "dependant", "reviewer", "agent",
      // family and the people around one ("her cousin NAME", "con su hermano NAME")
      "sister", "brother", "cousin", "wife", "husband", "son", "daughter", "mother", "father",
      "uncle", "aunt", "niece", "nephew", "grandmother", "grandfather", "colleague", "coworker",
      "neighbour", "neighbor", "friend", "hermano", "hermana", "primo", "prima", "esposa",
      "esposo", "schwester", "bruder", "cousine", "fratello", "sorella", "cugino", "cugina",
      "broer", "zus", "voisin", "voisine", "ami", "amie", "cousin", "cousine", "femme", "mari",
      "fils", "fille", "tante", "oncle", "copain", "copine", "vizinha", "vizinho", "amigo",
      "amiga", "colega", "tia", "tio", "filho", "filha", "vecino", "vecina", "jefe", "jefa",
      "novio", "novia", "vicino", "vicina", "amico", "amica", "collega", "zio", "zia", "nonna",
      "nonno", "nachbar", "nachbarin", "freund", "freundin", "kollege", "kollegin", "onkel",
      "sohn", "tochter", "buurman", "buurvrouw", "vriend", "vriendin", "granne", "grannen",
      "kompis", "kollega", "syster", "bror", "kolega", "brat", "siostra", "naapuri", "ystava",
      "arkadas", "kardes", "abla", "abi", "teman", "tetangga", "kakak", "adik",
      // people by what they do where a sentence names them
      "witness", "courier", "technician", "nurse", "pharmacist", "caregiver", "landlord",
      "landlady", "intern", "trainee", "teacher", "lawyer", "attorney", "inspector", "mayor"};
  static constexpr std::string_view kByVerbs[] = {
      "approved", "revoked", "rotated", "signed", "created", "reviewed", "updated", "reported",
      "assigned", "requested", "submitted", "prepared", "authored", "written", "edited",
      "modified", "merged", "closed", "opened", "issued", "verified", "witnessed", "referred",
      "started", "triggered", "launched", "initiated", "scheduled", "cancelled", "canceled",
      "aborted", "deployed", "pushed", "committed", "uploaded", "shared", "sent", "posted",
      "filed", "raised", "escalated", "acknowledged", "resolved", "maintained", "owned",
      "exported", "generated", "compiled", "collected", "entered", "recorded", "logged"};
  char buf[24];
  // The noun in apposition too: "A witness, NAME of ...".
  if (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ',') {
    char comma_buf[24];
    if (InArray(PreviousWord(text, b, comma_buf, 2), kNouns)) return true;
  }
  // The same nouns in Cyrillic and Greek ("моя сусідка NAME", "мой сосед NAME", "ο φίλος μου").
  static constexpr std::string_view kNounsUtf8[] = {
      "\xd1\x81\xd1\x83\xd1\x81\xd1\x96\xd0\xb4",  // сусід
      "\xd1\x81\xd1\x83\xd1\x81\xd1\x96\xd0\xb4\xd0\xba\xd0\xb0",  // сусідка
      "\xd1\x81\xd0\xbe\xd1\x81\xd0\xb5\xd0\xb4",  // сосед
      "\xd1\x81\xd0\xbe\xd1\x81\xd0\xb5\xd0\xb4\xd0\xba\xd0\xb0",  // соседка
      "\xd0\xb4\xd1\x80\xd1\x83\xd0\xb3",  // друг
      "\xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xb0",  // подруга
      "\xd0\xba\xd0\xbe\xd0\xbb\xd0\xbb\xd0\xb5\xd0\xb3\xd0\xb0",  // коллега
      "\xd0\xba\xd0\xbe\xd0\xbb\xd0\xb5\xd0\xb3\xd0\xb0",  // колега
      "\xd1\x81\xd0\xb5\xd1\x81\xd1\x82\xd1\x80\xd0\xb0",  // сестра
      "\xd0\xb1\xd1\x80\xd0\xb0\xd1\x82",  // брат
      "\xd0\xb4\xd1\x80\xd1\x83\xd0\xb6\xd0\xb8\xd0\xbd\xd0\xb0",  // дружина
      "\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xb0",  // жена
      "\xd0\xbc\xd1\x83\xd0\xb6",  // муж
      "\xd1\x87\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb2\xd1\x96\xd0\xba",  // чоловік
      "\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x88\xd0\xba\xd0\xb0",  // бабушка
      "\xce\xb3\xce\xb5\xce\xaf\xcf\x84\xce\xbf\xce\xbd\xce\xb1\xcf\x82",  // γείτονας
      "\xcf\x86\xce\xaf\xce\xbb\xce\xbf\xcf\x82",  // φίλος
      "\xcf\x86\xce\xaf\xce\xbb\xce\xb7",  // φίλη
      "\xcf\x83\xcf\x85\xce\xbd\xce\xac\xce\xb4\xce\xb5\xce\xbb\xcf\x86\xce\xbf\xcf\x82",  // συνάδελφος
      "coll\xc3\xa8gue", "fr\xc3\xa8re", "s\xc5\x93ur", "m\xc3\xa8re", "p\xc3\xa8re",  // collègue frère sœur mère père
      "irm\xc3\xa3", "irm\xc3\xa3o", "m\xc3\xa3" "e", "compa\xc3\xb1" "ero", "compa\xc3\xb1" "era",
      "s\xc4\x85siad", "s\xc4\x85siadka", "kole\xc5\xbc" "anka", "kom\xc5\x9fu",
      "arkada\xc5\x9f\xc4\xb1m", "y\xc3\xa4st\xc3\xa4v\xc3\xa4"};
  if (b >= 2 && text[b - 1] == ' ') {
    std::size_t k = b - 1;
    while (k > 0 && text[k - 1] != ' ' && text[k - 1] != '\n' && b - 1 - k < 24) --k;
    const std::string_view token = text.substr(k, b - 1 - k);
    for (std::string_view w : kNounsUtf8) {
      if (token == w) return true;
    }
  }
  const std::string_view prev = PreviousWord(text, b, buf, 1);
  if (prev.empty() || b < prev.size() + 1 || text[b - 1] != ' ') return false;
  if (InArray(prev, kNouns)) return true;
  const std::size_t prev_begin = b - 1 - prev.size();
  char buf2[24];
  // "Last updated 8.7.2022 by NAME": a date or time may stand between the verb and "by".
  const std::string_view before = PreviousWord(text, prev_begin, buf2, prev == "by" ? 24 : 1);
  if (prev == "by") {
    if (before.empty()) return false;
    for (std::size_t k = prev_begin; k > 0 && !IsAlpha(text[k - 1]); --k) {
      const char c = text[k - 1];
      if (!(IsDigit(c) || c == ' ' || c == '.' || c == '/' || c == '-' || c == ':' || c == ',')) {
        return false;
      }
    }
    return InArray(before, kByVerbs);
  }
  if (prev == "is") return InArray(before, kNouns);
  // Jenkins' "Started by user NAME".
  if (prev == "user") return before == "by";
  return false;
}

// A person introducing themselves right before `b`: "I am NAME", "my name is NAME", "ich bin
// NAME", "je suis NAME", "me llamo NAME", "mi chiamo NAME", "ik ben NAME", "jestem NAME".
bool IntroBefore(std::string_view text, std::size_t b) {
  char buf[24];
  const std::string_view prev = PreviousWord(text, b, buf, 1);
  if (prev.empty() || b < prev.size() + 1 || text[b - 1] != ' ') return false;
  if (prev == "jestem" || prev == "llamo" || prev == "chiamo" || prev == "heisse") return true;
  char buf2[24];
  const std::string_view before = PreviousWord(text, b - 1 - prev.size(), buf2, 2);
  return (prev == "am" && before == "i") || (prev == "bin" && before == "ich") ||
         (prev == "suis" && before == "je") || (prev == "ben" && before == "ik") ||
         (prev == "is" && before == "name") || (prev == "ist" && before == "name") ||
         (prev == "est" && before == "nom") || (prev == "es" && before == "nombre");
}

// True when text at `at` starts with `lower_word` (lower case), ASCII letters compared without
// case.
bool StartsWithNoCase(std::string_view text, std::size_t at, std::string_view lower_word) {
  if (at > text.size() || text.size() - at < lower_word.size()) return false;
  for (std::size_t k = 0; k < lower_word.size(); ++k) {
    const unsigned char c = text[at + k];
    if ((IsUpperAscii(c) ? c + 32 : c) != static_cast<unsigned char>(lower_word[k])) return false;
  }
  return true;
}

// A later item of a list of people after its label ("Attendees: Li Yutong, Hà Lê Minh, Hà Phạm
// Thu", "Teilnehmer: A, B und C", "cc: A; B"): the label opens the line, each item before `b`
// is short and holds no digit, and a ',' ';' or a conjunction precedes `b`.
bool LaterItemOfPersonList(std::string_view text, std::size_t b) {
  std::size_t k = b;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k == b || k == 0) return false;
  bool separated = text[k - 1] == ',' || text[k - 1] == ';';
  if (!separated) {
    for (std::string_view c : {std::string_view("and"), std::string_view("und"),
                               std::string_view("y"), std::string_view("et"),
                               std::string_view("e"), std::string_view("en"),
                               std::string_view("i"), std::string_view("&")}) {
      if (k >= c.size() + 1 && text.compare(k - c.size(), c.size(), c) == 0 &&
          text[k - c.size() - 1] == ' ') {
        separated = true;
        break;
      }
    }
  }
  if (!separated) return false;
  std::size_t line = b;
  while (line > 0 && b - line < 400 && text[line - 1] != '\n') --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  const std::size_t colon = text.find(':', line);
  if (colon == std::string_view::npos || colon >= k || colon - line > 40) return false;
  std::size_t item = 0;
  for (std::size_t i = colon + 1; i < k; ++i) {
    const char c = text[i];
    if (IsDigit(static_cast<unsigned char>(c)) || c == ':' || c == '@' || c == '(' || c == '=') {
      return false;
    }
    item = (c == ',' || c == ';') ? 0 : item + 1;
    if (item > 48) return false;
  }
  char buf[24];
  std::size_t after = colon + 1;
  while (after < text.size() && text[after] == ' ') ++after;
  return IsPersonLabel(LabelBefore(text, after, buf));
}

// An item of a list of people after its label at a line's start, in any language and script
// ("**Närvarande:** Gustav Holmberg, Oskar", "参会人: 黄伟, 吴建国", "- Anwesend: Jonas und
// Frida"): the first item or a later one, each short, with no digit, '@' or '(' among them.
constexpr std::string_view kPeopleListLabels[] = {
    "attendees", "attendee", "participants", "participant", "present", "absent", "apologies",
    "invitees", "guests", "in attendance", "aanwezig", "aanwezigen", "afwezig", "afmeldingen",
    "partecipanti", "presenti", "assenti", "participantes", "asistentes", "presentes",
    "ausentes", "pr\xc3\xa9sents", "presents", "absents", "excus\xc3\xa9s", "anwesend",
    "anwesende", "teilnehmer", "teilnehmende", "teilnehmer:innen", "abwesend", "entschuldigt",
    "g\xc3\xa4ste", "obecni", "nieobecni", "uczestnicy", "n\xc3\xa4rvarande",
    "fr\xc3\xa5nvarande", "deltagare", "tilstede", "til stede", "frav\xc3\xa6rende", "deltakere",
    "deltagere", "l\xc3\xa4sn\xc3\xa4", "poissa", "osallistujat",
    "kat\xc4\xb1l\xc4\xb1mc\xc4\xb1lar", "kat\xc4\xb1lanlar",
    "\xd1\x83\xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8",
    "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8",
    "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e\xd1\x82",
    "\xd0\xbe\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8",
    "\xd0\xbe\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e\xd1\x82",
    "\xd1\x83\xd1\x87\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8",
    "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd0\xbd\xd1\x96",
    "\xe5\x8f\x82\xe4\xbc\x9a\xe4\xba\xba", "\xe5\x8f\x82\xe4\xbc\x9a\xe4\xba\xba\xe5\x91\x98",
    "\xe5\x87\xba\xe5\xb8\xad\xe8\x80\x85", "\xe5\x87\xba\xe5\xb8\xad",
    "\xe5\x8f\x82\xe5\x8a\xa0\xe8\x80\x85", "\xe7\xbc\xba\xe5\xb8\xad",
    "\xe6\xac\xa0\xe5\xb8\xad", "\xe6\xac\xa0\xe5\xb8\xad\xe8\x80\x85",
    "\xec\xb0\xb8\xec\x84\x9d\xec\x9e\x90", "\xec\xb0\xb8\xec\x84\x9d",
    "\xeb\xb6\x88\xec\xb0\xb8", "\xe5\x8f\x82\xe4\xb8\x8e\xe8\x80\x85",
    "\xe8\x88\x87\xe6\x9c\x83\xe8\x80\x85", "\xe5\x87\xba\xe5\xb8\xad\xe4\xba\xba\xe5\x93\xa1",
    "\xd7\x9e\xd7\xa9\xd7\xaa\xd7\xaa\xd7\xa4\xd7\x99\xd7\x9d",
    "\xd7\xa0\xd7\x95\xd7\x9b\xd7\x97\xd7\x99\xd7\x9d",
    "\xd7\xa0\xd7\xa2\xd7\x93\xd7\xa8\xd7\x99\xd7\x9d",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb6\xd9\x88\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83\xd9\x88\xd9\x86",
    "\xe0\xa4\x89\xe0\xa4\xaa\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xbf\xe0\xa4\xa4",
    "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xa4\xe0\xa4\xbf\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\x97\xe0\xa5\x80",
    "ng\xc6\xb0\xe1\xbb\x9di tham d\xe1\xbb\xb1",
    "th\xc3\xa0nh ph\xe1\xba\xa7n tham d\xe1\xbb\xb1", "v\xe1\xba\xafng m\xe1\xba\xb7t",
    "peserta", "hadir", "tidak hadir",
    "\xe0\xb8\x9c\xe0\xb8\xb9\xe0\xb9\x89\xe0\xb9\x80\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb9\x88\xe0\xb8\xa7\xe0\xb8\xa1",
    "\xe0\xb8\x9c\xe0\xb8\xb9\xe0\xb9\x89\xe0\xb9\x80\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb0\xe0\xb8\x8a\xe0\xb8\xb8\xe0\xb8\xa1",
    "\xcf\x83\xcf\x85\xce\xbc\xce\xbc\xce\xb5\xcf\x84\xce\xad\xcf\x87\xce\xbf\xce\xbd\xcf\x84\xce\xb5\xcf\x82",
    "\xcf\x80\xce\xb1\xcf\x81\xcf\x8c\xce\xbd\xcf\x84\xce\xb5\xcf\x82",
    "\xce\xb1\xcf\x80\xcf\x8c\xce\xbd\xcf\x84\xce\xb5\xcf\x82",
    "\xd0\xa3\xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8", "\xd0\x9f\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8", "\xd0\x9f\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd1\x8e\xd1\x82", "\xd0\x9e\xd1\x82\xd1\x81\xd1\x83\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8",
    "\xd0\xa3\xd1\x87\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb8", "\xd0\x9f\xd1\x80\xd0\xb8\xd1\x81\xd1\x83\xd1\x82\xd0\xbd\xd1\x96", "\xce\xa3\xcf\x85\xce\xbc\xce\xbc\xce\xb5\xcf\x84\xce\xad\xcf\x87\xce\xbf\xce\xbd\xcf\x84\xce\xb5\xcf\x82", "\xce\xa0\xce\xb1\xcf\x81\xcf\x8c\xce\xbd\xcf\x84\xce\xb5\xcf\x82", "\xce\x91\xcf\x80\xcf\x8c\xce\xbd\xcf\x84\xce\xb5\xcf\x82"};

bool ItemOfPeopleList(std::string_view text, std::size_t b) {
  std::size_t line = b;
  while (line > 0 && b - line < 400 && text[line - 1] != '\n') --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  std::size_t k = line;
  while (k < b && (text[k] == ' ' || text[k] == '\t' || text[k] == '*' || text[k] == '#' ||
                   text[k] == '-' || text[k] == '>' || text[k] == '_')) {
    ++k;
  }
  std::size_t label_end = 0;
  for (std::string_view label : kPeopleListLabels) {
    if (k + label.size() <= b && StartsWithNoCase(text, k, label)) {
      label_end = std::max(label_end, k + label.size());
    }
  }
  if (label_end == 0) return false;
  std::size_t c = label_end;
  while (c < b && (text[c] == '*' || text[c] == '_' || text[c] == ' ')) ++c;
  if (c < b && text[c] == ':') {
    ++c;
  } else if (c + 3 <= b && text.compare(c, 3, "\xef\xbc\x9a") == 0) {  // ：
    c += 3;
  } else {
    return false;
  }
  std::size_t item = 0;
  for (std::size_t i = c; i < b; ++i) {
    const char ch = text[i];
    if (IsDigit(static_cast<unsigned char>(ch)) || ch == ':' || ch == '@' || ch == '(' ||
        ch == '=') {
      return false;
    }
    const bool sep = ch == ',' || ch == ';' ||
                     (i + 3 <= b && (text.compare(i, 3, "\xe3\x80\x81") == 0 ||    // 、
                                     text.compare(i, 3, "\xef\xbc\x8c") == 0));  // ，
    item = sep ? 0 : item + 1;
    if (item > 60) return false;
  }
  // Right after the label, or after a separator or a joining word.
  std::size_t p = b;
  while (p > c && (text[p - 1] == ' ' || text[p - 1] == '*' || text[p - 1] == '_')) --p;
  if (p == c) return true;
  if (text[p - 1] == ',' || text[p - 1] == ';') return true;
  if (p >= 3 && (text.compare(p - 3, 3, "\xe3\x80\x81") == 0 ||
                 text.compare(p - 3, 3, "\xef\xbc\x8c") == 0)) {
    return true;
  }
  for (std::string_view w : {std::string_view(" and"), std::string_view(" und"),
                             std::string_view(" och"), std::string_view(" og"),
                             std::string_view(" y"), std::string_view(" e"),
                             std::string_view(" et"), std::string_view(" en"),
                             std::string_view(" i"), std::string_view(" ve"),
                             std::string_view(" \xd0\xb8")}) {  // и
    if (p >= w.size() && text.compare(p - w.size(), w.size(), w) == 0) return true;
  }
  return false;
}

// The owner of an action item ("- action: Wojciech to call ...", "AI: Mei will send ...",
// "TODO: Priya to check ..."): a run right after the label, then "to" or "will".
bool ActionOwner(std::string_view text, std::size_t b, std::size_t e) {
  char buf[24];
  const std::string_view label = LabelBefore(text, b, buf);
  static constexpr std::string_view kActionLabels[] = {"action", "actions", "actionitem", "ai",
                                                       "todo", "ap", "owner", "next"};
  if (InArray(label, kActionLabels)) {
    return StartsWithNoCase(text, e, " to ") || StartsWithNoCase(text, e, " will ") ||
           StartsWithNoCase(text, e, " should ");
  }
  // A checklist item opened by its owner: "- [ ] Väinö: postmortem review", "* [x] Ayşe: ...".
  if (e < text.size() && text[e] == ':' && b >= 6) {
    std::size_t k = b;
    if (text[k - 1] != ' ') return false;
    --k;
    if (text[k - 1] != ']' || (text[k - 2] != ' ' && text[k - 2] != 'x' && text[k - 2] != 'X') ||
        text[k - 3] != '[' || text[k - 4] != ' ' || (text[k - 5] != '-' && text[k - 5] != '*')) {
      return false;
    }
    k -= 5;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    return k == 0 || text[k - 1] == '\n';
  }
  return false;
}

// What only a person does, said right after a name (past a short parenthesis: "NAME (ex-Lyon
// office) now reports to ..."): "reports to", "flies to", "stays in", "lives in", "mora em",
// "wohnt in", "живёт в"; or right before it: "reports to NAME", "assigned to NAME", "met with
// NAME". Names in running notes and minutes carry no label, only these verbs.
// A review's author after its rating at the start of a line ("★★★★☆ Henrike K. · 1. April",
// "***** Florian, Trabzon", "⭐⭐⭐ Wei"): only stars and blanks before the name on its line.
bool StarRatingBefore(std::string_view text, std::size_t b) {
  std::size_t k = b;
  int stars = 0;
  while (k > 0) {
    const char c = text[k - 1];
    if (c == ' ' || c == '\t') {
      --k;
    } else if (c == '*') {
      --k;
      ++stars;
    } else if (k >= 3 && text[k - 3] == '\xe2' && text[k - 2] == '\x98' &&
               (text[k - 1] == '\x85' || text[k - 1] == '\x86')) {  // ★ ☆
      k -= 3;
      ++stars;
    } else if (k >= 3 && text[k - 3] == '\xe2' && text[k - 2] == '\xad' &&
               text[k - 1] == '\x90') {  // ⭐
      k -= 3;
      ++stars;
    } else {
      break;
    }
  }
  if (stars < 1 || stars > 10 || !(k == 0 || text[k - 1] == '\n')) return false;
  // ASCII stars: three or more, the prefix of a rating, not a list's bullet or bold ("**").
  bool ascii = false;
  for (std::size_t m = k; m < b; ++m) ascii = ascii || text[m] == '*';
  return !ascii || stars >= 3;
}

// A sentence opens at b: the text's or a line's start, or after ". ", "! ", "? ", "— " or "– ".
bool SentenceOpensAt(std::string_view text, std::size_t b) {
  if (b == 0 || text[b - 1] == '\n') return true;
  if (b < 2 || text[b - 1] != ' ') return false;
  const char c = text[b - 2];
  if (c == '!' || c == '?') return true;
  if (c == '.') {
    // Not after an abbreviation's or an initial's period ("Dr. ", "J. ", "Prof. ", "St. "): the
    // word before it is no single letter and no title.
    // A number before it ends a date or numbers a list item ("2023. Liz ...", "3. Роман ...").
    if (b >= 3 && IsDigit(static_cast<unsigned char>(text[b - 3]))) return true;
    std::size_t w = b - 2;
    while (w > 0 && (IsAlpha(static_cast<unsigned char>(text[w - 1])) ||
                     static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
      --w;  // letters beyond ASCII count as the word's ("Chải.")
    }
    const std::size_t len = b - 2 - w;
    if (len < 2) return false;
    char lower[8];
    if (len < sizeof(lower)) {
      for (std::size_t k = 0; k < len; ++k) lower[k] = static_cast<char>(text[w + k] | 0x20);
      if (IsTitleWord(std::string_view(lower, len))) return false;
    }
    return true;
  }
  return b >= 4 && text[b - 4] == '\xe2' && text[b - 3] == '\x80' &&
         (text[b - 2] == '\x94' || text[b - 2] == '\x93');  // — –
}

// A word in lower case after one space at e (a verb after a sentence's subject).
bool LowerWordAfter(std::string_view text, std::size_t e) {
  if (e + 2 >= text.size() || text[e] != ' ') return false;
  const auto [cp, len] = core::DecodeUtf8(text, e + 1);
  if (len == 0) return false;
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return IsNameLetter(cp) && !IsNameCapital(cp);
}

bool PersonPredicateAround(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view kAfter[] = {
      "now reports to ", "reports to ", "reported to ", "flies to ", "flew to ", "stays in ",
      "stayed in ", "lives in ", "lived in ", "moved to ", "relocated to ", "works at ",
      "works in ", "worked at ", "is out ", "is on leave", "is on vacation", "was born ",
      "will join ", "has joined ", "is travelling ", "is traveling ", "mora em ", "vive em ",
      "vive en ", "vit à ", "habite à ", "habite en ", "wohnt in ", "arbeitet bei ", "abita a ",
      "vive a ", "woont in ", "mieszka w ", "bor i ", "asuu ",
      "\xd0\xb6\xd0\xb8\xd0\xb2\xd1\x91\xd1\x82 \xd0\xb2 ",  // живёт в
      "\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xb2 ",  // живет в
      "\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82 "
      "\xd0\xb2 ",  // проживает в
      // what a person does in a code review, an incident's timeline or a ticket's thread
      "commented on ", "replied:", "replied to ", "wants to merge ", "posted update",
      "posted an update", "acknowledged page", "acknowledged the page", "joined the bridge",
      "joined bridge", "approved these changes", "requested changes", "requested a review",
      "left a comment", "is investigating",
      // what a traveller or a driver does
      "picked me up", "picked us up", "landed in ", "landed at ", "drove from ", "drove to ",
      "arrived in ", "arrived at ", "checked in ", "checked out ", "phoned ", "called from ",
      "texted ", "emailed me", "told me ", "told us ", "explic\xc3\xb3 que ", "dijo que ",
      "had booked ", "has booked ",
      // a life told in an obituary, a biography or a newsletter
      "spent his ", "spent her ", "spent their ", "never lost ", "married ", "trained as ",
      "worked for ", "studied ", "died ", "passed away", "graduated ", "retired ", "grew up ",
      "was raised ", "wintered in ", "is survived by ", "leaves her ", "leaves his ",
      "estudi\xc3\xb3 ", "naci\xc3\xb3 ", "falleci\xc3\xb3 ", "muri\xc3\xb3 ", "creci\xc3\xb3 ",
      "starb ", "wuchs ", "studierte ", "heiratete ", "est n\xc3\xa9", "est d\xc3\xa9" "c\xc3\xa9" "d",
      "a grandi ", "morreu ", "nasceu ", "cresceu ", "\xc3\xa8 nato", "\xc3\xa8 nata",
      "\xc3\xa8 morto", "\xc3\xa8 morta", "zmar\xc5\x82", "dorasta\xc5\x82",
      "\xd1\x83\xd0\xbc\xd0\xb5\xd1\x80",  // умер
      "\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbb",  // родил(ся/ась)
      "ile "};  // Turkish: "with" after its noun
  // A review's praise of the person who served ("Derya çok ilgiliydi", "Antje an der Kasse war
  // sehr nett", "Sam at the front desk was very helpful"): up to three short words between.
  static constexpr std::string_view kPraise[] = {
      "was very helpful", "was so helpful", "was really helpful", "was very kind",
      "was very friendly", "was super friendly", "was very patient", "was extremely helpful",
      "was lovely", "went above and beyond", "war sehr nett", "war sehr freundlich",
      "war sehr hilfsbereit", "war super nett", "war total nett", "foi muito atenciosa",
      "foi muito atencioso", "foi muito simp\xc3\xa1tica", "foi muito simp\xc3\xa1tico",
      "foi super atenciosa", "fue muy amable", "fue muy atenta", "fue muy atento",
      "fue s\xc3\xbaper amable", "\xc3\xa9tait tr\xc3\xa8s gentille",
      "\xc3\xa9tait tr\xc3\xa8s gentil", "\xc3\xa9tait tr\xc3\xa8s aimable",
      "a \xc3\xa9t\xc3\xa9 tr\xc3\xa8s aimable", "\xc3\xa8 stata molto gentile",
      "\xc3\xa8 stato molto gentile", "\xc3\xa8 stata molto disponibile",
      "\xc3\xa8 stato molto disponibile", "was erg vriendelijk", "was heel vriendelijk",
      "was erg behulpzaam", "var v\xc3\xa4ldigt trevlig", "var j\xc3\xa4ttetrevlig",
      "var mycket hj\xc3\xa4lpsam", "\xc3\xa7ok ilgiliydi",
      "\xc3\xa7ok yard\xc4\xb1mc\xc4\xb1 oldu", "\xc3\xa7ok kibard\xc4\xb1",
      "\xc3\xa7ok nazikti", "by\xc5\x82" "a bardzo mi\xc5\x82" "a", "by\xc5\x82 bardzo mi\xc5\x82y",
      "by\xc5\x82" "a bardzo pomocna", "by\xc5\x82 bardzo pomocny",
      "\xd0\xb1\xd1\x8b\xd0\xbb\xd0\xb0 \xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8c \xd0\xb2\xd0\xb5\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xb0",
      "\xd0\xb1\xd1\x8b\xd0\xbb \xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8c \xd0\xb2\xd0\xb5\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2",
      "\xd0\xb1\xd1\x8b\xd0\xbb\xd0\xb0 \xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8c \xd0\xb2\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb0",
      "\xd0\xb1\xd1\x8b\xd0\xbb \xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8c \xd0\xb2\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd"};
  // A relative's role in parentheses right after the name ("X (mother) and Y attended").
  static constexpr std::string_view kKinNotes[] = {
      "(mother)", "(father)", "(wife)", "(husband)", "(son)", "(daughter)", "(sister)",
      "(brother)", "(spouse)", "(partner)", "(guardian)", "(grandmother)", "(grandfather)",
      "(internal note)"};
  static constexpr std::string_view kBefore[] = {
      "reports to ", "report to ", "reporting to ", "assigned to ", "handed over to ",
      "met with ", "spoke with ", "spoke to ", "talked to ", "married to ", "on behalf of ",
      // meetings and calls with someone; payments and log-ins for someone
      "follow-up with ", "follow up with ", "meeting with ", "call with ", "lunch with ",
      "dinner with ", "coffee with ", "catch-up with ", "catch up with ", "1:1 with ",
      "appointment with ", "together with ", "we met ", "i met ", "met up with ",
      "transfer to ", "payment to ", "paid to ", "failed login for ", "login for ",
      "logon for ", "sign-in for ", "password reset for ", "locked out ", "login ok for ",
      // parcels sent to someone; a bank's adviser named in a statement
      "shipped to ", "ship to ", "ship it to ", "ship the replacement to ", "delivered to ",
      "deliver to ", "advisor ", "adviser ",
      "a rencontr\xc3\xa9 ", "ha incontrato ", "se reuni\xc3\xb3 con ", "reuni\xc3\xa3o com ",
      "getroffen mit ", "spotkanie z ", "afspraak met ", "overleg met ", "m\xc3\xb6te med ",
      "tr\xc3\xa4" "ff med ", "treffen mit ", "termin mit ", "besprechung mit ", "quedamos con ",
      "reuni\xc3\xb3n con ", "cita con ", "r\xc3\xa9union avec ", "rendez-vous avec ",
      "rdv avec ", "d\xc3\xa9jeuner avec ", "incontro con ", "riunione con ", "pranzo con ",
      "encontro com ", "almo\xc3\xa7o com ",
      "\xd0\xb2\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd1\x87\xd0\xb0 \xd1\x81 ",  // встреча с
      "\xd0\xb2\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd1\x82"
      "\xd0\xb8\xd0\xbb\xd1\x81\xd1\x8f \xd1\x81 ",  // встретился с
      "\xd9\x85\xd8\xb9 ",                                // مع (with)
      "\xd9\x88\xd8\xb5\xd9\x84 ",                      // وصل (arrived)
      "\xd9\x82\xd8\xa7\xd8\xa8\xd9\x84\xd8\xaa ",  // قابلت (I met)
      "and met ", "then met ",
      // an obituary's and a newsletter's people
      "everyone knew ", "knew ", "survived by ", "predeceased by ", "widow of ", "widower of ",
      "daughter of ", "son of ", "married to ", "his wife ", "her husband ", "his partner ",
      "her partner ", "c/o ",
      "\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b "
      "\xd1\x81 ",  // Переговоры с
      "\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd1\x8b "
      "\xd1\x81 ",  // переговоры с
      // a file's or an incident's people
      "last touched by ", "paging ", "partner contact "};
  // A pronoun is no name ("He is survived by ...": He is also a family name).
  static constexpr std::string_view kPronouns[] = {"he", "she", "it", "we", "they", "you", "i",
                                                   "his", "her", "him", "them", "who", "one"};
  if (e - b <= 4) {
    char lower[4];
    for (std::size_t k = 0; k < e - b; ++k) lower[k] = static_cast<char>(text[b + k] | 0x20);
    if (InArray(std::string_view(lower, e - b), kPronouns)) return false;
  }
  std::size_t a = e;
  // "**NAME** replied: ...": a name set in bold in markdown.
  if (a + 2 < text.size() && text[a] == '*' && text[a + 1] == '*' && b >= 2 && text[b - 1] == '*' &&
      text[b - 2] == '*') {
    a += 2;
  }
  // "hey its X, landed in ...": a comma may come before the verb.
  if (a + 1 < text.size() && text[a] == ',' && text[a + 1] == ' ') ++a;
  if (a < text.size() && text[a] == ' ') {
    ++a;
    for (std::string_view w : kKinNotes) {
      if (StartsWithNoCase(text, a, w)) return true;
    }
    // A short parenthesis between the name and the verb.
    if (a < text.size() && text[a] == '(') {
      const std::size_t close = text.substr(a, 42).find(')') == std::string_view::npos
                                    ? std::string_view::npos
                                    : a + text.substr(a, 42).find(')');
      a = (close != std::string_view::npos && close - a <= 40 && close + 1 < text.size() &&
           text[close + 1] == ' ')
              ? close + 2
              : std::string_view::npos;
    }
    if (a != std::string_view::npos && a < text.size()) {
      // The first byte first: most words follow none of these.
      const auto first = static_cast<unsigned char>(text[a]);
      const unsigned char lower = IsUpperAscii(first) ? first + 32 : first;
      for (std::string_view w : kAfter) {
        if (static_cast<unsigned char>(w[0]) == lower && StartsWithNoCase(text, a, w)) return true;
      }
      // Not a German noun after its article ("an der Kasse war sehr nett").
      char prev_buf[24];
      const std::string_view prev = PreviousWord(text, b, prev_buf, 3);
      const bool after_article = prev == "der" || prev == "die" || prev == "das" || prev == "dem" ||
                                 prev == "den" || prev == "des" || prev == "the";
      std::size_t p = after_article ? text.size() : a;
      for (int skipped = 0; skipped <= 3 && p < text.size(); ++skipped) {
        for (std::string_view w : kPraise) {
          if (StartsWithNoCase(text, p, w)) return true;
        }
        std::size_t q = p;
        while (q < text.size() && q - p <= 12 && text[q] != ' ' && text[q] != '\n' &&
               text[q] != '.' && text[q] != ',' && text[q] != '!' && text[q] != '?') {
          ++q;
        }
        if (q >= text.size() || text[q] != ' ' || q == p) break;
        p = q + 1;
      }
    }
  }
  // Every verb before ends in a space: the byte before it first.
  if (b < 2 || text[b - 1] != ' ') return false;
  const auto last = static_cast<unsigned char>(text[b - 2]);
  const unsigned char lower = IsUpperAscii(last) ? last + 32 : last;
  for (std::string_view w : kBefore) {
    if (b >= w.size() && static_cast<unsigned char>(w[w.size() - 2]) == lower &&
        StartsWithNoCase(text, b - w.size(), w) &&
        (b == w.size() || !IsAlpha(text[b - w.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// A verb of a person's whereabouts right before `b` ("lives in", "flies to", "stays in", "born
// in", "mora em", "wohnt in", "живёт в"): what follows is a place, known or not ("flies to
// Gqeberha", "stays in 中国"). Not "moved to" or "based in", which name software as often.
bool PlaceVerbBefore(std::string_view text, std::size_t b) {
  static constexpr std::string_view kVerbs[] = {
      "lives in ", "lived in ", "living in ", "flies to ", "flew to ", "flying to ", "stays in ",
      "stayed in ", "staying in ", "born in ", "travels to ", "travelling to ", "traveling to ",
      "relocated to ", "relocating to ", "mora em ", "mora en ", "vive em ", "vive en ",
      "vit à ", "habite à ", "wohnt in ", "woont in ", "mieszka w ", "abita a ", "bor i ",
      "\xd0\xb6\xd0\xb8\xd0\xb2\xd1\x91\xd1\x82 \xd0\xb2 ",   // живёт в
      "\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\xb2 ",   // живет в
      // moving house, in several languages ("har flyttat till Skagen", "pindah ke Hondarribia")
      "is moving to ", "are moving to ", "she moved to ", "he moved to ", "they moved to ",
      "we moved to ", "lives now in ", "now lives in ",
      "flyttat till ", "flyttar till ", "flyttet til ", "flytter til ", "trasferiti a ",
      "trasferito a ", "trasferita a ", "trasferirsi a ", "ora vive a ", "pindah ke ",
      "wohnt jetzt in ", "zieht nach ", "umgezogen nach ", "woont nu in ", "verhuisd naar ",
      "verhuist naar ", "mudou pra ", "mudou-se para ", "mudou para ", "se mud\xc3\xb3 a ",
      "se muda a ", "vive ahora en ", "d\xc3\xa9m\xc3\xa9nag\xc3\xa9 \xc3\xa0 ",
      "install\xc3\xa9 \xc3\xa0 ", "install\xc3\xa9" "e \xc3\xa0 ",
      "przeprowadzi\xc5\x82 si\xc4\x99 do ",
      "przeprowadzi\xc5\x82" "a si\xc4\x99 do ", "the bus from ", "the bus up to ", "the bus to ",
      "the train to ", "the train from ",
      // growing up, settling, being born and living near, in several languages
      "settled in ", "settling in ", "grew up in ", "grew up near ", "raised in ", "lives near ",
      "lived near ", "retired to ", "emigrated to ", "emigrated from ", "hails from ",
      "the banks of the ", "book travel to ", "booked travel to ", "shipped from ",
      "ships from ", "dispatched from ", "alizaliwa ", "akahamia ", "alihamia ", "aliishi ", "anaishi ",
      "karibu na ", "lahir di ", "tinggal di ", "s\xe1\xbb\x91ng \xe1\xbb\x9f ",
      "nakatira sa ", "aufgewachsen in ", "geboren in ", "lebt in ", "wohnte in ",
      "opgegroeid in ", "woonde in ", "n\xc3\xa9 \xc3\xa0 ", "n\xc3\xa9" "e \xc3\xa0 ",
      "a grandi \xc3\xa0 ", "vivait \xc3\xa0 ", "naci\xc3\xb3 en ", "creci\xc3\xb3 en ",
      "viv\xc3\xad" "a en ", "nata a ", "nato a ", "cresciuta a ", "cresciuto a ", "vive a ",
      "nasceu em ", "cresceu em ", "dorasta\xc5\x82" "a w ", "dorasta\xc5\x82 w ",
      "urodzi\xc5\x82" "a si\xc4\x99 w ", "urodzi\xc5\x82 si\xc4\x99 w ",
      "mieszka\xc5\x82" "a w ", "mieszka\xc5\x82 w ",
      // переехал в, переехала в, переїхав до
      "\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbb \xd0\xb2 ",
      "\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbb\xd0\xb0 \xd0\xb2 ",
      "\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd1\x97\xd1\x85\xd0\xb0\xd0\xb2 \xd0\xb4\xd0\xbe "};
  // Every verb ends in a short preposition (" in ", " to ", " till ", " ke ", " в ", ...): a
  // cheap test of the word before first (most capitalised words follow none of these).
  if (b < 3 || text[b - 1] != ' ') return false;
  {
    std::size_t w = b - 1;
    while (w > 0 && text[w - 1] != ' ' && b - 1 - w < 12) --w;
    static constexpr std::string_view kLast[] = {"in", "to", "em", "en", "\xc3\xa0", "a", "i",
                                                 "w", "\xd0\xb2", "till", "til", "ke", "nach",
                                                 "naar", "pra", "para", "do", "from",
                                                 "\xd0\xb4\xd0\xbe", "near", "the", "na", "di",
                                                 "sa", "\xe1\xbb\x9f", "alizaliwa", "akahamia",
                                                 "alihamia", "aliishi", "anaishi"};
    if (std::none_of(std::begin(kLast), std::end(kLast), [&](std::string_view word) {
          return word.size() == b - 1 - w && StartsWithNoCase(text, w, word);
        })) {
      return false;
    }
  }
  for (std::string_view w : kVerbs) {
    if (b < w.size()) continue;
    const std::size_t at = b - w.size();
    if (StartsWithNoCase(text, at, w) && (at == 0 || !IsAlpha(text[at - 1]))) return true;
  }
  return false;
}

// A person's attribute written right after a name in a log line or record: "verified NAME
// dob=1960-06-14", "NAME ssn=...", "NAME <email=...>"; or the age that news style sets between
// commas after a name ("NAME, 54, had been missing").
bool PersonAttributeAfter(std::string_view text, std::size_t e) {
  if (e + 4 < text.size() && text[e] == ',' && text[e + 1] == ' ' && IsDigit(text[e + 2])) {
    std::size_t k = e + 2;
    while (k < text.size() && k - e - 2 < 3 && IsDigit(text[k])) ++k;
    if (k < text.size() && text[k] == ',' && k - e - 2 <= 3 && text[e + 2] != '0') return true;
  }
  if (e >= text.size() || text[e] != ' ') return false;
  static constexpr std::string_view kKeys[] = {"dob=", "dob:", "ssn=", "ssn:", "itin=",
                                               "email=", "phone=", "passport=", "born="};
  for (std::string_view key : kKeys) {
    if (StartsWithNoCase(text, e + 1, key)) return true;
  }
  return false;
}

// A letter's or a message's addressee: the run right after a greeting word that opens its line
// and a ',' ':' or '!' right after it ("Hallo Anneliese Hoffmann,", "Bonjour Tariq,", "Hola
// Pádraig:", "Hi Thu Trang,", "Kedves Anna!").
bool GreetedName(std::string_view text, std::size_t b, std::size_t e) {
  if (e >= text.size() || !(text[e] == ',' || text[e] == ':' || text[e] == '!')) return false;
  static constexpr std::string_view kGreetingWords[] = {
      "Hi ", "Hello ", "Dear ", "Hey ", "Hallo ", "Liebe ", "Lieber ", "Sehr geehrte ",
      "Sehr geehrter ", "Bonjour ", "Bonsoir ", "Salut ", "Cher ", "Ch\xc3\xa8re ", "Hola ",
      "Estimado ", "Estimada ", "Querido ", "Querida ", "Ciao ", "Salve ", "Gentile ", "Caro ",
      "Cara ", "Ol\xc3\xa1 ", "Oi ", "Prezado ", "Prezada ", "Hej ", "Hei ", "Moi ", "Beste ",
      "Geachte ", "Cze\xc5\x9b\xc4\x87 ", "Szanowny ", "Szanowna ", "Merhaba ",
      "Say\xc4\xb1n ", "Kedves ", "Ahoj ", "Dobr\xc3\xbd den ", "Xin ch\xc3\xa0o ", "Ch\xc3\xa0o ",
      "Halo ", "Kepada ", "Yth. ", "\xd0\x97\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb2\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd0\xb9\xd1\x82\xd0\xb5 ",
      "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 ",
      "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd1\x96\xd1\x82 ",  // Привіт
      "Selamat pagi ", "Selamat siang ", "Selamat sore ", "Bom dia ", "Buenos d\xc3\xad" "as ",
      "Buongiorno ", "Guten Morgen ", "Goedemorgen ", "God morgen ", "God morgon "};
  // The greeting opens its line, or the message after a chat line's author ("[10:05] Ana: hey
  // Kelsey Okafor-Reyes, ..."); in chat it is written lower case as often ("hi Tomás,").
  // The greeting may have a comma after it ("Здравствуйте, Дмитрий,", "Hi, Anna:").
  const std::size_t gb = b >= 2 && text[b - 2] == ',' && text[b - 1] == ' ' ? b - 1 : b;
  for (std::string_view g : kGreetingWords) {
    if (gb < g.size()) continue;
    const std::size_t at = gb - g.size();
    std::string_view w = text.substr(at, g.size());
    if (gb != b) {  // compare the word, then the comma and space
      g.remove_suffix(1);
      w.remove_suffix(1);
      if (text[at + g.size()] != ',') continue;
    }
    if (w != g && !(IsUpperAscii(g[0]) && w[0] == g[0] + 32 && w.substr(1) == g.substr(1))) continue;
    if (at == 0 || text[at - 1] == '\n') return true;
    if (at >= 2 && text[at - 1] == ' ' && (text[at - 2] == ':' || text[at - 2] == ']')) return true;
    // A quoted reply's line ("> Bonjour Marie-Ève,", "> > Oi Mariana,").
    if (at >= 2 && text[at - 1] == ' ' && text[at - 2] == '>') {
      std::size_t q = at - 1;
      while (q > 0 && (text[q - 1] == '>' || text[q - 1] == ' ')) --q;
      if (q == 0 || text[q - 1] == '\n') return true;
    }
    // A list item's greeting ("- Cześć Gustav, ..."): a bullet that opens its line.
    if (at >= 2 && text[at - 1] == ' ' && (text[at - 2] == '-' || text[at - 2] == '*') &&
        (at == 2 || text[at - 3] == '\n' || text[at - 3] == ' ')) {
      return true;
    }
  }
  return false;
}

// A chat export's message header after its author, to the line's end: Slack's two spaces and a
// time ("NAME  8:57 PM"), Discord's dash, day and time ("NAME — Today at 3:41 PM",
// "NAME — 03/12/2026 10:05").
bool ChatTimeAfter(std::string_view text, std::size_t e) {
  const std::size_t size = text.size();
  std::size_t line_end = e;
  while (line_end < size && line_end - e <= 48 && text[line_end] != '\n') ++line_end;
  if (line_end - e > 48) return false;
  std::size_t stop = line_end;
  while (stop > e && (text[stop - 1] == '\r' || text[stop - 1] == ' ')) --stop;
  // "NAME, [2024-02-14 20:10:03]": the date and time in brackets.
  const bool bracket = stop > e && text[stop - 1] == ']';
  if (bracket) --stop;
  // The time at the end: H:MM or HH:MM, seconds allowed, AM/PM allowed.
  std::size_t t = stop;
  if (t >= e + 2 && (text[t - 1] == 'M' || text[t - 1] == 'm') &&
      (text[t - 2] == 'A' || text[t - 2] == 'P' || text[t - 2] == 'a' || text[t - 2] == 'p')) {
    t -= 2;
    if (t > e && text[t - 1] == ' ') --t;
  }
  auto digits_back = [&](std::size_t& at, int lo, int hi) {
    int n = 0;
    while (at > e && n < hi && IsDigit(text[at - 1])) {
      --at;
      ++n;
    }
    return n >= lo;
  };
  if (!digits_back(t, 2, 2) || t <= e || text[t - 1] != ':') return false;
  --t;
  if (!digits_back(t, 1, 2)) return false;
  if (t > e && text[t - 1] == ':') {  // H:MM:SS
    --t;
    if (!digits_back(t, 1, 2)) return false;
  }
  // A date before the time: "12/02/2024 10:21:22", "2024-02-14 20:10:03", "27.01.25, 01:12".
  bool dated = false;
  if (t > e + 1 && (text[t - 1] == ' ' || text[t - 1] == 'T')) {
    std::size_t d = t - 1;
    if (d > e && text[d - 1] == ',') --d;
    std::size_t k = d;
    if (digits_back(k, 2, 4) && k > e &&
        (text[k - 1] == '/' || text[k - 1] == '-' || text[k - 1] == '.')) {
      const char s1 = text[k - 1];
      --k;
      if (digits_back(k, 1, 2) && k > e && text[k - 1] == s1) {
        --k;
        if (digits_back(k, 1, 4)) {
          t = k;
          dated = true;
        }
      }
    }
  }
  if (bracket) {
    if (t <= e || text[t - 1] != '[') return false;
    --t;
  }
  // What joins the author and the time.
  const std::string_view gap = text.substr(e, t - e);
  // "NAME, [2024-02-14 20:10:03]" (a bracketed stamp only), "NAME · 21:00", "NAME • 21:00".
  if ((gap == ", " && bracket) || gap == " \xc2\xb7 " || gap == " \xe2\x80\xa2 ") return true;
  // WeChat's export: one blank, then the date and the time ("NAME 2026-04-03 13:41:24").
  if (gap == " " && dated && !bracket) return true;
  if (gap.size() >= 2 && gap.size() <= 4 && gap.find_first_not_of(" \t") == std::string_view::npos) {
    return true;  // "NAME  8:57 PM"
  }
  for (std::string_view dash : {" \xe2\x80\x94 ", " \xe2\x80\x93 ", " - "}) {
    if (gap.starts_with(dash) && gap.find(':') == std::string_view::npos) return true;
  }
  // A Markdown export's bold author and a middle dot: "**NAME** · 21:00".
  if (gap == "** \xc2\xb7 " || gap == "** \xe2\x80\xa2 " || gap == "** - ") return true;
  return false;
}

// git blame's author: "7df5ca2 (NAME 2026-02-20 44)", "^a1b2c3d src/x.rb (NAME 2025-...".
bool BlameAuthor(std::string_view before, std::string_view text, std::size_t e) {
  if (before.size() < 9 || !before.ends_with(" (")) return false;
  std::size_t i = before[0] == '^' ? 1 : 0;
  std::size_t hex = 0;
  while (i < before.size() && (IsDigit(before[i]) || (before[i] >= 'a' && before[i] <= 'f'))) {
    ++i;
    ++hex;
  }
  if (hex < 7 || i >= before.size() || before[i] != ' ') return false;
  if (e + 11 > text.size() || text[e] != ' ') return false;
  for (std::size_t k = 1; k <= 10; ++k) {
    const char c = text[e + k];
    if ((k == 5 || k == 8) ? c != '-' : !IsDigit(c)) return false;
  }
  return true;
}

// The run text[b, e) names who wrote a message:
// - a chat line's author: "NAME: text" after "[10:05] " or WhatsApp's "5/5/26, 4:13 PM - ",
//   or at a line's start when `bare_ok` (a field's label reads the same: "住所: ...",
//   "Meine Bankverbindung: ...", so the caller allows it only for a run with a known name);
// - a letter's signature: the whole line under a sign-off ("Thanks,\n--\nNAME") or after one
//   on its line ("Cordialement, NAME");
// - a quote header: "NAME wrote:" (schrieb, escribió, a écrit);
// - a chat export's header line ("NAME  8:57 PM", "NAME — Today at 3:41 PM"), git blame's
//   author column, a Javadoc "@author NAME".
// A log or chat line's ISO 8601 time and one space, all that precedes a name on its line
// ("2026-12-23T23:12:07Z ", "2025-01-04 21:59:37.123+01:00 ").
bool IsoTimePrefix(std::string_view before) {
  if (before.size() < 17 || before.size() > 36 || before.back() != ' ') return false;
  for (std::size_t k = 0; k < 4; ++k)
    if (!IsDigit(before[k])) return false;
  if (before[4] != '-' || !IsDigit(before[5]) || before[7] != '-' ||
      !(before[10] == 'T' || before[10] == ' ') || before[13] != ':')
    return false;
  for (std::size_t k = 11; k + 1 < before.size(); ++k) {
    const char c = before[k];
    if (!(IsDigit(c) || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-')) return false;
  }
  return true;
}

bool AuthorOfMessage(std::string_view text, std::size_t b, std::size_t e, bool bare_ok) {
  const std::size_t size = text.size();
  // What precedes the run on its line, looked for 64 bytes back at most (a chat prefix or a
  // sign-off is short; a longer line holds neither).
  const std::size_t floor = b > 64 ? b - 64 : 0;
  std::size_t line_begin = b;
  while (line_begin > floor && text[line_begin - 1] != '\n') --line_begin;
  const bool line_known = line_begin == 0 || text[line_begin - 1] == '\n';
  const std::string_view before =
      line_known ? text.substr(line_begin, b - line_begin) : std::string_view("\x01");
  // Chat author; the message may follow on the next line, quoted ("[1783263428] NAME:\n> text").
  const bool quoted_next = e + 3 < size && text[e] == ':' &&
                           (text.compare(e + 1, 3, "\n> ") == 0 ||
                            (e + 4 < size && text.compare(e + 1, 4, "\r\n> ") == 0));
  if (e + 1 < size && text[e] == ':' &&
      (text[e + 1] == ' ' || text[e + 1] == '\t' || quoted_next)) {
    // ... after a Unix time in seconds or milliseconds ("1775974204670 Juma Mwangi: ...").
    const bool epoch = (before.size() == 11 || before.size() == 14) && before.back() == ' ' &&
                       std::all_of(before.begin(), before.end() - 1,
                                   [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    if ((before.empty() && bare_ok) || before.ends_with("] ") ||
        (before.size() >= 8 && before.ends_with(" - ") && IsDigit(before[0])) ||
        IsoTimePrefix(before) || epoch) {
      return true;
    }
  }
  // A chat export's author with the time after it; git blame's author; a Javadoc @author.
  // (A ticket's comment opens with a dash: "— NAME · 2024-08-11 01:27:51".)
  if ((before.empty() || before == "**" || before == "\xe2\x80\x94 " || before == "\xe2\x80\x93 " ||
       before == "-- ") &&
      ChatTimeAfter(text, e)) {
    return true;
  }
  // "NAME (15 Jan 2026): text", "NAME (2026-03-02 14:05): text" at a line's start.
  if (before.empty() && e + 4 < size && text[e] == ' ' && text[e + 1] == '(') {
    std::size_t k = e + 2;
    bool digit = false;
    while (k < size && k - e < 32 && text[k] != ')' && text[k] != '\n') {
      digit = digit || IsDigit(text[k]);
      ++k;
    }
    if (digit && k + 1 < size && text[k] == ')' && text[k + 1] == ':') return true;
  }
  if (BlameAuthor(before, text, e)) return true;
  if (before.ends_with("@author ")) return true;
  // Quote header.
  static constexpr std::string_view kWrote[] = {" wrote:", " schrieb:", " escribi\xc3\xb3:",
                                                " a \xc3\xa9" "crit :", " a \xc3\xa9" "crit:", " escreveu:",
                                                " ha scritto:", " schreef:", " napisa\xc5\x82:"};
  // A role in parentheses may come between ("NAME (customer) wrote:"), and the date after the
  // verb ("NAME wrote (2.5.2025):").
  std::size_t at = e;
  if (at + 2 < size && text[at] == ' ' && text[at + 1] == '(') {
    const std::size_t close = text.find(')', at + 2);
    if (close != std::string_view::npos && close - at < 24 &&
        text.substr(at, close - at).find('\n') == std::string_view::npos) {
      at = close + 1;
    }
  }
  for (std::string_view w : kWrote) {
    if (text.compare(at, w.size(), w) == 0) return true;
    const std::string_view verb = w.substr(0, w.size() - 1);  // without the colon
    if (text.compare(at, verb.size(), verb) == 0 && at + verb.size() + 1 < size &&
        text[at + verb.size()] == ' ' && text[at + verb.size() + 1] == '(') {
      const std::size_t close = text.find(')', at + verb.size() + 2);
      if (close != std::string_view::npos && close - at < 48 && close + 1 < size &&
          text[close + 1] == ':') {
        return true;
      }
    }
  }
  // Signature: the whole line, under a sign-off or a delimiter line; or a byline after a dash
  // ("— Graça Nascimento" closing an article or a letter).
  const bool line_end = e >= size || text[e] == '\n' || text[e] == '\r';
  if (line_end && (before == "\xe2\x80\x94 " || before == "\xe2\x80\x93 ")) return true;
  // A quoted reply's signature: the line holds "> " and the name ("> Thanks a lot!\n> Noah").
  const bool quoted_line = !before.empty() && before.find_first_not_of("> ") == std::string_view::npos &&
                           before[0] == '>' && before.back() == ' ';
  // A text message signed after a dash at its end ("My new number is +91 95464 80643. – Harish",
  // in a quoted CSV cell or not).
  if ((line_end || (e < size && text[e] == '"')) && b >= 6 && text[b - 1] == ' ' &&
      (text.compare(b - 4, 3, "\xe2\x80\x93") == 0 || text.compare(b - 4, 3, "\xe2\x80\x94") == 0) &&
      text[b - 5] == ' ' && (text[b - 6] == '.' || text[b - 6] == '!' || text[b - 6] == '?')) {
    return true;
  }
  if ((before.empty() || quoted_line) && line_end && line_begin >= 2) {
    // The previous line that is not empty.
    std::size_t pe = line_begin - 1;  // the '\n' ending it
    while (pe > 0 && (text[pe - 1] == '\r' || text[pe - 1] == ' ')) --pe;
    // (SignOffAt reads the line's last word, or the whole line when it is a delimiter: 64
    // bytes of it are enough.)
    std::size_t pb = pe;
    while (pb > 0 && pe - pb < 64 && text[pb - 1] != '\n') --pb;
    if (pe > pb && SignOffAt(text, pb, pe)) return true;
  }
  // A message signed with the name alone on its last line after a blank one ("...\n\nHarriet"
  // closing a ticket's or a mail's body): the name ends the text or the JSON string holding the
  // message, its line breaks real or escaped.
  // One word only: a closing line of two ("Viel Erfolg", "Best wishes") is no signature.
  // Latin or Cyrillic capitals only: a run of Han or kana after a blank line opens a text as
  // often.
  const unsigned char first = static_cast<unsigned char>(text[b]);
  const bool cyrillic_capital = first == 0xD0 && b + 1 < size &&
                                static_cast<unsigned char>(text[b + 1]) >= 0x80 &&
                                static_cast<unsigned char>(text[b + 1]) <= 0xAF;
  if ((before.empty() || (b >= 4 && text.compare(b - 4, 4, "\\n\\n") == 0)) &&
      ((first >= 'A' && first <= 'Z') || first == 0xC3 || first == 0xC4 || first == 0xC5 ||
       cyrillic_capital) &&
      text.substr(b, e - b).find(' ') == std::string_view::npos) {
    const bool blank_before =
        (b >= 2 && text[b - 1] == '\n' &&
         (text[b - 2] == '\n' || (b >= 3 && text[b - 2] == '\r' && text[b - 3] == '\n'))) ||
        (b >= 4 && text.compare(b - 4, 4, "\\n\\n") == 0);
    std::size_t k = e;
    if (k < size && text[k] == '\r') ++k;
    if (k < size && text[k] == '\n') ++k;
    else if (k + 1 < size && text[k] == '\\' && text[k + 1] == 'n') k += 2;
    const bool closes = k >= size || text[k] == '"';
    if (blank_before && closes) return true;
  }
  // Inline: "Gracias, NAME" ending its line or sentence.
  if (b >= 4 && text[b - 2] == ',' && text[b - 1] == ' ' &&
      (line_end || text[e] == ' ' || text[e] == '.' || text[e] == ',') &&
      SignOffAt(text, line_known ? line_begin : floor, b - 2)) {
    return true;
  }
  return false;
}

// Fields and columns whose value is a place (LabelBefore's form; column words as HasContextWord
// reads headers).
constexpr std::string_view kPlaceLabels[] = {
    "city", "country", "state", "province", "region", "location", "town", "district",
    "county", "prefecture", "municipality", "ciudad", "pais", "stadt", "ville", "land",
    "citta", "place", "destination", "origin", "birthplace", "placeofbirth", "hometown",
    "cityname", "countryname", "address"};
constexpr std::string_view kPlaceColumns[] = {
    "city", "country", "state", "province", "region", "location", "town", "district",
    "county", "prefecture", "ciudad", "pais", "stadt", "ville", "land", "destination",
    "origin", "hometown", "address", "ort", "wohnort", "cidade", "citta", "miasto", "plaats",
    "stad", "kaupunki", "sehir", "localidad", "localita", "localite", "where"};
// The same for capitalised words of any kind (a state or a location field holds "Active" or
// "Main Office" as often as a place): the fields that hold nothing but a place.
constexpr std::string_view kTownLabels[] = {
    "city", "country", "town", "county", "province", "prefecture", "municipality", "ciudad",
    "pais", "stadt", "ville", "citta", "birthplace", "placeofbirth", "hometown", "cityname",
    "countryname", "destination",
    // A contract's court or place of jurisdiction ("Place of jurisdiction: Leeds",
    // "Jurisdicción: Sevilla", "Tribunal compétent : Dijon", "Foro competente: Milano").
    "jurisdiction", "placeofjurisdiction", "venue", "jurisdiccion", "gerichtsstand", "tribunalcompetent",
    "forocompetente", "foro", "foroexclusivo", "depot", "hub", "warehouse", "depart", "jurisdicao", "rechtbank", "bevoegderechtbank",
    "sadwlasciwy", "placeofsigning", "signedat", "lieudesignature", "ortdesvertragsschlusses"};
constexpr std::string_view kTownColumns[] = {
    "city", "country", "town", "county", "province", "prefecture", "ciudad", "pais", "stadt",
    "ville", "destination", "hometown", "ort", "wohnort", "cidade", "citta", "miasto", "plaats",
    "stad", "kaupunki", "sehir"};

// A config key that ends in a place's word after a word saying whose or which place it is
// names one too ("office_city", "datacenterCity", "home_country": LabelBefore joins them as
// "officecity"); "velocity" and "capacity" do not.
bool EndsInPlaceWord(std::string_view label) {
  static constexpr std::string_view kWhose[] = {
      "office", "center", "centre", "home", "birth", "work", "billing", "shipping", "mailing",
      "current", "origin", "destination", "delivery", "customer", "user", "site", "default",
      "primary", "branch", "hq", "store", "venue", "residence", "contact", "employee", "ship",
      "bill", "mail", "pickup", "departure", "arrival", "target", "base", "team", "owner",
      "company", "hotel", "event", "travel", "trip", "host", "region", "client", "patient"};
  for (std::string_view word : {std::string_view("city"), std::string_view("town"),
                                std::string_view("country")}) {
    if (!label.ends_with(word)) continue;
    const std::string_view whose = label.substr(0, label.size() - word.size());
    for (std::string_view w : kWhose) {
      if (whose.ends_with(w)) return true;
    }
  }
  return false;
}
bool IsPlaceLabel(std::string_view label) {
  return !label.empty() && (InArray(label, kPlaceLabels) || EndsInPlaceWord(label));
}
bool IsTownLabel(std::string_view label) {
  return !label.empty() && (InArray(label, kTownLabels) || EndsInPlaceWord(label));
}
// For a run of a script without capitals (Georgian, Armenian, Amharic, Devanagari, Arabic), a
// site's field too ("site: ბათუმი", "app.integration.site="): such a run is no product's or
// environment's name. A website's field holds a company's or a page's name.
bool IsUncasedPlaceLabel(std::string_view label) {
  return IsPlaceLabel(label) || (label.ends_with("site") && !label.ends_with("website"));
}

// The best PERSON or LOCATION reading of the run words[0, count).
Scored Score(std::string_view text, const Word* words, int count, bool row_person = false) {
  Scored best;
  const std::size_t b = words[0].begin;
  const bool caps_run = words[0].all_caps;
  // LOCATION: the longest gazetteer phrase from the first word.
  for (int len = count; len >= 1; --len) {
    const std::uint16_t f = LookupPhrase(words, 0, len);
    if ((f & (kCity | kCountry | kRegion | kSmallTown)) == 0) continue;
    // A month or a weekday, or a letter's sign-off ("Gracias," is also a town in Honduras).
    if (len == 1 && (InArray(std::string_view(words[0].key, words[0].key_len), kCalendarWords) ||
                     InArray(std::string_view(words[0].key, words[0].key_len), kSignOffs))) {
      continue;
    }
    // A small town scores as a place only with a place's context (0.2 + 0.3), and never after an
    // article ("the Red Lion", "a Canadian cellist") nor as a greeting ("Hola team").
    if ((f & (kCity | kCountry | kRegion)) == 0) {
      static constexpr std::string_view kNotTowns[] = {"the", "a", "an"};
      static constexpr std::string_view kGreetingTowns[] = {"hola", "hallo", "hello", "ciao",
                                                            "salut", "ahoj", "halo", "merhaba"};
      char prev_buf[24];
      const std::string_view prev = PreviousWord(text, b, prev_buf, 2);
      if (InArray(prev, kNotTowns) ||
          (len == 1 && InArray(std::string_view(words[0].key, words[0].key_len), kGreetingTowns))) {
        continue;
      }
    }
    float s = (f & kCountry)                 ? 0.75f
              : (f & (kRegion | kMajorCity)) ? 0.6f
              : (f & kCity)                  ? 0.4f
                                             : 0.2f;
    if (len > 1) s += 0.1f;
    if (f & kCommonWord) s -= 0.3f;
    if ((f & (kFirstName | kLastName)) && !(f & (kCountry | kMajorCity))) s -= 0.1f;
    const std::size_t e = words[len - 1].end;
    char place_label_buf[24];
    if (HasContextWord(text, b, e, kPlaceBefore, 24, 0) || PlaceQualifierAt(text, e) ||
        PostalCodeBefore(text, b) || PlaceParticleAt(text, e) || PlacePrepositionBefore(text, b) ||
        SiteNounAfter(text, e) || IsUncasedPlaceLabel(LabelBefore(text, b, place_label_buf))) {
      s += 0.3f;
    }
    // A place that fills a cell of a delimited row ("Sophie Martin,sophie@example.com,Lyon"), the
    // more so under a place's column ("| Who | Where | Phone |").
    if (IsWholeCell(text, b, e)) s += HasContextWord(text, b, e, kPlaceColumns, 0, 0) ? 0.3f : 0.15f;
    // ... or the parentheses after a word ("Bogdan Popescu (Kraków) room 163", "Team Ops (Brno)").
    else if (b >= 3 && text[b - 1] == '(' && text[b - 2] == ' ' && e < text.size() && text[e] == ')' &&
             (IsAlpha(static_cast<unsigned char>(text[b - 3])) ||
              static_cast<unsigned char>(text[b - 3]) >= 0x80))
      s += 0.15f;
    // A town in capitals after its postal code is how French, Dutch and Belgian addresses write
    // it ("10051 MARSEILLE", "4216 LZ  EINDHOVEN"); elsewhere a capitals run is an acronym's.
    const bool postal_caps = caps_run && words[0].key_len >= 3 && PostalCodeBefore(text, b);
    if (caps_run && !postal_caps) s -= 0.15f;
    // A lone all-caps word (URI, LANG) is an acronym unless it is a country's name.
    if (caps_run && !postal_caps && len == 1 && ((f & kCountry) == 0 || words[0].key_len < 4)) s = 0.0f;
    best = Scored{b, e, Entity::kLocation, s};
    break;
  }
  // A place the gazetteer does not know, under a place's field or column ("city": "Izmir", a
  // "country" column holding "Côte d'Ivoire"): 1-3 capitalised words, not a placeholder.
  if (best.score < 0.75f && count <= 3 && !caps_run) {
    static constexpr std::string_view kNoPlace[] = {"unknown", "remote", "none", "null", "other",
                                                    "various", "online", "virtual", "multiple",
                                                    "anywhere", "home", "tbd", "n", "na",
                                                    "total", "totals", "subtotal", "sum",
                                                    "average", "all"};
    const std::size_t e = words[count - 1].end;
    char label_buf[24];
    const std::string_view label = LabelBefore(text, b, label_buf);
    if ((IsTownLabel(label) || InColumn(text, b, e, kTownColumns)) &&
        !InArray(std::string_view(words[0].key, words[0].key_len), kNoPlace)) {
      best = Scored{b, e, Entity::kLocation, 0.75f};
    }
  }
  // A place the gazetteer does not know after a verb of whereabouts ("flies to Gqeberha").
  if (best.score < 0.75f && count <= 3 && !caps_run && PlaceVerbBefore(text, b) &&
      (words[0].flags & (kFirstName | kLastName)) == 0) {
    best = Scored{b, words[count - 1].end, Entity::kLocation, 0.75f};
  }
  // PERSON.
  char title_buf[24];
  std::string_view title = PreviousWord(text, b, title_buf, 2);
  // A title is capitalised ("Dr. Lee", not "4.4 ms CPU") and precedes a capitalised name.
  bool titled = !title.empty() && InArray(title, kTitles) && !caps_run;
  if (titled) {
    std::size_t t = b;
    while (t > 0 && !IsAlpha(text[t - 1])) --t;
    titled = t >= title.size() && IsUpperAscii(text[t - title.size()]);
  }
  const std::uint16_t f0 = words[0].flags;
  float person = 0.0f;
  int person_words = count;
  if (count >= 2) {
    const std::uint16_t fl = words[count - 1].flags;
    const bool first = (f0 & kFirstName) != 0 || words[0].initial;
    const bool last_known = (fl & (kLastName | kFirstName)) != 0;
    int common = 0;
    for (int k = 0; k < count; ++k) common += (words[k].flags & kCommonWord) ? 1 : 0;
    if (first && last_known) {
      person = 0.85f - 0.2f * static_cast<float>(common);
    } else if (first && !(f0 & kCommonWord) && words[count - 1].key_len >= 3 &&
               (fl & (kMajorCity | kCountry | kRegion)) == 0 && !words[count - 1].all_caps &&
               !HasInnerCapital(text, words[count - 1])) {
      // A known first name and an unknown capitalised word: needs context, unless that word is
      // no English word either ("Dolores Pruitt", "T. Whitfield": a surname the gazetteer lacks;
      // "Dolores Orchard", "Jordan Valley" are places and things). A small town's name counts as
      // unknown ("Pavel Orlova": Orlová is a Czech town).
      person = 0.45f;
      const std::string_view last_key(words[count - 1].key, words[count - 1].key_len);
      if (count == 2 && last_key.size() >= 4 && !IsDictionaryWord(last_key)) {
        person = 0.55f;
      }
    } else if ((f0 & kLastName) && (fl & kLastName) && common == 0) {
      person = 0.5f;
    }
    // Names the faker lists lack ("Akiko Kobayashi", "Thabo Dlamini", "Rodel Dela Cruz"): every
    // word a given or family name of some list (a middle initial aside), one of them of the
    // larger list, none an English word.
    // A word that is also in the English dictionary may be one of them when a faker list has
    // it as a given or family name and it is no everyday word nor a region ("Aoife Murphy",
    // "Faisal Malik"), as long as another word is no English word.
    if (person < 0.6f && count <= 3 && common == 0) {
      bool all = true;
      bool larger = false;
      bool foreign = false;  // a word that is no English word
      for (int k = 0; k < count && all; ++k) {
        if (words[k].initial && k > 0 && k + 1 < count) continue;
        const std::uint16_t fk = words[k].flags;
        const bool english = IsDictionaryWord(std::string_view(words[k].key, words[k].key_len));
        const bool listed = (fk & (kFirstName | kLastName)) != 0 &&
                            (fk & (kCommonWord | kCountry | kRegion | kMajorCity)) == 0;
        all = (fk & (kFirstName | kLastName | kAnyName)) != 0 && !words[k].all_caps &&
              !words[k].initial && !HasInnerCapital(text, words[k]) && (!english || listed);
        larger = larger || (fk & kAnyName) != 0;
        foreign = foreign || !english;
      }
      // ... and no organisation's word follows ("Pampas Agro S.A.").
      if (all && larger && foreign) {
        Word next;
        const std::size_t e = words[count - 1].end;
        std::size_t n = e;
        while (n < text.size() && n - e < 3 && (text[n] == ' ' || text[n] == ',')) ++n;
        const bool org = n > e && n < text.size() && ReadWord(text, n, next) &&
                         InArray(std::string_view(next.key, next.key_len), kOrgWords);
        if (!org) person = 0.6f;
      }
    }
    // A name the gazetteer does not know ("Otieno Kariuki", "Дмитрий Соколов"): every word reads
    // as a name, and what surrounds the run says it is a person's: the display name of an
    // address, or the value of a person's field.
    if (person < 0.75f && count <= 4) {
      // The structure first (most runs have none, and it is the cheaper test), then the words.
      bool known = false;  // a word the gazetteer knows as a name
      for (int k = 0; k < count; ++k) known = known || (words[k].flags & (kFirstName | kLastName)) != 0;
      const std::size_t e = words[count - 1].end;
      char buf[24];
      const std::string_view label = LabelBefore(text, b, buf);
      const bool author = AuthorOfMessage(text, b, e, known);
      if (DisplayNameOfAddress(text, b, e) || IsPersonLabel(label) ||
          InColumn(text, b, e, kPersonColumns) || author ||
          GreetedName(text, b, e) || PersonNounBefore(text, b) || IntroBefore(text, b) ||
          PersonAttributeAfter(text, e) || PersonPredicateAround(text, b, e) || row_person ||
          StarRatingBefore(text, b) ||
          LaterItemOfPersonList(text, b) || ActionOwner(text, b, e) || ItemOfPeopleList(text, b)) {
        bool name_like = true;
        int name_words = 0;
        bool other = false;  // an organisation's word, a title, an initial or an acronym
        for (int k = 0; k < count; ++k) {
          // A middle initial ("Alfie P. Featherstone") belongs to the name; the words around it
          // decide (a trailing one was dropped above, a leading one leaves one word at least).
          if (words[k].initial && k > 0 && k + 1 < count) continue;
          const bool like = NameLikeWord(text, words[k], false);
          name_like = name_like && like;
          name_words += like ? 1 : 0;
          const std::string_view key(words[k].key, words[k].key_len);
          other = other || words[k].all_caps || InArray(key, kOrgWords) || InArray(key, kTitles);
        }
        // Under a person's own field ("full_name", "cardholder"; not a bare "name") or as the
        // author of a chat message ("[10:02] Saga Lundgren: ..."), one word of the name may be an
        // everyday word as well ("Ji-hoon Park", "Grace Hill").
        if (!name_like && name_words > 0 && !other &&
            ((label != "name" && IsPersonLabel(label)) || author)) {
          name_like = true;
        }
        // ... and the run is no place's name ("Santa Fe").
        if (name_like && (LookupPhrase(words, 0, count) & (kCity | kCountry | kRegion)) == 0) {
          person = 0.75f;
        }
      }
    }
    // Places that read as names ("Jackson Heights") stay places.
    if ((LookupPhrase(words, 0, count) & (kCity | kCountry | kRegion)) != 0) person -= 0.3f;
  } else if (!words[0].initial && !caps_run &&
             !InArray(std::string_view(words[0].key, words[0].key_len), kTitles)) {
    // A lone name needs a greeting or sign-off right before it ("Hi Sarah,", "Thanks, Nina"),
    // a field label ("name: Anna", "\"owner\": \"Marco\""), or a verb of speech after it.
    person_words = 1;
    if ((f0 & (kFirstName | kLastName | kAnyName)) && !(f0 & kCommonWord) &&
        !(f0 & (kCountry | kRegion | kMajorCity))) {
      char buf[24];
      const std::string_view prev = PreviousWord(text, b, buf, 4);
      static constexpr std::string_view kGreetings[] = {
          "hi", "hello", "dear", "hey", "thanks", "thank", "regards", "cheers", "sincerely",
          "best", "bye", "attn", "cc", "dr", "mr", "mrs", "ms", "yours", "love", "ask", "tell"};
      bool strong = !prev.empty() && (InArray(prev, kGreetings) || GreetedName(text, b, words[0].end));
      // A name of the larger list only ("Cian", not faker's) needs a greeting, a chat line's
      // author prefix or a neighbouring cell (not a label: "value: Europe/Berlin"), and is no
      // sign-off ("Merci de ...").
      const bool larger_only = (f0 & (kFirstName | kLastName)) == 0;
      if (larger_only) {
        strong = strong && !InArray(std::string_view(words[0].key, words[0].key_len), kSignOffs);
      }
      // A chat line's author after its prefix ("[1738527451808] Garrett: ..."); not a bare
      // "Word:" at a line's start, which is a field's label as often ("Name:", "Assunto:").
      if (!strong) strong = AuthorOfMessage(text, b, words[0].end, false);
      if (!strong && !larger_only && !prev.empty() && HasContextWord(text, b, b, kPersonBefore, 24, 0)) {
        // A label: the gap before the name holds ':' or '='.
        for (std::size_t k = b; k > 0 && b - k < 4 && !IsAlpha(text[k - 1]); --k) {
          strong = strong || text[k - 1] == ':' || text[k - 1] == '=';
        }
      }
      if (!strong && !larger_only) strong = HasContextWord(text, words[0].end, words[0].end, kPersonAfter, 0, 12);
      // A table row: a first and a last name in neighbouring cells ("1001,Maria,Gonzalez,..."),
      // or a column whose header names it ("first_name"; an empty window leaves only the
      // header check).
      if (!strong) strong = NameInNeighbourCell(text, words[0], f0);
      if (!strong && !larger_only) strong = HasContextWord(text, b, words[0].end, kPersonBefore, 0, 0);
      // A given name opening a sentence, a verb after it ("Erik har redan bokat lokalen",
      // "Zeca passou na padaria", "Steph est passée"): a given name of the sorted lists that is
      // no English word, then a word in lower case.
      // Given names that are also a frequent word of another language ("Esta es mi tarjeta",
      // "Cara sig.ra", "Ata de reunião", "Avis clients") are left to other cues there.
      static constexpr std::string_view kForeignWords[] = {
          "esta", "este", "estas", "estos", "esa", "ese", "eso", "cara", "caro", "ata", "avis",
          "ela", "ele", "era", "sera", "como", "para", "pero", "todo", "toda", "bella", "bello",
          "mia", "mio", "tua", "lui", "lei", "elle", "une", "des", "les", "das", "der", "die",
          "den", "dem", "ein", "eine", "und", "sie", "wir", "ihr", "och", "det", "som", "har",
          "var", "kan", "men", "per", "con", "una", "uno", "tal", "mas", "mais", "bem", "sim",
          "chi", "cosa", "dove", "anche", "nun", "doch", "noch", "mal", "hoy", "bien", "muy",
          "solo", "sola", "luz", "paz", "sol", "mar", "flor", "nos", "vos", "aqui", "ahi", "alla",
          "dia", "dias", "vida", "casa", "hola", "ola", "gracias", "merci", "danke", "bitte",
          "nota", "note", "lista", "liste", "fecha", "datum", "date", "data", "hora", "ora",
          "mine", "min", "din", "sin", "han", "hon", "vi", "ni", "si", "se", "te", "le", "la",
          "lo", "al", "el", "en", "et", "es", "est", "il", "ist", "ich", "du", "er", "jag", "ik",
          "je", "tu", "io", "eu", "ja", "nie", "tak", "jest", "ale", "bez", "pod", "nad", "przy",
          "tem", "temos", "sua", "seu", "deze", "dit", "dat", "wie", "wat", "hier", "daar",
          "maar", "ook", "nog", "niet", "zeer", "alle", "alles", "viel", "viele", "gut", "neu",
          "neue", "bom", "boa", "nova", "novo", "nueva", "nuevo", "nuova", "nuovo", "nouvelle",
          "nouveau", "grand", "grande", "gran", "alta", "alto", "bon", "bonne", "buona", "buono",
          "buena", "bueno", "santa", "santo", "san", "saint", "sainte", "mai", "juni", "juli",
          "marzo", "mayo", "junio", "julio", "maio", "junho", "julho", "aprile", "maggio",
          "giugno", "luglio", "avril", "juin", "juillet", "april", "august", "augusti"};
      if (!strong && !larger_only && (f0 & kFirstName) != 0 &&
          !IsDictionaryWord(std::string_view(words[0].key, words[0].key_len)) &&
          !InArray(std::string_view(words[0].key, words[0].key_len), kForeignWords) &&
          SentenceOpensAt(text, b) && LowerWordAfter(text, words[0].end)) {
        strong = true;
      }
      person = strong ? 0.7f : 0.0f;
    }
    // A given name the gazetteer does not know, greeted ("Hallo Aiko,", "- Cześć Ilkka,").
    if (person == 0.0f && GreetedName(text, b, words[0].end) && NameLikeWord(text, words[0], true)) {
      person = 0.7f;
    }
    // A given name in a list of people or owning an action item ("Attendees: Li Wei, Ottokar",
    // "- action: Zawadi to call ..."), after a person's noun ("Our driver Thiago") or with what
    // only a person does ("hey its Wanjiru, landed in ...").
    if (person == 0.0f && NameLikeWord(text, words[0], true) &&
        (ActionOwner(text, b, words[0].end) || LaterItemOfPersonList(text, b) ||
         ItemOfPeopleList(text, b) ||
         PersonNounBefore(text, b) || PersonPredicateAround(text, b, words[0].end) ||
         StarRatingBefore(text, b))) {
      person = 0.7f;
    }
    // A given or family name the gazetteer does not know, alone in its field or column
    // ("forename: Oisín", a "surname" column).
    char buf[24];
    if (person == 0.0f &&
        (InArray(LabelBefore(text, b, buf), kPartNameLabels) || PartOfNameObjectBefore(text, b) ||
         InColumn(text, b, words[0].end, kPartNameColumns)) &&
        NameLikeWord(text, words[0], true)) {
      person = 0.7f;
    }
  }
  if (titled) person = std::max(person, 0.8f);
  if (person > 0.0f) {
    std::size_t e = words[person_words - 1].end;
    // Under a person's field, a directory's inverted name runs on past its comma.
    if (e < text.size() && text[e] == ',') {
      char label_buf[24];
      // (Not under a list's label: "Participants: A B, C" names two people.)
      const std::string_view label = LabelBefore(text, b, label_buf);
      if (IsPersonLabel(label) && !label.ends_with("s")) e = InvertedNameEnd(text, e);
    }
    if (HasContextWord(text, b, e, kPersonBefore, 32, 0) ||
        HasContextWord(text, e, e, kPersonAfter, 0, 12)) {
      person += kContextBonus;
    }
    if (caps_run) person -= 0.4f;  // ALL-CAPS runs are constants and headings unless context
    person = std::min(person, 1.0f);
    const std::size_t best_len = best.end - best.begin;
    if (person > best.score || (person == best.score && e - b > best_len)) {
      best = Scored{b, e, Entity::kPerson, person};
    }
  }
  best.score = std::clamp(best.score, 0.0f, 1.0f);
  return best;
}

// The end of an apartment, suite or unit written after a street at `e` (", Apt 8", " Suite
// 475", ", Unit 3B", " #12"), or `e`.
std::size_t UnitAfter(std::string_view text, std::size_t e) {
  static constexpr std::string_view kUnits[] = {"Apt", "Apt.", "Apartment", "Suite", "Ste", "Ste.",
                                                "Unit", "Fl", "Fl.", "Floor", "Rm", "Room", "#"};
  std::size_t i = e;
  if (i < text.size() && text[i] == ',') ++i;
  if (i >= text.size() || text[i] != ' ') return e;
  ++i;
  for (std::string_view unit : kUnits) {
    if (text.compare(i, unit.size(), unit) != 0) continue;
    std::size_t j = i + unit.size();
    if (unit != "#") {
      if (j >= text.size() || text[j] != ' ') continue;
      ++j;
    }
    const std::size_t v = j;
    while (j < text.size() && j - v < 6 && (IsAlnum(text[j]) || text[j] == '-')) ++j;
    if (j == v || (j < text.size() && IsAlnum(text[j]))) continue;
    bool digit = false;
    for (std::size_t k = v; k < j; ++k) digit = digit || IsDigit(text[k]);
    if (digit) return j;
  }
  return e;
}

// A street line ending at one of words[1, count): a house number right before words[0]
// ("742 Evergreen Terrace"). Returns the LOCATION span [begin, end), or begin == end.
Scored StreetAddress(std::string_view text, const Word* words, int count, std::size_t floor) {
  Scored none;
  const std::size_t b = words[0].begin;
  if (b < 2 || text[b - 1] != ' ' || !IsDigit(text[b - 2]) || words[0].all_caps) return none;
  std::size_t n = b - 1;
  while (n > floor && IsDigit(text[n - 1]) && b - 1 - n < 6) --n;
  if (n < floor || (n > 0 && (IsAlnum(text[n - 1]) || text[n - 1] == '.' || text[n - 1] == '-' ||
                              text[n - 1] == '_' || text[n - 1] == ':'))) {
    return none;  // part of a longer number, a time, a version or an identifier
  }
  // "18 Rue des Lilas", "5 Via Roma": the number, then a leading street word and its name.
  if (InArray(std::string_view(words[0].key, words[0].key_len), kStreetHeads)) {
    std::size_t e = words[count - 1].end;
    if (count == 1) {
      // The run stopped at a particle: "Rue des Lilas", "Via della Spiga", "Rua do Ouro".
      static constexpr std::string_view kParticles[] = {
          "de ", "des ", "du ", "del ", "della ", "delle ", "dei ", "di ", "da ", "do ", "dos ",
          "das ", "la ", "le ", "les ", "los ", "las "};
      std::size_t at = e;
      if (at < text.size() && text[at] == ' ') {
        ++at;
        for (std::string_view particle : kParticles) {
          if (text.compare(at, particle.size(), particle) != 0) continue;
          std::size_t w = at + particle.size();
          if (w < text.size() && IsUpperStart(text, w)) {
            std::size_t len;
            while (w < text.size() && IsLetterCp(DecodeAt(text, w, len))) w += len;
            e = w;
          }
          break;
        }
      }
      if (e == words[0].end) return none;
    }
    return Scored{n, UnitAfter(text, e), Entity::kLocation, 0.85f};
  }
  for (int k = 1; k < count; ++k) {
    if (words[k].initial) continue;
    if (InArray(std::string_view(words[k].key, words[k].key_len), kStreetSuffixes)) {
      std::size_t e = words[k].end;
      if (e < text.size() && text[e] == '.' && words[k].key_len <= 4) ++e;  // "St."
      return Scored{n, UnitAfter(text, e), Entity::kLocation, 0.85f};
    }
  }
  return none;
}

// "Hauptstraße 5", "Via Roma 12": a street name followed by its house number (1-4 digits and an
// optional letter) ending before `limit`. Returns the span, or begin == end.
Scored StreetThenNumber(std::string_view text, const Word* words, int count, std::size_t limit) {
  Scored none;
  const std::size_t after = words[count - 1].end;
  if (after + 1 >= limit || text[after] != ' ' || !IsDigit(text[after + 1])) return none;
  std::size_t e = after + 1;
  while (e < limit && IsDigit(text[e]) && e - after <= 4) ++e;
  if (e - after - 1 > 4) return none;
  if (e < limit && IsAlpha(text[e]) && (e + 1 >= text.size() || !IsAlnum(text[e + 1]))) ++e;
  if (e < text.size() && (IsAlnum(text[e]) || text[e] == '.' || text[e] == ':' || text[e] == '/' ||
                          text[e] == '-')) {
    return none;  // a time, a version, a ratio or a longer token
  }
  // "Via Slack 2 messages": a count, not a house number.
  if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z') return none;
  if (words[0].all_caps) return none;
  bool street = count >= 2 && InArray(std::string_view(words[0].key, words[0].key_len), kStreetHeads);
  // An English street type before the number, as forms and exports in some countries write it
  // ("Maple Ridge Dr 114", "Lakeshore Blvd 140", "Pine Bluff Way 197"): the unambiguous types.
  static constexpr std::string_view kTypesBeforeNumber[] = {
      "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
      "dr", "court", "ct", "parkway", "pkwy", "highway", "hwy", "terrace", "crescent", "way"};
  if (!street && count >= 2 &&
      InArray(std::string_view(words[count - 1].key, words[count - 1].key_len), kTypesBeforeNumber)) {
    street = true;
  }
  for (int k = 0; k < count && !street; ++k) {
    const std::string_view key(words[k].key, words[k].key_len);
    for (std::string_view ending : kStreetEndings) {
      if (key.size() >= ending.size() + (ending.size() <= 4 ? 3 : 0) &&
          key.substr(key.size() - ending.size()) == ending) {
        street = true;
        break;
      }
    }
  }
  if (!street) return none;
  return Scored{words[0].begin, e, Entity::kLocation, 0.8f};
}

// Scripts written without capitals, in which a name is found only by its structure.
enum class Uncased {
  kNone, kHan, kHangul, kArabic, kHebrew, kDevanagari, kIndic, kThai, kArmenian, kGeorgian,
  kEthiopic, kLao, kMyanmar
};

Uncased UncasedScript(char32_t cp) {
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x3041 && cp <= 0x30fa) || cp == 0x30fc) {
    return Uncased::kHan;  // with the kana: a Japanese name mixes both
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) return Uncased::kHangul;
  if (cp >= 0x620 && cp <= 0x6ff && !(cp >= 0x660 && cp <= 0x66d) && !(cp >= 0x6d4 && cp <= 0x6ed) &&
      !(cp >= 0x6f0 && cp <= 0x6f9)) {
    return Uncased::kArabic;
  }
  if ((cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x591 && cp <= 0x5c7 && cp != 0x5be && cp != 0x5c0 &&
                                       cp != 0x5c3 && cp != 0x5c6)) {
    return Uncased::kHebrew;
  }
  if (cp >= 0x900 && cp <= 0x97f && !(cp >= 0x964 && cp <= 0x970)) return Uncased::kDevanagari;
  if (cp >= 0xe01 && cp <= 0xe4e && cp != 0xe3f && cp != 0xe2f && cp != 0xe46) return Uncased::kThai;
  if (cp >= 0xe81 && cp <= 0xedf && cp != 0xeaf && cp != 0xec6) return Uncased::kLao;
  if (cp >= 0x1000 && cp <= 0x103f) return Uncased::kMyanmar;  // letters and signs, no digits
  if ((cp >= 0x531 && cp <= 0x556) || (cp >= 0x561 && cp <= 0x587)) return Uncased::kArmenian;
  if (cp >= 0x10d0 && cp <= 0x10ff) return Uncased::kGeorgian;
  // Bengali, Tamil, Telugu, Kannada, Malayalam (letters and vowel signs; not digits).
  if (cp >= 0x980 && cp <= 0xd7f && (cp & 0x7f) < 0x66) return Uncased::kIndic;
  if (cp >= 0x1200 && cp <= 0x135a) return Uncased::kEthiopic;
  return Uncased::kNone;
}

// A Japanese or Korean honorific right after a name (" 様", "さん", "殿", "님", "씨"): the byte
// length of it at `i`, or 0.
std::size_t HonorificAt(std::string_view text, std::size_t i) {
  static constexpr std::string_view kHonorifics[] = {"\xe6\xa7\x98", "\xe3\x81\x95\xe3\x82\x93",
                                                     "\xe6\xae\xbf", "\xeb\x8b\x98", "\xec\x94\xa8"};
  for (std::string_view h : kHonorifics) {
    if (text.compare(i, h.size(), h) != 0) continue;
    const std::size_t after = i + h.size();
    std::size_t len;
    if (after < text.size() && UncasedScript(DecodeAt(text, after, len)) != Uncased::kNone) return 0;
    return h.size();
  }
  return 0;
}

// True when text[b, e) holds a hiragana letter: Japanese names are written in kanji or
// katakana; "お客" and "お疲れ" before 様 are words.
bool HasHiragana(std::string_view text, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 2 < e + 1 && k < e; ++k) {
    const auto c0 = static_cast<unsigned char>(text[k]);
    if (c0 != 0xe3 || k + 2 >= text.size()) continue;
    const auto c1 = static_cast<unsigned char>(text[k + 1]);
    const auto c2 = static_cast<unsigned char>(text[k + 2]);
    // U+3040-U+309F: E3 81 80 - E3 82 9F.
    if ((c1 == 0x81 && c2 >= 0x80) || (c1 == 0x82 && c2 <= 0x9f)) return true;
  }
  return false;
}

// An honorific glued to the name before it, then a particle or the run's end ("高橋結衣さんは",
// "김민준님과", "佐藤様、"): its length, or 0. Not a word that starts with its characters ("様子").
std::size_t GluedHonorific(std::string_view text, std::size_t i) {
  static constexpr std::string_view kHonorifics[] = {
      "\xe3\x81\x95\xe3\x82\x93", "\xe6\xa7\x98", "\xe6\xb0\x8f", "\xe5\x85\x88\xe7\x94\x9f",
      "\xeb\x8b\x98", "\xec\x94\xa8"};  // さん 様 氏 先生 님 씨
  // Particles that may follow: は が を に と の も へ で や (kana), 은 는 이 가 을 를 과 와 께 에 의 도.
  static constexpr std::string_view kParticles[] = {
      "\xe3\x81\xaf", "\xe3\x81\x8c", "\xe3\x82\x92", "\xe3\x81\xab", "\xe3\x81\xa8",
      "\xe3\x81\xae", "\xe3\x82\x82", "\xe3\x81\xb8", "\xe3\x81\xa7", "\xe3\x82\x84",
      "\xec\x9d\x80", "\xeb\x8a\x94", "\xec\x9d\xb4", "\xea\xb0\x80", "\xec\x9d\x84",
      "\xeb\xa5\xbc", "\xea\xb3\xbc", "\xec\x99\x80", "\xea\xbb\x98", "\xec\x97\x90",
      "\xec\x9d\x98", "\xeb\x8f\x84"};
  for (std::string_view h : kHonorifics) {
    if (text.compare(i, h.size(), h) != 0) continue;
    const std::size_t after = i + h.size();
    std::size_t len;
    if (after >= text.size() || UncasedScript(DecodeAt(text, after, len)) == Uncased::kNone) {
      return h.size();
    }
    for (std::string_view p : kParticles) {
      if (text.compare(after, p.size(), p) == 0) return h.size();
    }
    return 0;
  }
  return 0;
}

// A run of 1-4 words of one uncased script at `i`, separated by single spaces (or a Japanese
// middle dot), short enough to be a name: CJK and Hangul names have 1-4 characters a word and
// at most 5 in all; the others 2-20 letters a word. Returns its end, or `i` when there is none.
std::size_t UncasedNameRun(std::string_view text, std::size_t i, Uncased& script,
                           bool in_sentence) {
  const std::size_t size = text.size();
  std::size_t len;
  script = UncasedScript(DecodeAt(text, i, len));
  if (script == Uncased::kNone) return i;
  const bool ideographic = script == Uncased::kHan || script == Uncased::kHangul;
  std::size_t j = i;
  std::size_t end = i;
  int words = 0;
  std::size_t letters = 0;
  // Arabic and Hebrew prepositions and conjunctions end a name inside a sentence ("وصل يوسف
  // القحطاني إلى المطار": the name is two words).
  static constexpr std::string_view kJoiners[] = {
      "\xd8\xa5\xd9\x84\xd9\x89", "\xd8\xa7\xd9\x84\xd9\x89", "\xd9\x81\xd9\x8a",
      "\xd9\x85\xd9\x86", "\xd9\x85\xd8\xb9", "\xd8\xb9\xd9\x84\xd9\x89",
      "\xd8\xb9\xd9\x86", "\xd9\x88",              // إلى الى في من مع على عن و
      "\xd7\xa2\xd7\x9d", "\xd7\x90\xd7\x9c", "\xd7\xa9\xd7\x9c", "\xd7\x95"};  // עם אל של ו
  while (j < size && words < 5) {
    if (words > 0 && HonorificAt(text, j) != 0) break;  // "高橋 花子 様": the name ends before
    if (words > 0 && (script == Uncased::kArabic || script == Uncased::kHebrew)) {
      bool joiner = false;
      for (const std::string_view w : kJoiners)
        joiner = joiner || (text.compare(j, w.size(), w) == 0 &&
                            (j + w.size() == size || text[j + w.size()] == ' '));
      if (joiner) break;
    }
    std::size_t word_letters = 0;
    bool hiragana = false;  // "お客様", "お疲れ様": words, not names
    while (j < size && UncasedScript(DecodeAt(text, j, len)) == script) {
      if (ideographic && word_letters >= 2 && !hiragana && GluedHonorific(text, j) != 0) break;
      const char32_t cp = DecodeAt(text, j, len);
      hiragana = hiragana || (cp >= 0x3040 && cp <= 0x309f);
      j += len;
      ++word_letters;
    }
    if (word_letters == 0) break;
    ++words;
    letters += word_letters;
    if (ideographic ? word_letters > 4 : (word_letters < 2 || word_letters > 20)) return i;
    end = j;
    // Another word: one space or U+30FB, then a letter of the same script.
    std::size_t gap = 0;
    if (j < size && text[j] == ' ') {
      gap = 1;
    } else if (j + 2 < size && text.compare(j, 3, "\xe3\x83\xbb") == 0) {
      gap = 3;
    }
    if (gap == 0 || j + gap >= size || UncasedScript(DecodeAt(text, j + gap, len)) != script) break;
    j += gap;
  }
  if (words > 4 || (ideographic && (letters < 2 || letters > 5))) return i;
  // The run ends at the value's edge, not inside a sentence.
  if (end < size) {
    const unsigned char c = text[end];
    if (!(c == '"' || c == '\'' || c == ',' || c == ';' || c == '|' || c == '\t' || c == '\n' ||
          c == '\r' || c == ' ' || c == '<' || c == ')' || c == '}' || c == ':' || c == '.' ||
          (c == '*' && end + 1 < size && text[end + 1] == '*') ||
          (ideographic && GluedHonorific(text, end) != 0 && !HasHiragana(text, i, end)))) {
      return i;
    }
    // A space ends the run before an address or a note, an honorific, a chat line's time, a
    // Markdown cell's edge, or the gap of a column layout ("Patient: תמר מזרחי   NHS number:
    // ..."); inside a sentence that names a person ("rotated by 高橋 花子 but ..."), before the
    // sentence's next Latin word.
    if (c == ' ' && !(end + 1 < size && (text[end + 1] == '<' || text[end + 1] == '(' ||
                                         text[end + 1] == '|' || text[end + 1] == ' ' ||
                                         text.compare(end + 1, 2, "\xc2\xb7") == 0)) &&
        HonorificAt(text, end + 1) == 0 && !ChatTimeAfter(text, end) &&
        !(in_sentence && end + 1 < size &&
          (IsAlpha(text[end + 1]) || static_cast<unsigned char>(text[end + 1]) >= 0x80))) {
      return i;
    }
  }
  return end;
}

constexpr std::string_view kNameColumn[] = {"name"};

// A detection of a way to reach a person or of a person's identifier.
// The structured detection among out[first, end) (sorted, not overlapping) that starts at `at`,
// or null.
const Detection* DetectionAt(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                             std::size_t at) {
  const auto d = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first),
                                      out.begin() + static_cast<std::ptrdiff_t>(end),
                                      [&](const Detection& x) { return x.begin < at; });
  return d != out.begin() + static_cast<std::ptrdiff_t>(end) && d->begin == at ? &*d : nullptr;
}

bool IsContact(const Detection& d) {
  return d.entity == "EMAIL_ADDRESS" || d.entity == "PHONE_NUMBER" || d.entity == "US_SSN" ||
         d.entity == "US_ITIN" || d.entity == "US_PASSPORT" || d.entity == "US_DRIVER_LICENSE" ||
         d.entity == "UK_NHS";
}

// An email address, a phone number or a person's identifier among the structured detections
// out[first, end) (sorted, not overlapping) on the same line as text[b, e), or within 240 bytes
// of it without a blank line between (a JSON object spread over lines): what makes a bare "name"
// a person's. Looks only at the detections within reach (a binary search to the first).
bool ContactNear(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                 std::string_view text, std::size_t b, std::size_t e) {
  const std::size_t from = b > 240 ? b - 240 : 0;
  auto k = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first),
                                out.begin() + static_cast<std::ptrdiff_t>(end),
                                [&](const Detection& d) { return d.end <= from; });
  for (; k != out.begin() + static_cast<std::ptrdiff_t>(end) && k->begin < e + 240; ++k) {
    if (!IsContact(*k)) continue;
    const std::size_t lo = std::min(k->begin, b);
    const std::size_t hi = std::max(k->end, e);
    if (hi - lo > 240 + (e - b) + (k->end - k->begin)) continue;
    if (text.substr(lo, hi - lo).find("\n\n") == std::string_view::npos) return true;
  }
  return false;
}

// A phone number or an email address among out[first, end) (sorted) right after text[.., e),
// past ", ", " - " or " (" (not ": ", which ends a field's label: "電話: ..."): a name and how
// to reach its person ("(রাহেলা চৌধুরী, 02 810 71 61)", "NAME - +41 76 ...", "for NAME (+1 ...)").
bool ContactRightAfter(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                       std::string_view text, std::size_t e) {
  // A space after the punctuation: prose, not a delimited row ("חיפה;+972 ..." is a city cell).
  std::size_t k = e;
  if (k + 1 < text.size() && text[k] == ' ' && text[k + 1] == '(') {
    // "for Otieno Chebet (1-915.706.4137)".
    k += 2;
  } else if (text.compare(k, 4, " at ") == 0) {
    // "contact Thaís Brandão at 042 732 9840", "ping 김서연 at +7 ...": a phone or an address
    // must follow ("Ana at Lisbon" is no contact).
    k += 4;
  } else {
    if (k < text.size() && text[k] == ',') ++k;
    else if (k + 1 < text.size() && text[k] == ' ' && text[k + 1] == '-') k += 2;
    else return false;
    if (k >= text.size() || text[k] != ' ') return false;
    while (k < text.size() && k - e < 4 && text[k] == ' ') ++k;
  }
  const Detection* d = DetectionAt(out, first, end, k);
  return d != nullptr && (d->entity == "EMAIL_ADDRESS" || d->entity == "PHONE_NUMBER");
}

// A record's numbered heading: the run is all that follows "#12 ", "12. " or "12) " on its line
// ("#2 Wanjiru Chebet\n  Reisepassnummer: ..."). With a contact or an identifier near it, the
// record is a person's.
bool NumberedHeading(std::string_view text, std::size_t b, std::size_t e) {
  if (!(e >= text.size() || text[e] == '\n' || text[e] == '\r')) return false;
  if (b < 3 || text[b - 1] != ' ') return false;
  std::size_t k = b - 1;
  const bool punct = text[k - 1] == '.' || text[k - 1] == ')';
  if (punct) --k;
  std::size_t digits = 0;
  while (k > 0 && digits < 5 && IsDigit(text[k - 1])) {
    --k;
    ++digits;
  }
  if (digits == 0 || digits > 4) return false;
  const bool hash = k > 0 && text[k - 1] == '#';
  if (hash) --k;
  if (hash == punct) return false;  // "#12 " or "12. ", not "12 " nor "#12. "
  return k == 0 || text[k - 1] == '\n';
}

// A way to reach the person or a person's identifier right after the run behind a short label
// of one or two words: "NAME phone=+82 ...", "NAME, Tel. 0158 ...", "NAME, NHS no. 644 971 9591",
// "NAME email: ...".
bool ContactAfterLabel(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                       std::string_view text, std::size_t e) {
  const std::size_t size = text.size();
  std::size_t k = e;
  if (k < size && text[k] == ',') ++k;
  if (k >= size || text[k] != ' ') return false;
  ++k;
  for (int word = 0; word < 2; ++word) {
    const std::size_t w = k;
    while (k < size && k - w < 12 &&
           (IsAlpha(text[k]) || text[k] == '.' || text[k] == '-' || text[k] == '#'))
      ++k;
    if (k - w < 2 || !IsAlpha(text[w])) return false;
    if (k < size && (text[k] == '=' || text[k] == ':')) ++k;
    std::size_t v = k;
    while (v < size && v - k < 2 && text[v] == ' ') ++v;
    if (const Detection* d = DetectionAt(out, first, end, v); d != nullptr && IsContact(*d))
      return true;
    if (v == k) return false;  // the label ran into something that is no value
    k = v;
  }
  return false;
}

// An e-mail address right after the run (past spaces, a delimiter or a quote: a table's row,
// a CSV line, a notebook's printed frame) whose local part holds one of the run's words of 3+
// letters, accents folded ("Gaëtan Beaulieu  gaetan.b98@...", "Xóchitl Tlapanco,xochitl_tlapanco96@").
bool EmailOfNameAfter(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                      std::string_view text, const Word* words, int count) {
  std::size_t k = words[count - 1].end;
  const std::size_t limit = std::min(text.size(), k + 6);
  while (k < limit && (text[k] == ' ' || text[k] == '\t' || text[k] == ',' || text[k] == ';' ||
                       text[k] == '|' || text[k] == '"' || text[k] == '\''))
    ++k;
  if (k == words[count - 1].end || k >= text.size()) return false;
  const Detection* d = DetectionAt(out, first, end, k);
  if (d == nullptr || d->entity != "EMAIL_ADDRESS") return false;
  const std::string_view address = text.substr(d->begin, d->end - d->begin);
  const std::string_view local = address.substr(0, address.find('@'));
  for (int w = 0; w < count; ++w) {
    char buf[24];
    std::string_view f;
    if (!FoldedWord(std::string_view(words[w].key, words[w].key_len), buf, f) || f.size() < 3)
      continue;
    const std::size_t n = f.size();
    for (std::size_t at = 0; at + n <= local.size(); ++at) {
      bool same = true;
      for (std::size_t j = 0; j < n && same; ++j)
        same = (local[at + j] | 0x20) == f[j];
      if (same) return true;
    }
  }
  return false;
}

// The first cell of a delimited line: text[b, e) opens its line and a tab, ';', ',', ": ",
// " / ", " | " or a run of spaces follows ("Անի Սարգսյան<TAB>+353 ...", "Budi Santoso  +63 ...").
bool RowLeadingCell(std::string_view text, std::size_t b, std::size_t e) {
  // The line's start, or a list item's marker before it ("- ", "* ", "• ", "12. ").
  std::size_t s = b;
  bool listed = false;
  if (s >= 2 && text[s - 1] == ' ') {
    std::size_t m = s - 1;
    if (text[m - 1] == '-' || text[m - 1] == '*') {
      m -= 1;
    } else if (m >= 3 && text.compare(m - 3, 3, "\xe2\x80\xa2") == 0) {
      m -= 3;
    } else if (text[m - 1] == '.') {
      std::size_t d = m - 1;
      while (d > 0 && m - 1 - d < 3 && IsDigit(text[d - 1])) --d;
      if (d < m - 1) m = d;
    }
    if (m < s - 1 && (m == 0 || text[m - 1] == '\n')) {
      s = m;
      listed = true;
    }
  }
  if (s > 0 && text[s - 1] != '\n') return false;
  if (e + 1 >= text.size()) return false;
  const char c = text[e];
  // A list item's name then a dash before the rest of the record ("- NAME — street — phone").
  if (c == ' ' && (text.compare(e + 1, 4, "\xe2\x80\x94 ") == 0 ||
                   text.compare(e + 1, 4, "\xe2\x80\x93 ") == 0 ||
                   text.compare(e + 1, 2, "- ") == 0)) {
    return true;
  }
  if (listed) return false;
  if (c == '\t' || c == ';' || (c == ',' && text[e + 1] != ' ')) return true;
  // "NAME: NHS number 428 460 1210" (a record line keyed by the person): two words or more,
  // as a field's label is one ("メール: ...", "Phone: ...").
  if (c == ':' && text[e + 1] == ' ') {
    return text.substr(b, e - b).find(' ') != std::string_view::npos;
  }
  if (c != ' ') return false;
  return text[e + 1] == ' ' ||
         (e + 2 < text.size() && (text[e + 1] == '/' || text[e + 1] == '|') && text[e + 2] == ' ');
}

// A phone number, an email address, a person's identifier or an account among out[first, end)
// (sorted) on the line of text[b, e), after it.
bool ContactOnLine(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                   std::string_view text, std::size_t b, std::size_t e) {
  // After "NAME:" only a person's own contact or identifier: "Meine Bankverbindung: DE80 ..."
  // is a label (German capitalises nouns) before an account.
  const bool accounts = e < text.size() && text[e] != ':';
  std::size_t line_end = text.find('\n', e);
  if (line_end == std::string_view::npos) line_end = text.size();
  auto k = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first),
                                out.begin() + static_cast<std::ptrdiff_t>(end),
                                [&](const Detection& d) { return d.end <= b; });
  for (; k != out.begin() + static_cast<std::ptrdiff_t>(end) && k->begin < line_end; ++k) {
    // A person's contact or identifier, or an account held in their name (IBAN, card, bank
    // account, a prescriber's DEA number).
    if (k->begin >= e &&
        (IsContact(*k) || k->entity == "MEDICAL_LICENSE" ||
         (accounts && (k->entity == "IBAN_CODE" || k->entity == "CREDIT_CARD" ||
                       k->entity == "US_BANK_NUMBER")))) {
      return true;
    }
  }
  return false;
}

// A whole inner cell of a delimited row: the same delimiter (',' with no space after it, ';' or
// a tab) on both sides, or around its quotes ("...,Eindhoven,Nigeria,NAME,SO18293619,...").
bool RowInnerCell(std::string_view text, std::size_t b, std::size_t e) {
  if (b < 2 || e + 1 >= text.size()) return false;
  const bool quoted = text[b - 1] == '"' && text[e] == '"';
  const char before = text[quoted ? b - 2 : b - 1];
  const std::size_t delimiter = quoted ? e + 1 : e;  // the one after the cell
  if (text[delimiter] != before) return false;
  if (before == ',') return delimiter + 1 < text.size() && text[delimiter + 1] != ' ';
  return before == ';' || before == '\t';
}

// A person's contact or identifier anywhere on the line of text[b, e) (a CSV row whose email
// and phone come before the name).
bool ContactOnWholeLine(const std::vector<Detection>& out, std::size_t first, std::size_t end,
                        std::string_view text, std::size_t b, std::size_t e) {
  const std::size_t nl = b == 0 ? std::string_view::npos : text.rfind('\n', b - 1);
  const std::size_t line_begin = nl == std::string_view::npos ? 0 : nl + 1;
  std::size_t line_end = text.find('\n', e);
  if (line_end == std::string_view::npos) line_end = text.size();
  auto k = std::partition_point(out.begin() + static_cast<std::ptrdiff_t>(first),
                                out.begin() + static_cast<std::ptrdiff_t>(end),
                                [&](const Detection& d) { return d.end <= line_begin; });
  for (; k != out.begin() + static_cast<std::ptrdiff_t>(end) && k->begin < line_end; ++k) {
    if (IsContact(*k)) return true;
  }
  return false;
}

// PERSON names in scripts without capitals ("박서연", "佐藤 健太", "Արամ Պետրոսյան"): a short run
// of one script that is the display name of an address, the value of a person's field (not a
// bare "name", which names servers and products as often) or a cell of a person's column; and
// LOCATION names the same way under a place's field or column ("city": "札幌市").
// Appends detections that overlap none in out[first, end).
// A place the gazetteer knows, written in an uncased script and filling the whole run of that
// script at `i` ("ישראל", "대한민국", "札幌市", "(成都)"); Arabic, Hebrew and the Indic scripts
// may take up to four words ("رأس الخيمة"). The longest such place: its flags, its end in `end`.
// A Chinese, Japanese or Korean town's administrative suffix may follow a known name
// ("杭州市", "부산광역시").
std::uint16_t UncasedPlaceAt(std::string_view text, std::size_t i, Uncased script, std::size_t& end) {
  const std::size_t size = text.size();
  std::size_t word_ends[4];
  int words = 0;
  std::size_t j = i;
  std::size_t len;
  while (words < 4) {
    const std::size_t start = j;
    while (j < size && j - i <= 48 && UncasedScript(DecodeAt(text, j, len)) == script) j += len;
    if (j == start || j - i > 48) break;
    word_ends[words++] = j;
    // Words of one place are separated by a single space (not in CJK, which has none).
    if (script == Uncased::kHan || j + 1 >= size || text[j] != ' ' ||
        UncasedScript(DecodeAt(text, j + 1, len)) != script) {
      break;
    }
    ++j;
  }
  for (int w = words; w >= 1; --w) {
    const std::size_t e = word_ends[w - 1];
    if (e - i > 48) continue;
    std::uint16_t f = GazetteerLookup(text.substr(i, e - i)) & (kCity | kCountry | kRegion);
    if (f == 0 && w == 1 && (script == Uncased::kHan || script == Uncased::kHangul)) {
      // 市 省 県 府 (3 bytes each), 광역시 특별시 (9): a known town before them; 시 도 (3) too.
      static constexpr std::string_view kSuffixes[] = {
          "\xe5\xb8\x82", "\xe7\x9c\x81", "\xe7\x9c\x8c", "\xe5\xba\x9c",
          "\xea\xb4\x91\xec\x97\xad\xec\x8b\x9c", "\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c",
          "\xec\x8b\x9c", "\xeb\x8f\x84"};
      for (int k = 0; k < 8 && f == 0; ++k) {
        const std::string_view suffix = kSuffixes[k];
        if (e - i > suffix.size() + 3 && text.compare(e - suffix.size(), suffix.size(), suffix) == 0) {
          f = GazetteerLookup(text.substr(i, e - i - suffix.size())) & kCity;
          // Any name of two to five characters before the first six is a town or a province
          // ("横浜市", "札幌市", "神奈川県", "부산광역시"); "超市" or "都市" are too short, and a
          // bare 시 or 도 ends words as often ("열두시", o'clock).
          const std::size_t stem = e - i - suffix.size();
          if (f == 0 && k < 6 && stem >= 6 && stem <= 15) f = kCity;
        }
      }
    }
    if (f != 0) {
      end = e;
      return f;
    }
  }
  // A town written with its suffix and followed by a particle, inside a longer run ("倉敷市に
  // 引っ越して", "美瑛町で", "담양군로 이사했어요", "서귀포시에서"): two to five kanji (no kana) or
  // two to four syllables, then 市 町 村 県 府 区 郡 (군 구 시), then the particle.
  if (words >= 1 && (script == Uncased::kHan || script == Uncased::kHangul)) {
    static constexpr std::string_view kHanSuffixes[] = {
        "\xe5\xb8\x82", "\xe7\x94\xba", "\xe6\x9d\x91", "\xe7\x9c\x8c", "\xe5\xba\x9c",
        "\xe5\x8c\xba", "\xe9\x83\xa1"};
    static constexpr std::string_view kHanParticles[] = {
        "\xe3\x81\xab", "\xe3\x81\xb8", "\xe3\x81\xa7", "\xe3\x81\x8b\xe3\x82\x89",
        "\xe3\x81\xae", "\xe3\x81\xaf", "\xe3\x82\x92", "\xe3\x81\xbe\xe3\x81\xa7",
        "\xe3\x82\x88\xe3\x82\x8a", "\xe3\x81\xa8"};
    static constexpr std::string_view kHangulSuffixes[] = {"\xea\xb5\xb0", "\xea\xb5\xac",
                                                           "\xec\x8b\x9c"};
    // 으로 로 에서 까지 의 에 (not after 시: "열두시에" is o'clock).
    static constexpr std::string_view kHangulParticles[] = {
        "\xec\x9c\xbc\xeb\xa1\x9c", "\xeb\xa1\x9c", "\xec\x97\x90\xec\x84\x9c",
        "\xea\xb9\x8c\xec\xa7\x80", "\xec\x9d\x98", "\xec\x97\x90"};
    const bool han = script == Uncased::kHan;
    const std::size_t run_end = word_ends[0];
    std::size_t k = i;
    for (int chars = 0; k < run_end && chars < 6; ++chars) {
      const char32_t cp = DecodeAt(text, k, len);
      if (han && cp >= 0x3040 && cp <= 0x30ff) break;  // kana: no town's stem
      k += len;
      if (chars < 1) continue;  // two characters of stem at least
      const std::string_view rest = text.substr(k, run_end - k);
      for (std::string_view suffix : han ? std::span<const std::string_view>(kHanSuffixes)
                                         : std::span<const std::string_view>(kHangulSuffixes)) {
        if (!rest.starts_with(suffix)) continue;
        const std::string_view after = rest.substr(suffix.size());
        const auto particles = han ? std::span<const std::string_view>(kHanParticles)
                                   : std::span<const std::string_view>(kHangulParticles);
        for (std::size_t p = 0; p < particles.size(); ++p) {
          if (!han && suffix == kHangulSuffixes[2] && p == particles.size() - 1) continue;
          if (after.starts_with(particles[p])) {
            end = k + suffix.size();
            return kCity;
          }
        }
      }
    }
  }
  return 0;
}

// Towns written in lower case, as chats and notes do ("landed in palermo", "visits from
// guadalajara", "viaja a utrecht" is left: "a" is everywhere; "at the nairobi office"): a
// gazetteer town, region or country of 4+ letters that is no English word, no everyday word and
// no given or family name, right after a preposition of place, or between "the" and a site's
// noun (office, warehouse, branch, ...). Scored 0.6.
void ScanLowercasePlaces(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                         std::size_t first, AllowCheck allow) {
  if (0.6f < config.threshold) return;
  static constexpr std::string_view kBefore[] = {
      "in", "into", "to", "from", "near", "via", "at", "en", "em", "nach", "naar", "vers", "desde",
      "hacia", "para", "au", "till", "the"};
  // The same words packed into integers and sorted: a string search per space cost 2-4% of a
  // scan, five integer comparisons do not.
  static constexpr auto pack = [](std::string_view w) {
    std::uint64_t v = 0;
    for (char c : w) v = v << 8 | static_cast<unsigned char>(c);
    return v;
  };
  static constexpr auto kPacked = [] {
    std::array<std::uint64_t, std::size(kBefore)> a{};
    for (std::size_t k = 0; k < a.size(); ++k) a[k] = pack(kBefore[k]);
    std::sort(a.begin(), a.end());
    return a;
  }();
  static constexpr std::string_view kSites[] = {
      "office", "offices", "warehouse", "branch", "depot", "site", "plant", "store", "airport",
      "hub", "campus", "factory", "clinic", "hospital", "station", "team", "lab"};
  const std::size_t existing = out.size();
  const std::size_t size = text.size();
  // The last two letters of the prepositions above, as a bit set over byte pairs: the first
  // test of the word before a space (most spaces follow no preposition).
  static const auto* const kPairs = [] {
    auto* bits = new std::array<std::uint64_t, 1024>{};
    for (std::string_view w : kBefore) {
      const unsigned pair = static_cast<unsigned char>(w[w.size() - 2]) << 8 |
                            static_cast<unsigned char>(w[w.size() - 1]);
      (*bits)[pair >> 6] |= std::uint64_t{1} << (pair & 63);
    }
    constexpr unsigned kAGrave = 0xc3a0;  // French "à", the one preposition beyond ASCII
    (*bits)[kAGrave >> 6] |= std::uint64_t{1} << (kAGrave & 63);
    return bits;
  }();
  std::size_t done = 0;  // the end of the last place found
  auto at_space = [&](std::size_t sp) __attribute__((always_inline)) {
    if (sp < 2) return;
    const unsigned pair = static_cast<unsigned char>(text[sp - 2]) << 8 | static_cast<unsigned char>(text[sp - 1]);
    if (((*kPairs)[pair >> 6] >> (pair & 63) & 1) == 0) return;
    const std::size_t i = sp + 1;
    if (i < done || i + 4 > size) return;
    // The candidate: a lower-case letter, then three more or bytes of letters beyond ASCII
    // ("gdańsk").
    if (text[i] < 'a' || text[i] > 'z') return;
    for (std::size_t k = i + 1; k < i + 4; ++k) {
      if ((text[k] < 'a' || text[k] > 'z') && static_cast<unsigned char>(text[k]) < 0x80) return;
    }
    // The word before the space: a preposition of place, 2 to 5 lower-case letters, or "à".
    std::size_t pb = sp;
    while (pb > 0 && sp - pb <= 5 && text[pb - 1] >= 'a' && text[pb - 1] <= 'z') --pb;
    std::string_view prep = text.substr(pb, sp - pb);
    if (pair == 0xc3a0) {
      if (sp > 2 && text[sp - 3] != ' ' && text[sp - 3] != '\n') return;
      prep = "\xc3\xa0";
    } else if (sp - pb < 2 || sp - pb > 5 ||
               (pb > 0 && IsAlpha(static_cast<unsigned char>(text[pb - 1]))) ||
               !std::binary_search(kPacked.begin(), kPacked.end(), pack(prep))) {
      return;
    }
    // The candidate ends at a word's end (Latin letters beyond ASCII count).
    std::size_t e = i;
    while (e < size && ((text[e] >= 'a' && text[e] <= 'z') || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
    if (e - i > 24) return;
    if (e < size && (IsAlnum(static_cast<unsigned char>(text[e])) || text[e] == '_' || text[e] == '@' ||
                     text[e] == '/' || text[e] == '-' ||
                     (text[e] == '.' && e + 1 < size && IsAlnum(static_cast<unsigned char>(text[e + 1]))))) {
      return;
    }
    // After "the", a site's noun follows ("the nairobi warehouse"); tested before the look-up,
    // as "the" + a word is everywhere.
    if (prep == "the") {
      if (e + 1 >= size || text[e] != ' ') return;
      std::size_t ne = e + 1;
      while (ne < size && text[ne] >= 'a' && text[ne] <= 'z') ++ne;
      if (!InArray(text.substr(e + 1, ne - e - 1), kSites)) return;
    }
    const std::string_view key = text.substr(i, e - i);
    const std::uint16_t f = GazetteerLookup(key);
    // A person's name too, unless the town is a large one ("landing in leeds", "to osaka").
    const bool name = (f & (kFirstName | kLastName | kAnyName)) != 0 && (f & kMajorCity) == 0;
    if ((f & (kCity | kCountry | kRegion)) == 0 || (f & kCommonWord) != 0 || name ||
        IsDictionaryWord(key) || InArray(key, kCalendarWords)) {
      return;
    }
    for (std::size_t k = first; k < existing; ++k) {
      if (out[k].begin < e && i < out[k].end) return;
    }
    if (allow.allowed(allow.self, key)) return;
    out.push_back(Detection{i, e, EntityType(Entity::kLocation), EntityName(Entity::kLocation), 0.6f});
    done = e;
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  // The spaces, 16 bytes at a time.
  const __m128i blank = _mm_set1_epi8(' ');
  for (; i + 16 <= size; i += 16) {
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), blank)));
    while (mask != 0) {
      at_space(i + static_cast<std::size_t>(__builtin_ctz(mask)));
      mask &= mask - 1;
    }
  }
#endif
  for (; i < size; ++i) {
    if (text[i] == ' ') at_space(i);
  }
}

void ScanUncasedNames(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                      std::size_t first, std::size_t structured_end, AllowCheck allow) {
  static constexpr std::string_view kColumns[] = {
      "customer", "contact", "client", "patient", "employee", "author", "assignee", "reporter",
      "requester", "holder", "cardholder", "beneficiary", "recipient", "sender", "member", "guest",
      "passenger", "student", "applicant", "candidate", "tenant", "insured", "prescriber",
      "physician", "doctor", "payee", "traveller", "traveler", "surname", "forename", "first",
      "given", "last", "family", "fullname", "full", "display", "who"};
  const std::size_t size = text.size();
  const std::size_t existing = out.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char c = text[i];
    if (c < 0x80) {
#if defined(__SSE2__)
      // ASCII, most text: 16 bytes at a time to the next byte with its high bit set.
      while (i + 16 <= size &&
             _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i))) == 0) {
        i += 16;
      }
#endif
      while (i < size && static_cast<unsigned char>(text[i]) < 0x80) ++i;
      continue;
    }
    // Lead bytes of the scripts UncasedScript knows.
    if (!((c >= 0xd4 && c <= 0xdb) || c == 0xe0 || c == 0xe1 || (c >= 0xe3 && c <= 0xed))) {
      ++i;
      continue;
    }
    std::size_t len;
    const char32_t before = DecodeBefore(text, i);
    Uncased script;
    const bool named_in_sentence = before == ' ' && (PersonNounBefore(text, i) || IntroBefore(text, i));
    std::size_t end = UncasedNameRun(text, i, script, named_in_sentence);
    // Inside a sentence whose verb says a person is meant ("שירה כהן stays in ...", "reports
    // to 田中 翔太"): the run may end before the sentence's next word.
    bool predicate = false;
    const bool place_verb = before == ' ' && PlaceVerbBefore(text, i);
    // The run starts at the value's edge too.
    const bool edge = i == 0 || before == '"' || before == '\'' || before == ' ' || before == ',' ||
                      before == ';' || before == '|' || before == '\t' || before == '\n' ||
                      before == ':' || before == '=' || before == '(' || before == '[' ||
                      (before == '*' && i >= 2 && text[i - 2] == '*');
    // A place the gazetteer knows, the whole run ("(札幌市 office)", "\tישראל\t", "Україна,
    // 대한민국"): a country anywhere; a town or region in the scripts without spaces between
    // words (CJK, Thai: the run is bounded by punctuation), in the others where a place's
    // structure says so (a cell, parentheses, after a comma or a place word, a place's field).
    if (edge && (config.enabled & Bit(Entity::kLocation))) {
      std::size_t place_end = i;
      const Uncased here = UncasedScript(DecodeAt(text, i, len));
      const std::uint16_t pf = UncasedPlaceAt(text, i, here, place_end);
      bool place = (pf & kCountry) != 0;
      // A town's name followed by another word of its script is part of something longer (a
      // person's name: "יונתן מזרחי"; Yonatan is also a village).
      const bool whole = !(place_end + 1 < size && text[place_end] == ' ' &&
                           UncasedScript(DecodeAt(text, place_end + 1, len)) == here);
      if (!place && pf != 0 && whole) {
        char buf[24];
        const std::string_view label = LabelBefore(text, i, buf);
        place = here == Uncased::kHan || here == Uncased::kHangul || here == Uncased::kThai ||
                before == '(' || before == ',' || place_verb || IsWholeCell(text, i, place_end) ||
                (before == ' ' && i >= 2 && (text[i - 2] == ',' || text[i - 2] == '(')) ||
                HasContextWord(text, i, place_end, kPlaceBefore, 24, 0) ||
                IsUncasedPlaceLabel(label) || InColumn(text, i, place_end, kPlaceColumns);
      }
      bool overlaps = false;
      for (std::size_t k = first; k < existing && !overlaps && place; ++k) {
        overlaps = out[k].begin < place_end && i < out[k].end;
      }
      if (place && !overlaps && 0.75f >= config.threshold &&
          !allow.allowed(allow.self, text.substr(i, place_end - i))) {
        out.push_back(Detection{i, place_end, EntityType(Entity::kLocation),
                                EntityName(Entity::kLocation), 0.75f});
        i = place_end;
        continue;
      }
    }
    if (end == i && !named_in_sentence && (before == ' ' || before == '\n' || i == 0)) {
      const std::size_t run = UncasedNameRun(text, i, script, true);
      // ... or a way to reach the person follows ("ping 田中 陽翔 at +41 ...").
      if (run > i && (place_verb || PersonPredicateAround(text, i, run) ||
                      (text.compare(run, 4, " at ") == 0 &&
                       ContactRightAfter(out, first, structured_end, text, run)))) {
        end = run;
        predicate = !place_verb;
      }
    }
    if (end == i) {
      // Skip the rest of this script's run.
      const Uncased here = UncasedScript(DecodeAt(text, i, len));
      i += len;
      while (here != Uncased::kNone && i < size && UncasedScript(DecodeAt(text, i, len)) == here) i += len;
      continue;
    }
    // Places by their field or column ("city": "札幌市", a country column holding "ישראל").
    Entity entity = Entity::kPerson;
    bool found = false;
    if (edge) {
      char buf[24];
      const std::string_view label = LabelBefore(text, i, buf);
      if (config.enabled & Bit(Entity::kPerson)) {
        found = DisplayNameOfAddress(text, i, end) || (label != "name" && IsPersonLabel(label)) ||
                InColumn(text, i, end, kColumns) || AuthorOfMessage(text, i, end, false) ||
                GreetedName(text, i, end) || named_in_sentence || predicate ||
                PersonAttributeAfter(text, end) || PersonPredicateAround(text, i, end) ||
                LaterItemOfPersonList(text, i) || ActionOwner(text, i, end) ||
                ItemOfPeopleList(text, i) ||
                (end + 1 < size && text[end] == ' ' && HonorificAt(text, end + 1) != 0) ||
                (GluedHonorific(text, end) != 0 && !HasHiragana(text, i, end)) ||
                // A bare "name" field or column holds a person's name in a record that also
                // holds a way to reach them: an email address or a phone number found nearby.
                ((label == "name" || InColumn(text, i, end, kNameColumn)) &&
                 ContactNear(out, first, structured_end, text, i, end)) ||
                ContactRightAfter(out, first, structured_end, text, end) ||
                ContactAfterLabel(out, first, structured_end, text, end) ||
                (NumberedHeading(text, i, end) &&
                 ContactNear(out, first, structured_end, text, i, end)) ||
                (RowLeadingCell(text, i, end) &&
                 ContactOnLine(out, first, structured_end, text, i, end));
      }
      if (!found && (config.enabled & Bit(Entity::kLocation)) &&
          (IsUncasedPlaceLabel(label) || InColumn(text, i, end, kPlaceColumns) || place_verb)) {
        entity = Entity::kLocation;
        found = true;
      }
    }
    bool overlaps = false;
    for (std::size_t k = first; k < existing && !overlaps; ++k) {
      overlaps = out[k].begin < end && i < out[k].end;
    }
    if (found && !overlaps && 0.75f >= config.threshold &&
        !allow.allowed(allow.self, text.substr(i, end - i))) {
      out.push_back(Detection{i, end, EntityType(entity), EntityName(entity), 0.75f});
    }
    i = end;
  }
}

// Field labels whose value is a postal address (LabelBefore's form): "Address:", "\"line1\":",
// "ship_to=", "billing_address". Not "ip address", "email_address", "remote_addr": the whole
// label must be one of these.
constexpr std::string_view kAddressLabels[] = {
    "address", "addr", "street", "streetaddress", "addressline", "addressline1", "addressline2",
    "addressline3", "line1", "line2", "shipto", "billto", "billingaddress", "shippingaddress",
    "homeaddress", "mailingaddress", "postaladdress", "residentialaddress", "deliveryaddress", "homeaddr",
    "adresse", "anschrift", "direccion", "domicilio", "indirizzo", "adres", "adress", "osoite",
    "cim", "morada", "strasse", "rua", "calle", "office", "ouroffice", "officeaddress",
    "headoffice", "registeredoffice", "visitingaddress", "mailingstreet", "billingstreet",
    "shippingstreet", "otherstreet", "homestreet", "street1", "street2", "streetline1",
    "streetline2", "businessaddress", "workaddress", "physicaladdress", "customeraddress"};
// `label` (letters and digits, lower case) is one of kAddressLabels: sorted once, then a binary
// search (most labels a text holds are no address label).
bool IsAddressLabel(std::string_view label) {
  static const auto* const sorted = [] {
    auto* v = new std::vector<std::string_view>(std::begin(kAddressLabels), std::end(kAddressLabels));
    std::sort(v->begin(), v->end());
    return v;
  }();
  return std::binary_search(sorted->begin(), sorted->end(), label);
}

// The same labels in their own scripts, compared as written right before the ':'.
constexpr std::string_view kAddressLabelsUtf8[] = {
    "住所", "주소", "地址", "地址为", "адрес", "Адрес", "العنوان", "כתובת", "Endereço", "endereço",
    "Dirección", "dirección", "Địa chỉ", "địa chỉ", "ที่อยู่", "पता", "Straße", "Adresse"};

// The value of an address field at `b` (after the label, its ':' or '=', spaces and an opening
// quote `quote`): its end, or `b` when it is no address (a placeholder, an IP or a wallet
// address, an email, a URL, a token).
std::size_t AddressValueEnd(std::string_view text, std::size_t b, char quote) {
  const std::size_t size = text.size();
  std::size_t e = b;
  while (e < size && e - b <= 160 && text[e] != '\n' && text[e] != '\r') {
    const char c = text[e];
    if (quote != 0 ? c == quote : (c == '\t' || c == '|' ||
                                   (c == ' ' && e + 1 < size && text[e + 1] == ' '))) {
      break;
    }
    if (c == '\\' && quote != 0) return b;  // escapes: a JSON string this does not decode
    // Coordinates after the address ("201 High Street, Edinburgh (36.852656, 126.145073)").
    if (quote == 0 && c == ' ' && e + 2 < size && text[e + 1] == '(' &&
        (IsDigit(text[e + 2]) || (text[e + 2] == '-' && e + 3 < size && IsDigit(text[e + 3])))) {
      break;
    }
    ++e;
  }
  if (e - b > 160) return b;
  if (quote == 0) {
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == ';' ||
                     text[e - 1] == '.')) {
      --e;
    }
  } else if (e >= size || text[e] != quote) {
    return b;
  }
  const std::string_view v = text.substr(b, e - b);
  if (v.size() < 4) return b;
  std::size_t letters = 0;
  bool space = false, ascii = true;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    letters += IsAlpha(u) || u >= 0x80 ? 1 : 0;
    space = space || c == ' ';
    ascii = ascii && u < 0x80;
  }
  if (letters < 3 || v.find('@') != std::string_view::npos ||
      v.find("://") != std::string_view::npos || v.starts_with("0x") || v.front() == '<' ||
      v.front() == '[' || v.front() == '$' || v.front() == '{' || v.front() == '*') {
    return b;
  }
  // One long word with digits is a token or a wallet's address, not a street.
  // (CJK addresses are written without spaces: "東京都渋谷区神南1-2-3".)
  if (!space && ascii && v.size() >= 16) return b;
  // One word of ASCII without a capital or a digit, or with a dot and no space, is a host's
  // name ("localhost", "db.internal", "smtp.example.org"), not a street.
  if (!space && ascii) {
    const bool capital = std::any_of(v.begin(), v.end(), [](char c) { return IsUpperAscii(static_cast<unsigned char>(c)); });
    const bool digit = std::any_of(v.begin(), v.end(), [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    if ((!capital && !digit) || v.find('.') != std::string_view::npos) return b;
  }
  char lower[12];
  std::size_t n = 0;
  for (char c : v) {
    if (n == sizeof lower) break;
    lower[n++] = static_cast<char>(IsUpperAscii(static_cast<unsigned char>(c)) ? c + 32 : c);
  }
  static constexpr std::string_view kPlaceholders[] = {"n/a", "none", "null", "unknown", "redacted",
                                                       "tbd", "same", "see ", "example", "test"};
  const std::string_view head(lower, n);
  for (std::string_view p : kPlaceholders) {
    if (head.starts_with(p)) return b;
  }
  return e;
}

// Appends text[b, e) as a LOCATION unless a structured detection overlaps it or a name
// detection reaches out of it; the name detections inside it give way.
void OfferAddress(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                  std::size_t first, std::size_t structured_end, AllowCheck allow, std::size_t b,
                  std::size_t e) {
  // Structured detections are sorted and do not overlap: the first that ends after b.
  const auto after = std::partition_point(
      out.begin() + static_cast<std::ptrdiff_t>(first),
      out.begin() + static_cast<std::ptrdiff_t>(structured_end),
      [&](const Detection& d) { return d.end <= b; });
  bool blocked = after != out.begin() + static_cast<std::ptrdiff_t>(structured_end) &&
                 after->begin < e;
  for (std::size_t k = structured_end; k < out.size() && !blocked; ++k) {
    blocked = out[k].begin < e && b < out[k].end && (out[k].begin < b || out[k].end > e);
  }
  if (blocked || allow.allowed(allow.self, text.substr(b, e - b)) || 0.8f < config.threshold) {
    return;
  }
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(structured_end), out.end(),
                           [&](const Detection& d) { return d.begin >= b && d.end <= e; }),
            out.end());
  out.push_back(Detection{b, e, EntityType(Entity::kLocation), EntityName(Entity::kLocation), 0.8f});
}

// The cells of a delimited line (',', ';', '\t' or '|'; double quotes keep a delimiter inside a
// cell), trimmed of spaces and their quotes, as [begin, end) offsets into `text`.
void DelimitedCells(std::string_view text, std::size_t line_begin, std::size_t line_end,
                    char delimiter, std::vector<std::pair<std::size_t, std::size_t>>& cells) {
  cells.clear();
  std::size_t i = line_begin;
  if (delimiter == '|') {
    while (i < line_end && text[i] == ' ') ++i;
    if (i < line_end && text[i] == '|') ++i;  // a Markdown row's opening bar
  }
  while (i <= line_end && cells.size() < 64) {
    std::size_t b = i;
    bool quoted = false;
    while (i < line_end && (quoted || text[i] != delimiter)) {
      if (text[i] == '"') quoted = !quoted;
      ++i;
    }
    std::size_t e = i;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e - b >= 2 && text[b] == '"' && text[e - 1] == '"') {
      ++b;
      --e;
    }
    if (i == line_end && delimiter == '|' && b == e) break;  // the closing bar
    cells.push_back({b, e});
    ++i;
  }
}

// Address columns of delimited tables (CSV, TSV, Markdown): under a header cell that is an
// address label ("Address", "street_address", "Adresse"; not "IP Address" or "email_address"),
// every row's cell that reads as an address (AddressValueEnd) is a LOCATION, in any script.
// Header cells are found by the words "dress" (address, Adresse), "treet", "nschrift", "irecci",
// "ndere", "ndirizzo" (the few cheap searches a text without such a table pays).
void ScanAddressColumns(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                        std::size_t first, std::size_t structured_end, AllowCheck allow) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t done = 0;  // tables below this offset were read already
  for (std::string_view word : {"dress", "treet", "nschrift", "irecci", "ndere", "ndirizzo"}) {
    // Boyer-Moore-Horspool skips about a word's length a step (string_view::find and memmem
    // cost 2-3 instructions a byte per word).
    const std::boyer_moore_horspool_searcher searcher(word.begin(), word.end());
    auto find = [&](std::size_t from) {
      if (from >= text.size()) return std::string_view::npos;
      const auto hit = searcher(text.begin() + static_cast<std::ptrdiff_t>(from), text.end()).first;
      return hit == text.end() ? std::string_view::npos
                               : static_cast<std::size_t>(hit - text.begin());
    };
    for (std::size_t at = find(0); at != std::string_view::npos; at = find(at + word.size())) {
      if (at < done) continue;
      const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
      const std::size_t line_begin = nl == std::string_view::npos ? 0 : nl + 1;
      std::size_t line_end = text.find('\n', at);
      if (line_end == std::string_view::npos) line_end = text.size();
      if (line_end - line_begin > 1024) continue;
      const std::string_view line = text.substr(line_begin, line_end - line_begin);
      char delimiter = 0;
      std::size_t most = 0;
      for (char d : {',', ';', '\t', '|'}) {
        const auto n = static_cast<std::size_t>(std::count(line.begin(), line.end(), d));
        if (n > most) {
          most = n;
          delimiter = d;
        }
      }
      if (most < 2 || line.find_first_of("0123456789@") != std::string_view::npos) continue;
      DelimitedCells(text, line_begin, line_end, delimiter, cells);
      std::size_t column = cells.size();
      for (std::size_t c = 0; c < cells.size() && column == cells.size(); ++c) {
        if (at < cells[c].first || at >= cells[c].second || cells[c].second - cells[c].first > 40) {
          continue;
        }
        char buf[24];
        std::size_t n = 0;
        for (std::size_t k = cells[c].first; k < cells[c].second && n < sizeof buf; ++k) {
          const auto ch = static_cast<unsigned char>(text[k]);
          if (IsAlnum(ch)) buf[n++] = static_cast<char>(IsUpperAscii(ch) ? ch + 32 : ch);
        }
        if (IsAddressLabel(std::string_view(buf, n))) column = c;
      }
      if (column == cells.size()) continue;
      // The rows: lines with as many cells, up to a blank line or a line that is no row
      // (a Markdown delimiter row |---| is skipped).
      std::size_t row = line_end + 1;
      const std::size_t header_cells = cells.size();
      for (int rows = 0; row < text.size() && rows < 1000; ++rows) {
        std::size_t row_end = text.find('\n', row);
        if (row_end == std::string_view::npos) row_end = text.size();
        const std::string_view r = text.substr(row, row_end - row);
        if (r.find_first_not_of(" \t\r") == std::string_view::npos) break;
        if (delimiter == '|' && r.find_first_not_of("|:- \t\r") == std::string_view::npos) {
          row = row_end + 1;
          continue;
        }
        DelimitedCells(text, row, row_end, delimiter, cells);
        if (cells.size() != header_cells) break;
        const auto [b, e] = cells[column];
        // The whole cell reads as an address; a final '.' of an abbreviation ("9º dcha.") or a
        // ',' that AddressValueEnd trims off is still the cell's.
        std::size_t stop = e > b ? AddressValueEnd(text.substr(0, e), b, 0) : b;
        const std::size_t value_end = stop;
        while (stop > b && stop < e && (text[stop] == '.' || text[stop] == ',' || text[stop] == ' '))
          ++stop;
        if (value_end > b && stop == e) {
          OfferAddress(config, text, out, first, structured_end, allow, b, e);
        }
        row = row_end + 1;
      }
      done = row;
    }
  }
}

// After "moved to", "meeting at", "shipping to": does the value `v` open with a street line, a
// number and a word of 3+ letters before the first comma, or before the second when the number
// is the second part ("Rua Augusta, 600, apto 1118", "ул. Пушкинская, д. 68, кв. 168")? A time
// opening it is no street ("meeting moved to 3 PM, room 4").
bool OpensWithStreet(std::string_view v) {
  std::size_t comma = v.find(", ");
  if (comma == std::string_view::npos) return false;
  if (comma + 2 < v.size() && IsDigit(v[comma + 2]) && v.find(", ", comma + 2) != std::string_view::npos) {
    comma = v.find(", ", comma + 2);
  }
  const std::string_view street = v.substr(0, comma);
  if (street.find(':') != std::string_view::npos) return false;
  std::size_t t = 0;
  while (t < street.size() && (IsDigit(street[t]) || street[t] == '.')) ++t;
  if (t > 0 && t + 3 <= street.size() && street[t] == ' ' &&
      (StartsWithNoCase(street, t + 1, "am") || StartsWithNoCase(street, t + 1, "pm") ||
       StartsWithNoCase(street, t + 1, "h ") || StartsWithNoCase(street, t + 1, "uhr"))) {
    return false;
  }
  std::size_t run = 0, longest = 0;
  for (char d : street) {
    run = IsAlpha(d) || static_cast<unsigned char>(d) >= 0x80 ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest >= 3 && std::any_of(street.begin(), street.end(), [](char d) { return IsDigit(d); });
}

// The end of the address in text[b, e) when a log or chat line goes on after it: before " order",
// " tracking", " #", " (" ("shipping to ..., 58090 Lecce order #855313"), then without trailing
// comma parts that hold no letter or open with a date of three digit groups ("..., 17758
// Besançon, 11/27/2023 4.10.0").
std::size_t AddressEndInLine(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view kAfter[] = {" order", " tracking", " ref ", " ref:",
                                                " ref#", " #", " (", " via "};
  for (std::string_view w : kAfter) {
    const std::size_t at = text.substr(b, e - b).find(w);
    if (at != std::string_view::npos) e = b + at;
  }
  for (;;) {
    const std::size_t comma = text.substr(b, e - b).rfind(", ");
    if (comma == std::string_view::npos) return e;
    const std::string_view part = text.substr(b + comma + 2, e - b - comma - 2);
    const bool letter = std::any_of(part.begin(), part.end(), [](char d) {
      return IsAlpha(d) || static_cast<unsigned char>(d) >= 0x80;
    });
    int groups = 1;
    for (char d : part.substr(0, part.find(' '))) {
      if (d == '-' || d == '/' || d == '.') ++groups;
      else if (!IsDigit(d)) { groups = 0; break; }
    }
    if (letter && groups < 3) return e;
    e = b + comma;
  }
}

// Postal addresses a sentence gives: the rest of the line after "lives at", "resides at",
// "home address is", "wohnhaft in", "habite au", "reside en" ("lives at 30 bis rue des Lilas,
// 07717 Lyon"), when it holds a house number or is written in a script without spaces between
// words (CJK). "lives at home" and "lives at the coast" hold no number. After "moved to",
// "meeting at", "shipping to" a street line must open it (OpensWithStreet), and what a log or
// chat line adds after it is left out (AddressEndInLine).
void ScanAddressPhrases(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                        std::size_t first, std::size_t structured_end, AllowCheck allow) {
  struct Phrase {
    std::string_view text;
    bool where_to = false;  // where a meeting or a parcel goes, not where someone lives
  };
  static constexpr Phrase kPhrases[] = {
      {"lives at "}, {"living at "}, {"resides at "}, {"residing at "}, {"resident at "},
      {"domiciled at "}, {"home address is "}, {"address is "}, {"wohnt in der "},
      {"wohnhaft in "}, {"habite au "}, {"habite à "}, {"demeurant au "}, {"reside en "},
      {"vive en la "}, {"mora na "}, {"reside na "}, {"abita in via "}, {"woont aan "},
      {"mieszka przy "}, {"moved to ", true}, {"meet at ", true}, {"meeting at ", true},
      {"shipping to ", true}, {"ship to ", true}, {"deliver to ", true}, {"delivered to ", true},
      {"relocated to ", true}};
  // The phrases by their first letter: one pass over the word starts of the text.
  static const auto* const by_first = [] {
    auto* t = new std::array<std::vector<Phrase>, 26>();
    for (const Phrase& p : kPhrases) (*t)[static_cast<std::size_t>(p.text[0] - 'a')].push_back(p);
    return t;
  }();
  const std::size_t size = text.size();
  const auto try_at = [&](std::size_t at) {
    if (at + 8 >= size) return;
    const unsigned char c = text[at];
    const unsigned char l = IsUpperAscii(c) ? c + 32 : c;
    if (l < 'a' || l > 'z') return;
    for (const Phrase& phrase : (*by_first)[l - 'a']) {
      if (!StartsWithNoCase(text, at, phrase.text)) continue;
      const std::size_t b = at + phrase.text.size();
      std::size_t e = AddressValueEnd(text, b, 0);
      if (e == b) return;
      const std::string_view v = text.substr(b, std::min<std::size_t>(e - b, 40));
      const bool wide = static_cast<unsigned char>(text[b]) >= 0xe3;  // CJK and Hangul leads
      bool number = std::any_of(v.begin(), v.end(), [](char d) { return IsDigit(d); });
      if (phrase.where_to) {
        number = number && (wide || OpensWithStreet(v));
        e = AddressEndInLine(text, b, e);
      }
      if (number || wide) OfferAddress(config, text, out, first, structured_end, allow, b, e);
      return;
    }
  };
  // Word starts after a space, a line break or a tab: memchr from one to the next (a loop over
  // every byte cost a fifth of the whole PERSON/LOCATION scan).
  try_at(0);
  for (char sep : {' ', '\n', '\t'}) {
    for (std::size_t at = 0; at < size;) {
      const void* hit = std::memchr(text.data() + at, sep, size - at);
      if (hit == nullptr) break;
      at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) + 1;
      try_at(at);
    }
  }
}

// Postal addresses by their field: the whole value under an address label ("Address: Flat 14,
// 180 Deansgate", "\"line1\": \"Jl. Thamrin 176\"", "住所: 東京都渋谷区神南1-2-3", "ship_to":
// "서울특별시 강남구 테헤란로 365") is a LOCATION, in any script and whatever its street words.
// Name detections inside the value (a town, a street named after a person) give way to it; a
// structured detection inside it (a phone number) keeps the value out.
void ScanAddressFields(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
                       std::size_t first, std::size_t structured_end, AllowCheck allow) {
  const std::size_t size = text.size();
  // The next ':' and the next '=' at or after a position, each searched again only once passed.
  auto next = [&](char c, std::size_t from) {
    const void* at = from < size ? std::memchr(text.data() + from, c, size - from) : nullptr;
    return at == nullptr ? size : static_cast<std::size_t>(static_cast<const char*>(at) - text.data());
  };
  std::size_t colon = next(':', 0), equals = next('=', 0);
  for (std::size_t p = 0; p < size; ++p) {
    if (colon < p) colon = next(':', p);
    if (equals < p) equals = next('=', p);
    p = std::min(colon, equals);
    if (p >= size) break;
    // The value: past spaces and one quote.
    std::size_t b = p + 1;
    while (b < size && b - p < 4 && text[b] == ' ') ++b;
    char quote = 0;
    if (b < size && (text[b] == '"' || text[b] == '\'')) quote = text[b++];
    if (b >= size) break;
    // The label: ASCII letters and digits before the ':' or '=' (past a closing quote and
    // spaces; '_', '-' and inner spaces dropped, lower case: "Address Line 1" -> "addressline1"),
    // or one of the labels in other scripts.
    char buf[24];
    std::size_t n = 0;
    std::size_t k = p;
    bool label_quoted = false;
    while (k > 0 && p - k < 3 && (text[k - 1] == '"' || text[k - 1] == '\'' || text[k - 1] == ' ')) {
      label_quoted = label_quoted || text[k - 1] != ' ';
      --k;
    }
    // A quoted key's unquoted value ("calle": 9, "street": null, "address": {...}) is a JSON
    // number, literal or object: an address would be a string.
    if (label_quoted && quote == 0) continue;
    // Most separators follow no address label: the label's last three characters first.
    if (k >= 3) {
      // The last three letters or digits, past '_', '-' and single spaces ("Ship To", "ship_to").
      std::uint32_t tail = 0;
      int got = 0;
      for (std::size_t t = k; t > 0 && k - t < 6 && got < 3; --t) {
        const auto c = static_cast<unsigned char>(text[t - 1]);
        if (IsAlnum(c)) {
          tail |= static_cast<std::uint32_t>(IsUpperAscii(c) ? c + 32 : c) << (8 * got++);
        } else if (c != '_' && c != '-' && c != ' ') {
          break;
        }
      }
      static const auto* const tails = [] {
        auto* t = new std::vector<std::uint32_t>();
        for (std::string_view l : kAddressLabels) {
          const auto c = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(l[i])); };
          t->push_back(c(l.size() - 3) << 16 | c(l.size() - 2) << 8 | c(l.size() - 1));
        }
        std::sort(t->begin(), t->end());
        return t;
      }();
      const bool utf8_label = static_cast<unsigned char>(text[p - 1]) >= 0x80;
      if (!utf8_label && !std::binary_search(tails->begin(), tails->end(), tail)) continue;
    } else if (k == 0 || static_cast<unsigned char>(text[p - 1]) < 0x80) {
      continue;
    }
    bool too_long = false;
    while (k > 0 && (IsAlnum(static_cast<unsigned char>(text[k - 1])) || text[k - 1] == '_' ||
                     text[k - 1] == '-' || (text[k - 1] == ' ' && k >= 2 && IsAlnum(text[k - 2])))) {
      const unsigned char c = text[--k];
      if (!IsAlnum(c)) continue;
      if (n == sizeof buf) {
        too_long = true;
        break;
      }
      buf[n++] = static_cast<char>(IsUpperAscii(c) ? c + 32 : c);
    }
    std::reverse(buf, buf + n);
    bool address = !too_long && n >= 3 && IsAddressLabel(std::string_view(buf, n));
    if (!address && p > 0 && static_cast<unsigned char>(text[p - 1]) >= 0x80) {
      for (std::string_view l : kAddressLabelsUtf8) {
        if (p >= l.size() && text.compare(p - l.size(), l.size(), l) == 0) address = true;
      }
    }
    if (!address) continue;
    const std::size_t e = AddressValueEnd(text, b, quote);
    if (e == b) continue;
    OfferAddress(config, text, out, first, structured_end, allow, b, e);
    p = e;
  }
  ScanAddressPhrases(config, text, out, first, structured_end, allow);
  ScanAddressColumns(config, text, out, first, structured_end, allow);
}

}  // namespace

namespace {

// A part of a postal address as written after a street or a town, between separators: a
// district, a town, a region, a postal code or a country ("Col. Del Valle", "Kadıköy/İstanbul",
// "52-692", "S5H 6K4", "대한민국"); not a sentence going on ("where we stayed"), an amount, a
// phone number, an address of e-mail, a date or a field.
bool AddressPart(std::string_view part) {
  if (part.size() < 2 || part.size() > 48) return false;
  int letters = 0, digits = 0, lower_words = 0, words = 0;
  bool word_start = true;
  for (std::size_t k = 0; k < part.size(); ++k) {
    const unsigned char c = part[k];
    if (c == '@' || c == '=' || c == '#' || c == '$' || c == '%' || c == '<' || c == '>' ||
        c == '{' || c == '}' || c == '[' || c == ']' || c == '*' || c == '+' || c == '?' ||
        c == '!')
      return false;
    if (c == ':' && !(k >= 2 && (part.compare(k - 2, 2, "No") == 0)) &&
        !(k >= 1 && part[k - 1] == 'D'))
      return false;
    // Latin-1 signs (£, ¥, ©; not º and ª of "6º B") and the currency signs (€, ₹, ₩):
    // an amount.
    if (c == 0xc2 && k + 1 < part.size() && part[k + 1] != '\xba' && part[k + 1] != '\xaa')
      return false;
    if (c == 0xe2 && k + 1 < part.size() && part[k + 1] == '\x82') return false;
    // A decimal point between digits: an amount ("4714.90 EUR") or a version.
    if (c == '.' && k > 0 && k + 1 < part.size() && IsDigit(static_cast<unsigned char>(part[k - 1])) &&
        IsDigit(static_cast<unsigned char>(part[k + 1])))
      return false;
    if (IsDigit(c)) ++digits;
    if (IsAlpha(c) || c >= 0xc3) ++letters;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      ++words;
      // A month's name beside a number: a date ("4 Jan 2024", "Apr 19").
      if (IsAlpha(c)) {
        std::size_t e = k;
        while (e < part.size() && IsAlpha(static_cast<unsigned char>(part[e]))) ++e;
        char lower[12];
        std::size_t n = 0;
        for (std::size_t j = k; j < e && n < sizeof lower; ++j)
          lower[n++] = static_cast<char>(IsUpperAscii(static_cast<unsigned char>(part[j])) ? part[j] + 32 : part[j]);
        if (e - k >= 3 && e - k <= sizeof lower && InArray(std::string_view(lower, n), kCalendarWords)) {
          for (const char d : part)
            if (IsDigit(static_cast<unsigned char>(d))) return false;
        }
      }
      // An all-lowercase Latin word of four letters or more: prose, unless a street word.
      if (c >= 'a' && c <= 'z') {
        std::size_t e = k;
        while (e < part.size() && IsAlpha(static_cast<unsigned char>(part[e]))) ++e;
        const std::string_view w = part.substr(k, e - k);
        static constexpr std::string_view kLowerAddressWords[] = {
            "rue", "avenue", "calle", "strada", "straße", "strasse", "ulica", "rua", "bis",
            "chome", "dong", "gu", "ku", "shi", "cho", "machi", "sector", "block", "flat",
            "floor", "apto", "piso", "andar", "sala", "barrio", "colonia", "quartier"};
        if (w.size() >= 4 && !InArray(w, kLowerAddressWords)) ++lower_words;
      }
      word_start = false;
    }
  }
  if (words > 6 || lower_words > 0) return false;
  if (letters == 0) {
    // A postal code: 3 to 10 characters of digits, one '-' or space ("52-692", "945062").
    if (digits < 3 || part.size() > 10) return false;
    int dashes = 0;
    for (const char c : part) {
      if (c == '-' || c == ' ') ++dashes;
      else if (!IsDigit(static_cast<unsigned char>(c))) return false;
    }
    return dashes <= 1;
  }
  return digits <= 6;
}

// Extends each LOCATION found (a street, a town) over the address parts that follow it on its
// line, separated by ", ", " / " or a CSV row's quoted cells ("Calle Hidalgo 780 / Col. Del
// Valle / Ciudad de México / México", "\"3742 Lakeview Rd Apt 12\",\"Raleigh\",USA"), up to a
// part that is no address's (AddressPart) or another detection.
void ExtendAddressChains(std::string_view text, std::vector<Detection>& out, std::size_t first,
                         std::size_t structured_end) {
  const std::string_view location = EntityName(Entity::kLocation);
  const std::size_t own = std::max(first, structured_end);
  if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(own), out.end(),
                   [&](const Detection& d) { return d.entity == location; }))
    return;  // most texts: no allocation
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(own), out.end(),
            [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
  struct Taken {
    std::size_t begin, end, index;
  };
  std::vector<Taken> taken;
  for (std::size_t k = first; k < out.size(); ++k) taken.push_back({out[k].begin, out[k].end, k});
  std::sort(taken.begin(), taken.end(),
            [](const Taken& a, const Taken& b) { return a.begin < b.begin; });
  // The detections overlapping [b, e): npos when none; the index of the first when every one
  // is a LOCATION of this pass inside [b, e); `bad` otherwise.
  constexpr std::size_t kNone = std::string_view::npos, kBad = kNone - 1;
  auto inside = [&](std::size_t b, std::size_t e) {
    auto it = std::lower_bound(taken.begin(), taken.end(), b,
                               [](const Taken& t, std::size_t v) { return t.begin < v; });
    if (it != taken.begin() && std::prev(it)->end > b) return kBad;
    std::size_t found = kNone;
    for (; it != taken.end() && it->begin < e; ++it) {
      if (it->end > e || out[it->index].entity != location || it->index < own) return kBad;
      if (found == kNone) found = it->index;
    }
    return found;
  };
  // A bare "," separates the cells of a CSV row once a quoted cell has been left.
  static constexpr std::string_view kSeparators[] = {", ", " / ", "\",\"", "\", \"", "\",", ",\"", ","};
  for (std::size_t k = own; k < out.size(); ++k) {
    Detection& d = out[k];
    if (d.entity != location) continue;
    std::size_t e = d.end;
    bool csv = false;
    for (int parts = 0; parts < 6; ++parts) {
      std::size_t sep = 0;
      for (const std::string_view s : kSeparators)
        if (text.compare(e, s.size(), s) == 0 && (s != "," || csv)) {
          sep = s.size();
          csv = csv || s.find('"') != std::string_view::npos;
          break;
        }
      if (sep == 0) break;
      const std::size_t b = e + sep;
      std::size_t t = b;
      while (t < text.size() && t - b <= 48) {
        const char c = text[t];
        if (c == '\n' || c == '\r' || c == '\t' || c == '"' || c == ';' || c == '|' || c == '(' ||
            c == ',')
          break;
        if (c == ' ' && t + 1 < text.size() &&
            (text[t + 1] == ' ' || text[t + 1] == '/' || text.compare(t + 1, 2, "\xc2\xb7") == 0))
          break;
        ++t;
      }
      // A key of JSON or a field's label is no address part ({"city": "Izmir", "zip": 1}).
      if (t < text.size() && (text[t] == ':' || (text[t] == '"' && t + 1 < text.size() && text[t + 1] == ':')))
        break;
      while (t > b && (text[t - 1] == '.' || text[t - 1] == ' ')) --t;
      if (t == b || !AddressPart(text.substr(b, t - b))) break;
      const std::size_t next = inside(b, t);
      if (next == kBad) break;
      if (next != kNone) {
        // A place already found in this part ("Ciudad de [México]"): it takes the whole part and
        // goes on from there itself (it comes later in `out`).
        Detection& n = out[next];
        if (n.begin > b) {
          for (Taken& tk : taken)
            if (tk.index == next) tk.begin = b;
          n.begin = b;
        }
        break;
      }
      e = t;
      // A country ends an address.
      std::string key(text.substr(b, t - b));
      for (char& c : key) c = IsUpperAscii(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c;
      if (GazetteerLookup(key) & kCountry) break;
    }
    if (e != d.end) {
      for (Taken& tk : taken)
        if (tk.index == k) tk.end = e;
      d.end = e;
    }
  }
}

}  // namespace

// Brands named after a person ("POS Tommy Hilfiger", "CARD Jack Daniel's", "Morgan Stanley"):
// on receipts, statements and product lists they are firms, not people. Only names rare as a
// living person's ("Paul Smith", "Tom Ford", "John Lewis" are left out: people are called so). Compared lower-cased
// with apostrophes and the words' separators dropped ("jackdaniels").
bool IsEponymousBrand(std::string_view span) {
  static constexpr std::string_view kBrands[] = {
      "alexandermcqueen", "arnoldpalmer", "astonmartin", "benjerrys",
      "bettycrocker", "brunellocucinelli", "calvinklein", "carolinaherrera", "charlesschwab",
      "christiandior", "cocochanel", "dolcegabbana", "donnakaran", "dowjones", "drmartens",
      "droetker", "elizabetharden", "emporioarmani", "ermenegildozegna", "esteelauder",
      "giorgioarmani", "goldmansachs", "harleydavidson", "hugoboss", "jackdaniels",
      "jackwolfskin", "jeanpaulgaultier", "jimmychoo", "johnniewalker",
      "karllagerfeld", "katespade", "levistrauss", "louisvuitton", "marcjacobs",
      "marksspencer", "marthastewart", "maxmara", "merrilllynch", "michaelkors",
      "morganstanley", "oscardelarenta", "pacorabanne", "papajohns", "ralphlauren",
      "rollsroyce", "salvatoreferragamo", "stellamccartney",
      "timhortons", "tommyhilfiger", "toryburch", "verawang",
      "waltdisney", "yvessaintlaurent"};
  std::string key;
  for (std::size_t i = 0; i < span.size() && key.size() < 32;) {
    const auto [cp, len] = core::DecodeUtf8(span, i);
    if (len == 0) return false;
    if (cp < 0x80 && IsAlpha(static_cast<unsigned char>(cp))) {
      key += static_cast<char>(cp | 0x20);
    } else if (cp == 0xE9 || cp == 0xC9) {  // é in "Estée"
      key += 'e';
    } else if (!(cp == ' ' || cp == '\'' || cp == 0x2019 || cp == '&' || cp == '-' || cp == '.')) {
      return false;
    }
    i += len;
  }
  return std::find(std::begin(kBrands), std::end(kBrands), key) != std::end(kBrands);
}

// text[b, e) with the possessive "'s" or "’s" right after it ("Jack Daniel’s").
std::string_view WithPossessive(std::string_view text, std::size_t b, std::size_t e) {
  if (e + 2 <= text.size() && text[e] == '\'' && text[e + 1] == 's') return text.substr(b, e + 2 - b);
  if (e + 4 <= text.size() && text.compare(e, 4, "\xe2\x80\x99s") == 0) return text.substr(b, e + 4 - b);
  return text.substr(b, e - b);
}

void ScanNames(const ScanConfig& config, std::string_view text, std::vector<Detection>& out,
               std::size_t first, std::size_t structured_end, AllowCheck allow) {
  const std::size_t size = text.size();
  std::size_t next_structured = first;
  std::size_t i = 0;
  while (i < size) {
    // ASCII capitals and the lead bytes of the capitals IsUpperCp knows (U+00C0..U+052F,
    // U+1E00..U+1EFF), by table: one load a byte.
    static constexpr auto kStarts = [] {
      std::array<bool, 256> t{};
      for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
      for (int c = 0xc3; c <= 0xd4; ++c) t[c] = true;
      t[0xe1] = true;
      return t;
    }();
    while (i < size && !kStarts[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= size) break;
    // A word start: not inside a token, a path, an identifier or an email. An escaped tab or
    // line break of a JSON string ("\\tBielefeld\\t") ends what is before it.
    if (i > 0 && !AfterJsonEscape(text, i)) {
      const unsigned char p = text[i - 1];
      if (IsAlnum(p) || p == '_' || p == '@' || p == '/' || p == '\\' || p == '$' || p == '#' ||
          p == '<' || p == '&' || (p >= 0x80 && IsLetterCp(DecodeBefore(text, i))) ||
          (p == '.' && i > 1 && IsAlnum(text[i - 2]))) {
        while (i < size && (IsAlnum(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)) ++i;
        continue;
      }
    }
    if (!IsUpperStart(text, i)) {
      ++i;
      continue;
    }
    // Skip what a structured detection already covers.
    while (next_structured < structured_end && out[next_structured].end <= i) ++next_structured;
    if (next_structured < structured_end && out[next_structured].begin <= i) {
      i = out[next_structured].end;
      continue;
    }
    const std::size_t limit = next_structured < structured_end ? out[next_structured].begin : size;
    Word words[kMaxWords];
    int count = 0;
    std::size_t j = i;
    while (count < kMaxWords && j < limit && IsUpperStart(text, j) && ReadWord(text, j, words[count])) {
      Word& w = words[count];
      if (w.end > limit) break;
      if (count > 0 && w.all_caps != words[0].all_caps && !w.initial) break;
      if (!w.initial) {
        w.flags = GazetteerLookup(std::string_view(w.key, w.key_len));
        // A name written with its accents that the lists hold without them ("Ciarán", "José"):
        // not with umlauts (the lists keep "Müller"; "Schlüssel" is a German noun), and not
        // when the folded word is also a place ("América").
        const std::string_view key(w.key, w.key_len);
        if (w.flags == 0 && std::any_of(key.begin(), key.end(),
                                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
            key.find("\xc3\xa4") == std::string_view::npos &&
            key.find("\xc3\xb6") == std::string_view::npos &&
            key.find("\xc3\xbc") == std::string_view::npos &&
            key.find("\xc3\x9f") == std::string_view::npos) {
          char buf[24];
          std::string_view folded;
          if (FoldedWord(key, buf, folded)) {
            const std::uint16_t f = GazetteerLookup(folded);
            if ((f & (kCity | kCountry | kRegion | kSmallTown | kCommonWord)) == 0) {
              w.flags = f & (kFirstName | kLastName | kAnyName);
            }
          }
        }
      }
      ++count;
      std::size_t k = w.initial ? w.end : w.end;
      if (k < size && text[k] == '\'' ) break;
      // Next word: one space, optionally a lowercase particle ("van", "de") before it.
      if (k + 1 >= limit || text[k] != ' ') break;
      std::size_t n = k + 1;
      // Up to two particles in a row ("van der Berg", "de la Cruz"); a Gaelic one is written
      // with a capital ("Gráinne Ó Murchú", "Aoife Ní Bhriain", "Siobhán Mhic Aodha").
      bool joined = true;
      for (int p = 0; p < 2; ++p) {
        Word particle;
        if (IsUpperStart(text, n)) {
          if (!ReadWord(text, n, particle) ||
              !InArray(text.substr(n, particle.end - n), kGaelicParticles) ||
              particle.end + 1 >= limit || text[particle.end] != ' ' ||
              !IsUpperStart(text, particle.end + 1)) {
            break;
          }
          n = particle.end + 1;
          continue;
        }
        if (!ReadWord(text, n, particle) ||
            !InArray(std::string_view(particle.key, particle.key_len), kParticles) ||
            particle.end + 1 >= limit || text[particle.end] != ' ') {
          joined = false;
          break;
        }
        n = particle.end + 1;
      }
      if (!joined || !IsUpperStart(text, n)) break;
      j = n;
    }
    if (count == 0) {
      ++i;
      continue;
    }
    // Drop a trailing lone initial.
    while (count > 1 && words[count - 1].initial) --count;
    // The first cell of a row that holds a way to reach its person, or a name followed by one
    // in parentheses: 2+ capitalised words there are a person's name.
    const bool row_person =
        (config.enabled & Bit(Entity::kPerson)) && count >= 2 &&
        ((RowLeadingCell(text, words[0].begin, words[count - 1].end) &&
          ContactOnLine(out, first, structured_end, text, words[0].begin, words[count - 1].end)) ||
         // (" (" or " at ": the byte after the space, a cheap test before the search)
         (words[count - 1].end + 1 < size &&
          (text[words[count - 1].end + 1] == '(' || text[words[count - 1].end + 1] == 'a') &&
          ContactRightAfter(out, first, structured_end, text, words[count - 1].end)) ||
         ContactAfterLabel(out, first, structured_end, text, words[count - 1].end) ||
         (NumberedHeading(text, words[0].begin, words[count - 1].end) &&
          ContactNear(out, first, structured_end, text, words[0].begin, words[count - 1].end)) ||
         (RowInnerCell(text, words[0].begin, words[count - 1].end) &&
          ContactOnWholeLine(out, first, structured_end, text, words[0].begin,
                             words[count - 1].end)) ||
         EmailOfNameAfter(out, first, structured_end, text, words, count));
    Scored s = Score(text, words, count, row_person);
    if (config.enabled & Bit(Entity::kLocation)) {
      // Nothing before the house number may overlap it.
      std::size_t floor = next_structured > first ? out[next_structured - 1].end : 0;
      if (out.size() > structured_end) floor = std::max(floor, out.back().end);
      Scored street = StreetAddress(text, words, count, floor);
      if (street.end == street.begin) street = StreetThenNumber(text, words, count, limit);
      if (street.end > street.begin) {
        s = street;
      } else if (out.size() > structured_end && out.back().entity == EntityName(Entity::kLocation) &&
                 out.back().end + 2 == i && text[i - 2] == ',' && text[i - 1] == ' ' &&
                 (IsDigit(text[out.back().begin]) || IsDigit(text[out.back().end - 1]))) {
        // The town after a street line ("3120 Harborview Blvd, Dayton", "Am Kirchberg 99,
        // Düsseldorf"): its longest gazetteer place phrase, never a lone month or weekday.
        for (int len = count; len >= 1; --len) {
          if (len == 1 && InArray(std::string_view(words[0].key, words[0].key_len), kCalendarWords)) break;
          if ((LookupPhrase(words, 0, len) & (kCity | kRegion | kCountry)) != 0) {
            s = Scored{words[0].begin, words[len - 1].end, Entity::kLocation, 0.8f};
            break;
          }
        }
      }
    }
    if (s.end > s.begin && s.score >= config.threshold && (config.enabled & Bit(s.entity)) &&
        !(s.entity == Entity::kPerson && IsEponymousBrand(WithPossessive(text, s.begin, s.end))) &&
        !allow.allowed(allow.self, text.substr(s.begin, s.end - s.begin))) {
      out.push_back(Detection{s.begin, s.end, EntityType(s.entity), EntityName(s.entity), s.score});
      i = s.end;
    } else {
      i = words[0].end;
    }
  }
  if (config.enabled & (Bit(Entity::kPerson) | Bit(Entity::kLocation))) {
    ScanUncasedNames(config, text, out, first, structured_end, allow);
  }
  if (config.enabled & Bit(Entity::kLocation)) {
    ScanLowercasePlaces(config, text, out, first, allow);
    ScanAddressFields(config, text, out, first, structured_end, allow);
    ExtendAddressChains(text, out, first, structured_end);
  }
}

bool IsNameLetter(char32_t cp) { return IsLetterCp(cp); }

bool IsNameCapital(char32_t cp) { return IsUpperCp(cp); }

bool FoldNameWord(std::string_view word, char (&buf)[24], std::string_view& out) {
  return FoldedWord(word, buf, out);
}

bool IsOrganisationWord(std::string_view key) { return InArray(key, kOrgWords); }

bool IsTitleWord(std::string_view key) { return InArray(key, kTitles); }

bool IsCalendarWord(std::string_view key) { return InArray(key, kCalendarWords); }

bool IsRoleMailboxWord(std::string_view key) { return InArray(key, kRoleMailboxes); }

}  // namespace mcpgw::guards::pii
