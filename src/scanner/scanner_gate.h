// ScannerGate: the scanner as a router::CatalogGate. On every review of an upstream's catalog
// (start, restart, list_changed) it analyzes the catalog (tool_analyzer.h) and applies the
// policy (scan_policy.h): a blocked server is withheld whole, tools/prompts/resources at the
// hide level are withheld with the rule that condemned them, and with `sanitize` the tools and
// instructions the client sees have invisible characters and ANSI escapes stripped. A server
// whose config entry says "blocked": "skipped" is not scanned. Findings are logged as rule ids
// and severities (never the evidence text).
//
// Threading: Review() runs on the io_context thread (CatalogGate contract); the gate keeps a
// per-server cache keyed by the catalog's content, so an unchanged catalog is not re-analyzed.
// The analyzer may still be under construction on another thread (MakeScannerGate builds it in
// the background, off the start path: compiling the rule set takes tens of milliseconds): the
// first Review waits for it, which at start overlaps the upstreams' own start-up. An analyzer
// that failed to build makes Review throw, so the router withholds the server (fail closed).
// Lifetime: held by the router as shared_ptr.
#pragma once

#include <cstddef>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "metrics/gateway_metrics.h"
#include "router/catalog_gate.h"
#include "scanner/scan_policy.h"
#include "scanner/tool_analyzer.h"

namespace mcpgw::scanner {

class ScannerGate final : public router::CatalogGate {
 public:
  using AnalyzerFuture = std::shared_future<Result<std::shared_ptr<const ToolAnalyzer>>>;
  ScannerGate(std::shared_ptr<const ToolAnalyzer> analyzer, ScanPolicy policy);
  // `analyzer` is being built elsewhere (see the threading note above).
  ScannerGate(AnalyzerFuture analyzer, ScanPolicy policy);

  std::string_view name() const override { return "scanner"; }
  router::GateDecision Review(const upstream::Upstream& upstream) override;
  // Counts findings into `metrics` (mcp_gateway_scan_findings_total) from now on, once per
  // distinct catalog analyzed; null stops. `metrics` must outlive the gate's reviews.
  void SetMetrics(metrics::GatewayMetrics* metrics) { metrics_ = metrics; }

  // The pure part of Review: the decision for `report` of `catalog` under `policy`.
  static router::GateDecision MakeDecision(const ServerReport& report,
                                           const upstream::Catalog& catalog,
                                           const ScanPolicy& policy);

 private:
  // The analyzer, waiting for `pending_` on first use. Throws when it failed to build.
  const ToolAnalyzer& Analyzer();

  std::shared_ptr<const ToolAnalyzer> analyzer_;
  std::optional<AnalyzerFuture> pending_;
  ScanPolicy policy_;
  metrics::GatewayMetrics* metrics_ = nullptr;
  struct Cached {
    std::size_t hash = 0;
    router::GateDecision decision;
  };
  std::map<std::string, Cached> cache_;  // by server name
};

// Builds the gate for the gateway: with `enabled_by_flag` (--scan) or a "scanner" section whose
// "enabled" is true; nullptr when neither. Errors name the bad key ("scanner.block: ..."). The
// analyzer is built on a background thread and awaited at the first review.
Result<std::shared_ptr<ScannerGate>> MakeScannerGate(
    bool enabled_by_flag, const std::optional<boost::json::object>& section);

// `tool` with every string (keys too) passed through StripInvisible; nullopt when nothing
// changed.
std::optional<boost::json::object> SanitizedTool(const boost::json::object& tool);

}  // namespace mcpgw::scanner
