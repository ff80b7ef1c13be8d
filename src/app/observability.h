// Observability: the app's record sinks that are not the audit store (the xetrack trace of
// `-p xetrack` / --enable-tracing, and the metrics) and where the metrics are served (/metrics on
// the HTTP server, --metrics-listen). Built once at start so a bad XETRACK_* setting or an
// unopenable trace database stops the gateway with a clear message before any server starts.
//
// Wiring (the call recorder feeds the sinks; see docs/metrics.md and docs/xetrack.md):
//   auto observability = app::MakeObservability(options, getenv);        // at start
//   observability->Observe(router);                                       // once it exists
//   for (auto& sink : observability->sinks) recorder.AddSink(sink);       // the call recorder
//   observability->ServeOn(http_options, options);                        // HTTP mode
//   observability->Listen(io, options.metrics_listen);                    // --metrics-listen
//
// Threading: built and used on the main thread / io thread; the sinks are thread-safe as their
// headers say. Lifetime: outlives the router, the HTTP server and the recorder (declare it
// before them); the destructor writes what the xetrack queue still holds.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_store.h"
#include "audit/call_record.h"
#include "audit/xetrack_options.h"
#include "audit/xetrack_sink.h"
#include "cli/options.h"
#include "core/status.h"
#include "downstream/http/http_options.h"
#include "metrics/call_metrics_sink.h"
#include "metrics/gateway_metrics.h"
#include "metrics/metrics_listener.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::router {
class Router;
}

namespace mcpgw::app {

class Observability {
 public:
  Observability() = default;
  Observability(const Observability&) = delete;
  Observability& operator=(const Observability&) = delete;
  ~Observability();

  std::unique_ptr<metrics::GatewayMetrics> metrics;
  std::shared_ptr<metrics::CallMetricsSink> metrics_sink;
  std::shared_ptr<audit::XetrackSink> xetrack;  // null unless the xetrack plugin is on
  // Every sink to hand to the call recorder.
  std::vector<std::shared_ptr<audit::RecordSink>> sinks;
  std::unique_ptr<metrics::MetricsListener> listener;  // --metrics-listen

  // Sets GET /metrics on the HTTP server per --no-metrics / --metrics-no-auth.
  void ServeOn(downstream::http::HttpServerOptions& http, const cli::Options& options) const;
  // Starts --metrics-listen ADDR (no-op when empty). Errors: a bad address or a taken port.
  Result<void> Listen(boost::asio::io_context& io, const std::string& address);
  // Samples the router's upstream states into the metrics at each scrape, and from then on
  // bounds the tool label to the tools the router's upstreams list. Call once the router exists;
  // the router must outlive every scrape and every call record (both run on the io thread, as
  // the router does).
  void Observe(const router::Router& router);

  // Samples the audit store at each scrape: mcp_gateway_audit_queue_depth{sink="audit_store"}
  // and mcp_gateway_audit_failed_writes_total{sink="audit_store"}; observes each committed
  // batch's latency (mcp_gateway_audit_commit_duration_seconds) from the store's writer thread
  // until this object is destroyed. Holds the store weakly.
  void ObserveAudit(std::weak_ptr<const audit::AuditStore> store);

  // True when `tool` is listed by upstream `server` (always true before Observe()).
  bool KnownTool(std::string_view server, std::string_view tool) const;

 private:
  const router::Router* router_ = nullptr;
  std::weak_ptr<const audit::AuditStore> audit_store_;
};

// True when `plugins` (the -p names) turn the xetrack trace on.
bool XetrackEnabled(const std::vector<std::string>& plugins);

// True when the metrics are exposed: the HTTP transport without --no-metrics, or
// --metrics-listen.
bool MetricsServed(const cli::Options& options);

// Builds the sinks: the metrics sink when MetricsServed (a call recorder with no sink makes no
// records at all, so unscraped metrics would cost every call for nothing), xetrack when
// XetrackEnabled (options from the XETRACK_* environment, console lines to stderr). Errors name
// the variable or the path.
Result<std::unique_ptr<Observability>> MakeObservability(const cli::Options& options,
                                                         const audit::EnvLookup& getenv);

}  // namespace mcpgw::app
