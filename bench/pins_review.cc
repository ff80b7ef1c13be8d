// mcp-bench-pins: the cost tool pinning adds to every review of a server's catalog, for a list of
// 100 realistic tools (descriptions of a few hundred bytes, schemas with several properties):
//  - Canonicalize100: canonical JSON + SHA-256 of 100 definitions;
//  - ReviewUnchanged100: the steady state (a rebuild with nothing changed): hash, read the
//    approved pins, compare; the store is not written;
//  - ReviewFirstUse100: the first review of a server: hash, approve 100 pins, record them
//    (a file database in WAL mode, as the gateway uses).
//
// Run: build/bench/mcp-bench-pins --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "pins/pin_review.h"

namespace mcpgw::bench {
namespace {

namespace json = boost::json;

json::array HundredTools() {
  json::array tools;
  for (int i = 0; i < 100; ++i) {
    json::object properties;
    for (int p = 0; p < 5; ++p) {
      properties["param_" + std::to_string(p)] = json::object{
          {"type", p % 2 ? "string" : "number"},
          {"description", "Parameter " + std::to_string(p) + " of tool " + std::to_string(i) +
                              ": what it means, its unit, and the accepted range of values."}};
    }
    tools.push_back(json::object{
        {"name", "tool_" + std::to_string(i)},
        {"title", "Tool " + std::to_string(i)},
        {"description", "Does the thing number " + std::to_string(i) +
                            ". Reads the input, validates it against the schema, performs the "
                            "operation on the user's behalf and returns a structured result with "
                            "a short human-readable summary of what was done."},
        {"inputSchema", json::object{{"type", "object"},
                                     {"properties", properties},
                                     {"required", json::array{"param_0", "param_1"}}}},
        {"annotations", json::object{{"readOnlyHint", i % 3 == 0}}}});
  }
  return tools;
}

std::string TempDb() {
  std::string dir = (std::filesystem::temp_directory_path() / "mcpgw-bench-XXXXXX").string();
  if (!::mkdtemp(dir.data())) std::abort();
  return dir + "/state.db";
}

void Canonicalize100(benchmark::State& state) {
  const json::array tools = HundredTools();
  for (auto _ : state) benchmark::DoNotOptimize(pins::PinItemsOf(tools, std::string("hi")));
}
BENCHMARK(Canonicalize100)->Unit(benchmark::kMicrosecond);

void ReviewUnchanged100(benchmark::State& state) {
  const json::array tools = HundredTools();
  auto store = pins::PinStore::Open(TempDb());
  if (!store) std::abort();
  pins::ReviewPins(&*store, "s", tools, std::nullopt, {}, 1);
  for (auto _ : state) {
    auto r = pins::ReviewPins(&*store, "s", tools, std::nullopt, {}, 2);
    if (!r.hidden.empty()) std::abort();
  }
}
BENCHMARK(ReviewUnchanged100)->Unit(benchmark::kMicrosecond);

void ReviewFirstUse100(benchmark::State& state) {
  const json::array tools = HundredTools();
  auto store = pins::PinStore::Open(TempDb());
  if (!store) std::abort();
  for (auto _ : state) {
    state.PauseTiming();
    (void)store->Reset("");
    state.ResumeTiming();
    auto r = pins::ReviewPins(&*store, "s", tools, std::nullopt, {}, 1);
    if (!r.first_use) std::abort();
  }
}
BENCHMARK(ReviewFirstUse100)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
