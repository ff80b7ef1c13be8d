#include "auth/jwt.h"

#include "auth/base64url.h"
#include "auth/openssl_ptr.h"
#include "auth/reasons.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <openssl/err.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace mcpgw::auth {
namespace {

namespace json = boost::json;

constexpr std::size_t kEs256SignatureBytes = 64;

JwtFailure Malformed(std::string_view description) { return {reason::kBadToken, description}; }

JwtResult<json::object> DecodeJsonObject(std::string_view part, std::string_view what_bad) {
  auto bytes = Base64UrlDecode(part);
  if (!bytes) return Malformed(what_bad);
  boost::system::error_code ec;
  json::value value = json::parse(*bytes, ec);
  if (ec || !value.is_object()) return Malformed(what_bad);
  return std::move(value.get_object());
}

// Converts a JWS ECDSA signature (R || S, 32 bytes each) to the DER form OpenSSL verifies.
std::optional<std::string> EcdsaRawToDer(std::string_view raw) {
  if (raw.size() != kEs256SignatureBytes) return std::nullopt;
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  EcdsaSigPtr sig(ECDSA_SIG_new());
  BignumPtr r(BN_bin2bn(bytes, kEs256SignatureBytes / 2, nullptr));
  BignumPtr s(BN_bin2bn(bytes + kEs256SignatureBytes / 2, kEs256SignatureBytes / 2, nullptr));
  if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) return std::nullopt;
  (void)r.release();  // owned by sig now
  (void)s.release();
  const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
  if (size <= 0) return std::nullopt;
  std::string der(static_cast<std::size_t>(size), '\0');
  auto* out = reinterpret_cast<unsigned char*>(der.data());
  if (i2d_ECDSA_SIG(sig.get(), &out) != size) return std::nullopt;
  return der;
}

bool SignatureMatches(const Jwk& key, const DecodedJwt& jwt) {
  std::string der;
  std::string_view signature = jwt.signature;
  if (jwt.algorithm == JwsAlgorithm::kEs256) {
    auto converted = EcdsaRawToDer(signature);
    if (!converted) return false;
    der = std::move(*converted);
    signature = der;
  }
  EvpMdCtxPtr ctx(EVP_MD_CTX_new());
  const bool ok =
      ctx &&
      EVP_DigestVerifyInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key.key.get(),
                              nullptr) == 1 &&
      EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                       signature.size(),
                       reinterpret_cast<const unsigned char*>(jwt.signing_input.data()),
                       jwt.signing_input.size()) == 1;
  ERR_clear_error();  // a failed verification leaves entries on this thread's error queue
  return ok;
}

// A NumericDate claim: nullopt when absent; a failure when not a finite number.
JwtResult<std::optional<double>> NumericDate(const json::object& claims, std::string_view name) {
  const json::value* value = claims.if_contains(name);
  if (!value) return std::optional<double>();
  if (!value->is_number()) return Malformed("a time claim is not a number");
  boost::system::error_code ec;
  const double seconds = value->to_number<double>(ec);
  if (ec || !std::isfinite(seconds)) return Malformed("a time claim is out of range");
  return std::optional<double>(seconds);
}

// Adds the space-separated scopes of `text` to `scopes`, skipping duplicates.
void AddScopes(std::string_view text, std::vector<std::string>& scopes) {
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view scope = text.substr(0, space);
    if (!scope.empty() && std::find(scopes.begin(), scopes.end(), scope) == scopes.end()) {
      scopes.emplace_back(scope);
    }
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
}

JwtResult<std::vector<std::string>> Scopes(const json::object& claims) {
  std::vector<std::string> scopes;
  if (const json::value* scope = claims.if_contains("scope")) {
    if (!scope->is_string()) return Malformed("'scope' is not a string");
    AddScopes(scope->get_string(), scopes);
  }
  if (const json::value* scp = claims.if_contains("scp")) {
    if (scp->is_string()) {
      AddScopes(scp->get_string(), scopes);
    } else if (scp->is_array()) {
      for (const json::value& item : scp->get_array()) {
        if (!item.is_string()) return Malformed("'scp' holds a non-string");
        AddScopes(item.get_string(), scopes);
      }
    } else {
      return Malformed("'scp' is neither a string nor an array");
    }
  }
  return scopes;
}

JwtResult<void> CheckAudience(const json::object& claims, std::string_view audience) {
  const JwtFailure wrong{reason::kWrongAudience, "the token is not for this resource"};
  const json::value* aud = claims.if_contains("aud");
  if (!aud || audience.empty()) return wrong;
  if (aud->is_string()) {
    if (aud->get_string() == audience) return {};
    return wrong;
  }
  if (!aud->is_array()) return Malformed("'aud' is neither a string nor an array");
  bool found = false;
  for (const json::value& item : aud->get_array()) {
    if (!item.is_string()) return Malformed("'aud' holds a non-string");
    found = found || item.get_string() == audience;
  }
  if (found) return {};
  return wrong;
}

}  // namespace

JwtResult<DecodedJwt> ParseJwt(std::string_view token) {
  if (token.size() > kMaxTokenBytes) return Malformed("the token is too large");
  const std::size_t dots = std::count(token.begin(), token.end(), '.');
  if (dots == 4) {
    return JwtFailure{reason::kUnsupportedAlg, "encrypted tokens (JWE) are not supported"};
  }
  if (dots != 2) return Malformed("the token is not a compact JWS");
  const std::size_t first = token.find('.');
  const std::size_t second = token.find('.', first + 1);

  DecodedJwt jwt;
  auto header = DecodeJsonObject(token.substr(0, first), "the token header is malformed");
  if (!header) return header.error();
  jwt.header = std::move(*header);
  if (jwt.header.contains("enc")) {
    return JwtFailure{reason::kUnsupportedAlg, "encrypted tokens (JWE) are not supported"};
  }
  const json::value* alg = jwt.header.if_contains("alg");
  if (!alg || !alg->is_string()) return Malformed("the token header has no 'alg'");
  const auto algorithm = ParseJwsAlgorithm(alg->get_string());
  if (!algorithm) {
    return JwtFailure{reason::kUnsupportedAlg, "the signing algorithm is not accepted"};
  }
  jwt.algorithm = *algorithm;
  if (jwt.header.contains("crit")) {
    return JwtFailure{reason::kUnsupportedAlg, "critical header extensions are not supported"};
  }
  if (const json::value* kid = jwt.header.if_contains("kid")) {
    if (!kid->is_string()) return Malformed("the token header's 'kid' is not a string");
    jwt.kid = kid->get_string();
  }

  auto claims =
      DecodeJsonObject(token.substr(first + 1, second - first - 1), "the token payload is malformed");
  if (!claims) return claims.error();
  jwt.claims = std::move(*claims);

  auto signature = Base64UrlDecode(token.substr(second + 1));
  if (!signature || signature->empty()) return Malformed("the token signature is malformed");
  jwt.signature = std::move(*signature);
  jwt.signing_input = token.substr(0, second);
  return jwt;
}

JwtResult<void> VerifyJwtSignature(const DecodedJwt& jwt, const JwkSet& keys) {
  bool kid_found = false;
  bool candidate_found = false;
  for (const Jwk& key : keys.keys()) {
    if (!jwt.kid.empty()) {
      if (key.kid != jwt.kid) continue;
      kid_found = true;
    }
    if (key.algorithm != jwt.algorithm) continue;
    candidate_found = true;
    if (SignatureMatches(key, jwt)) return {};
  }
  if (!jwt.kid.empty() && !kid_found) {
    return JwtFailure{reason::kUnknownKey, "no key with the token's key id"};
  }
  if (!candidate_found) {
    if (kid_found) return JwtFailure{reason::kAlgMismatch, "the key id names a key of another algorithm"};
    return JwtFailure{reason::kUnknownKey, "no key for the token's algorithm"};
  }
  return JwtFailure{reason::kBadSignature, "the token signature is invalid"};
}

JwtResult<VerifiedJwt> ValidateJwtClaims(const DecodedJwt& jwt, const JwtRequirements& requirements,
                                         std::chrono::system_clock::time_point now) {
  const json::object& claims = jwt.claims;
  const double now_seconds =
      std::chrono::duration<double>(now.time_since_epoch()).count();
  const double leeway = static_cast<double>(requirements.leeway.count());

  auto exp = NumericDate(claims, "exp");
  if (!exp) return exp.error();
  if (!*exp) return JwtFailure{reason::kMissingExp, "the token has no expiry"};
  if (now_seconds >= **exp + leeway) return JwtFailure{reason::kExpired, "the token has expired"};
  auto nbf = NumericDate(claims, "nbf");
  if (!nbf) return nbf.error();
  if (*nbf && **nbf > now_seconds + leeway) {
    return JwtFailure{reason::kNotYetValid, "the token is not valid yet"};
  }
  auto iat = NumericDate(claims, "iat");
  if (!iat) return iat.error();
  if (*iat && **iat > now_seconds + leeway) {
    return JwtFailure{reason::kIssuedInFuture, "the token was issued in the future"};
  }

  const json::value* iss = claims.if_contains("iss");
  if (requirements.issuer.empty() || !iss || !iss->is_string() ||
      iss->get_string() != requirements.issuer) {
    return JwtFailure{reason::kWrongIssuer, "the token is from another issuer"};
  }
  auto audience = CheckAudience(claims, requirements.audience);
  if (!audience) return audience.error();

  VerifiedJwt verified;
  if (const json::value* sub = claims.if_contains("sub")) {
    if (!sub->is_string()) return Malformed("'sub' is not a string");
    verified.subject = sub->get_string();
  }
  auto scopes = Scopes(claims);
  if (!scopes) return scopes.error();
  verified.scopes = std::move(*scopes);
  verified.kid = jwt.kid;
  verified.claims = claims;
  return verified;
}

JwtResult<VerifiedJwt> VerifyJwt(std::string_view token, const JwkSet& keys,
                                 const JwtRequirements& requirements,
                                 std::chrono::system_clock::time_point now) {
  auto jwt = ParseJwt(token);
  if (!jwt) return jwt.error();
  auto signature = VerifyJwtSignature(*jwt, keys);
  if (!signature) return signature.error();
  return ValidateJwtClaims(*jwt, requirements, now);
}

}  // namespace mcpgw::auth
