// Numbers: IPv4 addresses, credit cards, SSN/ITIN, phone numbers, NHS numbers, and the
// context-dependent bare numbers (bank account, passport, driver licence). A run of digit groups
// is parsed once into a Phrase (digit_phrase.h); look-alikes (dates (date_recognizer.h),
// versions, OIDs, UUIDs, prices, references) are recognised first and consumed so that no other
// entity claims them.
#include <algorithm>
#include <cstdint>

#include "guards/pii/context_words.h"
#include "guards/pii/date_recognizer.h"
#include "guards/pii/digit_phrase.h"
#include "guards/pii/phone_matcher.h"
#include "guards/pii/recognizers.h"
#include "guards/pii/validators.h"

namespace mcpgw::guards::pii {
namespace {

// --- Context words ------------------------------------------------------------------------------

constexpr std::string_view kPhoneWords[] = {"phone", "tel", "telephone", "mobile", "cell", "cellphone",
                                  "call", "fax", "contact", "whatsapp", "sms", "text", "dial",
                                  "hotline", "landline", "telefon", "telefono", "tfno", "handy",
                                  "portable", "mob", "ph", "reach"};
constexpr std::string_view kNotPhoneWords[] = {
    "order",  "invoice", "id",      "ref",     "reference", "tracking", "serial", "sku",
    "version", "build",  "port",    "pid",     "uid",       "gid",      "zip",    "postal",
    "postcode", "amount", "total",  "price",   "isbn",      "ticket",   "case",   "account",
    "acct",   "iban",    "transaction", "txn", "batch",     "lot",      "model",    "poliza", "p\xc3\xb3liza", "polizza", "ap\xc3\xb3lice", "apolice",
    "item",   "product", "patent",  "license", "licence",   "passport", "ssn",    "card",
    "bytes",  "size",    "count",   "timestamp", "epoch",   "seq",      "sequence", "record",
    "row",    "offset",  "hash",    "checksum",  "nhs",      "routing", "swift",
    "po",     "inv",     "ord",     "confirmation", "booking", "reservation", "claim", "policy",
    "receipt", "voucher", "shipment", "parcel", "awb",      "rma",      "incident", "otp",
    "nonce",  "block",   "unix",    "created", "updated",   "modified", "expires",
    // A customer's, a contract's or a meter's number ("Kundennummer 0151-5262813-64",
    // "Matricola contatore 0800-7168293-41").
    // (A customer's own word is left out: "Customer: Jane, +49 ..." gives her phone.)
    "kundennummer", "kundennr", "klantnummer", "meter", "contatore", "matricola", "compteur",
    "zahler", "zaehler", "contador", "vertragsnummer"};
constexpr std::string_view kCardWords[] = {"card", "credit", "debit", "visa", "mastercard", "amex",
                                 "discover", "cc", "ccn", "pan", "payment", "cardholder",
                                 "jcb", "diners", "maestro", "unionpay", "kreditkarte", "tarjeta",
                                 "carte", "paid", "charged", "billed", "pay"};
constexpr std::string_view kNotCardWords[] = {"order", "invoice", "tracking", "transaction", "txn", "ref",
                                    "reference", "id", "serial", "imei", "timestamp", "epoch",
                                    "shipment", "awb", "isbn", "ean", "upc", "gtin"};
constexpr std::string_view kSsnWords[] = {"ssn", "ssns", "social", "security", "ss", "ssa", "socsec"};
constexpr std::string_view kItinWords[] = {"itin", "taxpayer", "tax", "tin", "irs"};
constexpr std::string_view kNhsWords[] = {"nhs", "patient", "health", "hospital", "gp", "medical", "chi"};
constexpr std::string_view kBankWords[] = {"account", "acct", "bank", "banking", "checking", "savings",
                                 "deposit", "debit", "wire", "ach", "beneficiary",
                                 "konto", "cuenta", "compte"};
// Words that make a 9-digit ABA-valid number a routing number (a bank's, not an account).
constexpr std::string_view kRoutingWords[] = {"routing", "aba", "rtn", "transit", "fedwire"};
// A word right before a number that names it as something else outranks a phone word further
// away ("phone ... Order 4155550132"); "no"/"number"/"id" defer to the word before them.
constexpr std::string_view kNumberNouns[] = {"no", "nr", "num", "number", "id", "nbr"};
// The words that veto that way: names of other numbers ("Direct line: 020 ..." stays a phone).
constexpr std::string_view kNamesOfOtherNumbers[] = {
    "order", "invoice", "inv", "ord", "po", "ref", "reference", "tracking", "serial", "sku",
    "ticket", "case", "transaction", "txn", "batch", "lot", "item", "product", "patent",
    "license", "licence", "passport", "ssn", "card", "account", "acct", "iban", "isbn",
    "booking", "confirmation", "reservation", "claim", "policy", "receipt", "voucher",
    "shipment", "parcel", "awb", "rma", "incident", "id", "zip", "postal", "postcode", "pid",
    "uid", "gid", "port", "version", "build", "routing", "timestamp", "epoch"};
constexpr WordList kPassportWords = kPassportContextWords;
// With the words of Spanish, French, Portuguese, Italian and Dutch forms ("Licencia de conducir",
// "permis de conduire", "CNH", "patente", "rijbewijs").
constexpr std::string_view kDriverWords[] = {
    "driver", "drivers", "driving", "license", "licence", "dl", "dln", "lic", "dmv", "permit",
    "cdl", "conducir", "conductor", "conduire", "habilitacao", "cnh", "patente", "rijbewijs"};
constexpr std::string_view kIpWords[] = {"ip", "ipv4", "addr", "address", "host", "server", "client",
                               "src", "dst", "source", "destination", "gateway", "dns", "subnet",
                               "remote", "peer", "inet", "nat", "proxy", "firewall", "origin",
                               "forwarded", "login", "from", "connect", "connected", "bind"};
constexpr std::string_view kVersionWords[] = {"version", "ver", "v", "release", "build", "firmware",
                                    "rev", "revision", "oid", "snmp", "mib", "chrome", "firefox",
                                    "safari", "edge", "kernel", "sdk", "api", "tag", "semver",
                                    "package", "npm", "pip", "gem", "cargo", "dependency"};
float WithContext(float base, bool positive) {
  return positive ? std::min(1.0f, base + kContextBonus) : base;
}

// --- IPv4 ---------------------------------------------------------------------------------------

}  // namespace

std::size_t NetworkPrefixEnd(std::string_view text, std::size_t at, int host_bits) {
  if (at >= text.size() || text[at] != '/') return 0;
  std::size_t e = at + 1;
  int bits = 0;
  while (e < text.size() && e - at <= 3 && text[e] >= '0' && text[e] <= '9') {
    bits = bits * 10 + (text[e] - '0');
    ++e;
  }
  if (e == at + 1 || e - at > 4) return 0;
  if (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '/')) {
    return 0;  // a path ("10.0.0.1/24abc", "/api/v2")
  }
  return bits < host_bits ? e : 0;
}

namespace {

// 1: an IPv4 address in groups 0..3; -1: a dotted look-alike (version, OID) to consume; 0: neither.
int Ipv4Shape(std::string_view text, const Phrase& p) {
  int dots = 0;
  for (int i = 1; i < p.n && p.sep[i] == '.'; ++i) ++dots;
  if (dots < 3) return 0;
  if (dots > 3) return -1;  // 1.3.6.1.4.1..., 1.2.3.4.5
  for (int i = 0; i < 4; ++i) {
    if (p.glen(i) > 3 || Value(text, p.gb[i], p.ge[i]) > 255) return -1;
    if (p.glen(i) > 1 && text[p.gb[i]] == '0') return -1;  // leading zero: not dotted-quad
  }
  return 1;
}

struct Digits {
  char d[kMaxDigits];
  std::size_t n = 0;
  std::string_view view() const { return {d, n}; }
};

// The digits of groups [from, k) (k groups), or false when over kMaxDigits.
bool Collect(std::string_view text, const Phrase& p, int from, int k, Digits& out) {
  out.n = 0;
  for (int i = from; i < k; ++i) {
    for (std::size_t j = p.gb[i]; j < p.ge[i]; ++j) {
      if (out.n == kMaxDigits) return false;
      out.d[out.n++] = text[j];
    }
  }
  return true;
}

bool AllSeps(const Phrase& p, int k, char s) {
  for (int i = 1; i < k; ++i) {
    if (p.sep[i] != s) return false;
  }
  return true;
}

// A card's grouping that is no card (its Luhn check or IIN fails): "3461 215277 97868",
// "3554-7226-7063-2088", and the 3-7-7 of an order number ("673-4644408-8966733"). None of its
// leading groups is a phone ("346 121 5277" is a Houston number): the whole run is one thing.
bool CardOrOrderShape(std::string_view text, const Phrase& p) {
  if (p.plus || p.open_paren || p.n < 3 || p.n > 5) return false;
  if (!AllSeps(p, p.n, ' ') && !AllSeps(p, p.n, '-')) return false;
  if (p.n == 3 && p.glen(0) == 3 && p.glen(1) == 7 && p.glen(2) == 7) return p.sep[1] == '-';
  bool fours = p.n >= 4 && p.glen(0) == 4;
  for (int i = 1; i + 1 < p.n; ++i) fours = fours && p.glen(i) == 4;
  fours = fours && p.glen(p.n - 1) <= 4;
  const bool amex = p.n == 3 && p.glen(0) == 4 && p.glen(1) == 6 &&
                    (p.glen(2) == 5 || p.glen(2) == 4);
  if (!fours && !amex) return false;
  char buf[24];
  std::size_t n = 0;
  for (int i = 0; i < p.n; ++i) {
    for (std::size_t j = p.gb[i]; j < p.ge[i]; ++j) buf[n++] = text[j];
  }
  return CardIinValid(std::string_view(buf, n));
}

// Credit card on the first k groups.
// Returns true when the groups are a vendor's published test card: no one's data, and no other
// entity may claim them.
bool TryCard(const ScanConfig& cfg, std::string_view text, const Phrase& p, int k,
             const Digits& d, Candidate& best) {
  if (d.n < 13 || d.n > 19 || p.plus || p.open_paren) return false;
  bool formatted = false;
  if (k > 1) {
    if (!AllSeps(p, k, ' ') && !AllSeps(p, k, '-')) return false;
    bool fours = p.glen(0) == 4;
    for (int i = 1; i + 1 < k; ++i) fours = fours && p.glen(i) == 4;
    fours = fours && p.glen(k - 1) >= 1 && p.glen(k - 1) <= 4;
    const bool amex = k == 3 && p.glen(0) == 4 && p.glen(1) == 6 && (p.glen(2) == 5 || p.glen(2) == 4);
    if (!fours && !amex) return false;
    formatted = true;
  }
  if (!CardIinValid(d.view()) || !LuhnValid(d.view())) return false;
  if (PublishedTestCard(d.view())) return true;
  Candidate c{p.gb[0], p.ge[k - 1], Entity::kCreditCard, 0.0f};
  const bool ctx = HasContextWord(text, c.begin, c.end, kCardWords);
  if (formatted) {
    c.score = 0.95f;
  } else {
    c.score = (d.n == 15 || d.n == 16) ? 0.8f : 0.45f;
    // "order 836-8668198-1576680. Full number on file: <card>": an order word names the
    // number right after it; context stops at another number.
    std::size_t before = 0, after = 0;
    while (before < kContextBefore && before < c.begin && !IsDigit(text[c.begin - before - 1])) {
      ++before;
    }
    while (after < kContextAfter && c.end + after < text.size() &&
           !IsDigit(text[c.end + after])) {
      ++after;
    }
    if (!ctx && HasContextWord(text, c.begin, c.end, kNotCardWords, before, after)) c.score -= 0.4f;
  }
  c.score = WithContext(c.score, ctx);
  Offer(cfg, c, best);
  return false;
}

// SSN and ITIN on the first k groups: 3-2-4 with one separator, or 9 bare digits.
void TrySsn(const ScanConfig& cfg, std::string_view text, const Phrase& p, int k,
            const Digits& d, Candidate& best) {
  // In parentheses only in its own 3-2-4 grouping ("ITIN (913 72 5751)"): "(913) ..." is a
  // phone's area code.
  if (d.n != 9 || p.plus || (p.open_paren && k == 1)) return;
  float base;
  if (k == 1) {
    base = 0.3f;
  } else if (k == 3 && p.glen(0) == 3 && p.glen(1) == 2 && p.glen(2) == 4 && p.sep[1] == p.sep[2]) {
    // "536 22 8765": the 3-2-4 grouping is the SSN's own, whatever the separator.
    base = p.sep[1] == '-' ? 0.6f : p.sep[1] == ' ' ? 0.55f : p.sep[1] == '.' ? 0.45f : 0.0f;
  } else {
    return;
  }
  if (base == 0.0f) return;
  Candidate c{p.gb[0], p.ge[k - 1], Entity::kUsSsn, 0.0f};
  if (ItinValid(d.view())) {
    c.entity = Entity::kUsItin;
    c.score = WithContext(base, HasContextWord(text, c.begin, c.end, kItinWords));
  } else if (SsnValid(d.view())) {
    c.score = WithContext(base, HasContextWord(text, c.begin, c.end, kSsnWords));
  } else {
    return;
  }
  Offer(cfg, c, best);
}

// NHS number: 3-3-4 (space or dash) or 10 bare digits, mod 11.
void TryNhs(const ScanConfig& cfg, std::string_view text, const Phrase& p, int k,
            const Digits& d, Candidate& best) {
  if (d.n != 10 || p.plus || p.open_paren) return;
  float base;
  if (k == 1) {
    base = 0.35f;
  } else if (k == 3 && p.glen(0) == 3 && p.glen(1) == 3 && p.sep[1] == p.sep[2] &&
             (p.sep[1] == ' ' || p.sep[1] == '-')) {
    base = p.sep[1] == ' ' ? 0.5f : 0.4f;
  } else {
    return;
  }
  if (!NhsValid(d.view())) return;
  Candidate c{p.gb[0], p.ge[k - 1], Entity::kUkNhs, 0.0f};
  c.score = WithContext(base, HasContextWord(text, c.begin, c.end, kNhsWords));
  Offer(cfg, c, best);
}

bool InList(std::string_view word, WordList list) {
  for (std::string_view w : list) {
    if (word == w || (w.size() >= 4 && word.size() > w.size() && word.substr(0, w.size()) == w)) {
      return true;
    }
  }
  return false;
}

bool IsOneOf(std::string_view word, WordList list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The word that ends within `max_gap` non-letters before `pos`, and where it starts.
std::string_view WordBefore(std::string_view text, std::size_t pos, char (&buf)[24],
                            std::size_t& word_begin) {
  std::string_view w = PreviousWord(text, pos, buf, 4);
  if (w.empty()) return w;
  std::size_t i = pos;
  while (i > 0 && !IsAlpha(text[i - 1])) --i;
  word_begin = i >= w.size() ? i - w.size() : 0;
  return w;
}

// A word naming another kind of number near a phone candidate: before it (or over its table
// column), or after it unless that word is followed by a value of its own ("(613) 468-8292 ·
// Statement id 2e5861ce": the id names the statement's value, not the phone).
bool NotPhoneContext(std::string_view text, std::size_t begin, std::size_t end) {
  if (HasContextWord(text, begin, end, kNotPhoneWords, kContextBefore, 0)) return true;
  const std::size_t to = std::min(text.size(), end + kContextAfter);
  std::size_t i = end;
  while (i < to) {
    if (!IsAlpha(text[i])) {
      ++i;
      continue;
    }
    const std::size_t word_begin = i;
    char buf[24];
    std::size_t n = 0;
    while (i < text.size() && IsAlpha(text[i])) {
      if (n < sizeof buf) buf[n++] = static_cast<char>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
      ++i;
    }
    if (word_begin == end || n >= sizeof buf) continue;  // glued to the number: another token
    if (!InList(std::string_view(buf, n), kNotPhoneWords)) continue;
    // Followed by its own value: a token with a digit within a few separators.
    std::size_t j = i;
    while (j < text.size() && j - i < 4 &&
           (text[j] == ' ' || text[j] == ':' || text[j] == '#' || text[j] == '=' || text[j] == '.')) {
      ++j;
    }
    bool own_value = false;
    for (std::size_t k = j; k < text.size() && k - j < 12 && (IsAlnum(text[k]) || text[k] == '-'); ++k) {
      if (text[k] >= '0' && text[k] <= '9') own_value = true;
    }
    if (!own_value) return true;
  }
  return false;
}

// A signature's line opened by a phone's letter ("T. 0616931559", "M 08538504323", "Tél. :
// 06 50 59 32 76", "F: ..."): the letter alone at the line's start, then '.', ':' or blanks.
bool SignatureLetterBefore(std::string_view text, std::size_t begin) {
  std::size_t k = begin;
  while (k > 0 && begin - k < 4 && (text[k - 1] == ' ' || text[k - 1] == '.' || text[k - 1] == ':')) --k;
  if (k == begin || k == 0) return false;
  std::size_t w = k;
  while (w > 0 && k - w < 4 && IsAlpha(text[w - 1])) --w;
  // "Tél" ends in a two-byte 'é' before the 'l'.
  if (w >= 3 && k - w == 1 && (text[w - 1] & 0xC0) == 0x80 && text.compare(w - 3, 4, "T\xc3\xa9l") == 0) w -= 3;
  if (w > 0 && text[w - 1] != '\n') return false;
  const std::string_view word = text.substr(w, k - w);
  return word == "T" || word == "M" || word == "F" || word == "P" || word == "Tel" || word == "Mob" ||
         word == "T\xc3\xa9l" || word == "Tlf" || word == "Tfn";
}

// True when the word right before a number names it as something other than a phone number:
// "Order 4155550132", "order_id: 4155550132", "Invoice No. 4155550132" (a noun such as "no" or
// "id" defers to the word before it; "Caller ID", "phone no." stay phones).
bool NamedAsNonPhone(std::string_view text, std::size_t begin) {
  char buf[24];
  std::size_t wb = 0;
  std::string_view w = WordBefore(text, begin, buf, wb);
  if (w.empty() || InList(w, kPhoneWords)) return false;
  if (InList(w, kNumberNouns)) {
    char buf2[24];
    std::size_t wb2 = 0;
    std::string_view w2 = WordBefore(text, wb, buf2, wb2);
    if (!w2.empty() && (InList(w2, kPhoneWords) || w2 == "caller")) return false;
    if (!w2.empty() && IsOneOf(w2, kNamesOfOtherNumbers)) return true;
    return w == "id";
  }
  if (!IsOneOf(w, kNamesOfOtherNumbers)) return false;
  // "phone id", "mobile account": the phone word before it wins.
  char buf2[24];
  std::size_t wb2 = 0;
  std::string_view w2 = WordBefore(text, wb, buf2, wb2);
  return w2.empty() || !InList(w2, kPhoneWords);
}

// Bare digits that read as a Unix time in seconds (10 digits) or milliseconds (13) between 2001
// and 2033: "1700000000", "1700000000123". No configured region has 10- or 13-digit national
// numbers that start with 1.
bool EpochShape(const Digits& d) { return (d.n == 10 || d.n == 13) && d.d[0] == '1'; }

// "15 03 2024", "03 15 2024": a date written with spaces.
bool SpacedDate(std::string_view text, const Phrase& p, int k) {
  if (k != 3 || p.glen(0) > 2 || p.glen(1) > 2 || p.glen(2) != 4) return false;
  const int a = Value(text, p.gb[0], p.ge[0]);
  const int b = Value(text, p.gb[1], p.ge[1]);
  const int y = Value(text, p.gb[2], p.ge[2]);
  const bool dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  const bool md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  return (dm || md) && y >= 1900 && y <= 2099;
}

// "2024-03-15-0001", "2024 03 15 1234": groups that start with a year, a month and a day.
bool DatePrefix(std::string_view text, const Phrase& p, int k) {
  if (k < 3 || p.glen(0) != 4 || p.glen(1) != 2 || p.glen(2) != 2) return false;
  const int y = Value(text, p.gb[0], p.ge[0]);
  const int m = Value(text, p.gb[1], p.ge[1]);
  const int d = Value(text, p.gb[2], p.ge[2]);
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// Phone numbers: international ("+", "00") for any region, national for the configured ones.
void TryPhone(const ScanConfig& cfg, std::string_view text, const Phrase& p, int k,
              Candidate& best) {
  if (cfg.phones == nullptr) return;
  Digits d;
  bool international = p.plus;
  if (!international && p.glen(0) >= 2 && text[p.gb[0]] == '0' && text[p.gb[0] + 1] == '0' &&
      !p.open_paren) {
    international = true;  // 00 44 20 ..., 0049 30 ...
  }
  if (!Collect(text, p, 0, k, d)) return;
  Digits national = d;
  if (international && !p.plus) {
    national.n = 0;
    for (std::size_t i = 2; i < d.n; ++i) national.d[national.n++] = d.d[i];
  }
  // "+44 (0)20 ...": the trunk prefix in parentheses after the calling code is dropped.
  if (international && k > 2 && p.glen(1) == 1 && text[p.gb[1]] == '0' && p.sep[1] == 'p') {
    Digits without;
    for (int i = 0; i < k; ++i) {
      if (i == 1) continue;
      for (std::size_t j = p.gb[i]; j < p.ge[i]; ++j) without.d[without.n++] = text[j];
    }
    if (!p.plus) {
      national.n = 0;
      for (std::size_t i = 2; i < without.n; ++i) national.d[national.n++] = without.d[i];
    } else {
      national = without;
    }
  }
  // "+52 1 81 ...": Mexico's mobile '1' after the calling code, dropped from the plan in 2019
  // and still written.
  if (international && national.n == 13 && national.d[0] == '5' && national.d[1] == '2' &&
      national.d[2] == '1') {
    for (std::size_t i = 2; i + 1 < national.n; ++i) national.d[i] = national.d[i + 1];
    --national.n;
  }
  const std::size_t n = national.n;
  Candidate c{p.begin, p.ge[k - 1], Entity::kPhoneNumber, 0.0f};
  if (p.open_paren && k == 1) return;
  if (international) {
    if (n < 7 || n > 15) return;
    const bool context = HasContextWord(text, c.begin, c.end, kPhoneWords);
    if (cfg.phones->ValidInternational(national.view())) {
      c.score = WithContext(p.plus ? 0.8f : 0.6f, context);
    } else if ((p.plus || (k >= 3 && context)) && cfg.phones->PossibleInternational(national.view())) {
      // Valid length, digits the plan does not list (yet): a number written as one usually is
      // one, but it needs a phone word nearby or a phone's grouping ("+61 479 739 045"; after
      // "00", three groups or more and a phone word: "Tel. 0033 7 03 45 03 36", not "lot 0012
      // 358 815").
      c.score = WithContext(k >= 3 ? 0.5f : 0.4f, context);
    } else {
      return;
    }
    Offer(cfg, c, best);
    return;
  }
  if (n < 7 || n > 13) return;
  // "ORD-4155550132", "INV-2024-5550132": the tail of an identifier.
  if (p.begin >= 2 && text[p.begin - 1] == '-' && IsAlnum(text[p.begin - 2])) return;
  float base;
  if (k == 1) {
    if (EpochShape(national)) return;
    base = 0.3f;
  } else {
    // Shapes that belong to other things: an SSN's 3-2-4 ("666-12-3456" is an invalid SSN, not
    // a Spanish mobile), a ZIP+4 ("02134-1234"), a date with spaces ("15 03 2024").
    if (k == 3 && p.glen(0) == 3 && p.glen(1) == 2 && p.glen(2) == 4) return;
    if (k == 2 && p.glen(0) == 5 && p.glen(1) == 4 && p.sep[1] == '-') return;
    if (SpacedDate(text, p, k) || DatePrefix(text, p, k)) return;
    // Groups look like a phone's: 2+ digits each (a leading trunk "1" aside), the middle ones
    // at most 5, the last one 3 to 8; dots only between 3+ groups.
    int singles = 0;
    for (int i = 0; i < k; ++i) {
      if (p.glen(i) == 1) ++singles;
      if (i > 0 && i + 1 < k && p.glen(i) > 5) return;
    }
    // A lone digit may only be a leading trunk prefix of a full-length number ("1 800 ...",
    // Russia's and Kazakhstan's "8 963 359-80-19"), or Brazil's mobile 9 after the area code
    // in parentheses ("(21) 9 9428-9702").
    const bool trunk_single = p.glen(0) == 1 && n >= 10 &&
                              (text[p.gb[0]] == '1' || text[p.gb[0]] == '0' ||
                               (text[p.gb[0]] == '8' && n == 11));
    const bool brazil_nine = p.open_paren && k >= 3 && p.glen(0) == 2 && p.glen(1) == 1 &&
                             text[p.gb[1]] == '9' && n == 11;
    if (singles > 1 || (singles == 1 && !trunk_single && !brazil_nine)) {
      return;
    }
    // The last group has 3 to 8 digits, or 2 in pair formats ("06 12 34 56 78").
    if (p.glen(k - 1) > 8 || p.glen(k - 1) < (k >= 4 ? 2 : 3)) return;
    if (AllSeps(p, k, '.') && k < 3) return;
    if (AllSeps(p, k, '/') && k != 2) return;  // "030/1234567"; 400/404/405 is a list
    // Two groups ("64 16384") read as a list unless a trunk prefix or the length says phone, or
    // a phone word names a local number's grouping ("phone": "4459 6487", "sms sent to 5528
    // 7109": the 8-digit plans of Denmark, Norway, Singapore).
    if (k == 2 && !p.open_paren && text[p.gb[0]] != '0' && n < 10) {
      // Not two groups of a longer run ("4574 0540 0281 4647", a card's); named by a word that
      // only a phone is ("text", "contact" and "call" name other numbers too).
      static constexpr std::string_view kPhoneOnlyWords[] = {
          "phone", "tel", "telephone", "mobile", "cell", "cellphone", "sms", "whatsapp", "fax",
          "telefon", "telefono", "handy", "mob", "landline", "hotline"};
      const bool alone = p.n == 2 && (c.begin < 2 || !(text[c.begin - 1] == ' ' && IsDigit(text[c.begin - 2])));
      if (!(alone && n >= 7 && p.glen(1) == 4 && (p.glen(0) == 3 || p.glen(0) == 4) &&
            p.sep[1] != '.' && HasContextWord(text, c.begin, c.end, kPhoneOnlyWords))) {
        return;
      }
    }
    // A first group of six only as the trunk '0' and five digits ("098285 15297", India).
    if (p.glen(0) > 5 && !p.open_paren && !(p.glen(0) == 6 && text[p.gb[0]] == '0')) return;
    base = (p.open_paren || p.sep[1] == 'p') ? 0.7f : (AllSeps(p, k, '/') || AllSeps(p, k, '.')) ? 0.55f : 0.6f;
  }
  // Context last: it is the slow part, and most numbers fail the checks above.
  if (base + kContextBonus < cfg.threshold) return;
  if (!cfg.phones->ValidNational(national.view())) return;
  if (NamedAsNonPhone(text, c.begin)) return;
  // Japan's postal mark right before: "〒043-9211" is a postal code.
  if (c.begin >= 3 && text.compare(c.begin - 3, 3, "\xe3\x80\x92") == 0) return;
  // A "contact_id" column: only a cell's start pays for finding its header.
  if (c.begin == 0 || text[c.begin - 1] == ',' || text[c.begin - 1] == ';' ||
      text[c.begin - 1] == '\t' || text[c.begin - 1] == '|' || text[c.begin - 1] == '"' ||
      text[c.begin - 1] == '\n') {
    if (InIdentifierColumn(text, c.begin)) return;
  }
  const bool positive = HasContextWord(text, c.begin, c.end, kPhoneWords) || SignatureLetterBefore(text, c.begin);
  if (!positive && NotPhoneContext(text, c.begin, c.end)) return;
  c.score = WithContext(base, positive);
  Offer(cfg, c, best);
}

// Dot-separated groups that are phone numbers: "415.555.0132", "1.415.555.0132" (North America),
// "01.23.45.67.89" (France: five pairs from the trunk 0), "+33.1.42.68.53.00".
bool DottedPhoneShape(std::string_view text, const Phrase& p) {
  if (p.plus) return true;
  if (p.n == 3) return p.glen(0) == 3 && p.glen(1) == 3 && p.glen(2) == 4;
  if (p.n == 4) {
    return p.glen(0) == 1 && text[p.gb[0]] == '1' && p.glen(1) == 3 && p.glen(2) == 3 &&
           p.glen(3) == 4;
  }
  if (p.n == 5) {
    for (int i = 0; i < 5; ++i) {
      if (p.glen(i) != 2) return false;
    }
    return text[p.gb[0]] == '0';
  }
  return false;
}

// A bare YYYYMMDD ("20240315") or YYYYMMDDhhmmss: a date, never a phone or an account number.
bool CompactDate(std::string_view text, const Phrase& p) {
  if (p.n != 1 || p.plus || p.open_paren || (p.glen(0) != 8 && p.glen(0) != 14)) return false;
  const std::size_t b = p.gb[0];
  const int y = Value(text, b, b + 4);
  const int m = Value(text, b + 4, b + 6);
  const int d = Value(text, b + 6, b + 8);
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (p.glen(0) == 14) {
    return Value(text, b + 8, b + 10) <= 23 && Value(text, b + 10, b + 12) <= 59 &&
           Value(text, b + 12, b + 14) <= 60;
  }
  return true;
}

// True when the word right before `begin` (past punctuation, and past "no", "nr", "number",
// "num", "numero", "nummer", "n") is a passport word.
bool PassportNamedBefore(std::string_view text, std::size_t begin) {
  char buf[24], buf2[24];
  std::size_t wb = 0, wb2 = 0;
  std::string_view w = WordBefore(text, begin, buf, wb);
  if (w.empty()) return false;
  if (w == "no" || w == "nr" || w == "number" || w == "num" || w == "numero" || w == "nummer" ||
      w == "n") {
    w = WordBefore(text, wb, buf2, wb2);
    if (w.empty()) return false;
  }
  return InList(w, kPassportWords);
}

// True when the word right before `begin` (past punctuation, and past "no", "nr", "number",
// "num", "n") is a routing word: "routing 208328924", "ABA: 151779824", "Routing number: ...".
bool RoutingNamedBefore(std::string_view text, std::size_t begin) {
  char buf[24], buf2[24];
  std::size_t wb = 0, wb2 = 0;
  std::string_view w = WordBefore(text, begin, buf, wb);
  if (w.empty()) return false;
  if (w == "no" || w == "nr" || w == "number" || w == "num" || w == "n") {
    w = WordBefore(text, wb, buf2, wb2);
    if (w.empty()) return false;
  }
  return InList(w, kRoutingWords);
}

// A 12-digit AWS account id, not a bank account: the account field of an ARN
// ("arn:aws:iam::625440361945:role/deploy"), or a 12-digit number within 300 bytes of an ARN or
// of the word AWS (Terraform outputs: `account = "951870286939"` beside the role's ARN).
bool AwsAccountId(std::string_view text, std::size_t begin, std::size_t end, std::size_t digits) {
  if (digits != 12) return false;
  if (begin >= 1 && text[begin - 1] == ':' && end < text.size() && text[end] == ':') return true;
  const std::size_t from = begin > 300 ? begin - 300 : 0;
  const std::size_t to = std::min(text.size(), end + 300);
  const std::string_view window = text.substr(from, to - from);
  for (std::size_t i = 0; i + 3 <= window.size(); ++i) {
    if ((window[i] | 0x20) != 'a' || (window[i + 1] | 0x20) != 'w' || (window[i + 2] | 0x20) != 's')
      continue;
    const bool start = i == 0 || !IsAlpha(static_cast<unsigned char>(window[i - 1]));
    const bool stop = i + 3 == window.size() || !IsAlpha(static_cast<unsigned char>(window[i + 3]));
    if (start && stop) return true;  // "aws", "AWS", "arn:aws:", "aws_account"
  }
  return false;
}

// Bare numbers that only context identifies: bank account, passport, driver licence.
void TryContextual(const ScanConfig& cfg, std::string_view text, const Phrase& p,
                   const Digits& d, Candidate& best) {
  if (p.plus || p.open_paren || p.n != 1) return;
  Candidate c{p.gb[0], p.ge[0], Entity::kUsBankNumber, 0.3f};
  // A routing number identifies a bank, not an account.
  // Named so right before it, it is one whatever its checksum says.
  const bool routing = d.n == 9 && ((AbaRoutingValid(d.view()) &&
                                     HasContextWord(text, c.begin, c.end, kRoutingWords)) ||
                                    RoutingNamedBefore(text, c.begin));
  // Named a routing number right before it, it is nothing else either (not the licence or the
  // passport a form lists above it).
  if (d.n == 9 && RoutingNamedBefore(text, c.begin)) return;
  // A number glued to a letter prefix ("HS-970977701", "INV_20481234") is a record's id.
  const bool prefixed_id = c.begin >= 2 && (text[c.begin - 1] == '-' || text[c.begin - 1] == '_') &&
                           IsAlpha(static_cast<unsigned char>(text[c.begin - 2]));
  // A number named a reference ("Wire from acct 263379582069 ref 8961282885") is the transfer's
  // reference, not an account (checked last: most numbers are out before).
  const auto named_reference = [&] {
    char buf[24];
    const std::string_view word = PreviousWord(text, c.begin, buf, 3);
    return word == "ref" || word == "reference" || word == "referenz" || word == "referencia" ||
           word == "rif";
  };
  if (d.n >= 8 && d.n <= 17 && !routing && !prefixed_id &&
      !AwsAccountId(text, c.begin, c.end, d.n) && (cfg.enabled & Bit(Entity::kUsBankNumber)) &&
      HasContextWord(text, c.begin, c.end, kBankWords) && !named_reference()) {
    c.score = WithContext(0.3f, true);
    Offer(cfg, c, best);
  }
  if (d.n == 9 && (cfg.enabled & Bit(Entity::kUsPassport)) &&
      (HasContextWord(text, c.begin, c.end, kPassportWords) || TravelDocumentBefore(text, c.begin))) {
    c.entity = Entity::kUsPassport;
    // Named right before ("Passport No.: 123456789"), the number is the passport's even when an
    // SSN's label is also near (a form listing both): it outranks a bare SSN in context (0.65).
    c.score = WithContext(PassportNamedBefore(text, c.begin) ? 0.4f : 0.3f, true);
    Offer(cfg, c, best);
  }
  if (d.n >= 7 && d.n <= 13 && !prefixed_id && (cfg.enabled & Bit(Entity::kUsDriverLicense)) &&
      HasContextWord(text, c.begin, c.end, kDriverWords)) {
    c.entity = Entity::kUsDriverLicense;
    c.score = WithContext(0.3f, true);
    Offer(cfg, c, best);
  }
}

// A driver licence printed in groups next to a driver word: Colorado's 2-3-4 with dashes
// ("41-842-9810"), Pennsylvania's 2-3-3 and New York's 3-3-3 with spaces ("24 734 945",
// "984 288 632"): k groups of 2-4 digits, one separator, 7-13 digits in all.
void TryGroupedLicense(const ScanConfig& cfg, std::string_view text, const Phrase& p, int k,
                       Candidate& best) {
  if (!(cfg.enabled & Bit(Entity::kUsDriverLicense)) || k < 3 || k > 4 || p.n < k ||
      !(AllSeps(p, k, '-') || AllSeps(p, k, ' '))) {
    return;
  }
  std::size_t digits = 0;
  for (int g = 0; g < k; ++g) {
    if (p.glen(g) < 2 || p.glen(g) > 4) return;
    digits += p.glen(g);
  }
  if (digits < 7 || digits > 13) return;
  // 3-2-4 with dashes is how a Social Security number is written, valid or not.
  if (k == 3 && AllSeps(p, k, '-') && p.glen(0) == 3 && p.glen(1) == 2 && p.glen(2) == 4) return;
  if (!HasContextWord(text, p.gb[0], p.ge[k - 1], kDriverWords)) return;
  Offer(cfg, Candidate{p.gb[0], p.ge[k - 1], Entity::kUsDriverLicense, WithContext(0.3f, true)},
        best);
}

// 8-4-4-4-12 hex with dashes at pos: the UUID's end, or 0.
std::size_t UuidAt(std::string_view text, std::size_t pos) {
  static constexpr int kLens[] = {8, 4, 4, 4, 12};
  std::size_t i = pos;
  for (int g = 0; g < 5; ++g) {
    for (int k = 0; k < kLens[g]; ++k, ++i) {
      if (i >= text.size() || !IsHex(text[i])) return 0;
    }
    if (g < 4) {
      if (i >= text.size() || text[i] != '-') return 0;
      ++i;
    }
  }
  return (i < text.size() && IsAlnum(text[i])) ? 0 : i;
}

std::size_t AlnumEnd(std::string_view text, std::size_t i) {
  while (i < text.size() && IsAlnum(text[i])) ++i;
  return i;
}

// Alphanumeric tokens starting with a digit: Base58Check (bitcoin "1..."/"3..."), 0x + 40 hex.
void TryDigitToken(const ScanConfig& cfg, std::string_view text, std::size_t pos, std::size_t end,
                   Candidate& best) {
  const std::size_t len = end - pos;
  const std::string_view token = text.substr(pos, len);
  if (len >= 26 && len <= 35 && (token[0] == '1' || token[0] == '3') &&
      Base58CheckAddressValid(token)) {
    Offer(cfg, Candidate{pos, end, Entity::kCrypto, 1.0f}, best);
    return;
  }
  if (len == 42 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X')) {
    bool lower = false, upper = false;
    for (std::size_t i = 2; i < len; ++i) {
      const unsigned char c = token[i];
      if (!IsHex(c)) return;
      if (c >= 'a' && c <= 'f') lower = true;
      if (c >= 'A' && c <= 'F') upper = true;
    }
    static constexpr std::string_view kEthWords[] = {"eth", "ether", "ethereum", "wallet", "address",
                                           "crypto", "send", "recipient", "erc", "metamask",
                                           "usdt", "usdc", "web3", "payout", "deposit"};
    // Mixed case is the EIP-55 checksummed form (the checksum itself needs Keccak-256, which
    // OpenSSL 3.0 lacks): likely an address even without context.
    const float base = (lower && upper) ? 0.6f : 0.4f;
    Offer(cfg,
          Candidate{pos, end, Entity::kCrypto,
                    WithContext(base, HasContextWord(text, pos, end, kEthWords))},
          best);
  }
}

// True when text[pos...] is four dot-separated groups of 1-3 digits closed by ']'.
bool BracketedDottedQuad(std::string_view text, std::size_t pos) {
  for (int group = 0; group < 4; ++group) {
    std::size_t digits = 0;
    while (pos < text.size() && IsDigit(text[pos]) && digits < 4) {
      ++pos;
      ++digits;
    }
    if (digits == 0 || digits > 3 || pos >= text.size()) return false;
    if (text[pos] != (group == 3 ? ']' : '.')) return false;
    ++pos;
  }
  return true;
}

}  // namespace

std::size_t RecognizeNumeric(const ScanConfig& cfg, std::string_view text, std::size_t pos,
                             std::size_t floor, Candidate& best) {
  const std::size_t size = text.size();
  if (IsDigit(text[pos])) {
    if (std::size_t u = UuidAt(text, pos)) return u;
    // An argument of a call or an index: foo(12345678), a[4155550132]; but not a host's
    // address in brackets, as mail logs write it (unknown[203.0.113.7], mx1[192.0.2.4]).
    if (pos >= 2 && (text[pos - 1] == '(' || text[pos - 1] == '[') &&
        (IsAlnum(text[pos - 2]) || text[pos - 2] == '_') &&
        !(text[pos - 1] == '[' && BracketedDottedQuad(text, pos))) {
      return AlnumEnd(text, pos);
    }
    const std::size_t token_end = AlnumEnd(text, pos);
    if (token_end < size && (text[token_end] == '_' || text[token_end] == '@')) {
      return token_end;  // an identifier or an email's local part
    }
    bool letters = false;
    for (std::size_t i = pos; i < token_end && !letters; ++i) letters = IsAlpha(text[i]);
    if (letters) {
      // "2024-01-15T10:30:00Z": a date glued to its time.
      Phrase p;
      if (text[token_end - 1] != 'T' || !ParsePhrase(text, pos, p)) {
        TryDigitToken(cfg, text, pos, token_end, best);
        return token_end;
      }
    }
  }
  Phrase p;
  if (!ParsePhrase(text, pos, p)) return pos + 1;
  std::size_t end = p.ge[p.n - 1];
  // Dates (and their times) first: they are never phones or card numbers.
  if (std::size_t date_end = NumericDate(text, p)) {
    Offer(cfg, Candidate{p.gb[0], date_end, Entity::kDateTime, 0.85f}, best);
    return date_end;
  }
  if (cfg.enabled & Bit(Entity::kDateTime)) {
    std::size_t date_begin = 0;
    if (std::size_t date_end = MonthNameDate(text, p, date_begin)) {
      if (date_begin >= floor) {
        Offer(cfg, Candidate{date_begin, date_end, Entity::kDateTime, 0.75f}, best);
        if (best.end == date_end) return date_end;
      }
    }
  }
  // What follows the phrase: a letter or '_' glues the last group to a word ("10am", "5x");
  // '@' makes it an email's local part; ':' a time or a port; '%' a percentage.
  const unsigned char after = end < size ? text[end] : ' ';
  if (after == '@') return end;
  if (IsAlpha(after) || after == '_') {
    if (--p.n == 0) return AlnumEnd(text, end);
  }
  if (after == ':' && p.n == 1 && p.glen(0) <= 2) return end;  // 10:30
  if (after == '%') return end;
  end = p.ge[p.n - 1];
  // Prices and references: "$4155550100", "#123456789", "€ 1234".
  if (p.begin > 0) {
    const unsigned char before = text[p.begin - 1];
    if (before == '$' || before == '#' || before == 0xa3 || before == 0xac || before == 0xa5) {
      return end;
    }
  }
  switch (DottedPhoneShape(text, p) ? 0 : Ipv4Shape(text, p)) {
    case 1: {
      const std::size_t ip_end = p.ge[3];
      char buf[24];
      std::string_view prev = PreviousWord(text, p.gb[0], buf, 2);
      bool version = false;
      for (std::string_view w : kVersionWords) version = version || prev == w;
      if (version) return ip_end;
      // A network in CIDR notation ("10.145.0.0/20" in a firewall rule) is a range of hosts,
      // nobody's address; "/32" names one host and stays one.
      if (const std::size_t net = NetworkPrefixEnd(text, ip_end, 32); net != 0) return net;
      const int first = Value(text, p.gb[0], p.ge[0]);
      const bool all_zero = text.substr(p.gb[0], ip_end - p.gb[0]) == "0.0.0.0";
      const bool broadcast = text.substr(p.gb[0], ip_end - p.gb[0]) == "255.255.255.255";
      float score = 0.95f;
      if (first == 127 || all_zero || broadcast) {
        score = 0.3f;  // loopback, unspecified, broadcast: no one's address
      } else if (p.glen(0) == 1 && p.glen(1) == 1 && p.glen(2) == 1 && p.glen(3) == 1 &&
                 !HasContextWord(text, p.gb[0], ip_end, kIpWords)) {
        score = 0.4f;  // "1.2.3.4" reads as a version number more often than as an address
      }
      Offer(cfg, Candidate{p.gb[0], ip_end, Entity::kIpAddress, score}, best);
      return ip_end;
    }
    case -1:
      return end;
    default:
      break;
  }
  // 1.2.3: a version or a section number; only phone groupings pass.
  if (p.n >= 3 && AllSeps(p, p.n, '.') && !DottedPhoneShape(text, p)) return end;
  if (CompactDate(text, p)) return end;
  const bool card_shape = CardOrOrderShape(text, p);
  for (int k = p.n; k >= 1; --k) {
    Digits d;
    if (!Collect(text, p, 0, k, d)) continue;
    if (TryCard(cfg, text, p, k, d, best)) return p.ge[k - 1];
    TrySsn(cfg, text, p, k, d, best);
    TryNhs(cfg, text, p, k, d, best);
    if (!card_shape) TryPhone(cfg, text, p, k, best);
    if (k == 1) TryContextual(cfg, text, p, d, best);
    TryGroupedLicense(cfg, text, p, k, best);
    if (best.end > best.begin) break;  // the longest prefix that is something wins
  }
  return best.end > best.begin ? best.end : end;
}

}  // namespace mcpgw::guards::pii
