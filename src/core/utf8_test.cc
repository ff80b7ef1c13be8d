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

TEST(DecodeUtf8, DecodesEachLengthAndRoundTripsWithAppend) {
  for (char32_t cp : {0x41u, 0xE9u, 0x7FFu, 0x800u, 0x20ACu, 0xFFFFu, 0x10000u, 0x1F600u, 0x10FFFFu}) {
    const std::string s = Encode(cp);
    EXPECT_EQ(DecodeUtf8(s, 0), std::make_pair(cp, s.size())) << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_EQ(DecodeUtf8("a\xC3\xA9", 1), std::make_pair(char32_t{0xE9}, std::size_t{2}));
}

TEST(DecodeUtf8, InvalidSequencesAreZeroLength) {
  const std::pair<char32_t, std::size_t> invalid{0, 0};
  EXPECT_EQ(DecodeUtf8("\x80", 0), invalid);              // a stray continuation byte
  EXPECT_EQ(DecodeUtf8("\xC3", 0), invalid);              // truncated
  EXPECT_EQ(DecodeUtf8("\xC3(", 0), invalid);             // no continuation
  EXPECT_EQ(DecodeUtf8("\xC0\x80", 0), invalid);          // overlong
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0), invalid);      // a surrogate
  EXPECT_EQ(DecodeUtf8("\xF4\x90\x80\x80", 0), invalid);  // past U+10FFFF
  EXPECT_EQ(DecodeUtf8("\xF8\x88\x80\x80\x80", 0), invalid);  // no such lead byte
}

}  // namespace
}  // namespace mcpgw::core
