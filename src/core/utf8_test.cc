#include "core/utf8.h"

#include <gtest/gtest.h>

namespace mcpgw::core {
namespace {

std::string Encode(char32_t cp) {
  std::string out;
  AppendUtf8(out, cp);
  return out;
}

TEST(AppendUtf8, EncodesEachLengthAtItsBoundaries) {
  EXPECT_EQ(Encode(U'A'), "A");
  EXPECT_EQ(Encode(0x7F), "\x7F");
  EXPECT_EQ(Encode(0x80), "\xC2\x80");
  EXPECT_EQ(Encode(0x7FF), "\xDF\xBF");
  EXPECT_EQ(Encode(0x800), "\xE0\xA0\x80");
  EXPECT_EQ(Encode(0xFFFF), "\xEF\xBF\xBF");
  EXPECT_EQ(Encode(0x10000), "\xF0\x90\x80\x80");
  EXPECT_EQ(Encode(0x10FFFF), "\xF4\x8F\xBF\xBF");
}

TEST(AppendUtf8, SurrogatesAndValuesPastTheLastCodePointBecomeTheReplacementCharacter) {
  EXPECT_EQ(Encode(0xD800), "\xEF\xBF\xBD");
  EXPECT_EQ(Encode(0xDFFF), "\xEF\xBF\xBD");
  EXPECT_EQ(Encode(0x110000), "\xEF\xBF\xBD");
  EXPECT_EQ(Encode(0xFFFFFFFF), "\xEF\xBF\xBD");
}

TEST(AppendUtf8, Appends) {
  std::string out = "x";
  AppendUtf8(out, 0xE9);
  EXPECT_EQ(out, "x\xC3\xA9");
}

}  // namespace
}  // namespace mcpgw::core
