#include "scanner/scanner_gate.h"

#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

#include <functional>
#include <stdexcept>

#include "router/withheld_text.h"
#include "scanner/unicode_text.h"

namespace mcpgw::scanner {

namespace json = boost::json;

namespace {

// Strips every string in `v`; true when anything changed.
bool Strip(json::value& v) {
  bool changed = false;
  if (v.is_string()) {
    std::string clean = StripInvisible(v.get_string());
    if (clean != v.get_string()) {
      v = clean;
      changed = true;
    }
  } else if (v.is_array()) {
    for (json::value& e : v.get_array()) changed |= Strip(e);
  } else if (v.is_object()) {
    json::object& o = v.get_object();
    json::object rebuilt;
    for (auto& [key, value] : o) {
      std::string clean_key = StripInvisible(key);
      changed |= clean_key != key;
      changed |= Strip(value);
      rebuilt[clean_key] = std::move(value);
    }
    o = std::move(rebuilt);
  }
  return changed;
}

// The reason code of `item` for audit records: its first finding's rule.
std::string Code(const ItemReport* item) {
  if (item == nullptr || item->findings.empty()) return "scanner.score";
  return "scanner." + item->findings.front().rule_id;
}

std::string Describe(const ItemReport& item) {
  std::string what = std::string(ItemKindName(item.kind));
  if (!item.name.empty()) what += " '" + router::SafeName(item.name) + "'";
  if (item.findings.empty()) return what + " scored " + std::to_string(item.score);
  const Finding& f = item.findings.front();
  return what + ": " + f.message + " (scanner." + f.rule_id + ", " + SeverityName(f.severity) +
         ")";
}

}  // namespace

std::optional<json::object> SanitizedTool(const json::object& tool) {
  json::value copy = tool;
  if (!Strip(copy)) return std::nullopt;
  return std::move(copy.get_object());
}

ScannerGate::ScannerGate(std::shared_ptr<const ToolAnalyzer> analyzer, ScanPolicy policy)
    : analyzer_(std::move(analyzer)), policy_(policy) {}

ScannerGate::ScannerGate(AnalyzerFuture analyzer, ScanPolicy policy)
    : pending_(std::move(analyzer)), policy_(policy) {}

const ToolAnalyzer& ScannerGate::Analyzer() {
  if (!analyzer_ && pending_) {
    const auto started = std::chrono::steady_clock::now();
    const Result<std::shared_ptr<const ToolAnalyzer>>& built = pending_->get();
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
    if (!built) throw std::runtime_error("the scanner's rules failed to build: " + built.error().message);
    analyzer_ = *built;
    pending_.reset();
    if (waited > 0) spdlog::info("scanner waited {} ms for its rule set", waited);
  }
  if (!analyzer_) throw std::runtime_error("the scanner has no analyzer");
  return *analyzer_;
}

router::GateDecision ScannerGate::MakeDecision(const ServerReport& report,
                                               const upstream::Catalog& catalog,
                                               const ScanPolicy& policy) {
  router::GateDecision out;
  const Decision decision = Decide(report, policy);
  if (decision.action == ServerAction::kBlock) {
    const ItemReport* worst = nullptr;
    for (const ItemReport& item : report.items) {
      if (worst == nullptr || item.severity > worst->severity) worst = &item;
    }
    out.blocked_reason = "blocked by the scanner: " + (worst ? Describe(*worst) : decision.reason);
    out.blocked_code = Code(worst);
    return out;
  }
  for (const HiddenItem& hidden : decision.hidden) {
    const ItemReport* item = nullptr;
    for (const ItemReport& i : report.items) {
      if (i.kind == hidden.kind && i.name == hidden.name) item = &i;
    }
    const std::string reason =
        "hidden by the scanner: " + (item ? Describe(*item) : hidden.reason);
    switch (hidden.kind) {
      case ItemKind::kTool:
        out.hidden_tools[hidden.name] = reason;
        out.tool_codes[hidden.name] = Code(item);
        break;
      case ItemKind::kPrompt:
        out.hidden_prompts[hidden.name] = reason;
        out.prompt_codes[hidden.name] = Code(item);
        break;
      case ItemKind::kResource:
        if (item && !item->uri.empty()) {
          out.hidden_resources[item->uri] = reason;
          out.resource_codes[item->uri] = Code(item);
        }
        break;
      default: break;
    }
  }
  if (policy.sanitize) {
    for (const json::value& t : catalog.tools) {
      const json::object* tool = t.if_object();
      if (tool == nullptr) continue;
      const json::value* n = tool->if_contains("name");
      if (n == nullptr || !n->is_string()) continue;
      const std::string name(n->get_string());
      if (out.hidden_tools.contains(name)) continue;
      if (auto clean = SanitizedTool(*tool)) out.replaced_tools[name] = std::move(*clean);
    }
    std::string instructions = StripInvisible(catalog.instructions);
    if (instructions != catalog.instructions) out.replaced_instructions = std::move(instructions);
  }
  return out;
}

router::GateDecision ScannerGate::Review(const upstream::Upstream& upstream) {
  if (upstream.config().scan_status == "skipped") return {};
  const upstream::Catalog& catalog = upstream.catalog();
  std::string key = json::serialize(catalog.tools);
  key += '\x1f';
  key += catalog.instructions;
  key += '\x1f';
  key += json::serialize(catalog.prompts);
  key += '\x1f';
  key += json::serialize(catalog.resources);
  const std::size_t hash = std::hash<std::string>{}(key);
  if (auto it = cache_.find(upstream.name()); it != cache_.end() && it->second.hash == hash)
    return it->second.decision;

  const auto started = std::chrono::steady_clock::now();
  const ServerReport report = Analyzer().Analyze(upstream.name(), catalog);
  router::GateDecision decision = MakeDecision(report, catalog, policy_);
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now() - started)
                      .count();
  for (const ItemReport& item : report.items) {
    const std::map<std::string, std::string>* hidden =
        item.kind == ItemKind::kTool     ? &decision.hidden_tools
        : item.kind == ItemKind::kPrompt ? &decision.hidden_prompts
                                         : nullptr;
    const bool item_hidden =
        (hidden != nullptr && hidden->contains(item.name)) ||
        (item.kind == ItemKind::kResource && decision.hidden_resources.contains(item.uri));
    for (const Finding& f : item.findings) {
      if (metrics_ != nullptr) {
        metrics_->CountScanFinding(upstream.name(), SeverityName(f.severity),
                                   !decision.blocked_reason.empty() ? "blocked"
                                   : item_hidden                    ? "hidden"
                                   : f.severity >= policy_.warn_at  ? "warned"
                                                                    : "passed");
      }
      if (f.severity < policy_.warn_at) continue;
      spdlog::warn("scanner server={} {}={} rule={} severity={} location={}", upstream.name(),
                   ItemKindName(item.kind), item.name, f.rule_id, SeverityName(f.severity),
                   f.location);
    }
  }
  spdlog::info("scanner server={} tools={} score={} severity={} verdict={} hidden={} "
               "sanitized={} in {} us",
               upstream.name(), report.tools, report.score, SeverityName(report.severity),
               decision.blocked_reason.empty()
                   ? (decision.hidden_tools.empty() && decision.hidden_prompts.empty() &&
                              decision.hidden_resources.empty()
                          ? "passed"
                          : "hide")
                   : "blocked",
               decision.hidden_tools.size() + decision.hidden_prompts.size() +
                   decision.hidden_resources.size(),
               decision.replaced_tools.size(), us);
  cache_[upstream.name()] = {hash, decision};
  return decision;
}

Result<std::shared_ptr<ScannerGate>> MakeScannerGate(bool enabled_by_flag,
                                                     const std::optional<json::object>& section) {
  bool enabled = enabled_by_flag;
  ScanPolicy policy;
  if (section) {
    auto parsed = ParseScanPolicy(*section, "scanner");
    if (!parsed) return parsed.error();
    policy = *parsed;
    if (const json::value* e = section->if_contains("enabled"); e && e->is_bool())
      enabled = enabled || e->get_bool();
  }
  if (!enabled) return std::shared_ptr<ScannerGate>();
  // Off the start path: the rule set compiles while the upstreams start.
  AnalyzerOptions options;
  options.model = policy.learned;
  ScannerGate::AnalyzerFuture analyzer =
      std::async(std::launch::async, [options] { return ToolAnalyzer::Create(options); }).share();
  return std::make_shared<ScannerGate>(std::move(analyzer), policy);
}

}  // namespace mcpgw::scanner
