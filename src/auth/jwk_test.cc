#include "auth/jwk.h"

#include "auth/test_tokens.h"

#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>

namespace mcpgw::auth {
namespace {

namespace json = boost::json;
using testing::Jwks;
using testing::PublicJwk;
using testing::SharedTestKeys;

TEST(JwksParse, BuildsRsaAndEcKeys) {
  const auto& keys = SharedTestKeys();
  auto set = JwkSet::Parse(Jwks({PublicJwk(keys.rsa.get(), "r", "RS256", "sig"),
                                 PublicJwk(keys.ec.get(), "e", "ES256"),
                                 PublicJwk(keys.ec_other.get(), "")}));
  ASSERT_TRUE(set) << set.error().message;
  ASSERT_EQ(set->keys().size(), 3u);
  EXPECT_EQ(set->keys()[0].kid, "r");
  EXPECT_EQ(set->keys()[0].algorithm, JwsAlgorithm::kRs256);
  EXPECT_EQ(EVP_PKEY_eq(set->keys()[0].key.get(), keys.rsa.get()), 1);
  EXPECT_EQ(set->keys()[1].kid, "e");
  EXPECT_EQ(set->keys()[1].algorithm, JwsAlgorithm::kEs256);
  EXPECT_EQ(EVP_PKEY_eq(set->keys()[1].key.get(), keys.ec.get()), 1);
  EXPECT_TRUE(set->keys()[2].kid.empty());
  EXPECT_EQ(EVP_PKEY_eq(set->keys()[2].key.get(), keys.ec_other.get()), 1);
}

TEST(JwksParse, SkipsKeysNotForSignatures) {
  json::object enc = PublicJwk(SharedTestKeys().rsa_other.get(), "enc-1", "", "enc");
  enc["alg"] = "RSA-OAEP";  // would be refused if it were considered
  auto set = JwkSet::Parse(Jwks({enc, PublicJwk(SharedTestKeys().rsa.get(), "sig-1")}));
  ASSERT_TRUE(set) << set.error().message;
  ASSERT_EQ(set->keys().size(), 1u);
  EXPECT_EQ(set->keys()[0].kid, "sig-1");
}

TEST(JwksParse, IgnoresUnknownMembers) {
  json::object jwk = PublicJwk(SharedTestKeys().ec.get(), "k");
  jwk["x5t"] = "abc";
  jwk["key_ops"] = json::array{"verify"};
  EXPECT_TRUE(JwkSet::Parse(Jwks({jwk})));
}

struct BadCase {
  const char* name;
  std::function<std::string()> document;
  const char* message_part;  // the error message must mention it

  friend void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }
};

class JwksRefusedTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(JwksRefusedTest, IsAnError) {
  const BadCase& c = GetParam();
  auto set = JwkSet::Parse(c.document());
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.find(c.message_part), std::string::npos) << set.error().message;
}

// A document with one key: the RSA (or EC) test key edited by `edit`.
std::function<std::string()> EditedKey(bool ec, std::function<void(json::object&)> edit) {
  return [ec, edit] {
    const auto& keys = SharedTestKeys();
    json::object jwk = PublicJwk(ec ? keys.ec.get() : keys.rsa.get(), "k1");
    edit(jwk);
    return Jwks({jwk});
  };
}

std::function<std::string()> Text(std::string text) {
  return [text] { return text; };
}

std::string FlipLastByte(std::string_view b64) {
  auto bytes = Base64UrlDecode(b64);
  if (!bytes || bytes->empty()) std::abort();
  bytes->back() ^= 0x01;
  return Base64UrlEncode(*bytes);
}

INSTANTIATE_TEST_SUITE_P(
    Jwks, JwksRefusedTest,
    ::testing::Values(
        BadCase{"NotJson", Text("{keys:"), "invalid JSON"},
        BadCase{"NotObject", Text("[]"), "\"keys\" array"},
        BadCase{"NoKeys", Text("{}"), "\"keys\" array"},
        BadCase{"KeysNotArray", Text(R"({"keys":{}})"), "\"keys\" array"},
        BadCase{"EmptyKeys", Text(R"({"keys":[]})"), "no signature keys"},
        BadCase{"OnlyEncryptionKeys", Text(R"({"keys":[{"kty":"RSA","use":"enc"}]})"),
                "no signature keys"},
        BadCase{"KeyNotObject", Text(R"({"keys":[1]})"), "key 0: not an object"},
        BadCase{"SymmetricKey", Text(R"({"keys":[{"kty":"oct","k":"c2VjcmV0"}]})"), "kty"},
        BadCase{"OkpKey", Text(R"({"keys":[{"kty":"OKP","crv":"Ed25519","x":"AA"}]})"), "kty"},
        BadCase{"MissingKty", EditedKey(false, [](json::object& k) { k.erase("kty"); }), "kty"},
        BadCase{"UseNotString", EditedKey(false, [](json::object& k) { k["use"] = 1; }), "use"},
        BadCase{"KidNotString", EditedKey(false, [](json::object& k) { k["kid"] = 1; }), "kid"},
        BadCase{"RsaWithEs256Alg", EditedKey(false, [](json::object& k) { k["alg"] = "ES256"; }),
                "alg"},
        BadCase{"RsaWithRs512Alg", EditedKey(false, [](json::object& k) { k["alg"] = "RS512"; }),
                "alg"},
        BadCase{"RsaWithHs256Alg", EditedKey(false, [](json::object& k) { k["alg"] = "HS256"; }),
                "alg"},
        BadCase{"EcWithRs256Alg", EditedKey(true, [](json::object& k) { k["alg"] = "RS256"; }),
                "alg"},
        BadCase{"EcP384", EditedKey(true, [](json::object& k) { k["crv"] = "P-384"; }), "curve"},
        BadCase{"RsaMissingE", EditedKey(false, [](json::object& k) { k.erase("e"); }),
                "key 0 (kid \"k1\"): missing \"e\""},
        BadCase{"RsaNNotBase64Url",
                EditedKey(false, [](json::object& k) { k["n"] = "ab+/"; }), "base64url"},
        BadCase{"RsaNNotString", EditedKey(false, [](json::object& k) { k["n"] = 5; }),
                "not a string"},
        BadCase{"RsaEvenExponent", EditedKey(false, [](json::object& k) { k["e"] = "AQAA"; }),
                "invalid public key"},
        BadCase{"Rsa1024",
                [] {
                  auto small = testing::GenerateRsaKey(1024);
                  return Jwks({PublicJwk(small.get(), "small")});
                },
                "2048"},
        BadCase{"EcShortX",
                EditedKey(true, [](json::object& k) { k["x"] = Base64UrlEncode("short"); }),
                "32 bytes"},
        BadCase{"EcPointNotOnCurve",
                EditedKey(true,
                          [](json::object& k) {
                            k["y"] = FlipLastByte(std::string(k["y"].as_string()));
                          }),
                "invalid public key"},
        BadCase{"TooManyKeys",
                [] {
                  std::vector<json::object> keys(65, PublicJwk(SharedTestKeys().ec.get(), "k"));
                  return Jwks(keys);
                },
                "more than 64"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(JwksSameKeys, ComparesKidAlgorithmAndKey) {
  const auto& keys = SharedTestKeys();
  auto a = JwkSet::Parse(Jwks({PublicJwk(keys.rsa.get(), "r"), PublicJwk(keys.ec.get(), "e")}));
  auto same = JwkSet::Parse(
      Jwks({PublicJwk(keys.rsa.get(), "r", "RS256"), PublicJwk(keys.ec.get(), "e", "", "sig")}));
  auto other_key =
      JwkSet::Parse(Jwks({PublicJwk(keys.rsa_other.get(), "r"), PublicJwk(keys.ec.get(), "e")}));
  auto other_kid =
      JwkSet::Parse(Jwks({PublicJwk(keys.rsa.get(), "r2"), PublicJwk(keys.ec.get(), "e")}));
  auto fewer = JwkSet::Parse(Jwks({PublicJwk(keys.rsa.get(), "r")}));
  ASSERT_TRUE(a && same && other_key && other_kid && fewer);
  EXPECT_TRUE(a->SameKeys(*same));
  EXPECT_FALSE(a->SameKeys(*other_key));
  EXPECT_FALSE(a->SameKeys(*other_kid));
  EXPECT_FALSE(a->SameKeys(*fewer));
}

TEST(JwksAlgorithm, OnlyRs256AndEs256) {
  EXPECT_EQ(ParseJwsAlgorithm("RS256"), JwsAlgorithm::kRs256);
  EXPECT_EQ(ParseJwsAlgorithm("ES256"), JwsAlgorithm::kEs256);
  for (const char* name : {"none", "None", "HS256", "HS512", "RS512", "PS256", "ES384", "EdDSA",
                           "rs256", ""}) {
    EXPECT_FALSE(ParseJwsAlgorithm(name)) << name;
  }
  EXPECT_EQ(JwsAlgorithmName(JwsAlgorithm::kEs256), "ES256");
}

}  // namespace
}  // namespace mcpgw::auth
