// base64url (RFC 4648 §5) without padding, as used by JWS (RFC 7515 §2) and JWK (RFC 7517).
//
// Both directions go through OpenSSL's EVP_EncodeBlock/EVP_DecodeBlock after translating the
// alphabet, so there is no hand-written table here.
// Threading: pure functions; safe from any thread.
#pragma once

#include "core/status.h"

#include <string>
#include <string_view>

namespace mcpgw::auth {

// Decodes unpadded base64url text. Failures: a character outside [A-Za-z0-9_-] (including '=',
// whitespace and the standard alphabet's '+' and '/'), a length that is 1 modulo 4, or input
// longer than kMaxBase64UrlInput. The empty string decodes to empty bytes.
Result<std::string> Base64UrlDecode(std::string_view text);

// Encodes bytes as unpadded base64url.
std::string Base64UrlEncode(std::string_view bytes);

// Larger inputs are refused by Base64UrlDecode (keeps the int-sized OpenSSL calls in range).
inline constexpr std::size_t kMaxBase64UrlInput = 1 << 24;

}  // namespace mcpgw::auth
