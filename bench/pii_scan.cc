// mcp-bench-pii: throughput of the PII detector (guards/pii) on a deterministic mixed corpus
// (prose, JSON tool results, logs, source code, CSV rows) with a little PII sprinkled in, and the
// detector's construction time.
//
//   ./build/bench/mcp-bench-pii --benchmark_filter=BM_Pii
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "guards/pii/pii_detector.h"

namespace mcpgw::bench {
namespace {

// A fixed-seed xorshift so the corpus is the same on every run.
struct Rng {
  std::uint64_t s = 0x9e3779b97f4a7c15ull;
  std::uint64_t Next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  std::size_t Pick(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
};

std::string MixedCorpus(std::size_t bytes) {
  static const char* kPieces[] = {
      "The quick brown fox jumps over the lazy dog while the build server compiles the "
      "project and reports progress to the dashboard every few seconds. ",
      "{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":{\"content\":[{\"type\":\"text\",\"text\":"
      "\"Found 3 files matching the query in src/guards\"}]}}\n",
      "2024-03-15T10:30:00.123Z INFO http: GET /api/v1/users/8812/orders status=200 "
      "latency_ms=12 bytes=5321 trace=4bf92f3577b34da6a3ce929d0e0e4736\n",
      "for (std::size_t i = 0; i < values.size(); ++i) { total += values[i] * 3.14159; }\n",
      "id,name,status,amount,updated\n1042,widget,active,19.99,2024-01-02\n1043,gadget,"
      "inactive,5.00,2024-01-03\n",
      "Version 2.10.3 fixes a crash when the cache holds more than 65536 entries; see "
      "commit 3f786850e387550fdab836ed7e6dc881de23001b and issue #4521 for details. ",
      "Please reach the on-call engineer via the escalation policy documented in the wiki. ",
      "Contact jane.doe@example.com or call (415) 555-0132 for access. ",
      "Card 4532 0151 1283 0366 was charged; client ip 203.0.113.9. ",
  };
  // The last two pieces carry PII; they appear about once in 20 picks.
  Rng rng;
  std::string out;
  out.reserve(bytes + 256);
  while (out.size() < bytes) {
    std::size_t i = rng.Pick(20);
    if (i >= 7) i = rng.Pick(7);  // mostly clean text
    if (rng.Pick(40) == 0) i = 7 + rng.Pick(2);
    out += kPieces[i];
  }
  return out;
}

void Run(benchmark::State& state, const guards::pii::PiiOptions& options) {
  const std::string corpus = MixedCorpus(1 << 20);
  auto detector = guards::pii::CreatePiiDetector(options).value();
  std::vector<guards::Detection> out;
  out.reserve(4096);
  for (auto _ : state) {
    out.clear();
    detector->Scan(corpus, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["found"] = static_cast<double>(out.size());
  for (const guards::Detection& d : out) state.counters[std::string(d.entity)] += 1;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.size()));
}

void BM_PiiDefaultEntities(benchmark::State& state) { Run(state, guards::pii::PiiOptions{}); }
BENCHMARK(BM_PiiDefaultEntities)->Unit(benchmark::kMillisecond);

void BM_PiiAllEntities(benchmark::State& state) {
  guards::pii::PiiOptions o;
  o.entities = {"CREDIT_CARD", "CRYPTO",    "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE",
                "IP_ADDRESS",  "LOCATION",  "MEDICAL_LICENSE", "PERSON", "PHONE_NUMBER",
                "UK_NHS",      "URL",       "US_BANK_NUMBER", "US_DRIVER_LICENSE",
                "US_ITIN",     "US_PASSPORT", "US_SSN"};
  Run(state, o);
}
BENCHMARK(BM_PiiAllEntities)->Unit(benchmark::kMillisecond);

void BM_PiiCreate(benchmark::State& state) {
  for (auto _ : state) {
    auto detector = guards::pii::CreatePiiDetector(guards::pii::PiiOptions{});
    benchmark::DoNotOptimize(detector);
  }
}
BENCHMARK(BM_PiiCreate)->Unit(benchmark::kMillisecond);

// Start-up as a guard sees it: construction plus a first scan whose national phone number is
// checked against every configured region, so every region's pattern gets compiled.
void BM_PiiCreateAndFirstScan(benchmark::State& state) {
  guards::pii::PiiOptions o;
  o.entities.push_back("PERSON");
  o.entities.push_back("LOCATION");
  for (auto _ : state) {
    auto detector = guards::pii::CreatePiiDetector(o).value();
    std::vector<guards::Detection> out;
    detector->Scan("Dear Jane Doe in Paris, call 099 999 9999 or +1 415 555 0132", out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_PiiCreateAndFirstScan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
