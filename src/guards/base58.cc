#include "guards/base58.h"

#include <openssl/evp.h>

#include <cstring>
#include <vector>

namespace mcpgw::guards {

std::string DecodeBase58(std::string_view s) {
  static constexpr std::string_view kAlphabet =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  if (s.empty() || s.size() > 128) return {};
  std::size_t zeros = 0;
  while (zeros < s.size() && s[zeros] == '1') ++zeros;
  // Base 256 digits, least significant first; each character multiplies by 58 and adds.
  std::vector<unsigned char> digits;
  digits.reserve(s.size());
  for (char c : s) {
    const std::size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) return {};
    unsigned carry = static_cast<unsigned>(value);
    for (unsigned char& d : digits) {
      carry += 58u * d;
      d = static_cast<unsigned char>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      digits.push_back(static_cast<unsigned char>(carry & 0xff));
      carry >>= 8;
    }
  }
  std::string out(zeros, '\0');
  out.append(digits.rbegin(), digits.rend());
  return out;
}

std::optional<std::string> Base58CheckPayload(std::string_view s) {
  std::string raw = DecodeBase58(s);
  if (raw.size() < 5) return std::nullopt;
  const std::size_t n = raw.size() - 4;
  unsigned char first[EVP_MAX_MD_SIZE];
  unsigned char second[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(raw.data(), n, first, &length, EVP_sha256(), nullptr) != 1 ||
      EVP_Digest(first, length, second, &length, EVP_sha256(), nullptr) != 1 ||
      std::memcmp(second, raw.data() + n, 4) != 0) {
    return std::nullopt;
  }
  raw.resize(n);
  return raw;
}

}  // namespace mcpgw::guards
