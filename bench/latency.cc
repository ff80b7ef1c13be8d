// mcp-bench-latency: tools/call round-trip latency of an MCP server spoken to over stdio.
//
// Spawns COMMAND, performs the MCP handshake, waits for the tool to be listed, then measures
// per-call round trips of tools/call {name, arguments: {message: <BYTES 'x'>}} with K requests
// outstanding at all times (K = 1: sequential). With --result-only the request is small
// (tools/call big {bytes: BYTES}) and only the result carries the payload. Reports latency percentiles, throughput, the CPU
// time the spawned process spent per call and its memory. Linux only (CPU and memory come from
// /proc). No gateway code is linked: the harness is the same for every peer it measures.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "child_process.h"
#include "proc_stats.h"

namespace mcpgw::bench {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr char kUsage[] =
    "usage: mcp-bench-latency [--label L] [--calls N] [--warmup N] [--payload BYTES]\n"
    "                         [--inflight K] [--tool NAME] [--json] [--child-stderr]\n"
    "                         [--timeout SECONDS] [--text FILE] [--result-only]\n"
    "                         -- COMMAND ARGS...\n"
    "  --tool NAME     tool to call (default: \"echo\", else the first listed tool named *_echo;\n"
    "                  with --result-only \"big\" or *_big)\n"
    "  --child-stderr  let COMMAND inherit stderr (default: /dev/null)\n"
    "  --timeout S     abort the whole run after S seconds (default 600)\n"
    "  --text FILE     the echoed message is FILE's text repeated to --payload bytes (default:\n"
    "                  'x' repeated): realistic text costs guards more than one repeated letter\n"
    "  --result-only   a small request, tools/call {bytes: --payload}, whose result is the\n"
    "                  payload (mcp-demo-server's big tool; its --big-text FILE makes the\n"
    "                  result that file's text); only the response carries --payload bytes\n";

struct Options {
  std::string label = "run";
  std::int64_t calls = 20000;
  std::int64_t warmup = 1000;
  std::int64_t payload = 64;
  std::int64_t inflight = 1;
  std::string tool;  // empty: pick "echo" or "*_echo"
  std::string text_file;  // --text: the payload's source text; empty: 'x' repeated
  bool result_only = false;  // --result-only: {bytes: payload} in, payload bytes out
  bool json = false;
  bool child_stderr = false;
  unsigned timeout_s = 600;
  std::vector<std::string> command;
};

// Parses argv; returns nullopt (after printing why) on a usage error.
std::optional<Options> ParseOptions(int argc, char** argv) {
  Options options;
  struct NumericFlag {
    std::string_view name;
    std::int64_t min;
    std::int64_t* target;
  };
  std::int64_t timeout_s = options.timeout_s;
  const NumericFlag numeric_flags[] = {
      {"--calls", 1, &options.calls},     {"--warmup", 0, &options.warmup},
      {"--payload", 0, &options.payload}, {"--inflight", 1, &options.inflight},
      {"--timeout", 1, &timeout_s},
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) options.command.emplace_back(argv[i]);
      break;
    }
    if (arg == "--json") {
      options.json = true;
      continue;
    }
    if (arg == "--child-stderr") {
      options.child_stderr = true;
      continue;
    }
    if (arg == "--result-only") {
      options.result_only = true;
      continue;
    }
    if ((arg == "--label" || arg == "--tool" || arg == "--text") && i + 1 < argc) {
      (arg == "--label" ? options.label : arg == "--tool" ? options.tool : options.text_file) =
          argv[++i];
      continue;
    }
    const NumericFlag* flag = nullptr;
    for (const NumericFlag& candidate : numeric_flags) {
      if (candidate.name == arg) flag = &candidate;
    }
    if (flag == nullptr || i + 1 >= argc) {
      std::fprintf(stderr, "unexpected argument '%s'\n%s", argv[i], kUsage);
      return std::nullopt;
    }
    char* end = nullptr;
    const long long value = std::strtoll(argv[++i], &end, 10);
    if (end == argv[i] || *end != '\0' || value < flag->min) {
      std::fprintf(stderr, "%s: bad value '%s'\n%s", argv[i - 1], argv[i], kUsage);
      return std::nullopt;
    }
    *flag->target = value;
  }
  options.timeout_s = static_cast<unsigned>(timeout_s);
  if (options.command.empty()) {
    std::fprintf(stderr, "missing -- COMMAND\n%s", kUsage);
    return std::nullopt;
  }
  if (options.result_only && !options.text_file.empty()) {
    std::fprintf(stderr, "--text and --result-only exclude each other (the server's "
                         "--big-text FILE chooses the result's text)\n%s", kUsage);
    return std::nullopt;
  }
  return options;
}

// Parses one incoming line; answers requests from the server (ping with {}, anything else with
// method-not-found) so that a peer waiting on us cannot stall the run. Returns the parsed message
// when it is a response (has an id and no method), nullopt otherwise.
std::optional<json::object> HandleLine(ChildProcess& child, std::string_view line) {
  boost::system::error_code ec;
  json::value value = json::parse(line, ec);
  if (ec || !value.is_object()) {
    std::fprintf(stderr, "ignoring non-JSON-RPC line: %.80s\n", std::string(line).c_str());
    return std::nullopt;
  }
  json::object& message = value.as_object();
  const json::value* id = message.if_contains("id");
  if (!message.contains("method")) {
    if (id == nullptr) return std::nullopt;
    return std::move(message);
  }
  if (id == nullptr) return std::nullopt;  // a notification
  json::object reply{{"jsonrpc", "2.0"}, {"id", *id}};
  if (message.at("method") == "ping") {
    reply["result"] = json::object();
  } else {
    reply["error"] = json::object{{"code", -32601}, {"message", "method not found"}};
  }
  child.Queue(json::serialize(reply));
  return std::nullopt;
}

// Sends one request and waits up to `timeout` for its response. Returns the response or nullopt
// (reason on stderr).
std::optional<json::object> Call(ChildProcess& child, std::int64_t id, std::string_view method,
                                 json::object params, std::chrono::milliseconds timeout) {
  child.Queue(json::serialize(json::object{
      {"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}));
  const auto deadline = Clock::now() + timeout;
  std::vector<std::string> lines;
  Clock::time_point arrival;
  while (Clock::now() < deadline) {
    lines.clear();
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (!child.ReadLines(lines, arrival, std::max(left, std::chrono::milliseconds(0)))) {
      std::fprintf(stderr, "%.*s: the server closed its output\n", static_cast<int>(method.size()),
                   method.data());
      return std::nullopt;
    }
    for (const std::string& line : lines) {
      std::optional<json::object> response = HandleLine(child, line);
      if (response && response->at("id") == id) return response;
    }
  }
  std::fprintf(stderr, "%.*s: no response within %lld ms\n", static_cast<int>(method.size()),
               method.data(), static_cast<long long>(timeout.count()));
  return std::nullopt;
}

// Performs initialize + notifications/initialized, then lists tools until the wanted one shows up
// (a gateway may list an upstream's tools only once it has connected). Returns the tool name.
std::optional<std::string> Handshake(ChildProcess& child, std::string_view wanted,
                                     std::string_view default_tool) {
  const std::optional<json::object> init =
      Call(child, 0, "initialize",
           {{"protocolVersion", "2025-06-18"},
            {"capabilities", json::object()},
            {"clientInfo", {{"name", "mcp-bench-latency"}, {"version", "0.1.0"}}}},
           std::chrono::seconds(30));
  if (!init || !init->contains("result")) {
    if (init) std::fprintf(stderr, "initialize failed: %s\n", json::serialize(*init).c_str());
    return std::nullopt;
  }
  child.Queue(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
  const auto deadline = Clock::now() + std::chrono::seconds(30);
  std::string seen;
  for (std::int64_t id = 1; Clock::now() < deadline; ++id) {
    const std::optional<json::object> list =
        Call(child, id, "tools/list", json::object(), std::chrono::seconds(30));
    if (!list) return std::nullopt;
    const json::value* tools =
        list->contains("result") ? list->at("result").as_object().if_contains("tools") : nullptr;
    seen.clear();
    std::string fallback;
    if (tools != nullptr && tools->is_array()) {
      for (const json::value& tool : tools->as_array()) {
        const json::value* name = tool.is_object() ? tool.as_object().if_contains("name") : nullptr;
        if (name == nullptr || !name->is_string()) continue;
        const std::string_view name_view = name->as_string();
        seen.append(seen.empty() ? "" : ",").append(name_view);
        if (wanted.empty() ? name_view == default_tool : name_view == wanted)
          return std::string(name_view);
        if (wanted.empty() && fallback.empty() && name_view.size() > default_tool.size() &&
            name_view.ends_with(default_tool) &&
            name_view[name_view.size() - default_tool.size() - 1] == '_') {
          fallback = name_view;
        }
      }
    }
    if (!fallback.empty()) return fallback;
    usleep(200 * 1000);
  }
  std::fprintf(stderr, "tool '%s' not listed within 30 s (listed: %s)\n",
               std::string(wanted.empty() ? default_tool : wanted).c_str(), seen.c_str());
  return std::nullopt;
}

// Returns true when `response` is a tools/call result echoing `payload_bytes` bytes of text.
bool IsEcho(const json::object& response, std::size_t payload_bytes) {
  const json::value* result = response.if_contains("result");
  if (result == nullptr || !result->is_object()) return false;
  const json::value* content = result->as_object().if_contains("content");
  if (content == nullptr || !content->is_array() || content->as_array().empty()) return false;
  const json::value& first = content->as_array().front();
  const json::value* text = first.is_object() ? first.as_object().if_contains("text") : nullptr;
  return text != nullptr && text->is_string() && text->as_string().size() == payload_bytes;
}

struct PhaseResult {
  std::vector<std::int64_t> rtt_ns;  // one per call, in id order
  std::int64_t errors = 0;           // error responses or wrong echoes
  Clock::duration wall{};
  bool ok = false;  // false: the server went away mid-phase
};

// Issues `calls` tools/call requests with ids from `first_id`, keeping `inflight` outstanding.
// `message` is echoed; with `result_only` the request asks for message.size() bytes instead.
PhaseResult RunPhase(ChildProcess& child, const std::string& tool, const std::string& message,
                     bool result_only, std::int64_t inflight, std::int64_t calls,
                     std::int64_t first_id) {
  // Requests are templated once; only the id differs per call.
  std::string head = R"({"jsonrpc":"2.0","method":"tools/call","params":{"name":)";
  head += json::serialize(json::value(tool));
  if (result_only) {
    head += R"(,"arguments":{"bytes":)";
    head += std::to_string(message.size());
  } else {
    head += R"(,"arguments":{"message":)";
    head += json::serialize(json::value(message));
  }
  head += R"(}},"id":)";
  std::string request;
  PhaseResult phase;
  phase.rtt_ns.assign(static_cast<std::size_t>(calls), -1);
  std::vector<Clock::time_point> sent_at(static_cast<std::size_t>(calls));
  std::vector<std::string> lines;
  std::int64_t sent = 0;
  std::int64_t done = 0;
  const auto start = Clock::now();
  while (done < calls) {
    while (sent < calls && sent - done < inflight) {
      request.assign(head);
      request += std::to_string(first_id + sent);
      request += '}';
      sent_at[static_cast<std::size_t>(sent)] = Clock::now();
      child.Queue(request);
      ++sent;
    }
    lines.clear();
    Clock::time_point arrival;
    if (!child.ReadLines(lines, arrival, std::chrono::milliseconds(-1))) return phase;
    for (const std::string& line : lines) {
      const std::optional<json::object> response = HandleLine(child, line);
      if (!response) continue;
      const json::value& id = response->at("id");
      const std::int64_t index = id.is_int64() ? id.as_int64() - first_id : -1;
      if (index < 0 || index >= sent || phase.rtt_ns[static_cast<std::size_t>(index)] >= 0) {
        std::fprintf(stderr, "unexpected response id %s\n", json::serialize(id).c_str());
        continue;
      }
      phase.rtt_ns[static_cast<std::size_t>(index)] =
          std::chrono::duration_cast<std::chrono::nanoseconds>(
              arrival - sent_at[static_cast<std::size_t>(index)])
              .count();
      if (!IsEcho(*response, message.size())) ++phase.errors;
      ++done;
    }
  }
  phase.wall = Clock::now() - start;
  phase.ok = true;
  return phase;
}

// Nearest-rank percentile of sorted values, in microseconds.
double PercentileUs(const std::vector<std::int64_t>& sorted, double p) {
  std::size_t rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.5);
  rank = std::clamp<std::size_t>(rank, 1, sorted.size());
  return static_cast<double>(sorted[rank - 1]) / 1000.0;
}

// The echoed message: `payload` bytes of FILE's text repeated (cut back to a UTF-8 character
// boundary and padded with spaces), or of 'x' without --text. nullopt (after saying why) when the
// file cannot be read or is empty.
std::optional<std::string> MakeMessage(const Options& options) {
  const auto size = static_cast<std::size_t>(options.payload);
  if (options.text_file.empty() || options.result_only) return std::string(size, 'x');
  std::ifstream in(options.text_file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::fprintf(stderr, "--text %s: cannot read it\n", options.text_file.c_str());
    return std::nullopt;
  }
  if (text.empty()) {
    std::fprintf(stderr, "--text %s: empty or missing\n", options.text_file.c_str());
    return std::nullopt;
  }
  std::string message;
  message.reserve(size + text.size());
  while (message.size() < size) message += text;
  message.resize(size);
  std::size_t end = message.size();
  while (end > 0 && (static_cast<unsigned char>(message[end - 1]) & 0xC0) == 0x80) --end;
  if (end > 0 && static_cast<unsigned char>(message[end - 1]) >= 0xC0) --end;  // cut lead byte
  message.resize(end);
  message.resize(size, ' ');
  return message;
}

int Run(const Options& options) {
  const std::optional<std::string> message = MakeMessage(options);
  if (!message) return 2;
  signal(SIGPIPE, SIG_IGN);
  alarm(options.timeout_s);  // watchdog: a wedged peer ends the run instead of hanging it
  std::optional<ChildProcess> child = ChildProcess::Spawn(options.command, options.child_stderr);
  if (!child) return 1;
  const std::optional<std::string> tool =
      Handshake(*child, options.tool, options.result_only ? "big" : "echo");
  if (!tool) return 1;
  std::int64_t next_id = 1'000'000;
  if (options.warmup > 0) {
    const PhaseResult warm =
        RunPhase(*child, *tool, *message, options.result_only, options.inflight, options.warmup,
                 next_id);
    if (!warm.ok) {
      std::fprintf(stderr, "the server closed its output during warm-up\n");
      return 1;
    }
    next_id += options.warmup;
  }
  const std::optional<CpuTimes> cpu_before = ReadCpuTimes(child->pid());
  PhaseResult phase =
      RunPhase(*child, *tool, *message, options.result_only, options.inflight, options.calls,
               next_id);
  const std::optional<CpuTimes> cpu_after = ReadCpuTimes(child->pid());
  const std::optional<MemoryUsage> memory = ReadMemoryUsage(child->pid());
  child->Stop(std::chrono::milliseconds(2000));
  if (!phase.ok) {
    std::fprintf(stderr, "the server closed its output during the measured phase\n");
    return 1;
  }

  std::vector<std::int64_t> sorted = phase.rtt_ns;
  std::sort(sorted.begin(), sorted.end());
  const double calls = static_cast<double>(options.calls);
  const double wall_s = std::chrono::duration<double>(phase.wall).count();
  double mean_us = 0;
  for (std::int64_t ns : sorted) mean_us += static_cast<double>(ns) / 1000.0;
  mean_us /= calls;
  // CPU per call: schedstat (ns precision) when available, else the tick-based stat figure.
  double cpu_stat_us = -1;
  double cpu_us = -1;
  if (cpu_before && cpu_after) {
    cpu_stat_us = static_cast<double>(cpu_after->stat_us - cpu_before->stat_us) / calls;
    cpu_us = cpu_stat_us;
    if (cpu_before->sched_ns >= 0 && cpu_after->sched_ns >= 0) {
      cpu_us = static_cast<double>(cpu_after->sched_ns - cpu_before->sched_ns) / 1000.0 / calls;
    }
  }
  json::object out{
      {"label", options.label},
      {"tool", *tool},
      {"payload", options.payload},
      {"shape", options.result_only ? "result" : "echo"},
      {"inflight", options.inflight},
      {"calls", options.calls},
      {"errors", phase.errors},
      {"p50_us", PercentileUs(sorted, 50)},
      {"p90_us", PercentileUs(sorted, 90)},
      {"p99_us", PercentileUs(sorted, 99)},
      {"max_us", static_cast<double>(sorted.back()) / 1000.0},
      {"mean_us", mean_us},
      {"throughput_per_s", calls / wall_s},
      {"cpu_us_per_call", cpu_us},
      {"cpu_stat_us_per_call", cpu_stat_us},
      {"rss_kb", memory ? memory->rss_kb : -1},
      {"hwm_kb", memory ? memory->hwm_kb : -1},
  };
  if (options.json) {
    std::printf("%s\n", json::serialize(out).c_str());
  } else {
    std::printf(
        "%s: payload=%lldB inflight=%lld calls=%lld errors=%lld p50=%.1fus p90=%.1fus "
        "p99=%.1fus max=%.1fus %.0f calls/s cpu=%.2fus/call rss=%.1fMB hwm=%.1fMB\n",
        options.label.c_str(), static_cast<long long>(options.payload),
        static_cast<long long>(options.inflight), static_cast<long long>(options.calls),
        static_cast<long long>(phase.errors), out["p50_us"].as_double(), out["p90_us"].as_double(),
        out["p99_us"].as_double(), out["max_us"].as_double(), calls / wall_s, cpu_us,
        memory ? memory->rss_kb / 1024.0 : -1.0, memory ? memory->hwm_kb / 1024.0 : -1.0);
  }
  return phase.errors == 0 ? 0 : 2;
}

}  // namespace
}  // namespace mcpgw::bench

int main(int argc, char** argv) {
  const std::optional<mcpgw::bench::Options> options = mcpgw::bench::ParseOptions(argc, argv);
  if (!options) return 64;
  return mcpgw::bench::Run(*options);
}
