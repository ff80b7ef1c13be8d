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

// `n` pseudo-random bytes, fixed for a given seed.
inline std::string FakeBytes(std::string_view seed, std::size_t n) {
  const std::string hex = Fake(seed, 2 * n, kHex);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += static_cast<char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  }
  return out;
}

// Base58Check of `payload`: the payload, the first 4 bytes of its double SHA-256, in base58.
inline std::string Base58Check(std::string payload) {
  unsigned char first[32], second[32];
  unsigned int n = 0;
  EVP_Digest(payload.data(), payload.size(), first, &n, EVP_sha256(), nullptr);
  EVP_Digest(first, sizeof first, second, &n, EVP_sha256(), nullptr);
  payload.append(reinterpret_cast<const char*>(second), 4);
  static constexpr std::string_view kAlphabet =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::string digits;  // base58, least significant first
  for (char byte : payload) {
    unsigned carry = static_cast<unsigned char>(byte);
    for (char& d : digits) {
      carry += 256u * static_cast<unsigned>(d);
      d = static_cast<char>(carry % 58);
      carry /= 58;
    }
    while (carry > 0) {
      digits += static_cast<char>(carry % 58);
      carry /= 58;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < payload.size() && payload[i] == '\0'; ++i) out += '1';
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) out += kAlphabet[static_cast<unsigned>(*it)];
  return out;
}

// A Bitcoin private key in wallet import format (mainnet; compressed: 52 characters from K or
// L, uncompressed: 51 from 5) whose checksum verifies.
inline std::string FakeWif(std::string_view seed, bool compressed = true) {
  std::string payload = "\x80" + FakeBytes(seed, 32);
  if (compressed) payload += '\x01';
  return Base58Check(payload);
}

// A BIP32 extended private key (xprv...) whose checksum verifies.
inline std::string FakeXprv(std::string_view seed) {
  std::string payload("\x04\x88\xad\xe4", 4);
  payload += std::string(9, '\0');  // depth, parent fingerprint, child number
  payload += FakeBytes(std::string(seed) + "-chain", 32);
  payload += '\0';
  payload += FakeBytes(seed, 32);
  return Base58Check(payload);
}

}  // namespace mcpgw::guards::secrets::testing
