// Reputation score: the reference gateway's scoring of an MCP server package (owner, repository
// and package components, 0-100 each; blocked at a final score <= 30), reproduced as pure
// functions of the facts collected from the package registry and the source repository host.
// docs/reputation.md states every formula; reputation_score_test.cc pins them.
//
//   norm(v, L)   = 0 when v <= 0, else min(log10(v + 1) / L, 1)
//   license(l)   = 0 when absent; 1 for mit, apache-2.0, bsd-3-clause, isc; else 0.5
//   age(days)    = 0 (<= 10 days or unknown), 0.3 (<= 30), 0.6 (<= 90), 1
//   owner   = 100 * min(1, 0.2 norm(followers, 2) + 0.2 norm(public_repos, 2)
//                          + 0.1 min(account_years / 3, 1)
//                          + 0.5 (0.4 verified + 0.3 organization + 0.3 blog + 0.2 twitter))
//   repo    = 100 * min(1, 0.4 norm(stars, 2) + 0.3 norm(forks, 2) + 0.1 license + 0.1 age)
//   npm     = 100 * min(1, 0.30 norm(downloads_last_month, 5) + 0.25 norm(versions, 2)
//                          + 0.15 age + 0.10 license + 0.20 norm(maintainers, 1))
//   smithery= 100 * min(1, 0.3 norm(monthly_tool_calls, 4) + 0.7 (0.7 verified + 0.3 license))
//   final (npm)      = max(owner, 0.6 repo + 0.4 npm)
//   final (smithery) = max(owner, repo, smithery)
//   final (pypi)     = max(owner, 0.6 repo + 0.4 pypi), pypi scored like npm; without download
//                      figures the download term is left out and the rest re-weighted to 1
//                      (our extension: the reference does not score PyPI packages)
//
// Threading: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "scanner/reputation/package_ref.h"

namespace mcpgw::scanner::reputation {

inline constexpr double kBlockAtOrBelow = 30.0;

struct OwnerFacts {
  int64_t followers = 0;
  int64_t public_repos = 0;
  std::optional<int64_t> account_age_days;
  bool verified = false;
  bool organization = false;
  bool has_blog = false;
  bool has_twitter = false;
};

struct RepoFacts {
  int64_t stars = 0;
  int64_t forks = 0;
  std::string license;  // SPDX id, lower case; "" when none
  std::optional<int64_t> age_days;
};

// npm and PyPI packages.
struct PackageFacts {
  std::optional<int64_t> downloads_last_month;  // nullopt: no figure available
  int64_t versions = 0;
  std::optional<int64_t> age_days;
  std::string license;
  int64_t maintainers = 0;
};

struct SmitheryFacts {
  int64_t monthly_tool_calls = 0;
  bool verified = false;
  bool has_license = false;
};

struct ReputationFacts {
  Ecosystem ecosystem = Ecosystem::kNpm;
  std::optional<OwnerFacts> owner;  // absent: no repository found, or the owner is unknown
  std::optional<RepoFacts> repo;
  std::optional<PackageFacts> package;
  std::optional<SmitheryFacts> smithery;
};

struct ReputationScore {
  double final_score = 0;
  double owner = 0;
  double repo = 0;
  double package = 0;  // npm / pypi / smithery component
  bool blocked() const { return final_score <= kBlockAtOrBelow; }
};

double NormalizeLog(double value, double max_log);
double LicenseScore(const std::string& license);
double AgeScore(std::optional<int64_t> days);
double OwnerScore(const std::optional<OwnerFacts>& owner);
double RepoScore(const std::optional<RepoFacts>& repo);
double PackageScore(const std::optional<PackageFacts>& package);
double SmitheryScore(const std::optional<SmitheryFacts>& smithery);

ReputationScore Score(const ReputationFacts& facts);

}  // namespace mcpgw::scanner::reputation
