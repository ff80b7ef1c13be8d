#include "scanner/reputation/reputation_cache.h"

#include <utility>

namespace mcpgw::scanner::reputation {

Result<ReputationCache> ReputationCache::Open(const std::string& path) {
  auto db = store::Database::Open(path);
  if (!db) return MakeError("reputation cache " + path + ": " + db.error().message);
  auto fail = [&](const Error& e) {
    return MakeError("reputation cache " + path + ": " + e.message);
  };
  auto tx = store::Transaction::Begin(*db);
  if (!tx) return fail(tx.error());
  if (auto r = db->Exec(
          "CREATE TABLE IF NOT EXISTS reputation_meta (key TEXT PRIMARY KEY, value);"
          "CREATE TABLE IF NOT EXISTS reputation_cache ("
          "  ecosystem TEXT NOT NULL, name TEXT NOT NULL, fetched_at INTEGER NOT NULL,"
          "  final_score REAL NOT NULL, owner_score REAL NOT NULL, repo_score REAL NOT NULL,"
          "  package_score REAL NOT NULL, repository TEXT NOT NULL,"
          "  PRIMARY KEY (ecosystem, name));"
          "INSERT OR IGNORE INTO reputation_meta VALUES ('schema_version', 1);");
      !r)
    return fail(r.error());
  {
    auto version = db->Prepare("SELECT value FROM reputation_meta WHERE key = 'schema_version'");
    if (!version) return fail(version.error());
    if (auto row = version->Step(); !row || !*row) return fail(MakeError("no schema version"));
    if (version->Int(0) > kSchemaVersion)
      return fail(MakeError("schema version " + std::to_string(version->Int(0)) +
                            " is newer than this gateway supports"));
  }
  if (auto r = tx->Commit(); !r) return fail(r.error());
  return ReputationCache(std::move(*db), path);
}

std::optional<CachedReputation> ReputationCache::Get(const PackageRef& ref, int64_t now,
                                                     std::chrono::seconds ttl) {
  auto select = db_.Prepare(
      "SELECT fetched_at, final_score, owner_score, repo_score, package_score, repository "
      "FROM reputation_cache WHERE ecosystem = ? AND name = ?");
  if (!select) return std::nullopt;
  select->Bind(1, std::string_view(EcosystemName(ref.ecosystem)))
      .Bind(2, std::string_view(ref.name));
  auto row = select->Step();
  if (!row || !*row) return std::nullopt;
  CachedReputation entry;
  entry.fetched_at = select->Int(0);
  if (now - entry.fetched_at >= ttl.count() || entry.fetched_at > now) return std::nullopt;
  entry.score.final_score = select->Double(1);
  entry.score.owner = select->Double(2);
  entry.score.repo = select->Double(3);
  entry.score.package = select->Double(4);
  entry.repository = select->Text(5);
  return entry;
}

Result<void> ReputationCache::Put(const PackageRef& ref, const CachedReputation& entry) {
  auto upsert = db_.Prepare(
      "INSERT OR REPLACE INTO reputation_cache (ecosystem, name, fetched_at, final_score, "
      "owner_score, repo_score, package_score, repository) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!upsert) return MakeError("reputation cache " + path_ + ": " + upsert.error().message);
  upsert->Bind(1, std::string_view(EcosystemName(ref.ecosystem)))
      .Bind(2, std::string_view(ref.name))
      .Bind(3, entry.fetched_at)
      .Bind(4, entry.score.final_score)
      .Bind(5, entry.score.owner)
      .Bind(6, entry.score.repo)
      .Bind(7, entry.score.package)
      .Bind(8, std::string_view(entry.repository));
  if (auto r = upsert->Run(); !r)
    return MakeError("reputation cache " + path_ + ": " + r.error().message);
  return {};
}

}  // namespace mcpgw::scanner::reputation
