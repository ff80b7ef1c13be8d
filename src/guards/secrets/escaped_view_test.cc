#include "guards/secrets/escaped_view.h"

#include <gtest/gtest.h>

namespace mcpgw::guards::secrets {
namespace {

TEST(HasEscapes, OnlyForJsonEscapes) {
  EXPECT_TRUE(HasEscapes(R"(a\"b)"));
  EXPECT_TRUE(HasEscapes(R"(a\u002fb)"));
  EXPECT_FALSE(HasEscapes(R"(C:\Windows\System32)"));
  EXPECT_FALSE(HasEscapes("plain"));
  EXPECT_FALSE(HasEscapes("ends with \\"));
}

TEST(DecodeEscapes, DecodesAndMapsEveryByteBack) {
  const std::string text = R"(k\":\"a\u002fb\nc\ud83d\ude00d\x)";
  std::string decoded;
  std::vector<std::uint32_t> source;
  DecodeEscapes(text, decoded, source);
  EXPECT_EQ(decoded, "k\":\"a/b\nc\xF0\x9F\x98\x80" "d\\x");
  ASSERT_EQ(source.size(), decoded.size() + 1);
  EXPECT_EQ(source.back(), text.size());
  // "a/b" in the decoded text maps back to "a\u002fb" in the source.
  const std::size_t b = decoded.find("a/b");
  EXPECT_EQ(text.substr(source[b], source[b + 3] - source[b]), R"(a\u002fb)");
}

TEST(DecodeEscapes, LoneSurrogateBecomesQuestionMark) {
  std::string decoded;
  std::vector<std::uint32_t> source;
  DecodeEscapes(R"(\ud800x)", decoded, source);
  EXPECT_EQ(decoded, "?x");
}

}  // namespace
}  // namespace mcpgw::guards::secrets
