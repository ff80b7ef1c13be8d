// CheckReputation: the reputation verdict on one configured server, for `--scan` and
// `mcp-gateway scan`: which package it runs (package_ref.h), a typosquat check (typosquat.h),
// the registry's package document and download counts, the source repository and its owner on
// the GitHub API, scored as the reference gateway does (reputation_score.h).
//
// Verdicts (what the caller does next):
//  - kPassed: score > 30; the server may start.
//  - kBlocked: score <= 30, or a suspected typosquat whose score is below 60, or (with
//    fail_closed) any kUnknown; the caller writes "blocked" back and does not start the server.
//  - kUnknown: the facts could not be had: no registry configured for the ecosystem ("unknown
//    (no registry configured)"), a network failure or timeout, rate limiting (HTTP 429, or 403
//    with x-ratelimit-remaining: 0), a package the registry does not know, or a repository whose
//    GitHub API is not configured. Never blocks unless fail_closed.
//  - kNotApplicable: the server is not launched through a package runner (a local command or a
//    remote URL); there is no package to judge.
//
// Every request has settings.request_timeout. Definitive results are cached (reputation_cache.h)
// for settings.cache_ttl. Tokens are sent only to the API they belong to and never logged.
//
// Threading: call on the io_context's thread; `done` runs there exactly once, never inside the
// call. Lifetime: `cache` (may be null) must outlive the check; everything else is copied.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "config/server_config.h"
#include "scanner/reputation/package_ref.h"
#include "scanner/reputation/reputation_cache.h"
#include "scanner/reputation/reputation_documents.h"  // GithubRepository
#include "scanner/reputation/reputation_score.h"
#include "scanner/reputation/reputation_settings.h"
#include "scanner/reputation/typosquat.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::scanner::reputation {

inline constexpr double kTyposquatTrustedScore = 60.0;

struct ReputationResult {
  enum class Verdict { kPassed, kBlocked, kUnknown, kNotApplicable };
  Verdict verdict = Verdict::kNotApplicable;
  std::optional<PackageRef> package;
  std::optional<ReputationScore> score;
  std::optional<TyposquatFinding> typosquat;
  std::string repository;  // "owner/repo" when one was found
  std::string reason;      // one sentence for logs and reports (no tokens)
  bool from_cache = false;
};

const char* VerdictName(ReputationResult::Verdict verdict);  // passed, blocked, unknown, n/a

void CheckReputation(boost::asio::io_context& io, const config::ServerConfig& server,
                     const ReputationSettings& settings, ReputationCache* cache,
                     std::function<void(ReputationResult)> done);

}  // namespace mcpgw::scanner::reputation
