// mcp-bench-secrets: throughput of the secrets detector on a mixed corpus (source code, logs,
// JSON, prose, base64 blobs, a few planted secrets), generated deterministically, scanned as
// 16 KiB documents (a typical tool result); and the detector's construction (start-up) time.
//
// Run: build/bench/mcp-bench-secrets --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "guards/secrets/secret_detector.h"

namespace mcpgw::bench {
namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  std::string Chars(std::size_t n, std::string_view alphabet) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += alphabet[Below(alphabet.size())];
    return out;
  }

 private:
  std::uint64_t state_;
};

constexpr std::string_view kAlnum =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kHex = "0123456789abcdef";

const char* const kWords[] = {
    "the", "request", "server", "token", "returns", "function", "value", "error", "config",
    "user", "password", "session", "cache", "result", "handler", "client", "stream", "secret",
    "key", "timeout", "message", "file", "path", "response", "api", "data", "process", "and",
    "with", "from", "into", "for", "about", "model", "agent", "tool", "call", "list"};

std::string Words(Random& r, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += kWords[r.Below(std::size(kWords))];
    out += i + 1 == n ? ". " : " ";
  }
  return out;
}

std::string SourceCode(Random& r) {
  return "func (s *Server) Handle" + r.Chars(6, kAlnum) +
         "(ctx context.Context, req *Request) (*Response, error) {\n"
         "\tif req.Token == \"\" {\n\t\treturn nil, errors.New(\"missing token\")\n\t}\n"
         "\tkey := s.cache.Key(req.Path, req.User)\n\tvalue, err := s.store.Get(ctx, key)\n"
         "\tif err != nil {\n\t\tlog.Printf(\"get %s: %v\", key, err)\n\t\treturn nil, err\n\t}\n"
         "\tconst apiKey = process.env.API_KEY; // " + Words(r, 6) + "\n"
         "\treturn &Response{Value: value, Timeout: " + std::to_string(r.Below(1000)) + "}, nil\n}\n";
}

std::string LogLine(Random& r) {
  return "2026-12-03T13:" + std::to_string(10 + r.Below(50)) + ":" + std::to_string(10 + r.Below(50)) +
         ".123Z INFO request_id=" + r.Chars(8, kHex) + "-" + r.Chars(4, kHex) + "-" +
         r.Chars(4, kHex) + "-" + r.Chars(4, kHex) + "-" + r.Chars(12, kHex) +
         " method=tools/call duration_ms=" + std::to_string(r.Below(900)) + " commit=" +
         r.Chars(40, kHex) + " status=ok " + Words(r, 5) + "\n";
}

std::string Json(Random& r) {
  return "{\"jsonrpc\":\"2.0\",\"id\":" + std::to_string(r.Below(10000)) +
         ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"" + Words(r, 12) +
         "\"}],\"structuredContent\":{\"sha\":\"" + r.Chars(40, kHex) +
         "\",\"integrity\":\"sha512-" + r.Chars(86, kBase64) + "==\",\"max_tokens\":4096,"
         "\"token_type\":\"Bearer\",\"url\":\"https://example.org/api/v1/items?page=" +
         std::to_string(r.Below(50)) + "\"}}}\n";
}

std::string Blob(Random& r) {
  std::string out = "data:image/png;base64,";
  out += r.Chars(3000, kBase64);
  return out + "\n";
}

std::string Planted(Random& r) {
  switch (r.Below(4)) {
    case 0: return "AWS_ACCESS_KEY_ID=AKIA" + r.Chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "\n";
    case 1: return "Authorization: Bearer " + r.Chars(40, kAlnum) + "\n";
    case 2: return "DATABASE_URL=postgres://app:" + r.Chars(16, kAlnum) + "@db:5432/app\n";
    default: return "stripe_key = \"sk_live_" + r.Chars(24, kAlnum) + "\"\n";
  }
}

std::vector<std::string> Corpus() {
  Random r(0x5ec2e75);
  std::vector<std::string> documents;
  std::size_t total = 0;
  while (total < (8u << 20)) {
    std::string doc;
    while (doc.size() < 16384) {
      switch (r.Below(10)) {
        case 0: case 1: doc += SourceCode(r); break;
        case 2: case 3: case 4: doc += LogLine(r); break;
        case 5: case 6: doc += Json(r); break;
        case 7: case 8: doc += Words(r, 40) + "\n"; break;
        default: doc += r.Below(3) == 0 ? Blob(r) : Words(r, 20) + "\n"; break;
      }
      if (r.Below(200) == 0) doc += Planted(r);
    }
    total += doc.size();
    documents.push_back(std::move(doc));
  }
  return documents;
}

void BM_SecretsScan(benchmark::State& state) {
  auto detector = guards::secrets::CreateSecretDetector({});
  if (!detector) {
    state.SkipWithError(detector.error().message.c_str());
    return;
  }
  const std::vector<std::string> corpus = Corpus();
  std::size_t bytes = 0, findings = 0;
  std::vector<guards::Detection> out;
  for (auto _ : state) {
    for (const std::string& doc : corpus) {
      out.clear();
      (*detector)->Scan(doc, out);
      findings += out.size();
      bytes += doc.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["findings_per_pass"] =
      static_cast<double>(findings) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SecretsScan)->Unit(benchmark::kMillisecond);

void BM_SecretsCleanProse(benchmark::State& state) {
  auto detector = guards::secrets::CreateSecretDetector({});
  Random r(7);
  std::string text;
  while (text.size() < 16384) text += Words(r, 30) + "\n";
  std::vector<guards::Detection> out;
  for (auto _ : state) {
    out.clear();
    (*detector)->Scan(text, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SecretsCleanProse);

void BM_SecretsBuild(benchmark::State& state) {
  for (auto _ : state) {
    auto detector = guards::secrets::CreateSecretDetector({});
    benchmark::DoNotOptimize(detector);
  }
}
BENCHMARK(BM_SecretsBuild)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace mcpgw::bench

BENCHMARK_MAIN();
