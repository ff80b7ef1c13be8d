#include "audit/audit_config.h"

namespace mcpgw::audit {

namespace json = boost::json;

namespace {

Error KeyError(std::string_view key, std::string_view what) {
  return MakeError(std::string(key) + ": " + std::string(what));
}

Result<double> Number(const json::value& v, std::string_view key) {
  if (v.is_int64() && v.get_int64() >= 0) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  if (v.is_double() && v.get_double() >= 0) return v.get_double();
  return KeyError(key, "must be a number >= 0");
}

Result<std::string> String(const json::value& v, std::string_view key) {
  if (!v.is_string()) return KeyError(key, "must be a string");
  return std::string(v.get_string());
}

Result<bool> Bool(const json::value& v, std::string_view key) {
  if (!v.is_bool()) return KeyError(key, "must be true or false");
  return v.get_bool();
}

}  // namespace

Result<AuditConfig> ParseAuditConfig(const json::object& auditing, std::string_view key) {
  AuditConfig c;
  for (const auto& m : auditing) {
    const std::string k = std::string(key) + "." + std::string(m.key());
    const json::value& v = m.value();
    const std::string_view name = m.key();
    if (name == "enabled") {
      auto b = Bool(v, k);
      if (!b) return b.error();
      c.enabled = *b;
    } else if (name == "db" || name == "db_path") {
      auto s = String(v, k);
      if (!s) return s.error();
      c.db_path = *s;
    } else if (name == "durability") {
      auto s = String(v, k);
      if (!s) return s.error();
      if (*s == "commit") c.durability = Durability::kCommit;
      else if (*s == "async") c.durability = Durability::kAsync;
      else return KeyError(k, "must be \"commit\" or \"async\"");
    } else if (name == "fail_mode") {
      auto s = String(v, k);
      if (!s) return s.error();
      if (*s == "closed") c.fail_mode = FailMode::kClosed;
      else if (*s == "open") c.fail_mode = FailMode::kOpen;
      else return KeyError(k, "must be \"closed\" or \"open\"");
    } else if (name == "queue_size") {
      auto n = Number(v, k);
      if (!n) return n.error();
      if (*n < 1 || *n > 1e7) return KeyError(k, "must be between 1 and 10000000");
      c.queue_size = static_cast<std::size_t>(*n);
    } else if (name == "checkpoint_interval_ms") {
      auto n = Number(v, k);
      if (!n) return n.error();
      c.checkpoint_interval = std::chrono::milliseconds(static_cast<int64_t>(*n));
    } else if (name == "retention") {
      if (!v.is_object()) return KeyError(k, "must be an object");
      for (const auto& r : v.get_object()) {
        const std::string rk = k + "." + std::string(r.key());
        auto n = Number(r.value(), rk);
        if (!n) return n.error();
        if (r.key() == "max_age_days") c.max_age_days = *n;
        else if (r.key() == "max_size_mb") c.max_size_mb = *n;
        else return KeyError(rk, "unknown key (known: max_age_days, max_size_mb)");
      }
    } else if (name == "hash_arguments") {
      auto b = Bool(v, k);
      if (!b) return b.error();
      c.hash_arguments = *b;
    } else if (name == "hmac_key") {
      auto s = String(v, k);
      if (!s) return s.error();
      if (s->size() < 16) return KeyError(k, "must be at least 16 characters");
      c.hmac_key = *s;
    } else if (name == "audit_log") {
      auto s = String(v, k);
      if (!s) return s.error();
      c.jsonl_path = *s;
    } else if (name == "audit_log_max_mb") {
      auto n = Number(v, k);
      if (!n) return n.error();
      c.jsonl_max_mb = *n;
    } else if (name == "audit_log_daily") {
      auto b = Bool(v, k);
      if (!b) return b.error();
      c.jsonl_daily = *b;
    } else {
      return KeyError(k,
                      "unknown key (known: enabled, db, durability, fail_mode, queue_size, "
                      "checkpoint_interval_ms, retention, hash_arguments, hmac_key, audit_log, "
                      "audit_log_max_mb, audit_log_daily)");
    }
  }
  return c;
}

}  // namespace mcpgw::audit
