// Test helpers: deterministic fake credentials built at run time (no literal in the repository
// looks like a live secret), with valid checksums where the format has one.
//
// Threading: pure functions.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "guards/secrets/validators.h"

namespace mcpgw::guards::secrets::testing {

inline constexpr std::string_view kAlnum =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr std::string_view kHex = "0123456789abcdef";
inline constexpr std::string_view kUpperAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
inline constexpr std::string_view kLowerAlnum = "0123456789abcdefghijklmnopqrstuvwxyz";
inline constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
inline constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// `n` characters of `alphabet`, pseudo-random but fixed for a given seed.
inline std::string Fake(std::string_view seed, std::size_t n, std::string_view alphabet = kAlnum) {
  std::uint64_t state = 1469598103934665603ull;
  for (char c : seed) state = (state ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  std::string out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    out += alphabet[(state * 2685821657736338717ull >> 33) % alphabet.size()];
  }
  return out;
}

// Standard base64 (with padding) of `bytes`.
inline std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// A GitHub-format token ("ghp", "gho", "npm", ...) whose CRC32 checksum verifies.
inline std::string FakeGithubToken(std::string_view prefix, std::string_view seed) {
  const std::string body = Fake(seed, 30);
  return std::string(prefix) + "_" + body + Base62Crc32(body);
}

}  // namespace mcpgw::guards::secrets::testing
