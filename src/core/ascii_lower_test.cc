#include "core/ascii_lower.h"

#include <gtest/gtest.h>

namespace mcpgw::core {
namespace {

TEST(AsciiLower, LowersAsciiLettersOnly) {
  EXPECT_EQ(AsciiLower("Content-Type: Text/Event-Stream"), "content-type: text/event-stream");
  EXPECT_EQ(AsciiLower("HTTP://LOCALHOST:3000"), "http://localhost:3000");
  EXPECT_EQ(AsciiLower(""), "");
  // Non-ASCII bytes (here UTF-8 for "É") are left as they are.
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");
}

}  // namespace
}  // namespace mcpgw::core
