#include "guards/value_hash.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace mcpgw::guards {

namespace {

std::string& Salt() {
  static std::string salt = [] {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return std::string("mcp-gateway");
    return std::string(reinterpret_cast<char*>(bytes), sizeof bytes);
  }();
  return salt;
}

}  // namespace

void SetValueHashSalt(std::string salt) {
  if (!salt.empty()) Salt() = std::move(salt);
}

std::string ValueHash(std::string_view value) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  const std::string& salt = Salt();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx, salt.data(), salt.size());
  EVP_DigestUpdate(ctx, value.data(), value.size());
  EVP_DigestFinal_ex(ctx, digest, &size);
  EVP_MD_CTX_free(ctx);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < 8 && i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

}  // namespace mcpgw::guards
