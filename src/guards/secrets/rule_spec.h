// RuleSpec: one secret rule as written (strings, not compiled), whatever its source: the
// built-in catalogue, a gitleaks TOML file or the gateway config. SecretEngine compiles them.
//
// Threading: plain values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mcpgw::guards::secrets {

// What confirms a regex match beyond the regex and the entropy threshold.
enum class Check : std::uint8_t {
  kNone,             // the regex (and entropy) decide
  kGithubChecksum,   // gh?_ / npm_ token: last 6 chars are base62 CRC32 of the 30 before them
  kJwt,              // three base64url parts; header and payload decode to JSON objects, "alg"
  kBasicAuth,        // base64 of "user:password" (HTTP Basic, Docker config "auth")
  kPemBlock,         // the match is a BEGIN header; the span extends over the key body to END
  kGenericPassword,  // group 1 is the key name; the value passes the password plausibility test
  kGenericSecret,    // group 1 is the key name; the value passes the token plausibility test
  kUrlPassword,      // a password inside a URL or connection string (references, placeholders)
  kOpaqueToken,      // a bearer/query token: not a reference, placeholder or identifier, entropy
  kBase64PrivateKey, // base64 of a PEM private key (kubeconfig client-key-data, k8s secrets)
  kKubernetesSecret, // the match is `kind: Secret`; every data/stringData value is a finding
  kProsePassword,    // a password named in a sentence: plausible, and letters with digits/symbols
  kGenericKey,       // like kGenericSecret for a name that only ends in "key": IsRandomKeyValue
  kMarkdownTable,    // the match is in a table header naming a credential column (markdown_table.h)
  kTableSecret,      // a bare value that must look like a credential (IsPlausibleTableSecret)
  kBitcoinKey,       // Base58Check of a WIF or BIP32 private key, checksum verified
  kSqlInsert,        // the match is INSERT INTO; the values under credential columns (sql_insert.h)
  kRandomValue,      // group 1 is any name, group 2 its value: IsRandomAssignedValue decides
  kPin,              // 4-8 digits that are no default (0000) or run (1234): IsPlausiblePin
  kAccessCode,       // a door, alarm or recovery code: IsPlausibleAccessCode
  kSheetCode,        // one code of a recovery sheet: IsPlausibleSheetCode
  kCardCode,         // a card's CVC/CVV next to the card: IsPlausibleCardCode
  kSecurityAnswer,   // the answer to a security question: IsPlausibleSecurityAnswer
  kShareToken,       // a share link's token: IsShareLinkToken
  kCsvTable,         // the match is in a delimited header naming a password column (csv_table.h)
  // The match is in a printed table's header naming a credential column (column_table.h): the
  // rule's entity PASSWORD reads password columns, any other entity the other credentials.
  kColumnTable,
};

// A gitleaks allowlist: a finding it matches is not reported.
struct AllowlistSpec {
  enum class Target : std::uint8_t { kSecret, kMatch, kLine };
  bool require_all = false;  // condition = "AND"; default "OR"
  Target target = Target::kSecret;
  std::vector<std::string> regexes;    // RE2, searched in the target
  std::vector<std::string> stopwords;  // case-insensitive substrings of the secret
  // paths/commits criteria: the gateway scans messages, not files, so these never match. An OR
  // allowlist ignores them; an AND allowlist that has them can never apply.
  bool has_unmatchable_criteria = false;
  std::vector<std::string> target_rules;  // global allowlists only: rule ids it is limited to
};

inline constexpr std::size_t kTriggerWidth = 128;

// A candidate finder the engine runs itself, for a rule no keyword gates and whose shape
// Vectorscan would match slowly (a long bounded run of a frequent class): each place it finds
// is tried once, anchored one byte before it.
enum class Finder : std::uint8_t {
  kNone,
  // A run of 51 or 52 base58 characters opening with 5, K, L, 9 or c, bounded by bytes that
  // are neither base58 nor base64 ('=' may stand before it, not after): where a Bitcoin key in
  // wallet import format can be.
  kBase58Run,
  // A run of 24 to 256 base64/base62 characters (and '-', '_', '.', '~') that is the value of
  // an assignment on its line (`NAME=`, `name: `, `"name": "`, `<name>`): the window starts at
  // the line, so the rule's regex reads the name too.
  kAssignedRun,
};

// What must follow a keyword hit for the rule's regex to be worth running.
enum class Gate : std::uint8_t {
  kNone,
  // The keyword is (part of) a key name followed by an assignment: after the rest of the name,
  // closing quotes and spaces comes one of = : > | ? , < ; and the name is not metadata about
  // a credential (token_type, max_tokens, password_file). Spares prose and code.
  kAssignment,
  // Whitespace, then a value character ("Bearer abc...", not "Bearer\"" or "bearer token").
  kSpaceThenValue,
  // "://" followed by userinfo with a ':' and an '@' before any '/', space or quote.
  kUserinfo,
  // A connection-string field: ';' (and spaces) before the keyword.
  kAfterSemicolon,
  // A URL query parameter: its name (holding the keyword) follows '?' or '&'.
  kQueryParameter,
  // The keyword is inside an XML element's name: name characters ([A-Za-z0-9_.:-]) lead back
  // to '<' and on to '>' ("<db_password>", "<ns:apiToken>"; not "password" in prose).
  kXmlTagName,
  // After the keyword come at most one quote, whitespace, then ':' or '=' ("key": "...",
  // key = ...), with no more name characters between.
  kSeparatorFollows,
  // The keyword starts a word: the byte before it is not [A-Za-z0-9_] ("eyJ..." after a quote
  // or a space; not inside a base64 blob).
  kWordStart,
  // The keyword ends a longer name ("search_key", "analyticsKey", "API key"): a name character
  // (or one space after one) before it, none after it, then an assignment as for kAssignment.
  kNameSuffix,
  // kSeparatorFollows, and a credential's word (pass, pwd, psk, secret, token, key, cred; pw, pat,
  // dsn, sig and auth standing alone)
  // within 160 bytes before the keyword ("- name: DB_PASSWORD\n  value: ...").
  kCredentialBefore,
  // kAssignment, and one of the rarer assignment forms: a note in parentheses after the name, a
  // type annotation before '=', a string prefix (@"", b'', r''), a YAML block scalar (> or |).
  kExtendedAssignment,
  // The keyword is in a quoted name that is a call's first argument, followed by a comma:
  // setProperty("password", ...), os.Setenv("DB_PASSWORD", ...).
  kFirstCallArgument,
  // A copula of a language other than English within 48 bytes after the keyword (" es ",
  // " est ", " c'est ", " é ", " ist ", " är ", " jest ", " là ", " adalah ").
  kForeignCopulaFollows,
  // A long value starts right after the keyword: 24+ of [A-Za-z0-9_-], a digit among them
  // ("token 11299537...", not "token for the portal").
  kLongValueFollows,
  // After spaces (and one opening double quote), a value of 8 to 64 bytes (no space or quote)
  // mixing three of upper case,
  // lower case, digits and other bytes, or 24+ long ("Passwort Wm60Hypasq4D3En", not
  // "password manager").
  kMixedValueFollows,
  // The keyword sits in a cell a table's header can hold (MayBeHeaderCell, column_table.h).
  kHeaderCell,
};
inline constexpr int kGateCount = static_cast<int>(Gate::kHeaderCell) + 1;

struct RuleSpec {
  std::string id;      // stable, used in "secrets.<id>"
  std::string entity;  // replacement token name, e.g. "GITHUB_PERSONAL_ACCESS_TOKEN"
  std::string regex;   // RE2 syntax
  std::vector<std::string> keywords;  // case-insensitive literals gating the regex
  // Vectorscan expressions gating the regex too, for rules no literal gates well (a match is at
  // most kTriggerWidth bytes wide): "SK[0-9a-fA-F]{32}" rather than the keyword "sk".
  std::vector<std::string> triggers;
  int secret_group = 0;  // 0: first non-empty capture group (whole match when none)
  // > 0: the capture group the placeholder, allow-list and entropy tests read instead of the
  // secret (a webhook URL is the span, its token what must not be a placeholder: the host of a
  // documentation URL is no reason to keep a real token).
  int check_group = 0;
  double entropy = 0;    // minimum Shannon entropy of the secret, bits per byte
  Check check = Check::kNone;
  float score = 1.0f;    // generic rules score lower so a specific rule wins a tie
  bool latin1 = false;   // match bytes (built-ins); false: UTF-8 as Go's regexp does
  // How far before a keyword hit the match may start (a token's prefix keyword: a few bytes; a
  // vendor or key name inside a longer key: more).
  std::uint16_t window_before = 256;
  // How far after the keyword the regex looks (a match reaching that edge is re-run unbounded,
  // so this only needs to cover what the regex must see to match at all).
  std::uint32_t window_after = 1024;
  // A cheap test at each keyword hit, before any regex runs; a hit failing it is dropped.
  Gate gate = Gate::kNone;
  // For the generic checks (kGenericPassword, kGenericSecret): the regex begins one byte before
  // the key name holding the keyword ("(?:^|[^a-z0-9_])(name)..."), so it is tried once, anchored
  // there, instead of searching a window. Only rules written that way may set it.
  bool anchored_at_key = false;
  // Every match of the regex begins exactly where one of its keywords does (the regex opens
  // with the keyword, after at most `(?i)`, `\b` and a group's parenthesis): the regex is then
  // tried once, anchored at each keyword hit's start, instead of searching a window around it.
  // The anchored try stops as soon as the text stops fitting, so a common keyword costs a few
  // bytes of matching instead of a window's worth. Trigger hits still open windows.
  bool starts_at_keyword = false;
  // Non-empty: a finding counts only when this text (ASCII, any case) comes earlier on the same
  // line as the match ("create secret" before a --from-literal).
  std::string line_requires;
  // Not kNone: this finder gates the rule (its keywords and triggers must be empty).
  Finder finder = Finder::kNone;
  std::vector<AllowlistSpec> allowlists;
  std::string origin;  // where it was defined, for error messages: "builtin", "rules.toml:12"
};

}  // namespace mcpgw::guards::secrets
