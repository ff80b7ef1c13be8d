#include "app/observability.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

#include "router/router.h"
#include "upstream/upstream.h"

namespace mcpgw::app {

bool XetrackEnabled(const std::vector<std::string>& plugins) {
  return std::find(plugins.begin(), plugins.end(), "xetrack") != plugins.end();
}

bool MetricsServed(const cli::Options& options) {
  return (options.transport == "http" && options.metrics_endpoint) ||
         !options.metrics_listen.empty();
}

Result<std::unique_ptr<Observability>> MakeObservability(const cli::Options& options,
                                                         const audit::EnvLookup& getenv) {
  auto o = std::make_unique<Observability>();
  o->metrics = std::make_unique<metrics::GatewayMetrics>();
  Observability* self = o.get();  // heap-allocated: the address is stable
  o->metrics_sink = metrics::MakeMetricsSink(
      *o->metrics, [self](std::string_view server, std::string_view tool) {
        return self->KnownTool(server, tool);
      });
  // Counting costs a record per call: only when someone can scrape the numbers.
  if (MetricsServed(options)) o->sinks.push_back(o->metrics_sink);
  if (XetrackEnabled(options.plugins)) {
    auto xetrack_options = audit::XetrackOptionsFromEnvironment(getenv);
    if (!xetrack_options) return MakeError("xetrack: " + xetrack_options.error().message);
    auto sink = audit::MakeXetrackSink(*xetrack_options, stderr);
    if (!sink) return MakeError("xetrack: " + sink.error().message);
    o->xetrack = *sink;
    o->sinks.push_back(o->xetrack);
    const audit::XetrackOptions& x = o->xetrack->options();
    if (x.db_path.empty() && x.logs_path.empty() && !x.logs_console)
      spdlog::warn("xetrack enabled but XETRACK_DB_PATH, XETRACK_LOGS_PATH and "
                   "XETRACK_LOGS_STDOUT are unset: nothing will be recorded");
    spdlog::info("xetrack db={} logs={} console={} flatten_arguments={} flatten_response={} "
                 "track_id={}",
                 x.db_path.empty() ? "-" : x.db_path, x.logs_path.empty() ? "-" : x.logs_path,
                 x.logs_console, x.flatten_arguments, x.flatten_response, x.track_id);
    std::weak_ptr<audit::XetrackSink> weak = o->xetrack;
    metrics::GatewayMetrics* m = o->metrics.get();
    m->registry().AddCollectHook([weak, m] {
      auto sink = weak.lock();
      if (!sink) return;
      m->SetAuditQueueDepth("xetrack", static_cast<double>(sink->queue_depth()));
      m->SetAuditDropped("xetrack", sink->dropped());
      m->SetAuditFailedWrites("xetrack", sink->failed_writes());
    });
  }
  return o;
}

void Observability::ServeOn(downstream::http::HttpServerOptions& http,
                            const cli::Options& options) const {
  if (!options.metrics_endpoint) return;
  metrics::GatewayMetrics* m = metrics.get();
  http.metrics = [m] { return m->Render(); };
  http.metrics_auth = options.metrics_auth;
}

Result<void> Observability::Listen(boost::asio::io_context& io, const std::string& address) {
  if (address.empty()) return {};
  auto parsed = metrics::ParseListenAddress(address);
  if (!parsed) return parsed.error();
  metrics::GatewayMetrics* m = metrics.get();
  auto started = metrics::MetricsListener::Start(io, *parsed, [m] { return m->Render(); });
  if (!started) return started.error();
  listener = std::move(*started);
  spdlog::info("metrics listening on {}:{}", parsed->host, listener->port());
  return {};
}

bool Observability::KnownTool(std::string_view server, std::string_view tool) const {
  if (!router_) return true;  // before Observe(): a routed call's tool is trusted
  for (const auto& upstream : router_->upstreams()) {
    if (upstream->name() != server) continue;
    for (const auto& t : upstream->catalog().tools)
      if (const auto* object = t.if_object())
        if (const auto* name = object->if_contains("name"))
          if (name->is_string() && name->get_string() == tool) return true;
    return false;
  }
  return false;
}

Observability::~Observability() {
  // The store may outlive the metrics (a sink still holds it): stop its commit observer first.
  if (auto store = audit_store_.lock()) store->SetCommitObserver(nullptr);
}

void Observability::ObserveAudit(std::weak_ptr<const audit::AuditStore> store) {
  metrics::GatewayMetrics* m = metrics.get();
  audit_store_ = store;
  if (auto locked = store.lock())
    locked->SetCommitObserver([m](std::chrono::nanoseconds latency) { m->ObserveAuditCommit(latency); });
  m->registry().AddCollectHook([store = std::move(store), m] {
    auto locked = store.lock();
    if (!locked) return;
    const audit::AuditStoreStats stats = locked->stats();
    m->SetAuditQueueDepth("audit_store", static_cast<double>(stats.queue_depth));
    m->SetAuditFailedWrites("audit_store", stats.failed);
  });
}

void Observability::Observe(const router::Router& router) {
  router_ = &router;
  const router::Router* r = &router;
  metrics::GatewayMetrics* m = metrics.get();
  m->registry().AddCollectHook([r, m] {
    for (const auto& upstream : r->upstreams()) {
      m->SetUpstreamState(upstream->name(), upstream::StateName(upstream->state()));
      m->SetUpstreamRestarts(upstream->name(), upstream->restarts());
    }
  });
}

}  // namespace mcpgw::app
