#include "downstream/modern/request_state.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <stdexcept>

#include "auth/base64url.h"

namespace mcpgw::downstream::modern {

namespace {

constexpr std::string_view kPrefix = "v1.";
constexpr std::string_view kSealedPrefix = "p1.";
constexpr std::size_t kIdBytes = 16;

std::string Hex(const unsigned char* data, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(kDigits[data[i] >> 4]);
    out.push_back(kDigits[data[i] & 0xf]);
  }
  return out;
}

std::string RandomBytes(std::size_t size) {
  std::string bytes(size, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(size)) != 1)
    throw std::runtime_error("requestState: the random generator failed");
  return bytes;
}

bool IsLowerHex(std::string_view text) {
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

RequestStateSigner::RequestStateSigner() : key_(RandomBytes(32)) {}

std::string RequestStateSigner::Mac(std::string_view id, std::string_view principal) const {
  std::string signed_part;
  signed_part.reserve(kPrefix.size() + id.size());
  signed_part.append(kPrefix).append(id);
  return MacOf(signed_part, principal);
}

std::string RequestStateSigner::MacOf(std::string_view signed_part,
                                      std::string_view principal) const {
  std::string message;
  message.reserve(signed_part.size() + 1 + principal.size());
  message.append(signed_part).append(1, '\n').append(principal);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
            reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest,
            &length))
    throw std::runtime_error("requestState: HMAC failed");
  return Hex(digest, length);
}

RequestStateSigner::Issued RequestStateSigner::Issue(std::string_view principal) const {
  const std::string raw = RandomBytes(kIdBytes);
  std::string id = Hex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  std::string token = std::string(kPrefix) + id + "." + Mac(id, principal);
  return Issued{std::move(id), std::move(token)};
}

std::optional<std::string> RequestStateSigner::Verify(std::string_view token,
                                                      std::string_view principal) const {
  if (!token.starts_with(kPrefix)) return std::nullopt;
  token.remove_prefix(kPrefix.size());
  const std::size_t dot = token.find('.');
  if (dot != kIdBytes * 2) return std::nullopt;
  const std::string_view id = token.substr(0, dot);
  const std::string_view mac = token.substr(dot + 1);
  if (!IsLowerHex(id) || mac.size() != 64 || !IsLowerHex(mac)) return std::nullopt;
  const std::string expected = Mac(id, principal);
  if (CRYPTO_memcmp(expected.data(), mac.data(), expected.size()) != 0) return std::nullopt;
  return std::string(id);
}

std::string RequestStateSigner::Seal(std::string_view payload, std::string_view principal) const {
  std::string token(kSealedPrefix);
  token += auth::Base64UrlEncode(payload);
  const std::string mac = MacOf(token, principal);
  token.append(1, '.').append(mac);
  return token;
}

std::optional<std::string> RequestStateSigner::Unseal(std::string_view token,
                                                      std::string_view principal) const {
  if (!token.starts_with(kSealedPrefix)) return std::nullopt;
  const std::size_t dot = token.rfind('.');
  if (dot == std::string_view::npos || dot < kSealedPrefix.size()) return std::nullopt;
  const std::string_view signed_part = token.substr(0, dot);
  const std::string_view mac = token.substr(dot + 1);
  if (mac.size() != 64 || !IsLowerHex(mac)) return std::nullopt;
  const std::string expected = MacOf(signed_part, principal);
  if (CRYPTO_memcmp(expected.data(), mac.data(), expected.size()) != 0) return std::nullopt;
  auto payload = auth::Base64UrlDecode(signed_part.substr(kSealedPrefix.size()));
  if (!payload) return std::nullopt;
  return std::move(*payload);
}

}  // namespace mcpgw::downstream::modern
