// mcp-bench-scanner: how long the tool analyzer takes on a 100-tool list (the budget:
// <= 5 ms added to start-up per 100 tools), and the analyzer's construction (rule compilation,
// once per process). The list is built from the scanner corpus: every real tool of the official
// servers (89) topped up with risky-looking legitimate and poisoned definitions to 100.
//
// Run: build/bench/mcp-bench-scanner --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scanner/tool_analyzer.h"

namespace mcpgw::bench {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

fs::path CorpusDir() {
  if (const char* env = std::getenv("MCPGW_SCAN_CORPUS")) return env;
  return MCPGW_SCAN_CORPUS_DIR;
}

json::value Read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

upstream::Catalog HundredTools() {
  upstream::Catalog catalog;
  const fs::path dir = CorpusDir();
  for (const auto& e : fs::directory_iterator(dir / "official")) {
    const json::value capture = Read(e.path());
    for (const json::value& t : capture.at("tools").as_array()) catalog.tools.push_back(t);
  }
  for (const char* f : {"risky_legit/dev.json", "poisoned/dev.json"}) {
    const json::value corpus = Read(dir / f);
    for (const json::value& c : corpus.at("cases").as_array()) {
      if (catalog.tools.size() >= 100) break;
      catalog.tools.push_back(c.at("tool"));
    }
  }
  catalog.tools.resize(std::min<std::size_t>(catalog.tools.size(), 100));
  return catalog;
}

void BM_Analyze100Tools(benchmark::State& state) {
  auto analyzer = scanner::ToolAnalyzer::Create().value();
  const upstream::Catalog catalog = HundredTools();
  std::size_t bytes = 0;
  for (const json::value& t : catalog.tools) bytes += json::serialize(t).size();
  for (auto _ : state) {
    auto report = analyzer->Analyze("bench", catalog);
    benchmark::DoNotOptimize(report);
  }
  state.counters["tools"] = static_cast<double>(catalog.tools.size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_Analyze100Tools)->Unit(benchmark::kMillisecond);

void BM_CreateAnalyzer(benchmark::State& state) {
  for (auto _ : state) {
    auto analyzer = scanner::ToolAnalyzer::Create();
    benchmark::DoNotOptimize(analyzer);
  }
}
BENCHMARK(BM_CreateAnalyzer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
