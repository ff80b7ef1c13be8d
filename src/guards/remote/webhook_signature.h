// The webhook guard's signature: how a user's service verifies that a request came from this
// gateway and was not replayed or altered (docs/guards.md, "Verifying the signature").
//
//   X-MCP-Gateway-Timestamp: <unix seconds>
//   X-MCP-Gateway-Signature: sha256=<lower-case hex HMAC-SHA256(secret, timestamp + "." + body)>
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mcpgw::guards::remote {

inline constexpr std::string_view kTimestampHeader = "X-MCP-Gateway-Timestamp";
inline constexpr std::string_view kSignatureHeader = "X-MCP-Gateway-Signature";

// Lower-case hex HMAC-SHA256 of `message` with `key` (OpenSSL).
std::string HmacSha256Hex(std::string_view key, std::string_view message);

// The signature header's value: "sha256=" + HmacSha256Hex(secret, timestamp + "." + body).
std::string WebhookSignature(std::string_view secret, std::int64_t timestamp,
                             std::string_view body);

// What a receiving service does: recomputes the signature and compares in constant time.
bool VerifyWebhookSignature(std::string_view secret, std::string_view timestamp,
                            std::string_view body, std::string_view signature);

}  // namespace mcpgw::guards::remote
