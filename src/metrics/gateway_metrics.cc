#include "metrics/gateway_metrics.h"

#include <array>
#include <initializer_list>

namespace mcpgw::metrics {
namespace {

// The OpenTelemetry MCP conventions' advice for mcp.*.operation.duration, in seconds.
const std::vector<double> kOperationBuckets = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1,
                                               2,    5,    10,   30,  60,  120, 300};
// The gateway's own cost is micro- to milliseconds.
const std::vector<double> kOverheadBuckets = {0.00001, 0.000025, 0.00005, 0.0001, 0.00025,
                                              0.0005,  0.001,    0.0025,  0.005,  0.01,
                                              0.025,   0.05,     0.1,     0.25,   1};
const std::vector<double> kCommitBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                            0.01,   0.025,   0.05,   0.1,   0.25,   1};

// upstream::StateName's values.
constexpr std::array<std::string_view, 8> kUpstreamStates = {
    "disabled", "blocked", "invalid", "failed", "starting", "active", "restarting", "stopped"};

}  // namespace

const std::vector<std::string_view>& KnownMethods() {
  static const std::vector<std::string_view> methods = {
      "initialize",           "ping",
      "tools/list",           "tools/call",
      "prompts/list",         "prompts/get",
      "resources/list",       "resources/read",
      "resources/templates/list", "resources/subscribe",
      "resources/unsubscribe", "completion/complete",
      "logging/setLevel",     "tasks/get",
      "tasks/list",           "tasks/result",
      "tasks/cancel"};
  return methods;
}

GatewayMetrics::GatewayMetrics(Registry::Options options)
    : registry_(options),
      calls(registry_.AddCounter("mcp_gateway_calls_total",
                                 "Client requests answered, by server, method, tool and status.",
                                 {"server", "method", "tool", "status"})),
      decisions(registry_.AddCounter("mcp_gateway_decisions_total",
                                     "Client requests by what the gateway did: allowed, masked "
                                     "or blocked.",
                                     {"server", "decision"})),
      guard_verdicts(registry_.AddCounter(
          "mcp_gateway_guard_verdicts_total",
          "Guard findings and refusals, by guard, action and reason code.",
          {"guard", "action", "reason"})),
      operation(registry_.AddHistogram(
          "mcp_gateway_operation_duration_seconds",
          "Request duration as the client sees it, from arrival to answer (OpenTelemetry "
          "mcp.server.operation.duration).",
          {"server", "method"}, kOperationBuckets)),
      upstream(registry_.AddHistogram(
          "mcp_gateway_upstream_duration_seconds",
          "Upstream request duration, from sending to the upstream's answer (OpenTelemetry "
          "mcp.client.operation.duration).",
          {"server", "method"}, kOperationBuckets)),
      overhead(registry_.AddHistogram(
          "mcp_gateway_overhead_duration_seconds",
          "Time the gateway itself added to a request: operation duration minus upstream "
          "duration.",
          {"server", "method"}, kOverheadBuckets)),
      bytes_in(registry_.AddCounter("mcp_gateway_request_bytes_total",
                                    "Bytes of client requests.", {"server"})),
      bytes_out(registry_.AddCounter("mcp_gateway_response_bytes_total",
                                     "Bytes of answers to clients.", {"server"})),
      upstream_state(registry_.AddGauge(
          "mcp_gateway_upstream_state",
          "1 for the state each upstream server is in (starting, ready, restarting, failed, "
          "stopped), 0 for the others.",
          {"server", "state"})),
      upstream_restarts(registry_.AddCounter("mcp_gateway_upstream_restarts_total",
                                             "Upstream server restarts.", {"server"})),
      sessions(registry_.AddGauge("mcp_gateway_sessions", "Client sessions open now.",
                                  {"transport"})),
      audit_queue_depth(registry_.AddGauge("mcp_gateway_audit_queue_depth",
                                           "Records waiting for a sink's writer thread.",
                                           {"sink"})),
      audit_commit(registry_.AddHistogram("mcp_gateway_audit_commit_duration_seconds",
                                          "Duration of an audit store commit.", {},
                                          kCommitBuckets)),
      audit_failed_writes(registry_.AddCounter(
          "mcp_gateway_audit_failed_writes_total",
          "Records a sink could not write (disk full, locked or read-only store); should stay 0.",
          {"sink"})),
      audit_dropped(registry_.AddCounter(
          "mcp_gateway_audit_dropped_total",
          "Records a sink did not write because its queue was full; must stay 0.", {"sink"})),
      scan_findings(registry_.AddCounter(
          "mcp_gateway_scan_findings_total",
          "Tool scanner findings, by server, severity and what happened to the item (blocked, "
          "hidden, warned, passed); counted once per distinct catalog analyzed.",
          {"server", "severity", "verdict"})),
      pin_changes(registry_.AddCounter(
          "mcp_gateway_pin_changes_total",
          "Tool pinning changes seen, by server and kind (tool_changed, tool_new, tool_removed, "
          "instructions_changed, store_unavailable); counted once per distinct change.",
          {"server", "kind"})) {}

void GatewayMetrics::SetUpstreamState(std::string_view server, std::string_view state) {
  const std::string name(server);
  bool known = false;
  for (std::string_view s : kUpstreamStates) {
    upstream_state.With({name, std::string(s)}).Set(s == state ? 1 : 0);
    known = known || s == state;
  }
  upstream_state.With({name, "other"}).Set(known ? 0 : 1);
}

void GatewayMetrics::SetUpstreamRestarts(std::string_view server, uint64_t total) {
  upstream_restarts.With({std::string(server)}).RaiseTo(total);
}

void GatewayMetrics::SetSessions(std::string_view transport, double n) {
  sessions.With({std::string(transport)}).Set(n);
}

void GatewayMetrics::SetAuditQueueDepth(std::string_view sink, double depth) {
  audit_queue_depth.With({std::string(sink)}).Set(depth);
}

void GatewayMetrics::ObserveAuditCommit(std::chrono::nanoseconds latency) {
  audit_commit.Get().Observe(std::chrono::duration<double>(latency).count());
}

void GatewayMetrics::SetAuditFailedWrites(std::string_view sink, uint64_t total) {
  audit_failed_writes.With({std::string(sink)}).RaiseTo(total);
}

void GatewayMetrics::SetAuditDropped(std::string_view sink, uint64_t total) {
  audit_dropped.With({std::string(sink)}).RaiseTo(total);
}

namespace {

// `value` when it is one of `allowed`, else "other" (labels stay a closed set).
std::string Closed(std::string_view value, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed)
    if (a == value) return std::string(value);
  return "other";
}

}  // namespace

void GatewayMetrics::CountScanFinding(std::string_view server, std::string_view severity,
                                      std::string_view verdict) {
  scan_findings
      .With({std::string(server),
             Closed(severity, {"info", "low", "medium", "high", "critical"}),
             Closed(verdict, {"blocked", "hidden", "warned", "passed"})})
      .Inc();
}

void GatewayMetrics::CountPinChange(std::string_view server, std::string_view kind) {
  pin_changes
      .With({std::string(server), Closed(kind, {"tool_changed", "tool_new", "tool_removed",
                                                "instructions_changed", "store_unavailable"})})
      .Inc();
}

}  // namespace mcpgw::metrics
