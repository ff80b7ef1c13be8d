#include "auth/jwk.h"

#include "auth/base64url.h"
#include "auth/openssl_ptr.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <openssl/core_names.h>
#include <openssl/err.h>

#include <string>
#include <utility>

namespace mcpgw::auth {
namespace {

namespace json = boost::json;

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;
constexpr std::size_t kP256CoordinateBytes = 32;

// A required base64url string member, decoded.
Result<std::string> DecodedMember(const json::object& jwk, std::string_view name) {
  const json::value* value = jwk.if_contains(name);
  if (!value) return MakeError("missing \"" + std::string(name) + "\"");
  if (!value->is_string()) return MakeError("\"" + std::string(name) + "\" is not a string");
  auto decoded = Base64UrlDecode(value->get_string());
  if (!decoded) return MakeError("\"" + std::string(name) + "\" is not base64url");
  return decoded;
}

// Builds a public key of `type` ("RSA", "EC") from parameters and checks it.
Result<EvpPkeyPtr> KeyFromParams(const char* type, OSSL_PARAM_BLD* builder) {
  OsslParamPtr params(OSSL_PARAM_BLD_to_param(builder));
  EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* raw = nullptr;
  if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
      EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    ERR_clear_error();
    return MakeError("invalid public key (refused by OpenSSL)");
  }
  EvpPkeyPtr key(raw);
  EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) {
    ERR_clear_error();
    return MakeError("invalid public key");
  }
  return key;
}

Result<EvpPkeyPtr> RsaKey(const json::object& jwk) {
  auto n = DecodedMember(jwk, "n");
  if (!n) return n.error();
  auto e = DecodedMember(jwk, "e");
  if (!e) return e.error();
  BignumPtr n_bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(n->data()),
                           static_cast<int>(n->size()), nullptr));
  BignumPtr e_bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(e->data()),
                           static_cast<int>(e->size()), nullptr));
  if (!n_bn || !e_bn) return MakeError("out of memory");
  const int bits = BN_num_bits(n_bn.get());
  if (bits < kMinRsaBits) return MakeError("RSA key has fewer than 2048 bits");
  if (bits > kMaxRsaBits) return MakeError("RSA key has more than 8192 bits");
  OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
  if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n_bn.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e_bn.get()) != 1) {
    return MakeError("out of memory");
  }
  return KeyFromParams("RSA", builder.get());
}

Result<EvpPkeyPtr> P256Key(const json::object& jwk) {
  auto x = DecodedMember(jwk, "x");
  if (!x) return x.error();
  auto y = DecodedMember(jwk, "y");
  if (!y) return y.error();
  if (x->size() != kP256CoordinateBytes || y->size() != kP256CoordinateBytes) {
    return MakeError("P-256 coordinates must be 32 bytes each");
  }
  const std::string point = '\x04' + *x + *y;  // SEC1 uncompressed point
  OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
  if (!builder ||
      OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1",
                                      0) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                       point.size()) != 1) {
    return MakeError("out of memory");
  }
  return KeyFromParams("EC", builder.get());
}

// Parses one JWK. Returns nullopt (no error) for a key that is not for signatures.
Result<std::optional<Jwk>> ParseKey(const json::object& jwk) {
  if (const json::value* use = jwk.if_contains("use")) {
    if (!use->is_string()) return MakeError("\"use\" is not a string");
    if (use->get_string() != "sig") return std::optional<Jwk>();
  }
  Jwk key;
  if (const json::value* kid = jwk.if_contains("kid")) {
    if (!kid->is_string()) return MakeError("\"kid\" is not a string");
    key.kid = kid->get_string();
  }
  const json::value* kty = jwk.if_contains("kty");
  if (!kty || !kty->is_string()) return MakeError("missing \"kty\"");
  Result<EvpPkeyPtr> built = MakeError("");
  if (kty->get_string() == "RSA") {
    key.algorithm = JwsAlgorithm::kRs256;
    built = RsaKey(jwk);
  } else if (kty->get_string() == "EC") {
    const json::value* crv = jwk.if_contains("crv");
    if (!crv || !crv->is_string() || crv->get_string() != "P-256") {
      return MakeError("unsupported EC curve (only P-256)");
    }
    key.algorithm = JwsAlgorithm::kEs256;
    built = P256Key(jwk);
  } else {
    return MakeError("unsupported \"kty\" (only RSA and EC)");
  }
  if (const json::value* alg = jwk.if_contains("alg")) {
    if (!alg->is_string() || alg->get_string() != JwsAlgorithmName(key.algorithm)) {
      return MakeError("unsupported \"alg\" for this key (only RS256 for RSA, ES256 for EC)");
    }
  }
  if (!built) return built.error();
  key.key = std::shared_ptr<EVP_PKEY>(built->release(), EVP_PKEY_free);
  return std::optional<Jwk>(std::move(key));
}

}  // namespace

std::optional<JwsAlgorithm> ParseJwsAlgorithm(std::string_view name) {
  if (name == "RS256") return JwsAlgorithm::kRs256;
  if (name == "ES256") return JwsAlgorithm::kEs256;
  return std::nullopt;
}

std::string_view JwsAlgorithmName(JwsAlgorithm algorithm) {
  switch (algorithm) {
    case JwsAlgorithm::kRs256:
      return "RS256";
    case JwsAlgorithm::kEs256:
      return "ES256";
  }
  return "";
}

Result<JwkSet> JwkSet::Parse(std::string_view jwks_json) {
  if (jwks_json.size() > kMaxDocumentBytes) return MakeError("JWKS: document larger than 1 MiB");
  boost::system::error_code ec;
  const json::value document = json::parse(jwks_json, ec);
  if (ec) return MakeError("JWKS: invalid JSON: " + ec.message());
  const json::array* keys = nullptr;
  if (document.is_object()) {
    if (const json::value* member = document.get_object().if_contains("keys")) {
      keys = member->if_array();
    }
  }
  if (!keys) return MakeError("JWKS: expected an object with a \"keys\" array");
  if (keys->size() > kMaxKeys) return MakeError("JWKS: more than 64 keys");
  JwkSet set;
  for (std::size_t i = 0; i < keys->size(); ++i) {
    const json::object* jwk = (*keys)[i].if_object();
    std::string where = "JWKS: key " + std::to_string(i);
    if (jwk) {
      if (const json::value* kid = jwk->if_contains("kid"); kid && kid->is_string()) {
        where += " (kid \"" + std::string(kid->get_string().subview(0, 64)) + "\")";
      }
    }
    if (!jwk) return MakeError(where + ": not an object");
    auto key = ParseKey(*jwk);
    if (!key) return MakeError(where + ": " + key.error().message);
    if (*key) set.keys_.push_back(std::move(**key));
  }
  if (set.keys_.empty()) return MakeError("JWKS: no signature keys");
  return set;
}

bool JwkSet::SameKeys(const JwkSet& other) const {
  if (keys_.size() != other.keys_.size()) return false;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const Jwk& a = keys_[i];
    const Jwk& b = other.keys_[i];
    if (a.kid != b.kid || a.algorithm != b.algorithm || EVP_PKEY_eq(a.key.get(), b.key.get()) != 1) {
      return false;
    }
  }
  return true;
}

}  // namespace mcpgw::auth
