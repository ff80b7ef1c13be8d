#include "core/protocol_version.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace mcpgw::core {
namespace {

struct NegotiationCase {
  const char* requested;
  const char* answered;

  friend void PrintTo(const NegotiationCase& c, std::ostream* os) { *os << c.requested; }
};

class NegotiateProtocolVersionTest : public ::testing::TestWithParam<NegotiationCase> {};

TEST_P(NegotiateProtocolVersionTest, AnswersSupportedOrLatest) {
  EXPECT_EQ(NegotiateProtocolVersion(GetParam().requested), GetParam().answered)
      << "requested " << GetParam().requested;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NegotiateProtocolVersionTest,
    ::testing::Values(NegotiationCase{"2024-11-05", "2024-11-05"},
                      NegotiationCase{"2025-03-26", "2025-03-26"},
                      NegotiationCase{"2025-06-18", "2025-06-18"},
                      NegotiationCase{"2025-11-25", "2025-11-25"},
                      // Unknown, older, newer, malformed: the latest, and the client decides.
                      NegotiationCase{"2024-10-07", "2025-11-25"},
                      NegotiationCase{"2099-01-01", "2025-11-25"},
                      NegotiationCase{"", "2025-11-25"},
                      NegotiationCase{"2025-06-18 ", "2025-11-25"},
                      NegotiationCase{"latest", "2025-11-25"}));

TEST(ProtocolVersion, LatestIsTheNewestSupported) {
  EXPECT_EQ(kLatestProtocolVersion, kSupportedProtocolVersions.back());
  for (std::size_t i = 1; i < kSupportedProtocolVersions.size(); ++i)
    EXPECT_LT(kSupportedProtocolVersions[i - 1], kSupportedProtocolVersions[i]) << "oldest first";
}

TEST(ProtocolVersion, IsSupported) {
  for (std::string_view version : kSupportedProtocolVersions)
    EXPECT_TRUE(IsSupportedProtocolVersion(version)) << version;
  EXPECT_FALSE(IsSupportedProtocolVersion("2025-01-01"));
  EXPECT_FALSE(IsSupportedProtocolVersion(""));
}

TEST(ProtocolVersion, ProtocolAtLeastComparesRevisionDates) {
  EXPECT_TRUE(ProtocolAtLeast("2025-06-18", "2025-06-18"));
  EXPECT_TRUE(ProtocolAtLeast("2025-11-25", "2025-06-18"));
  EXPECT_FALSE(ProtocolAtLeast("2025-03-26", "2025-06-18"));
  EXPECT_FALSE(ProtocolAtLeast("2024-11-05", "2025-03-26"));
}

}  // namespace
}  // namespace mcpgw::core
