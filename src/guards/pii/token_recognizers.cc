// Tokens: email addresses, URLs, IPv6 addresses, and the alphanumeric tokens that start with a
// letter (IBAN, DEA numbers, passport and driver licence numbers, bech32 addresses).
#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

#include "guards/pii/context_words.h"
#include "guards/pii/recognizers.h"
#include "guards/pii/validators.h"

namespace mcpgw::guards::pii {
namespace {

float WithContext(float base, bool positive) {
  return positive ? std::min(1.0f, base + kContextBonus) : base;
}

char Lower(unsigned char c) { return static_cast<char>(IsUpperAscii(c) ? c + 32 : c); }

bool EqualsLower(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (Lower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

bool IsLocalChar(unsigned char c) {
  return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

// File extensions and code members that follow '@' look-alikes ("icon@2x.png", "pkg@1.2.js").
bool IsFileExtension(std::string_view tld) {
  static constexpr std::string_view kExtensions[] = {
      "png",  "jpg",  "jpeg", "gif",  "svg",  "webp", "ico",  "bmp",  "tif",  "tiff", "js",
      "mjs",  "cjs",  "ts",   "tsx",  "jsx",  "py",   "rb",   "java", "kt",   "rs",   "cpp",
      "hpp",  "cc",   "hh",   "cxx",  "h",    "c",    "md",   "txt",  "json", "yaml", "yml",
      "toml", "xml",  "html", "htm",  "css",  "scss", "less", "lock", "log",  "csv",  "pdf",
      "zip",  "gz",   "tgz",  "tar",  "xz",   "bz2",  "exe",  "dll",  "so",   "dylib", "bin",
      "sh",   "bash", "ps1",  "bat",  "cfg",  "ini",  "conf", "env",  "vue",  "map",  "php",
      "pl",   "lua",  "swift", "sql", "db",   "sqlite", "wasm", "woff", "woff2", "ttf", "otf",
      "eot",  "mp3",  "mp4",  "mov",  "avi",  "wav",  "ogg",  "webm", "doc",  "docx", "xls",
      "xlsx", "ppt",  "pptx", "jar",  "war",  "class", "pyc", "whl",  "gem",  "deb",  "rpm",
      "dmg",  "iso",  "img",  "min",  "bundle", "chunk", "d", "o",   "a",    "lib",  "obj",
      "pem",  "crt",  "key",  "pub",  "gpg",  "asc",  "sig",  "tmp",  "bak",  "swp",  "orig",
      "patch", "diff", "proto", "graphql", "gql", "tf", "hcl", "nix", "go", "mod", "sum"};
  for (std::string_view e : kExtensions) {
    if (tld.size() == e.size()) {
      bool eq = true;
      for (std::size_t i = 0; i < e.size() && eq; ++i) eq = Lower(tld[i]) == e[i];
      if (eq) return true;
    }
  }
  return false;
}

// The end of a run of DNS labels at `pos` ("mail.example.co.uk"), its label count and where
// the last label starts. Returns pos when there is no label.
std::size_t DomainEnd(std::string_view text, std::size_t pos, int& labels,
                      std::size_t& last_label) {
  labels = 0;
  std::size_t i = pos;
  std::size_t end = pos;
  while (i < text.size()) {
    const std::size_t b = i;
    while (i < text.size() && (IsAlnum(text[i]) || text[i] == '-') && i - b < 63) ++i;
    if (i == b || text[b] == '-' || text[i - 1] == '-') break;
    ++labels;
    last_label = b;
    end = i;
    if (i + 1 < text.size() && text[i] == '.' && IsAlnum(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return end;
}

// The end of a URL body starting at `pos`: up to whitespace, quotes or angle brackets, without
// trailing punctuation.
std::size_t UrlBodyEnd(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  bool authority = true;  // no host holds ',' or ';': a CSV row's next cell ("https://a.example,x")
  while (i < text.size()) {
    const unsigned char c = text[i];
    if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '|' ||
        c == '\\' || c == '{' || c == '}' || c == '^' || c == 0x7f ||
        (authority && (c == ',' || c == ';'))) {
      break;
    }
    if (c == '/' || c == '?' || c == '#') authority = false;
    ++i;
  }
  while (i > pos) {
    const char c = text[i - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
        c == ']' || c == '*') {
      --i;
    } else {
      break;
    }
  }
  return i;
}

// A machine-made local part: a UUID or a run of 16+ hex digits holding a digit (message ids,
// Sentry DSN keys, hashes). No mailbox is named like that.
bool MachineLocalPart(std::string_view local) {
  std::size_t hex = 0, digits = 0, dashes = 0;
  for (char c : local) {
    if (IsDigit(c)) ++digits;
    if (IsHex(c)) {
      ++hex;
    } else if (c == '-') {
      ++dashes;
    } else {
      return false;
    }
  }
  return digits > 0 && hex >= 16 && (dashes == 0 || (dashes == 4 && local.size() == 36));
}

// True when the line holding `pos` is a Message-ID, In-Reply-To or References header (its ids
// look like addresses but name no one).
bool InMessageIdHeader(std::string_view text, std::size_t pos) {
  // Message ids stand in angle brackets ("<id@host>"): only such tokens pay for the line scan.
  std::size_t t = pos;
  while (t > 0 && pos - t < 128 && text[t - 1] != '<' && text[t - 1] > ' ') --t;
  if (t == 0 || text[t - 1] != '<') return false;
  std::size_t line = pos;
  while (line > 0 && pos - line < 1024 && text[line - 1] != '\n') --line;
  while (line < pos && (text[line] == ' ' || text[line] == '\t' || text[line] == '"')) ++line;
  for (std::string_view h : {std::string_view("message-id"), std::string_view("in-reply-to"),
                             std::string_view("references"), std::string_view("messageid"),
                             std::string_view("message_id")}) {
    if (EqualsLower(text, line, h)) return true;
  }
  return false;
}

// True when the address at `b` is the destination of a remote-shell command: the command
// right before it, past its options ("ssh ops@build-36.corp.example", "[21:33] yui: ssh -p 2222
// deploy@10.0.0.4", "scp f.tgz deploy@host:", "sshpass -p x ssh u@h"): a login on a machine,
// not a mailbox.
bool SshDestination(std::string_view text, std::size_t b) {
  static constexpr std::string_view kCommands[] = {"ssh", "scp", "sftp", "mosh", "rsync",
                                                   "ssh-copy-id", "autossh"};
  std::size_t i = b;
  for (int words = 0; words < 8; ++words) {
    if (i == 0 || (text[i - 1] != ' ' && text[i - 1] != '\t')) return false;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    const std::size_t e = i;
    while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\t' && text[i - 1] != '\n' &&
           e - i < 128) {
      --i;
    }
    std::string_view word = text.substr(i, e - i);
    if (word.empty()) return false;
    std::string_view base = word;
    if (const std::size_t slash = base.rfind('/'); slash != std::string_view::npos) {
      base.remove_prefix(slash + 1);  // /usr/bin/ssh
    }
    for (std::string_view c : kCommands) {
      if (base == c) return true;
    }
    // An option or its argument (a number, a path, a file, "StrictHostKeyChecking=no"): go on
    // back; any other word ends it.
    const bool option = word[0] == '-';
    const bool argument = word.find_first_of("/.~=:0123456789") != std::string_view::npos;
    if (!option && !argument) return false;
  }
  return false;
}

}  // namespace

void Offer(const ScanConfig& config, const Candidate& c, Candidate& best) {
  if (c.end <= c.begin || (config.enabled & Bit(c.entity)) == 0 || c.score < config.threshold) {
    return;
  }
  const std::size_t len = c.end - c.begin;
  const std::size_t best_len = best.end - best.begin;
  if (len > best_len || (len == best_len && c.score > best.score)) best = c;
}

std::size_t RecognizeEmail(const ScanConfig& cfg, std::string_view text, std::size_t pos,
                           std::size_t floor, Candidate& best) {
  // Local part: back from '@' over RFC 5322 atext we accept, at most 64 bytes.
  std::size_t b = pos;
  while (b > floor && pos - b < 64 && IsLocalChar(text[b - 1])) --b;
  while (b < pos && !IsAlnum(text[b]) && text[b] != '_') ++b;  // no leading '.', '-', '+'
  if (b == pos || text[pos - 1] == '.') return pos + 1;
  // "scheme://user:password@host": URL credentials, not a mailbox.
  if (b >= 3 && text[b - 1] == ':') {
    for (std::size_t k = b - 1; k >= 3 && b - k < 64 && text[k] != ' '; --k) {
      if (text[k - 1] == '/' && text[k - 2] == '/' && text[k - 3] == ':') return pos + 1;
    }
  }
  // "https://<key>@o123.ingest.sentry.io/42": a URL's user info, not a mailbox.
  if (b >= 3 && text[b - 1] == '/' && text[b - 2] == '/' && text[b - 3] == ':') return pos + 1;
  // "redis://app:Pa&ss~7@host:6379": a password holds bytes no local part starts after; the
  // token opens with a scheme and no '/' follows it before the '@'.
  for (std::size_t k = b; k >= 3 && pos - k < 256;) {
    --k;
    const char c = text[k];
    if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '(' ||
        c == ',' || c == ';' || c == '|' || c == '/') {
      if (c == '/' && k >= 2 && text[k - 1] == '/' && text[k - 2] == ':') return pos + 1;
      break;
    }
  }
  for (std::size_t i = b; i + 1 < pos; ++i) {
    if (text[i] == '.' && text[i + 1] == '.') return pos + 1;
  }
  if (MachineLocalPart(text.substr(b, pos - b))) return pos + 1;
  int labels = 0;
  std::size_t last = pos + 1;
  const std::size_t end = DomainEnd(text, pos + 1, labels, last);
  if (labels < 2) return pos + 1;  // user@localhost, @Override, @app.route is no local part
  const std::string_view tld = text.substr(last, end - last);
  bool alpha = tld.size() >= 2 && tld.size() <= 24;
  for (char c : tld) alpha = alpha && IsAlpha(c);
  if (tld.size() > 4 && EqualsLower(tld, 0, "xn--")) alpha = true;
  // Not an email: resume right after '@' so that what follows ("admin@10.0.4.17") is scanned.
  if (!alpha || IsFileExtension(tld)) return pos + 1;
  if (end < text.size()) {
    const char next = text[end];
    if (next == '(') return pos + 1;  // foo@bar.baz(): code
    if (next == '@' || next == '_' || (next == '-' && end + 1 < text.size() && IsAlnum(text[end + 1]))) {
      return pos + 1;
    }
    // git@github.com:org/repo.git is an SSH remote, not a mailbox.
    if (next == ':' && pos - b == 3 && EqualsLower(text, b, "git")) return end;
  }
  // "<CAF=x1y2@mail.gmail.com>" after "Message-ID:": an id, not a mailbox.
  if (InMessageIdHeader(text, b)) return end;
  if (SshDestination(text, b)) return end;
  Offer(cfg, Candidate{b, end, Entity::kEmailAddress, 0.95f}, best);
  return end;
}

std::size_t RecognizeColon(const ScanConfig& cfg, std::string_view text, std::size_t pos,
                           std::size_t floor, Candidate& best) {
  const std::size_t size = text.size();
  if (pos + 2 < size && text[pos + 1] == '/' && text[pos + 2] == '/') {
    std::size_t b = pos;
    while (b > floor && pos - b < 10 && IsAlpha(text[b - 1])) --b;
    const std::string_view scheme = text.substr(b, pos - b);
    static constexpr std::string_view kSchemes[] = {"http", "https", "ftp", "ftps", "sftp",
                                                    "ws", "wss"};
    bool known = false;
    for (std::string_view s : kSchemes) {
      known = known || (scheme.size() == s.size() && EqualsLower(text, b, s));
    }
    if (!known || (b > 0 && (IsAlnum(text[b - 1]) || text[b - 1] == '_'))) return pos + 3;
    const std::size_t end = UrlBodyEnd(text, pos + 3);
    if (end == pos + 3 || (cfg.enabled & Bit(Entity::kUrl)) == 0) return pos + 3;
    Offer(cfg, Candidate{b, end, Entity::kUrl, 0.6f}, best);
    return end;
  }
  // IPv6: hex digits and colons (a dotted IPv4 tail allowed) around this colon.
  std::size_t b = pos;
  while (b > floor && pos - b < 40 && (IsHex(text[b - 1]) || text[b - 1] == ':')) --b;
  std::size_t e = pos;
  while (e < size && e - b < 45 && (IsHex(text[e]) || text[e] == ':' || text[e] == '.')) ++e;
  while (e > pos && (text[e - 1] == '.' || (text[e - 1] == ':' && !(e >= 2 && text[e - 2] == ':')))) {
    --e;
  }
  if (b > 0 && (IsAlnum(text[b - 1]) || text[b - 1] == '_' || text[b - 1] == '.' ||
                text[b - 1] == ':')) {
    return pos + 1;
  }
  if (e < size && (IsAlnum(text[e]) || text[e] == '_')) return pos + 1;
  int colons = 0;
  int hex = 0;
  for (std::size_t i = b; i < e; ++i) {
    if (text[i] == ':') ++colons;
    if (IsHex(text[i])) ++hex;
  }
  if (colons < 2 || hex < 1 || e - b < 3) return pos + 1;
  char buf[48];
  std::memcpy(buf, text.data() + b, e - b);
  buf[e - b] = '\0';
  unsigned char addr[16];
  if (inet_pton(AF_INET6, buf, addr) != 1) return pos + 1;
  static constexpr unsigned char kLoopback[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                                  0, 0, 0, 0, 0, 0, 0, 1};
  static constexpr unsigned char kZero[16] = {};
  const bool local = std::memcmp(addr, kLoopback, 16) == 0 || std::memcmp(addr, kZero, 16) == 0;
  // Without a 4-hex-digit group, short forms ("a:b::c") read like code or times more than
  // addresses.
  std::size_t run = 0, longest = 0;
  for (std::size_t i = b; i < e; ++i) {
    run = IsHex(text[i]) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (const std::size_t net = NetworkPrefixEnd(text, e, 128); net != 0) return net;
  const float score = local ? 0.3f : (longest >= 3 || colons >= 4) ? 0.9f : 0.4f;
  Offer(cfg, Candidate{b, e, Entity::kIpAddress, score}, best);
  return e;
}

std::size_t RecognizeWww(const ScanConfig& cfg, std::string_view text, std::size_t pos,
                         std::size_t floor, Candidate& best) {
  if (pos < floor + 3 || !EqualsLower(text, pos - 3, "www")) return pos + 1;
  const std::size_t b = pos - 3;
  if (b > 0 && (IsAlnum(text[b - 1]) || text[b - 1] == '/' || text[b - 1] == '.' ||
                text[b - 1] == '@')) {
    return pos + 1;
  }
  int labels = 0;
  std::size_t last = pos + 1;
  const std::size_t host_end = DomainEnd(text, pos + 1, labels, last);
  if (labels < 2) return pos + 1;
  const std::size_t end = std::max(host_end, UrlBodyEnd(text, host_end));
  Offer(cfg, Candidate{b, end, Entity::kUrl, 0.55f}, best);
  return end;
}

std::size_t RecognizeAlnumToken(const ScanConfig& cfg, std::string_view text, std::size_t pos,
                                std::size_t floor, Candidate& best) {
  const std::size_t size = text.size();
  std::size_t te = pos;
  while (te < size && IsAlnum(text[te])) ++te;
  const std::size_t len = te - pos;
  const std::string_view token = text.substr(pos, len);
  if (te < size && (text[te] == '_' || text[te] == '@')) return te;  // identifier, email
  if (pos > 0 && (text[pos - 1] == '_' || text[pos - 1] == '-')) return te;  // part of a name

  // Washington driver licences: "WDL" + 9 letters and digits (since 2018), or the older 12
  // characters of surname (padded with '*'), initials, 3 digits and 2 check characters
  // ("DOE**MJ501P7", "SMITHJA123B4").
  if (cfg.enabled & Bit(Entity::kUsDriverLicense)) {
    static constexpr std::string_view kWaWords[] = {"driver", "drivers", "driving", "license",
                                                    "licence", "dl", "dln", "lic", "dmv",
                                                    "permit", "wa", "washington"};
    bool upper = len == 12;
    for (std::size_t k = 0; k < len && upper; ++k) upper = IsUpperAscii(token[k]) || IsDigit(token[k]);
    if (upper && token.substr(0, 3) == "WDL") {
      bool digit = false;
      for (std::size_t k = 3; k < len; ++k) digit = digit || IsDigit(token[k]);
      if (digit) {
        Offer(cfg,
              Candidate{pos, te, Entity::kUsDriverLicense,
                        WithContext(0.55f, HasContextWord(text, pos, te, kWaWords))},
              best);
        return te;
      }
    }
    // Old format: the surname part may hold '*', which ends the scanner's token: look back.
    std::size_t s0 = pos;
    while (s0 > floor && pos - s0 < 7 && (IsUpperAscii(text[s0 - 1]) || text[s0 - 1] == '*')) --s0;
    if (te - s0 == 12 && IsUpperAscii(text[s0]) && (s0 == 0 || !IsAlnum(text[s0 - 1]))) {
      bool shape = true;
      for (std::size_t k = 0; k < 7 && shape; ++k) shape = IsUpperAscii(text[s0 + k]) || text[s0 + k] == '*';
      for (std::size_t k = 7; k < 10 && shape; ++k) shape = IsDigit(text[s0 + k]);
      for (std::size_t k = 10; k < 12 && shape; ++k) shape = IsUpperAscii(text[s0 + k]) || IsDigit(text[s0 + k]);
      if (shape && HasContextWord(text, s0, te, kWaWords)) {
        Offer(cfg, Candidate{s0, te, Entity::kUsDriverLicense, WithContext(0.3f, true)}, best);
        return te;
      }
    }
  }
  // IBAN: country letters, check digits, then the BBAN ungrouped or in groups of 4.
  if (len >= 4 && IsUpperAscii(token[0]) && IsUpperAscii(token[1]) && IsDigit(token[2]) &&
      IsDigit(token[3])) {
    const int want = IbanLength(token.substr(0, 2));
    if (want > 0) {
      char compact[40];
      std::size_t n = 0;
      std::size_t end = pos;
      std::size_t i = pos;
      bool grouped = len == 4;
      while (n < static_cast<std::size_t>(want) && i < size) {
        std::size_t g = i;
        while (g < size && IsAlnum(text[g]) && n < sizeof(compact)) compact[n++] = text[g++];
        end = g;
        if (!grouped || n >= static_cast<std::size_t>(want)) break;
        if (g + 1 < size && text[g] == ' ' && IsAlnum(text[g + 1])) {
          i = g + 1;
        } else {
          break;
        }
      }
      if (n == static_cast<std::size_t>(want) && (end >= size || !IsAlnum(text[end]))) {
        bool upper = true;
        for (std::size_t k = 0; k < n; ++k) upper = upper && !(compact[k] >= 'a' && compact[k] <= 'z');
        if (upper && IbanValid(std::string_view(compact, n))) {
          Offer(cfg, Candidate{pos, end, Entity::kIbanCode, 0.95f}, best);
          return end;
        }
      }
    }
  }
  // bech32 / bech32m segwit address.
  if (len >= 14 && (EqualsLower(text, pos, "bc1") || EqualsLower(text, pos, "tb1")) &&
      SegwitAddressValid(token)) {
    Offer(cfg, Candidate{pos, te, Entity::kCrypto, 1.0f}, best);
    return te;
  }
  // Letters then digits.
  std::size_t letters = 0;
  while (letters < len && IsAlpha(token[letters])) ++letters;
  std::size_t digits = letters;
  while (digits < len && IsDigit(token[digits])) ++digits;
  if (digits != len) return te;
  const std::size_t ndigits = len - letters;
  static constexpr std::string_view kDriverWords[] = {
      "driver", "drivers", "driving", "license", "licence", "dl", "dln", "lic", "dmv", "permit",
      "cdl", "conducir", "conductor", "conduire", "habilitacao", "cnh", "patente", "rijbewijs"};
  // A letter and digit groups joined by one separator, under a licence's name: Florida's
  // "F188-170-99-317-0", Wisconsin's "W123-4567-8901-23". (Michigan's "L 957 925 435 606"
  // starts with a lone letter, no token this recognizer sees: its digits are found as a number.)
  if (letters == 1 && ndigits <= 4 && IsUpperAscii(token[0]) &&
      (cfg.enabled & Bit(Entity::kUsDriverLicense))) {
    std::size_t end = te;
    std::size_t total = ndigits;
    int groups = ndigits > 0 ? 1 : 0;
    char sep = 0;
    while (end + 1 < size && (text[end] == '-' || text[end] == ' ') && IsDigit(text[end + 1])) {
      if (sep == 0) sep = text[end];
      if (text[end] != sep) break;
      std::size_t g = end + 1;
      while (g < size && IsDigit(text[g])) ++g;
      if (g - end - 1 > 4) break;
      total += g - end - 1;
      ++groups;
      end = g;
    }
    if (groups >= 3 && total >= 8 && total <= 14 && (end >= size || !IsAlnum(text[end])) &&
        HasContextWord(text, pos, end, kDriverWords)) {
      Offer(cfg, Candidate{pos, end, Entity::kUsDriverLicense, WithContext(0.3f, true)}, best);
      return end;
    }
  }
  if (letters == 2 && ndigits == 7 && IsUpperAscii(token[0]) && DeaValid(token)) {
    static constexpr std::string_view kDeaWords[] = {"dea", "license", "licence", "prescriber",
                                           "registration", "physician", "doctor", "md", "rx",
                                           "prescription", "narcotic", "controlled", "medical",
                                           "practitioner", "provider", "npi"};
    Offer(cfg,
          Candidate{pos, te, Entity::kMedicalLicense,
                    WithContext(0.6f, HasContextWord(text, pos, te, kDeaWords))},
          best);
  }
  constexpr WordList kPassportWords = kPassportContextWords;
  if (letters == 1 && ndigits == 8 && IsUpperAscii(token[0]) &&
      (cfg.enabled & Bit(Entity::kUsPassport)) &&
      (HasContextWord(text, pos, te, kPassportWords) || TravelDocumentBefore(text, pos))) {
    Offer(cfg, Candidate{pos, te, Entity::kUsPassport, WithContext(0.3f, true)}, best);
  }
  if (letters >= 1 && letters <= 2 && ndigits >= 4 && ndigits <= 14 &&
      (cfg.enabled & Bit(Entity::kUsDriverLicense)) &&
      HasContextWord(text, pos, te, kDriverWords)) {
    Offer(cfg, Candidate{pos, te, Entity::kUsDriverLicense, WithContext(0.3f, true)}, best);
  }
  return te;
}

}  // namespace mcpgw::guards::pii
