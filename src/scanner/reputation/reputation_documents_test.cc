#include "scanner/reputation/reputation_documents.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mcpgw::scanner::reputation {
namespace {

namespace json = boost::json;

// 2026-12-04T00:00:00Z.
const std::chrono::system_clock::time_point kNow{std::chrono::seconds(1796342400)};

TEST(ReputationDocuments, AnswerMustBeAJsonObject) {
  EXPECT_TRUE(ParseAnswer(R"({"downloads": 1})").has_value());
  EXPECT_FALSE(ParseAnswer("[1, 2]").has_value());
  EXPECT_FALSE(ParseAnswer("<html>rate limited</html>").has_value());
  EXPECT_FALSE(ParseAnswer("").has_value());
}

// Found by fuzz_reputation: a uint64 count beyond int64 was read as a negative number, and a
// double such as 1e300 was converted to int64 (undefined behaviour).
TEST(ReputationDocuments, CountsAreClampedNeverWrappedOrNegative) {
  struct Case {
    const char* stars;
    int64_t expected;
  };
  const Case cases[] = {
      {"1840", 1840},
      {"-4", 0},
      {"18446744073709551615", int64_t{1} << 62},
      {"1e300", int64_t{1} << 62},
      {"-1e300", 0},
      {"1.5e2", 150},
      {"\"many\"", 0},
      {"null", 0},
  };
  for (const Case& c : cases) {
    const json::value doc = json::parse(std::string(R"({"stargazers_count": )") + c.stars + "}");
    EXPECT_EQ(ReadRepository(doc, kNow).stars, c.expected) << c.stars;
  }
}

// Found by fuzz_reputation: a date after 2262 overflowed system_clock's nanoseconds (undefined
// behaviour), and unbounded year digits overflowed int.
TEST(ReputationDocuments, DatesOutsideYears1To9999AreUnknown) {
  struct Case {
    const char* date;
    std::optional<int64_t> days;
  };
  const Case cases[] = {
      {"2026-12-01T00:00:00Z", 3},
      {"2026-11-04", 30},
      {"9999-12-31T23:59:59Z", -2912105},  // far future: negative, but computed without overflow
      {"0001-01-01", 739953},
      {"0000-01-01", std::nullopt},
      {"99999999999-01-01", std::nullopt},
      {"2024-13-01", std::nullopt},
      {"2024-01-00", std::nullopt},
      {"yesterday", std::nullopt},
  };
  for (const Case& c : cases) {
    const json::value date = json::string(c.date);
    EXPECT_EQ(DaysSince(&date, kNow), c.days) << c.date;
  }
  const json::value number = 99;
  EXPECT_EQ(DaysSince(&number, kNow), std::nullopt);
  EXPECT_EQ(DaysSince(nullptr, kNow), std::nullopt);
}

TEST(ReputationDocuments, NpmDocumentGivesFactsAndTheRepositoryUrl) {
  const json::value doc = json::parse(R"({
    "license": {"type": "MIT"}, "maintainers": [{"name": "a"}, {"name": "b"}],
    "time": {"created": "2026-11-04T12:00:00.000Z"}, "versions": {"1.0.0": {}, "1.1.0": {}},
    "repository": "https://gitlab.example/x/y", "homepage": "https://github.com/acme/files#readme"})");
  const PackageDocument read = ReadPackageDocument(Ecosystem::kNpm, doc, kNow);
  ASSERT_TRUE(read.package.has_value());
  EXPECT_FALSE(read.smithery.has_value());
  EXPECT_EQ(read.package->versions, 2);
  EXPECT_EQ(read.package->maintainers, 2);
  EXPECT_EQ(read.package->license, "MIT");
  EXPECT_EQ(read.package->age_days, 29);
  EXPECT_EQ(GithubRepository(read.repository_url), "acme/files");
}

TEST(ReputationDocuments, MembersOfTheWrongShapeCountAsAbsent) {
  const json::value doc = json::parse(
      R"({"versions": [], "maintainers": {}, "time": 5, "license": 3, "repository": {"url": 1}})");
  const PackageDocument read = ReadPackageDocument(Ecosystem::kNpm, doc, kNow);
  ASSERT_TRUE(read.package.has_value());
  EXPECT_EQ(read.package->versions, 0);
  EXPECT_EQ(read.package->maintainers, 0);
  EXPECT_EQ(read.package->age_days, std::nullopt);
  EXPECT_EQ(read.package->license, "");
  EXPECT_EQ(read.repository_url, "");
  const OwnerFacts owner =
      ReadOwner(json::parse(R"({"is_verified": "yes", "type": 1, "blog": null})"), kNow);
  EXPECT_FALSE(owner.verified);
  EXPECT_FALSE(owner.organization);
  EXPECT_FALSE(owner.has_blog);
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
