#include "audit/audit_row.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <ctime>

namespace mcpgw::audit {

namespace json = boost::json;

namespace {

std::string Hex(const unsigned char* bytes, unsigned int size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(size * 2, '0');
  for (unsigned int i = 0; i < size; ++i) {
    out[2 * i] = kHex[bytes[i] >> 4];
    out[2 * i + 1] = kHex[bytes[i] & 15];
  }
  return out;
}

int64_t Micros(std::chrono::nanoseconds d) {
  return std::chrono::duration_cast<std::chrono::microseconds>(d).count();
}

}  // namespace

StoredRow ToStoredRow(const CallRecord& record, bool hash_only) {
  StoredRow row;
  row.call_id = record.call_id;
  row.ts_us = std::chrono::duration_cast<std::chrono::microseconds>(
                  record.started.time_since_epoch())
                  .count();
  row.total_us = Micros(record.total_latency);
  row.upstream_us = Micros(record.upstream_latency);
  row.session_id = record.session_id;
  row.client_name = record.client_name;
  row.client_version = record.client_version;
  row.principal = record.principal;
  row.transport = record.transport;
  row.request_id = record.request_id;
  row.method = record.method;
  row.server = record.server;
  row.capability_type = record.capability_type;
  row.capability_name = record.capability_name;
  row.arguments_hash = record.arguments_hash;
  if (row.arguments_hash.empty() && !record.arguments_json.empty())
    row.arguments_hash = Sha256Hex(record.arguments_json);
  if (!hash_only) row.arguments = record.arguments_json;
  row.decision = std::string(DecisionName(record.decision));
  json::array reasons;
  for (const std::string& r : record.reasons) reasons.emplace_back(r);
  row.reasons = json::serialize(reasons);
  json::array findings;
  for (const guards::Finding& f : record.findings) {
    findings.emplace_back(json::object{{"type", f.type},
                                       {"location", f.location},
                                       {"action", guards::ActionName(f.action)},
                                       {"guard", f.guard},
                                       {"value_hash", f.value_hash},
                                       {"applied", f.applied}});
  }
  row.findings = json::serialize(findings);
  row.status = std::string(StatusName(record.status));
  row.is_error = record.is_error ? 1 : 0;
  row.error_code = record.error_code;
  row.error_message = record.error_message;
  row.bytes_in = static_cast<int64_t>(record.bytes_in);
  row.bytes_out = static_cast<int64_t>(record.bytes_out);
  row.input_round = record.input_round;
  return row;
}

std::string Canonical(const StoredRow& r) {
  json::array a{r.seq,           r.call_id,        r.ts_us,          r.total_us,
                r.upstream_us,   r.session_id,     r.client_name,    r.client_version,
                r.principal,     r.transport,      r.request_id,     r.method,
                r.server,        r.capability_type, r.capability_name, r.arguments,
                r.arguments_hash, r.decision,      r.reasons,        r.findings,
                r.status,        r.is_error,       r.error_code,     r.error_message,
                r.bytes_in,      r.bytes_out};
  // Schema 3's column joins the text only when set, so rows written before it verify unchanged.
  if (r.input_round != 0) a.emplace_back(r.input_round);
  return json::serialize(a);
}

std::string ChainHash(std::string_view prev_hash, std::string_view canonical) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx, prev_hash.data(), prev_hash.size());
  EVP_DigestUpdate(ctx, "\n", 1);
  EVP_DigestUpdate(ctx, canonical.data(), canonical.size());
  EVP_DigestFinal_ex(ctx, digest, &size);
  EVP_MD_CTX_free(ctx);
  return Hex(digest, size);
}

std::string Sha256Hex(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr);
  return Hex(digest, size);
}

std::string HmacHex(std::string_view key, std::string_view text) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(text.data()), text.size(), mac, &size);
  return Hex(mac, size);
}

std::string IsoTime(int64_t us) {
  const std::time_t seconds = static_cast<std::time_t>(us / 1'000'000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(us % 1'000'000));
  return buffer;
}

json::object RowToJson(const StoredRow& r, bool with_hashes) {
  auto parsed = [](const std::string& text) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    return ec ? json::value(json::array()) : v;
  };
  json::object o;
  o["seq"] = r.seq;
  o["time"] = IsoTime(r.ts_us);
  o["call_id"] = r.call_id;
  o["session_id"] = r.session_id;
  o["client_name"] = r.client_name;
  o["client_version"] = r.client_version;
  o["principal"] = r.principal;
  o["transport"] = r.transport;
  o["request_id"] = r.request_id;
  o["method"] = r.method;
  o["server"] = r.server;
  o["capability_type"] = r.capability_type;
  o["capability_name"] = r.capability_name;
  o["arguments"] = r.arguments;
  o["arguments_hash"] = r.arguments_hash;
  o["decision"] = r.decision;
  o["reasons"] = parsed(r.reasons);
  o["findings"] = parsed(r.findings);
  o["status"] = r.status;
  o["isError"] = r.is_error != 0;
  o["error_code"] = r.error_code;
  o["error_message"] = r.error_message;
  o["bytes_in"] = r.bytes_in;
  o["bytes_out"] = r.bytes_out;
  if (r.input_round != 0) o["input_round"] = r.input_round;
  o["total_ms"] = static_cast<double>(r.total_us) / 1000.0;
  o["upstream_ms"] = static_cast<double>(r.upstream_us) / 1000.0;
  if (with_hashes) {
    o["prev_hash"] = r.prev_hash;
    o["hash"] = r.hash;
  }
  return o;
}

std::string CheckpointText(int64_t id, std::string_view kind, int64_t created_us, int64_t last_seq,
                           std::string_view last_hash, std::string_view prev_mac) {
  std::string text = "mcp-gateway-audit-checkpoint-v1|";
  text += std::to_string(id);
  text += '|';
  text += kind;
  text += '|';
  text += std::to_string(created_us);
  text += '|';
  text += std::to_string(last_seq);
  text += '|';
  text += last_hash;
  text += '|';
  text += prev_mac;
  return text;
}

}  // namespace mcpgw::audit
