// Authenticator: decides whether an HTTP request to the gateway carries acceptable credentials —
// a static bearer token / API key, or (as an OAuth 2.1 resource server) a JWT access token signed
// by a key of the configured JWKS — and builds the RFC 6750 challenge and the RFC 9728 protected
// resource metadata document. Pure logic: no sockets, no clock, no logging; the HTTP server passes
// the header values and the time in, and sends the status and header out.
//
// Precedence (pinned by tests): a "Bearer" Authorization header decides alone, and an X-API-Key
// is then ignored; otherwise X-API-Key is used (static tokens only, never JWTs); a non-Bearer
// Authorization with no X-API-Key is refused as auth.unsupported_scheme. A token is compared with
// the static tokens first (in constant time over SHA-256 digests), then verified as a JWT. Static
// tokens are not scoped: they grant full access, whatever required_scopes says.
//
// Threading: Create returns a shared immutable object; Check, ProtectedResourceMetadata and the
// accessors are safe from any thread, concurrently with UpdateJwks (the key set is swapped as one
// pointer under a mutex; a Check in flight finishes with the keys it started with).
#pragma once

#include "auth/jwk.h"
#include "core/status.h"

#include <array>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::auth {

struct AuthConfig {
  // Static tokens ("Authorization: Bearer T") and API keys ("X-API-Key: T"). Each must be 1 to
  // 16 KiB of visible ASCII without spaces.
  std::vector<std::string> bearer_tokens;
  // OAuth 2.1 resource server, enabled when issuer is non-empty:
  std::string issuer;                        // required "iss"
  std::string audience;                      // required "aud" (string, or array holding it)
  std::vector<std::string> required_scopes;  // each must be in "scope" or "scp"
  std::string jwks_json;                     // JWKS document text (auth/jwk.h)
  std::chrono::seconds leeway{60};           // clock skew allowed for exp/nbf/iat
  // RFC 9728 metadata:
  std::string resource;                            // defaults to audience
  std::vector<std::string> authorization_servers;  // defaults to {issuer}
  // Where the metadata document is served, sent as resource_metadata="..." in challenges. With
  // OAuth enabled it defaults to WellKnownMetadataUrl(resource).
  std::string metadata_url;
  std::string realm = "mcp-gateway";          // realm="..." in challenges
  std::string resource_name = "mcp-gateway";  // "resource_name" in the metadata
};

struct Decision {
  bool allowed = false;
  int status = 401;  // 200 when allowed; 401 missing/invalid credentials; 403 valid token lacking
                     // a required scope
  // The WWW-Authenticate value to send with 401/403 (empty when allowed), e.g.
  // Bearer realm="mcp-gateway", error="invalid_token", error_description="...",
  // scope="...", resource_metadata="...". Visible ASCII and spaces only; no token material.
  std::string www_authenticate;
  std::string reason;   // a code from auth/reasons.h: auth.jwt, auth.static_token, auth.disabled
                        // when allowed; auth.missing, auth.expired, ... when not
  std::string subject;  // JWT "sub", or "static-token:<8 hex of sha256(token)>"; never a token
  std::vector<std::string> scopes;  // the JWT's scopes (also set for a 403); empty otherwise
};

class Authenticator {
 public:
  // Validates the config and builds the key set. Failures (messages never quote a token): an
  // empty or unprintable static token, issuer set without audience or without a usable JWKS, an
  // unparseable JWKS or one with an unsupported key (see JwkSet::Parse), a negative leeway, a
  // scope that is empty or holds a space, '"' or '\\', a realm/metadata_url with '"', '\\' or
  // control characters.
  static Result<std::shared_ptr<const Authenticator>> Create(AuthConfig config);

  // The RFC 9728 well-known metadata URL of a resource: "/.well-known/oauth-protected-resource"
  // inserted between the authority and the path ("https://h/mcp" ->
  // "https://h/.well-known/oauth-protected-resource/mcp"). Empty when `resource` has no "://".
  static std::string WellKnownMetadataUrl(std::string_view resource);

  // False when neither static tokens nor OAuth are configured; Check then always allows.
  bool enabled() const { return !token_digests_.empty() || oauth_enabled(); }
  bool oauth_enabled() const { return !config_.issuer.empty(); }
  // The resource_metadata URL sent in challenges (may be empty without OAuth).
  const std::string& metadata_url() const { return config_.metadata_url; }

  // Judges one request. A refusal with reason auth.unknown_key may mean the issuer rotated its
  // keys: the caller may refetch the JWKS (rate-limited) and call UpdateJwks. `authorization`: the Authorization header value (empty when absent);
  // `api_key`: the X-API-Key header value (empty when absent); `now`: the current time for
  // exp/nbf/iat. Never fails otherwise: every outcome is a Decision.
  Decision Check(std::string_view authorization, std::string_view api_key,
                 std::chrono::system_clock::time_point now) const;

  // The RFC 9728 JSON document: resource, authorization_servers, bearer_methods_supported
  // ["header"], scopes_supported (when scopes are required), resource_name. Meaningful when
  // oauth_enabled(); the HTTP server should serve it only then.
  std::string ProtectedResourceMetadata() const { return metadata_document_; }

  // Replaces the keys (JWKS refresh). Returns true when the keys changed, false when the document
  // holds the same keys. Failures: OAuth not enabled, or the document is refused by
  // JwkSet::Parse; the current keys then stay. Const because the authenticator is shared as
  // shared_ptr<const>; safe concurrently with Check and with itself.
  Result<bool> UpdateJwks(std::string_view jwks_json) const;

 private:
  using Digest = std::array<unsigned char, 32>;

  Authenticator() = default;
  std::shared_ptr<const JwkSet> Keys() const;
  bool MatchesStaticToken(const Digest& digest) const;
  Decision Challenge(int status, std::string_view reason, std::string_view error,
                     std::string_view description) const;
  Decision CheckToken(std::string_view token, bool jwt_allowed,
                      std::chrono::system_clock::time_point now) const;

  AuthConfig config_;  // jwks_json and bearer_tokens cleared after Create
  std::vector<Digest> token_digests_;
  std::string metadata_document_;

  mutable std::mutex keys_mutex_;
  mutable std::shared_ptr<const JwkSet> keys_;  // guarded by keys_mutex_; null without OAuth
};

}  // namespace mcpgw::auth
