// The on-disk cache of compiled Vectorscan databases for rule sets the binary does not embed
// (gitleaks TOML files, custom secret rules, a changed built-in set): one file per HsKey
// (hs_database.h), "<dir>/hsdb_<key hex>.bin", holding HsDatabase::Serialize()'s blob. The
// gateway enables it at start in its state directory ($MCP_GATEWAY_HOME/hsdb); disabled (the
// default: tests, tools, mcpgw_core alone), loads miss and stores do nothing.
//
// Files are written atomically (a temporary file renamed into place) and the directory is kept
// under a size bound by removing the least recently used files (a hit refreshes a file's time).
// A file that does not load (damaged, another Vectorscan) is compiled again and overwritten.
// Trust: the directory is the gateway's own (mode 0700), like its config file; a blob carries a
// SHA-256 of its database and outcomes against damage, not against someone able to write there.
//
// Threading: EnableHsDiskCache is called at start, before any database is built; loads and
// stores may then run from any thread (each store writes its own temporary file).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "guards/hs_database.h"

namespace mcpgw::guards {

inline constexpr std::uint64_t kHsDiskCacheDefaultBytes = 64ull << 20;

// Enables the cache in `dir` (created on first store, mode 0700), bounded to `max_bytes`; an
// empty `dir` disables it.
void EnableHsDiskCache(std::string dir, std::uint64_t max_bytes = kHsDiskCacheDefaultBytes);
bool HsDiskCacheEnabled();

// The blob stored under `key`, or empty (disabled, missing, unreadable).
std::string LoadHsDiskCache(const HsKey& key);

// Stores `blob` under `key` and evicts old files beyond the bound. Failures (disk full, no
// permission) are logged at debug and otherwise ignored: the cache is only an optimisation.
void StoreHsDiskCache(const HsKey& key, std::string_view blob);

}  // namespace mcpgw::guards
