// Fuzzes the reputation check's reading of network answers (src/scanner/reputation/
// reputation_documents.h) and the scoring of what it read (reputation_score.h): the input's
// first byte picks the ecosystem (npm, PyPI, Smithery); the rest is split at bytes 0x1E into the
// package document, the npm downloads answer, the GitHub repository and the GitHub user, each
// read by ParseAnswer and its reader exactly as CheckReputation does. The package document's
// "name" (or the first answer's bytes) also runs through IdentifyPackage and CheckTyposquat as an
// npx / uvx / Smithery command line.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash):
//  - every score component and the final score is finite and within [0, 100];
//  - counts are never negative; an age is never below the span back to the year 1;
//  - a repository found is "owner/repo" with both parts non-empty and made of [A-Za-z0-9._-];
//  - a typosquat finding names a well-known package different from the checked name.
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "scanner/reputation/package_ref.h"
#include "scanner/reputation/reputation_documents.h"
#include "scanner/reputation/reputation_score.h"
#include "scanner/reputation/typosquat.h"

namespace {

namespace rep = mcpgw::scanner::reputation;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// 2026-12-04T00:00:00Z: fixed, so a crash reproduces.
const std::chrono::system_clock::time_point kNow{std::chrono::seconds(1796342400)};

void CheckScore(double score) { Check(std::isfinite(score) && score >= 0.0 && score <= 100.0); }

void CheckRepository(const std::string& repository) {
  if (repository.empty()) return;
  const std::size_t slash = repository.find('/');
  Check(slash != std::string::npos && slash > 0 && slash + 1 < repository.size());
  for (std::size_t i = 0; i < repository.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(repository[i]);
    if (i == slash) continue;
    Check(std::isalnum(c) || c == '.' || c == '_' || c == '-');
  }
}

void CheckAge(const std::optional<int64_t>& days) {
  // No date before the year 1 nor after 9999 is accepted: ages lie within about +-3.7M days.
  if (days) Check(*days >= -3'000'000 && *days <= 800'000);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const rep::Ecosystem ecosystem = static_cast<rep::Ecosystem>(data[0] % 3);
  std::vector<std::string_view> answers;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  while (answers.size() < 3) {
    const std::size_t split = rest.find('\x1e');
    if (split == std::string_view::npos) break;
    answers.push_back(rest.substr(0, split));
    rest.remove_prefix(split + 1);
  }
  answers.push_back(rest);
  answers.resize(4);

  rep::ReputationFacts facts;
  facts.ecosystem = ecosystem;
  std::string name(answers[0].substr(0, 128));
  std::string repository;
  if (auto doc = rep::ParseAnswer(answers[0])) {
    Check(doc->is_object());
    rep::PackageDocument read = rep::ReadPackageDocument(ecosystem, *doc, kNow);
    Check((ecosystem == rep::Ecosystem::kSmithery) == read.smithery.has_value());
    Check((ecosystem != rep::Ecosystem::kSmithery) == read.package.has_value());
    facts.package = read.package;
    facts.smithery = read.smithery;
    if (facts.package) {
      Check(facts.package->versions >= 0 && facts.package->maintainers >= 0);
      CheckAge(facts.package->age_days);
    }
    if (facts.smithery) Check(facts.smithery->monthly_tool_calls >= 0);
    repository = rep::GithubRepository(read.repository_url);
    CheckRepository(repository);
    if (const auto* n = doc->get_object().if_contains("name"); n && n->is_string())
      name = std::string(n->get_string());
  }
  if (auto downloads = rep::ParseAnswer(answers[1]); downloads && facts.package) {
    facts.package->downloads_last_month = rep::ReadDownloads(*downloads);
    Check(*facts.package->downloads_last_month >= 0);
  }
  if (auto repo = rep::ParseAnswer(answers[2])) {
    facts.repo = rep::ReadRepository(*repo, kNow);
    Check(facts.repo->stars >= 0 && facts.repo->forks >= 0);
    CheckAge(facts.repo->age_days);
  }
  if (auto owner = rep::ParseAnswer(answers[3])) {
    facts.owner = rep::ReadOwner(*owner, kNow);
    Check(facts.owner->followers >= 0 && facts.owner->public_repos >= 0);
    CheckAge(facts.owner->account_age_days);
  }
  const rep::ReputationScore score = rep::Score(facts);
  CheckScore(score.final_score);
  CheckScore(score.owner);
  CheckScore(score.repo);
  CheckScore(score.package);
  Check(score.blocked() == (score.final_score <= rep::kBlockAtOrBelow));

  // The name as a command line would carry it.
  static const char* const kLaunchers[3][2] = {
      {"npx", "-y"}, {"uvx", "--from"}, {"npx", "@smithery/cli"}};
  std::vector<std::string> args = {kLaunchers[data[0] % 3][1]};
  if (ecosystem == rep::Ecosystem::kSmithery) args.push_back("run");
  args.push_back(name);
  if (auto ref = rep::IdentifyPackage(kLaunchers[data[0] % 3][0], args)) {
    if (auto squat = rep::CheckTyposquat(*ref)) {
      Check(squat->similar_to != ref->name);
      Check(squat->kind == "scope_confusion" || squat->kind == "edit_distance");
    }
  }
  return 0;
}
