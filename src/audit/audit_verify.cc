#include "audit/audit_verify.h"

#include <boost/json/parse.hpp>

#include <fstream>
#include <sstream>

#include "audit/audit_row.h"
#include "audit/audit_schema.h"
#include "store/sqlite_db.h"

namespace mcpgw::audit {

namespace json = boost::json;

Result<VerifyReport> VerifyAuditStore(const std::string& path, const std::string& key) {
  {
    std::ifstream probe(path);
    if (!probe) return MakeError("audit store " + path + ": no such file");
  }
  // The head first: a checkpoint written while we read is then already in the database.
  std::string head_text;
  bool has_head = false;
  if (std::ifstream head_in(path + ".head"); head_in) {
    std::stringstream text;
    text << head_in.rdbuf();
    head_text = text.str();
    has_head = true;
  }
  store::Database::Options options;
  options.read_only = true;
  auto db = store::Database::Open(path, options);
  if (!db) return db.error();
  VerifyReport report;
  auto broken = [&report](int64_t seq, std::string problem) {
    report.ok = false;
    report.broken_seq = seq;
    report.problem = std::move(problem);
    return report;
  };

  // The chain: consecutive seqs, prev_hash links, hashes over the canonical content.
  auto rows = db->Prepare(std::string("SELECT ") + kCallColumns + " FROM calls ORDER BY seq");
  if (!rows) return rows.error();
  int64_t expected_seq = 0;
  std::string prev_hash;
  std::string first_prev_hash;
  while (true) {
    auto step = rows->Step();
    if (!step) return step.error();
    if (!*step) break;
    StoredRow row = ReadStoredRow(*rows);
    if (report.rows == 0) {
      report.first_seq = row.seq;
      first_prev_hash = row.prev_hash;
      if (row.seq == 1 && row.prev_hash != kGenesisHash)
        return broken(row.seq, "the first row does not start the chain");
    } else {
      if (row.seq != expected_seq)
        return broken(expected_seq, "row " + std::to_string(expected_seq) +
                                        " is missing (the next row is " +
                                        std::to_string(row.seq) + ")");
      if (row.prev_hash != prev_hash)
        return broken(row.seq, "row " + std::to_string(row.seq) +
                                   " does not link to the row before it");
    }
    if (ChainHash(row.prev_hash, Canonical(row)) != row.hash)
      return broken(row.seq, "row " + std::to_string(row.seq) +
                                 " was modified (its content does not match its hash)");
    prev_hash = row.hash;
    expected_seq = row.seq + 1;
    report.last_seq = row.seq;
    ++report.rows;
  }

  // Checkpoints: the MAC chain, and each pinned row still there with the pinned hash.
  auto cps = db->Prepare(
      "SELECT id, kind, created_us, last_seq, last_hash, prev_mac, mac FROM checkpoints "
      "ORDER BY id");
  if (!cps) return cps.error();
  auto hash_of = db->Prepare("SELECT hash FROM calls WHERE seq = ?1");
  if (!hash_of) return hash_of.error();
  std::string prev_mac;
  int64_t expected_id = 0;
  int64_t prune_through = 0;
  std::string prune_hash;
  while (true) {
    auto step = cps->Step();
    if (!step) return step.error();
    if (!*step) break;
    const int64_t id = cps->Int(0);
    const std::string kind = cps->Text(1);
    const int64_t created = cps->Int(2);
    const int64_t last_seq = cps->Int(3);
    const std::string last_hash = cps->Text(4);
    const std::string stored_prev_mac = cps->Text(5);
    const std::string mac = cps->Text(6);
    const std::string where = "checkpoint " + std::to_string(id);
    if (expected_id == 0 && (id != 1 || !stored_prev_mac.empty()))
      return broken(last_seq, "checkpoint " + std::to_string(id) +
                                  " is the first left, but the first checkpoint is missing");
    if (expected_id != 0 && id != expected_id)
      return broken(last_seq, "checkpoint " + std::to_string(expected_id) + " is missing");
    if (expected_id != 0 && stored_prev_mac != prev_mac)
      return broken(last_seq, where + " does not link to the checkpoint before it");
    if (HmacHex(key, CheckpointText(id, kind, created, last_seq, last_hash, stored_prev_mac)) !=
        mac)
      return broken(last_seq, where + " has a bad signature (modified, or another key)");
    prev_mac = mac;
    expected_id = id + 1;
    ++report.checkpoints;
    if (kind == "prune") {
      prune_through = last_seq;
      prune_hash = last_hash;
      continue;
    }
    if (last_seq < report.first_seq) continue;  // pinned rows deleted by retention since
    hash_of->Reset();
    hash_of->Bind(1, last_seq);
    auto found = hash_of->Step();
    if (!found) return found.error();
    if (!*found)
      return broken(last_seq, where + " pins row " + std::to_string(last_seq) +
                                  ", which is missing (the tail was truncated)");
    if (hash_of->Text(0) != last_hash)
      return broken(last_seq, where + " pins row " + std::to_string(last_seq) +
                                  " with another hash");
    report.covered_seq = std::max(report.covered_seq, last_seq);
  }
  // Rows deleted at the start are allowed only through a signed prune.
  if (report.rows > 0 && report.first_seq != 1) {
    if (prune_through != report.first_seq - 1 || prune_hash != first_prev_hash)
      return broken(report.first_seq, "rows before " + std::to_string(report.first_seq) +
                                          " were deleted without a signed retention prune");
  }
  if (report.rows == 0 && prune_through == 0 && report.covered_seq == 0 && report.checkpoints > 0)
    return broken(0, "every row was deleted");

  // The head file: the newest checkpoint must still be in the database.
  if (has_head) {
    boost::system::error_code ec;
    json::value head = json::parse(head_text, ec);
    const json::object* h = head.if_object();
    if (ec || !h || !h->contains("id") || !h->contains("mac") || !h->contains("last_seq"))
      return broken(0, path + ".head is unreadable");
    const int64_t id = h->at("id").to_number<int64_t>();
    const int64_t last_seq = h->at("last_seq").to_number<int64_t>();
    const std::string mac(h->at("mac").as_string());
    if (id >= expected_id || expected_id == 0)
      return broken(last_seq, "checkpoint " + std::to_string(id) + " (named by " + path +
                                  ".head) is missing: the tail was truncated");
    auto check = db->Prepare("SELECT mac FROM checkpoints WHERE id = ?1");
    if (!check) return check.error();
    check->Bind(1, id);
    auto found = check->Step();
    if (!found) return found.error();
    if (!*found || check->Text(0) != mac)
      return broken(last_seq, "checkpoint " + std::to_string(id) + " does not match " + path +
                                  ".head");
    if (last_seq > report.last_seq)
      return broken(last_seq, "rows through " + std::to_string(last_seq) +
                                  " were checkpointed but the store ends at " +
                                  std::to_string(report.last_seq) + ": the tail was truncated");
  }
  report.ok = true;
  return report;
}

}  // namespace mcpgw::audit
