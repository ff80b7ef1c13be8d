// Test support for the auth module: generates real RSA 2048 / P-256 keys, publishes them as JWKs
// and signs compact JWS tokens with them (ES256 signatures converted from DER to raw R || S).
// Used by the auth unit tests and the JWT fuzzer only; it lives here rather than in src/testing/
// to keep the auth module in one folder. Header-only so the core library does not compile it.
//
// Threading: the functions are safe from any thread; SharedTestKeys() is generated once.
#pragma once

#include "auth/base64url.h"
#include "auth/openssl_ptr.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::auth::testing {

// Aborts on failure: a test without keys cannot run.
inline EvpPkeyPtr GenerateRsaKey(unsigned bits = 2048) {
  EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(bits)));
  if (!key) std::abort();
  return key;
}

inline EvpPkeyPtr GenerateP256Key() {
  EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) std::abort();
  return key;
}

inline std::string BignumParam(const EVP_PKEY* key, const char* name, int pad_to = 0) {
  BIGNUM* raw = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) std::abort();
  BignumPtr bn(raw);
  std::string bytes(pad_to > 0 ? pad_to : BN_num_bytes(bn.get()), '\0');
  BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(bytes.data()),
               static_cast<int>(bytes.size()));
  return bytes;
}

// The public JWK of `key`. `alg` and `use` are omitted when empty.
inline boost::json::object PublicJwk(const EVP_PKEY* key, std::string_view kid,
                                     std::string_view alg = "", std::string_view use = "") {
  boost::json::object jwk;
  if (EVP_PKEY_is_a(key, "RSA")) {
    jwk["kty"] = "RSA";
    jwk["n"] = Base64UrlEncode(BignumParam(key, OSSL_PKEY_PARAM_RSA_N));
    jwk["e"] = Base64UrlEncode(BignumParam(key, OSSL_PKEY_PARAM_RSA_E));
  } else {
    jwk["kty"] = "EC";
    jwk["crv"] = "P-256";
    jwk["x"] = Base64UrlEncode(BignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32));
    jwk["y"] = Base64UrlEncode(BignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32));
  }
  if (!kid.empty()) jwk["kid"] = kid;
  if (!alg.empty()) jwk["alg"] = alg;
  if (!use.empty()) jwk["use"] = use;
  return jwk;
}

inline std::string Jwks(const std::vector<boost::json::object>& keys) {
  boost::json::array array;
  for (const auto& key : keys) array.emplace_back(key);
  return boost::json::serialize(boost::json::object{{"keys", std::move(array)}});
}

// "<b64(header)>.<b64(payload)>.<b64(signature)>" with the given signature bytes.
inline std::string AssembleJws(std::string_view header_json, std::string_view payload_json,
                               std::string_view signature) {
  return Base64UrlEncode(header_json) + "." + Base64UrlEncode(payload_json) + "." +
         Base64UrlEncode(signature);
}

// Signs header.payload with SHA-256 and `key` (RSA PKCS#1 v1.5, or ECDSA as raw R || S), whatever
// the header's "alg" says.
inline std::string SignJws(EVP_PKEY* key, std::string_view header_json,
                           std::string_view payload_json) {
  const std::string input = Base64UrlEncode(header_json) + "." + Base64UrlEncode(payload_json);
  EvpMdCtxPtr ctx(EVP_MD_CTX_new());
  std::size_t size = 0;
  if (!ctx ||
      EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &size,
                     reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1) {
    std::abort();
  }
  std::string signature(size, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                     reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1) {
    std::abort();
  }
  signature.resize(size);
  if (EVP_PKEY_is_a(key, "EC")) {
    const auto* der = reinterpret_cast<const unsigned char*>(signature.data());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size())));
    if (!sig) std::abort();
    std::string raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char*>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char*>(raw.data()) + 32,
                 32);
    signature = raw;
  }
  return input + "." + Base64UrlEncode(signature);
}

// Keys generated once per process: two RSA 2048 and two P-256 keys.
struct TestKeys {
  EvpPkeyPtr rsa = GenerateRsaKey();
  EvpPkeyPtr rsa_other = GenerateRsaKey();
  EvpPkeyPtr ec = GenerateP256Key();
  EvpPkeyPtr ec_other = GenerateP256Key();
};

inline const TestKeys& SharedTestKeys() {
  static const TestKeys keys;
  return keys;
}

}  // namespace mcpgw::auth::testing
