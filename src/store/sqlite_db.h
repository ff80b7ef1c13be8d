// A thin RAII layer over the SQLite C API, shared by the gateway's stores (audit trail, xetrack
// traces, tool pins). It adds nothing SQLite does not do: it owns handles, turns return codes
// into Result errors with SQLite's own message, and binds/reads columns by index.
//
// Threading: a Database and its Statements belong to one thread at a time (SQLite's default
// serialized mode makes misuse safe, not fast). Open one Database per writer thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace mcpgw::store {

class Statement;

class Database {
 public:
  struct Options {
    bool read_only = false;
    bool create = true;          // create the file when missing (ignored when read_only)
    bool wal = true;             // journal_mode=WAL (ignored when read_only)
    int busy_timeout_ms = 5000;  // how long a statement waits on another connection's lock
  };

  // Opens the database file (the parent directory must exist: callers own paths).
  // ":memory:" opens a private in-memory database.
  static Result<Database> Open(const std::string& path, const Options& options);
  static Result<Database> Open(const std::string& path) { return Open(path, Options{}); }

  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  bool is_open() const { return db_ != nullptr; }
  const std::string& path() const { return path_; }

  // Runs one or more statements that return no rows of interest (DDL, PRAGMA, BEGIN/COMMIT).
  Result<void> Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);

  // PRAGMA user_version, the schema version the stores migrate with.
  Result<int> UserVersion();
  Result<void> SetUserVersion(int version);

  int64_t LastInsertRowId() const;
  int Changes() const;
  // The last error message of this connection (for error texts).
  std::string ErrorMessage() const;
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based (SQLite's convention).
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  Statement& Bind(int index, const std::optional<std::string>& text);

  // Steps once: true when a row is available, false when done; an error otherwise.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  Result<void> Run();
  // Resets for reuse and clears bindings.
  void Reset();

  int ColumnCount() const;
  bool IsNull(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  std::string ColumnName(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  Result<void> BindError() const;
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  int bind_rc_ = 0;  // first bind failure, reported by Step/Run
};

// RAII transaction: BEGIN IMMEDIATE on construction via Begin(), ROLLBACK unless committed.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Result<void> Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace mcpgw::store
