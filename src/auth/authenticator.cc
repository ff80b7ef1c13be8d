#include "auth/authenticator.h"

#include "auth/jwt.h"
#include "auth/reasons.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <utility>

namespace mcpgw::auth {
namespace {

namespace json = boost::json;

constexpr std::string_view kBearer = "bearer";

bool IsVisibleAscii(char c) { return c > 0x20 && c < 0x7f; }

bool IsOws(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimOws(std::string_view text) {
  while (!text.empty() && IsOws(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsOws(text.back())) text.remove_suffix(1);
  return text;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x) == y;
         });
}

// Text safe inside a quoted-string that we never escape: no '"', '\\' or control characters.
bool IsQuotable(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  });
}

// RFC 6749 scope-token: 1*( %x21 / %x23-5B / %x5D-7E ).
bool IsScopeToken(std::string_view scope) {
  return !scope.empty() && std::all_of(scope.begin(), scope.end(), [](char c) {
    return IsVisibleAscii(c) && c != '"' && c != '\\';
  });
}

std::array<unsigned char, 32> Sha256(std::string_view bytes) {
  std::array<unsigned char, 32> digest{};
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr);
  return digest;
}

std::string StaticSubject(const std::array<unsigned char, 32>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string subject = "static-token:";
  for (int i = 0; i < 4; ++i) {
    subject.push_back(kHex[digest[i] >> 4]);
    subject.push_back(kHex[digest[i] & 0xf]);
  }
  return subject;
}

std::string JoinScopes(const std::vector<std::string>& scopes) {
  std::string joined;
  for (const std::string& scope : scopes) {
    if (!joined.empty()) joined.push_back(' ');
    joined += scope;
  }
  return joined;
}

std::string MetadataDocument(const AuthConfig& config) {
  json::object document;
  document["resource"] = config.resource;
  json::array servers;
  for (const std::string& server : config.authorization_servers) servers.emplace_back(server);
  document["authorization_servers"] = std::move(servers);
  document["bearer_methods_supported"] = json::array{"header"};
  if (!config.required_scopes.empty()) {
    json::array scopes;
    for (const std::string& scope : config.required_scopes) scopes.emplace_back(scope);
    document["scopes_supported"] = std::move(scopes);
  }
  document["resource_name"] = config.resource_name;
  return json::serialize(document);
}

Result<void> ValidateConfig(const AuthConfig& config) {
  for (std::size_t i = 0; i < config.bearer_tokens.size(); ++i) {
    const std::string& token = config.bearer_tokens[i];
    if (token.empty() || token.size() > kMaxTokenBytes ||
        !std::all_of(token.begin(), token.end(), IsVisibleAscii)) {
      return MakeError("auth: bearer token " + std::to_string(i + 1) +
                       " must be 1 to 16384 visible ASCII characters without spaces");
    }
  }
  if (!IsQuotable(config.realm)) return MakeError("auth: realm holds '\"', '\\' or a control char");
  if (!IsQuotable(config.metadata_url)) {
    return MakeError("auth: metadata_url holds '\"', '\\' or a control character");
  }
  for (const std::string& scope : config.required_scopes) {
    if (!IsScopeToken(scope)) {
      return MakeError("auth: required scope \"" + scope +
                       "\" must be visible ASCII without spaces, '\"' or '\\'");
    }
  }
  if (config.issuer.empty()) {
    if (!config.jwks_json.empty() || !config.audience.empty()) {
      return MakeError("auth: audience/JWKS set without an issuer");
    }
    return {};
  }
  if (config.audience.empty()) return MakeError("auth: OAuth needs an audience (resource URL)");
  if (config.jwks_json.empty()) return MakeError("auth: OAuth needs a JWKS");
  if (config.leeway.count() < 0) return MakeError("auth: leeway must not be negative");
  return {};
}

}  // namespace

Result<std::shared_ptr<const Authenticator>> Authenticator::Create(AuthConfig config) {
  if (auto valid = ValidateConfig(config); !valid) return valid.error();
  std::shared_ptr<Authenticator> authenticator(new Authenticator());
  if (!config.issuer.empty()) {
    auto keys = JwkSet::Parse(config.jwks_json);
    if (!keys) return MakeError("auth: " + keys.error().message);
    authenticator->keys_ = std::make_shared<const JwkSet>(std::move(*keys));
    if (config.resource.empty()) config.resource = config.audience;
    if (config.authorization_servers.empty()) config.authorization_servers = {config.issuer};
    if (config.metadata_url.empty()) config.metadata_url = WellKnownMetadataUrl(config.resource);
    if (!IsQuotable(config.metadata_url)) {
      return MakeError("auth: the resource URL holds '\"', '\\' or a control character");
    }
  }
  for (const std::string& token : config.bearer_tokens) {
    authenticator->token_digests_.push_back(Sha256(token));
  }
  config.bearer_tokens.clear();
  config.jwks_json.clear();
  authenticator->metadata_document_ = MetadataDocument(config);
  authenticator->config_ = std::move(config);
  return std::shared_ptr<const Authenticator>(std::move(authenticator));
}

std::string Authenticator::WellKnownMetadataUrl(std::string_view resource) {
  const std::size_t scheme_end = resource.find("://");
  if (scheme_end == std::string_view::npos) return "";
  const std::size_t authority_end = resource.find_first_of("/?#", scheme_end + 3);
  std::string_view rest =
      authority_end == std::string_view::npos ? "" : resource.substr(authority_end);
  rest = rest.substr(0, rest.find('#'));
  if (rest == "/") rest = "";
  return std::string(resource.substr(0, authority_end)) + "/.well-known/oauth-protected-resource" +
         std::string(rest);
}

std::shared_ptr<const JwkSet> Authenticator::Keys() const {
  std::lock_guard lock(keys_mutex_);
  return keys_;
}

Result<bool> Authenticator::UpdateJwks(std::string_view jwks_json) const {
  if (!oauth_enabled()) return MakeError("auth: OAuth is not configured");
  auto keys = JwkSet::Parse(jwks_json);
  if (!keys) return MakeError("auth: " + keys.error().message);
  auto replacement = std::make_shared<const JwkSet>(std::move(*keys));
  std::lock_guard lock(keys_mutex_);
  const bool changed = !keys_ || !keys_->SameKeys(*replacement);
  keys_ = std::move(replacement);
  return changed;
}

bool Authenticator::MatchesStaticToken(const Digest& digest) const {
  int differences = 1;  // stays nonzero unless some digest matches; every digest is compared
  for (const Digest& candidate : token_digests_) {
    differences &= CRYPTO_memcmp(candidate.data(), digest.data(), digest.size()) != 0 ? 1 : 0;
  }
  return differences == 0;
}

Decision Authenticator::Challenge(int status, std::string_view reason, std::string_view error,
                                  std::string_view description) const {
  Decision decision;
  decision.status = status;
  decision.reason = reason;
  std::string& header = decision.www_authenticate;
  header = "Bearer realm=\"" + config_.realm + "\"";
  if (!error.empty()) {
    header += ", error=\"" + std::string(error) + "\"";
    if (!description.empty()) header += ", error_description=\"" + std::string(description) + "\"";
  }
  if (oauth_enabled() && !config_.required_scopes.empty()) {
    header += ", scope=\"" + JoinScopes(config_.required_scopes) + "\"";
  }
  if (!config_.metadata_url.empty()) {
    header += ", resource_metadata=\"" + config_.metadata_url + "\"";
  }
  return decision;
}

Decision Authenticator::Check(std::string_view authorization, std::string_view api_key,
                              std::chrono::system_clock::time_point now) const {
  if (!enabled()) {
    Decision decision;
    decision.allowed = true;
    decision.status = 200;
    decision.reason = reason::kDisabled;
    return decision;
  }
  authorization = TrimOws(authorization);
  api_key = TrimOws(api_key);
  if (!authorization.empty()) {
    const std::size_t space = authorization.find_first_of(" \t");
    const std::string_view scheme = authorization.substr(0, space);
    if (EqualsIgnoreCase(scheme, kBearer)) {
      const std::string_view token =
          space == std::string_view::npos ? "" : TrimOws(authorization.substr(space));
      return CheckToken(token, /*jwt_allowed=*/true, now);
    }
  }
  if (!api_key.empty()) return CheckToken(api_key, /*jwt_allowed=*/false, now);
  if (!authorization.empty()) {
    return Challenge(401, reason::kUnsupportedScheme, "", "");
  }
  return Challenge(401, reason::kMissing, "", "");
}

Decision Authenticator::CheckToken(std::string_view token, bool jwt_allowed,
                                   std::chrono::system_clock::time_point now) const {
  if (token.empty()) {
    return Challenge(401, reason::kBadToken, "invalid_token", "the bearer token is empty");
  }
  if (token.size() > kMaxTokenBytes) {
    return Challenge(401, reason::kBadToken, "invalid_token", "the token is too large");
  }
  const Digest digest = Sha256(token);
  if (MatchesStaticToken(digest)) {
    Decision decision;
    decision.allowed = true;
    decision.status = 200;
    decision.reason = reason::kStaticToken;
    decision.subject = StaticSubject(digest);
    return decision;
  }
  std::shared_ptr<const JwkSet> keys = jwt_allowed ? Keys() : nullptr;
  if (!keys) return Challenge(401, reason::kBadToken, "invalid_token", "the token is not accepted");

  const JwtRequirements requirements{config_.issuer, config_.audience, config_.leeway};
  auto verified = VerifyJwt(token, *keys, requirements, now);
  if (!verified) {
    return Challenge(401, verified.error().reason, "invalid_token", verified.error().description);
  }
  for (const std::string& required : config_.required_scopes) {
    if (std::find(verified->scopes.begin(), verified->scopes.end(), required) ==
        verified->scopes.end()) {
      Decision decision = Challenge(403, reason::kInsufficientScope, "insufficient_scope",
                                    "the token lacks a required scope");
      decision.subject = std::move(verified->subject);
      decision.scopes = std::move(verified->scopes);
      return decision;
    }
  }
  Decision decision;
  decision.allowed = true;
  decision.status = 200;
  decision.reason = reason::kJwt;
  decision.subject = std::move(verified->subject);
  decision.scopes = std::move(verified->scopes);
  return decision;
}

}  // namespace mcpgw::auth
