// Validators: pure checks that confirm (or reject) what a rule's regex matched. They decide what
// shape alone cannot: checksums, decodable structure, entropy, and whether a value is a
// placeholder, a variable reference or code rather than a credential.
//
// Threading: pure functions; safe from any thread. None allocates unless noted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mcpgw::guards::secrets {

// Shannon entropy of the byte distribution of `s`, in bits per byte (0 for empty input).
double ShannonEntropy(std::string_view s);

// CRC32 (IEEE, as zlib) of `data` written as 6 base62 digits (0-9A-Za-z), zero-padded: the
// checksum GitHub and npm append to their tokens.
std::string Base62Crc32(std::string_view data);

// True when `token` is "<3 letters>_" + 30 base62 chars + 6 base62 chars that are the
// Base62Crc32 of the 30 (ghp_ gho_ ghu_ ghs_ ghr_ npm_ tokens).
bool GithubChecksumValid(std::string_view token);

// True when `token` is a JWS compact serialization: three '.'-separated base64url parts (the
// signature may be empty for alg "none"), the header decoding to a JSON object with "alg" and
// the payload to a JSON object. Allocates for decoding.
bool LooksLikeJwt(std::string_view token);

// Standard base64 (with '=' padding) decoded, whole 4-character groups only (a trailing partial
// group is ignored); empty when a group is not base64. Allocates.
std::string DecodeBase64Groups(std::string_view b64);

// True when `b64` is standard base64 of printable "user:password" with both parts non-empty
// (HTTP Basic credentials, the "auth" field of a Docker config). Allocates for decoding.
bool IsBasicCredential(std::string_view b64);

// True when `s` is Base58Check of a Bitcoin private key: wallet import format (version 0x80,
// or 0xEF on testnet; 32 key bytes, then 0x01 when the public key is compressed) or a BIP32
// extended private key (xprv/tprv/yprv/zprv/...: 78 bytes whose key data starts with 0x00),
// each followed by the first 4 bytes of the double SHA-256 of what precedes them. The checksum
// makes a random 51/52-character run of base58 pass once in four billion.
bool IsBitcoinPrivateKey(std::string_view s);

// True when `b64` is standard base64 whose decoded start is a PEM private key header
// ("-----BEGIN ... PRIVATE KEY"), as in a kubeconfig's client-key-data.
bool IsBase64PrivateKey(std::string_view b64);

// True for values that only stand in for a secret: documented examples ("EXAMPLE"), masks
// ("****", "xxxx", "REDACTED"), "<your-token>", "changeme", "your_api_key_here", "dummy",
// "placeholder", runs of one character, ascending sequences. Applied to every rule.
bool IsPlaceholder(std::string_view value);

// True for keys their vendor publishes by design, meant for browsers and apps: Stripe
// publishable keys (pk_live_..., pk_test_...) and Mapbox public tokens (pk.eyJ...). Masking them
// protects nothing and breaks the pages and configs that carry them. Applied to every rule.
bool IsPublicByDesign(std::string_view value);

// True for values that refer to a secret held elsewhere: ${VAR}, $VAR, {{ var }}, %VAR%,
// process.env.X, os.environ[...], os.getenv(...), <%= %>, #{...}, secrets.X, vault: refs.
bool IsReference(std::string_view value);

// True when `s` is a UUID (8-4-4-4-12 hex).
bool IsUuid(std::string_view s);

// The plausibility tests of the generic assignment rules. `key` is the name the value was
// assigned to (as written, any case), `quoted` whether the value was quoted. They reject
// references, placeholders, type names and literals of code (true, null, string, ...),
// identifiers and expressions (unquoted foo.bar, getPassword()), keys that name something
// about a secret rather than the secret (token_type, password_file, secret_name, max_tokens).
bool IsPlausiblePassword(std::string_view key, std::string_view value, bool quoted);
bool IsPlausibleSecret(std::string_view key, std::string_view value, bool quoted);
// The shortest values they accept (the engine skips a key whose value cannot be that long).
inline constexpr std::size_t kMinPasswordLength = 6;
inline constexpr std::size_t kMinSecretLength = 10;
// A shorter value under a secret's or a key's name counts when a person chose it as a password
// (HumanPassword in validators.cc): "SECRET=otter?88", "master_key=R@m@d@n62".
inline constexpr std::size_t kMinHumanSecretLength = 8;

// A passphrase of dictionary words ("saffron panda pirate glacier", "jasmine orbit copper 26"):
// three to eight lower-case words of 3-12 letters (a number may end it), none of them a word
// that writes a sentence ("the", "see", "stored", "vault") in the languages a note is written in.
// Words joined by '-', '_' or '.' instead of spaces count from `fewest_joined` words.
bool IsDicewarePassphrase(std::string_view v, std::size_t fewest_joined = 4);

// A password a sentence gives ("the new password is Xk9#mPq2"): plausible as a quoted password,
// 6 to 64 bytes, with a letter and a digit or symbol, so that words ("stored", "expired")
// following "password is" are not taken for one; or a passphrase of words (above).
bool IsProsePassword(std::string_view value);

// A payment processor's object id: a known object prefix ("ch_", "pi_", "cus_", "txn_") then
// 14-40 letters and digits. Ids, not credentials ("pi_..._secret_..." is one).
bool IsPaymentObjectId(std::string_view v);

// A share link's token ("pQ9C03dlXl7BjMNB1eqk", "7t0vmm3k8d2dyg8lyu1a3ksr4n5s7xna"): 12-64
// characters, mixed case with a digit, or 24+ with four digits; no run of five lower-case letters
// between separators reads as a slug ("release-checklist-2026").
bool IsShareLinkToken(std::string_view v);

// A PIN a note gives ("SIM PIN: 4821"): 4 to 8 digits, not one digit repeated (0000, a factory
// default) and not a run up or down (1234, 987654).
bool IsPlausiblePin(std::string_view value);

// A code labelled as a door's, an alarm's or a recovery code: 4-10 digits (in groups of 3-5 or
// not) that are no default or run, or 6-20 letters and digits (grouped by '-' or not) holding
// a digit, or mixed case; not a word.
// One code of a printed recovery or backup sheet, in the sheet's shape already: what
// IsPlausibleAccessCode takes, or letters only with a run of three consonants (y counts as a
// vowel) few words have ("nayq-pxsh" and "PXGQL-KVWYP" pass; "read-only" and, alas,
// "dadj-ocek" fail).
bool IsPlausibleSheetCode(std::string_view v);

// A card's security code (CVC, CVV, CID) written next to the card: 3 or 4 digits that are no
// run of one digit and no 123.
bool IsPlausibleCardCode(std::string_view v);

// The answer to a security question as a password manager or a note keeps it ("Rex", "blue
// Vespa"): at most 5 words, no placeholder, no form text ("not set", "see vault"), no question.
bool IsPlausibleSecurityAnswer(std::string_view v);

bool IsPlausibleAccessCode(std::string_view value);

// A cell of a table column headed "secret"/"password"/"token": IsPlausibleSecret, or 8+
// characters of three classes, or 24+ random characters of one class.
bool IsPlausibleTableSecret(std::string_view value);

// For a name that only ends in "key" (search_key, analyticsKey, provider_key): the value passes
// IsPlausibleSecret and looks random (16+ characters of three classes, entropy >= 3.5), and the
// name is not one of the keys that identify rows, objects, messages or published site keys.
bool IsRandomKeyValue(std::string_view key, std::string_view value, bool quoted);

// A value assigned under any name that is itself a credential by its shape (config files name
// credentials freely: `hush = ...`, `HIMITSU=...`, `<tk>...</tk>`): 24+ characters with upper
// and lower case letters and digits, random (entropy >= 4.2 bits, under 30% vowels among its
// letters), not a path, not base64 of readable text, not a documented example; and the name
// is no metadata, id, hash, signature, cursor or public value.
bool IsRandomAssignedValue(std::string_view key, std::string_view value);

// True when `key` names metadata about a credential rather than the credential itself.
bool IsMetadataKey(std::string_view key);

// True when a name written by a person (a table's first cell, an SQL column) says its value is
// a credential: it holds password, passwd, secret, token, api_key, private_key, access_key,
// _pass, _pwd, passwort, kennwort, passphrase or credential, or ends in " key"/"_key"/"-key"
// ("Mailgun key", "bitcoin WIF key") but not a key that is no credential (public, primary,
// foreign, sort, shortcut, cache, ssh, ...); and it is no metadata name (IsMetadataKey).
bool NamesCredential(std::string_view name);

}  // namespace mcpgw::guards::secrets
