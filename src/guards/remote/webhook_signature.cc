#include "guards/remote/webhook_signature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace mcpgw::guards::remote {

std::string HmacSha256Hex(std::string_view key, std::string_view message) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  size_t size = 0;
  if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(),
                 reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac,
                 sizeof(mac), &size))
    return {};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < size; ++i) {
    out.push_back(kHex[mac[i] >> 4]);
    out.push_back(kHex[mac[i] & 0xf]);
  }
  return out;
}

std::string WebhookSignature(std::string_view secret, std::int64_t timestamp,
                             std::string_view body) {
  std::string message = std::to_string(timestamp);
  message += '.';
  message.append(body);
  return "sha256=" + HmacSha256Hex(secret, message);
}

bool VerifyWebhookSignature(std::string_view secret, std::string_view timestamp,
                            std::string_view body, std::string_view signature) {
  std::string message(timestamp);
  message += '.';
  message.append(body);
  const std::string expected = "sha256=" + HmacSha256Hex(secret, message);
  return expected.size() == signature.size() &&
         CRYPTO_memcmp(expected.data(), signature.data(), expected.size()) == 0;
}

}  // namespace mcpgw::guards::remote
