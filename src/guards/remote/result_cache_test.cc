#include "guards/remote/result_cache.h"

#include <gtest/gtest.h>

namespace mcpgw::guards::remote {
namespace {

TEST(ContentKeyTest, IsTheHexSha256OfTheContent) {
  EXPECT_EQ(ContentKey("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_NE(ContentKey("abc"), ContentKey("abd"));
}

TEST(ResultCacheTest, FindsWhatWasPut) {
  ResultCache cache(2);
  EXPECT_FALSE(cache.Find("a").has_value());
  cache.Put("a", 1);
  ASSERT_TRUE(cache.Find("a").has_value());
  EXPECT_EQ(*cache.Find("a"), boost::json::value(1));
}

TEST(ResultCacheTest, EvictsTheLeastRecentlyUsedWhenFull) {
  ResultCache cache(2);
  cache.Put("a", 1);
  cache.Put("b", 2);
  ASSERT_TRUE(cache.Find("a").has_value());  // "b" is now the least recently used
  cache.Put("c", 3);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.Find("a").has_value());
  EXPECT_FALSE(cache.Find("b").has_value());
  EXPECT_TRUE(cache.Find("c").has_value());
}

TEST(ResultCacheTest, PutReplacesWithoutGrowing) {
  ResultCache cache(2);
  cache.Put("a", 1);
  cache.Put("a", 5);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(*cache.Find("a"), boost::json::value(5));
}

TEST(ResultCacheTest, CapacityZeroStoresNothing) {
  ResultCache cache(0);
  cache.Put("a", 1);
  EXPECT_FALSE(cache.Find("a").has_value());
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace mcpgw::guards::remote
