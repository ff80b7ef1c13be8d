// mcp-bench-micro: Google Benchmark micro-benchmarks of the gateway's per-message hot path:
// JSON-RPC parse + validate (core::ParseMessage), serialization (core::Serialize) and stdio line
// framing (core::LineFramer), and the forwarding path that replaces them for unmodified messages
// (core::WireMessage: validate without a tree, replace the id in the bytes), on tools/call
// messages with 64 B and 16 KiB arguments.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "core/json_rpc.h"
#include "core/line_framer.h"
#include "core/wire_message.h"

namespace mcpgw::bench {
namespace {

// A tools/call request whose message argument is `payload` bytes of 'x'.
std::string ToolsCall(std::size_t payload) {
  return R"({"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"echo",)"
         R"("arguments":{"message":")" +
         std::string(payload, 'x') + R"("}}})";
}

void BM_ParseMessage(benchmark::State& state) {
  const std::string line = ToolsCall(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto message = core::ParseMessage(line);
    benchmark::DoNotOptimize(message);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_ParseMessage)->Arg(64)->Arg(16384);

void BM_Serialize(benchmark::State& state) {
  const std::string line = ToolsCall(static_cast<std::size_t>(state.range(0)));
  const auto message = core::ParseMessage(line);
  if (!message) {
    state.SkipWithError("ParseMessage failed");
    return;
  }
  for (auto _ : state) {
    std::string text = core::Serialize(message->body);
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_Serialize)->Arg(64)->Arg(16384);

// What the gateway does per forwarded message at the least: parse, validate, re-serialize.
void BM_ParseAndSerialize(benchmark::State& state) {
  const std::string line = ToolsCall(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto message = core::ParseMessage(line);
    std::string text = core::Serialize(message->body);
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_ParseAndSerialize)->Arg(64)->Arg(16384);

// What the gateway does per forwarded message that no guard modifies: validate without a tree,
// replace the id in the bytes.
void BM_WireInspectAndReplaceId(benchmark::State& state) {
  const std::string line = ToolsCall(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto message = core::WireMessage::Inspect(line);
    message->SetId(7, "7");
    std::string text = std::move(*message).Text();
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_WireInspectAndReplaceId)->Arg(64)->Arg(16384);

// Framing of a stream of messages delivered in 4 KiB reads (as a pipe read loop sees them).
void BM_LineFramer(benchmark::State& state) {
  const std::string line = ToolsCall(static_cast<std::size_t>(state.range(0))) + "\n";
  std::string stream;
  while (stream.size() < 256 * 1024) stream += line;
  constexpr std::size_t kReadSize = 4096;
  std::size_t lines = 0;
  for (auto _ : state) {
    core::LineFramer framer(4 * 1024 * 1024);
    for (std::size_t offset = 0; offset < stream.size(); offset += kReadSize) {
      framer.Feed(
          std::string_view(stream).substr(offset, kReadSize),
          [&](std::string_view text) {
            benchmark::DoNotOptimize(text.data());
            ++lines;
          },
          [](std::size_t) {});
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * stream.size()));
  state.counters["lines"] =
      benchmark::Counter(static_cast<double>(lines), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LineFramer)->Arg(64)->Arg(16384);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
