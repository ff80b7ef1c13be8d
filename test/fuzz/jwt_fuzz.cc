// Fuzzes the HTTP authentication path: an Authenticator with static tokens and OAuth (a JWKS of
// freshly generated RSA 2048 and P-256 keys) judges the input.
//
// The first byte picks the mode, so that the signature check does not stop every input:
//  - 's': the rest is "<header JSON>\n<payload JSON>", signed with the RSA key (or the EC key when
//    the header mentions ES256), so claim validation sees arbitrary claims behind a valid
//    signature;
//  - 'k': the rest is a JWKS document given to UpdateJwks (the set is restored afterwards);
//  - anything else: the whole input is the Authorization header, and also the X-API-Key.
//
// Invariants (a violation calls __builtin_trap): a decision is 200 when allowed and 401/403 when
// not; a refusal has a WWW-Authenticate of visible ASCII and spaces only (no header injection), and
// a known reason code; an allowed decision never comes from an unsigned input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "auth/authenticator.h"
#include "auth/test_tokens.h"

namespace {

using mcpgw::auth::AuthConfig;
using mcpgw::auth::Authenticator;
using mcpgw::auth::Decision;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

struct Fixture {
  mcpgw::auth::testing::TestKeys keys;
  std::string jwks;
  std::shared_ptr<const Authenticator> authenticator;

  Fixture() {
    using mcpgw::auth::testing::PublicJwk;
    jwks = mcpgw::auth::testing::Jwks(
        {PublicJwk(keys.rsa.get(), "rsa-1", "RS256"), PublicJwk(keys.ec.get(), "ec-1")});
    AuthConfig config;
    config.bearer_tokens = {"static-token-for-fuzzing"};
    config.issuer = "https://as.example.com";
    config.audience = "https://gw.example.com/mcp";
    config.required_scopes = {"mcp"};
    config.jwks_json = jwks;
    auto created = Authenticator::Create(std::move(config));
    if (!created) __builtin_trap();
    authenticator = *created;
  }
};

const Fixture& GetFixture() {
  static const Fixture fixture;
  return fixture;
}

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));

void CheckDecision(const Decision& decision) {
  if (decision.allowed) {
    Check(decision.status == 200 && decision.www_authenticate.empty());
    return;
  }
  Check(decision.status == 401 || decision.status == 403);
  Check(decision.reason.rfind("auth.", 0) == 0);
  Check(decision.www_authenticate.rfind("Bearer realm=\"", 0) == 0);
  for (char c : decision.www_authenticate) Check(c >= 0x20 && c < 0x7f);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Fixture& fixture = GetFixture();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const char mode = input.empty() ? '\0' : input.front();

  if (mode == 's') {
    const std::string_view rest = input.substr(1);
    const std::size_t newline = rest.find('\n');
    if (newline == std::string_view::npos) return 0;
    const std::string_view header = rest.substr(0, newline);
    EVP_PKEY* key = header.find("ES256") != std::string_view::npos ? fixture.keys.ec.get()
                                                                    : fixture.keys.rsa.get();
    const std::string token =
        mcpgw::auth::testing::SignJws(key, header, rest.substr(newline + 1));
    CheckDecision(fixture.authenticator->Check("Bearer " + token, "", kNow));
    return 0;
  }
  if (mode == 'k') {
    auto updated = fixture.authenticator->UpdateJwks(input.substr(1));
    if (updated) Check(fixture.authenticator->UpdateJwks(fixture.jwks).has_value());
    return 0;
  }
  const Decision by_header = fixture.authenticator->Check(input, "", kNow);
  CheckDecision(by_header);
  // Unsigned input cannot pass as a JWT; only the static token can be allowed.
  if (by_header.allowed) Check(by_header.reason == "auth.static_token");
  const Decision by_api_key = fixture.authenticator->Check("", input, kNow);
  CheckDecision(by_api_key);
  if (by_api_key.allowed) Check(by_api_key.reason == "auth.static_token");
  return 0;
}
