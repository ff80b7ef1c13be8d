#include "guards/hs_disk_cache.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "testing/temp_dir.h"

namespace mcpgw::guards {
namespace {

namespace fs = std::filesystem;

// Enables the cache in a fresh directory for one test and disables it after.
class HsDiskCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { EnableHsDiskCache((dir_.path() / "hsdb").string()); }
  void TearDown() override { EnableHsDiskCache(""); }

  static HsDatabaseSpec Spec(const std::string& word) {
    HsDatabaseSpec spec;
    spec.name = "disk-cache-test";
    spec.expressions = {{word + "[0-9]+", HS_FLAG_CASELESS, 0, HsOnReject::kFail},
                        {"(", HS_FLAG_PREFILTER, 1, HsOnReject::kDrop}};
    return spec;
  }
  fs::path FileOf(const HsDatabaseSpec& spec) const {
    return dir_.path() / "hsdb" / ("hsdb_" + HsKeyHex(HsDatabaseKey(spec)) + ".bin");
  }

  mcpgw::testing::TempDir dir_;
};

TEST_F(HsDiskCacheTest, AMissCompilesAndStoresThenTheNextBuildLoads) {
  const HsDatabaseSpec spec = Spec("diskcache-one");
  HsBuild first = BuildHsDatabase(spec);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ((*first)->source(), HsDatabase::Source::kCompiled);
  ASSERT_TRUE(fs::exists(FileOf(spec)));

  HsBuild second = BuildHsDatabase(spec);
  ASSERT_TRUE(second);
  EXPECT_EQ((*second)->source(), HsDatabase::Source::kCached);
  EXPECT_EQ((*second)->outcomes(), (*first)->outcomes());  // the drop is remembered too
  EXPECT_FALSE((*second)->outcomes()[1].kept);
  EXPECT_NE((*second)->get(), nullptr);
  // No temporary file is left behind.
  for (const fs::directory_entry& e : fs::directory_iterator(dir_.path() / "hsdb"))
    EXPECT_EQ(e.path().extension(), ".bin") << e.path();
}

TEST_F(HsDiskCacheTest, ADamagedFileIsCompiledAgainAndReplaced) {
  const HsDatabaseSpec spec = Spec("diskcache-two");
  ASSERT_TRUE(BuildHsDatabase(spec));
  {
    std::ofstream out(FileOf(spec), std::ios::binary | std::ios::trunc);
    out << "MGHSDB02 not a database";
  }
  HsBuild rebuilt = BuildHsDatabase(spec);
  ASSERT_TRUE(rebuilt);
  EXPECT_EQ((*rebuilt)->source(), HsDatabase::Source::kCompiled);
  HsBuild loaded = BuildHsDatabase(spec);
  ASSERT_TRUE(loaded);
  EXPECT_EQ((*loaded)->source(), HsDatabase::Source::kCached);
}

TEST_F(HsDiskCacheTest, TheDirectoryStaysWithinItsBound) {
  HsBuild one = BuildHsDatabase(Spec("diskcache-bound-a"));
  ASSERT_TRUE(one);
  const auto size = fs::file_size(FileOf(Spec("diskcache-bound-a")));
  // Room for two files: storing a third removes the least recently used.
  EnableHsDiskCache((dir_.path() / "hsdb").string(), 2 * size + size / 2);
  ASSERT_TRUE(BuildHsDatabase(Spec("diskcache-bound-b")));
  ASSERT_TRUE(BuildHsDatabase(Spec("diskcache-bound-c")));
  std::uintmax_t total = 0;
  int files = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(dir_.path() / "hsdb")) {
    total += e.file_size();
    ++files;
  }
  EXPECT_LE(total, 2 * size + size / 2);
  EXPECT_EQ(files, 2);
  EXPECT_TRUE(fs::exists(FileOf(Spec("diskcache-bound-c"))));
}

TEST(HsDiskCache, DisabledLoadsNothingAndStoresNothing) {
  EnableHsDiskCache("");
  EXPECT_FALSE(HsDiskCacheEnabled());
  const HsKey key = HsDatabaseKey(HsDatabaseSpec{});
  StoreHsDiskCache(key, "blob");
  EXPECT_TRUE(LoadHsDiskCache(key).empty());
}

}  // namespace
}  // namespace mcpgw::guards
