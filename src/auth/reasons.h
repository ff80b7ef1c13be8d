// The stable reason codes of authentication decisions, shared by the JWT verifier and the
// Authenticator. They reach logs and the audit record unchanged: never rename one, only add.
#pragma once

#include <string_view>

namespace mcpgw::auth::reason {

inline constexpr std::string_view kDisabled = "auth.disabled";        // no auth configured: allowed
inline constexpr std::string_view kStaticToken = "auth.static_token";  // allowed by a static token
inline constexpr std::string_view kJwt = "auth.jwt";                   // allowed by a valid JWT
inline constexpr std::string_view kMissing = "auth.missing";           // no credentials sent
inline constexpr std::string_view kUnsupportedScheme = "auth.unsupported_scheme";  // not Bearer
inline constexpr std::string_view kBadToken = "auth.bad_token";  // malformed, or matches nothing
inline constexpr std::string_view kUnsupportedAlg = "auth.unsupported_alg";  // none, HS*, JWE…
inline constexpr std::string_view kUnknownKey = "auth.unknown_key";  // no key with that kid/type
inline constexpr std::string_view kAlgMismatch = "auth.alg_mismatch";  // kid's key has another alg
inline constexpr std::string_view kBadSignature = "auth.bad_signature";
inline constexpr std::string_view kExpired = "auth.expired";
inline constexpr std::string_view kMissingExp = "auth.missing_exp";
inline constexpr std::string_view kNotYetValid = "auth.not_yet_valid";        // nbf in the future
inline constexpr std::string_view kIssuedInFuture = "auth.issued_in_future";  // iat in the future
inline constexpr std::string_view kWrongIssuer = "auth.wrong_issuer";
inline constexpr std::string_view kWrongAudience = "auth.wrong_audience";
inline constexpr std::string_view kInsufficientScope = "auth.insufficient_scope";

}  // namespace mcpgw::auth::reason
