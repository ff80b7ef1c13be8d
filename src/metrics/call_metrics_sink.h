// CallMetricsSink: turns each closed CallRecord into metric updates on GatewayMetrics: one call
// (server, method, tool, status), one decision, one verdict per finding and per reason code no
// finding carries, the operation, upstream and overhead durations, request and answer bytes.
//
// Labels stay bounded: `method` is one of KnownMethods() or "other"; `tool` is the upstream's
// tool name only for a tools/call routed to a server (and, when a catalog check is given, one
// that the catalog lists), else "other"; methods other than tools/call have tool "". The
// registry's per-family limit backs this up.
//
// Threading: Write() runs on the io_context thread and only updates atomics (plus a map lookup
// under a family mutex); it never blocks on I/O. Lifetime: `metrics` must outlive the sink.
#pragma once

#include <functional>
#include <memory>
#include <string_view>

#include "audit/call_record.h"
#include "metrics/gateway_metrics.h"

namespace mcpgw::metrics {

// True when `tool` is a tool of `server` in the exposed catalog.
using KnownTool = std::function<bool(std::string_view server, std::string_view tool)>;

class CallMetricsSink : public audit::RecordSink {
 public:
  // `known_tool` may be empty: then every tool a routed call names is trusted as a label.
  CallMetricsSink(GatewayMetrics& metrics, KnownTool known_tool = {});

  std::string_view name() const override { return "metrics"; }
  bool wants_arguments() const override { return false; }  // labels and counts only
  void Write(const std::shared_ptr<const audit::CallRecord>& record) override;

 private:
  GatewayMetrics& metrics_;
  KnownTool known_tool_;
};

// Builds the sink (the app's one-liner, like MakeXetrackSink).
std::shared_ptr<CallMetricsSink> MakeMetricsSink(GatewayMetrics& metrics,
                                                 KnownTool known_tool = {});

}  // namespace mcpgw::metrics
