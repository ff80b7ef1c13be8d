#include "guards/secrets/validators.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <boost/crc.hpp>
#include <boost/json/parse.hpp>
#include <cctype>
#include <cmath>
#include <optional>
#include <vector>

#include "auth/base64url.h"
#include "core/ascii_lower.h"
#include "guards/base58.h"

namespace mcpgw::guards::secrets {
namespace {

constexpr std::string_view kBase62 =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A lower-case copy of a short value, so that many needles are searched with plain find().
class Lowered {
 public:
  explicit Lowered(std::string_view v) : original_(v) {
    if (v.size() <= sizeof buffer_) {
      for (std::size_t i = 0; i < v.size(); ++i) buffer_[i] = Lower(v[i]);
      lower_ = std::string_view(buffer_, v.size());
    }
  }
  bool Contains(std::string_view lower_needle) const;
  bool StartsWith(std::string_view lower_needle) const {
    return original_.size() >= lower_needle.size() &&
           ContainsNoCaseAt(original_, 0, lower_needle);
  }
  bool Equals(std::string_view lower_needle) const {
    return original_.size() == lower_needle.size() && StartsWith(lower_needle);
  }

 private:
  static bool ContainsNoCaseAt(std::string_view hay, std::size_t at, std::string_view needle) {
    for (std::size_t i = 0; i < needle.size(); ++i)
      if (Lower(hay[at + i]) != needle[i]) return false;
    return true;
  }
  std::string_view original_;
  std::string_view lower_;  // empty when the value was too long for the buffer
  char buffer_[512];
};

// Case-insensitive search of an already lower-case needle.
bool ContainsNoCase(std::string_view hay, std::string_view lower_needle) {
  if (lower_needle.size() > hay.size()) return false;
  for (std::size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
    std::size_t j = 0;
    while (j < lower_needle.size() && Lower(hay[i + j]) == lower_needle[j]) ++j;
    if (j == lower_needle.size()) return true;
  }
  return false;
}

bool Lowered::Contains(std::string_view lower_needle) const {
  if (lower_.size() == original_.size()) return lower_.find(lower_needle) != std::string_view::npos;
  return ContainsNoCase(original_, lower_needle);
}

bool EqualsNoCase(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != lower_b[i]) return false;
  }
  return true;
}

bool EndsWithNoCase(std::string_view a, std::string_view lower_b) {
  return a.size() >= lower_b.size() && EqualsNoCase(a.substr(a.size() - lower_b.size()), lower_b);
}

bool IsBase62(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

int Base62Value(char c) {
  const auto pos = kBase62.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

std::uint32_t Crc32(std::string_view data) {
  boost::crc_32_type crc;
  crc.process_bytes(data.data(), data.size());
  return crc.checksum();
}

// Longest run of one repeated character, and of consecutive ascending/descending characters.
bool HasLongRun(std::string_view s, std::size_t limit) {
  std::size_t same = 1, up = 1, down = 1;
  for (std::size_t i = 1; i < s.size(); ++i) {
    same = s[i] == s[i - 1] ? same + 1 : 1;
    up = s[i] == s[i - 1] + 1 ? up + 1 : 1;
    down = s[i] == s[i - 1] - 1 ? down + 1 : 1;
    if (same >= limit || up >= limit || down >= limit) return true;
  }
  return false;
}

bool ParsesAsObject(const std::string& json) {
  boost::system::error_code ec;
  auto value = boost::json::parse(json, ec);
  return !ec && value.is_object();
}

}  // namespace

double ShannonEntropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<std::uint32_t, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double entropy = 0;
  const double n = static_cast<double>(s.size());
  for (std::uint32_t count : counts) {
    if (count == 0) continue;
    const double p = count / n;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

std::string Base62Crc32(std::string_view data) {
  std::uint32_t value = Crc32(data);
  std::string out(6, '0');
  for (int i = 5; i >= 0 && value > 0; --i) {
    out[static_cast<std::size_t>(i)] = kBase62[value % 62];
    value /= 62;
  }
  return out;
}

bool GithubChecksumValid(std::string_view token) {
  if (token.size() != 40 || token[3] != '_') return false;
  const std::string_view body = token.substr(4, 30);
  const std::string_view check = token.substr(34, 6);
  if (!std::all_of(body.begin(), body.end(), IsBase62)) return false;
  std::uint64_t value = 0;
  for (char c : check) {
    const int digit = Base62Value(c);
    if (digit < 0) return false;
    value = value * 62 + static_cast<std::uint64_t>(digit);
  }
  return value == Crc32(body);
}

bool LooksLikeJwt(std::string_view token) {
  const auto dot1 = token.find('.');
  if (dot1 == std::string_view::npos) return false;
  const auto dot2 = token.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos || token.find('.', dot2 + 1) != std::string_view::npos) {
    return false;
  }
  auto header = auth::Base64UrlDecode(token.substr(0, dot1));
  if (!header || !ParsesAsObject(*header) || header->find("\"alg\"") == std::string::npos) {
    return false;
  }
  auto payload = auth::Base64UrlDecode(token.substr(dot1 + 1, dot2 - dot1 - 1));
  if (!payload || !ParsesAsObject(*payload)) return false;
  const std::string_view signature = token.substr(dot2 + 1);
  if (signature.empty()) return header->find("none") != std::string::npos;
  return static_cast<bool>(auth::Base64UrlDecode(signature));
}

std::string DecodeBase64Groups(std::string_view b64) {
  const std::size_t n = b64.size() / 4 * 4;
  if (n == 0 || n > (1u << 30)) return {};
  std::string out(n / 4 * 3, '\0');
  const int len = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(b64.data()),
                                  static_cast<int>(n));
  if (len < 0) return {};
  std::size_t size = static_cast<std::size_t>(len);
  for (std::size_t i = n; i > 0 && b64[i - 1] == '='; --i) --size;  // padding bytes
  out.resize(std::min(size, out.size()));
  return out;
}

bool IsBasicCredential(std::string_view b64) {
  if (b64.size() < 8 || b64.size() > 4096 || b64.size() % 4 != 0) return false;
  const std::string decoded = DecodeBase64Groups(b64);
  const auto colon = decoded.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == decoded.size()) return false;
  // Printable: ASCII, or the bytes of UTF-8 characters ("admin:Fenêtre_5").
  if (!std::all_of(decoded.begin(), decoded.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u != 0x7f;
      })) {
    return false;
  }
  // A JSON object or array ('{"page":2,"size":50}') is a payload, not a pair.
  if (decoded[0] == '{' || decoded[0] == '[' || decoded.find('"') != std::string::npos) return false;
  // Pagination and sequence cursors ("cursor:37161", "offset:500").
  static constexpr std::string_view kCursorUsers[] = {"cursor", "offset", "page", "after", "before", "next", "seq"};
  for (std::string_view u : kCursorUsers) {
    if (colon == u.size() && decoded.compare(0, colon, u) == 0) return false;
  }
  // A documentation pair ("user:password" is dXNlcjpwYXNzd29yZA==), or a placeholder password.
  static constexpr std::string_view kDocPairs[] = {"user:password", "username:password", "user:pass",
                                                   "foo:bar", "login:password", "user:secret",
                                                   "myuser:mypassword", "name:password"};
  std::string low = decoded;
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view p : kDocPairs)
    if (low == p) return false;
  return !IsPlaceholder(std::string_view(decoded).substr(colon + 1));
}

bool IsBase64PrivateKey(std::string_view b64) {
  const std::string_view head = b64.substr(0, std::min<std::size_t>(b64.size(), 64) / 4 * 4);
  if (head.size() < 32) return false;
  const std::string decoded = DecodeBase64Groups(head);
  return decoded.starts_with("-----BEGIN") &&
         decoded.find("PRIVATE KEY") != std::string::npos;
}

bool IsBitcoinPrivateKey(std::string_view s) {
  if (s.size() < 50 || s.size() > 112) return false;
  const std::optional<std::string> payload = Base58CheckPayload(s);
  if (!payload || payload->empty()) return false;
  const auto version = static_cast<unsigned char>((*payload)[0]);
  if (payload->size() == 33 || payload->size() == 34) {  // WIF
    if (version != 0x80 && version != 0xef) return false;
    return payload->size() == 33 || (*payload)[33] == 0x01;
  }
  // BIP32: version(4) depth(1) fingerprint(4) child(4) chain code(32) key data(33), the key
  // data of a private key being 0x00 then the key.
  return payload->size() == 78 && (*payload)[45] == 0;
}

namespace {

// A hole to fill in: '<' at the start, or '<' then a name of letters, digits, '_', '-', '.' or
// spaces, then '>' (<your-token>, key-<REGION>). A bare '<' amid punctuation (WordPress salts)
// is not one.
bool HasAngleHole(std::string_view v) {
  if (!v.empty() && v.front() == '<') return true;
  for (std::size_t open = v.find('<'); open != std::string_view::npos; open = v.find('<', open + 1)) {
    std::size_t i = open + 1;
    while (i < v.size() && (std::isalnum(static_cast<unsigned char>(v[i])) || v[i] == '_' ||
                            v[i] == '-' || v[i] == '.' || v[i] == ' ')) {
      ++i;
    }
    if (i > open + 1 && i < v.size() && v[i] == '>') return true;
  }
  return false;
}

}  // namespace

bool IsPlaceholder(std::string_view v) {
  static constexpr std::string_view kMarkers[] = {
      "example", "xxxx", "****", "....", "redacted", "placeholder", "changeme", "change_me",
      "change-me", "your_", "your-", "yourapi", "yourtoken", "yoursecret", "yourkey",
      "yourpassword", "dummy", "replace_me", "replaceme", "replace-me", "replace_with",
      "replace-with", "insert_", "insert-", "-here", "${", "{{", "#{",
      "••", "█", "\\u2022", "unique phrase", "not_a_real", "not-a-real", "notareal", "notreal",
      "not-real", "not_real", "sample_", "_here",
      // Vendors' documented examples: jwt.io's HS256 token (its signature), Stripe's test key.
      "sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c", "4ec39hqlyjwdarjtt1zdp7dc"};
  const Lowered lower(v);
  for (std::string_view marker : kMarkers) {
    if (lower.Contains(marker)) return true;
  }
  if (HasAngleHole(v)) return true;
  // A to-do or an instruction in the value's place ("TODO-set-in-vault", "CHANGE_THIS",
  // "FIXME", "set-me"), a value cut short ("sk_live_...", "sk_live_…"), a dunder marker
  // ("__SECRET__"), and the same in German, Spanish, French, Portuguese and Italian
  // ("geheim-einsetzen", "passwort_hier_eintragen", "contraseña-aquí", "mot-de-passe-ici").
  static constexpr std::string_view kTodoHeads[] = {"todo-", "todo_", "todo:", "todo ", "fixme", "tbd-", "tbd_"};
  for (std::string_view h : kTodoHeads)
    if (lower.StartsWith(h)) return true;
  if (lower.Equals("todo") || lower.Equals("tbd")) return true;
  static constexpr std::string_view kInstructions[] = {
      "change_this", "change-this", "changethis", "set-me", "set_me", "fill-in", "fill_in",
      "fillme", "fill-me", "einsetzen", "eintragen", "hier-einf", "hier_einf", "\xe2\x80\xa6",
      // "fill in" in French, German, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
      // Chinese, Japanese and Korean ("à-remplir", "bitte-ausfüllen", "请填写").
      "remplir", "ausf\xc3\xbcllen", "ausfuellen", "rellenar", "preencher", "compilare",
      "invullen", "wype\xc5\x82ni", "\xd0\xb7\xd0\xb0\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd",
      "\xe5\xa1\xab\xe5\x86\x99", "\xe5\xa1\xab\xe5\xaf\xab", "\xe5\x85\xa5\xe5\x8a\x9b",
      "\xec\x9e\x85\xeb\xa0\xa5"};
  for (std::string_view m : kInstructions)
    if (lower.Contains(m)) return true;
  // "here" in other languages ends such a value ("contraseña-aquí", "mot-de-passe-ici").
  static constexpr std::string_view kHereTails[] = {"-aqu\xc3\xad", "_aqu\xc3\xad", "-aqui", "_aqui",
                                                    "-ici", "_ici", "-qui", "_qui", "-hier", "_hier"};
  for (std::string_view t : kHereTails) {
    if (v.size() > t.size() && ContainsNoCase(v.substr(v.size() - t.size()), t)) return true;
  }
  if (v.size() > 3 && v.ends_with("...")) return true;
  // A vendor's prefix then x's ("sk_live_xxx", "ghp_XXX"): a key's shape with its body left out.
  if (v.size() > 4 && (EndsWithNoCase(v, "_xxx") || EndsWithNoCase(v, "-xxx"))) return true;
  if (v.size() > 4 && v.starts_with("__") && v.ends_with("__")) return true;
  // A printf hole ("%s", "key-%s", "%s:%s"), not "%s" inside a random password ("Rf0!%sCx9"):
  // the character after it is not a letter or digit.
  for (std::size_t at = v.find("%s"); at != std::string_view::npos; at = v.find("%s", at + 1)) {
    if (at + 2 == v.size() || !std::isalnum(static_cast<unsigned char>(v[at + 2]))) return true;
  }
  return v.size() >= 6 && HasLongRun(v, std::max<std::size_t>(6, v.size() / 2));
}

bool IsReference(std::string_view v) {
  if (v.empty()) return false;
  // $VAR, ${VAR}, $(cmd), $HOME/path, $HOST:port; not "$0~Bokh6F5?F8yMJ1" or "$4=Hm~qWRq", a
  // password that starts with '$' (the characters after the name make it no reference).
  if (v[0] == '$') {
    if (v.size() == 1 || v[1] == '{' || v[1] == '(') return true;
    std::size_t k = 1;
    while (k < v.size() && (std::isalnum(static_cast<unsigned char>(v[k])) || v[k] == '_')) ++k;
    // ... and a crypt(3) hash's "$2b$12$...", "$6$salt$..." is no password either.
    if (k == v.size() || v[k] == '/' || v[k] == ':' || v[k] == '.' || v[k] == '-' || v[k] == '}' ||
        v[k] == '$' ||
        std::all_of(v.begin() + static_cast<std::ptrdiff_t>(k), v.end(), [](char c) {
          return c == '`' || c == '"' || c == '\'' || c == ')' || c == ';' || c == ',' || c == ']';
        })) {
      return true;
    }
  }
  // A YAML alias: '*' and an anchor's name ("*defaults", "*db_env"). A name with digits
  // ("*sommer72", "*copper5871") reads as a password people start with a star, and a symbol
  // makes it one ("*zub=UY76!").
  if (v[0] == '*' && v.size() > 1 &&
      std::all_of(v.begin() + 1, v.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
      })) {
    return true;
  }
  static constexpr std::string_view kMarkers[] = {
      "${", "{{", "#{", "<%", "%(", "process.env", "os.environ", "os.getenv", "getenv(",
      "env(", "env[", "env.", "environ[", "secrets.", "vault:", "ssm:", "secretsmanager:",
      "keyvault", "import.meta.env", "system.getenv", "configuration[", "{env:",
      // Secret-store references: vals/helm-secrets (ref+vault://, ref+awssm://), 1Password
      // (op://), External Secrets and CSI providers, CloudFormation dynamic references, ARNs
      // of Secrets Manager and Parameter Store, GCP Secret Manager resource names, Ansible and
      // Home Assistant lookups.
      "ref+", "vault://", "op://", "akv://", "azkv://", "awssm://", "gcpsm://", "doppler://",
      "infisical://", "bws://", "sm://", "secret://", "{{resolve:", "arn:aws:secretsmanager",
      "arn:aws:ssm", "secretsmanager_secret", "vault_generic_secret", "vault_kv_secret",
      "hashi_vault", "!secret ", "!vault", "/secrets/", "secretkeyref", "secretref"};
  const Lowered lower(v);
  for (std::string_view marker : kMarkers) {
    if (lower.Contains(marker)) return true;
  }
  // "env:SMTP_PASS", "ENV:DB_PASSWORD": the name of the variable that holds it.
  if (v.size() > 4 && (v.starts_with("env:") || v.starts_with("ENV:")) &&
      (std::isalpha(static_cast<unsigned char>(v[4])) || v[4] == '_') &&
      std::all_of(v.begin() + 4, v.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
      })) {
    return true;
  }
  return v.size() > 2 && v.front() == '%' && v.back() == '%';
}

bool IsPublicByDesign(std::string_view value) {
  // An age recipient ("age1" + 58 bech32 characters) is the public half; its secret half
  // starts "AGE-SECRET-KEY-1".
  if (value.size() == 62 && value.starts_with("age1") &&
      std::all_of(value.begin() + 4, value.end(), [](char c) {
        return (c >= 'a' && c <= 'z' && c != 'b' && c != 'i' && c != 'o') ||
               (c >= '0' && c <= '9' && c != '1');
      })) {
    return true;
  }
  return value.starts_with("pk_live_") || value.starts_with("pk_test_") ||
         value.starts_with("pk.eyJ");
}

bool IsUuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool IsMetadataKey(std::string_view key) {
  // Trailing parts that name something about the credential, not the credential.
  static constexpr std::string_view kSuffixes[] = {
      "type", "name", "names", "url", "uri", "endpoint", "path", "file", "dir", "length", "len",
      "size", "count", "limit", "max", "min", "expiry", "expires", "expiration", "expires_in",
      "expiresin", "ttl", "timeout", "hash", "sha", "digest", "checksum", "fingerprint",
      "header", "field", "param", "prefix", "format", "policy", "version", "enabled", "required",
      "regex", "pattern", "label", "hint", "placeholder", "description", "method", "mode",
      "status", "provider", "env", "var", "ref", "source", "manager", "location", "kind",
      "usage", "rotation", "_at", "date", "time", "id", "ids", "arn", "index", "idx", "_key_id",
      "algorithm", "alg", "scheme", "strategy", "store", "storage", "policy", "rules", "_chars",
      "_ref", "service", "mount", "engine", "class", "attribute", "reset", "question", "hint",
      "generator", "validator", "callback", "handler", "option", "options", "config", "_set",
      // A file's name ("notes/creds.txt:81:..." in grep's output), not a field's.
      ".txt", ".json", ".yaml", ".yml", ".md", ".conf", ".cfg", ".ini", ".xml", ".toml", ".csv",
      ".log"};
  static constexpr std::string_view kWords[] = {
      "bypass", "compass", "passenger", "passive", "passage", "passport", "passthrough",
      "reisepass", "passnummer", "passeport", "passaport", "pass_no", "pass-nr", "pass_nr",
      "tokeniz", "max_token", "maxtoken", "token_count", "tokencount", "tokens_used",
      "num_token", "token_limit", "completion_token", "prompt_token", "input_token",
      "output_token", "total_token", "secretary", "surpass", "forgot", "confirm_password_label",
      "password_policy", "password_reset", "reset_password", "cache_token", "next_token",
      "nexttoken", "page_token", "pagetoken", "continuation_token", "csrf", "xsrf",
      "idempotency", "cancellation", "sync_token", "synctoken", "pagination", "token_endpoint",
      "_secret_arn", "is_secret", "issecret", "has_password", "haspassword", "show_password",
      "password_hash", "passwordhash", "hashed_password", "password_digest", "gpg_key",
      "pgp_key", "public_key", "publickey", "pub_key", "publishable", "public_token",
      "publictoken", "foreign_key",
      "sort_key", "partition_key", "hash_key", "range_key", "cache_key", "host_key",
      // A name that says the value is a stand-in ("EXAMPLE_TOKEN", "kExampleToken",
      // "mock_secret", "fake_password", "sample_api_key").
      "example", "sample", "dummy", "mock", "fake"};
  // Lower-case the key's last 128 bytes once; then plain searches.
  char buffer[128];
  const std::string_view tail = key.substr(key.size() > sizeof buffer ? key.size() - sizeof buffer : 0);
  for (std::size_t i = 0; i < tail.size(); ++i) buffer[i] = Lower(tail[i]);
  const std::string_view lower(buffer, tail.size());
  // Words grouped by their first character, built once: one pass over the key tries only the
  // words that can start at each position (a find per word cost a memchr and memcmps each).
  static const auto* const by_first = [] {
    auto* table = new std::array<std::vector<std::string_view>, 256>();
    for (std::string_view word : kWords) {
      (*table)[static_cast<unsigned char>(word.front())].push_back(word);
    }
    return table;
  }();
  for (std::size_t i = 0; i < lower.size(); ++i) {
    for (std::string_view word : (*by_first)[static_cast<unsigned char>(lower[i])]) {
      if (word.size() <= lower.size() - i && lower[i + word.size() - 1] == word.back() &&
          lower.compare(i, word.size(), word) == 0) {
        return true;
      }
    }
  }
  // An access key id is one half of a key pair (S3-compatible stores, Alibaba, R2): a
  // credential, whatever its "_id" suffix says.
  if (lower.ends_with("secret_id") || lower.ends_with("secretid") ||
      lower.ends_with("access_key_id") || lower.ends_with("accesskeyid") ||
      lower.ends_with("access-key-id")) {
    return false;
  }
  if (lower.empty()) return false;
  // Suffixes grouped by their last character, built once.
  static const auto* const by_last = [] {
    auto* table = new std::array<std::vector<std::string_view>, 256>();
    for (std::string_view suffix : kSuffixes) {
      (*table)[static_cast<unsigned char>(suffix.back())].push_back(suffix);
    }
    return table;
  }();
  for (std::string_view suffix : (*by_last)[static_cast<unsigned char>(lower.back())]) {
    // "apikey" ends with "key", never listed; "token_id" ends with "id": metadata.
    if (lower.ends_with(suffix)) return true;
  }
  return false;
}

namespace {

// Values that are literals or type names of code and config languages, not credentials.
bool IsCodeWord(std::string_view v) {
  static constexpr std::string_view kWords[] = {
      "true", "false", "null", "none", "nil", "undefined", "yes", "no", "on", "off", "string",
      "str", "int", "bool", "boolean", "number", "object", "required", "optional", "empty",
      "default", "secret", "password", "passwd", "token", "apikey", "api_key", "value", "test",
      "testing", "sample", "demo", "hidden", "masked", "n/a", "na", "tbd", "todo", "fixme",
      "env", "unset", "bearer", "basic", "private", "public", "string?", "str?", "any",
      "secretstr", "sensitive", "write-only", "writeonly", "readonly", "<string>", "text",
      "char", "varchar", "bytes", "[]byte", "function", "lambda", "self", "this", "async",
      "await", "return", "new", "const", "let", "var", "password123", "123456", "12345678",
      "qwerty", "admin", "root", "user", "username", "abc123", "letmein", "welcome",
      "pass", "pwd", "secret123", "mypassword", "mysecret", "supersecret", "secretkey"};
  for (std::string_view word : kWords) {
    if (EqualsNoCase(v, word)) return true;
  }
  return false;
}

// The ASCII letters of `v` and how many of them are vowels (a, e, i, o, u); with `lower_only`,
// the lower-case letters alone. Words are about two-fifths vowels, random letters about a fifth.
struct VowelCount {
  std::size_t letters = 0, vowels = 0;
};
VowelCount CountVowels(std::string_view v, bool lower_only) {
  VowelCount n;
  for (char c : v) {
    if (lower_only ? !(c >= 'a' && c <= 'z') : !std::isalpha(static_cast<unsigned char>(c))) continue;
    ++n.letters;
    const char l = Lower(c);
    if (l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u') ++n.vowels;
  }
  return n;
}

// An identifier or a member path (foo, foo_bar, fooBar, foo.bar, this->x, a::b), as code
// assigns a variable rather than a literal.
bool IsIdentifierLike(std::string_view v) {
  bool has_digit = false, has_upper = false, has_lower = false, has_sep = false;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isdigit(u)) {
      has_digit = true;
    } else if (std::isupper(u)) {
      has_upper = true;
    } else if (std::islower(u)) {
      has_lower = true;
    } else if (c == '_' || c == '.' || c == '-' || c == '>' || c == ':') {
      has_sep = true;
    } else {
      return false;
    }
  }
  if (has_digit) return false;
  // A PowerShell cmdlet (Verb-Noun: ConvertTo-SecureString, Get-Credential) is code.
  if (const std::size_t dash = v.find('-'); dash != std::string_view::npos && dash > 1 &&
      v.find('-', dash + 1) == std::string_view::npos && dash + 2 < v.size() &&
      std::isupper(static_cast<unsigned char>(v[0])) &&
      std::isupper(static_cast<unsigned char>(v[dash + 1]))) {
    return true;
  }
  // Names are made of words: a long run whose lower-case letters are under a fifth vowels
  // ("nfwzndeztrwbcMzVUedJOOEah", "nqvx-tpqy-rmxi-bdsn") is random, not a name.
  if (v.size() >= 16) {
    const VowelCount lower = CountVowels(v, true);
    if (lower.letters >= 12 && lower.vowels * 5 < lower.letters) return false;
  }
  // The same over every letter of a shorter run ("pkdQAJzxbbDfpKjw": 1 vowel in 16 letters).
  if (v.size() >= 12) {
    const VowelCount all = CountVowels(v, false);
    if (all.letters >= 12 && all.vowels * 6 < all.letters) return false;
  }
  if (v.find('.') != std::string_view::npos || v.find("->") != std::string_view::npos ||
      v.find("::") != std::string_view::npos) {
    return true;
  }
  // snake_case or camelCase words without digits.
  if (has_lower && has_sep && !has_upper) return true;
  if (has_lower && has_upper && !has_sep && std::islower(static_cast<unsigned char>(v[0]))) {
    return true;
  }
  return false;
}

// An unquoted ALL_CAPS name with an underscore (GROQ_API_KEY, DB_PASSWORD): code refers to a
// constant or an environment variable, it does not spell a credential.
bool IsConstantName(std::string_view v) {
  bool has_underscore = false;
  for (char c : v) {
    if (c == '_') {
      has_underscore = true;
    } else if (!std::isupper(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return has_underscore && v.front() != '_' && v.back() != '_';
}

int CharClasses(std::string_view v);

// zsh's extended history stamps a line ": 1713746397:0;cmd": the stamp after a line that ends
// in a credential's name ("--password-stdin") is no value.
bool IsHistoryStamp(std::string_view v) {
  const std::size_t colon = v.find(':');
  if (colon < 9 || colon == std::string_view::npos || colon + 1 == v.size()) return false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i != colon && !std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  }
  return true;
}

// Brackets inside a generated password ("MS8{etVJdg(JQyh}BJUx%sPGC%", "oK[pQ4a9xnp**3N"), not
// code or markup: ten or more characters of all four classes (or a long run of three), and no
// bracket doing what code does with one: one that opens or closes the value, an empty pair
// ("urandom(16).hex()"), a pair around a bare name ("{DB_PASS}", "args[0]"), a call after a word
// ("decrypt(X9#a)"), a regular expression ("(?=.*[A-Z])") or a SOPS-encrypted value
// ("ENC[AES256_GCM,data:...]").
bool BracketsInRandomValue(std::string_view v) {
  // Four classes, or three in a long random run (Django's 50-character keys have no capitals).
  const int classes = CharClasses(v);
  if (v.size() < 10 || classes < 3 || ShannonEntropy(v) < 3.2) return false;
  if (classes == 3 && (v.size() < 32 || ShannonEntropy(v) < 4.0)) return false;
  static constexpr std::string_view kCode[] = {"(?",  ".*",  ".+",  "\\d", "\\w",
                                               "\\s", "a-z", "A-Z", "0-9", "ENC["};
  for (std::string_view r : kCode) {
    if (v.find(r) != std::string_view::npos) return false;
  }
  // A bracket that opens the value or closes it (before a full stop or a comma) belongs to the
  // text around it: "(using password: X)", "${VAR:-X}", "**X**).".
  const std::size_t last = v.find_last_not_of(".,;:!?*");
  if (last == std::string_view::npos ||
      std::string_view(")]}").find(v[last]) != std::string_view::npos ||
      std::string_view("([{").find(v[0]) != std::string_view::npos) {
    return false;
  }
  const auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
  };
  std::size_t open[8];
  std::size_t depth = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '(' || c == '[' || c == '{') {
      // A call or an index after a word of three lower-case letters or more.
      std::size_t letters = 0;
      while (letters < i && std::islower(static_cast<unsigned char>(v[i - letters - 1]))) {
        ++letters;
      }
      const char close = c == '(' ? ')' : c == '[' ? ']' : '}';
      // The word starts the value or follows '.', as a name does ("decrypt(", "os.urandom(");
      // "6gkg(" in a random run is no call.
      const std::size_t word = i - letters;
      const bool name = word == 0 || v[word - 1] == '.';
      if (letters >= 3 && name && v.find(close, i) != std::string_view::npos) {
        return false;
      }
      if (depth < std::size(open)) open[depth++] = i;
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) continue;
      const std::size_t from = open[--depth];
      const char want = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (v[from] != want) continue;
      const std::string_view inside = v.substr(from + 1, i - from - 1);
      if (std::all_of(inside.begin(), inside.end(), name_char)) return false;
    }
  }
  return true;
}

bool CommonRejects(std::string_view key, std::string_view v) {
  if (IsMetadataKey(key)) return true;
  if (IsHistoryStamp(v)) return true;
  if (IsReference(v) || IsPlaceholder(v) || IsCodeWord(v)) return true;
  const Lowered lower(v);
  if (lower.Contains("test") || lower.Contains("dummy") || lower.Contains("fake")) return true;
  // Expressions, markup and prose are not credentials.
  if (v.find_first_of(" \t") != std::string_view::npos) return true;
  if (v.find_first_of("()[]{}") != std::string_view::npos && !BracketsInRandomValue(v)) return true;
  // Paths, URLs and file names.
  // A path has name-like segments; a random base64 run that starts with '/' is no path.
  const bool absolute_path = v[0] == '/' && v.find('/', 1) != std::string_view::npos &&
                             v.find_first_of("+=") == std::string_view::npos &&
                             !(v.size() >= 30 && CharClasses(v) >= 3 && ShannonEntropy(v) >= 4.0);
  if (absolute_path || v.starts_with("./") || v.starts_with("~/") || v.starts_with("../") ||
      v.find("://") != std::string_view::npos) {
    return true;
  }
  static constexpr std::string_view kExtensions[] = {".json", ".pem", ".key", ".txt", ".yaml",
                                                     ".yml", ".env", ".crt", ".p12", ".jks"};
  for (std::string_view ext : kExtensions) {
    if (EndsWithNoCase(v, ext)) return true;
  }
  return false;
}

int CharClasses(std::string_view v) {
  bool d = false, u = false, l = false, o = false;
  for (char c : v) {
    const auto x = static_cast<unsigned char>(c);
    if (std::isdigit(x)) d = true;
    else if (std::isupper(x)) u = true;
    else if (std::islower(x)) l = true;
    else o = true;
  }
  return d + u + l + o;
}

// A password a person chose: eight characters or more of three classes or four, with letters
// and a symbol a password holds ("otter?88", "Sommer!!", "R@m@d@n62"), not a reference
// ("$TOKEN", "%APPDATA%") or a key combination ("Ctrl+Shift+K").
bool HumanPassword(std::string_view v) {
  if (v.size() < kMinHumanSecretLength || v.size() > 64) return false;
  if (v[0] == '$' || v[0] == '%' || v[0] == '@' || CharClasses(v) < 3) return false;
  std::size_t letters = 0, symbols = 0;
  for (char c : v) {
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    if (std::string_view("!@#$%^&*?~+=").find(c) != std::string_view::npos) ++symbols;
  }
  if (letters < 3 || symbols == 0) return false;
  const Lowered lower(v);
  return !lower.Contains("ctrl+") && !lower.Contains("alt+") && !lower.Contains("shift+") &&
         !lower.Contains("cmd+");
}

}  // namespace

// A word of a program's identifiers ("current_working_dir", "app-config-prod"): three words
// joined with one of them are a name, not a passphrase.
static bool HasCodeWord(std::string_view v) {
  static constexpr std::string_view kCodeWords[] = {
      "dir", "file", "path", "name", "config", "conf", "current", "working", "prod", "production",
      "dev", "test", "tests", "stage", "staging", "local", "main", "app", "data", "env", "tmp",
      "temp", "root", "home", "log", "logs", "cache", "var", "bin", "lib", "src", "api", "url",
      "host", "port", "server", "client", "service", "system", "module", "values", "ids", "keys",
      "list", "map", "max", "min", "count", "size", "mode", "flag", "enabled", "disabled", "true",
      "false", "auth", "read", "write", "init", "run", "build", "deploy", "backup", "db", "sql",
      "http", "https", "json", "yaml", "xml", "html", "web", "site", "node", "pod", "cluster",
      "secrets", "passwords", "tokens", "creds", "credentials", "vault", "kms", "ssm", "aws",
      "gcp", "azure", "base", "prefix", "suffix", "hash", "salt", "input", "output", "user",
      "users", "group", "groups", "role", "roles", "admin", "readonly", "replica", "primary"};
  std::size_t start = 0;
  while (start <= v.size()) {
    std::size_t end = v.find_first_of(" -_.", start);
    if (end == std::string_view::npos) end = v.size();
    std::string w(v.substr(start, end - start));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kCodeWords), std::end(kCodeWords), w) != std::end(kCodeWords)) return true;
    start = end + 1;
  }
  return false;
}

bool IsPlausiblePassword(std::string_view key, std::string_view v, bool quoted) {
  if (v.size() < kMinPasswordLength || v.size() > 128) return false;
  // Under a password's name three words joined are a passphrase too ("anchor_jasper_dragon",
  // "puzzle-meadow-pixel"); a placeholder's words ("change_me", "use_vault_value") are not.
  if (IsDicewarePassphrase(v)) return !IsMetadataKey(key);
  if (IsDicewarePassphrase(v, 3) && !HasCodeWord(v)) return !IsMetadataKey(key);
  if (CommonRejects(key, v)) return false;
  if (!quoted && (IsIdentifierLike(v) || IsConstantName(v))) return false;
  if (ShannonEntropy(v) < 2.0) return false;
  return true;
}

// Names that end in "key" without naming a credential: identifiers of rows, cache entries,
// messages, objects, translations; site keys that pages publish.
constexpr std::string_view kNotSecretKeyNames[] = {
    "site_key", "sitekey", "site-key", "routing_key", "routingkey", "object_key", "objectkey",
    "s3_key", "dedup", "i18n", "translation", "message_key", "messagekey", "lookup_key",
    "lookupkey", "map_key", "unique_key", "natural_key", "composite_key", "row_key", "rowkey",
    "kms_key", "kmskey", "group_key", "groupkey", "storage_key", "storagekey", "query_key",
    "querykey", "state_key", "statekey", "event_key", "sort", "order_key", "index_key",
    "shard_key", "shardkey", "bucket_key", "file_key", "filekey", "path_key", "locale",
    "label_key", "labelkey", "hotkey", "hot_key", "shortcut", "keyboard", "music_key",
    "signal_key", "metric_key", "tag_key", "tagkey", "record_key", "entity_key", "item_key",
    "itemkey", "job_key", "task_key", "trace_key", "correlation", "request_key", "upload_key"};

bool IsRandomKeyValue(std::string_view key, std::string_view v, bool quoted) {
  if (v.size() < 16 && !HumanPassword(v)) return false;
  if (!IsPlausibleSecret(key, v, quoted)) return false;
  // "Public key", "host-key", "sort.key": compared as public_key, host_key, sort_key.
  std::string lower = core::AsciiLower(key);
  for (char& c : lower) {
    if (c == ' ' || c == '-' || c == '.') c = '_';
  }
  if (IsMetadataKey(lower)) return false;
  // A storage key that is long and very random is Azure's account key (88 characters of
  // base64), not a browser storage entry's name.
  const bool very_random = v.size() >= 40 && CharClasses(v) >= 3 && ShannonEntropy(v) >= 4.5;
  // A routing key of 32 random letters and digits is PagerDuty's (Alertmanager's routing_key),
  // not a message broker's dotted words.
  const bool random32 = v.size() == 32 && CharClasses(v) >= 3 && ShannonEntropy(v) >= 4.0;
  for (std::string_view word : kNotSecretKeyNames) {
    if (very_random && (word == "storage_key" || word == "storagekey")) continue;
    if (random32 && (word == "routing_key" || word == "routingkey")) continue;
    if (lower.find(word) != std::string::npos) return false;
  }
  if (v.size() < 16) return true;  // a person's password (HumanPassword above)
  if (CharClasses(v) >= 3 && ShannonEntropy(v) >= 3.5) return true;
  // Hex under a credential's name ("jwtKey", "--signing-key", "HMAC_KEY"): a key is often
  // written as hex, a row or cache key rarely under such a name.
  static constexpr std::string_view kCredentialWords[] = {
      "jwt", "sign", "hmac", "auth", "api", "root", "kek", "dek", "app", "rest", "psk", "wrap",
      "secret", "encrypt", "master", "private", "access", "cipher", "aes", "integration",
      "partner", "merchant", "license", "webhook", "service", "client", "server"};
  const bool hex = std::all_of(v.begin(), v.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
  });
  if (!hex || v.size() < 24 || ShannonEntropy(v) < 3.5) return false;
  return std::any_of(std::begin(kCredentialWords), std::end(kCredentialWords),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

bool IsRandomAssignedValue(std::string_view key, std::string_view v) {
  if (v.size() < 24 || v.size() > 256 || key.empty()) return false;
  if (IsMetadataKey(key)) return false;
  // A payment processor's object id ("evt=evt_R0X9P1TIbF76xQzj7r1qgViK" in a log).
  if (IsPaymentObjectId(v)) return false;
  static constexpr std::string_view kNotSecretNames[] = {
      "signature", "cursor", "etag", "nonce", "commit", "request", "trace", "integrity",
      "checksum", "image", "icon", "logo", "avatar", "thumbnail", "cert", "public", "content",
      "bundle", "crt", "pem", "wallet", "address", "deposit",
      "body", "payload", "blob", "build", "revision", "digest", "hash", "uuid", "guid",
      "session_id", "correlation", "req", "sha", "text"};
  const Lowered name(key);
  for (std::string_view n : kNotSecretNames) {
    if (name.Contains(n)) return false;
  }
  std::string underscored = core::AsciiLower(key);
  for (char& c : underscored) {
    if (c == ' ' || c == '-' || c == '.') c = '_';
  }
  for (std::string_view word : kNotSecretKeyNames) {
    if (underscored.find(word) != std::string::npos) return false;
  }
  const auto has = [v](char from, char to) {
    return std::any_of(v.begin(), v.end(), [=](char c) { return c >= from && c <= to; });
  };
  if (!has('A', 'Z') || !has('a', 'z') || !has('0', '9')) return false;
  const VowelCount letters = CountVowels(v, false);
  if (letters.vowels * 10 >= letters.letters * 3) return false;
  if (ShannonEntropy(v) < 4.2) return false;
  const Lowered lowered(v);
  // Request ids ("req_..."), CSP nonces, Terraform's provider hashes ("h1:..."), and images and
  // documents inlined as base64 (PNG, JPEG, GIF, WebP, PDF: their magic bytes encoded).
  if (lowered.Contains("example") || v.starts_with("sha256-") || v.starts_with("sha512-") ||
      v.starts_with("sha384-") || v.starts_with("eyJ") || v.starts_with("req_") ||
      v.starts_with("nonce-") || key == "h1" ||
      v.starts_with("iVBOR") || v.starts_with("/9j/") || v.starts_with("R0lGOD") ||
      v.starts_with("UklGR") || v.starts_with("JVBERi")) {
    return false;
  }
  // A path: a segment of three or more lower-case letters between slashes.
  if (v.find('/') != std::string_view::npos) {
    std::size_t start = 0;
    while (start <= v.size()) {
      std::size_t slash = v.find('/', start);
      if (slash == std::string_view::npos) slash = v.size();
      const std::string_view seg = v.substr(start, slash - start);
      if (slash < v.size() && seg.size() >= 3 &&
          std::all_of(seg.begin(), seg.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
      start = slash + 1;
    }
  }
  // Base64 of readable text is configuration (a JSON or YAML blob), not a key.
  if (v.size() % 4 == 0 && v.find_first_of("-_.~") == std::string_view::npos) {
    const std::string decoded = DecodeBase64Groups(v);
    if (!decoded.empty()) {
      std::size_t printable = 0;
      for (char c : decoded) {
        const auto u = static_cast<unsigned char>(c);
        printable += (u >= 0x20 && u < 0x7f) || c == '\n' || c == '\t' ? 1 : 0;
      }
      if (printable * 10 >= decoded.size() * 9) return false;
    }
  }
  // A Bitcoin address (Base58Check of a version byte and a 20-byte hash) is public.
  if (v.size() <= 35) {
    if (const auto payload = Base58CheckPayload(v); payload && payload->size() == 21) return false;
  }
  // Client-side analytics keys are published in every page (PostHog's phc_); BIP32 extended
  // public keys (xpub, ypub, zpub, tpub) are public.
  if (v.starts_with("phc_") || v.starts_with("xpub") || v.starts_with("ypub") ||
      v.starts_with("zpub") || v.starts_with("tpub")) {
    return false;
  }
  return !IsPlaceholder(v) && !IsPublicByDesign(v) && !IsReference(v);
}

bool IsPlausibleTableSecret(std::string_view v) {
  if (v.size() < 8 || v.size() > 512) return false;
  if (IsPlausibleSecret("secret", v, true)) return true;
  if (!IsPlausiblePassword("secret", v, true)) return false;
  // A short password of three classes ("xWoUV!4849"), or a long random run of one class (a
  // 52-letter Azure DevOps PAT).
  if (CharClasses(v) >= 3) return true;
  return v.size() >= 24 && ShannonEntropy(v) >= 3.5;
}

bool IsPlausiblePin(std::string_view v) {
  if (v.size() < 4 || v.size() > 8) return false;
  bool same = true, up = true, down = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
    if (i == 0) continue;
    same = same && v[i] == v[0];
    up = up && v[i] == v[i - 1] + 1;
    down = down && v[i] == v[i - 1] - 1;
  }
  return !same && !up && !down;
}

bool IsPlausibleAccessCode(std::string_view v) {
  // A keypad code may be written with the star that opens it or the hash that sends it
  // ("*3506", "7673#"): the digits between decide.
  if (v.size() > 1 && (v.front() == '*' || v.front() == '#')) v.remove_prefix(1);
  if (v.size() > 1 && v.back() == '#') v.remove_suffix(1);
  // A ticket's key ("PLAT-9453", "OPS-112"): a project's capitals, a dash, its number.
  {
    std::size_t caps = 0;
    while (caps < v.size() && v[caps] >= 'A' && v[caps] <= 'Z') ++caps;
    if (caps >= 2 && caps <= 10 && caps + 1 < v.size() && v[caps] == '-' &&
        std::all_of(v.begin() + static_cast<std::ptrdiff_t>(caps) + 1, v.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
  }
  std::string bare;
  bool digits_only = true;
  for (char c : v) {
    if (c == ' ' || c == '-') continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    digits_only = digits_only && c >= '0' && c <= '9';
    bare += c;
  }
  if (digits_only) {
    // A gift card's or a voucher's number in groups ("2210 4021 3920 9144").
    if (bare.size() >= 12 && bare.size() <= 20 && v.find_first_of(" -") != std::string_view::npos) {
      return bare.find_first_not_of(bare[0]) != std::string::npos;
    }
    if (bare.size() < 4 || bare.size() > 10) return false;
    return bare.size() > 8 ? bare.find_first_not_of(bare[0]) != std::string::npos
                           : IsPlausiblePin(bare);
  }
  // A letter then digits, as key safes and entry panels take them ("Z391", "A4821").
  if (bare.size() >= 4 && bare.size() <= 6 && bare[0] >= 'A' && bare[0] <= 'Z' &&
      std::all_of(bare.begin() + 1, bare.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return bare.find_first_not_of(bare[1], 1) != std::string::npos;  // not "A000"
  }
  if (bare.size() < 6 || bare.size() > 20) return false;
  bool digit = false;
  int upper = 0, lower = 0, rises = 0;  // rises: a capital right after a small letter
  for (std::size_t i = 0; i < bare.size(); ++i) {
    const char c = bare[i];
    digit = digit || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      if (i > 0 && bare[i - 1] >= 'a' && bare[i - 1] <= 'z') ++rises;
    }
    if (c >= 'a' && c <= 'z') ++lower;
  }
  // "79db2-e2ad8", "M2V5U-NFOW7", "YJIuCQ"; not "required", "Expired" or "SEE-DOCS".
  return digit || (upper >= 3 && lower >= 1 && rises >= 1);
}

bool IsPlausibleSheetCode(std::string_view v) {
  if (IsPlausibleAccessCode(v)) return true;
  int run = 0;
  for (char c : v) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l >= 'a' && l <= 'z' && std::string_view("aeiouy").find(l) == std::string_view::npos) {
      if (++run >= 3) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

bool IsPlausibleCardCode(std::string_view v) {
  if (v.size() < 3 || v.size() > 4) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  if (v.find_first_not_of(v[0]) == std::string_view::npos) return false;  // 000, 999
  return v != "123" && v != "1234" && v != "321";
}

bool IsPlausibleSecurityAnswer(std::string_view v) {
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (v.size() < 2 || v.size() > 40 || IsPlaceholder(v)) return false;
  std::string low;
  int words = 1;
  for (char c : v) {
    low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == ' ') ++words;
    if (c == '?' || c == '{' || c == '}' || c == '<' || c == '>' || c == '$' || c == '=') return false;
  }
  if (words > 5) return false;
  // What a form or a settings page prints in the answer's place.
  static constexpr std::string_view kNotAnswers[] = {
      "set", "not set", "yes", "no", "none", "n/a", "na", "enabled", "disabled", "configured",
      "required", "optional", "hidden", "redacted", "unknown", "removed", "reset", "changed",
      "on file", "see vault", "in vault", "stored", "updated", "verified", "ok", "true", "false",
      "null", "answer", "your answer", "same as before", "-", "--", "***", "****", "*****"};
  for (std::string_view w : kNotAnswers)
    if (low == w) return false;
  // A form that lists the question itself without a '?' ("Security question: Name of first pet").
  static constexpr std::string_view kQuestionHeads[] = {
      "what ", "which ", "who ", "where ", "when ", "name of ", "your ", "in what ", "favorite ",
      "favourite ", "first ", "mother's ", "father's ", "city ", "street "};
  for (std::string_view h : kQuestionHeads)
    if (low.starts_with(h)) return false;
  return low.find("answer") == std::string::npos && low.find("question") == std::string::npos;
}

bool IsDicewarePassphrase(std::string_view v, std::size_t fewest_joined) {
  static constexpr std::string_view kSentenceWords[] = {
      "the", "and", "for", "with", "from", "this", "that", "your", "you", "our", "are", "was",
      "were", "not", "see", "use", "ask", "via", "per", "into", "has", "have", "had", "will",
      "can", "may", "must", "should", "been", "its", "their", "there", "here", "then", "than",
      "when", "where", "what", "which", "who", "how", "all", "any", "some", "none", "more",
      "only", "also", "just", "but", "yet", "same", "still", "please", "check", "stored",
      "vault", "manager", "required", "missing", "empty", "unknown", "changed", "reset",
      "rotated", "expired", "hidden", "redacted", "blank", "null", "provided", "available",
      "field", "value", "set", "using", "used", "default", "enter", "type", "click", "login",
      "user", "account", "admin", "password", "secret", "token", "key", "days", "day", "week",
      "weeks", "month", "after", "before", "again", "now", "later", "soon", "tomorrow", "today",
      "yesterday", "next", "last", "first", "new", "old", "other", "les", "des", "une", "est",
      "pas", "dans", "pour", "avec", "sur", "que", "qui", "los", "las", "una", "por", "con",
      "para", "del", "die", "der", "das", "und", "ist", "nicht", "mit", "von", "het", "een",
      "van", "voor", "niet", "com", "uma", "dos", "non", "della", "sono", "does", "did", "get",
      "got", "let", "out", "off", "too", "very", "each", "every"};
  // Words joined by spaces, or by hyphens, underscores or dots ("thunder-bamboo-summer-thunder",
  // "harbor_pepper_puzzle_canyon"): one separator throughout; joined, `fewest_joined` words or
  // more (a resource's or a variable's name has fewer: "kube-system-default").
  const char separator = v.find(' ') != std::string_view::npos   ? ' '
                         : v.find('-') != std::string_view::npos ? '-'
                         : v.find('_') != std::string_view::npos ? '_'
                                                                 : '.';
  const std::size_t fewest = separator == ' ' ? 3 : fewest_joined;
  std::size_t words = 0, start = 0;
  bool number = false;
  while (start <= v.size()) {
    std::size_t end = v.find(separator, start);
    if (end == std::string_view::npos) end = v.size();
    const std::string_view w = v.substr(start, end - start);
    if (number) return false;  // a number only ends it
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const bool digits = !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), digit);
    if (digits && words >= 3) {
      number = true;
    } else {
      std::string_view letters = w;
      // The first word may be capitalised ("Thunder mango saffron zebra"), the last may end in
      // up to four digits or symbols ("... zebra@", "... harbor&").
      char lowered[16];
      if (words == 0 && !letters.empty() && letters[0] >= 'A' && letters[0] <= 'Z') {
        if (letters.size() > sizeof lowered) return false;
        std::copy(letters.begin(), letters.end(), lowered);
        lowered[0] = static_cast<char>(lowered[0] + 32);
        letters = std::string_view(lowered, letters.size());
      }
      if (end == v.size()) {
        std::size_t tail = 0;
        constexpr std::string_view kTail = "0123456789!@#$%^&*?_+=";
        while (tail < 4 && tail < letters.size() &&
               kTail.find(letters[letters.size() - 1 - tail]) != std::string_view::npos) {
          ++tail;
        }
        letters.remove_suffix(tail);
      }
      const std::string_view word = letters;
      if (word.size() < 3 || word.size() > 12) return false;
      // Letters of other Latin alphabets count ("marée cerise bougie"): bytes of UTF-8 sequences.
      if (!std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
          }) ||
          !(word[0] >= 'a' && word[0] <= 'z')) {
        return false;
      }
      if (std::find(std::begin(kSentenceWords), std::end(kSentenceWords), word) !=
          std::end(kSentenceWords)) {
        return false;
      }
      ++words;
    }
    start = end + 1;
  }
  return words >= fewest && words <= 8;
}

bool IsProsePassword(std::string_view v) {
  // A sentence names it a password: three words joined are one ("passphrase
  // dynamo-nutmeg-thistle").
  if (IsDicewarePassphrase(v, 3)) return true;
  // A long value named in a sentence ("der Schlüssel ist <80 random characters>") is a token.
  if (v.size() > 64) return v.size() <= 512 && IsPlausibleSecret("", v, true);
  if (v.size() < kMinPasswordLength) return false;
  if (!IsPlausiblePassword("password", v, true)) return false;
  bool letter = false, other = false;
  std::size_t digits = 0, symbols = 0, high = 0;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) letter = true;
    else other = true;  // a digit, a symbol or a non-ASCII byte
    digits += u >= '0' && u <= '9' ? 1 : 0;
    // Not a phone's or a date's punctuation.
    symbols += u < 0x80 && std::ispunct(u) && u != '-' && u != '.' && u != '/' && u != '(' &&
                       u != ')' && u != '+' && u != ',' && u != ':'
                   ? 1
                   : 0;
    high += u >= 0x80 ? 1 : 0;
  }
  if (letter && other) return true;
  // Letters of another script with digits or symbols ("사랑해96", "Ελλάδα13"), and digits with a
  // symbol ("409858*", "43124702#"): no number of a sentence is written so.
  if (!letter && high >= 4 && digits + symbols >= 1 && digits + symbols < v.size()) return true;
  if (!letter && high == 0 && symbols >= 1 && digits >= 5 && digits + symbols == v.size() &&
      symbols <= 2 &&
      std::isdigit(static_cast<unsigned char>(v.front()))) {
    return true;
  }
  // Random letters alone ("fjlocgtstvidbaqr"): twelve or more, under a quarter of them vowels,
  // as no word of a language written in Latin letters is.
  const VowelCount letters = CountVowels(v, false);
  if (letters.letters != v.size() || v.size() < 12) return false;
  if (letters.vowels * 4 < letters.letters) return true;
  // Words run together, twenty letters or more ("sonnenblumejuniperpinguimbrezel"): no word of
  // a sentence is that long.
  if (v.size() >= 20 &&
      std::all_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return true;
  }
  // Sixteen lower-case letters, under two fifths of them vowels: an app password (Google's).
  if (v.size() == 16 && letters.vowels * 5 < letters.letters * 2 &&
      std::all_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return true;
  }
  // Mixed case at random ("iBLXuYXAHkqHCEqW"): two or more runs of capitals inside, not the
  // one-capital humps of a camelCase name.
  int runs = 0;
  for (std::size_t i = 1; i + 1 < v.size(); ++i) {
    const auto up = [&](std::size_t k) { return v[k] >= 'A' && v[k] <= 'Z'; };
    if (up(i) && up(i + 1) && !up(i - 1)) ++runs;
  }
  if (runs >= 2) return true;
  // Or single lower-case letters between capitals, three times or more ("kAiHrUkFKXAi"): a
  // camelCase name's humps are words ("getUserName"), not lone letters.
  int lone = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto low = [&](std::size_t k) { return v[k] >= 'a' && v[k] <= 'z'; };
    if (low(i) && (i == 0 || !low(i - 1)) && (i + 1 == v.size() || !low(i + 1))) ++lone;
  }
  return lone >= 3;
}

// A UUID is a credential's value when its name says so: FIXTURE_SECRET, webhookSecret,
// AUTH_TOKEN (Vault's older tokens are UUIDs), but not a page token, a request's or a trace's
// (ids that are UUIDs too), a secret's id, nor an "api_key" (as often a tenant's or an app's id).
bool UuidNamesCredential(std::string_view key) {
  std::string name;
  for (char c : key) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  static constexpr std::string_view kIds[] = {"page", "cursor", "continuation", "next", "sync",
                                              "idempot", "request", "correlation", "trace",
                                              "csrf", "xsrf", "nonce", "state", "session"};
  for (std::string_view id : kIds) {
    if (name.find(id) != std::string::npos) return false;
  }
  // Vendors issue API and access keys as UUIDs (Opsgenie, Sauce Labs, Heroku, Splunk HEC).
  static constexpr std::string_view kEndings[] = {
      "secret", "password", "passwd", "token", "apikey", "accesskey", "authkey", "secretkey",
      "privatekey", "serverkey", "masterkey", "adminkey", "sdkkey", "integrationkey",
      "licensekey", "servicekey", "credential", "credentials"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return name.ends_with(e); });
}

// A payment processor's object id ("ch_P2Vg3c4vQvZWsJE3Z3vhwrRF", "pi_3Nq...", "cus_Q8..."):
// the object's prefix, then letters and digits only. Its secrets carry more ("pi_..._secret_...",
// "sk_live_...", "whsec_...").
bool IsPaymentObjectId(std::string_view v) {
  static constexpr std::string_view kPrefixes[] = {
      "ch_", "pi_", "py_", "re_", "in_", "cus_", "txn_", "src_", "card_", "pm_", "seti_", "sub_",
      "evt_", "po_", "tr_", "acct_", "prod_", "price_", "ii_", "il_", "dp_", "pyr_", "cbtxn_",
      "si_", "sch_", "cn_", "ba_", "btok_", "tok_", "iauth_", "ipi_"};
  for (std::string_view p : kPrefixes) {
    if (!v.starts_with(p)) continue;
    const std::string_view body = v.substr(p.size());
    return body.size() >= 14 && body.size() <= 40 &&
           std::all_of(body.begin(), body.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  }
  return false;
}

bool IsShareLinkToken(std::string_view v) {
  if (v.size() < 12 || v.size() > 64) return false;
  int upper = 0, lower = 0, digit = 0;
  for (char c : v) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
    else if (c >= '0' && c <= '9') ++digit;
  }
  // A slug: a word of 5+ lower-case letters standing between separators or the ends.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= v.size(); ++i) {
    if (i == v.size() || v[i] == '-' || v[i] == '_') {
      const std::string_view part = v.substr(start, i - start);
      if (part.size() >= 5 && part.size() < v.size() &&
          std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
      start = i + 1;
    }
  }
  return (upper >= 2 && lower >= 2 && digit >= 1) || (v.size() >= 24 && digit >= 4 && lower + upper >= 8);
}

bool IsPlausibleSecret(std::string_view key, std::string_view v, bool quoted) {
  if (IsPaymentObjectId(v)) return false;
  if (v.size() < kMinSecretLength) {
    return HumanPassword(v) && !CommonRejects(key, v);
  }
  if (v.size() > 512) return false;
  if (CommonRejects(key, v)) return false;
  if (IsUuid(v)) {
    // The UUID every document shows (RFC 4122's and Wikipedia's example) is nobody's key.
    if (v == "123e4567-e89b-12d3-a456-426614174000" || v == "123e4567-e89b-12d3-a456-426655440000" ||
        v == "550e8400-e29b-41d4-a716-446655440000") {
      return false;
    }
    return UuidNamesCredential(key);
  }
  if (IsIdentifierLike(v)) return false;
  if (!quoted && IsConstantName(v)) return false;
  if (CharClasses(v) < 2) return false;
  return ShannonEntropy(v) >= 3.0;
}

bool NamesCredential(std::string_view name) {
  const std::string n = core::AsciiLower(name);
  static constexpr std::string_view kWords[] = {"password", "passwd", "secret", "token",
                                                "api_key", "apikey", "api-key", "private_key",
                                                "access_key", "_pass", "_pwd", "passwort",
                                                "kennwort", "passphrase", "credential"};
  for (std::string_view word : kWords) {
    if (n.find(word) != std::string::npos) return !IsMetadataKey(name);
  }
  // A name in words that ends in "key" ("Mailgun key", "bitcoin WIF key", "Algolia admin
  // key"), but not one of the keys that are no credential.
  if (n.ends_with(" key") || n.ends_with("_key") || n.ends_with("-key")) {
    static constexpr std::string_view kNotCredential[] = {
        "public", "primary", "foreign", "sort", "partition", "hash", "shortcut", "hot", "music",
        "keyboard", "composite", "idempotency", "cache", "lookup", "unique", "host", "gpg",
        "pgp", "ssh", "publishable", "site", "map", "object", "routing", "translation",
        "i18n", "row", "index", "storage", "kms", "label", "tag"};
    for (std::string_view word : kNotCredential) {
      if (n.find(word) != std::string::npos) return false;
    }
    return !IsMetadataKey(name);
  }
  return false;
}

}  // namespace mcpgw::guards::secrets
