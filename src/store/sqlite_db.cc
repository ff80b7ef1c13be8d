#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace mcpgw::store {

namespace {

Error SqliteError(sqlite3* db, int rc, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return MakeError(std::move(message));
}

}  // namespace

Result<Database> Database::Open(const std::string& path, const Options& options) {
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (!options.read_only && options.create) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;  // one connection per thread (see header)
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Database db;
  db.db_ = raw;  // owned even on failure: sqlite3_open_v2 may allocate a handle to report with
  db.path_ = path;
  if (rc != SQLITE_OK) {
    return SqliteError(raw, rc, "cannot open database " + path);
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  if (!options.read_only && options.wal) {
    if (auto r = db.Exec("PRAGMA journal_mode=WAL"); !r) return r.error();
  }
  if (auto r = db.Exec("PRAGMA foreign_keys=ON"); !r) return r.error();
  return db;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Result<void> Database::Exec(std::string_view sql) {
  if (db_ == nullptr) return MakeError("database is not open");
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string error = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return MakeError("sqlite " + path_ + ": " + error);
  }
  return {};
}

Result<Statement> Database::Prepare(std::string_view sql) {
  if (db_ == nullptr) return MakeError("database is not open");
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db_, rc, "sqlite " + path_ + ": cannot prepare statement");
  }
  return Statement(stmt, db_);
}

Result<int> Database::UserVersion() {
  auto stmt = Prepare("PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return MakeError("sqlite " + path_ + ": PRAGMA user_version returned no row");
  return static_cast<int>(stmt->Int(0));
}

Result<void> Database::SetUserVersion(int version) {
  return Exec("PRAGMA user_version=" + std::to_string(version));
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
int Database::Changes() const { return sqlite3_changes(db_); }
std::string Database::ErrorMessage() const {
  return db_ != nullptr ? sqlite3_errmsg(db_) : "database is not open";
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      db_(std::exchange(other.db_, nullptr)),
      bind_rc_(other.bind_rc_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = std::exchange(other.db_, nullptr);
    bind_rc_ = other.bind_rc_;
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

namespace {
void Remember(int& slot, int rc) {
  if (rc != SQLITE_OK && slot == SQLITE_OK) slot = rc;
}
}  // namespace

Statement& Statement::Bind(int index, int64_t value) {
  Remember(bind_rc_, sqlite3_bind_int64(stmt_, index, value));
  return *this;
}
Statement& Statement::Bind(int index, double value) {
  Remember(bind_rc_, sqlite3_bind_double(stmt_, index, value));
  return *this;
}
Statement& Statement::Bind(int index, std::string_view text) {
  Remember(bind_rc_, sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                         SQLITE_UTF8));
  return *this;
}
Statement& Statement::BindBlob(int index, std::string_view bytes) {
  Remember(bind_rc_, sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::BindNull(int index) {
  Remember(bind_rc_, sqlite3_bind_null(stmt_, index));
  return *this;
}
Statement& Statement::Bind(int index, const std::optional<std::string>& text) {
  return text ? Bind(index, std::string_view(*text)) : BindNull(index);
}

Result<void> Statement::BindError() const {
  if (bind_rc_ == SQLITE_OK) return {};
  return MakeError(std::string("sqlite: cannot bind parameter: ") + sqlite3_errstr(bind_rc_));
}

Result<bool> Statement::Step() {
  if (stmt_ == nullptr) return MakeError("sqlite: statement is not prepared");
  if (auto r = BindError(); !r) return r.error();
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, rc, "sqlite");
}

Result<void> Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return row.error();
    if (!*row) return {};
  }
}

void Statement::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}
std::string Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name != nullptr ? name : "";
}

Result<Transaction> Transaction::Begin(Database& db) {
  if (auto r = db.Exec("BEGIN IMMEDIATE"); !r) return r.error();
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_ != nullptr) (void)db_->Exec("ROLLBACK");
}

Result<void> Transaction::Commit() {
  if (db_ == nullptr) return MakeError("sqlite: transaction already finished");
  Database* db = std::exchange(db_, nullptr);
  auto r = db->Exec("COMMIT");
  if (!r) (void)db->Exec("ROLLBACK");
  return r;
}

}  // namespace mcpgw::store
