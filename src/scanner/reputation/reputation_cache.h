// ReputationCache: reputation results kept in the gateway's state store (StateDir()/state.db),
// so a restart within the TTL asks no registry again. Only definitive results are cached (a
// score was computed); `unknown` results are not, so a network failure is retried next time.
//
// Table reputation_cache (server-independent, keyed by ecosystem and package name), schema
// version in pins_meta-like table reputation_meta (key "schema_version").
//
// Threading: one thread at a time (SQLite connection). Failures: "reputation cache PATH: ...".
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"
#include "scanner/reputation/package_ref.h"
#include "scanner/reputation/reputation_score.h"
#include "store/sqlite_db.h"

namespace mcpgw::scanner::reputation {

struct CachedReputation {
  ReputationScore score;
  std::string repository;  // "owner/repo" or ""
  int64_t fetched_at = 0;  // unix seconds
};

class ReputationCache {
 public:
  static constexpr int kSchemaVersion = 1;
  // Opens (creating) the database at `path`; ":memory:" for tests.
  static Result<ReputationCache> Open(const std::string& path);

  // The entry when it is younger than `ttl` at `now` (unix seconds); nullopt when absent, stale
  // or unreadable (a cache never fails a check).
  std::optional<CachedReputation> Get(const PackageRef& ref, int64_t now, std::chrono::seconds ttl);
  Result<void> Put(const PackageRef& ref, const CachedReputation& entry);

 private:
  explicit ReputationCache(store::Database db, std::string path)
      : db_(std::move(db)), path_(std::move(path)) {}
  store::Database db_;
  std::string path_;
};

}  // namespace mcpgw::scanner::reputation
