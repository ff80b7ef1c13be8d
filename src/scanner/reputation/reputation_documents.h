// Reading the reputation check's answers (reputation_check.h): the registry's package document
// (npm, PyPI, Smithery), the npm downloads figure, and the GitHub API's repository and user
// documents, turned into the facts reputation_score.h scores. The bytes come from the network,
// so every reader accepts any JSON: a member of the wrong type or shape counts as absent, and
// figures are clamped to what the scoring can take (counts to [0, 2^62], ages to dates between
// the years 1 and 9999; a date outside that, or one that does not parse, is unknown).
//
// Threading: pure functions.
#pragma once

#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "scanner/reputation/package_ref.h"
#include "scanner/reputation/reputation_score.h"

namespace mcpgw::scanner::reputation {

// An answer's body as a JSON object; nullopt when it does not parse or is not an object.
std::optional<boost::json::value> ParseAnswer(std::string_view body);

// What a package document says: the package's facts (npm, PyPI) or Smithery's, and the URL of
// its source repository ("" when none names a GitHub repository; see GithubRepository).
struct PackageDocument {
  std::optional<PackageFacts> package;
  std::optional<SmitheryFacts> smithery;
  std::string repository_url;
};
PackageDocument ReadPackageDocument(Ecosystem ecosystem, const boost::json::value& doc,
                                    std::chrono::system_clock::time_point now);

// npm's last-month downloads figure ("downloads"); 0 when absent.
int64_t ReadDownloads(const boost::json::value& doc);

// The GitHub API's /repos/OWNER/REPO and /users/OWNER documents.
RepoFacts ReadRepository(const boost::json::value& doc, std::chrono::system_clock::time_point now);
OwnerFacts ReadOwner(const boost::json::value& doc, std::chrono::system_clock::time_point now);

// Whole days from an ISO 8601 date ("2024-01-10T12:00:00.000Z", "2024-01-10") to `now`;
// nullopt when `iso` is not a string holding such a date in the years 1 to 9999.
std::optional<int64_t> DaysSince(const boost::json::value* iso,
                                 std::chrono::system_clock::time_point now);

// "owner/repo" from a repository URL or shorthand ("git+https://github.com/o/r.git",
// "github:o/r", "o/r"); "" when it names no GitHub repository.
std::string GithubRepository(std::string_view url);

}  // namespace mcpgw::scanner::reputation
