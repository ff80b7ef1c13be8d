#include "metrics/registry.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

namespace mcpgw::metrics {
namespace {

TEST(Registry, ExpositionGolden) {
  Registry registry;
  auto& calls = registry.AddCounter("demo_calls_total", "Calls.\nSecond line.", {"server", "status"});
  auto& up = registry.AddGauge("demo_up", "Is it up.");
  auto& latency = registry.AddHistogram("demo_latency_seconds", "Latency.", {"server"},
                                        {0.5, 1, 2});
  calls.With({"fs", "ok"}).Inc(2);
  calls.With({"db", "error"}).Inc();
  calls.With({"fs", "say \"x\""}).Inc();
  up.Get().Set(1);
  latency.With({"fs"}).Observe(0.25);
  latency.With({"fs"}).Observe(0.5);  // on a bound: counted in that bucket (le is <=)
  latency.With({"fs"}).Observe(1.5);
  latency.With({"fs"}).Observe(3);
  EXPECT_EQ(registry.Render(),
            "# HELP demo_calls_total Calls.\\nSecond line.\n"
            "# TYPE demo_calls_total counter\n"
            "demo_calls_total{server=\"db\",status=\"error\"} 1\n"
            "demo_calls_total{server=\"fs\",status=\"ok\"} 2\n"
            "demo_calls_total{server=\"fs\",status=\"say \\\"x\\\"\"} 1\n"
            "# HELP demo_up Is it up.\n"
            "# TYPE demo_up gauge\n"
            "demo_up 1\n"
            "# HELP demo_latency_seconds Latency.\n"
            "# TYPE demo_latency_seconds histogram\n"
            "demo_latency_seconds_bucket{server=\"fs\",le=\"0.5\"} 2\n"
            "demo_latency_seconds_bucket{server=\"fs\",le=\"1\"} 2\n"
            "demo_latency_seconds_bucket{server=\"fs\",le=\"2\"} 3\n"
            "demo_latency_seconds_bucket{server=\"fs\",le=\"+Inf\"} 4\n"
            "demo_latency_seconds_sum{server=\"fs\"} 5.25\n"
            "demo_latency_seconds_count{server=\"fs\"} 4\n");
}

TEST(Registry, LabelLessFamiliesShowZeroBeforeAnyUpdate) {
  Registry registry;
  registry.AddCounter("x_total", "X.");
  registry.AddHistogram("h_seconds", "H.", {}, {1});
  EXPECT_EQ(registry.Render(),
            "# HELP x_total X.\n# TYPE x_total counter\nx_total 0\n"
            "# HELP h_seconds H.\n# TYPE h_seconds histogram\n"
            "h_seconds_bucket{le=\"1\"} 0\nh_seconds_bucket{le=\"+Inf\"} 0\n"
            "h_seconds_sum 0\nh_seconds_count 0\n");
}

TEST(Registry, SeriesBeyondTheLimitFoldIntoOtherAndTotalsStayRight) {
  Registry registry(Registry::Options{.max_series = 4});
  auto& calls = registry.AddCounter("c_total", "C.", {"tool"});
  for (int i = 0; i < 100; ++i) calls.With({"tool" + std::to_string(i)}).Inc();
  const std::string text = registry.Render();
  std::size_t series = 0;
  for (std::size_t at = text.find("c_total{"); at != std::string::npos;
       at = text.find("c_total{", at + 1))
    ++series;
  EXPECT_EQ(series, 4u) << text;
  EXPECT_NE(text.find("c_total{tool=\"other\"} 97"), std::string::npos) << text;
  EXPECT_NE(text.find("c_total{tool=\"tool0\"} 1"), std::string::npos) << text;
}

TEST(Registry, LongLabelValuesAreCutAtACharacterBoundary) {
  Registry registry;
  auto& g = registry.AddGauge("g", "G.", {"name"});
  std::string long_value(127, 'a');
  long_value += "\xC3\xA9tail";  // a two-byte character straddles byte 128
  g.With({long_value}).Set(1);
  EXPECT_NE(registry.Render().find("g{name=\"" + std::string(127, 'a') + "\"} 1"),
            std::string::npos);
}

TEST(Registry, CounterRaiseToNeverLowers) {
  Counter c;
  c.RaiseTo(5);
  c.RaiseTo(3);
  EXPECT_EQ(c.value(), 5u);
}

TEST(Registry, CollectHooksRunBeforeRendering) {
  Registry registry;
  auto& depth = registry.AddGauge("depth", "D.");
  int calls = 0;
  registry.AddCollectHook([&] { depth.Get().Set(++calls * 10); });
  EXPECT_NE(registry.Render().find("depth 10"), std::string::npos);
  EXPECT_NE(registry.Render().find("depth 20"), std::string::npos);
}

TEST(Registry, InvalidOrRepeatedNamesAreRefusedAtRegistration) {
  Registry registry;
  registry.AddCounter("ok_total", "x");
  EXPECT_THROW(registry.AddCounter("ok_total", "x"), std::invalid_argument);
  EXPECT_THROW(registry.AddGauge("bad-name", "x"), std::invalid_argument);
  EXPECT_THROW(registry.AddGauge("g2", "x", {"le"}), std::invalid_argument);
  EXPECT_THROW(registry.AddHistogram("h", "x", {}, {1, 1}), std::invalid_argument);
}

TEST(Registry, ConcurrentUpdatesAreAllCounted) {
  Registry registry;
  auto& c = registry.AddCounter("n_total", "N.", {"t"});
  auto& h = registry.AddHistogram("d_seconds", "D.", {}, {0.5});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 10000; ++i) {
        c.With({"x"}).Inc();
        h.Get().Observe(0.25);
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(c.With({"x"}).value(), 40000u);
  EXPECT_EQ(h.Get().count(), 40000u);
  EXPECT_DOUBLE_EQ(h.Get().sum(), 10000.0);
}

TEST(Registry, FoldLabelKeepsOnlyAllowedValues) {
  EXPECT_EQ(FoldLabel("tools/call", {"tools/call", "ping"}), "tools/call");
  EXPECT_EQ(FoldLabel("made/up", {"tools/call", "ping"}), "other");
}

}  // namespace
}  // namespace mcpgw::metrics
