// PinGate: tool pinning as a router CatalogGate. On every review of an upstream's catalog it
// compares the tools and instructions with the pins in the store (pin_review.h) and withholds
// changed and new tools until `mcp-gateway pins approve` (mode "block"), or only logs them
// (mode "warn"). A withheld tool is hidden everywhere and a call to it is refused with the
// reason text, which names the reason code (pins.tool_changed, pins.tool_new) and the commands
// that show and approve the change.
//
// The store is re-read on every review, so an approval made with the CLI while the gateway runs
// takes effect at that server's next review (its next list_changed, restart, or any rebuild of
// the router's lists); see docs/pinning.md.
//
// Threading: Review runs on the io_context thread (CatalogGate's contract); the store is a local
// SQLite file, read on every review and written only when the list changed. Lifetime: owns its
// PinStore; opened on the first review, reopened on a later review after a failure.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "pins/pin_review.h"
#include "pins/pin_store.h"
#include "metrics/gateway_metrics.h"
#include "router/catalog_gate.h"

namespace mcpgw::pins {

class PinGate final : public router::CatalogGate {
 public:
  using Clock = std::function<int64_t()>;  // unix seconds

  PinGate(std::string store_path, PinPolicy policy, Clock clock = {});

  std::string_view name() const override { return "pins"; }
  router::GateDecision Review(const upstream::Upstream& upstream) override;

  // The review of a catalog, without an Upstream (what Review does; for tests and `scan`).
  router::GateDecision ReviewCatalog(std::string_view server, const upstream::Catalog& catalog);
  // Counts changes into `metrics` (mcp_gateway_pin_changes_total) from now on, each distinct
  // change (kind, item, new hash) once per server; null stops. `metrics` must outlive reviews.
  void SetMetrics(metrics::GatewayMetrics* metrics) { metrics_ = metrics; }

 private:
  PinStore* Store();
  void Log(std::string_view server, const PinReviewResult& result);

  std::string store_path_;
  PinPolicy policy_;
  Clock clock_;
  std::optional<PinStore> store_;
  std::string store_error_;
  metrics::GatewayMetrics* metrics_ = nullptr;
  std::map<std::string, std::string, std::less<>> logged_;  // server -> findings last logged
};

}  // namespace mcpgw::pins
