#include "app/scan_command.h"

#include "app/upstream_options.h"

#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "config/config_loader.h"
#include "core/json_rpc.h"
#include "guards/guards_config.h"
#include "platform/self_path.h"
#include "scanner/reputation/reputation_screen.h"
#include "scanner/reputation/reputation_settings.h"
#include "scanner/scan_results.h"
#include "store/state_dir.h"
#include "upstream/upstream_factory.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace mcpgw::app {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

std::string SourceOf(const config::ServerConfig& server) {
  if (server.transport != config::Transport::kStdio) return server.url;
  std::string s = server.command;
  for (const std::string& a : server.args) s += " " + a;
  return s;
}

// Answers server-to-client requests during a scan (there is no client) and notices changes.
class ScanObserver final : public upstream::UpstreamObserver {
 public:
  std::function<void()> on_change;
  void OnUpstreamChanged(const upstream::Upstream&) override {
    if (on_change) on_change();
  }
  void OnUpstreamNotification(const upstream::Upstream&, json::object) override {}
  void OnUpstreamRequest(const upstream::Upstream&, json::object,
                         std::function<void(json::object)> reply) override {
    reply(core::MakeErrorResponse(nullptr, core::kMethodNotFound,
                                  "mcp-gateway scan has no client to ask"));
  }
};

// The gateway config file's "scanner" section (policy, registries); nullopt when there is none.
Result<std::optional<json::object>> LoadScannerSection(const cli::Options& options) {
  std::string path = options.gateway_config_path;
  const char* home = std::getenv("HOME");
  if (!path.empty() && path.starts_with("~/") && home) path = std::string(home) + path.substr(1);
  if (path.empty() && home) {
    const std::string fallback = std::string(home) + "/.mcp-gateway/config.json";
    if (::access(fallback.c_str(), F_OK) == 0) path = fallback;
  }
  if (path.empty()) return std::optional<json::object>();
  auto parsed = guards::LoadGuardsConfig(path);
  if (!parsed) return parsed.error();
  return parsed->scanner;
}

Result<scanner::ScanPolicy> LoadPolicy(const std::optional<json::object>& section) {
  if (!section) return scanner::ScanPolicy{};
  return scanner::ParseScanPolicy(*section, "scanner");
}

// The reputation column: the same check `--scan` runs before start (never written back here).
Result<void> CheckReputations(const config::GatewayConfig& gateway,
                              const std::optional<json::object>& section,
                              const cli::Options& options,
                              std::vector<scanner::ScannedServer>& results) {
  const json::object* registries = nullptr;
  if (section) {
    if (const json::value* r = section->if_contains("registries"); r && r->is_object())
      registries = &r->get_object();
  }
  auto settings = scanner::reputation::ReputationSettingsFrom(
      registries, [](std::string_view name) -> std::optional<std::string> {
        const char* value = std::getenv(std::string(name).c_str());
        if (value == nullptr) return std::nullopt;
        return std::string(value);
      });
  if (!settings) return MakeError("scanner.registries: " + settings.error().message);
  settings->fail_closed = options.scan_fail_closed;
  const std::string state_dir = store::StateDir();
  std::string cache;
  if (!state_dir.empty() && store::EnsureDir(state_dir)) cache = state_dir + "/state.db";
  const auto outcome = scanner::reputation::ScreenReputations(gateway, *settings, cache, false);
  for (std::size_t i = 0; i < outcome.results.size() && i < results.size(); ++i) {
    const auto& r = outcome.results[i];
    results[i].reputation = scanner::reputation::VerdictName(r.verdict);
    if (r.score) results[i].reputation_score = r.score->final_score;
    results[i].reputation_reason = r.reason;
  }
  return {};
}

Result<std::string> ReadInput(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path);
  text << in.rdbuf();
  return text.str();
}

// Starts every scannable server, waits until each has settled (active or failed) or the init
// timeout passed, analyzes the active ones, then stops them all.
std::vector<scanner::ScannedServer> ScanConfig(const config::GatewayConfig& gateway,
                                               std::shared_ptr<const config::GatewayConfig> shared,
                                               const cli::Options& options,
                                               const scanner::ToolAnalyzer& analyzer,
                                               const scanner::ScanPolicy& policy,
                                               std::ostream& err) {
  asio::io_context io(1);
  ScanObserver observer;
  upstream::UpstreamOptions upstream_options = UpstreamOptionsFrom(options);
  upstream_options.ping_interval = std::chrono::milliseconds(0);  // scanned once, then stopped
  upstream_options.max_start_attempts = 1;

  std::vector<scanner::ScannedServer> results;
  std::vector<std::shared_ptr<upstream::Upstream>> upstreams;  // by result index; may be null
  for (const config::ServerConfig& server : gateway.servers) {
    scanner::ScannedServer r;
    r.server = server.name;
    r.source = SourceOf(server);
    std::shared_ptr<upstream::Upstream> up;
    if (server.scan_status == "skipped") {
      r.status = "skipped";
    } else if (server.disabled) {
      r.status = "disabled";
    } else if (!server.error.empty()) {
      r.status = "error";
      r.error = server.error;
    } else {
      auto config = std::shared_ptr<const config::ServerConfig>(shared, &server);
      up = upstream::MakeUpstream(io, config, upstream_options, &observer);
    }
    results.push_back(std::move(r));
    upstreams.push_back(std::move(up));
  }
  std::size_t pending = 0;
  for (auto& up : upstreams) {
    if (!up) continue;
    ++pending;
    err << "scan: starting " << up->name() << "\n";
    up->Start();
  }
  asio::steady_timer deadline(io, options.initialize_timeout + std::chrono::seconds(5));
  bool waiting = pending > 0;
  std::vector<bool> reported(upstreams.size(), false);
  observer.on_change = [&] {
    std::size_t settled = 0, total = 0;
    for (std::size_t i = 0; i < upstreams.size(); ++i) {
      if (!upstreams[i]) continue;
      ++total;
      const auto state = upstreams[i]->state();
      const bool done = state == upstream::State::kActive || state == upstream::State::kFailed ||
                        state == upstream::State::kInvalid;
      if (done && !reported[i]) {
        reported[i] = true;
        err << "scan: " << upstreams[i]->name() << " "
            << (state == upstream::State::kActive
                    ? "ready (" + std::to_string(upstreams[i]->catalog().tools.size()) + " tools)"
                    : "failed: " + upstreams[i]->last_error())
            << "\n";
      }
      settled += done;
    }
    if (waiting && settled == total) {
      waiting = false;
      deadline.cancel();
    }
  };
  if (waiting) {
    deadline.async_wait([&](boost::system::error_code) {
      if (waiting) {
        waiting = false;
        err << "scan: gave up waiting for servers after "
            << std::chrono::duration_cast<std::chrono::seconds>(options.initialize_timeout).count() + 5
            << " s\n";
      }
    });
    while (waiting && io.run_one() > 0) {
    }
  }
  for (std::size_t i = 0; i < upstreams.size(); ++i) {
    if (!upstreams[i]) continue;
    scanner::ScannedServer& r = results[i];
    if (upstreams[i]->state() != upstream::State::kActive) {
      r.status = "error";
      r.error = upstreams[i]->last_error().empty() ? "did not start in time"
                                                   : upstreams[i]->last_error();
      continue;
    }
    r.report = analyzer.Analyze(r.server, upstreams[i]->catalog());
    r.decision = scanner::Decide(*r.report, policy);
  }
  std::size_t running = 0;
  for (auto& up : upstreams) {
    if (!up) continue;
    ++running;
    up->Stop([&running, &io] {
      if (--running == 0) io.stop();
    });
  }
  if (running > 0) {
    io.restart();
    io.run();
  }
  return results;
}

}  // namespace

int RunScan(const cli::Options& options, std::ostream& out, std::ostream& err) {
  const auto& cmd = options.scan_command;
  // stdout carries the report: logs (upstreams' and ours) go to stderr, warnings and up (the default
  // level, info, is raised to warn; debug and trace are kept).
  auto logger = std::make_shared<spdlog::logger>(
      "mcp-gateway", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l %v");
  const auto level = spdlog::level::from_str(options.log_level);
  logger->set_level(level == spdlog::level::info ? spdlog::level::warn : level);
  spdlog::set_default_logger(logger);
  if (cmd.json && cmd.sarif) {
    err << "mcp-gateway scan: --json and --sarif are exclusive\n";
    return cli::kExitUsage;
  }
  if (!cmd.tools_file.empty() && !options.config_path.empty()) {
    err << "mcp-gateway scan: give --mcp-json-path or --tools-file, not both\n";
    return cli::kExitUsage;
  }
  if (cmd.tools_file.empty() && options.config_path.empty()) {
    err << "mcp-gateway scan: give --mcp-json-path CONFIG or --tools-file FILE\n";
    return cli::kExitUsage;
  }
  auto section = LoadScannerSection(options);
  if (!section) {
    err << "mcp-gateway scan: " << section.error().message << "\n";
    return cli::kExitConfig;
  }
  auto policy = LoadPolicy(*section);
  if (!policy) {
    err << "mcp-gateway scan: " << policy.error().message << "\n";
    return cli::kExitConfig;
  }
  scanner::AnalyzerOptions analyzer_options;
  analyzer_options.model = policy->learned;
  auto analyzer = scanner::ToolAnalyzer::Create(analyzer_options);
  if (!analyzer) {
    err << "mcp-gateway scan: " << analyzer.error().message << "\n";
    return cli::kExitRuntime;
  }
  std::vector<scanner::ScannedServer> results;
  std::string artifact;
  if (!cmd.tools_file.empty()) {
    artifact = cmd.tools_file;
    auto text = ReadInput(cmd.tools_file);
    if (!text) {
      err << "mcp-gateway scan: " << text.error().message << "\n";
      return cli::kExitConfig;
    }
    boost::system::error_code ec;
    json::value value = json::parse(*text, ec);
    if (ec) {
      err << "mcp-gateway scan: " << cmd.tools_file << ": not valid JSON: " << ec.message() << "\n";
      return cli::kExitConfig;
    }
    auto catalog = scanner::CatalogFromJson(value);
    if (!catalog) {
      err << "mcp-gateway scan: " << cmd.tools_file << ": " << catalog.error().message << "\n";
      return cli::kExitConfig;
    }
    scanner::ScannedServer r;
    r.server = std::filesystem::path(cmd.tools_file).stem().string();
    if (value.is_object()) {
      if (const json::value* s = value.get_object().if_contains("server"); s && s->is_string())
        r.server = s->get_string();
    }
    r.source = cmd.tools_file;
    r.report = (*analyzer)->Analyze(r.server, *catalog);
    r.decision = scanner::Decide(*r.report, *policy);
    results.push_back(std::move(r));
  } else {
    artifact = options.config_path;
    config::LoadOptions load = config::DefaultLoadOptions();
    load.self_executable = platform::SelfExecutablePath();
    auto loaded = config::LoadConfigFile(options.config_path, load);
    if (!loaded) {
      err << "mcp-gateway scan: " << loaded.error().message << "\n";
      return cli::kExitConfig;
    }
    auto gateway = std::make_shared<const config::GatewayConfig>(std::move(*loaded));
    results = ScanConfig(*gateway, gateway, options, **analyzer, *policy, err);
    if (auto checked = CheckReputations(*gateway, *section, options, results); !checked) {
      err << "mcp-gateway scan: " << checked.error().message << "\n";
      return cli::kExitConfig;
    }
  }
  if (cmd.json) {
    out << json::serialize(scanner::RenderJson(results)) << "\n";
  } else if (cmd.sarif) {
    out << json::serialize(scanner::RenderSarif(results, artifact, MCPGW_VERSION)) << "\n";
  } else {
    out << scanner::RenderTable(results, cmd.verbose);
  }
  out.flush();
  return scanner::AnyBlocked(results) ? cli::kExitRuntime : cli::kExitOk;
}

}  // namespace mcpgw::app
