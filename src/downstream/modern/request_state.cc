#include "downstream/modern/request_state.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

#include "auth/base64url.h"

namespace mcpgw::downstream::modern {

namespace {

constexpr std::string_view kPrefix = "v1.";
constexpr std::string_view kSealedPrefix = "p2.";
constexpr std::size_t kIdBytes = 16;
constexpr std::size_t kNonceBytes = 12;  // AES-GCM's 96-bit IV
constexpr std::size_t kTagBytes = 16;
constexpr std::string_view kSealKeyLabel = "mcp-gateway requestState p2 AES-256-GCM";

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext NewCipherContext() {
  CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  if (!context) throw std::runtime_error("requestState: no cipher context");
  return context;
}

const unsigned char* Bytes(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

// The additional authenticated data of a p2. token: its version and the principal.
std::string SealedAad(std::string_view principal) {
  std::string aad = "p2\n";
  aad.append(principal);
  return aad;
}

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

RequestStateSigner::RequestStateSigner() : RequestStateSigner(RandomBytes(32)) {}

RequestStateSigner::RequestStateSigner(std::string key) : key_(std::move(key)) {
  unsigned char derived[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()), Bytes(kSealKeyLabel),
            kSealKeyLabel.size(), derived, &length) ||
      length != 32)
    throw std::runtime_error("requestState: key derivation failed");
  seal_key_.assign(reinterpret_cast<const char*>(derived), length);
}

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
  // nonce | ciphertext (as long as the payload) | tag
  std::string sealed = RandomBytes(kNonceBytes);
  sealed.resize(kNonceBytes + payload.size() + kTagBytes);
  auto* out = reinterpret_cast<unsigned char*>(sealed.data());
  const std::string aad = SealedAad(principal);
  CipherContext context = NewCipherContext();
  int written = 0;
  int final_written = 0;
  if (EVP_EncryptInit_ex2(context.get(), EVP_aes_256_gcm(), Bytes(seal_key_), out, nullptr) != 1 ||
      EVP_EncryptUpdate(context.get(), nullptr, &written, Bytes(aad),
                        static_cast<int>(aad.size())) != 1 ||
      EVP_EncryptUpdate(context.get(), out + kNonceBytes, &written, Bytes(payload),
                        static_cast<int>(payload.size())) != 1 ||
      EVP_EncryptFinal_ex(context.get(), out + kNonceBytes + written, &final_written) != 1 ||
      static_cast<std::size_t>(written + final_written) != payload.size() ||
      EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagBytes),
                          out + kNonceBytes + payload.size()) != 1)
    throw std::runtime_error("requestState: sealing failed");
  return std::string(kSealedPrefix) + auth::Base64UrlEncode(sealed);
}

std::optional<std::string> RequestStateSigner::Unseal(std::string_view token,
                                                      std::string_view principal) const {
  if (!token.starts_with(kSealedPrefix)) return std::nullopt;
  const std::string_view body = token.substr(kSealedPrefix.size());
  auto sealed = auth::Base64UrlDecode(body);
  // Canonical text only: base64url ignores a last character's unused bits, so without this
  // check two tokens could open to the same payload.
  if (!sealed || sealed->size() < kNonceBytes + kTagBytes ||
      auth::Base64UrlEncode(*sealed) != body)
    return std::nullopt;
  const std::size_t size = sealed->size() - kNonceBytes - kTagBytes;
  auto* in = reinterpret_cast<unsigned char*>(sealed->data());
  std::string payload(size, '\0');
  const std::string aad = SealedAad(principal);
  CipherContext context = NewCipherContext();
  int written = 0;
  int final_written = 0;
  if (EVP_DecryptInit_ex2(context.get(), EVP_aes_256_gcm(), Bytes(seal_key_), in, nullptr) != 1 ||
      EVP_DecryptUpdate(context.get(), nullptr, &written, Bytes(aad),
                        static_cast<int>(aad.size())) != 1 ||
      EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char*>(payload.data()), &written,
                        in + kNonceBytes, static_cast<int>(size)) != 1 ||
      EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagBytes),
                          in + kNonceBytes + size) != 1)
    return std::nullopt;
  // The tag is checked here: a mismatch (any change, another key or principal) fails.
  if (EVP_DecryptFinal_ex(context.get(),
                          reinterpret_cast<unsigned char*>(payload.data()) + written,
                          &final_written) != 1 ||
      static_cast<std::size_t>(written + final_written) != size)
    return std::nullopt;
  return payload;
}

}  // namespace mcpgw::downstream::modern
