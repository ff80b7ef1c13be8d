// mcp-bench-guards: throughput of the secrets, PII, injection and harmful detectors (Google
// Benchmark).
//
// A deterministic ~8 MB corpus (fixed seed) mixes what tool outputs carry: source code, app and
// access logs, JSON API responses, prose, and base64 blobs, with a realistic sprinkling of
// secrets and PII (about one per 4 KB). It is cut into messages of 4 KiB and 64 KiB; each
// benchmark scans every message once per iteration on one thread, so bytes/s is MB/s per core.
// Measured: secrets only, PII only, secrets + PII (both detectors over the same text), injection
// only, harmful only, injection + harmful, the latency of injection + harmful on one 16 KiB
// result (p50 and p99 over every 16 KiB message of the corpus, wall clock and thread CPU time,
// as counters), and the
// construction time of each detector (rules compiled at start). `*RulesOnly*` runs the injection
// detector with its learned model off ("model": false), to show what the model costs.
// `BM_ToolResult16K*` scan one realistic 16 KiB tool result (bench/corpus/tool_result.txt
// repeated: a config file, logs, JSON, prose, code, a table; no secret, no PII), the text
// behind "a 16 KB tool result with both guards on"; the time per iteration is one scan.
// `BM_GuardedToolResult16K` is the gateway's own work on that result as a tools/call answer:
// /0 validates the response line (WireMessage::Inspect, what every answer costs with or without
// guards); /1 adds what `-p basic -p presidio` add as the router runs them (the chain over the
// answer's text leaves, read from the line without a tree: GuardChain::RunClean; the tree only
// when a guard finds something); /2 forces the tree and the chain over it (what a message with a
// finding, or a guard that needs the tree, costs). /1 - /0 is the guards' CPU cost per clean
// answer without process hops.
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/serialize.hpp>

#include "core/wire_message.h"
#include "guards/detector.h"
#include "guards/guard_chain.h"
#include "guards/plugin_catalog.h"
#include "guards/harmful/harmful_detector.h"
#include "guards/injection/injection_detector.h"
#include "guards/pii/pii_detector.h"
#include "guards/secrets/secret_detector.h"

namespace mcpgw::bench {
namespace {

constexpr std::size_t kCorpusBytes = 8u << 20;

// SplitMix64: a tiny deterministic generator whose output does not depend on the standard
// library's distributions.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  std::string Chars(std::string_view alphabet, std::size_t n) {
    std::string s(n, ' ');
    for (char& c : s) c = alphabet[Below(alphabet.size())];
    return s;
  }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

 private:
  std::uint64_t state_;
};

constexpr std::string_view kAlnum =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kB64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kWords[] = {
    "the",     "request", "server",  "returned", "value",  "config", "user",    "session",
    "deploy",  "failed",  "success", "retry",    "module", "import", "handler", "context",
    "payload", "version", "update",  "cache",    "token",  "query",  "result",  "timeout"};

// One seeded secret or piece of PII, in the shapes the evaluation set uses.
std::string Sensitive(Rng& rng) {
  switch (rng.Below(8)) {
    case 0: return "ghp_" + rng.Chars(kAlnum, 36);
    case 1: return "AKIA" + rng.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    case 2: return "xoxb-" + rng.Chars("0123456789", 12) + "-" + rng.Chars("0123456789", 13) + "-" +
                   rng.Chars(kAlnum, 24);
    case 3: return rng.Chars("abcdefghijklmnopqrstuvwxyz", 8) + "." +
                   rng.Chars("abcdefghijklmnopqrstuvwxyz", 6) + "@example-mail.com";
    case 4: return "+1 (415) " + rng.Chars("23456789", 1) + rng.Chars("0123456789", 2) + "-" +
                   rng.Chars("0123456789", 4);
    case 5: return std::to_string(11 + rng.Below(200)) + "." + std::to_string(rng.Below(256)) + "." +
                   std::to_string(rng.Below(256)) + "." + std::to_string(1 + rng.Below(254));
    case 6: return "sk-ant-api03-" + rng.Chars(kAlnum, 93) + "AA";
    default: return "postgres://app:" + rng.Chars(kAlnum, 20) + "@db.internal:5432/app";
  }
}

std::string Prose(Rng& rng, std::size_t words) {
  std::string s;
  for (std::size_t i = 0; i < words; ++i) {
    if (i) s += ' ';
    s += rng.Pick(kWords);
  }
  return s;
}

// One block of a given shape, ~200-2000 bytes.
std::string Block(Rng& rng) {
  std::string s;
  switch (rng.Below(5)) {
    case 0:  // source code
      s += "def handle_" + rng.Chars("abcdefghijklmnopqrstuvwxyz", 6) + "(request, ctx):\n";
      for (int i = 0, n = 5 + static_cast<int>(rng.Below(20)); i < n; ++i) {
        s += "    " + std::string(rng.Pick(kWords)) + "_" + std::to_string(i) + " = ctx.get(\"" +
             std::string(rng.Pick(kWords)) + "\", " + std::to_string(rng.Below(1000)) + ")\n";
      }
      break;
    case 1:  // access / app log
      for (int i = 0, n = 3 + static_cast<int>(rng.Below(12)); i < n; ++i) {
        s += "2025-06-" + std::to_string(10 + rng.Below(18)) + "T12:" +
             std::to_string(10 + rng.Below(49)) + ":00Z INFO " + Prose(rng, 6) + " id=" +
             rng.Chars(kHex, 32) + " status=" + std::to_string(200 + rng.Below(300)) + "\n";
      }
      break;
    case 2:  // JSON API response
      s += "{\"items\":[";
      for (int i = 0, n = 2 + static_cast<int>(rng.Below(8)); i < n; ++i) {
        if (i) s += ',';
        s += "{\"id\":\"" + rng.Chars(kHex, 8) + "-" + rng.Chars(kHex, 4) + "\",\"name\":\"" +
             Prose(rng, 3) + "\",\"sha\":\"" + rng.Chars(kHex, 40) + "\",\"count\":" +
             std::to_string(rng.Below(100000)) + "}";
      }
      s += "]}\n";
      break;
    case 3:  // prose
      s += Prose(rng, 40 + rng.Below(200)) + ".\n";
      break;
    default:  // base64 blob
      s += "data: " + rng.Chars(kB64, 400 + rng.Below(1600)) + "==\n";
  }
  if (rng.Below(3) == 0) s += "value: " + Sensitive(rng) + "\n";
  return s;
}

const std::string& Corpus() {
  static const std::string corpus = [] {
    Rng rng(20261203);
    std::string text;
    text.reserve(kCorpusBytes + 4096);
    while (text.size() < kCorpusBytes) text += Block(rng);
    text.resize(kCorpusBytes);
    return text;
  }();
  return corpus;
}

std::vector<std::string_view> Messages(std::size_t size) {
  std::vector<std::string_view> out;
  const std::string& c = Corpus();
  for (std::size_t at = 0; at < c.size(); at += size) {
    out.push_back(std::string_view(c).substr(at, size));
  }
  return out;
}

std::shared_ptr<const guards::Detector> Secrets() {
  static const auto detector = [] {
    auto d = guards::secrets::CreateSecretDetector(guards::secrets::SecretOptions{});
    return d ? *d : nullptr;
  }();
  return detector;
}

std::shared_ptr<const guards::Detector> Pii() {
  static const auto detector = [] {
    auto d = guards::pii::CreatePiiDetector(guards::pii::PiiOptions{});
    return d ? *d : nullptr;
  }();
  return detector;
}

std::shared_ptr<const guards::Detector> Injection() {
  static const auto detector = [] {
    auto d = guards::injection::InjectionDetector::Create();
    return d ? std::shared_ptr<const guards::Detector>(*d) : nullptr;
  }();
  return detector;
}

// The injection detector without its learned model (rules only), to measure what the model costs.
std::shared_ptr<const guards::Detector> InjectionRulesOnly() {
  static const auto detector = [] {
    guards::injection::InjectionOptions options;
    options.model = false;
    auto d = guards::injection::InjectionDetector::Create(options);
    return d ? std::shared_ptr<const guards::Detector>(*d) : nullptr;
  }();
  return detector;
}

std::shared_ptr<const guards::Detector> Harmful() {
  static const auto detector = [] {
    auto d = guards::harmful::HarmfulDetector::Create();
    return d ? std::shared_ptr<const guards::Detector>(*d) : nullptr;
  }();
  return detector;
}

void Scan(benchmark::State& state, const std::vector<const guards::Detector*>& detectors) {
  for (const auto* d : detectors) {
    if (d == nullptr) {
      state.SkipWithError("detector construction failed");
      return;
    }
  }
  const auto messages = Messages(static_cast<std::size_t>(state.range(0)));
  std::vector<guards::Detection> found;
  std::size_t findings = 0;
  for (auto _ : state) {
    for (std::string_view m : messages) {
      for (const auto* d : detectors) {
        found.clear();
        d->Scan(m, found);
        findings += found.size();
      }
    }
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * Corpus().size()));
  state.counters["findings_per_pass"] =
      benchmark::Counter(static_cast<double>(findings) / static_cast<double>(state.iterations()));
}

void BM_SecretsScan(benchmark::State& state) { Scan(state, {Secrets().get()}); }
void BM_PiiScan(benchmark::State& state) { Scan(state, {Pii().get()}); }
void BM_SecretsAndPiiScan(benchmark::State& state) { Scan(state, {Secrets().get(), Pii().get()}); }
BENCHMARK(BM_SecretsScan)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_PiiScan)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SecretsAndPiiScan)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// bench/corpus/tool_result.txt repeated to 16 KiB; empty when the file cannot be read.
const std::string& ToolResult16K() {
  static const std::string text = [] {
    std::ifstream in(MCPGW_BENCH_CORPUS_DIR "/tool_result.txt", std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string out;
    while (!file.empty() && out.size() < 16384) out += file;
    out.resize(file.empty() ? 0 : 16384);
    return out;
  }();
  return text;
}

void ScanToolResult(benchmark::State& state, const std::vector<const guards::Detector*>& detectors) {
  const std::string& text = ToolResult16K();
  if (text.empty()) {
    state.SkipWithError("cannot read " MCPGW_BENCH_CORPUS_DIR "/tool_result.txt");
    return;
  }
  for (const auto* d : detectors) {
    if (d == nullptr) {
      state.SkipWithError("detector construction failed");
      return;
    }
  }
  std::vector<guards::Detection> found;
  for (auto _ : state) {
    found.clear();
    for (const auto* d : detectors) d->Scan(text, found);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(found.size());
}
void BM_ToolResult16KSecrets(benchmark::State& state) { ScanToolResult(state, {Secrets().get()}); }
void BM_ToolResult16KPii(benchmark::State& state) { ScanToolResult(state, {Pii().get()}); }
void BM_ToolResult16KSecretsAndPii(benchmark::State& state) {
  ScanToolResult(state, {Secrets().get(), Pii().get()});
}
void BM_GuardedToolResult16K(benchmark::State& state) {
  const std::string& text = ToolResult16K();
  auto chain = guards::BuildGuardChain({"basic", "presidio"});
  if (text.empty() || !chain) {
    state.SkipWithError("no corpus or no chain");
    return;
  }
  const std::string line =
      R"({"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":)" +
      boost::json::serialize(boost::json::value(text)) + "}]}}";
  const std::int64_t mode = state.range(0);
  guards::GuardContext context;
  context.direction = guards::Direction::kResponse;
  context.method = "tools/call";
  context.server = "echo";
  context.item = "big";
  std::size_t modified = 0;
  for (auto _ : state) {
    auto wire = core::WireMessage::Inspect(line);
    if (!wire) {
      state.SkipWithError("Inspect failed");
      return;
    }
    bool clean = false;
    if (mode == 1) {  // as Router::GuardWireAnswer: the text first, the tree when it must
      const auto result_text = wire->MemberText("result");
      clean = result_text && (*chain)->RunClean(context, *result_text).has_value();
    }
    if (mode >= 1 && !clean) {  // the tree and the chain over it
      boost::json::object tree = wire->TakeTreeKeepingText();
      boost::json::value payload = std::move(tree["result"]);
      const guards::ChainResult result = (*chain)->Run(context, payload);
      modified += result.kind != guards::VerdictKind::kContinue;
    }
    benchmark::DoNotOptimize(wire);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
  state.counters["modified"] = static_cast<double>(modified);
}
BENCHMARK(BM_GuardedToolResult16K)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond)->MinTime(1.0);

BENCHMARK(BM_ToolResult16KSecrets)->Unit(benchmark::kMicrosecond)->MinTime(1.0);
BENCHMARK(BM_ToolResult16KPii)->Unit(benchmark::kMicrosecond)->MinTime(1.0);
BENCHMARK(BM_ToolResult16KSecretsAndPii)->Unit(benchmark::kMicrosecond)->MinTime(1.0);

void BM_InjectionScan(benchmark::State& state) { Scan(state, {Injection().get()}); }
void BM_InjectionRulesOnlyScan(benchmark::State& state) { Scan(state, {InjectionRulesOnly().get()}); }
BENCHMARK(BM_InjectionRulesOnlyScan)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);
void BM_HarmfulScan(benchmark::State& state) { Scan(state, {Harmful().get()}); }
void BM_InjectionAndHarmfulScan(benchmark::State& state) {
  Scan(state, {Injection().get(), Harmful().get()});
}
BENCHMARK(BM_InjectionScan)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_HarmfulScan)->Arg(4096)->Arg(65536)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_InjectionAndHarmfulScan)
    ->Arg(4096)
    ->Arg(65536)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// The time injection + harmful add to one 16 KiB result: every 16 KiB message of the corpus is
// scanned alone and timed; p50 and p99 (microseconds) are reported as counters.
void Latency16K(benchmark::State& state, const guards::Detector* injection) {
  const guards::Detector* harmful = Harmful().get();
  if (injection == nullptr || harmful == nullptr) {
    state.SkipWithError("detector construction failed");
    return;
  }
  const auto messages = Messages(16 * 1024);
  std::vector<double> micros;      // wall clock
  std::vector<double> cpu_micros;  // this thread's CPU time (steady on a shared machine)
  std::vector<guards::Detection> found;
  auto cpu_now = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
  };
  for (auto _ : state) {
    for (std::string_view m : messages) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = cpu_now();
      found.clear();
      injection->Scan(m, found);
      harmful->Scan(m, found);
      cpu_micros.push_back(cpu_now() - cpu_start);
      micros.push_back(
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
              .count());
    }
  }
  std::sort(micros.begin(), micros.end());
  std::sort(cpu_micros.begin(), cpu_micros.end());
  state.counters["p50_us"] = micros[micros.size() / 2];
  state.counters["p99_us"] = micros[micros.size() * 99 / 100];
  state.counters["cpu_p50_us"] = cpu_micros[cpu_micros.size() / 2];
  state.counters["cpu_p99_us"] = cpu_micros[cpu_micros.size() * 99 / 100];
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * Corpus().size()));
}
void BM_InjectionAndHarmful16KLatency(benchmark::State& state) {
  Latency16K(state, Injection().get());
}
void BM_InjectionRulesOnlyAndHarmful16KLatency(benchmark::State& state) {
  Latency16K(state, InjectionRulesOnly().get());
}
BENCHMARK(BM_InjectionAndHarmful16KLatency)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_InjectionRulesOnlyAndHarmful16KLatency)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_InjectionDetectorBuild(benchmark::State& state) {
  // The rules compile once per process (the first call); later builds reuse them.
  for (auto _ : state) {
    auto d = guards::injection::InjectionDetector::Create();
    if (!d) state.SkipWithError(d.error().message.c_str());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_InjectionDetectorBuild)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SecretDetectorBuild(benchmark::State& state) {
  for (auto _ : state) {
    auto d = guards::secrets::CreateSecretDetector(guards::secrets::SecretOptions{});
    if (!d) state.SkipWithError(d.error().message.c_str());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_SecretDetectorBuild)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_PiiDetectorBuild(benchmark::State& state) {
  for (auto _ : state) {
    auto d = guards::pii::CreatePiiDetector(guards::pii::PiiOptions{});
    if (!d) state.SkipWithError(d.error().message.c_str());
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_PiiDetectorBuild)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
