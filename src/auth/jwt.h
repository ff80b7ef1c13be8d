// JWT access tokens (RFC 7519) in JWS compact serialization (RFC 7515): parsing, signature
// verification against a JwkSet, and claim validation for an OAuth 2.1 resource server.
//
// Only asymmetric algorithms are accepted (RS256, ES256). Refused outright: JWE (five parts or an
// "enc" header), "alg":"none", HS* and every other algorithm, a "crit" header (no extension is
// understood), tokens over kMaxTokenBytes. Keys are only ever taken from the configured JwkSet:
// "jwk", "jku", "x5u" and "x5c" headers are ignored.
//
// A failure is a JwtFailure: a stable reason code (auth/reasons.h) and a fixed description that is
// safe to put in a WWW-Authenticate quoted-string (no '"' or '\\'); neither ever contains token
// material.
//
// Threading: pure functions; safe from any thread with a const JwkSet.
#pragma once

#include "auth/jwk.h"

#include <boost/json/object.hpp>
#include <boost/system/result.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::auth {

inline constexpr std::size_t kMaxTokenBytes = 16 * 1024;

struct JwtFailure {
  std::string_view reason;       // e.g. "auth.expired"
  std::string_view description;  // e.g. "the token has expired"; a constant
};

template <typename T>
using JwtResult = boost::system::result<T, JwtFailure>;

// A structurally valid token whose signature is not yet checked.
struct DecodedJwt {
  JwsAlgorithm algorithm = JwsAlgorithm::kRs256;
  std::string kid;                 // empty when the header has none
  boost::json::object header;
  boost::json::object claims;
  std::string_view signing_input;  // "<header>.<payload>": a view into the token passed to ParseJwt
  std::string signature;           // decoded bytes
};

// What a token must satisfy beyond its signature.
struct JwtRequirements {
  std::string issuer;    // "iss" must equal it exactly
  std::string audience;  // "aud" must equal it, or be an array holding it
  std::chrono::seconds leeway{60};
};

// A token that passed every check.
struct VerifiedJwt {
  std::string kid;
  std::string subject;              // "sub", empty when absent
  std::vector<std::string> scopes;  // from "scope" (space-separated) and "scp" (array or string)
  boost::json::object claims;
};

// Splits and decodes a compact JWS. Failures: auth.bad_token (size, part count, base64url, JSON
// that is not an object, a missing or non-string "alg", a non-string "kid"), auth.unsupported_alg
// (JWE, "none", HS*, anything but RS256/ES256, a "crit" header).
JwtResult<DecodedJwt> ParseJwt(std::string_view token);

// Checks the signature with the key named by "kid", or, without a kid, with each key of the
// token's algorithm. Failures: auth.unknown_key (no key with that kid, or none of that algorithm),
// auth.alg_mismatch (the kid's key is for another algorithm), auth.bad_signature.
JwtResult<void> VerifyJwtSignature(const DecodedJwt& jwt, const JwkSet& keys);

// Validates the registered claims of an already verified token at time `now`. Failures:
// auth.missing_exp, auth.expired (now >= exp + leeway), auth.not_yet_valid (nbf > now + leeway),
// auth.issued_in_future (iat > now + leeway), auth.wrong_issuer, auth.wrong_audience,
// auth.bad_token (a claim of the wrong JSON type, e.g. "exp":"123", or a non-finite number).
JwtResult<VerifiedJwt> ValidateJwtClaims(const DecodedJwt& jwt, const JwtRequirements& requirements,
                                         std::chrono::system_clock::time_point now);

// ParseJwt, then VerifyJwtSignature, then ValidateJwtClaims: claims are judged only once the
// signature holds, so an unverified token never learns which claim was wrong.
JwtResult<VerifiedJwt> VerifyJwt(std::string_view token, const JwkSet& keys,
                                 const JwtRequirements& requirements,
                                 std::chrono::system_clock::time_point now);

}  // namespace mcpgw::auth
