#include "metrics/call_metrics_sink.h"

#include <gtest/gtest.h>

namespace mcpgw::metrics {
namespace {

using namespace std::chrono_literals;

std::shared_ptr<audit::CallRecord> ToolCall(std::string server, std::string tool) {
  auto r = std::make_shared<audit::CallRecord>();
  r->method = "tools/call";
  r->server = std::move(server);
  r->capability_type = "tool";
  r->capability_name = std::move(tool);
  r->total_latency = 30ms;
  r->upstream_latency = 20ms;
  r->bytes_in = 100;
  r->bytes_out = 250;
  return r;
}

bool Has(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

TEST(CallMetricsSink, CountsCallsByServerMethodToolAndStatus) {
  GatewayMetrics metrics;
  CallMetricsSink sink(metrics);
  sink.Write(ToolCall("fs", "read_file"));
  sink.Write(ToolCall("fs", "read_file"));
  auto failed = ToolCall("fs", "write_file");
  failed->status = audit::Status::kToolError;
  sink.Write(failed);
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_calls_total{server="fs",method="tools/call",tool="read_file",status="ok"} 2)"))
      << text;
  EXPECT_TRUE(Has(
      text,
      R"(mcp_gateway_calls_total{server="fs",method="tools/call",tool="write_file",status="tool_error"} 1)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_decisions_total{server="fs",decision="allowed"} 3)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_request_bytes_total{server="fs"} 300)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_response_bytes_total{server="fs"} 750)"));
}

TEST(CallMetricsSink, LatencyHistogramsSplitUpstreamAndGatewayOverhead) {
  GatewayMetrics metrics;
  CallMetricsSink sink(metrics);
  sink.Write(ToolCall("fs", "read_file"));  // 30 ms total, 20 ms upstream: 10 ms overhead
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_operation_duration_seconds_bucket{server="fs",method="tools/call",le="0.02"} 0)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_operation_duration_seconds_bucket{server="fs",method="tools/call",le="0.05"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_upstream_duration_seconds_bucket{server="fs",method="tools/call",le="0.02"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_overhead_duration_seconds_bucket{server="fs",method="tools/call",le="0.005"} 0)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_overhead_duration_seconds_bucket{server="fs",method="tools/call",le="0.01"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_overhead_duration_seconds_sum{server="fs",method="tools/call"} 0.01)"));
}

TEST(CallMetricsSink, CallNeverSentUpstreamHasNoUpstreamSample) {
  GatewayMetrics metrics;
  CallMetricsSink sink(metrics);
  auto blocked = ToolCall("fs", "rm");
  blocked->upstream_latency = 0ns;
  blocked->status = audit::Status::kError;
  blocked->decision = audit::Decision::kBlocked;
  sink.Write(blocked);
  const std::string text = metrics.Render();
  EXPECT_EQ(text.find("mcp_gateway_upstream_duration_seconds_count"), std::string::npos) << text;
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_overhead_duration_seconds_count{server="fs",method="tools/call"} 1)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_decisions_total{server="fs",decision="blocked"} 1)"));
}

TEST(CallMetricsSink, ToolLabelOnlyFromTheCatalogOthersFoldToOther) {
  GatewayMetrics metrics;
  CallMetricsSink sink(metrics, [](std::string_view server, std::string_view tool) {
    return server == "fs" && tool == "read_file";
  });
  sink.Write(ToolCall("fs", "read_file"));
  sink.Write(ToolCall("fs", "random_name_1"));
  sink.Write(ToolCall("", "unknown_tool"));  // not routed: the client's name never becomes a label
  auto odd = ToolCall("fs", "read_file");
  odd->method = "made/up";
  odd->capability_type.clear();
  sink.Write(odd);
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_calls_total{server="fs",method="tools/call",tool="read_file",status="ok"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_calls_total{server="fs",method="tools/call",tool="other",status="ok"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_calls_total{server="",method="tools/call",tool="other",status="ok"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_calls_total{server="fs",method="other",tool="",status="ok"} 1)"));
  EXPECT_EQ(text.find("random_name_1"), std::string::npos);
  EXPECT_EQ(text.find("unknown_tool"), std::string::npos);
  EXPECT_EQ(text.find("made/up"), std::string::npos);
}

TEST(CallMetricsSink, GuardVerdictsByGuardActionAndReason) {
  GatewayMetrics metrics;
  CallMetricsSink sink(metrics);
  auto masked = ToolCall("fs", "read_file");
  masked->decision = audit::Decision::kMasked;
  guards::Finding secret;
  secret.type = "secrets.github_pat";
  secret.guard = "basic";
  secret.action = guards::Action::kMask;
  secret.applied = true;
  guards::Finding monitored = secret;
  monitored.type = "pii.EMAIL_ADDRESS";
  monitored.guard = "presidio";
  monitored.applied = false;
  masked->findings = {secret, secret, monitored};
  masked->reasons = {"secrets.github_pat"};
  sink.Write(masked);
  auto denied = ToolCall("fs", "rm");
  denied->decision = audit::Decision::kBlocked;
  denied->reasons = {"policy.tool_denied"};  // a refusal without a finding
  sink.Write(denied);
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_guard_verdicts_total{guard="basic",action="mask",reason="secrets.github_pat"} 2)"))
      << text;
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_guard_verdicts_total{guard="presidio",action="mask_monitor",reason="pii.EMAIL_ADDRESS"} 1)"));
  EXPECT_TRUE(Has(text,
                  R"(mcp_gateway_guard_verdicts_total{guard="policy",action="block",reason="policy.tool_denied"} 1)"));
}

TEST(GatewayMetrics, AppGaugesAndCounters) {
  GatewayMetrics metrics;
  metrics.SetUpstreamState("fs", "active");
  metrics.SetUpstreamState("db", "weird");
  metrics.SetUpstreamRestarts("fs", 1);
  metrics.SetSessions("http", 3);
  metrics.SetAuditQueueDepth("xetrack", 7);
  metrics.ObserveAuditCommit(2ms);
  metrics.SetAuditFailedWrites("xetrack", 0);
  metrics.SetAuditDropped("xetrack", 4);
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text, R"(mcp_gateway_upstream_state{server="fs",state="active"} 1)")) << text;
  EXPECT_TRUE(Has(text, R"(mcp_gateway_upstream_state{server="fs",state="starting"} 0)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_upstream_state{server="db",state="other"} 1)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_upstream_restarts_total{server="fs"} 1)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_sessions{transport="http"} 3)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_audit_queue_depth{sink="xetrack"} 7)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_audit_commit_duration_seconds_count 1)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_audit_failed_writes_total{sink="xetrack"} 0)"));
  EXPECT_TRUE(Has(text, R"(mcp_gateway_audit_dropped_total{sink="xetrack"} 4)"));
}

}  // namespace
}  // namespace mcpgw::metrics
