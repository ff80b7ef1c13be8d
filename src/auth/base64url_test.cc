#include "auth/base64url.h"

#include <gtest/gtest.h>

#include <string>

namespace mcpgw::auth {
namespace {

TEST(AuthBase64Url, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 300; ++i) {
    const std::string encoded = Base64UrlEncode(bytes);
    EXPECT_EQ(encoded.find_first_of("+/="), std::string::npos) << encoded;
    auto decoded = Base64UrlDecode(encoded);
    ASSERT_TRUE(decoded) << encoded;
    EXPECT_EQ(*decoded, bytes);
    bytes.push_back(static_cast<char>(255 - i % 256));
  }
}

TEST(AuthBase64Url, DecodesUrlAlphabet) {
  auto decoded = Base64UrlDecode("-_8");  // 0xfb 0xff
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, std::string("\xfb\xff"));
}

TEST(AuthBase64Url, RejectsInvalidInput) {
  for (const char* text : {"a", "abcde", "ab=", "ab==", "a+b/", "ab c", "ab\n", "ab.c", "ab\x80"}) {
    EXPECT_FALSE(Base64UrlDecode(text)) << text;
  }
}

}  // namespace
}  // namespace mcpgw::auth
