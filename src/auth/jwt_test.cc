#include "auth/jwt.h"

#include "auth/reasons.h"
#include "auth/test_tokens.h"

#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <chrono>
#include <functional>
#include <ostream>
#include <string>

namespace mcpgw::auth {
namespace {

namespace json = boost::json;
using testing::AssembleJws;
using testing::PublicJwk;
using testing::SharedTestKeys;
using testing::SignJws;

constexpr std::int64_t kNow = 1'700'000'000;
const auto kNowTime = std::chrono::system_clock::time_point(std::chrono::seconds(kNow));
constexpr const char* kIssuer = "https://as.example.com";
constexpr const char* kAudience = "https://gw.example.com/mcp";

JwkSet TestKeySet() {
  const auto& keys = SharedTestKeys();
  auto set = JwkSet::Parse(testing::Jwks({PublicJwk(keys.rsa.get(), "rsa-1", "RS256", "sig"),
                                          PublicJwk(keys.ec.get(), "ec-1")}));
  if (!set) std::abort();
  return *set;
}

JwtRequirements Requirements() { return {kIssuer, kAudience, std::chrono::seconds(60)}; }

json::object DefaultClaims() {
  return {{"iss", kIssuer}, {"aud", kAudience},     {"sub", "alice"},
          {"iat", kNow},    {"exp", kNow + 300},    {"scope", "mcp:read mcp:write"}};
}

enum class Signer { kRsa, kRsaOther, kEc, kEcOther };

EVP_PKEY* KeyOf(Signer signer) {
  const auto& keys = SharedTestKeys();
  switch (signer) {
    case Signer::kRsa:
      return keys.rsa.get();
    case Signer::kRsaOther:
      return keys.rsa_other.get();
    case Signer::kEc:
      return keys.ec.get();
    case Signer::kEcOther:
      return keys.ec_other.get();
  }
  return nullptr;
}

// ---- Signed tokens: each case edits the header and claims of a valid token ----

struct SignedCase {
  const char* name;
  json::object header;
  std::function<void(json::object&)> edit_claims;
  Signer signer;
  std::string_view reason;  // empty: the token must verify
  // The header also carries the signer's public key as "jwk" (added when the test runs: keys are
  // generated on first use, never while gtest registers the cases of every process).
  bool embed_signer_jwk = false;

  friend void PrintTo(const SignedCase& c, std::ostream* os) { *os << c.name; }
};

void NoEdit(json::object&) {}

class JwtSignedTest : public ::testing::TestWithParam<SignedCase> {};

TEST_P(JwtSignedTest, Verifies) {
  const SignedCase& c = GetParam();
  json::object claims = DefaultClaims();
  c.edit_claims(claims);
  json::object header = c.header;
  if (c.embed_signer_jwk) header["jwk"] = PublicJwk(KeyOf(c.signer), "");
  const std::string token =
      SignJws(KeyOf(c.signer), json::serialize(header), json::serialize(claims));
  auto result = VerifyJwt(token, TestKeySet(), Requirements(), kNowTime);
  if (c.reason.empty()) {
    ASSERT_TRUE(result) << result.error().reason << ": " << result.error().description;
    EXPECT_EQ(result->subject, "alice");
  } else {
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().reason, c.reason) << result.error().description;
  }
}

const json::object kRsaHeader{{"alg", "RS256"}, {"kid", "rsa-1"}, {"typ", "at+jwt"}};
const json::object kEcHeader{{"alg", "ES256"}, {"kid", "ec-1"}};

INSTANTIATE_TEST_SUITE_P(
    Jwt, JwtSignedTest,
    ::testing::Values(
        SignedCase{"ValidRs256", kRsaHeader, NoEdit, Signer::kRsa, ""},
        SignedCase{"ValidEs256", kEcHeader, NoEdit, Signer::kEc, ""},
        SignedCase{"ValidRs256WithoutKid", {{"alg", "RS256"}}, NoEdit, Signer::kRsa, ""},
        SignedCase{"ValidEs256WithoutKid", {{"alg", "ES256"}}, NoEdit, Signer::kEc, ""},
        SignedCase{"OtherRsaKeySameKid", kRsaHeader, NoEdit, Signer::kRsaOther,
                   reason::kBadSignature},
        SignedCase{"OtherEcKeySameKid", kEcHeader, NoEdit, Signer::kEcOther,
                   reason::kBadSignature},
        SignedCase{"OtherKeyWithoutKid", {{"alg", "RS256"}}, NoEdit, Signer::kRsaOther,
                   reason::kBadSignature},
        SignedCase{"UnknownKid", {{"alg", "RS256"}, {"kid", "nope"}}, NoEdit, Signer::kRsa,
                   reason::kUnknownKey},
        SignedCase{"AlgDiffersFromKidKey", {{"alg", "ES256"}, {"kid", "rsa-1"}}, NoEdit,
                   Signer::kEc, reason::kAlgMismatch},
        SignedCase{"RsaSignatureLabelledEs256", {{"alg", "ES256"}, {"kid", "ec-1"}}, NoEdit,
                   Signer::kRsa, reason::kBadSignature},
        // The header carries the signer's own key: it must be ignored, never trusted.
        SignedCase{"EmbeddedJwkIgnored",
                   {{"alg", "RS256"}, {"jku", "https://evil.example/jwks"}},
                   NoEdit, Signer::kRsaOther, reason::kBadSignature, /*embed_signer_jwk=*/true},
        SignedCase{"AlgNoneSigned", {{"alg", "none"}}, NoEdit, Signer::kRsa,
                   reason::kUnsupportedAlg},
        SignedCase{"AlgRs512", {{"alg", "RS512"}, {"kid", "rsa-1"}}, NoEdit, Signer::kRsa,
                   reason::kUnsupportedAlg},
        SignedCase{"AlgMissing", {{"kid", "rsa-1"}}, NoEdit, Signer::kRsa, reason::kBadToken},
        SignedCase{"AlgNotString", {{"alg", 256}}, NoEdit, Signer::kRsa, reason::kBadToken},
        SignedCase{"KidNotString", {{"alg", "RS256"}, {"kid", 1}}, NoEdit, Signer::kRsa,
                   reason::kBadToken},
        SignedCase{"CritHeader", {{"alg", "RS256"}, {"kid", "rsa-1"}, {"crit", json::array{"b64"}},
                                  {"b64", false}},
                   NoEdit, Signer::kRsa, reason::kUnsupportedAlg},
        SignedCase{"EncHeader", {{"alg", "RS256"}, {"enc", "A256GCM"}}, NoEdit, Signer::kRsa,
                   reason::kUnsupportedAlg},
        SignedCase{"Expired", kRsaHeader, [](json::object& c) { c["exp"] = kNow - 61; },
                   Signer::kRsa, reason::kExpired},
        SignedCase{"ExpiredAtExactlyExpPlusLeeway", kRsaHeader,
                   [](json::object& c) { c["exp"] = kNow - 60; }, Signer::kRsa, reason::kExpired},
        SignedCase{"ExpiredWithinLeeway", kRsaHeader,
                   [](json::object& c) { c["exp"] = kNow - 59; }, Signer::kRsa, ""},
        SignedCase{"ExpFractional", kRsaHeader, [](json::object& c) { c["exp"] = kNow + 0.5; },
                   Signer::kRsa, ""},
        SignedCase{"MissingExp", kRsaHeader, [](json::object& c) { c.erase("exp"); },
                   Signer::kRsa, reason::kMissingExp},
        SignedCase{"ExpAsString", kRsaHeader,
                   [](json::object& c) { c["exp"] = std::to_string(kNow + 300); }, Signer::kRsa,
                   reason::kBadToken},
        SignedCase{"ExpNull", kRsaHeader, [](json::object& c) { c["exp"] = nullptr; },
                   Signer::kRsa, reason::kBadToken},
        SignedCase{"NbfInFuture", kRsaHeader, [](json::object& c) { c["nbf"] = kNow + 61; },
                   Signer::kRsa, reason::kNotYetValid},
        SignedCase{"NbfWithinLeeway", kRsaHeader, [](json::object& c) { c["nbf"] = kNow + 60; },
                   Signer::kRsa, ""},
        SignedCase{"IatInFuture", kRsaHeader, [](json::object& c) { c["iat"] = kNow + 3600; },
                   Signer::kRsa, reason::kIssuedInFuture},
        SignedCase{"WrongIssuer", kRsaHeader,
                   [](json::object& c) { c["iss"] = "https://as.example.com/"; }, Signer::kRsa,
                   reason::kWrongIssuer},
        SignedCase{"MissingIssuer", kRsaHeader, [](json::object& c) { c.erase("iss"); },
                   Signer::kRsa, reason::kWrongIssuer},
        SignedCase{"AudArrayHoldingAudience", kRsaHeader,
                   [](json::object& c) { c["aud"] = json::array{"other", kAudience}; },
                   Signer::kRsa, ""},
        SignedCase{"AudArrayWithoutAudience", kRsaHeader,
                   [](json::object& c) { c["aud"] = json::array{"other", "x"}; }, Signer::kRsa,
                   reason::kWrongAudience},
        SignedCase{"AudEmptyArray", kRsaHeader, [](json::object& c) { c["aud"] = json::array{}; },
                   Signer::kRsa, reason::kWrongAudience},
        SignedCase{"WrongAudString", kRsaHeader,
                   [](json::object& c) { c["aud"] = "https://other.example.com/mcp"; },
                   Signer::kRsa, reason::kWrongAudience},
        SignedCase{"MissingAud", kRsaHeader, [](json::object& c) { c.erase("aud"); },
                   Signer::kRsa, reason::kWrongAudience},
        SignedCase{"AudNumber", kRsaHeader, [](json::object& c) { c["aud"] = 5; }, Signer::kRsa,
                   reason::kBadToken},
        SignedCase{"SubNotString", kRsaHeader, [](json::object& c) { c["sub"] = 7; },
                   Signer::kRsa, reason::kBadToken},
        SignedCase{"ScopeNotString", kRsaHeader,
                   [](json::object& c) { c["scope"] = json::array{"a"}; }, Signer::kRsa,
                   reason::kBadToken}),
    [](const auto& info) { return std::string(info.param.name); });

// ---- Structure: tokens refused before any key is looked at ----

struct MalformedCase {
  const char* name;
  std::string token;
  std::string_view reason;

  friend void PrintTo(const MalformedCase& c, std::ostream* os) { *os << c.name; }
};

class JwtMalformedTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(JwtMalformedTest, IsRefused) {
  const MalformedCase& c = GetParam();
  auto parsed = ParseJwt(c.token);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().reason, c.reason) << parsed.error().description;
  auto verified = VerifyJwt(c.token, TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(verified);
  EXPECT_EQ(verified.error().reason, c.reason);
}

const std::string kHeader = R"({"alg":"RS256","kid":"rsa-1"})";
const std::string kPayload = R"({"exp":1})";

// A well-formed token with an RS256-sized signature. Not signed: the cases below are refused before
// any signature check, and signing here would generate the test keys while gtest registers the
// cases of every test process.
std::string WellFormedToken() { return AssembleJws(kHeader, kPayload, std::string(256, 's')); }

std::string ValidRsaToken() {
  return SignJws(SharedTestKeys().rsa.get(), json::serialize(kRsaHeader),
                 json::serialize(DefaultClaims()));
}

INSTANTIATE_TEST_SUITE_P(
    Jwt, JwtMalformedTest,
    ::testing::Values(
        MalformedCase{"Empty", "", reason::kBadToken},
        MalformedCase{"TwoParts", WellFormedToken().substr(0, WellFormedToken().rfind('.')),
                      reason::kBadToken},
        MalformedCase{"FourParts", WellFormedToken() + ".abc", reason::kBadToken},
        MalformedCase{"FivePartsJwe", "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d", reason::kUnsupportedAlg},
        MalformedCase{"BadBase64Header", "ab*c." + Base64UrlEncode(kPayload) + ".AAAA",
                      reason::kBadToken},
        MalformedCase{"PaddedHeader", Base64UrlEncode(kHeader) + "=.e30.AAAA",
                      reason::kBadToken},
        MalformedCase{"BadBase64Signature", AssembleJws(kHeader, kPayload, "x") + "$",
                      reason::kBadToken},
        MalformedCase{"EmptySignature", AssembleJws(kHeader, kPayload, ""), reason::kBadToken},
        MalformedCase{"HeaderNotJson", AssembleJws("{alg:RS256}", kPayload, "sig"),
                      reason::kBadToken},
        MalformedCase{"HeaderArray", AssembleJws(R"(["RS256"])", kPayload, "sig"),
                      reason::kBadToken},
        MalformedCase{"PayloadNotJson", AssembleJws(kHeader, "exp=1", "sig"), reason::kBadToken},
        MalformedCase{"PayloadString", AssembleJws(kHeader, R"("claims")", "sig"),
                      reason::kBadToken},
        MalformedCase{"PayloadTrailingGarbage", AssembleJws(kHeader, kPayload + "x", "sig"),
                      reason::kBadToken},
        MalformedCase{"Huge", AssembleJws(kHeader, R"({"pad":")" + std::string(17000, 'a') + "\"}",
                                          "sig"),
                      reason::kBadToken},
        MalformedCase{"AlgNone", AssembleJws(R"({"alg":"none"})", kPayload, "") ,
                      reason::kUnsupportedAlg},
        MalformedCase{"AlgNoneUppercase", AssembleJws(R"({"alg":"NONE"})", kPayload, "x"),
                      reason::kUnsupportedAlg}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(JwtParse, SizeLimitIs16KiB) {
  // The largest valid token under the limit verifies; the next larger one is refused.
  json::object claims = DefaultClaims();
  std::string below;
  std::string above;
  for (std::size_t pad = 11000; above.empty(); ++pad) {
    claims["pad"] = std::string(pad, 'a');
    // An RS256 signature is 256 bytes: the size is known before signing.
    const std::size_t size =
        AssembleJws(json::serialize(kRsaHeader), json::serialize(claims), std::string(256, 's'))
            .size();
    if (size <= kMaxTokenBytes) {
      below = json::serialize(claims);
    } else {
      above = json::serialize(claims);
    }
  }
  below = SignJws(SharedTestKeys().rsa.get(), json::serialize(kRsaHeader), below);
  above = SignJws(SharedTestKeys().rsa.get(), json::serialize(kRsaHeader), above);
  ASSERT_GT(below.size(), kMaxTokenBytes - 4);
  EXPECT_TRUE(VerifyJwt(below, TestKeySet(), Requirements(), kNowTime));
  auto result = VerifyJwt(above, TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kBadToken);
}

TEST(JwtVerify, TamperedPayloadFailsSignature) {
  const std::string token = ValidRsaToken();
  const std::size_t first = token.find('.');
  const std::size_t second = token.find('.', first + 1);
  json::object claims = DefaultClaims();
  claims["sub"] = "mallory";
  const std::string tampered = token.substr(0, first + 1) +
                               Base64UrlEncode(json::serialize(claims)) +
                               token.substr(second);
  auto result = VerifyJwt(tampered, TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kBadSignature);
}

TEST(JwtVerify, FlippedSignatureBitFails) {
  for (const std::string& token :
       {ValidRsaToken(), SignJws(SharedTestKeys().ec.get(), json::serialize(kEcHeader),
                                 json::serialize(DefaultClaims()))}) {
    ASSERT_TRUE(VerifyJwt(token, TestKeySet(), Requirements(), kNowTime));
    const std::size_t dot = token.rfind('.');
    auto signature = Base64UrlDecode(token.substr(dot + 1));
    ASSERT_TRUE(signature);
    (*signature)[10] ^= 0x01;
    const std::string flipped = token.substr(0, dot + 1) + Base64UrlEncode(*signature);
    auto result = VerifyJwt(flipped, TestKeySet(), Requirements(), kNowTime);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().reason, reason::kBadSignature);
  }
}

TEST(JwtVerify, Es256DerSignatureIsRefused) {
  // JWS wants raw R || S; a DER signature (what OpenSSL produces) must not verify.
  const std::string input =
      Base64UrlEncode(json::serialize(kEcHeader)) + "." +
      Base64UrlEncode(json::serialize(DefaultClaims()));
  EvpMdCtxPtr ctx(EVP_MD_CTX_new());
  std::size_t size = 0;
  ASSERT_EQ(EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr,
                                  SharedTestKeys().ec.get(), nullptr),
            1);
  ASSERT_EQ(EVP_DigestSign(ctx.get(), nullptr, &size,
                           reinterpret_cast<const unsigned char*>(input.data()), input.size()),
            1);
  std::string der(size, '\0');
  ASSERT_EQ(EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &size,
                           reinterpret_cast<const unsigned char*>(input.data()), input.size()),
            1);
  der.resize(size);
  auto result =
      VerifyJwt(input + "." + Base64UrlEncode(der), TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kBadSignature);
}

TEST(JwtVerify, Hs256WithPublicKeyAsSecretIsRefused) {
  // The classic algorithm-confusion attack: HMAC keyed with the published RSA key.
  const std::string secret = testing::Jwks({PublicJwk(SharedTestKeys().rsa.get(), "rsa-1")});
  const std::string header = R"({"alg":"HS256","kid":"rsa-1"})";
  const std::string input =
      Base64UrlEncode(header) + "." + Base64UrlEncode(json::serialize(DefaultClaims()));
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t mac_size = 0;
  ASSERT_NE(EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.data(), secret.size(),
                      reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac,
                      sizeof(mac), &mac_size),
            nullptr);
  const std::string token =
      input + "." + Base64UrlEncode(std::string(reinterpret_cast<char*>(mac), mac_size));
  auto result = VerifyJwt(token, TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kUnsupportedAlg);
}

TEST(JwtVerify, ClaimsAreJudgedOnlyAfterTheSignature) {
  // An expired token with a bad signature reports the signature, revealing nothing about claims.
  json::object claims = DefaultClaims();
  claims["exp"] = kNow - 1000;
  const std::string token =
      SignJws(SharedTestKeys().rsa_other.get(), json::serialize(kRsaHeader), json::serialize(claims));
  auto result = VerifyJwt(token, TestKeySet(), Requirements(), kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kBadSignature);
}

TEST(JwtVerify, EmptyRequirementsFailClosed) {
  json::object claims = DefaultClaims();
  claims["iss"] = "";
  claims["aud"] = "";
  const std::string token =
      SignJws(SharedTestKeys().rsa.get(), json::serialize(kRsaHeader), json::serialize(claims));
  auto result = VerifyJwt(token, TestKeySet(), JwtRequirements{}, kNowTime);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().reason, reason::kWrongIssuer);
}

TEST(JwtClaims, ScopesFromScopeAndScp) {
  struct Case {
    json::object extra;
    std::vector<std::string> scopes;
  };
  const Case cases[] = {
      {{{"scope", "a b  c"}}, {"a", "b", "c"}},
      {{{"scp", json::array{"a", "b"}}}, {"a", "b"}},
      {{{"scp", "a b"}}, {"a", "b"}},
      {{{"scope", "a b"}, {"scp", json::array{"b", "c"}}}, {"a", "b", "c"}},
      {{}, {}},
  };
  for (const Case& c : cases) {
    json::object claims = DefaultClaims();
    claims.erase("scope");
    for (const auto& item : c.extra) claims[item.key()] = item.value();
    const std::string token =
        SignJws(SharedTestKeys().rsa.get(), json::serialize(kRsaHeader), json::serialize(claims));
    auto result = VerifyJwt(token, TestKeySet(), Requirements(), kNowTime);
    ASSERT_TRUE(result) << json::serialize(claims);
    EXPECT_EQ(result->scopes, c.scopes) << json::serialize(claims);
    EXPECT_EQ(result->kid, "rsa-1");
  }
}

TEST(JwtFailureText, DescriptionsAreHeaderSafe) {
  // Every description may be quoted in WWW-Authenticate as is.
  for (const std::string& token :
       {std::string("x"), AssembleJws(R"({"alg":"RS256"})", R"({"aud":7})", "sig"),
        AssembleJws(R"({"alg":"HS256"})", "{}", "sig"), ValidRsaToken() + "A"}) {
    auto result = VerifyJwt(token, TestKeySet(), Requirements(), kNowTime);
    ASSERT_FALSE(result);
    for (char c : result.error().description) {
      EXPECT_TRUE(c >= 0x20 && c < 0x7f && c != '"' && c != '\\') << result.error().description;
    }
  }
}

}  // namespace
}  // namespace mcpgw::auth
