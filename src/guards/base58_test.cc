#include "guards/base58.h"

#include <gtest/gtest.h>

namespace mcpgw::guards {
namespace {

TEST(DecodeBase58, LeadingOnesAreZeroBytes) {
  EXPECT_EQ(DecodeBase58("11"), std::string(2, '\0'));
  EXPECT_EQ(DecodeBase58("2"), std::string(1, '\1'));
  EXPECT_EQ(DecodeBase58("21"), std::string(1, '\x3a'));
  EXPECT_EQ(DecodeBase58("15R"), std::string("\0\x01\x00", 3));
}

TEST(DecodeBase58, CharactersOutsideTheAlphabetDecodeToNothing) {
  for (std::string_view s : {"0", "O", "I", "l", "abc+", ""}) EXPECT_TRUE(DecodeBase58(s).empty()) << s;
  EXPECT_TRUE(DecodeBase58(std::string(129, '2')).empty());
}

TEST(Base58CheckPayload, ReturnsThePayloadOnlyWhenTheChecksumVerifies) {
  // The genesis block's address: version 0x00, a 20-byte hash.
  const auto payload = Base58CheckPayload("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
  ASSERT_TRUE(payload.has_value());
  EXPECT_EQ(payload->size(), 21u);
  EXPECT_EQ((*payload)[0], '\0');
  EXPECT_FALSE(Base58CheckPayload("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb").has_value());
  EXPECT_FALSE(Base58CheckPayload("1111").has_value());
}

}  // namespace
}  // namespace mcpgw::guards
