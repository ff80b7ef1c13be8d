#include "router/naming.h"

#include <gtest/gtest.h>

namespace mcpgw::router {
namespace {

TEST(SanitizeName, KeepsAllowedCharacters) {
  EXPECT_EQ(SanitizeName("fs_read-file_2"), "fs_read-file_2");
}

TEST(SanitizeName, ReplacesDisallowedCharacters) {
  EXPECT_EQ(SanitizeName("my server.read file/é"), "my_server_read_file___");
  EXPECT_EQ(SanitizeName(""), "_");
}

TEST(SanitizeName, LongNamesAreTruncatedWithStableHash) {
  const std::string long_name(100, 'a');
  const std::string once = SanitizeName(long_name);
  EXPECT_EQ(once.size(), kMaxExposedName);
  EXPECT_EQ(once, SanitizeName(long_name));
  EXPECT_EQ(once.substr(0, 55), std::string(55, 'a'));
  EXPECT_EQ(once[55], '_');
  std::string other(100, 'a');
  other.back() = 'b';  // built in place: GCC 12 misreports `std::string(99, 'a') + "b"`
  EXPECT_NE(once, SanitizeName(other));
}

TEST(AssignNames, PrefixesWithServerAndSeparator) {
  auto result = AssignNames({{"fs", {"read", "write"}}, {"mem", {"read"}}}, {"__", true}, {});
  ASSERT_EQ(result.items.size(), 3u);
  EXPECT_EQ(result.items[0].exposed, "fs__read");
  EXPECT_EQ(result.items[1].exposed, "fs__write");
  EXPECT_EQ(result.items[2].exposed, "mem__read");
  EXPECT_EQ(result.items[2].server_index, 1u);
  EXPECT_EQ(result.items[2].original, "read");
  EXPECT_TRUE(result.collisions.empty());
}

TEST(AssignNames, NoPrefixKeepsNames) {
  auto result = AssignNames({{"fs", {"read"}}}, {"_", false}, {});
  EXPECT_EQ(result.items[0].exposed, "read");
}

TEST(AssignNames, CollisionEarlierServerWins) {
  // "a_b" + "c" and "a" + "b_c" both want "a_b_c": config order decides.
  auto result = AssignNames({{"a_b", {"c"}}, {"a", {"b_c"}}}, {}, {});
  EXPECT_EQ(result.items[0].exposed, "a_b_c");
  EXPECT_EQ(result.items[1].exposed, "a_b_c_2");
  ASSERT_EQ(result.collisions.size(), 1u);
  EXPECT_EQ(result.collisions[0].server, "a");
  EXPECT_EQ(result.collisions[0].assigned, "a_b_c_2");
}

TEST(AssignNames, CollisionIsDeterministicAcrossRuns) {
  std::vector<ServerItems> servers = {{"x", {"t", "t", "t"}}};
  auto first = AssignNames(servers, {"_", false}, {});
  auto second = AssignNames(servers, {"_", false}, {});
  ASSERT_EQ(first.items.size(), 3u);
  EXPECT_EQ(first.items[1].exposed, "t_2");
  EXPECT_EQ(first.items[2].exposed, "t_3");
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(first.items[i].exposed, second.items[i].exposed);
}

TEST(AssignNames, ReservedNamesAreNeverAssigned) {
  auto result = AssignNames({{"s", {"get_metadata"}}}, {"_", false}, {"get_metadata", "run_tool"});
  EXPECT_EQ(result.items[0].exposed, "get_metadata_2");
  EXPECT_EQ(result.collisions.size(), 1u);
}

TEST(AssignNames, SuffixedLongNamesStayWithinLimit) {
  const std::string tool(80, 't');
  auto result = AssignNames({{"s", {tool, tool}}}, {}, {});
  EXPECT_EQ(result.items[0].exposed.size(), kMaxExposedName);
  EXPECT_LE(result.items[1].exposed.size(), kMaxExposedName);
  EXPECT_NE(result.items[0].exposed, result.items[1].exposed);
}

}  // namespace
}  // namespace mcpgw::router
