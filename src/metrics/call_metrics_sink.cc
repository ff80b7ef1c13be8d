#include "metrics/call_metrics_sink.h"

#include <algorithm>
#include <chrono>

namespace mcpgw::metrics {
namespace {

double Seconds(std::chrono::nanoseconds d) { return std::chrono::duration<double>(d).count(); }

// "secrets.github_pat" -> "secrets": the guard family a bare reason code belongs to.
std::string GuardOf(std::string_view reason) {
  const auto dot = reason.find('.');
  return std::string(dot == std::string_view::npos ? reason : reason.substr(0, dot));
}

std::string_view ActionFor(audit::Decision decision) {
  switch (decision) {
    case audit::Decision::kBlocked: return "block";
    case audit::Decision::kMasked: return "mask";
    case audit::Decision::kAllowed: return "log";
  }
  return "log";
}

}  // namespace

CallMetricsSink::CallMetricsSink(GatewayMetrics& metrics, KnownTool known_tool)
    : metrics_(metrics), known_tool_(std::move(known_tool)) {}

void CallMetricsSink::Write(const std::shared_ptr<const audit::CallRecord>& record) {
  if (!record) return;
  const audit::CallRecord& r = *record;
  const std::string method = FoldLabel(r.method, KnownMethods());
  std::string tool;
  if (r.method == "tools/call") {
    const bool listed = !r.server.empty() && !r.capability_name.empty() &&
                        (!known_tool_ || known_tool_(r.server, r.capability_name));
    tool = listed ? r.capability_name : "other";
  }
  metrics_.calls.With({r.server, method, std::move(tool), std::string(audit::StatusName(r.status))})
      .Inc();
  metrics_.decisions.With({r.server, std::string(audit::DecisionName(r.decision))}).Inc();

  for (const guards::Finding& f : r.findings)
    metrics_.guard_verdicts
        .With({f.guard.empty() ? GuardOf(f.type) : f.guard,
               std::string(guards::ActionName(f.action)) + (f.applied ? "" : "_monitor"), f.type})
        .Inc();
  for (const std::string& reason : r.reasons) {
    const bool carried = std::any_of(r.findings.begin(), r.findings.end(),
                                     [&](const guards::Finding& f) { return f.type == reason; });
    if (!carried)
      metrics_.guard_verdicts.With({GuardOf(reason), std::string(ActionFor(r.decision)), reason})
          .Inc();
  }

  const auto total = r.total_latency;
  const auto up = r.upstream_latency;
  metrics_.operation.With({r.server, method}).Observe(Seconds(total));
  if (up.count() > 0) metrics_.upstream.With({r.server, method}).Observe(Seconds(up));
  metrics_.overhead.With({r.server, method})
      .Observe(Seconds(std::max(total - up, std::chrono::nanoseconds(0))));
  if (r.bytes_in) metrics_.bytes_in.With({r.server}).Inc(r.bytes_in);
  if (r.bytes_out) metrics_.bytes_out.With({r.server}).Inc(r.bytes_out);
}

std::shared_ptr<CallMetricsSink> MakeMetricsSink(GatewayMetrics& metrics, KnownTool known_tool) {
  return std::make_shared<CallMetricsSink>(metrics, std::move(known_tool));
}

}  // namespace mcpgw::metrics
