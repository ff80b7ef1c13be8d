// Base58 (Bitcoin's alphabet) and Base58Check, which the PII detector's address recognizer and
// the secrets detector's private key rules both verify.
//
// Threading: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::guards {

// `s` decoded: leading '1's are zero bytes. Empty when a character is not base58 or `s` is
// empty or longer than 128 characters.
std::string DecodeBase58(std::string_view s);

// The payload of Base58Check `s` (the decoded bytes but the last 4, which must equal the first
// 4 bytes of the double SHA-256 of the rest); nullopt when `s` is not base58 or the checksum
// fails.
std::optional<std::string> Base58CheckPayload(std::string_view s);

}  // namespace mcpgw::guards
