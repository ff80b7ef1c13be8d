#include "guards/secrets/secret_engine.h"

#include "core/ascii_lower.h"

#include <hs/hs.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <optional>

#include "core/ascii_lower.h"
#include "guards/secrets/escaped_view.h"
#include "guards/secrets/k8s_secret.h"
#include "guards/secrets/column_table.h"
#include "guards/secrets/csv_table.h"
#include "guards/secrets/markdown_table.h"
#include "guards/secrets/sql_insert.h"
#include "guards/secrets/pem_block.h"
#include "guards/secrets/secret_detector.h"
#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets {

struct SecretEngine::CompiledRule {
  std::string type;    // "secrets.<id>"
  std::string entity;
  std::unique_ptr<re2::RE2> regex;
  int groups = 0;
  int secret_group = 0;
  int check_group = 0;
  std::string line_requires;  // lower case
  double entropy = 0;
  Check check = Check::kNone;
  float score = 1.0f;
  std::size_t window_before = 256;
  std::size_t window_after = 1024;
  Gate gate = Gate::kNone;
  bool anchored_at_key = false;
  bool starts_at_keyword = false;
  // kAssignment-gated generic rules: the shortest value their check accepts (0: not checked).
  std::size_t min_value = 0;
  struct Allowlist {
    bool require_all = false;
    AllowlistSpec::Target target = AllowlistSpec::Target::kSecret;
    std::vector<std::unique_ptr<re2::RE2>> regexes;
    std::vector<std::string> stopwords;  // lower case
    bool unmatchable = false;
  };
  std::vector<Allowlist> allowlists;
};

struct SecretEngine::Candidate {
  std::size_t begin;
  std::size_t end;
  std::uint32_t rule;
  float score;
};

namespace {

// A match touching the far edge of its window is re-run over up to kMaxMatch bytes, so long
// tokens are never cut.
constexpr std::size_t kMaxMatch = 256 * 1024;
// Beyond this many keyword hits in one text, every rule runs over the whole text instead.
constexpr std::size_t kMaxHits = 1 << 18;

std::atomic<std::uint64_t> next_serial{1};

struct Hit {
  unsigned id;
  unsigned long long to;
};

struct Window {
  std::uint32_t rule;
  std::size_t begin;
  std::size_t end;
  bool anchored;  // one match starting exactly at `begin` (generic rules: the key's start)
};

struct HitSink {
  std::vector<Hit>* hits;
  bool overflow = false;
};

// Per-thread state: one Vectorscan scratch grown for every engine this thread scanned with,
// and buffers reused from scan to scan.
struct ThreadState {
  hs_scratch_t* scratch = nullptr;
  std::vector<std::uint64_t> prepared;  // engine serials the scratch is sized for
  std::vector<Hit> hits;
  std::vector<Window> windows;
  std::vector<SecretEngine::Candidate> candidates;
  std::vector<re2::StringPiece> groups;
  std::string decoded;
  std::vector<std::uint32_t> source;
  SqlTableCache sql_tables;  // reset at each scan
  // The header lines the column-table rules read in the text being collected (kColumnTable): a
  // line with several keywords, or a table's rows that hold them, is read once per rule.
  const char* table_text = nullptr;
  std::vector<std::pair<std::size_t, std::uint32_t>> table_lines;  // line start, rule
  ~ThreadState() {
    if (scratch != nullptr) hs_free_scratch(scratch);
  }
};

ThreadState& State() {
  thread_local ThreadState state;
  return state;
}

int OnHit(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/,
          void* context) {
  auto* sink = static_cast<HitSink*>(context);
  if (sink->hits->size() >= kMaxHits) {
    sink->overflow = true;
    return 1;  // stop: every rule will run over the whole text
  }
  sink->hits->push_back({id, to});
  return 0;
}

std::string EscapeLiteral(std::string_view literal) {
  std::string out;
  for (unsigned char c : literal) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += std::isalnum(c) ? std::string(1, static_cast<char>(c)) : std::string(buf);
  }
  return out;
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool ContainsLower(std::string_view hay, std::string_view lower_needle) {
  if (lower_needle.empty()) return true;
  for (std::size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
    std::size_t j = 0;
    while (j < lower_needle.size() &&
           AsciiLower(hay[i + j]) == lower_needle[j]) {
      ++j;
    }
    if (j == lower_needle.size()) return true;
  }
  return false;
}

std::string RuleName(const RuleSpec& spec) {
  return "rule \"" + spec.id + "\" (" + spec.origin + ")";
}

Result<std::unique_ptr<re2::RE2>> CompileRegex(const std::string& pattern, bool latin1,
                                               const std::string& what) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  if (latin1) options.set_encoding(re2::RE2::Options::EncodingLatin1);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) return MakeError(what + ": invalid regex: " + re->error());
  return re;
}

// A password inside a URL or connection string: not a reference, placeholder or default word.
bool PlausibleUrlPassword(std::string_view v) {
  if (v.size() < 3 || v.size() > 256 || IsReference(v) || IsPlaceholder(v)) return false;
  static constexpr std::string_view kWords[] = {"password", "pass", "pwd", "passwd", "secret",
                                                "user", "username", "pw", "xxx", "***"};
  for (std::string_view w : kWords) {
    if (v.size() == w.size() && core::AsciiLower(v) == w) return false;
  }
  return true;
}

// ASCII only and inline: these run at every keyword hit (std::isalnum is a call into libc).
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsNameChar(char c) { return IsAsciiAlnum(c) || c == '_' || c == '.' || c == '-'; }

// An environment variable's name as dotenv files write it: capitals, digits and '_', with a
// letter first.
bool IsEnvName(std::string_view name) {
  if (name.empty() || name[0] < 'A' || name[0] > 'Z') return false;
  for (char c : name) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// A YAML or properties line holds a literal, as a dotenv line does: the name opens the line
// (after indentation or a list dash), then ": " (YAML) or "=" with no spaces and a dotted name
// (`spring.datasource.password=X`), and the value runs to the end of the line. Code puts a
// comma, a semicolon or a bracket after an identifier; YAML and properties put nothing.
bool ConfigLineLiteral(std::string_view text, std::string_view key, std::string_view value) {
  if (key.empty() || value.empty() || key.data() < text.data() ||
      value.data() + value.size() > text.data() + text.size()) {
    return false;
  }
  std::size_t key_at = static_cast<std::size_t>(key.data() - text.data());
  const std::size_t key_end = key_at + key.size();
  const std::size_t value_at = static_cast<std::size_t>(value.data() - text.data());
  if (value_at < key_end) return false;
  // The whole name (`spring.datasource.password` when the rule captured `password`).
  while (key_at > 0 && IsNameChar(text[key_at - 1])) --key_at;
  key = text.substr(key_at, key_end - key_at);
  std::size_t line = text.rfind('\n', key_at == 0 ? 0 : key_at - 1);
  line = (line == std::string_view::npos || key_at == 0) ? 0 : line + 1;
  if (key_at < line) return false;
  for (std::size_t i = line; i < key_at; ++i) {
    if (text[i] != ' ' && text[i] != '\t' && !(text[i] == '-' && i + 1 < key_at)) return false;
  }
  const std::string_view between = text.substr(key_end, value_at - key_end);
  const bool yaml = between.size() >= 2 && between[0] == ':' &&
                    between.find_first_not_of(" \t", 1) == std::string_view::npos;
  const bool properties = between == "=" && key.find('.') != std::string_view::npos &&
                          !key.starts_with("self.") && !key.starts_with("this.");
  if (!yaml && !properties) return false;
  std::size_t i = value_at + value.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
  return i == text.size() || text[i] == '\n';
}

// Gate::kAssignment for a keyword at [from, to): the index of the assignment operator's first
// character after the key name holding the keyword, or npos (no operator, or a metadata name).
std::size_t AssignmentAt(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t name_begin = from;
  while (name_begin > 0 && from - name_begin < 64 && IsNameChar(text[name_begin - 1])) --name_begin;
  const std::size_t end = std::min(text.size(), to + 64);
  std::size_t i = to;
  while (i < end && IsNameChar(text[i])) ++i;
  const std::string_view name = text.substr(name_begin, i - name_begin);
  // A parenthesis after the name says what the credential is for ("API key (service
  // account): ..."): skipped when short and on one line.
  {
    std::size_t j = i;
    while (j < end && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j > i && j < end && text[j] == '(') {  // "key (note)", not a call "key()"
      const std::size_t close = text.substr(0, std::min(text.size(), j + 41)).find(')', j);
      if (close != std::string_view::npos && close > j + 1 &&
          text.substr(j + 1, close - j - 1).find_first_of("\r\n(") == std::string_view::npos) {
        i = close + 1;
      }
    }
  }
  // Quotes, brackets and line breaks (at most 12), then blanks that align a column of names
  // (at most 40, as the generic rules' separator takes: "+ password             = ...").
  std::size_t skipped = 0;
  std::size_t blanks = 0;
  const std::size_t op_end = std::min(text.size(), i + 64);
  while (i < op_end) {
    const char c = text[i];
    if ((c == ' ' || c == '\t') && blanks < 40) {
      ++i;
      ++blanks;
    } else if ((c == '"' || c == '\'' || c == '`' || c == '[' || c == ']' || c == '\\' || c == '\r' ||
                c == '\n') && skipped < 12) {
      ++i;
      ++skipped;
    } else {
      break;
    }
  }
  if (i >= op_end) return std::string_view::npos;
  switch (text[i]) {
    case '=': case ':': case '>': case '|': case '?': case ',': case '<':
      return IsMetadataKey(name) ? std::string_view::npos : i;
    default:
      return std::string_view::npos;
  }
}

bool AssignmentFollows(std::string_view text, std::size_t from, std::size_t to) {
  return AssignmentAt(text, from, to) != std::string_view::npos;
}

bool IsTypeChar(char c) {
  return IsAsciiAlnum(c) || c == '_' || c == '<' || c == '>' || c == '[' || c == ']' || c == ':';
}

bool ExtendedAssignmentFollows(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t op = AssignmentAt(text, from, to);
  if (op == std::string_view::npos) return false;
  std::size_t name_end = to;
  while (name_end < op && IsNameChar(text[name_end])) ++name_end;
  if (text.substr(name_end, op - name_end).find('(') != std::string_view::npos) return true;
  std::size_t j = op + 1;
  if (text[op] == ':') {
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j < text.size() && (text[j] == '>' || text[j] == '|')) return true;  // block scalar
    if (j < text.size() && text[j] == '&') ++j;
    const std::size_t type = j;
    while (j < text.size() && j - type < 40 && IsTypeChar(text[j])) ++j;
    if (j > type && j < text.size() && text[j] == '?') ++j;
    const std::size_t spaces = j;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j > type && j > spaces && j < text.size() && text[j] == '=') return true;
    j = op + 1;
  }
  while (j < text.size() && j - op < 4 && (text[j] == '=' || text[j] == '>' || text[j] == ':')) ++j;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  auto quote = [&](std::size_t k) { return k < text.size() && (text[k] == '"' || text[k] == '\''); };
  auto prefix = [&](std::size_t k) {
    return k < text.size() && std::string_view("rRbBuU").find(text[k]) != std::string_view::npos;
  };
  if (j + 1 < text.size() && text[j] == '@' && text[j + 1] == '"') return true;
  if (j + 2 < text.size() && ((text[j] == '*' && text[j + 1] == '*') ||
                              (text[j] == '"' && text[j + 1] == '"' && text[j + 2] == '"'))) {
    return true;  // **bold** (Markdown), """triple-quoted"""
  }
  if (prefix(j) && (quote(j + 1) || (prefix(j + 1) && quote(j + 2)))) return true;
  return false;
}

std::size_t ValueLengthBoundFrom(std::string_view text, std::size_t op);

// An upper bound on the length of the value a generic rule's regex can capture after the
// assignment operator at `op`: the rest of the operator, spaces, an optional backslash and
// quote, then characters up to whitespace, a backslash or the opening quote (a value with a space
// or a tab in it is rejected by the plausibility tests whatever its length). Operator characters
// are counted too, so a value that starts with one is never undercounted. A YAML block scalar
// ("secret: >-" then the value on the next line) is not bounded; after a type annotation
// ("TOKEN: &str = ...", "apiKey: string = ...") the value after the '=' is measured.
std::size_t ValueLengthBound(std::string_view text, std::size_t op) {
  const std::size_t first = ValueLengthBoundFrom(text, op);
  if (op >= text.size() || text[op] != ':') return first;
  std::size_t i = op + 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < text.size() && (text[i] == '>' || text[i] == '|')) return text.size();
  const std::size_t limit = std::min(text.size(), i + 40);
  while (i < limit && text[i] != '=' && text[i] != '\n' && text[i] != '"' && text[i] != '\'') ++i;
  if (i >= limit || text[i] != '=' || text[i - 1] != ' ') return first;
  return std::max(first, ValueLengthBoundFrom(text, i));
}

std::size_t ValueLengthBoundFrom(std::string_view text, std::size_t op) {
  std::size_t i = op + 1;
  std::size_t count = 0;
  while (i < text.size() && count < 3 && std::string_view("=:>|?<-").find(text[i]) !=
                                             std::string_view::npos) {
    ++i;
    ++count;
  }
  // Any whitespace, line breaks included (the regexes allow \s after the operator).
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size() && text[i] == '\\') ++i;
  bool quoted = false;
  char quote = 0;
  if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == '`')) {
    quoted = true;
    quote = text[i++];
  }
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\' || (quoted && c == quote)) break;
    ++i;
    ++count;
  }
  return count;
}

// The value after the assignment operator at `op` is a reference (process.env.X, os.environ[..],
// ${VAR}, $VAR): no need to run the regex to reject it.
bool ReferenceFollows(std::string_view text, std::size_t op) {
  std::size_t i = op + 1;
  while (i < text.size() && i - op < 4 && std::string_view("=:>|?<-").find(text[i]) != std::string_view::npos) ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == '`')) ++i;
  std::size_t e = i;
  while (e < text.size() && e - i < 64 && text[e] != ' ' && text[e] != '\t' && text[e] != '\r' &&
         text[e] != '\n' && text[e] != '"' && text[e] != '\'' && text[e] != ';' && text[e] != ',') {
    ++e;
  }
  return e > i && IsReference(text.substr(i, e - i));
}

// Gate::kForeignCopulaFollows: one pass over the words of the next 48 bytes.
bool ForeignCopulaFollows(std::string_view text, std::size_t to) {
  static constexpr std::string_view kCopulas[] = {
      "es", "est", "c'est", "c\xe2\x80\x99" "est", "\xc3\xa9", "\xc3\xa8", "ist", "\xc3\xa4r", "jest",
      "l\xc3\xa0", "adalah", "ialah"};
  const std::size_t end = std::min(text.size(), to + 48);
  std::size_t i = to;
  while (i < end) {
    while (i < end && text[i] != ' ') ++i;
    const std::size_t b = ++i;
    while (i < end && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    if (i >= end || text[i] != ' ' || i - b > 8 || i == b) continue;
    const char first = text[b];  // every copula opens with one of these
    if (first != 'e' && first != 'c' && first != 'i' && first != 'j' && first != 'l' &&
        first != 'a' && first != '\xc3') {
      continue;
    }
    const std::string_view word = text.substr(b, i - b);
    for (std::string_view c : kCopulas) {
      if (word == c) return true;
    }
  }
  return false;
}

bool SpaceThenValue(std::string_view text, std::size_t to) {
  std::size_t i = to;
  while (i < text.size() && i - to < 8 && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == to || i >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[i]);
  return std::isalnum(c) || c == '+' || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
}

// A '/' after the userinfo's colon is part of a password ("redis://:Gin2+p/i0w5=@host") unless
// what precedes it is all digits (a port: "http://host:8080/path/@scope").
bool UserinfoFollows(std::string_view text, std::size_t to) {
  bool colon = false;
  bool digits_only = true;
  const std::size_t end = std::min(text.size(), to + 512);
  for (std::size_t i = to; i < end; ++i) {
    if (colon && text[i] == '/' && !digits_only) continue;
    if (colon && text[i] != '/' && (text[i] < '0' || text[i] > '9')) digits_only = false;
    switch (text[i]) {
      case ':': colon = true; digits_only = true; break;
      case '@': return colon;
      case '/': case ' ': case '\t': case '\r': case '\n': case '"': case '\'': case '<':
      case '>': case '\\':
        return false;
      default: break;
    }
  }
  return false;
}

bool IsWordChar(char c) { return IsAsciiAlnum(c) || c == '_'; }

bool IsXmlNameChar(char c) { return IsNameChar(c) || c == ':'; }

bool InXmlTagName(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t b = from;
  while (b > 0 && from - b < 64 && IsXmlNameChar(text[b - 1])) --b;
  if (b == 0 || text[b - 1] != '<') return false;
  std::size_t e = to;
  while (e < text.size() && e - to < 64 && IsXmlNameChar(text[e])) ++e;
  if (e < text.size() && text[e] == '>') return true;
  // Attributes before the '>' (<wsse:Password Type="PasswordText">): a blank, then '>' within
  // the tag's line.
  if (e >= text.size() || (text[e] != ' ' && text[e] != '\t')) return false;
  const std::size_t end = std::min(text.size(), e + 160);
  for (std::size_t i = e; i < end; ++i) {
    if (text[i] == '>') return text[i - 1] != '/';
    if (text[i] == '<' || text[i] == '\n') return false;
  }
  return false;
}

// "pass", "pwd", "psk", "secret", "token", "key", "cred" in any case, or a short name standing
// alone between non-letters ("LDAP_BIND_PW", "ADO_PAT", "SENTRY_DSN", "SIG", "AUTH")
// (Gate::kCredentialBefore).
bool ContainsCredentialWord(std::string_view s) {
  struct Word {
    std::string_view text;
    bool alone;
  };
  static constexpr Word kWords[] = {{"pass", false}, {"pwd", false},  {"psk", false},
                                    {"secret", false}, {"token", false}, {"key", false},
                                    {"cred", false}, {"pw", true},     {"pat", true},
                                    {"dsn", true},   {"sig", true},    {"auth", true}};
  const auto letter = [&](std::size_t at) {
    return at < s.size() && std::isalpha(static_cast<unsigned char>(s[at]));
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = static_cast<char>(s[i] | 0x20);
    if (c != 'p' && c != 's' && c != 't' && c != 'k' && c != 'c' && c != 'd' && c != 'a') {
      continue;
    }
    for (const Word& w : kWords) {
      if (w.text[0] != c || i + w.text.size() > s.size()) continue;
      std::size_t j = 1;
      while (j < w.text.size() && static_cast<char>(s[i + j] | 0x20) == w.text[j]) ++j;
      if (j != w.text.size()) continue;
      if (!w.alone || (!(i > 0 && letter(i - 1)) && !letter(i + j))) return true;
    }
  }
  return false;
}

bool SeparatorFollows(std::string_view text, std::size_t to) {
  std::size_t i = to;
  if (i < text.size() && (text[i] == '"' || text[i] == '\'')) ++i;
  while (i < text.size() && i - to < 16 && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  return i < text.size() && (text[i] == ':' || text[i] == '=');
}

bool GatePasses(Gate gate, std::string_view text, std::size_t from, std::size_t to) {
  switch (gate) {
    case Gate::kNone: return true;
    case Gate::kHeaderCell: return MayBeHeaderCell(text, from);
    case Gate::kAssignment: return AssignmentFollows(text, from, to);
    case Gate::kSpaceThenValue: return SpaceThenValue(text, to);
    case Gate::kUserinfo: return UserinfoFollows(text, to);
    case Gate::kAfterSemicolon: {
      std::size_t i = from;
      while (i > 0 && from - i < 8 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
      return i > 0 && text[i - 1] == ';';
    }
    case Gate::kQueryParameter: {
      std::size_t i = from;
      while (i > 0 && from - i < 32 && IsNameChar(text[i - 1])) --i;
      return i > 0 && (text[i - 1] == '?' || text[i - 1] == '&');
    }
    case Gate::kXmlTagName: return InXmlTagName(text, from, to);
    case Gate::kSeparatorFollows: return SeparatorFollows(text, to);
    // A keyword in a script written without spaces (CJK, Hangul) starts a word after a Latin
    // one too ("API密钥", "新的API密钥：...").
    case Gate::kWordStart:
      return from == 0 || !IsWordChar(text[from - 1]) ||
             static_cast<unsigned char>(text[from]) >= 0xE0;
    case Gate::kNameSuffix: {
      if (to < text.size() && IsNameChar(text[to])) return false;
      if (from == 0) return false;
      const bool joined = IsNameChar(text[from - 1]);
      const bool spaced = text[from - 1] == ' ' && from > 1 && IsAsciiAlnum(text[from - 2]);
      return (joined || spaced) && AssignmentFollows(text, from, to);
    }
    case Gate::kExtendedAssignment: return ExtendedAssignmentFollows(text, from, to);
    case Gate::kForeignCopulaFollows: return ForeignCopulaFollows(text, to);
    case Gate::kLongValueFollows: {
      std::size_t i = to;
      bool digit = false;
      while (i < text.size() && i - to < 24 &&
             (IsAsciiAlnum(text[i]) || text[i] == '_' || text[i] == '-')) {
        digit = digit || (text[i] >= '0' && text[i] <= '9');
        ++i;
      }
      return i - to >= 24 && digit;
    }
    case Gate::kMixedValueFollows: {
      std::size_t i = to;
      while (i < text.size() && i - to < 4 && (text[i] == ' ' || text[i] == '\t')) ++i;
      // A directive's quoted value (AuthLDAPBindPassword "X"): past one opening quote.
      if (i > to && i < text.size() && text[i] == '"') ++i;
      const std::size_t b = i;
      bool upper = false, lower = false, digit = false, other = false;
      while (i < text.size() && i - b <= 64 && text[i] != ' ' && text[i] != '\t' &&
             text[i] != '\n' && text[i] != '\r' && text[i] != '"' && text[i] != '\'' &&
             text[i] != '`') {
        const char c = text[i++];
        if (c >= 'A' && c <= 'Z') upper = true;
        else if (c >= 'a' && c <= 'z') lower = true;
        else if (c >= '0' && c <= '9') digit = true;
        else other = true;
      }
      const std::size_t length = i - b;
      return length >= 8 && length <= 64 &&
             (length >= 24 || int{upper} + int{lower} + int{digit} + int{other} >= 3);
    }
    case Gate::kFirstCallArgument: {
      std::size_t b = from;
      while (b > 0 && from - b < 64 && IsNameChar(text[b - 1])) --b;
      if (b == 0 || (text[b - 1] != '"' && text[b - 1] != '\'')) return false;
      std::size_t i = b - 1;
      while (i > 0 && b - i < 8 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
      if (i == 0 || text[i - 1] != '(') return false;
      std::size_t e = to;
      while (e < text.size() && e - to < 64 && IsNameChar(text[e])) ++e;
      if (e >= text.size() || text[e] != text[b - 1]) return false;
      ++e;
      while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
      return e < text.size() && text[e] == ',' && !IsMetadataKey(text.substr(b, e - b));
    }
    case Gate::kCredentialBefore: {
      if (!SeparatorFollows(text, to)) return false;
      const std::size_t b = from > 160 ? from - 160 : 0;
      return ContainsCredentialWord(text.substr(b, from - b));
    }
  }
  return true;
}

// How a rule list maps onto one Vectorscan database: each distinct keyword (a caseless
// literal) and trigger is one expression gating the rules that name it; each rule with neither
// is one prefilter expression (kept when Vectorscan takes it alone, else the rule runs over
// every text). Ids: keywords and triggers 0..k-1 in first-seen order, then k + the index of
// the keywordless rule among them.
struct Layout {
  guards::HsDatabaseSpec spec;
  std::vector<std::size_t> keyword_lengths;
  std::vector<std::vector<std::uint32_t>> keyword_rules;
  std::vector<bool> is_trigger;                // by id < keyword count
  std::vector<std::uint32_t> prefilter_rules;  // by id - keyword count
};

// Finder::kBase58Run: calls f(begin, end) for every maximal run of bytes that are base58 or
// base64 which is 51 or 52 base58 characters opening with 5, K, L, 9 or c, not followed by '='.
template <typename F>
void ForEachBase58Run(std::string_view text, F&& f) {
  // 0: a boundary; 1: base58; 2: base64 or base64url but not base58 (0 O I l + / _ -).
  static constexpr auto kClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (char c : std::string_view("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")) {
      t[static_cast<unsigned char>(c)] = 1;
    }
    for (char c : std::string_view("0OIl+/_-")) t[static_cast<unsigned char>(c)] = 2;
    return t;
  }();
  // A run of 51 or more contains one of every 51 consecutive positions: probe those, and look
  // around a probe only where it lands in a run. Right of the probe first, at most 52 bytes: a
  // longer run (a base64 image) is no key, and no key can start before it ends, so the next
  // probe goes 51 past the 52 (blobs cost half a test per byte, prose a word per 51 bytes).
  constexpr std::size_t kShortest = 51, kLongest = 52;
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = kShortest - 1;
  while (i < n) {
    if (kClass[p[i]] == 0) {
      i += kShortest;
      continue;
    }
    std::size_t e = i + 1;
    const std::size_t right = std::min(n, i + kLongest + 1);
    while (e < right && kClass[p[e]] != 0) ++e;
    if (e - i > kLongest) {  // [i, e) is already too long; the run ends at e or later
      i = e + kShortest - 1;
      continue;
    }
    std::size_t b = i;
    const std::size_t left = e > kLongest + 1 ? e - kLongest - 1 : 0;
    while (b > left && kClass[p[b - 1]] != 0) --b;
    const std::size_t length = e - b;
    if (length >= kShortest && length <= kLongest && (b == 0 || kClass[p[b - 1]] == 0) &&
        (e == n || p[e] != '=')) {
      const char c = static_cast<char>(p[b]);
      bool base58 = c == '5' || c == 'K' || c == 'L' || c == '9' || c == 'c';
      for (std::size_t k = b; k < e && base58; ++k) base58 = kClass[p[k]] == 1;
      if (base58) f(b, e);
    }
    i = e + kShortest;
  }
}

// Finder::kAssignedRun: calls f(line_begin, end) for every run of 24 to 256 value characters
// (letters, digits, + / - _ . ~, then '=' padding) that an assignment on its line gives a name:
// right after '=', '=>', ':' or '>' (closing an XML tag), past blanks and one quote, with the
// line's start at most 128 bytes back. Driven by the operators (memchr per operator), not by
// the runs: a token-dense text is mostly runs (paths, URLs, base64), walking them byte by byte
// cost 15% of the whole scan.
template <typename F>
void ForEachAssignedRun(std::string_view text, F&& f) {
  static constexpr auto kValue = [] {
    std::array<bool, 256> t{};
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = true;
    for (int c = '0'; c <= '9'; ++c) t[c] = true;
    for (char c : std::string_view("+/-_.~")) t[static_cast<unsigned char>(c)] = true;
    return t;
  }();
  constexpr std::size_t kShortest = 24, kLongest = 256;
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (const unsigned char op : {'=', ':', '>'}) {
    for (std::size_t at = 0; at < n;) {
      const void* hit = std::memchr(p + at, op, n - at);
      if (hit == nullptr) break;
      const std::size_t k = static_cast<std::size_t>(static_cast<const unsigned char*>(hit) - p);
      at = k + 1;
      std::size_t b = k + 1;
      if (op == '=' && b < n && p[b] == '>') ++b;
      while (b < n && b - k <= 8 && (p[b] == ' ' || p[b] == '\t')) ++b;
      if (b < n && (p[b] == '"' || p[b] == '\'' || p[b] == '`')) ++b;
      // The run, at most one past the longest (a longer one is a blob, not a value).
      std::size_t e = b;
      while (e < n && e - b <= kLongest && kValue[p[e]]) ++e;
      if (e - b < kShortest || e - b > kLongest) continue;
      std::size_t end = e;
      while (end < n && end - e < 2 && p[end] == '=') ++end;
      if (end < n && kValue[p[end]]) continue;
      // Upper and lower case letters and digits, as a random credential holds (the rest of the
      // value's test is IsRandomAssignedValue's, after the regex): most runs fail here.
      bool upper = false, lower = false, digit = false;
      for (std::size_t c = b; c < e && !(upper && lower && digit); ++c) {
        upper = upper || (p[c] >= 'A' && p[c] <= 'Z');
        lower = lower || (p[c] >= 'a' && p[c] <= 'z');
        digit = digit || (p[c] >= '0' && p[c] <= '9');
      }
      if (!(upper && lower && digit)) continue;
      std::size_t line = k;
      while (line > 0 && p[line - 1] != '\n' && k - line < 128) --line;
      if (line > 0 && p[line - 1] != '\n') continue;
      // A line of a base64 block (a certificate bundle, a blob wrapped at 64 or 76): the next
      // line is another long run.
      std::size_t after = end;
      while (after < n && (p[after] == '"' || p[after] == '\'' || p[after] == ',')) ++after;
      if (after < n && p[after] == '\n') {
        std::size_t q = after + 1;
        while (q < n && (p[q] == ' ' || p[q] == '\t')) ++q;
        std::size_t r = q;
        while (r < n && r - q < 40 && kValue[p[r]]) ++r;
        if (r - q >= 40) continue;
      }
      f(line, std::min(n, end + 1));
      // The name right before the operator, where the line holds more before it ("DEBUG: using
      // credentials sentry key=...", "var key = ..."): tried from there too.
      std::size_t name = k;
      while (name > line && (p[name - 1] == ' ' || p[name - 1] == '\t')) --name;
      if (name > line && (p[name - 1] == '"' || p[name - 1] == '\'')) --name;
      const std::size_t name_end = name;
      while (name > line && (kValue[p[name - 1]] && p[name - 1] != '/' && p[name - 1] != '+' &&
                             p[name - 1] != '~')) {
        --name;
      }
      // Not where only indentation, a list's dash or a quote stands before the name (the
      // line's own window above reads it), nor an item of a list ("ENC[...,data:...,iv:...]").
      bool prefix_only = true;
      for (std::size_t c = line; c < name && prefix_only; ++c) {
        prefix_only = p[c] == ' ' || p[c] == '\t' || p[c] == '-' || p[c] == '"' || p[c] == '\'' ||
                      p[c] == '<';
      }
      if (name < name_end && !prefix_only && p[name - 1] != ',' && p[name - 1] != '[') {
        f(name, std::min(n, end + 1));
      }
    }
  }
}

Layout LayOut(const std::vector<RuleSpec>& rules) {
  Layout out;
  out.spec.name = "secrets";
  out.spec.mode = HS_MODE_BLOCK;
  std::map<std::string, unsigned> keyword_ids;
  auto gate = [&](std::string key, std::size_t length, std::string expression, unsigned flags,
                  std::uint32_t rule) {
    const bool trigger = !key.empty() && key[0] == '\x01';
    auto [it, inserted] = keyword_ids.emplace(std::move(key),
                                              static_cast<unsigned>(keyword_ids.size()));
    if (inserted) {
      out.keyword_lengths.push_back(length);
      out.is_trigger.push_back(trigger);
      out.keyword_rules.emplace_back();
      out.spec.expressions.push_back({std::move(expression), flags, it->second});
    }
    auto& gated_rules = out.keyword_rules[it->second];
    if (gated_rules.empty() || gated_rules.back() != rule) gated_rules.push_back(rule);
  };
  std::vector<std::uint32_t> keywordless;
  for (std::uint32_t index = 0; index < rules.size(); ++index) {
    const RuleSpec& spec = rules[index];
    if (spec.finder != Finder::kNone) continue;  // the engine finds its candidates itself
    bool gated = false;
    for (const std::string& keyword : spec.keywords) {
      if (keyword.empty()) continue;
      const std::string key = core::AsciiLower(keyword);
      gate(key, key.size(), EscapeLiteral(key), HS_FLAG_CASELESS, index);
      gated = true;
    }
    for (const std::string& trigger : spec.triggers) {
      gate("\x01" + trigger, kTriggerWidth, trigger, 0, index);
      gated = true;
    }
    if (!gated) keywordless.push_back(index);
  }
  const auto keyword_count = static_cast<unsigned>(out.spec.expressions.size());
  for (std::uint32_t rule : keywordless) {
    out.spec.expressions.push_back(
        {rules[rule].regex, HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH,
         keyword_count + static_cast<unsigned>(out.prefilter_rules.size()),
         guards::HsOnReject::kDrop});
    out.prefilter_rules.push_back(rule);
  }
  return out;
}

}  // namespace

SecretEngine::SecretEngine() : serial_(next_serial.fetch_add(1)) {}

SecretEngine::~SecretEngine() = default;

guards::HsDatabaseSpec SecretEngine::DatabaseSpec(const std::vector<RuleSpec>& rules) {
  return LayOut(rules).spec;
}

Result<std::shared_ptr<const SecretEngine>> SecretEngine::Compile(
    EngineConfig config, std::vector<std::string>* warnings) {
  std::shared_ptr<SecretEngine> engine(new SecretEngine());
  engine->require_valid_checksums_ = config.require_valid_checksums;

  for (const std::string& pattern : config.allow_regexes) {
    auto re = CompileRegex(pattern, false, "allow_regexes \"" + pattern + "\"");
    if (!re) return re.error();
    engine->allow_regexes_.push_back(std::move(*re));
  }
  engine->allow_values_ = std::move(config.allow_values);
  std::sort(engine->allow_values_.begin(), engine->allow_values_.end());

  for (RuleSpec& spec : config.rules) {
    auto rule = std::make_unique<CompiledRule>();
    auto re = CompileRegex(spec.regex, spec.latin1, RuleName(spec));
    if (!re) return re.error();
    rule->regex = std::move(*re);
    rule->groups = rule->regex->NumberOfCapturingGroups();
    if (spec.secret_group < 0 || spec.secret_group > rule->groups) {
      return MakeError(RuleName(spec) + ": secretGroup " + std::to_string(spec.secret_group) +
                       " but the regex has " + std::to_string(rule->groups) + " capture groups");
    }
    if (spec.check_group < 0 || spec.check_group > rule->groups) {
      return MakeError(RuleName(spec) + ": check group " + std::to_string(spec.check_group) +
                       " but the regex has " + std::to_string(rule->groups) + " capture groups");
    }
    if ((spec.check == Check::kGenericPassword || spec.check == Check::kGenericSecret ||
         spec.check == Check::kGenericKey) &&
        rule->groups < 2) {
      return MakeError(RuleName(spec) + ": a generic rule needs a key group and a value group");
    }
    rule->type = "secrets." + spec.id;
    rule->entity = spec.entity;
    rule->secret_group = spec.secret_group;
    rule->check_group = spec.check_group;
    rule->line_requires = core::AsciiLower(spec.line_requires);
    rule->entropy = spec.entropy;
    rule->check = spec.check;
    rule->score = spec.score;
    rule->window_before = spec.window_before;
    rule->window_after = spec.window_after;
    rule->gate = spec.gate;
    rule->anchored_at_key = spec.anchored_at_key;
    rule->starts_at_keyword = spec.starts_at_keyword;
    if ((spec.gate == Gate::kAssignment || spec.gate == Gate::kNameSuffix ||
         spec.gate == Gate::kExtendedAssignment) &&
        spec.anchored_at_key) {
      if (spec.check == Check::kGenericPassword) rule->min_value = kMinPasswordLength;
      if (spec.check == Check::kGenericSecret) rule->min_value = kMinHumanSecretLength;
      if (spec.check == Check::kGenericKey) rule->min_value = kMinHumanSecretLength;
    }
    for (const AllowlistSpec& list : spec.allowlists) {
      CompiledRule::Allowlist compiled;
      compiled.require_all = list.require_all;
      compiled.target = list.target;
      compiled.unmatchable = list.has_unmatchable_criteria;
      for (const std::string& pattern : list.regexes) {
        auto allow = CompileRegex(pattern, false, RuleName(spec) + " allowlist");
        if (!allow) return allow.error();
        compiled.regexes.push_back(std::move(*allow));
      }
      for (const std::string& word : list.stopwords)
        compiled.stopwords.push_back(core::AsciiLower(word));
      rule->allowlists.push_back(std::move(compiled));
    }
    engine->max_groups_ = std::max(engine->max_groups_, rule->groups);
    engine->rules_.push_back(std::move(rule));
  }

  // Keywords, triggers, and keywordless rules as prefilters where Vectorscan takes them; the
  // database is embedded at build time for the built-in rules (guards/hs_database.h).
  Layout layout = LayOut(config.rules);
  engine->keyword_lengths_ = std::move(layout.keyword_lengths);
  engine->keyword_rules_ = std::move(layout.keyword_rules);
  engine->keyword_is_trigger_ = std::move(layout.is_trigger);
  engine->prefilter_rules_ = std::move(layout.prefilter_rules);
  for (std::uint32_t index = 0; index < config.rules.size(); ++index) {
    if (config.rules[index].finder == Finder::kBase58Run) engine->base58_rules_.push_back(index);
    if (config.rules[index].finder == Finder::kAssignedRun) {
      engine->assigned_rules_.push_back(index);
    }
  }
  if (!layout.spec.expressions.empty()) {
    guards::HsBuild database = guards::BuildHsDatabase(layout.spec);
    if (!database) {
      std::string what = "secrets: Vectorscan database";
      const int at = database.error().expression;
      if (at >= 0 && static_cast<std::size_t>(at) < layout.spec.expressions.size()) {
        const unsigned id = layout.spec.expressions[static_cast<std::size_t>(at)].id;
        if (id < engine->keyword_rules_.size() && !engine->keyword_rules_[id].empty()) {
          what = engine->rules_[engine->keyword_rules_[id][0]]->type + ": keyword or trigger \"" +
                 layout.spec.expressions[static_cast<std::size_t>(at)].expression + "\"";
        }
      }
      return MakeError(what + ": " + database.error().message);
    }
    const std::size_t keyword_count = engine->keyword_lengths_.size();
    for (std::size_t i = keyword_count; i < layout.spec.expressions.size(); ++i) {
      const guards::HsExpressionOutcome& outcome = (*database)->outcomes()[i];
      if (outcome.kept) continue;
      const std::uint32_t rule = engine->prefilter_rules_[i - keyword_count];
      if (warnings != nullptr) {
        warnings->push_back(engine->rules_[rule]->type +
                            ": no keywords and Vectorscan cannot prefilter its regex (" +
                            outcome.reason + "); it runs over every text");
      }
      engine->always_rules_.push_back(rule);
    }
    engine->database_ = (*database)->get();
    engine->hs_database_ = std::move(*database);
  }
  return std::shared_ptr<const SecretEngine>(std::move(engine));
}

bool SecretEngine::Allowed(std::string_view secret) const {
  if (std::binary_search(allow_values_.begin(), allow_values_.end(), secret,
                         [](std::string_view a, std::string_view b) { return a < b; })) {
    return true;
  }
  for (const auto& re : allow_regexes_) {
    if (re2::RE2::PartialMatch(re2::StringPiece(secret.data(), secret.size()), *re)) return true;
  }
  return false;
}

bool SecretEngine::AllowlistedByRule(const CompiledRule& rule, std::string_view value,
                                     std::string_view whole, std::string_view text) const {
  for (const auto& list : rule.allowlists) {
    if (list.unmatchable && list.require_all) continue;
    std::string_view target = value;
    if (list.target == AllowlistSpec::Target::kMatch) {
      target = whole;
    } else if (list.target == AllowlistSpec::Target::kLine) {
      const std::size_t match_begin = static_cast<std::size_t>(whole.data() - text.data());
      const std::size_t nl = text.rfind('\n', match_begin == 0 ? 0 : match_begin - 1);
      const std::size_t line_begin = (nl == std::string_view::npos || match_begin == 0) ? 0 : nl + 1;
      std::size_t line_end = text.find('\n', match_begin + whole.size());
      if (line_end == std::string_view::npos) line_end = text.size();
      target = text.substr(line_begin, line_end - line_begin);
    }
    int criteria = 0, matched = 0;
    if (!list.regexes.empty()) {
      ++criteria;
      for (const auto& re : list.regexes) {
        if (re2::RE2::PartialMatch(re2::StringPiece(target.data(), target.size()), *re)) {
          ++matched;
          break;
        }
      }
    }
    if (!list.stopwords.empty()) {
      ++criteria;
      for (const std::string& word : list.stopwords) {
        if (ContainsLower(value, word)) {
          ++matched;
          break;
        }
      }
    }
    if (criteria == 0) continue;
    if (list.require_all ? matched == criteria : matched > 0) return true;
  }
  return false;
}

void SecretEngine::Consider(const CompiledRule& rule, std::uint32_t index, std::string_view text,
                            const void* raw_groups, std::vector<Candidate>& out) const {
  const auto* groups = static_cast<const re2::StringPiece*>(raw_groups);
  const re2::StringPiece whole = groups[0];
  re2::StringPiece secret;
  re2::StringPiece key;
  const bool generic = rule.check == Check::kGenericPassword ||
                       rule.check == Check::kGenericSecret || rule.check == Check::kGenericKey ||
                       rule.check == Check::kRandomValue;
  if (generic) {
    key = groups[1];
    for (int g = 2; g <= rule.groups && secret.empty(); ++g) secret = groups[g];
  } else if (rule.secret_group > 0) {
    secret = groups[rule.secret_group];
  } else {
    for (int g = 1; g <= rule.groups && secret.empty(); ++g) secret = groups[g];
    if (secret.empty()) secret = whole;
  }
  if (secret.empty() || secret.data() == nullptr) return;
  if (rule.check == Check::kKubernetesSecret || rule.check == Check::kMarkdownTable ||
      rule.check == Check::kSqlInsert || rule.check == Check::kCsvTable ||
      rule.check == Check::kColumnTable) {
    std::vector<ValueSpan> values;
    const auto at = static_cast<std::size_t>(whole.data() - text.data());
    if (rule.check == Check::kKubernetesSecret) {
      KubernetesSecretValues(text, at, values);
    } else if (rule.check == Check::kMarkdownTable) {
      MarkdownTableSecretValues(text, at, values);
    } else if (rule.check == Check::kCsvTable) {
      CsvTableSecretValues(text, at, values);
    } else if (rule.check == Check::kColumnTable) {
      std::size_t line = at;
      while (line > 0 && text[line - 1] != '\n' && at - line < 2048) --line;
      ThreadState& state = State();
      if (state.table_text != text.data()) {
        state.table_text = text.data();
        state.table_lines.clear();
      }
      const std::pair<std::size_t, std::uint32_t> key{line, index};
      if (std::find(state.table_lines.begin(), state.table_lines.end(), key) !=
          state.table_lines.end()) {
        return;
      }
      if (state.table_lines.size() < 256) state.table_lines.push_back(key);
      ColumnTableSecretValues(text, at, rule.entity == "PASSWORD", values);
    } else {
      SqlInsertSecretValues(text, at, State().sql_tables, values);
    }
    for (const ValueSpan& v : values) {
      const std::string_view value = text.substr(v.begin, v.end - v.begin);
      if (Allowed(value) || IsPublicByDesign(value) ||
          AllowlistedByRule(rule, value, std::string_view(whole.data(), whole.size()), text)) {
        continue;
      }
      out.push_back({v.begin, v.end, index, rule.score});
    }
    return;
  }
  std::size_t begin = static_cast<std::size_t>(secret.data() - text.data());
  std::size_t end = begin + secret.size();
  // A password a sentence gives ends where the sentence's own script resumes: Korean and
  // Japanese glue particles to it ("비밀번호를 letmein995(으)로 바꿨는데", "パスワードをX に").
  bool cut_at_script = false;
  if (rule.check == Check::kProsePassword && begin < end &&
      static_cast<unsigned char>(text[begin]) < 0x80) {
    for (std::size_t k = begin + 1; k < end; ++k) {
      const auto u = static_cast<unsigned char>(text[k]);
      const auto next = static_cast<unsigned char>(text[k + 1 < text.size() ? k + 1 : k]);
      // Letters only: kana, CJK ideographs, Hangul. CJK punctuation ("、", "：") is read below.
      if ((u >= 0xE4 && u <= 0xED) || (u == 0xE3 && next >= 0x81 && next <= 0x83)) {
        end = k;
        while (end > begin && (text[end - 1] == '(' || text[end - 1] == '[')) --end;
        secret = re2::StringPiece(text.data() + begin, end - begin);
        cut_at_script = true;
        break;
      }
    }
    if (begin == end) return;
  }
  re2::StringPiece checked =
      rule.check_group > 0 && !groups[rule.check_group].empty() ? groups[rule.check_group] : secret;
  // CJK punctuation and full-width brackets end a value written in running text
  // ("パスワード X（初回ログイン後に変更）", "密码 X，谢谢"): no credential holds them.
  if (checked.data() == secret.data()) {
    auto cjk_punctuation = [&](std::size_t k) {
      const auto b0 = static_cast<unsigned char>(text[k]);
      const auto b1 = static_cast<unsigned char>(text[k + 1]);
      return (b0 == 0xE3 && b1 == 0x80) || (b0 == 0xEF && (b1 == 0xBC || b1 == 0xBD));
    };
    // Words of the sentence before a full-width colon ("こちらです：X") are not the value; the
    // value ends at the next mark.
    for (std::size_t k = begin; k + 2 < end; ++k) {
      if (!cjk_punctuation(k)) continue;
      bool ascii = false;
      for (std::size_t m = begin; m < k && !ascii; ++m) ascii = IsAsciiAlnum(text[m]);
      if (ascii) {
        // A name listed before the password ("Wi-Fiは Guest-5G、パスワード X") is not it.
        static constexpr std::string_view kPasswordWords[] = {
            "\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89",  // パスワード
            "\xe5\xaf\x86\xe7\xa0\x81", "\xe5\xaf\x86\xe7\xa2\xbc",            // 密码 密碼
            "\xe5\x8f\xa3\xe4\xbb\xa4",                                            // 口令
            "\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8", "\xeb\xb9\x84\xeb\xb2\x88"};  // 비밀번호 비번
        std::size_t after = k + 3;
        while (after < text.size() && text[after] == ' ') ++after;
        for (std::string_view word : kPasswordWords) {
          if (text.substr(after, word.size()) == word) return;
        }
        end = k;
        break;
      }
      begin = k + 3;
      k = begin - 1;
    }
    if (end <= begin) return;
    checked = re2::StringPiece(text.data() + begin, end - begin);
  }
  std::string_view value(checked.data(), checked.size());
  // An unquoted value stops at '&' (the next parameter of a query string), but a password may
  // hold one ("POSTGRES_PASSWORD=lNuFke88&ZZlRb"): it runs on over '&' while what follows
  // holds no '=' ("token=abc&page=2" keeps "abc").
  if (generic && checked.data() == secret.data()) {
    auto stop = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' ||
             c == '`' || c == ',' || c == ';' || c == '&' || c == '<' || c == '>' || c == '\\';
    };
    const std::size_t before = end;
    while (end < text.size() && text[end] == '&') {
      std::size_t e = end + 1;
      bool assignment = false;
      for (; e < text.size() && !stop(text[e]); ++e) assignment = assignment || text[e] == '=';
      if (e == end + 1 || assignment) break;
      end = e;
    }
    // A value that ends the brackets the text opened before it ("{url=..., password=X}",
    // "(using password: X).") stops before them.
    std::size_t e = end;
    while (e > begin && (text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '?')) --e;
    if (e > begin + 1 && (text[e - 1] == ')' || text[e - 1] == ']' || text[e - 1] == '}')) {
      const char close = text[e - 1];
      const char open = close == ')' ? '(' : close == ']' ? '[' : '{';
      const std::string_view inner = text.substr(begin, e - 1 - begin);
      const std::size_t line = text.rfind('\n', begin);
      const std::size_t from = line == std::string_view::npos ? 0 : line + 1;
      const std::size_t opened = text.substr(from, begin - from).rfind(open);
      // Not a shell expansion's default ("${PGPASSWORD:-X}"), which a rule of its own reads.
      const bool expansion =
          opened != std::string_view::npos && from + opened > 0 && text[from + opened - 1] == '$';
      if (inner.find(open) == std::string_view::npos && inner.front() != '*' &&
          opened != std::string_view::npos && !expansion) {
        end = e - 1;
      }
    }
    if (end != before) value = text.substr(begin, end - begin);
  }
  float score = rule.score;

  if (rule.check == Check::kPemBlock) {
    const auto block_end =
        PemBlockEnd(text, static_cast<std::size_t>(whole.data() - text.data()) + whole.size());
    if (!block_end) return;
    end = *block_end;
  } else {
    if (Allowed(value) || IsPlaceholder(value) || IsPublicByDesign(value)) return;
    if (rule.entropy > 0 && ShannonEntropy(value) < rule.entropy) return;
    // The tail of a secret store's reference ("arn:aws:secretsmanager:...:secret:api/key-Wn",
    // "vault:secret/data/app:password"), which a rule read as "secret: X": what precedes the
    // value in its token names where the secret lives, not the secret.
    {
      std::size_t t = begin;
      while (t > 0 && begin - t < 200 && text[t - 1] != ' ' && text[t - 1] != '\t' &&
             text[t - 1] != '\n' && text[t - 1] != '"' && text[t - 1] != '\'' && text[t - 1] != '=') {
        --t;
      }
      if (t < begin) {
        // Store paths only: a shell default ("${PGPASSWORD:-X}") holds the literal itself.
        static constexpr std::string_view kStores[] = {
            "arn:aws:secretsmanager", "arn:aws:ssm", "vault:", "ssm:", "secretsmanager:", "ref+",
            "op://", "{{resolve:", "akv://", "azkv://", "awssm://", "gcpsm://", "doppler://",
            "infisical://", "bws://", "sm://", "secret://", "vault://", "/secrets/"};
        const std::string prefix = core::AsciiLower(text.substr(t, begin - t));
        for (std::string_view store : kStores) {
          const std::size_t at = prefix.find(store);
          if (at == std::string::npos) continue;
          // A host named "vault" with its port ("vault:5432:*:deploy:X" in ~/.pgpass) is no
          // store path.
          const std::size_t after = at + store.size();
          if (store.back() == ':' && after < prefix.size() && prefix[after] >= '0' &&
              prefix[after] <= '9') {
            continue;
          }
          return;
        }
      }
    }
    switch (rule.check) {
      case Check::kNone:
      case Check::kPemBlock:
        break;
      case Check::kGithubChecksum:
        if (!GithubChecksumValid(value)) {
          if (require_valid_checksums_) return;
          score = std::min(score, kUnverifiedScore);
        }
        break;
      case Check::kJwt:
        if (!LooksLikeJwt(value)) return;
        break;
      case Check::kBasicAuth:
        if (!IsBasicCredential(value)) return;
        break;
      case Check::kGenericPassword:
      case Check::kGenericSecret:
      case Check::kGenericKey: {
        const std::string_view key_name(key.data(), key.size());
        // A dotenv line (NAME=value, the name in capitals, no spaces) holds a literal, as a
        // quoted value does: "ADMIN_PASSWORD=nfwzndeztrwbcMzVUedJOOEah" is no identifier.
        const bool env_line = begin > 0 && text[begin - 1] == '=' && !key_name.empty() &&
                              key_name.data() + key_name.size() == text.data() + begin - 1 &&
                              IsEnvName(key_name);
        const bool quoted = env_line || ConfigLineLiteral(text, key_name, value) ||
                            (begin > 0 && (text[begin - 1] == '"' ||
                                                       text[begin - 1] == '\'' ||
                                                       text[begin - 1] == '`'));
        const bool ok = rule.check == Check::kGenericPassword
                            ? IsPlausiblePassword(key_name, value, quoted)
                        : rule.check == Check::kGenericSecret
                            ? IsPlausibleSecret(key_name, value, quoted)
                            : IsRandomKeyValue(key_name, value, quoted);
        if (!ok) return;
        break;
      }
      case Check::kUrlPassword:
        if (!PlausibleUrlPassword(value)) return;
        break;
      case Check::kOpaqueToken:
        // A UUID after "Bearer" or "token" is a token (Heroku's, older Vault's), not an id.
        if (!IsPlausibleSecret("", value, true) && !IsUuid(value)) return;
        break;
      case Check::kBase64PrivateKey:
        if (!IsBase64PrivateKey(value)) return;
        break;
      case Check::kKubernetesSecret:  // handled above
      case Check::kMarkdownTable:
      case Check::kSqlInsert:
      case Check::kColumnTable:
      case Check::kCsvTable:
        break;
      case Check::kProsePassword:
        // Digits alone glued to the sentence's particle ("비밀번호는 89541368입니다") are a code
        // the sentence gives, not a count.
        if (!IsProsePassword(value) && !(cut_at_script && IsPlausibleAccessCode(value))) return;
        break;
      case Check::kPin:
        if (!IsPlausiblePin(value)) return;
        break;
      case Check::kShareToken:
        if (!IsShareLinkToken(value)) return;
        break;
      case Check::kAccessCode:
        if (!IsPlausibleAccessCode(value)) return;
        break;
      case Check::kSheetCode:
        if (!IsPlausibleSheetCode(value)) return;
        break;
      case Check::kCardCode:
        if (!IsPlausibleCardCode(value)) return;
        break;
      case Check::kSecurityAnswer:
        if (!IsPlausibleSecurityAnswer(value)) return;
        break;
      case Check::kRandomValue: {
        const std::string_view name(key.data(), key.size());
        if (!IsRandomAssignedValue(name, value)) return;
        // A Terraform state's "private": the provider's own metadata (base64), beside the
        // instance's "sensitive_attributes" and "schema_version".
        if (name == "private") {
          const std::size_t from = begin > 600 ? begin - 600 : 0;
          const std::string_view before = text.substr(from, begin - from);
          if (before.find("\"sensitive_attributes\"") != std::string_view::npos ||
              before.find("\"schema_version\"") != std::string_view::npos) {
            return;
          }
        }
        break;
      }
      case Check::kTableSecret:
        if (!IsPlausibleTableSecret(value)) return;
        break;
      case Check::kBitcoinKey:
        if (!IsBitcoinPrivateKey(value)) return;
        break;
    }
  }

  if (AllowlistedByRule(rule, value, std::string_view(whole.data(), whole.size()), text)) return;
  if (!rule.line_requires.empty()) {
    const std::size_t match_begin = static_cast<std::size_t>(whole.data() - text.data());
    const std::size_t nl = match_begin == 0 ? std::string_view::npos : text.rfind('\n', match_begin - 1);
    const std::size_t line_begin = nl == std::string_view::npos ? 0 : nl + 1;
    if (!ContainsLower(text.substr(line_begin, match_begin - line_begin), rule.line_requires)) return;
  }
  out.push_back({begin, end, index, score});
}

void SecretEngine::MatchInWindow(std::size_t index, std::string_view text, std::size_t begin,
                                 std::size_t end, std::vector<Candidate>& out) const {
  const CompiledRule& rule = *rules_[index];
  auto& groups = State().groups;
  if (groups.size() < static_cast<std::size_t>(max_groups_) + 1) {
    groups.resize(static_cast<std::size_t>(max_groups_) + 1);
  }
  const re2::StringPiece subject(text.data(), text.size());
  const int n = rule.groups + 1;
  std::size_t pos = begin;
  while (pos < end) {
    if (!rule.regex->Match(subject, pos, end, re2::RE2::UNANCHORED, groups.data(), n)) break;
    std::size_t match_begin = static_cast<std::size_t>(groups[0].data() - text.data());
    std::size_t match_end = match_begin + groups[0].size();
    if (match_end == end && end < text.size()) {
      // The window may have cut the match: re-run from its start without that limit.
      const std::size_t limit = std::min(text.size(), match_begin + kMaxMatch);
      if (rule.regex->Match(subject, match_begin, limit, re2::RE2::ANCHOR_START, groups.data(),
                            n)) {
        match_end = match_begin + groups[0].size();
      }
    }
    Consider(rule, static_cast<std::uint32_t>(index), text, groups.data(), out);
    pos = std::max(match_end, match_begin + 1);
  }
}

void SecretEngine::MatchAt(std::size_t index, std::string_view text, std::size_t begin,
                           std::size_t end, std::vector<Candidate>& out) const {
  const CompiledRule& rule = *rules_[index];
  auto& groups = State().groups;
  if (groups.size() < static_cast<std::size_t>(max_groups_) + 1) {
    groups.resize(static_cast<std::size_t>(max_groups_) + 1);
  }
  const re2::StringPiece subject(text.data(), text.size());
  const int n = rule.groups + 1;
  if (!rule.regex->Match(subject, begin, end, re2::RE2::ANCHOR_START, groups.data(), n)) return;
  const std::size_t match_end =
      static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
  if (match_end == end && end < text.size()) {
    const std::size_t limit = std::min(text.size(), begin + kMaxMatch);
    if (!rule.regex->Match(subject, begin, limit, re2::RE2::ANCHOR_START, groups.data(), n)) {
      return;
    }
  }
  Consider(rule, static_cast<std::uint32_t>(index), text, groups.data(), out);
}

void SecretEngine::Collect(std::string_view text, std::vector<Candidate>& out) const {
  ThreadState& state = State();
  state.hits.clear();
  state.windows.clear();
  bool overflow = false;
  if (database_ != nullptr) {
    if (std::find(state.prepared.begin(), state.prepared.end(), serial_) ==
        state.prepared.end()) {
      if (hs_alloc_scratch(database_, &state.scratch) != HS_SUCCESS) {
        overflow = true;  // no scratch: fall back to running every rule
      } else {
        state.prepared.push_back(serial_);
      }
    }
    if (!overflow) {
      HitSink sink{&state.hits};
      const unsigned length =
          static_cast<unsigned>(std::min<std::size_t>(text.size(), std::numeric_limits<unsigned>::max()));
      if (HsScan(database_, text.data(), length, state.scratch, OnHit, &sink) !=
              HS_SUCCESS &&
          !sink.overflow) {
        overflow = true;
      }
      overflow = overflow || sink.overflow || length < text.size();
    }
  }
  if (overflow) {
    for (std::uint32_t r = 0; r < rules_.size(); ++r) state.windows.push_back({r, 0, text.size(), false});
  } else {
    for (const Hit& hit : state.hits) {
      const std::size_t to = static_cast<std::size_t>(hit.to);
      if (hit.id < keyword_lengths_.size()) {
        const std::size_t width = std::min(keyword_lengths_[hit.id], to);
        const std::size_t from = to - width;
        int gates[kGateCount];  // by Gate: 1 passes, 0 fails, -1 not yet known
        std::fill(std::begin(gates), std::end(gates), -1);
        gates[static_cast<int>(Gate::kNone)] = 1;
        // The assignment operator after the keyword's name, found once per hit (npos: none;
        // kUnknown: not looked for yet). The gates that need an assignment ask it first.
        constexpr std::size_t kUnknown = std::string_view::npos - 1;
        std::size_t op_at = kUnknown;
        auto assignment_op = [&] {
          if (op_at == kUnknown) op_at = AssignmentAt(text, from, to);
          return op_at;
        };
        for (std::uint32_t r : keyword_rules_[hit.id]) {
          const CompiledRule& rule = *rules_[r];
          int& gate = gates[static_cast<int>(rule.gate)];
          if (gate < 0) {
            const bool needs_assignment =
                rule.gate == Gate::kAssignment || rule.gate == Gate::kNameSuffix ||
                rule.gate == Gate::kExtendedAssignment || rule.gate == Gate::kFirstCallArgument;
            gate = needs_assignment && assignment_op() == std::string_view::npos
                       ? 0
                       : rule.gate == Gate::kAssignment ? 1
                       : GatePasses(rule.gate, text, from, to) ? 1 : 0;
          }
          if (gate == 0) continue;
          if (rule.min_value > 0) {
            // A generic key whose value is too short for its check ("timeout = 30", "x == \"\""):
            // no need to run the regex to reject it.
            const std::size_t op = assignment_op();
            if (op == std::string_view::npos || ValueLengthBound(text, op) < rule.min_value ||
                ReferenceFollows(text, op)) {
              continue;
            }
          }
          const std::size_t we = std::min(text.size(), to + rule.window_after);
          if (rule.starts_at_keyword && !keyword_is_trigger_[hit.id]) {
            state.windows.push_back({r, from, we, true});  // one anchored try at the keyword
            continue;
          }
          if (rule.anchored_at_key) {
            // The match starts one byte before the key name holding the keyword (or at 0).
            std::size_t name = from;
            while (name > 0 && from - name < rule.window_before && IsNameChar(text[name - 1])) {
              --name;
            }
            state.windows.push_back({r, name > 0 ? name - 1 : 0, we, true});
            continue;
          }
          const std::size_t wb = from > rule.window_before ? from - rule.window_before : 0;
          state.windows.push_back({r, wb, we, false});
        }
      } else {
        state.windows.push_back(
            {prefilter_rules_[hit.id - keyword_lengths_.size()], 0, text.size(), false});
      }
    }
    for (std::uint32_t r : always_rules_) state.windows.push_back({r, 0, text.size(), false});
    if (!base58_rules_.empty()) {
      ForEachBase58Run(text, [&](std::size_t b, std::size_t e) {
        for (std::uint32_t r : base58_rules_) {
          state.windows.push_back({r, b > 0 ? b - 1 : 0, std::min(text.size(), e + 1), true});
        }
      });
    }
    if (!assigned_rules_.empty()) {
      ForEachAssignedRun(text, [&](std::size_t b, std::size_t e) {
        for (std::uint32_t r : assigned_rules_) state.windows.push_back({r, b, e, true});
      });
    }
  }
  if (state.windows.empty()) return;
  std::sort(state.windows.begin(), state.windows.end(), [](const Window& a, const Window& b) {
    return a.rule != b.rule ? a.rule < b.rule : a.begin < b.begin;
  });
  // Merge overlapping windows of one rule, then match in each.
  std::size_t i = 0;
  const auto& windows = state.windows;
  while (i < windows.size()) {
    const std::uint32_t rule = windows[i].rule;
    std::size_t begin = windows[i].begin;
    std::size_t end = windows[i].end;
    if (windows[i].anchored) {
      // Two keywords of one rule may hit at one place: try it once (with the widest end).
      ++i;
      while (i < windows.size() && windows[i].rule == rule && windows[i].anchored &&
             windows[i].begin == begin) {
        end = std::max(end, windows[i].end);
        ++i;
      }
      MatchAt(rule, text, begin, end, out);
      continue;
    }
    ++i;
    while (i < windows.size() && windows[i].rule == rule && !windows[i].anchored &&
           windows[i].begin <= end) {
      end = std::max(end, windows[i].end);
      ++i;
    }
    MatchInWindow(rule, text, begin, end, out);
  }
}

void SecretEngine::Scan(std::string_view text, std::vector<Detection>& out) const {
  if (text.empty()) return;
  ThreadState& state = State();
  state.sql_tables = {};
  state.table_text = nullptr;
  state.table_lines.clear();
  auto& candidates = state.candidates;
  candidates.clear();
  Collect(text, candidates);
  if (text.size() < std::numeric_limits<std::uint32_t>::max() && HasEscapes(text)) {
    DecodeEscapes(text, state.decoded, state.source);
    const std::size_t first = candidates.size();
    Collect(state.decoded, candidates);
    for (std::size_t k = first; k < candidates.size(); ++k) {
      candidates[k].begin = state.source[candidates[k].begin];
      candidates[k].end = state.source[candidates[k].end];
    }
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.score != b.score) return a.score > b.score;
    return a.rule < b.rule;  // deterministic: the earlier rule in the catalogue
  });
  const std::size_t base = out.size();
  auto better = [](const Candidate& a, const Candidate& b) {
    const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
    return la != lb ? la > lb : a.score > b.score;
  };
  std::optional<Candidate> last;
  auto emit = [&](const Candidate& c) {
    const CompiledRule& rule = *rules_[c.rule];
    out.push_back({c.begin, c.end, rule.type, rule.entity, c.score});
  };
  for (const Candidate& c : candidates) {
    if (c.begin >= c.end) continue;
    if (last && c.begin < last->end) {
      if (better(c, *last)) last = c;
      continue;
    }
    if (last) emit(*last);
    last = c;
  }
  if (last) emit(*last);
  (void)base;
}

}  // namespace mcpgw::guards::secrets
