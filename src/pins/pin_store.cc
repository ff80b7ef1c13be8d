#include "pins/pin_store.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace mcpgw::pins {
namespace {

// Schema steps: kMigrations[i] takes the schema from version i to i + 1.
constexpr std::string_view kMigrations[] = {
    R"sql(
CREATE TABLE pins_servers (
  server TEXT PRIMARY KEY,
  first_seen_at INTEGER NOT NULL,
  observed_at INTEGER NOT NULL
);
CREATE TABLE pins_approved (
  server TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  hash TEXT NOT NULL,
  definition TEXT NOT NULL,
  approved_at INTEGER NOT NULL,
  approved_by TEXT NOT NULL,
  PRIMARY KEY (server, kind, name)
);
CREATE TABLE pins_observed (
  server TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  hash TEXT NOT NULL,
  definition TEXT NOT NULL,
  observed_at INTEGER NOT NULL,
  PRIMARY KEY (server, kind, name)
);
)sql",
};
static_assert(std::size(kMigrations) == PinStore::kSchemaVersion);

}  // namespace

Error PinStore::Fail(std::string_view what) const {
  return MakeError("pin store " + path_ + ": " + std::string(what));
}

Result<PinStore> PinStore::Open(const std::string& path) {
  auto db = store::Database::Open(path);
  if (!db) return MakeError("pin store " + path + ": " + db.error().message);
  PinStore pin_store(std::move(*db), path);
  if (auto migrated = pin_store.Migrate(); !migrated) return migrated.error();
  return pin_store;
}

Result<int> PinStore::SchemaVersion() {
  auto select = db_.Prepare("SELECT value FROM pins_meta WHERE key = 'schema_version'");
  if (!select) return Fail(select.error().message);
  auto row = select->Step();
  if (!row) return Fail(row.error().message);
  return *row ? static_cast<int>(select->Int(0)) : 0;
}

Result<void> PinStore::Migrate() {
  auto tx = store::Transaction::Begin(db_);
  if (!tx) return Fail(tx.error().message);
  if (auto r = db_.Exec("CREATE TABLE IF NOT EXISTS pins_meta (key TEXT PRIMARY KEY, value)"); !r)
    return Fail(r.error().message);
  auto version = SchemaVersion();
  if (!version) return version.error();
  if (*version > kSchemaVersion) {
    return Fail("schema version " + std::to_string(*version) +
                " is newer than this gateway supports (" + std::to_string(kSchemaVersion) +
                "); upgrade mcp-gateway");
  }
  if (*version == kSchemaVersion) return {};
  for (int v = *version; v < kSchemaVersion; ++v) {
    if (auto r = db_.Exec(kMigrations[v]); !r)
      return Fail("migration to version " + std::to_string(v + 1) + ": " + r.error().message);
  }
  auto set = db_.Prepare(
      "INSERT INTO pins_meta (key, value) VALUES ('schema_version', ?) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!set) return Fail(set.error().message);
  set->Bind(1, int64_t{kSchemaVersion});
  if (auto r = set->Run(); !r) return Fail(r.error().message);
  if (auto r = tx->Commit(); !r) return Fail(r.error().message);
  return {};
}

Result<bool> PinStore::Known(std::string_view server) {
  auto select = db_.Prepare("SELECT 1 FROM pins_servers WHERE server = ?");
  if (!select) return Fail(select.error().message);
  select->Bind(1, server);
  auto row = select->Step();
  if (!row) return Fail(row.error().message);
  return *row;
}

Result<std::vector<std::string>> PinStore::Servers() {
  auto select = db_.Prepare(
      "SELECT server FROM pins_servers UNION SELECT server FROM pins_approved "
      "UNION SELECT server FROM pins_observed ORDER BY 1");
  if (!select) return Fail(select.error().message);
  std::vector<std::string> servers;
  while (true) {
    auto row = select->Step();
    if (!row) return Fail(row.error().message);
    if (!*row) break;
    servers.push_back(select->Text(0));
  }
  return servers;
}

Result<std::vector<StoredPin>> PinStore::Select(std::string_view table, std::string_view server) {
  const bool approved = table == "pins_approved";
  const std::string sql = "SELECT server, kind, name, hash, definition, " +
                          std::string(approved ? "approved_at, approved_by" : "observed_at, ''") +
                          " FROM " + std::string(table) +
                          (server.empty() ? "" : " WHERE server = ?1") +
                          " ORDER BY server, kind, name";
  auto select = db_.Prepare(sql);
  if (!select) return Fail(select.error().message);
  if (!server.empty()) select->Bind(1, server);
  std::vector<StoredPin> pins;
  while (true) {
    auto row = select->Step();
    if (!row) return Fail(row.error().message);
    if (!*row) break;
    StoredPin pin;
    pin.server = select->Text(0);
    if (!ParsePinKind(select->Text(1), pin.item.kind)) continue;  // written by a newer gateway
    pin.item.name = select->Text(2);
    pin.item.hash = select->Text(3);
    pin.item.definition = select->Text(4);
    pin.at = select->Int(5);
    pin.how = select->Text(6);
    pins.push_back(std::move(pin));
  }
  return pins;
}

Result<std::vector<StoredPin>> PinStore::Approved(std::string_view server) {
  return Select("pins_approved", server);
}

Result<std::vector<StoredPin>> PinStore::Observed(std::string_view server) {
  return Select("pins_observed", server);
}

Result<void> PinStore::RecordObserved(std::string_view server, const std::vector<PinItem>& items,
                                      int64_t now) {
  // Unchanged list of a known server: nothing to write (a review runs on every catalog rebuild).
  if (auto known = Known(server); known && *known) {
    auto previous = Observed(server);
    if (previous && previous->size() == items.size()) {
      std::vector<std::tuple<int, std::string, std::string>> a, b;
      for (const StoredPin& pin : *previous)
        a.emplace_back(static_cast<int>(pin.item.kind), pin.item.name, pin.item.hash);
      for (const PinItem& item : items)
        b.emplace_back(static_cast<int>(item.kind), item.name, item.hash);
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a == b) return {};
    }
  }
  auto tx = store::Transaction::Begin(db_);
  if (!tx) return Fail(tx.error().message);
  auto remove = db_.Prepare("DELETE FROM pins_observed WHERE server = ?");
  if (!remove) return Fail(remove.error().message);
  remove->Bind(1, server);
  if (auto r = remove->Run(); !r) return Fail(r.error().message);
  auto insert = db_.Prepare(
      "INSERT OR REPLACE INTO pins_observed (server, kind, name, hash, definition, observed_at) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error().message);
  for (const PinItem& item : items) {
    insert->Reset();
    insert->Bind(1, server)
        .Bind(2, std::string_view(PinKindName(item.kind)))
        .Bind(3, std::string_view(item.name))
        .Bind(4, std::string_view(item.hash))
        .Bind(5, std::string_view(item.definition))
        .Bind(6, now);
    if (auto r = insert->Run(); !r) return Fail(r.error().message);
  }
  auto mark = db_.Prepare(
      "INSERT INTO pins_servers (server, first_seen_at, observed_at) VALUES (?1, ?2, ?2) "
      "ON CONFLICT(server) DO UPDATE SET observed_at = excluded.observed_at");
  if (!mark) return Fail(mark.error().message);
  mark->Bind(1, server).Bind(2, now);
  if (auto r = mark->Run(); !r) return Fail(r.error().message);
  if (auto r = tx->Commit(); !r) return Fail(r.error().message);
  return {};
}

Result<void> PinStore::Approve(std::string_view server, const PinItem& item, int64_t now,
                               std::string_view how) {
  auto upsert = db_.Prepare(
      "INSERT OR REPLACE INTO pins_approved "
      "(server, kind, name, hash, definition, approved_at, approved_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!upsert) return Fail(upsert.error().message);
  upsert->Bind(1, server)
      .Bind(2, std::string_view(PinKindName(item.kind)))
      .Bind(3, std::string_view(item.name))
      .Bind(4, std::string_view(item.hash))
      .Bind(5, std::string_view(item.definition))
      .Bind(6, now)
      .Bind(7, how);
  if (auto r = upsert->Run(); !r) return Fail(r.error().message);
  return {};
}

Result<void> PinStore::ApproveAll(std::string_view server, const std::vector<PinItem>& items,
                                  int64_t now, std::string_view how) {
  auto tx = store::Transaction::Begin(db_);
  if (!tx) return Fail(tx.error().message);
  for (const PinItem& item : items) {
    if (auto r = Approve(server, item, now, how); !r) return r.error();
  }
  if (auto r = tx->Commit(); !r) return Fail(r.error().message);
  return {};
}

Result<bool> PinStore::Unapprove(std::string_view server, PinKind kind, std::string_view name) {
  auto remove = db_.Prepare("DELETE FROM pins_approved WHERE server = ? AND kind = ? AND name = ?");
  if (!remove) return Fail(remove.error().message);
  remove->Bind(1, server).Bind(2, std::string_view(PinKindName(kind))).Bind(3, name);
  if (auto r = remove->Run(); !r) return Fail(r.error().message);
  return db_.Changes() > 0;
}

Result<int> PinStore::Reset(std::string_view server) {
  auto tx = store::Transaction::Begin(db_);
  if (!tx) return Fail(tx.error().message);
  int removed = 0;
  for (std::string_view table : {"pins_approved", "pins_observed", "pins_servers"}) {
    std::string sql = "DELETE FROM " + std::string(table);
    if (!server.empty()) sql += " WHERE server = ?";
    auto remove = db_.Prepare(sql);
    if (!remove) return Fail(remove.error().message);
    if (!server.empty()) remove->Bind(1, server);
    if (auto r = remove->Run(); !r) return Fail(r.error().message);
    if (table == "pins_approved") removed = db_.Changes();
  }
  if (auto r = tx->Commit(); !r) return Fail(r.error().message);
  return removed;
}

}  // namespace mcpgw::pins
