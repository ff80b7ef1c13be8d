#include "scanner/scan_policy.h"

namespace mcpgw::scanner {

namespace json = boost::json;

namespace {

// "never" -> one past critical: no item reaches it.
Result<Severity> ParseThreshold(const json::value& v, std::string_view key, std::string_view m) {
  const std::string where = std::string(key) + "." + std::string(m);
  if (!v.is_string()) return MakeError(where + ": expected a severity string");
  const std::string_view s = v.get_string();
  if (s == "never") return static_cast<Severity>(5);
  if (auto parsed = ParseSeverity(s)) return *parsed;
  return MakeError(where + ": unknown severity \"" + std::string(s) +
                   "\" (use info, low, medium, high, critical or never)");
}

std::string Reason(const ItemReport& item) {
  return item.findings.empty() ? "scanner.score" : "scanner." + item.findings.front().rule_id;
}

}  // namespace

Result<ScanPolicy> ParseScanPolicy(const json::object& object, std::string_view key) {
  ScanPolicy policy;
  for (const auto& [member, value] : object) {
    if (member == "block" || member == "hide" || member == "warn") {
      auto s = ParseThreshold(value, key, member);
      if (!s) return s.error();
      (member == "block" ? policy.block_at : member == "hide" ? policy.hide_at : policy.warn_at) =
          *s;
    } else if (member == "sanitize") {
      if (!value.is_bool()) return MakeError(std::string(key) + ".sanitize: expected true or false");
      policy.sanitize = value.get_bool();
    } else if (member == "learned") {
      if (!value.is_bool()) return MakeError(std::string(key) + ".learned: expected true or false");
      policy.learned = value.get_bool();
    } else if (member == "enabled") {
      if (!value.is_bool()) return MakeError(std::string(key) + ".enabled: expected true or false");
    } else if (member == "registries") {
      // Reputation's base URLs: checked by scanner::reputation::ReputationSettingsFrom.
      if (!value.is_object()) return MakeError(std::string(key) + ".registries: must be an object");
    } else {
      return MakeError(std::string(key) + ": unknown key \"" + std::string(member) + "\"");
    }
  }
  return policy;
}

const char* ServerActionName(ServerAction action) {
  switch (action) {
    case ServerAction::kPass: return "passed";
    case ServerAction::kWarn: return "warn";
    case ServerAction::kHide: return "hide";
    case ServerAction::kBlock: return "blocked";
  }
  return "passed";
}

Decision Decide(const ServerReport& report, const ScanPolicy& policy) {
  Decision decision;
  const ItemReport* worst_block = nullptr;
  for (const ItemReport& item : report.items) {
    const bool blocks = item.severity >= policy.block_at ||
                        (item.kind == ItemKind::kInstructions && item.severity >= policy.hide_at);
    if (blocks) {
      if (worst_block == nullptr || item.severity > worst_block->severity) worst_block = &item;
    } else if (item.severity >= policy.hide_at) {
      decision.hidden.push_back({item.kind, item.name, Reason(item)});
    } else if (item.severity >= policy.warn_at && decision.action == ServerAction::kPass) {
      decision.action = ServerAction::kWarn;
    }
  }
  if (worst_block != nullptr) {
    decision.action = ServerAction::kBlock;
    decision.reason = Reason(*worst_block);
    decision.hidden.clear();
  } else if (!decision.hidden.empty()) {
    decision.action = ServerAction::kHide;
  }
  return decision;
}

}  // namespace mcpgw::scanner
