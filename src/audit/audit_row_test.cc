#include "audit/audit_row.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <functional>

namespace mcpgw::audit {
namespace {

StoredRow SampleRow() {
  CallRecord record;
  record.call_id = "c1";
  record.started = std::chrono::system_clock::time_point(std::chrono::microseconds(1'700'000'000'000'000));
  record.session_id = "s";
  record.method = "tools/call";
  record.server = "fs";
  record.capability_type = "tool";
  record.capability_name = "read";
  record.arguments_json = R"({"path":"/x"})";
  record.reasons = {"secrets.github_pat"};
  guards::Finding finding;
  finding.type = "secrets.github_pat";
  finding.location = "/arguments/token";
  finding.action = guards::Action::kMask;
  finding.guard = "basic";
  finding.value_hash = "0123456789abcdef";
  finding.applied = true;
  record.findings = {finding};
  record.decision = Decision::kMasked;
  StoredRow row = ToStoredRow(record, false);
  row.seq = 1;
  row.prev_hash = std::string(kGenesisHash);
  row.hash = ChainHash(row.prev_hash, Canonical(row));
  return row;
}

TEST(AuditRowTest, Sha256AndHmacMatchPublishedVectors) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // RFC 4231, test case 2.
  EXPECT_EQ(HmacHex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(AuditRowTest, RecordBecomesRowWithJsonReasonsFindingsAndArgumentsHash) {
  const StoredRow row = SampleRow();
  EXPECT_EQ(row.ts_us, 1'700'000'000'000'000);
  EXPECT_EQ(row.decision, "masked");
  EXPECT_EQ(row.status, "ok");
  EXPECT_EQ(row.reasons, R"(["secrets.github_pat"])");
  EXPECT_NE(row.findings.find(R"("value_hash":"0123456789abcdef")"), std::string::npos);
  EXPECT_NE(row.findings.find(R"("action":"mask")"), std::string::npos);
  EXPECT_EQ(row.arguments, R"({"path":"/x"})");
  EXPECT_EQ(row.arguments_hash, Sha256Hex(R"({"path":"/x"})"));
}

TEST(AuditRowTest, HashOnlyKeepsTheHashButNotTheArguments) {
  CallRecord record;
  record.arguments_json = R"({"secret":"x"})";
  const StoredRow row = ToStoredRow(record, /*hash_only=*/true);
  EXPECT_EQ(row.arguments, "");
  EXPECT_EQ(row.arguments_hash, Sha256Hex(R"({"secret":"x"})"));
}

TEST(AuditRowTest, CanonicalTextIsDeterministic) {
  EXPECT_EQ(Canonical(SampleRow()), Canonical(SampleRow()));
  EXPECT_EQ(SampleRow().hash, SampleRow().hash);
}

// Every stored column is covered by the hash: changing any one changes it.
TEST(AuditRowTest, EditingAnyColumnChangesTheChainHash) {
  const std::vector<std::pair<const char*, std::function<void(StoredRow&)>>> edits = {
      {"seq", [](StoredRow& r) { r.seq = 2; }},
      {"call_id", [](StoredRow& r) { r.call_id = "c2"; }},
      {"ts_us", [](StoredRow& r) { r.ts_us += 1; }},
      {"total_us", [](StoredRow& r) { r.total_us = 5; }},
      {"upstream_us", [](StoredRow& r) { r.upstream_us = 5; }},
      {"session_id", [](StoredRow& r) { r.session_id = "t"; }},
      {"client_name", [](StoredRow& r) { r.client_name = "x"; }},
      {"client_version", [](StoredRow& r) { r.client_version = "x"; }},
      {"principal", [](StoredRow& r) { r.principal = "mallory"; }},
      {"transport", [](StoredRow& r) { r.transport = "http"; }},
      {"request_id", [](StoredRow& r) { r.request_id = "9"; }},
      {"method", [](StoredRow& r) { r.method = "prompts/get"; }},
      {"server", [](StoredRow& r) { r.server = "other"; }},
      {"capability_type", [](StoredRow& r) { r.capability_type = "prompt"; }},
      {"capability_name", [](StoredRow& r) { r.capability_name = "delete"; }},
      {"arguments", [](StoredRow& r) { r.arguments = "{}"; }},
      {"arguments_hash", [](StoredRow& r) { r.arguments_hash = ""; }},
      {"decision", [](StoredRow& r) { r.decision = "allowed"; }},
      {"reasons", [](StoredRow& r) { r.reasons = "[]"; }},
      {"findings", [](StoredRow& r) { r.findings = "[]"; }},
      {"status", [](StoredRow& r) { r.status = "error"; }},
      {"is_error", [](StoredRow& r) { r.is_error = 1; }},
      {"error_code", [](StoredRow& r) { r.error_code = -1; }},
      {"error_message", [](StoredRow& r) { r.error_message = "x"; }},
      {"bytes_in", [](StoredRow& r) { r.bytes_in = 1; }},
      {"bytes_out", [](StoredRow& r) { r.bytes_out = 1; }},
      {"input_round", [](StoredRow& r) { r.input_round = 2; }},
  };
  const StoredRow original = SampleRow();
  for (const auto& [name, edit] : edits) {
    StoredRow changed = original;
    edit(changed);
    EXPECT_NE(ChainHash(changed.prev_hash, Canonical(changed)), original.hash) << name;
  }
  StoredRow relinked = original;
  relinked.prev_hash = std::string(64, '1');
  EXPECT_NE(ChainHash(relinked.prev_hash, Canonical(relinked)), original.hash) << "prev_hash";
}

// Rows written before schema 3 (input_round 0) keep their canonical text, so old chains verify.
TEST(AuditRowTest, RoundZeroLeavesTheCanonicalTextOfOlderRows) {
  StoredRow row = SampleRow();
  row.input_round = 0;
  const std::string text = Canonical(row);
  EXPECT_EQ(boost::json::parse(text).as_array().size(), 26u) << text;
  row.input_round = 3;
  EXPECT_EQ(boost::json::parse(Canonical(row)).as_array().back(), 3);
}

TEST(AuditRowTest, CheckpointTextNamesEveryField) {
  EXPECT_EQ(CheckpointText(3, "checkpoint", 10, 42, "ab", "cd"),
            "mcp-gateway-audit-checkpoint-v1|3|checkpoint|10|42|ab|cd");
}

TEST(AuditRowTest, IsoTimeIsUtcWithMicroseconds) {
  EXPECT_EQ(IsoTime(0), "1970-01-01T00:00:00.000000Z");
  EXPECT_EQ(IsoTime(1'700'000'000'123'456), "2023-11-14T22:13:20.123456Z");
}

}  // namespace
}  // namespace mcpgw::audit
