// Registry: the gateway's metrics (counters, gauges, histograms with fixed buckets), each a
// family of series told apart by label values, rendered in the Prometheus text format 0.0.4.
//
// Cardinality is bounded by construction: every label value is cut to 128 bytes, and a family
// holds at most `max_series` series; a new label set beyond that is counted in the family's
// overflow series, whose every label value is "other" (so totals stay right and memory does
// not grow with what clients send). Callers fold free-form values (tool names not in the
// catalog, unknown methods) to "other" before they get here.
//
// Threading: everything is safe from any thread. Series lookups take the family's mutex;
// updates of a series are lock-free atomics; Render() takes each family's mutex in turn.
// Lifetime: families and series live as long as the registry; references stay valid.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace mcpgw::metrics {

using LabelValues = std::vector<std::string>;

class Counter {
 public:
  void Inc(uint64_t n = 1) { value_.fetch_add(n, std::memory_order_relaxed); }
  // For totals counted elsewhere (sampled by a collect hook): raises the value to `total`,
  // never lowers it (a counter only goes up).
  void RaiseTo(uint64_t total);
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

class Gauge {
 public:
  void Set(double v) { value_.store(v, std::memory_order_relaxed); }
  void Add(double delta);
  double value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0};
};

class Histogram {
 public:
  // `bounds`: strictly increasing upper bounds, without +Inf (added by the format).
  explicit Histogram(const std::vector<double>& bounds);
  void Observe(double v);
  uint64_t count() const { return count_.load(std::memory_order_relaxed); }
  double sum() const { return sum_.load(std::memory_order_relaxed); }
  // Observations <= bounds[i] (cumulative), for i < bounds.size(); count() is the +Inf bucket.
  uint64_t CumulativeCount(std::size_t i) const;

 private:
  const std::vector<double>& bounds_;
  std::unique_ptr<std::atomic<uint64_t>[]> buckets_;  // per bound, not cumulative
  std::atomic<uint64_t> count_{0};
  std::atomic<double> sum_{0};
};

enum class MetricType { kCounter, kGauge, kHistogram };

// A family: one metric name, its label names, and its series.
template <typename T>
class Family {
 public:
  // The series for `values` (one per label name; missing ones are "", extra ones ignored).
  T& With(LabelValues values);
  // The label-less series (families registered without labels).
  T& Get() { return With({}); }

 private:
  friend class Registry;
  Family(std::string name, std::string help, std::vector<std::string> labels, MetricType type,
         std::size_t max_series, std::vector<double> bounds = {});
  std::unique_ptr<T> Make() const;
  void Render(std::string& out) const;

  const std::string name_;
  const std::string help_;
  const std::vector<std::string> labels_;
  const MetricType type_;
  const std::size_t max_series_;
  const std::vector<double> bounds_;  // histograms only
  mutable std::mutex mutex_;
  std::map<LabelValues, std::unique_ptr<T>> series_;  // sorted: the output is deterministic
};

class Registry {
 public:
  struct Options {
    std::size_t max_series = 1000;  // per family
  };
  Registry() : Registry(Options{}) {}
  explicit Registry(Options options) : options_(options) {}
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // Registers a family. Names must be valid Prometheus names and unique: an invalid or repeated
  // name is a programming error and throws std::invalid_argument (at start, never per request).
  Family<Counter>& AddCounter(std::string name, std::string help,
                              std::vector<std::string> labels = {});
  Family<Gauge>& AddGauge(std::string name, std::string help,
                          std::vector<std::string> labels = {});
  Family<Histogram>& AddHistogram(std::string name, std::string help,
                                  std::vector<std::string> labels, std::vector<double> bounds);

  // Runs before each Render(), to sample values kept elsewhere (queue depths, sink counters).
  void AddCollectHook(std::function<void()> hook);

  // The whole exposition: families in registration order, series sorted by label values.
  std::string Render() const;

 private:
  void CheckNew(const std::string& name, const std::vector<std::string>& labels);
  const Options options_;
  mutable std::mutex mutex_;  // guards the lists below (not the series)
  std::vector<std::unique_ptr<Family<Counter>>> counters_;
  std::vector<std::unique_ptr<Family<Gauge>>> gauges_;
  std::vector<std::unique_ptr<Family<Histogram>>> histograms_;
  std::vector<std::function<void(std::string&)>> renderers_;  // registration order
  std::vector<std::function<void()>> hooks_;
  std::vector<std::string> names_;
};

// The value for a label that may only take values from `allowed`: the value itself, or "other".
std::string FoldLabel(std::string_view value, const std::vector<std::string_view>& allowed);

}  // namespace mcpgw::metrics
