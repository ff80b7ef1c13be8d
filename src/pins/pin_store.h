// PinStore: the approved and last observed definitions of each server's tools and instructions,
// kept in the gateway's SQLite state store (StateDir()/state.db unless configured), so pins
// survive restarts and the `mcp-gateway pins` command can show and approve them.
//
// Tables (docs/pinning.md): pins_servers (servers reviewed at least once), pins_approved (the
// definition the user trusts, kept until replaced so a diff can be shown), pins_observed (the
// definition the server listed last). The store's schema version lives in its own table
// pins_meta (key "schema_version"), not in PRAGMA user_version, because state.db is shared with
// other stores; Open migrates older versions forward and refuses a newer one.
//
// Threading: one PinStore belongs to one thread at a time. Several processes (a running gateway
// and the CLI) may open the same file: SQLite's locking and WAL keep them consistent, and every
// read sees the other's committed writes.
// Failures: every method returns SQLite's error text prefixed with "pin store PATH: ".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "pins/pin_item.h"
#include "store/sqlite_db.h"

namespace mcpgw::pins {

// How an approved pin came to be.
inline constexpr std::string_view kApprovedFirstUse = "first-use";  // trust on first use
inline constexpr std::string_view kApprovedByUser = "user";         // `pins approve`

struct StoredPin {
  std::string server;
  PinItem item;
  int64_t at = 0;   // unix seconds: approval or observation time
  std::string how;  // approved pins: kApprovedFirstUse or kApprovedByUser; observed: ""
};

class PinStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens (creating when missing) the database at `path` and migrates it. The parent directory
  // must exist. Errors: SQLite cannot open it, or its pin schema is newer than kSchemaVersion.
  static Result<PinStore> Open(const std::string& path);

  // The schema version recorded in the file (kSchemaVersion after a successful Open).
  Result<int> SchemaVersion();

  // Whether `server` has been reviewed since it was created or last reset.
  Result<bool> Known(std::string_view server);
  // Servers known to the store (reviewed or holding pins), sorted.
  Result<std::vector<std::string>> Servers();

  // Pins of `server`, or of every server when `server` is empty; sorted by server, kind, name.
  Result<std::vector<StoredPin>> Approved(std::string_view server);
  Result<std::vector<StoredPin>> Observed(std::string_view server);

  // Records `items` as the server's current list (replacing the previous observation) and marks
  // the server known, in one transaction. An unchanged list of a known server writes nothing
  // (observed_at keeps the time the list was first seen in this form).
  Result<void> RecordObserved(std::string_view server, const std::vector<PinItem>& items,
                              int64_t now);
  // Makes `item` the approved definition of its (server, kind, name).
  Result<void> Approve(std::string_view server, const PinItem& item, int64_t now,
                       std::string_view how);
  // Approve for each of `items`, in one transaction (one disk sync, not one per item).
  Result<void> ApproveAll(std::string_view server, const std::vector<PinItem>& items, int64_t now,
                          std::string_view how);
  // Forgets the approved definition of (server, kind, name) (accepting a removal). Returns
  // whether one existed.
  Result<bool> Unapprove(std::string_view server, PinKind kind, std::string_view name);
  // Forgets everything about `server` (every server when empty), so its next review is a first
  // use again. Returns the number of approved pins removed.
  Result<int> Reset(std::string_view server);

  const std::string& path() const { return path_; }

 private:
  PinStore(store::Database db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}
  Result<void> Migrate();
  Error Fail(std::string_view what) const;
  Result<std::vector<StoredPin>> Select(std::string_view table, std::string_view server);

  store::Database db_;
  std::string path_;
};

}  // namespace mcpgw::pins
