// JwkSet: the public signature keys of a JWKS document (RFC 7517), built into OpenSSL keys, each
// bound to the one JWS algorithm it may verify.
//
// Supported: "kty":"RSA" (n, e; 2048 to 8192 bits; verifies RS256) and "kty":"EC" with
// "crv":"P-256" (x, y of 32 bytes each; verifies ES256). Keys whose "use" is present and not
// "sig" (e.g. encryption keys published alongside) are skipped, not errors.
//
// Threading: immutable after Parse; a const JwkSet may be used from any number of threads (the
// OpenSSL keys are only read). Copies share the keys.
#pragma once

#include "core/status.h"

#include <openssl/types.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::auth {

// The JWS algorithms the gateway verifies. Asymmetric only: symmetric (HS*) and "none" can never
// be selected, which also rules out algorithm confusion (a public key used as an HMAC secret).
enum class JwsAlgorithm { kRs256, kEs256 };

// "RS256" -> kRs256, "ES256" -> kEs256; anything else (including "none", "HS256") -> nullopt.
std::optional<JwsAlgorithm> ParseJwsAlgorithm(std::string_view name);
std::string_view JwsAlgorithmName(JwsAlgorithm algorithm);

// One verification key.
struct Jwk {
  std::string kid;  // empty when the JWK has no "kid"
  JwsAlgorithm algorithm = JwsAlgorithm::kRs256;
  std::shared_ptr<EVP_PKEY> key;  // a public key; never null in a parsed set
};

class JwkSet {
 public:
  // Limits on the document.
  static constexpr std::size_t kMaxDocumentBytes = 1 << 20;
  static constexpr std::size_t kMaxKeys = 64;

  // Parses a JWKS document {"keys":[...]}. Failures (message names the key by index and kid):
  // text that is not a JSON object with a "keys" array, a document over the limits, a key that is
  // not an object, an unsupported "kty" or "crv", an "alg" that is not the key type's algorithm,
  // missing or malformed members (non-base64url, wrong lengths, an RSA key under 2048 bits, a
  // point not on the curve), or no usable signature key at all.
  static Result<JwkSet> Parse(std::string_view jwks_json);

  const std::vector<Jwk>& keys() const { return keys_; }

  // True when both sets hold the same keys (kid, algorithm, public key) in the same order.
  bool SameKeys(const JwkSet& other) const;

 private:
  std::vector<Jwk> keys_;
};

}  // namespace mcpgw::auth
