#include "auth/authenticator.h"

#include "auth/reasons.h"
#include "auth/test_tokens.h"

#include <boost/json/parse.hpp>
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
using testing::Jwks;
using testing::PublicJwk;
using testing::SharedTestKeys;
using testing::SignJws;

constexpr std::int64_t kNow = 1'700'000'000;
const auto kNowTime = std::chrono::system_clock::time_point(std::chrono::seconds(kNow));
constexpr const char* kIssuer = "https://as.example.com";
constexpr const char* kAudience = "https://gw.example.com/mcp";
constexpr const char* kMetadataUrl =
    "https://gw.example.com/.well-known/oauth-protected-resource/mcp";
constexpr const char* kStaticToken = "s3cr3t-static-token-0123456789";
constexpr const char* kApiKey = "api-key-abcdef";

AuthConfig OAuthConfig() {
  AuthConfig config;
  config.bearer_tokens = {kStaticToken, kApiKey};
  config.issuer = kIssuer;
  config.audience = kAudience;
  config.required_scopes = {"mcp:read", "mcp:write"};
  config.jwks_json = Jwks({PublicJwk(SharedTestKeys().rsa.get(), "rsa-1", "RS256"),
                           PublicJwk(SharedTestKeys().ec.get(), "ec-1", "ES256")});
  return config;
}

std::shared_ptr<const Authenticator> Make(AuthConfig config) {
  auto authenticator = Authenticator::Create(std::move(config));
  if (!authenticator) ADD_FAILURE() << authenticator.error().message;
  return authenticator ? *authenticator : nullptr;
}

json::object Claims() {
  return {{"iss", kIssuer},
          {"aud", json::array{kAudience}},
          {"sub", "user-42"},
          {"iat", kNow},
          {"exp", kNow + 600},
          {"scope", "openid mcp:read mcp:write"}};
}

std::string Token(const json::object& claims, bool ec = false) {
  const auto& keys = SharedTestKeys();
  return ec ? SignJws(keys.ec.get(), R"({"alg":"ES256","kid":"ec-1"})", json::serialize(claims))
            : SignJws(keys.rsa.get(), R"({"alg":"RS256","kid":"rsa-1"})", json::serialize(claims));
}

std::string Sha256Prefix(std::string_view text) {
  unsigned char digest[32];
  unsigned int size = 0;
  EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr);
  char hex[9];
  std::snprintf(hex, sizeof(hex), "%02x%02x%02x%02x", digest[0], digest[1], digest[2], digest[3]);
  return hex;
}

// ---- Requests: one table for the outcomes of Check ----

struct RequestCase {
  const char* name;
  std::function<std::string()> authorization;
  std::function<std::string()> api_key;
  int status;
  std::string_view reason;
  const char* subject;              // expected when allowed or 403
  const char* header_part;          // must appear in WWW-Authenticate ("" when allowed)

  friend void PrintTo(const RequestCase& c, std::ostream* os) { *os << c.name; }
};

std::function<std::string()> Value(std::string text) {
  return [text] { return text; };
}
std::function<std::string()> BearerJwt(std::function<void(json::object&)> edit, bool ec = false) {
  return [edit, ec] {
    json::object claims = Claims();
    edit(claims);
    return "Bearer " + Token(claims, ec);
  };
}
void Keep(json::object&) {}
const std::function<std::string()> kNone = Value("");

class AuthCheckTest : public ::testing::TestWithParam<RequestCase> {};

TEST_P(AuthCheckTest, Decides) {
  const RequestCase& c = GetParam();
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  const std::string authorization = c.authorization();
  const std::string api_key = c.api_key();
  const Decision decision = authenticator->Check(authorization, api_key, kNowTime);
  EXPECT_EQ(decision.status, c.status);
  EXPECT_EQ(decision.allowed, c.status == 200);
  EXPECT_EQ(decision.reason, c.reason);
  if (c.subject[0] != '\0') {
    EXPECT_EQ(decision.subject, c.subject);
  }
  if (decision.allowed) {
    EXPECT_TRUE(decision.www_authenticate.empty()) << decision.www_authenticate;
  } else {
    EXPECT_EQ(decision.www_authenticate.rfind("Bearer realm=\"mcp-gateway\"", 0), 0u)
        << decision.www_authenticate;
    EXPECT_NE(decision.www_authenticate.find(c.header_part), std::string::npos)
        << decision.www_authenticate;
    EXPECT_NE(decision.www_authenticate.find(std::string("resource_metadata=\"") + kMetadataUrl +
                                             "\""),
              std::string::npos)
        << decision.www_authenticate;
  }
  // Never a token in what is sent or logged.
  for (const std::string& secret : {authorization.size() > 7 ? authorization.substr(7) : "",
                                    api_key}) {
    if (secret.size() < 8) continue;
    EXPECT_EQ(decision.www_authenticate.find(secret), std::string::npos);
    EXPECT_EQ(decision.subject.find(secret), std::string::npos);
    EXPECT_EQ(decision.reason.find(secret), std::string::npos);
  }
}

const std::string kStaticSubject = "static-token:" + Sha256Prefix(kStaticToken);
const std::string kApiKeySubject = "static-token:" + Sha256Prefix(kApiKey);

INSTANTIATE_TEST_SUITE_P(
    Auth, AuthCheckTest,
    ::testing::Values(
        RequestCase{"NoCredentials", kNone, kNone, 401, reason::kMissing, "",
                    "scope=\"mcp:read mcp:write\""},
        RequestCase{"StaticTokenViaBearer", Value(std::string("Bearer ") + kStaticToken), kNone,
                    200, reason::kStaticToken, kStaticSubject.c_str(), ""},
        RequestCase{"StaticTokenSchemeCaseInsensitive",
                    Value(std::string("bEaReR  ") + kStaticToken + " "), kNone, 200,
                    reason::kStaticToken, kStaticSubject.c_str(), ""},
        RequestCase{"StaticTokenViaApiKey", kNone, Value(kApiKey), 200, reason::kStaticToken,
                    kApiKeySubject.c_str(), ""},
        RequestCase{"WrongStaticToken", Value("Bearer s3cr3t-static-token-012345678"), kNone, 401,
                    reason::kBadToken, "", "error=\"invalid_token\""},
        RequestCase{"StaticTokenPrefix", Value("Bearer s3cr3t"), kNone, 401, reason::kBadToken,
                    "", "error=\"invalid_token\""},
        RequestCase{"WrongApiKey", kNone, Value("api-key-abcdeg"), 401, reason::kBadToken, "",
                    "error=\"invalid_token\""},
        RequestCase{"BearerWithoutToken", Value("Bearer"), kNone, 401, reason::kBadToken, "",
                    "error=\"invalid_token\""},
        RequestCase{"ValidRs256Jwt", BearerJwt(Keep), kNone, 200, reason::kJwt, "user-42", ""},
        RequestCase{"ValidEs256Jwt", BearerJwt(Keep, true), kNone, 200, reason::kJwt, "user-42",
                    ""},
        RequestCase{"ExpiredJwt", BearerJwt([](json::object& c) { c["exp"] = kNow - 3600; }),
                    kNone, 401, reason::kExpired, "",
                    "error=\"invalid_token\", error_description=\"the token has expired\""},
        RequestCase{"WrongAudienceJwt",
                    BearerJwt([](json::object& c) { c["aud"] = "https://elsewhere/mcp"; }), kNone,
                    401, reason::kWrongAudience, "", "error=\"invalid_token\""},
        RequestCase{"WrongIssuerJwt", BearerJwt([](json::object& c) { c["iss"] = "https://x"; }),
                    kNone, 401, reason::kWrongIssuer, "", "error=\"invalid_token\""},
        RequestCase{"MissingScope", BearerJwt([](json::object& c) { c["scope"] = "mcp:read"; }),
                    kNone, 403, reason::kInsufficientScope, "user-42",
                    "error=\"insufficient_scope\", error_description=\"the token lacks a required "
                    "scope\", scope=\"mcp:read mcp:write\""},
        RequestCase{"NoScopeClaim", BearerJwt([](json::object& c) { c.erase("scope"); }), kNone,
                    403, reason::kInsufficientScope, "user-42", "scope=\"mcp:read mcp:write\""},
        RequestCase{"ScopesViaScpArray",
                    BearerJwt([](json::object& c) {
                      c.erase("scope");
                      c["scp"] = json::array{"mcp:write", "mcp:read"};
                    }),
                    kNone, 200, reason::kJwt, "user-42", ""},
        RequestCase{"MalformedJwt", Value("Bearer a.b"), kNone, 401, reason::kBadToken, "",
                    "error=\"invalid_token\""},
        RequestCase{"HugeToken", Value("Bearer " + std::string(20000, 'a')), kNone, 401,
                    reason::kBadToken, "", "error_description=\"the token is too large\""},
        RequestCase{"JwtNeverViaApiKey", kNone, [] { return Token(Claims()); }, 401,
                    reason::kBadToken, "", "error=\"invalid_token\""},
        RequestCase{"BearerHeaderTakesPrecedenceOverApiKey", Value("Bearer wrong-token-xyz"),
                    Value(kApiKey), 401, reason::kBadToken, "", "error=\"invalid_token\""},
        RequestCase{"NonBearerAuthorizationFallsBackToApiKey", Value("Basic dXNlcjpwYXNz"),
                    Value(kApiKey), 200, reason::kStaticToken, kApiKeySubject.c_str(), ""},
        RequestCase{"NonBearerAuthorizationAlone", Value("Basic dXNlcjpwYXNz"), kNone, 401,
                    reason::kUnsupportedScheme, "", "realm"},
        RequestCase{"BearerPrefixOfOtherScheme", Value(std::string("Bearerx ") + kStaticToken),
                    kNone, 401, reason::kUnsupportedScheme, "", "realm"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(AuthCheck, MissingCredentialsChallengeHasNoErrorCode) {
  // RFC 6750 §3.1: a request without credentials gets a challenge without an error code.
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  const Decision decision = authenticator->Check("", "", kNowTime);
  EXPECT_EQ(decision.www_authenticate,
            std::string("Bearer realm=\"mcp-gateway\", scope=\"mcp:read mcp:write\", "
                        "resource_metadata=\"") +
                kMetadataUrl + "\"");
}

TEST(AuthCheck, StaticOnlyChallengeHasNoMetadata) {
  AuthConfig config;
  config.bearer_tokens = {kStaticToken};
  auto authenticator = Make(config);
  ASSERT_TRUE(authenticator);
  EXPECT_TRUE(authenticator->enabled());
  EXPECT_FALSE(authenticator->oauth_enabled());
  EXPECT_EQ(authenticator->Check("", "", kNowTime).www_authenticate,
            "Bearer realm=\"mcp-gateway\"");
  const Decision wrong = authenticator->Check("Bearer nope", "", kNowTime);
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.reason, reason::kBadToken);
  EXPECT_EQ(wrong.www_authenticate,
            "Bearer realm=\"mcp-gateway\", error=\"invalid_token\", "
            "error_description=\"the token is not accepted\"");
  // Without OAuth a JWT is just an unknown token.
  EXPECT_EQ(authenticator->Check("Bearer " + Token(Claims()), "", kNowTime).reason,
            reason::kBadToken);
  EXPECT_TRUE(authenticator->Check(std::string("Bearer ") + kStaticToken, "", kNowTime).allowed);
}

TEST(AuthCheck, DisabledAllowsEverything) {
  auto authenticator = Make(AuthConfig{});
  ASSERT_TRUE(authenticator);
  EXPECT_FALSE(authenticator->enabled());
  for (const char* authorization : {"", "Bearer anything", "Basic x"}) {
    const Decision decision = authenticator->Check(authorization, "", kNowTime);
    EXPECT_TRUE(decision.allowed);
    EXPECT_EQ(decision.status, 200);
    EXPECT_EQ(decision.reason, reason::kDisabled);
  }
}

TEST(AuthCheck, JwtDecisionCarriesScopes) {
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  const Decision decision = authenticator->Check("Bearer " + Token(Claims()), "", kNowTime);
  ASSERT_TRUE(decision.allowed) << decision.reason;
  EXPECT_EQ(decision.scopes, (std::vector<std::string>{"openid", "mcp:read", "mcp:write"}));
}

TEST(AuthCheck, StaticTokensAreNotScoped) {
  // Required scopes apply to JWTs only; a static token grants full access.
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  const Decision decision =
      authenticator->Check(std::string("Bearer ") + kStaticToken, "", kNowTime);
  EXPECT_TRUE(decision.allowed);
  EXPECT_TRUE(decision.scopes.empty());
}

TEST(AuthCheck, LeewayIsConfigurable) {
  AuthConfig config = OAuthConfig();
  config.leeway = std::chrono::seconds(0);
  auto strict = Make(config);
  ASSERT_TRUE(strict);
  json::object claims = Claims();
  claims["exp"] = kNow - 1;
  EXPECT_EQ(strict->Check("Bearer " + Token(claims), "", kNowTime).reason, reason::kExpired);
  auto lenient = Make(OAuthConfig());
  ASSERT_TRUE(lenient);
  EXPECT_TRUE(lenient->Check("Bearer " + Token(claims), "", kNowTime).allowed);
}

TEST(AuthMetadata, DocumentContent) {
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  boost::system::error_code ec;
  const json::value document = json::parse(authenticator->ProtectedResourceMetadata(), ec);
  ASSERT_FALSE(ec);
  EXPECT_EQ(document, json::parse(R"({
      "resource": "https://gw.example.com/mcp",
      "authorization_servers": ["https://as.example.com"],
      "bearer_methods_supported": ["header"],
      "scopes_supported": ["mcp:read", "mcp:write"],
      "resource_name": "mcp-gateway"})"));
  EXPECT_EQ(authenticator->metadata_url(), kMetadataUrl);
}

TEST(AuthMetadata, ExplicitValuesWin) {
  AuthConfig config = OAuthConfig();
  config.required_scopes.clear();
  config.resource = "https://gw.example.com/";
  config.authorization_servers = {"https://a.example", "https://b.example"};
  config.metadata_url = "https://gw.example.com/meta";
  config.resource_name = "Example Gateway";
  auto authenticator = Make(config);
  ASSERT_TRUE(authenticator);
  EXPECT_EQ(json::parse(authenticator->ProtectedResourceMetadata()), json::parse(R"({
      "resource": "https://gw.example.com/",
      "authorization_servers": ["https://a.example", "https://b.example"],
      "bearer_methods_supported": ["header"],
      "resource_name": "Example Gateway"})"));
  EXPECT_EQ(authenticator->Check("", "", kNowTime).www_authenticate,
            "Bearer realm=\"mcp-gateway\", resource_metadata=\"https://gw.example.com/meta\"");
}

TEST(AuthMetadata, WellKnownUrl) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://gw.example.com/mcp",
       "https://gw.example.com/.well-known/oauth-protected-resource/mcp"},
      {"https://gw.example.com", "https://gw.example.com/.well-known/oauth-protected-resource"},
      {"https://gw.example.com/", "https://gw.example.com/.well-known/oauth-protected-resource"},
      {"http://127.0.0.1:8080/a/b?x=1",
       "http://127.0.0.1:8080/.well-known/oauth-protected-resource/a/b?x=1"},
      {"gw.example.com/mcp", ""},
  };
  for (const auto& [resource, expected] : cases) {
    EXPECT_EQ(Authenticator::WellKnownMetadataUrl(resource), expected) << resource;
  }
}

TEST(AuthUpdateJwks, RotatesKeys) {
  auto authenticator = Make(OAuthConfig());
  ASSERT_TRUE(authenticator);
  const std::string old_token = "Bearer " + Token(Claims());
  const std::string new_token =
      "Bearer " + SignJws(SharedTestKeys().rsa_other.get(), R"({"alg":"RS256","kid":"rsa-2"})",
                          json::serialize(Claims()));
  EXPECT_TRUE(authenticator->Check(old_token, "", kNowTime).allowed);
  EXPECT_EQ(authenticator->Check(new_token, "", kNowTime).reason, reason::kUnknownKey);

  const std::string rotated = Jwks({PublicJwk(SharedTestKeys().rsa_other.get(), "rsa-2")});
  auto changed = authenticator->UpdateJwks(rotated);
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_TRUE(*changed);
  EXPECT_TRUE(authenticator->Check(new_token, "", kNowTime).allowed);
  EXPECT_EQ(authenticator->Check(old_token, "", kNowTime).reason, reason::kUnknownKey);

  auto unchanged = authenticator->UpdateJwks(rotated);
  ASSERT_TRUE(unchanged);
  EXPECT_FALSE(*unchanged);

  // A bad document is refused and the current keys stay.
  EXPECT_FALSE(authenticator->UpdateJwks(R"({"keys":[{"kty":"oct","k":"AAAA"}]})"));
  EXPECT_FALSE(authenticator->UpdateJwks("not json"));
  EXPECT_TRUE(authenticator->Check(new_token, "", kNowTime).allowed);
}

TEST(AuthUpdateJwks, RefusedWithoutOAuth) {
  AuthConfig config;
  config.bearer_tokens = {kStaticToken};
  auto authenticator = Make(config);
  ASSERT_TRUE(authenticator);
  EXPECT_FALSE(authenticator->UpdateJwks(OAuthConfig().jwks_json));
}

struct ConfigCase {
  const char* name;
  std::function<void(AuthConfig&)> edit;
  const char* message_part;

  friend void PrintTo(const ConfigCase& c, std::ostream* os) { *os << c.name; }
};

class AuthConfigRefusedTest : public ::testing::TestWithParam<ConfigCase> {};

TEST_P(AuthConfigRefusedTest, IsAnError) {
  const ConfigCase& c = GetParam();
  AuthConfig config = OAuthConfig();
  c.edit(config);
  auto authenticator = Authenticator::Create(config);
  ASSERT_FALSE(authenticator);
  EXPECT_NE(authenticator.error().message.find(c.message_part), std::string::npos)
      << authenticator.error().message;
  for (const std::string& token : config.bearer_tokens) {
    if (!token.empty()) {
      EXPECT_EQ(authenticator.error().message.find(token), std::string::npos);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Auth, AuthConfigRefusedTest,
    ::testing::Values(
        ConfigCase{"EmptyStaticToken", [](AuthConfig& c) { c.bearer_tokens.push_back(""); },
                   "bearer token 3"},
        ConfigCase{"StaticTokenWithSpace",
                   [](AuthConfig& c) { c.bearer_tokens = {"two words-secret"}; },
                   "bearer token 1"},
        ConfigCase{"StaticTokenWithNewline",
                   [](AuthConfig& c) { c.bearer_tokens = {"secret\r\nX-Injected: 1"}; },
                   "bearer token 1"},
        ConfigCase{"IssuerWithoutAudience", [](AuthConfig& c) { c.audience.clear(); },
                   "audience"},
        ConfigCase{"IssuerWithoutJwks", [](AuthConfig& c) { c.jwks_json.clear(); }, "JWKS"},
        ConfigCase{"UnparseableJwks", [](AuthConfig& c) { c.jwks_json = "{"; }, "invalid JSON"},
        ConfigCase{"UnsupportedKey",
                   [](AuthConfig& c) { c.jwks_json = R"({"keys":[{"kty":"oct","k":"AAAA"}]})"; },
                   "kty"},
        ConfigCase{"JwksWithoutIssuer", [](AuthConfig& c) { c.issuer.clear(); }, "issuer"},
        ConfigCase{"NegativeLeeway", [](AuthConfig& c) { c.leeway = std::chrono::seconds(-1); },
                   "leeway"},
        ConfigCase{"ScopeWithSpace", [](AuthConfig& c) { c.required_scopes = {"a b"}; },
                   "scope"},
        ConfigCase{"ScopeWithQuote", [](AuthConfig& c) { c.required_scopes = {"a\"b"}; },
                   "scope"},
        ConfigCase{"EmptyScope", [](AuthConfig& c) { c.required_scopes = {""}; }, "scope"},
        ConfigCase{"MetadataUrlWithQuote",
                   [](AuthConfig& c) { c.metadata_url = "https://x/\", error=\"y"; },
                   "metadata_url"},
        ConfigCase{"ResourceWithControlChar",
                   [](AuthConfig& c) { c.resource = "https://gw/\r\nX: y"; }, "resource URL"},
        ConfigCase{"RealmWithQuote", [](AuthConfig& c) { c.realm = "a\"b"; }, "realm"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace mcpgw::auth
