#include "metrics/registry.h"

#include <algorithm>
#include <stdexcept>

#include "metrics/text_format.h"

namespace mcpgw::metrics {
namespace {

constexpr std::size_t kMaxLabelValueBytes = 128;

// Cuts `value` to the byte limit without splitting a UTF-8 sequence.
std::string Bounded(std::string value) {
  if (value.size() <= kMaxLabelValueBytes) return value;
  std::size_t cut = kMaxLabelValueBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  value.resize(cut);
  return value;
}

std::string_view TypeName(MetricType type) {
  switch (type) {
    case MetricType::kCounter: return "counter";
    case MetricType::kGauge: return "gauge";
    case MetricType::kHistogram: return "histogram";
  }
  return "untyped";
}

// {a="x",b="y"} plus an optional extra label (le) last; "" when there are none.
std::string LabelText(const std::vector<std::string>& names, const LabelValues& values,
                      std::string_view extra_name = {}, std::string_view extra_value = {}) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (out.empty() ? "" : ",") + names[i] + "=\"" + EscapeLabelValue(values[i]) + "\"";
  if (!extra_name.empty())
    out += (out.empty() ? "" : ",") + std::string(extra_name) + "=\"" +
           std::string(extra_value) + "\"";
  return out.empty() ? out : "{" + out + "}";
}

template <typename Atomic, typename T>
void AtomicAdd(Atomic& target, T delta) {
  T current = target.load(std::memory_order_relaxed);
  while (!target.compare_exchange_weak(current, current + delta, std::memory_order_relaxed)) {
  }
}

}  // namespace

void Counter::RaiseTo(uint64_t total) {
  uint64_t current = value_.load(std::memory_order_relaxed);
  while (current < total &&
         !value_.compare_exchange_weak(current, total, std::memory_order_relaxed)) {
  }
}

void Gauge::Add(double delta) { AtomicAdd(value_, delta); }

Histogram::Histogram(const std::vector<double>& bounds)
    : bounds_(bounds), buckets_(new std::atomic<uint64_t>[bounds.size()]) {
  for (std::size_t i = 0; i < bounds.size(); ++i) buckets_[i].store(0);
}

void Histogram::Observe(double v) {
  const auto it = std::lower_bound(bounds_.begin(), bounds_.end(), v);  // first bound >= v
  if (it != bounds_.end())
    buckets_[static_cast<std::size_t>(it - bounds_.begin())].fetch_add(1,
                                                                        std::memory_order_relaxed);
  AtomicAdd(sum_, v);
  count_.fetch_add(1, std::memory_order_relaxed);
}

uint64_t Histogram::CumulativeCount(std::size_t i) const {
  uint64_t total = 0;
  for (std::size_t b = 0; b <= i && b < bounds_.size(); ++b)
    total += buckets_[b].load(std::memory_order_relaxed);
  return total;
}

template <typename T>
Family<T>::Family(std::string name, std::string help, std::vector<std::string> labels,
                  MetricType type, std::size_t max_series, std::vector<double> bounds)
    : name_(std::move(name)),
      help_(std::move(help)),
      labels_(std::move(labels)),
      type_(type),
      max_series_(std::max<std::size_t>(max_series, 1)),
      bounds_(std::move(bounds)) {
  if (labels_.empty()) series_.emplace(LabelValues{}, Make());  // shows 0 before any update
}

template <typename T>
std::unique_ptr<T> Family<T>::Make() const {
  if constexpr (std::is_same_v<T, Histogram>) return std::make_unique<Histogram>(bounds_);
  else return std::make_unique<T>();
}

template <typename T>
T& Family<T>::With(LabelValues values) {
  values.resize(labels_.size());
  for (std::string& v : values) v = Bounded(std::move(v));
  std::lock_guard lock(mutex_);
  auto it = series_.find(values);
  if (it != series_.end()) return *it->second;
  // The overflow series takes the last slot, so the family never holds more than max_series.
  const LabelValues other(labels_.size(), "other");
  if (series_.size() + 1 >= max_series_ && values != other) {
    auto& overflow = series_[other];
    if (!overflow) overflow = Make();
    return *overflow;
  }
  auto& slot = series_[values];
  slot = Make();
  return *slot;
}

template <typename T>
void Family<T>::Render(std::string& out) const {
  out += "# HELP " + name_ + " " + EscapeHelp(help_) + "\n";
  out += "# TYPE " + name_ + " " + std::string(TypeName(type_)) + "\n";
  std::lock_guard lock(mutex_);
  for (const auto& [values, series] : series_) {
    if constexpr (std::is_same_v<T, Counter>) {
      out += name_ + LabelText(labels_, values) + " " + std::to_string(series->value()) + "\n";
    } else if constexpr (std::is_same_v<T, Gauge>) {
      out += name_ + LabelText(labels_, values) + " " + FormatValue(series->value()) + "\n";
    } else {
      for (std::size_t i = 0; i < bounds_.size(); ++i)
        out += name_ + "_bucket" + LabelText(labels_, values, "le", FormatValue(bounds_[i])) +
               " " + std::to_string(series->CumulativeCount(i)) + "\n";
      const uint64_t count = series->count();
      out += name_ + "_bucket" + LabelText(labels_, values, "le", "+Inf") + " " +
             std::to_string(count) + "\n";
      out += name_ + "_sum" + LabelText(labels_, values) + " " + FormatValue(series->sum()) + "\n";
      out += name_ + "_count" + LabelText(labels_, values) + " " + std::to_string(count) + "\n";
    }
  }
}

template class Family<Counter>;
template class Family<Gauge>;
template class Family<Histogram>;

void Registry::CheckNew(const std::string& name, const std::vector<std::string>& labels) {
  if (!IsValidMetricName(name)) throw std::invalid_argument("invalid metric name: " + name);
  for (const std::string& label : labels)
    if (!IsValidLabelName(label) || label == "le")
      throw std::invalid_argument("invalid label name for " + name + ": " + label);
  if (std::find(names_.begin(), names_.end(), name) != names_.end())
    throw std::invalid_argument("metric registered twice: " + name);
  names_.push_back(name);
}

Family<Counter>& Registry::AddCounter(std::string name, std::string help,
                                      std::vector<std::string> labels) {
  std::lock_guard lock(mutex_);
  CheckNew(name, labels);
  counters_.emplace_back(new Family<Counter>(std::move(name), std::move(help), std::move(labels),
                                             MetricType::kCounter, options_.max_series));
  auto* family = counters_.back().get();
  renderers_.push_back([family](std::string& out) { family->Render(out); });
  return *family;
}

Family<Gauge>& Registry::AddGauge(std::string name, std::string help,
                                  std::vector<std::string> labels) {
  std::lock_guard lock(mutex_);
  CheckNew(name, labels);
  gauges_.emplace_back(new Family<Gauge>(std::move(name), std::move(help), std::move(labels),
                                         MetricType::kGauge, options_.max_series));
  auto* family = gauges_.back().get();
  renderers_.push_back([family](std::string& out) { family->Render(out); });
  return *family;
}

Family<Histogram>& Registry::AddHistogram(std::string name, std::string help,
                                          std::vector<std::string> labels,
                                          std::vector<double> bounds) {
  std::lock_guard lock(mutex_);
  CheckNew(name, labels);
  if (bounds.empty() || !std::is_sorted(bounds.begin(), bounds.end()) ||
      std::adjacent_find(bounds.begin(), bounds.end()) != bounds.end())
    throw std::invalid_argument("histogram bounds must be strictly increasing: " + name);
  histograms_.emplace_back(new Family<Histogram>(std::move(name), std::move(help),
                                                 std::move(labels), MetricType::kHistogram,
                                                 options_.max_series, std::move(bounds)));
  auto* family = histograms_.back().get();
  renderers_.push_back([family](std::string& out) { family->Render(out); });
  return *family;
}

void Registry::AddCollectHook(std::function<void()> hook) {
  std::lock_guard lock(mutex_);
  hooks_.push_back(std::move(hook));
}

std::string Registry::Render() const {
  std::vector<std::function<void()>> hooks;
  std::vector<std::function<void(std::string&)>> renderers;
  {
    std::lock_guard lock(mutex_);
    hooks = hooks_;
    renderers = renderers_;
  }
  for (const auto& hook : hooks) hook();
  std::string out;
  for (const auto& render : renderers) render(out);
  return out;
}

std::string FoldLabel(std::string_view value, const std::vector<std::string_view>& allowed) {
  for (std::string_view a : allowed)
    if (a == value) return std::string(value);
  return "other";
}

}  // namespace mcpgw::metrics
