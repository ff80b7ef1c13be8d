// GatewayMetrics: the gateway's metric families (names, labels, buckets: docs/metrics.md) on one
// Registry, and the setters the app calls for what only it knows (upstream state, restarts,
// sessions, audit queue depth and commit latency, failed and dropped writes). Calls, verdicts and
// latencies come from closed CallRecords through CallMetricsSink.
//
// Names follow Prometheus conventions (mcp_gateway_ prefix, _total counters, _seconds units);
// the two duration histograms mirror the OpenTelemetry MCP conventions' mcp.server.operation.
// duration (the client's view: arrival to answer) and mcp.client.operation.duration (the
// gateway's upstream request), with their recommended bucket bounds.
//
// Threading: every method is safe from any thread (see registry.h). Lifetime: create one per
// process before the sinks and servers that use it; it must outlive them.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "metrics/registry.h"

namespace mcpgw::metrics {

class GatewayMetrics {
  // First: the family references below are bound to families it owns, and members are
  // initialized in declaration order.
  Registry registry_;

 public:
  explicit GatewayMetrics(Registry::Options options = {});

  Registry& registry() { return registry_; }
  // The exposition (what GET /metrics answers).
  std::string Render() const { return registry_.Render(); }

  // ---- set by the app ------------------------------------------------------------------
  // One-hot upstream state: mcp_gateway_upstream_state{server,state} is 1 for `state` and 0 for
  // the other states upstream::StateName names (disabled, blocked, invalid, failed, starting,
  // active, restarting, stopped); an unknown state is reported as "other".
  void SetUpstreamState(std::string_view server, std::string_view state);
  // The upstream's restarts so far (sampled at each scrape): raised, never lowered.
  void SetUpstreamRestarts(std::string_view server, uint64_t total);
  void SetSessions(std::string_view transport, double sessions);
  void SetAuditQueueDepth(std::string_view sink, double depth);
  void ObserveAuditCommit(std::chrono::nanoseconds latency);
  // Totals kept by a sink (sampled in a collect hook): raised, never lowered.
  void SetAuditFailedWrites(std::string_view sink, uint64_t total);
  void SetAuditDropped(std::string_view sink, uint64_t total);

  // ---- set by the catalog gates (scanner, pins) -----------------------------------------
  // One scanner finding on `server`'s catalog, counted once per distinct catalog the scanner
  // analyzed: `severity` is a scanner::SeverityName, `verdict` what happened to the item that
  // holds it ("blocked": the server, "hidden": the item, "warned", "passed").
  void CountScanFinding(std::string_view server, std::string_view severity,
                        std::string_view verdict);
  // One pin change seen on `server`, counted once per distinct change: `kind` is "tool_changed",
  // "tool_new", "tool_removed", "instructions_changed" or "store_unavailable".
  void CountPinChange(std::string_view server, std::string_view kind);

  // ---- fed by CallMetricsSink -----------------------------------------------------------
  Family<Counter>& calls;             // {server, method, tool, status}
  Family<Counter>& decisions;         // {server, decision}
  Family<Counter>& guard_verdicts;    // {guard, action, reason}
  Family<Histogram>& operation;       // {server, method}: arrival to answer
  Family<Histogram>& upstream;        // {server, method}: sent upstream to upstream's answer
  Family<Histogram>& overhead;        // {server, method}: operation - upstream
  Family<Counter>& bytes_in;          // {server}
  Family<Counter>& bytes_out;         // {server}
  Family<Gauge>& upstream_state;      // {server, state}
  Family<Counter>& upstream_restarts; // {server}
  Family<Gauge>& sessions;            // {transport}
  Family<Gauge>& audit_queue_depth;   // {sink}
  Family<Histogram>& audit_commit;    // no labels
  Family<Counter>& audit_failed_writes;  // {sink}
  Family<Counter>& audit_dropped;        // {sink}
  Family<Counter>& scan_findings;        // {server, severity, verdict}
  Family<Counter>& pin_changes;          // {server, kind}
};

// The MCP methods a `method` label may take; anything else is "other".
const std::vector<std::string_view>& KnownMethods();

}  // namespace mcpgw::metrics
