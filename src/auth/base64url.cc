#include "auth/base64url.h"

#include <openssl/evp.h>

#include <utility>

namespace mcpgw::auth {
namespace {

bool IsBase64UrlChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

Result<std::string> Base64UrlDecode(std::string_view text) {
  if (text.size() > kMaxBase64UrlInput) return MakeError("base64url input too long");
  if (text.size() % 4 == 1) return MakeError("invalid base64url length");
  std::string standard;
  standard.reserve(text.size() + 3);
  for (char c : text) {
    if (!IsBase64UrlChar(c)) return MakeError("invalid base64url character");
    standard.push_back(c == '-' ? '+' : c == '_' ? '/' : c);
  }
  const std::size_t padding = (4 - text.size() % 4) % 4;
  standard.append(padding, '=');
  std::string out(standard.size() / 4 * 3, '\0');
  if (standard.empty()) return Result<std::string>(boost::system::in_place_value, std::move(out));
  const int written =
      EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(standard.data()),
                      static_cast<int>(standard.size()));
  // EVP_DecodeBlock counts the bytes that the '=' padding stands for as zeros: drop them.
  if (written < 0 || static_cast<std::size_t>(written) != out.size()) {
    return MakeError("invalid base64url");
  }
  out.resize(out.size() - padding);
  return Result<std::string>(boost::system::in_place_value, std::move(out));
}

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(bytes.data()),
                                      static_cast<int>(bytes.size()));
  out.resize(written > 0 ? static_cast<std::size_t>(written) : 0);
  while (!out.empty() && out.back() == '=') out.pop_back();
  for (char& c : out) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  return out;
}

}  // namespace mcpgw::auth
