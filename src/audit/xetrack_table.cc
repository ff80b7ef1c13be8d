#include "audit/xetrack_table.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <array>

#include "core/ascii_lower.h"

namespace mcpgw::audit {
namespace {

namespace json = boost::json;

constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxCachedStatements = 64;
const std::string kOverflowColumn = "overflow";

// The reference's columns, created with the table so the README query (which reads `path`, the
// filesystem server's flattened argument) and readers that expect them work before any row
// brought them.
constexpr std::array<std::pair<const char*, const char*>, 15> kBaseColumns = {{
    {"timestamp", "TEXT"},
    {"track_id", "TEXT"},
    {"call_id", "TEXT"},
    {"server_name", "TEXT"},
    {"capability_type", "TEXT"},
    {"capability_name", "TEXT"},
    {"response_type", "TEXT"},
    {"isError", "INTEGER"},
    {"content_type", "TEXT"},
    {"content_text", "TEXT"},
    {"content_annotations", "TEXT"},
    {"meta", "TEXT"},
    {"path", "TEXT"},
    {"paths", "TEXT"},
    {"prompt", "TEXT"},
}};

const char* SqlType(const XetrackValue& value) {
  if (std::holds_alternative<int64_t>(value)) return "INTEGER";
  if (std::holds_alternative<double>(value)) return "REAL";
  return "TEXT";
}

bool NameFits(const std::string& name) {
  return !name.empty() && name.size() <= kMaxNameBytes && name.find('\0') == std::string::npos;
}

json::value ToJson(const XetrackValue& value) {
  if (const auto* i = std::get_if<int64_t>(&value)) return *i;
  if (const auto* d = std::get_if<double>(&value)) return *d;
  if (const auto* s = std::get_if<std::string>(&value)) return json::string(*s);
  return nullptr;
}

}  // namespace

std::string QuoteIdentifier(const std::string& name) {
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

Result<XetrackTable> XetrackTable::Open(const std::string& path, std::size_t max_columns) {
  auto db = store::Database::Open(path);
  if (!db) return MakeError("cannot open xetrack database " + path + ": " + db.error().message);
  XetrackTable table(std::move(*db), max_columns);
  std::string create = "CREATE TABLE IF NOT EXISTS events (";
  for (std::size_t i = 0; i < kBaseColumns.size(); ++i)
    create += std::string(i ? ", " : "") + QuoteIdentifier(kBaseColumns[i].first) + " " +
              kBaseColumns[i].second;
  create += ")";
  if (auto r = table.db_.Exec(create); !r)
    return MakeError("cannot create the events table in " + path + ": " + r.error().message);
  if (auto r = table.LoadColumns(); !r)
    return MakeError("cannot read the events table of " + path + ": " + r.error().message);
  // A table an older writer created may lack some of the reference's columns.
  for (const auto& [name, type] : kBaseColumns) {
    if (table.HasColumn(name)) continue;
    auto added = table.db_.Exec("ALTER TABLE events ADD COLUMN " + QuoteIdentifier(name) + " " +
                                type);
    if (!added)
      return MakeError("cannot add column " + std::string(name) + " to " + path + ": " +
                       added.error().message);
    table.columns_.insert(core::AsciiLower(name));
  }
  return table;
}

bool XetrackTable::HasColumn(const std::string& name) const {
  return columns_.contains(core::AsciiLower(name));
}

Result<void> XetrackTable::LoadColumns() {
  auto info = db_.Prepare("PRAGMA table_info(events)");
  if (!info) return info.error();
  columns_.clear();
  for (;;) {
    auto row = info->Step();
    if (!row) return row.error();
    if (!*row) break;
    columns_.insert(core::AsciiLower(info->Text(1)));
  }
  return {};
}

Result<void> XetrackTable::AddColumn(const std::string& name, const XetrackValue& first) {
  auto r = db_.Exec("ALTER TABLE events ADD COLUMN " + QuoteIdentifier(name) + " " +
                    SqlType(first));
  if (!r) return r;
  columns_.insert(core::AsciiLower(name));
  return {};
}

Result<XetrackRow> XetrackTable::Fit(const XetrackRow& row) {
  XetrackRow fitted;
  json::object overflow;
  for (const XetrackCell& cell : row) {
    if (!HasColumn(cell.column)) {
      const bool room = columns_.size() < max_columns_ && NameFits(cell.column);
      if (!room) {
        overflow[cell.column] = ToJson(cell.value);
        continue;
      }
      if (auto r = AddColumn(cell.column, cell.value); !r) return r.error();
    }
    fitted.push_back(cell);
  }
  if (!overflow.empty()) {
    if (!HasColumn(kOverflowColumn))
      if (auto r = AddColumn(kOverflowColumn, std::string()); !r) return r.error();
    fitted.push_back({kOverflowColumn, json::serialize(overflow), false});
  }
  return fitted;
}

Result<void> XetrackTable::InsertOne(const XetrackRow& row) {
  auto fitted = Fit(row);
  if (!fitted) return fitted.error();
  std::string sql = "INSERT INTO events (";
  std::string values;
  for (std::size_t i = 0; i < fitted->size(); ++i) {
    sql += (i ? ", " : "") + QuoteIdentifier((*fitted)[i].column);
    values += i ? ", ?" : "?";
  }
  sql += ") VALUES (" + values + ")";
  auto it = inserts_.find(sql);
  if (it == inserts_.end()) {
    if (inserts_.size() >= kMaxCachedStatements) inserts_.clear();
    auto statement = db_.Prepare(sql);
    if (!statement) return statement.error();
    it = inserts_.emplace(sql, std::move(*statement)).first;
  }
  store::Statement& insert = it->second;
  insert.Reset();
  for (std::size_t i = 0; i < fitted->size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const XetrackValue& value = (*fitted)[i].value;
    if (const auto* n = std::get_if<int64_t>(&value)) insert.Bind(index, *n);
    else if (const auto* d = std::get_if<double>(&value)) insert.Bind(index, *d);
    else if (const auto* s = std::get_if<std::string>(&value)) insert.Bind(index, std::string_view(*s));
    else insert.BindNull(index);
  }
  auto done = insert.Run();
  insert.Reset();
  return done;
}

Result<void> XetrackTable::Insert(const std::vector<XetrackRow>& rows) {
  if (rows.empty()) return {};
  Result<void> result = [&]() -> Result<void> {
    auto transaction = store::Transaction::Begin(db_);
    if (!transaction) return transaction.error();
    for (const XetrackRow& row : rows)
      if (auto r = InsertOne(row); !r) return r;  // the transaction rolls back on return
    return transaction->Commit();
  }();
  if (!result) {
    // ALTER TABLE is transactional: the rollback removed the columns this batch added.
    (void)LoadColumns();
    inserts_.clear();
  }
  return result;
}

}  // namespace mcpgw::audit
