#include "app/audit_command.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <ostream>
#include <thread>
#include <vector>

#include "audit/audit_config.h"
#include "audit/audit_key.h"
#include "audit/audit_row.h"
#include "audit/audit_schema.h"
#include "audit/audit_verify.h"
#include "guards/guards_config.h"
#include "store/sqlite_db.h"
#include "store/state_dir.h"

namespace mcpgw::app {

namespace json = boost::json;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kUnreadable = 3;

struct Filters {
  std::string server, tool, since, until, decision, session, principal;
  int64_t limit = 0;
};

// T as microseconds since the epoch: ISO 8601 (date, or date and time, UTC unless an offset is
// given is not supported: 'Z' or nothing), or an age (30s, 30m, 24h, 7d) before now.
Result<int64_t> ParseTime(const std::string& text) {
  const int64_t now = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  if (text.size() >= 2 && std::isdigit(static_cast<unsigned char>(text[0])) &&
      std::string("smhd").find(text.back()) != std::string::npos &&
      text.find('-') == std::string::npos) {
    char* end = nullptr;
    const double n = std::strtod(text.c_str(), &end);
    if (end == text.c_str() + text.size() - 1 && n >= 0) {
      const double unit = text.back() == 's' ? 1 : text.back() == 'm' ? 60
                          : text.back() == 'h' ? 3600 : 86400;
      return now - static_cast<int64_t>(n * unit * 1e6);
    }
  }
  std::tm tm{};
  const char* rest = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
  if (!rest) {
    tm = {};
    rest = strptime(text.c_str(), "%Y-%m-%d %H:%M:%S", &tm);
  }
  if (!rest) {
    tm = {};
    rest = strptime(text.c_str(), "%Y-%m-%d", &tm);
  }
  if (!rest) return MakeError("not a time: '" + text + "' (use 2026-12-03T10:00:00Z, a date, or 24h)");
  double fraction = 0;
  if (*rest == '.') {
    char* end = nullptr;
    fraction = std::strtod(rest, &end);
    rest = end;
  }
  if (*rest == 'Z') ++rest;
  if (*rest != '\0')
    return MakeError("not a time: '" + text + "' (times are UTC: end with Z or nothing)");
  return static_cast<int64_t>(timegm(&tm)) * 1'000'000 + static_cast<int64_t>(fraction * 1e6);
}

struct Query {
  std::string where;
  std::vector<std::pair<bool, std::string>> texts;  // (is_int, value) in bind order
};

Result<Query> BuildWhere(const Filters& f) {
  Query q;
  auto add = [&](const std::string& clause, std::string value, bool is_int = false) {
    q.where += q.where.empty() ? " WHERE " : " AND ";
    q.where += clause + " ?" + std::to_string(q.texts.size() + 1);
    q.texts.emplace_back(is_int, std::move(value));
  };
  if (!f.server.empty()) add("server =", f.server);
  if (!f.tool.empty()) add("capability_name GLOB", f.tool);
  if (!f.decision.empty()) {
    if (f.decision != "allowed" && f.decision != "masked" && f.decision != "blocked")
      return MakeError("--decision must be allowed, masked or blocked");
    add("decision =", f.decision);
  }
  if (!f.session.empty()) add("session_id =", f.session);
  if (!f.principal.empty()) add("principal =", f.principal);
  if (!f.since.empty()) {
    auto t = ParseTime(f.since);
    if (!t) return MakeError("--since: " + t.error().message);
    add("ts_us >=", std::to_string(*t), true);
  }
  if (!f.until.empty()) {
    auto t = ParseTime(f.until);
    if (!t) return MakeError("--until: " + t.error().message);
    add("ts_us <", std::to_string(*t), true);
  }
  return q;
}

void Bind(store::Statement& stmt, const Query& q, int first = 1) {
  for (std::size_t i = 0; i < q.texts.size(); ++i) {
    if (q.texts[i].first) {
      stmt.Bind(first + static_cast<int>(i), static_cast<int64_t>(std::stoll(q.texts[i].second)));
    } else {
      stmt.Bind(first + static_cast<int>(i), std::string_view(q.texts[i].second));
    }
  }
}

// Rows matching `q` with seq > after, oldest first; the newest `limit` when limit > 0.
Result<std::vector<audit::StoredRow>> Select(store::Database& db, const Query& q, int64_t limit,
                                             int64_t after = 0) {
  std::string where = q.where;
  where += where.empty() ? " WHERE " : " AND ";
  where += "seq > " + std::to_string(after);
  std::string sql = std::string("SELECT ") + audit::kCallColumns + " FROM calls" + where +
                    " ORDER BY seq DESC";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  Bind(*stmt, q);
  std::vector<audit::StoredRow> rows;
  while (true) {
    auto step = stmt->Step();
    if (!step) return step.error();
    if (!*step) break;
    rows.push_back(audit::ReadStoredRow(*stmt));
  }
  std::reverse(rows.begin(), rows.end());
  return rows;
}

std::string Millis(int64_t us) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(us) / 1000.0);
  return buffer;
}

// Prints rows of cells as an aligned table (columns separated by two spaces).
void PrintTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], row[i].size());
    }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - row[i].size() + 2, ' ');
    }
    out << line << "\n";
  }
}

std::vector<std::string> CallHeader() {
  return {"SEQ", "TIME", "SERVER", "TOOL", "METHOD", "DECISION", "STATUS", "MS", "SESSION",
          "REASONS"};
}

std::vector<std::string> CallCells(const audit::StoredRow& r) {
  std::string reasons = r.reasons == "[]" ? "" : r.reasons;
  return {std::to_string(r.seq), audit::IsoTime(r.ts_us).substr(0, 23) + "Z", r.server,
          r.capability_name, r.method, r.decision, r.status, Millis(r.total_us), r.session_id,
          reasons};
}

void PrintCalls(std::ostream& out, const std::vector<audit::StoredRow>& rows, bool as_json,
                bool header) {
  if (as_json) {
    json::array array;
    for (const auto& r : rows) array.push_back(audit::RowToJson(r, false));
    out << json::serialize(array) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> table;
  if (header) table.push_back(CallHeader());
  for (const auto& r : rows) table.push_back(CallCells(r));
  PrintTable(out, table);
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

int64_t Percentile(std::vector<int64_t>& values, double p) {
  if (values.empty()) return 0;
  const std::size_t rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  std::nth_element(values.begin(), values.begin() + rank, values.end());
  return values[rank];
}

}  // namespace

int RunAudit(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app("Read the gateway's audit store (docs/audit.md)", "mcp-gateway audit");
  std::string db_path, config_path, key_option, format = "jsonl";
  bool as_json = false, follow = false;
  Filters filters;
  int64_t tail_count = 10;
  app.add_option("--db,--audit-db", db_path, "The audit database (default: auditing.db, else "
                                             "<state dir>/audit.db)");
  app.add_option("--config", config_path, "The gateway's config file (auditing section)");
  app.add_flag("--json", as_json, "Machine-readable output");
  auto add_filters = [&](CLI::App& sub) {
    sub.add_option("--server", filters.server, "Only calls to this server");
    sub.add_option("--tool", filters.tool, "Only tools (or prompts, resources) matching this glob");
    sub.add_option("--since", filters.since, "From this time (ISO 8601 UTC, date, or 24h/30m/7d)");
    sub.add_option("--until", filters.until, "Before this time");
    sub.add_option("--decision", filters.decision, "allowed, masked or blocked");
    sub.add_option("--session", filters.session, "Only this session id");
    sub.add_option("--principal", filters.principal, "Only this authenticated principal");
  };
  add_filters(app);  // `mcp-gateway audit --server x` (the proof of concept's form) = list
  app.add_option("--limit", filters.limit, "At most this many (newest) calls");
  CLI::App* list = app.add_subcommand("list", "Calls matching the filters");
  add_filters(*list);
  list->add_option("--limit", filters.limit, "At most this many (newest) calls");
  CLI::App* tail = app.add_subcommand("tail", "The last calls; -f follows new ones");
  add_filters(*tail);
  tail->add_option("-n,--lines", tail_count, "How many to show first")->capture_default_str();
  tail->add_flag("-f,--follow", follow, "Keep printing calls as they are written");
  CLI::App* stats = app.add_subcommand("stats", "Calls, errors, blocks, p50/p99 per server/tool");
  add_filters(*stats);
  CLI::App* verify = app.add_subcommand("verify", "Check the hash chain and signed checkpoints");
  verify->add_option("--key", key_option, "The checkpoint key (default: auditing.hmac_key, "
                                          "$MCP_GATEWAY_AUDIT_KEY, <state dir>/audit.key)");
  CLI::App* exporter = app.add_subcommand("export", "Every matching call as JSON Lines or CSV");
  add_filters(*exporter);
  exporter->add_option("--format", format, "jsonl or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->capture_default_str();
  app.require_subcommand(0, 1);
  for (CLI::App* sub : {list, tail, stats, verify, exporter})
    sub->add_flag("--json", as_json, "Machine-readable output");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? kOk : kUsage;
  }

  // The config file's auditing section: the db path and key when not given.
  audit::AuditConfig config;
  {
    std::string path = store::ExpandHome(config_path);
    if (path.empty()) {
      const std::string fallback = store::StateDir() + "/config.json";
      if (!store::StateDir().empty() && ::access(fallback.c_str(), F_OK) == 0) path = fallback;
    }
    if (!path.empty()) {
      auto loaded = guards::LoadGuardsConfig(path);
      if (!loaded) {
        err << "mcp-gateway audit: " << loaded.error().message << "\n";
        return kUnreadable;
      }
      auto parsed = audit::ParseAuditConfig(loaded->auditing, "auditing");
      if (!parsed) {
        err << "mcp-gateway audit: " << path << ": " << parsed.error().message << "\n";
        return kUnreadable;
      }
      config = std::move(*parsed);
    }
  }
  if (db_path.empty()) db_path = store::ExpandHome(config.db_path);
  if (db_path.empty()) db_path = store::StateDir() + "/audit.db";
  if (::access(db_path.c_str(), R_OK) != 0) {
    err << "mcp-gateway audit: no audit store at " << db_path
        << " (run the gateway with --audit-db PATH or auditing.enabled, or pass --db)\n";
    return kUnreadable;
  }

  if (verify->parsed()) {
    auto key = audit::ResolveAuditKey(!key_option.empty() ? key_option : config.hmac_key,
                                      /*create=*/false);
    if (!key) {
      err << "mcp-gateway audit verify: " << key.error().message << "\n";
      return kUnreadable;
    }
    auto report = audit::VerifyAuditStore(db_path, *key);
    if (!report) {
      err << "mcp-gateway audit verify: " << report.error().message << "\n";
      return kUnreadable;
    }
    if (as_json) {
      json::object o{{"ok", report->ok},           {"rows", report->rows},
                     {"first_seq", report->first_seq}, {"last_seq", report->last_seq},
                     {"checkpoints", report->checkpoints}, {"covered_seq", report->covered_seq}};
      if (!report->ok) {
        o["broken_seq"] = report->broken_seq;
        o["problem"] = report->problem;
      }
      out << json::serialize(o) << "\n";
    } else if (report->ok) {
      out << "OK: " << report->rows << " calls (seq " << report->first_seq << ".."
          << report->last_seq << "), " << report->checkpoints
          << " signed checkpoints; chain intact through seq " << report->last_seq
          << ", checkpointed through seq " << report->covered_seq << "\n";
    } else {
      out << "BROKEN at seq " << report->broken_seq << ": " << report->problem << "\n";
    }
    return report->ok ? kOk : kFailed;
  }

  store::Database::Options options;
  options.read_only = true;
  auto db = store::Database::Open(db_path, options);
  if (!db) {
    err << "mcp-gateway audit: " << db.error().message << "\n";
    return kUnreadable;
  }
  auto query = BuildWhere(filters);
  if (!query) {
    err << "mcp-gateway audit: " << query.error().message << "\n";
    return kUsage;
  }
  auto fail = [&](const Error& e) {
    err << "mcp-gateway audit: " << e.message << "\n";
    return kFailed;
  };

  if (tail->parsed()) {
    auto rows = Select(*db, *query, tail_count);
    if (!rows) return fail(rows.error());
    int64_t last = rows->empty() ? 0 : rows->back().seq;
    if (as_json) {
      for (const auto& r : *rows) out << json::serialize(audit::RowToJson(r, false)) << "\n";
    } else {
      PrintCalls(out, *rows, false, true);
    }
    out.flush();
    if (last == 0 && follow) {
      auto max = db->Prepare("SELECT COALESCE(MAX(seq), 0) FROM calls");
      if (max) {
        auto step = max->Step();
        if (step && *step) last = max->Int(0);
      }
    }
    while (follow) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      auto more = Select(*db, *query, 0, last);
      if (!more) return fail(more.error());
      for (const auto& r : *more) {
        if (as_json) {
          out << json::serialize(audit::RowToJson(r, false)) << "\n";
        } else {
          PrintTable(out, {CallCells(r)});
        }
        last = r.seq;
      }
      out.flush();
    }
    return kOk;
  }

  if (stats->parsed()) {
    auto rows = Select(*db, *query, 0);
    if (!rows) return fail(rows.error());
    struct Group {
      int64_t calls = 0, errors = 0, blocks = 0;
      std::vector<int64_t> latencies;
    };
    std::map<std::pair<std::string, std::string>, Group> groups;
    for (const auto& r : *rows) {
      Group& g = groups[{r.server, r.capability_name.empty() ? r.method : r.capability_name}];
      ++g.calls;
      if (r.status != "ok") ++g.errors;
      if (r.decision == "blocked") ++g.blocks;
      g.latencies.push_back(r.total_us);
    }
    if (as_json) {
      json::array array;
      for (auto& [key, g] : groups) {
        array.push_back(json::object{{"server", key.first},
                                     {"tool", key.second},
                                     {"calls", g.calls},
                                     {"errors", g.errors},
                                     {"blocks", g.blocks},
                                     {"p50_ms", Percentile(g.latencies, 0.5) / 1000.0},
                                     {"p99_ms", Percentile(g.latencies, 0.99) / 1000.0}});
      }
      out << json::serialize(array) << "\n";
      return kOk;
    }
    std::vector<std::vector<std::string>> table{
        {"SERVER", "TOOL", "CALLS", "ERRORS", "BLOCKS", "P50_MS", "P99_MS"}};
    for (auto& [key, g] : groups) {
      table.push_back({key.first.empty() ? "-" : key.first, key.second, std::to_string(g.calls),
                       std::to_string(g.errors), std::to_string(g.blocks),
                       Millis(Percentile(g.latencies, 0.5)), Millis(Percentile(g.latencies, 0.99))});
    }
    PrintTable(out, table);
    return kOk;
  }

  if (exporter->parsed()) {
    auto rows = Select(*db, *query, 0);
    if (!rows) return fail(rows.error());
    if (format == "jsonl") {
      for (const auto& r : *rows) out << json::serialize(audit::RowToJson(r, true)) << "\n";
      return kOk;
    }
    const std::vector<std::string> columns = {
        "seq", "time", "call_id", "session_id", "client_name", "client_version", "principal",
        "transport", "request_id", "method", "server", "capability_type", "capability_name",
        "arguments", "arguments_hash", "decision", "reasons", "findings", "status", "is_error",
        "error_code", "error_message", "bytes_in", "bytes_out", "total_us", "upstream_us",
        "prev_hash", "hash", "input_round"};
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) line += (i ? "," : "") + columns[i];
    out << line << "\n";
    for (const auto& r : *rows) {
      const std::vector<std::string> cells = {
          std::to_string(r.seq), audit::IsoTime(r.ts_us), r.call_id, r.session_id, r.client_name,
          r.client_version, r.principal, r.transport, r.request_id, r.method, r.server,
          r.capability_type, r.capability_name, r.arguments, r.arguments_hash, r.decision,
          r.reasons, r.findings, r.status, std::to_string(r.is_error),
          std::to_string(r.error_code), r.error_message, std::to_string(r.bytes_in),
          std::to_string(r.bytes_out), std::to_string(r.total_us), std::to_string(r.upstream_us),
          r.prev_hash, r.hash, std::to_string(r.input_round)};
      line.clear();
      for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + CsvField(cells[i]);
      out << line << "\n";
    }
    return kOk;
  }

  // list (also the bare `mcp-gateway audit [filters]`).
  auto rows = Select(*db, *query, filters.limit);
  if (!rows) return fail(rows.error());
  PrintCalls(out, *rows, as_json, true);
  return kOk;
}

}  // namespace mcpgw::app
