#include "app/observability.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>

#include <filesystem>
#include <map>

#include "audit/audit_store.h"
#include "audit/call_record.h"
#include "testing/temp_dir.h"

namespace mcpgw::app {
namespace {

audit::EnvLookup Env(std::map<std::string, std::string> vars) {
  return [vars = std::move(vars)](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

TEST(Observability, MetricsSinkOnlyWhenScrapableXetrackOnlyWithThePlugin) {
  cli::Options options;  // stdio, no --metrics-listen: nobody can scrape
  auto plain = MakeObservability(options, Env({}));
  ASSERT_TRUE(plain) << plain.error().message;
  EXPECT_TRUE((*plain)->sinks.empty());
  EXPECT_EQ((*plain)->xetrack, nullptr);
  options.metrics_listen = "127.0.0.1:0";
  EXPECT_EQ((*MakeObservability(options, Env({})))->sinks.size(), 1u);
  options.metrics_listen.clear();
  options.transport = "http";
  EXPECT_EQ((*MakeObservability(options, Env({})))->sinks.size(), 1u);
  options.metrics_endpoint = false;
  EXPECT_TRUE((*MakeObservability(options, Env({})))->sinks.empty());
  options.transport = "stdio";

  testing::TempDir dir;
  const std::string db = (dir.path() / "tracing.db").string();
  options.plugins = {"basic", "xetrack"};
  auto traced = MakeObservability(options, Env({{"XETRACK_DB_PATH", db}}));
  ASSERT_TRUE(traced) << traced.error().message;
  ASSERT_EQ((*traced)->sinks.size(), 1u);
  ASSERT_NE((*traced)->xetrack, nullptr);
  EXPECT_TRUE(std::filesystem::exists(db)) << "opened at start, not at the first call";
  EXPECT_NE((*traced)->metrics->Render().find("mcp_gateway_audit_queue_depth{sink=\"xetrack\"} 0"),
            std::string::npos);
}

TEST(Observability, BadXetrackSettingStopsStartNamingTheVariable) {
  cli::Options options;
  options.plugins = {"xetrack"};
  auto made = MakeObservability(options, Env({{"XETRACK_LOGS_STDOUT", "loud"}}));
  ASSERT_FALSE(made);
  EXPECT_NE(made.error().message.find("XETRACK_LOGS_STDOUT"), std::string::npos)
      << made.error().message;
}

TEST(Observability, ServeOnFollowsTheFlags) {
  cli::Options options;
  auto o = MakeObservability(options, Env({}));
  ASSERT_TRUE(o);
  downstream::http::HttpServerOptions http;
  (*o)->ServeOn(http, options);
  ASSERT_TRUE(http.metrics);
  EXPECT_NE(http.metrics().find("# TYPE mcp_gateway_calls_total counter"), std::string::npos);
  EXPECT_TRUE(http.metrics_auth);
  options.metrics_auth = false;
  (*o)->ServeOn(http, options);
  EXPECT_FALSE(http.metrics_auth);
  downstream::http::HttpServerOptions off;
  options.metrics_endpoint = false;
  (*o)->ServeOn(off, options);
  EXPECT_FALSE(off.metrics);
}

TEST(Observability, ScrapesSampleTheAuditStoresQueueAndFailedWrites) {
  testing::TempDir dir;
  audit::AuditStoreOptions store_options;
  store_options.path = (dir.path() / "audit.db").string();
  store_options.key = "k";
  auto store = audit::AuditStore::Open(store_options);
  ASSERT_TRUE(store) << store.error().message;
  std::shared_ptr<audit::AuditStore> shared = std::move(*store);
  cli::Options options;
  options.metrics_listen = "127.0.0.1:0";  // scrapable: the metrics exist
  auto o = MakeObservability(options, Env({}));
  ASSERT_TRUE(o);
  (*o)->ObserveAudit(shared);
  const std::string text = (*o)->metrics->Render();
  EXPECT_NE(text.find("mcp_gateway_audit_queue_depth{sink=\"audit_store\"} 0"), std::string::npos)
      << text;
  EXPECT_NE(text.find("mcp_gateway_audit_failed_writes_total{sink=\"audit_store\"} 0"),
            std::string::npos);
  shared.reset();  // a store that is gone is simply not sampled
  EXPECT_FALSE((*o)->metrics->Render().empty());
}

TEST(Observability, EveryCommittedAuditBatchIsObservedUntilTheMetricsAreGone) {
  testing::TempDir dir;
  audit::AuditStoreOptions store_options;
  store_options.path = (dir.path() / "audit.db").string();
  store_options.key = "k";
  auto store = audit::AuditStore::Open(store_options);
  ASSERT_TRUE(store) << store.error().message;
  std::shared_ptr<audit::AuditStore> shared = std::move(*store);
  cli::Options options;
  options.metrics_listen = "127.0.0.1:0";
  auto o = MakeObservability(options, Env({}));
  ASSERT_TRUE(o);
  (*o)->ObserveAudit(shared);
  auto record = std::make_shared<audit::CallRecord>();
  record->method = "tools/call";
  shared->Submit(record, nullptr);
  shared->Flush();
  const std::string text = (*o)->metrics->Render();
  EXPECT_NE(text.find("mcp_gateway_audit_commit_duration_seconds_count 1"), std::string::npos)
      << text;
  o->reset();  // the store outlives the metrics: it must stop calling into them
  shared->Submit(record, nullptr);
  shared->Flush();
  SUCCEED() << "no use after free (ASan checks this)";
}

TEST(Observability, ListenRefusesABadAddress) {
  cli::Options options;
  boost::asio::io_context io;  // outlives the listener, as in the app (declared first)
  auto o = MakeObservability(options, Env({}));
  ASSERT_TRUE(o);
  EXPECT_TRUE((*o)->Listen(io, ""));  // not asked: nothing to do
  auto bad = (*o)->Listen(io, "nope:port");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("--metrics-listen"), std::string::npos);
  auto good = (*o)->Listen(io, "127.0.0.1:0");
  ASSERT_TRUE(good) << good.error().message;
  ASSERT_NE((*o)->listener, nullptr);
  EXPECT_NE((*o)->listener->port(), 0);
}

}  // namespace
}  // namespace mcpgw::app
