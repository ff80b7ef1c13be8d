#include "scanner/reputation/reputation_score.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace mcpgw::scanner::reputation {

double NormalizeLog(double value, double max_log) {
  if (value <= 0) return 0.0;
  return std::min(std::log10(value + 1) / max_log, 1.0);
}

double LicenseScore(const std::string& license) {
  if (license.empty()) return 0.0;
  std::string lower = license;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "mit" || lower == "apache-2.0" || lower == "bsd-3-clause" || lower == "isc")
    return 1.0;
  return 0.5;
}

double AgeScore(std::optional<int64_t> days) {
  if (!days || *days < 0 || *days <= 10) return 0.0;
  if (*days <= 30) return 0.3;
  if (*days <= 90) return 0.6;
  return 1.0;
}

double OwnerScore(const std::optional<OwnerFacts>& owner) {
  if (!owner) return 0.0;
  const double account_years =
      owner->account_age_days
          ? std::max<double>(0, static_cast<double>(*owner->account_age_days)) / 365.0
          : 0.0;
  const double bonus = (owner->verified ? 0.4 : 0.0) + (owner->organization ? 0.3 : 0.0) +
                       (owner->has_blog ? 0.3 : 0.0) + (owner->has_twitter ? 0.2 : 0.0);
  const double score = 0.2 * NormalizeLog(static_cast<double>(owner->followers), 2) +
                       0.2 * NormalizeLog(static_cast<double>(owner->public_repos), 2) +
                       0.1 * std::min(account_years / 3.0, 1.0) + 0.5 * bonus;
  return std::min(score, 1.0) * 100;
}

double RepoScore(const std::optional<RepoFacts>& repo) {
  if (!repo) return 0.0;
  const double score = 0.4 * NormalizeLog(static_cast<double>(repo->stars), 2) +
                       0.3 * NormalizeLog(static_cast<double>(repo->forks), 2) +
                       0.1 * LicenseScore(repo->license) + 0.1 * AgeScore(repo->age_days);
  return std::min(score, 1.0) * 100;
}

double PackageScore(const std::optional<PackageFacts>& package) {
  if (!package) return 0.0;
  const double rest = 0.25 * NormalizeLog(static_cast<double>(package->versions), 2) +
                      0.15 * AgeScore(package->age_days) + 0.10 * LicenseScore(package->license) +
                      0.20 * NormalizeLog(static_cast<double>(package->maintainers), 1);
  const double score =
      package->downloads_last_month
          ? 0.30 * NormalizeLog(static_cast<double>(*package->downloads_last_month), 5) + rest
          : rest / 0.70;
  return std::min(score, 1.0) * 100;
}

double SmitheryScore(const std::optional<SmitheryFacts>& smithery) {
  if (!smithery) return 0.0;
  const double score =
      0.3 * NormalizeLog(static_cast<double>(smithery->monthly_tool_calls), 4) +
      0.7 * ((smithery->verified ? 0.7 : 0.0) + (smithery->has_license ? 0.3 : 0.0));
  return std::min(score, 1.0) * 100;
}

ReputationScore Score(const ReputationFacts& facts) {
  ReputationScore s;
  s.owner = OwnerScore(facts.owner);
  s.repo = RepoScore(facts.repo);
  if (facts.ecosystem == Ecosystem::kSmithery) {
    s.package = SmitheryScore(facts.smithery);
    s.final_score = std::max({s.owner, s.repo, s.package});
  } else {
    s.package = PackageScore(facts.package);
    s.final_score = std::max(s.owner, 0.6 * s.repo + 0.4 * s.package);
  }
  return s;
}

}  // namespace mcpgw::scanner::reputation
