#include "scanner/reputation/reputation_score.h"

#include <gtest/gtest.h>

namespace mcpgw::scanner::reputation {
namespace {

TEST(ReputationScore, ComponentsFollowTheDocumentedFormulas) {
  EXPECT_DOUBLE_EQ(NormalizeLog(0, 2), 0.0);
  EXPECT_DOUBLE_EQ(NormalizeLog(99, 2), 1.0);  // log10(100) / 2
  EXPECT_DOUBLE_EQ(NormalizeLog(9, 2), 0.5);   // log10(10) / 2
  EXPECT_DOUBLE_EQ(LicenseScore("MIT"), 1.0);
  EXPECT_DOUBLE_EQ(LicenseScore("GPL-3.0"), 0.5);
  EXPECT_DOUBLE_EQ(LicenseScore(""), 0.0);
  EXPECT_DOUBLE_EQ(AgeScore(5), 0.0);
  EXPECT_DOUBLE_EQ(AgeScore(20), 0.3);
  EXPECT_DOUBLE_EQ(AgeScore(60), 0.6);
  EXPECT_DOUBLE_EQ(AgeScore(400), 1.0);
  EXPECT_DOUBLE_EQ(AgeScore(std::nullopt), 0.0);
}

TEST(ReputationScore, EstablishedOrganizationPasses) {
  ReputationFacts facts;
  facts.owner = OwnerFacts{5000, 40, 3000, true, true, true, true};
  facts.repo = RepoFacts{60000, 7000, "mit", 900};
  facts.package = PackageFacts{200000, 99, 700, "MIT", 9};
  const ReputationScore s = Score(facts);
  EXPECT_DOUBLE_EQ(s.owner, 100.0);
  EXPECT_DOUBLE_EQ(s.repo, 90.0);  // 0.4 + 0.3 + 0.1 + 0.1
  EXPECT_DOUBLE_EQ(s.package, 100.0);
  EXPECT_DOUBLE_EQ(s.final_score, 100.0);
  EXPECT_FALSE(s.blocked());
}

TEST(ReputationScore, FreshAnonymousPackageIsBlockedAtOrBelowThirty) {
  ReputationFacts facts;
  facts.owner = OwnerFacts{0, 1, 2, false, false, false, false};
  facts.repo = RepoFacts{0, 0, "", 2};
  facts.package = PackageFacts{12, 1, 2, "", 1};
  const ReputationScore s = Score(facts);
  EXPECT_LE(s.final_score, kBlockAtOrBelow);
  EXPECT_TRUE(s.blocked());
}

TEST(ReputationScore, NpmFinalIsTheBetterOfOwnerAndWeightedProject) {
  ReputationFacts facts;
  facts.owner = OwnerFacts{};                              // all zero: owner 0
  facts.repo = RepoFacts{99, 99, "mit", 400};              // 100 * (0.4+0.3+0.1+0.1) = 90
  facts.package = PackageFacts{99999, 99, 400, "mit", 9};  // 100 * 1.0 = 100
  const ReputationScore s = Score(facts);
  EXPECT_NEAR(s.final_score, 0.6 * 90 + 0.4 * 100, 1e-9);
}

TEST(ReputationScore, PypiWithoutDownloadsIsReweighted) {
  PackageFacts p{std::nullopt, 99, 400, "mit", 9};
  EXPECT_DOUBLE_EQ(PackageScore(p), 100.0);
  p.downloads_last_month = 0;  // a real zero counts against the package
  EXPECT_NEAR(PackageScore(p), 70.0, 1e-9);
}

TEST(ReputationScore, SmitheryFinalIsTheMaximumComponent) {
  ReputationFacts facts;
  facts.ecosystem = Ecosystem::kSmithery;
  facts.smithery = SmitheryFacts{9999, true, true};
  const ReputationScore s = Score(facts);
  EXPECT_DOUBLE_EQ(s.package, 100.0);  // min(1, 0.3 + 0.7)
  EXPECT_DOUBLE_EQ(s.final_score, 100.0);
}

}  // namespace
}  // namespace mcpgw::scanner::reputation
