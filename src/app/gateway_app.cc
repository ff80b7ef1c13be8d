#include "app/gateway_app.h"

#include "app/audit_setup.h"
#include "app/demo_config.h"
#include "app/observability.h"
#include "app/upstream_options.h"
#include "config/config_loader.h"
#include "auth/authenticator.h"
#include "auth/jwks_refresher.h"
#include "downstream/http/http_server.h"
#include "downstream/http/request_guard.h"
#include "downstream/stdio_transport.h"
#include "guards/hs_disk_cache.h"
#include "guards/plugin_catalog.h"
#include "pins/pin_gate.h"
#include "pins/pin_settings.h"
#include "platform/process_lifetime.h"
#include "platform/self_path.h"
#include "router/router.h"
#include "scanner/reputation/reputation_screen.h"
#include "scanner/reputation/reputation_settings.h"
#include "scanner/scanner_gate.h"
#include "store/state_dir.h"
#include "upstream/upstream_factory.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <optional>
#include <fstream>
#include <sstream>
#include <iostream>

namespace mcpgw::app {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

void SetUpLogging(const std::string& level) {
  auto logger = std::make_shared<spdlog::logger>(
      "mcp-gateway", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l %v");
  logger->set_level(spdlog::level::from_str(level));
  logger->flush_on(spdlog::level::trace);
  spdlog::set_default_logger(logger);
}

Result<config::GatewayConfig> LoadConfiguration(const cli::Options& options,
                                                const std::string& self_path) {
  if (options.wrap) {
    config::GatewayConfig gateway;
    gateway.source = "<command line>";
    gateway.layout = "stdio";
    config::ServerConfig server;
    server.name = options.wrap_name;
    server.command = options.wrap_command.front();
    server.args.assign(options.wrap_command.begin() + 1, options.wrap_command.end());
    gateway.servers.push_back(std::move(server));
    return gateway;
  }
  if (options.config_path.empty()) {
    spdlog::warn("app no --mcp-json-path given: serving the embedded demo configuration");
    return DemoConfig(self_path);
  }
  config::LoadOptions load = config::DefaultLoadOptions();
  load.self_executable = self_path;
  return config::LoadConfigFile(options.config_path, load);
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The authenticator for the HTTP transport: static tokens (flags and MCPGW_AUTH_TOKENS) and, with
// --oauth-issuer, JWT validation against the issuer's keys.
Result<std::shared_ptr<const auth::Authenticator>> MakeAuthenticator(const cli::Options& options) {
  auth::AuthConfig config;
  config.bearer_tokens = options.auth_tokens;
  if (const char* env = std::getenv("MCPGW_AUTH_TOKENS")) {
    std::stringstream list(env);
    for (std::string token; std::getline(list, token, ',');)
      if (!token.empty()) config.bearer_tokens.push_back(token);
  }
  if (!options.oauth_issuer.empty()) {
    config.issuer = options.oauth_issuer;
    config.resource = !options.oauth_resource.empty()
                          ? options.oauth_resource
                          : std::string(options.tls_cert.empty() ? "http" : "https") + "://" +
                                options.host + ":" + std::to_string(options.port) + options.path;
    config.audience = options.oauth_audience.empty() ? config.resource : options.oauth_audience;
    config.required_scopes = options.oauth_scopes;
    config.authorization_servers = options.oauth_authorization_servers;
    if (!options.oauth_jwks_file.empty()) {
      auto text = ReadFile(options.oauth_jwks_file);
      if (!text) return text.error();
      config.jwks_json = std::move(*text);
    } else if (!options.oauth_jwks_url.empty()) {
      auto text = auth::FetchJwksNow(options.oauth_jwks_url);
      if (!text) return text.error();
      config.jwks_json = std::move(*text);
    } else {
      return MakeError("--oauth-issuer needs --oauth-jwks-file or --oauth-jwks-url");
    }
  } else if (!options.oauth_jwks_file.empty() || !options.oauth_jwks_url.empty()) {
    return MakeError("--oauth-jwks-file/--oauth-jwks-url need --oauth-issuer");
  }
  return auth::Authenticator::Create(std::move(config));
}

downstream::http::HttpServerOptions HttpOptions(const cli::Options& options) {
  downstream::http::HttpServerOptions http;
  http.host = options.host;
  http.port = options.port;
  http.path = options.path;
  http.legacy_sse = options.legacy_sse;
  http.allowed_hosts = options.allowed_hosts;
  http.allowed_origins = options.allowed_origins;
  http.tls_cert_file = options.tls_cert;
  http.tls_key_file = options.tls_key;
  http.max_body_size = options.max_message_size;
  http.max_sessions = options.max_sessions;
  http.max_requests_per_session = options.max_requests_per_session;
  http.max_sessions_per_client = options.max_sessions_per_client;
  http.max_batch_size = options.max_batch_size;
  http.max_input_rounds = options.max_input_rounds;
  http.session_idle_timeout = options.session_idle_timeout;
  return http;
}

// Problems a user would otherwise not see: each unusable entry, duplicate keys, an empty list.
void LogConfigProblems(const config::GatewayConfig& config) {
  for (const std::string& warning : config.warnings)
    spdlog::warn("config file={} {}", config.source, warning);
  for (const config::ServerConfig& server : config.servers) {
    if (!server.error.empty())
      spdlog::warn("config file={} server={} unusable, not started: {}", config.source, server.name,
                   server.error);
  }
  if (config.servers.empty())
    spdlog::warn("config file={} lists no servers: the gateway serves nothing", config.source);
}

}  // namespace

// The command line's listen settings, completed by the config file's "mcpGateway" object.
cli::Options WithListenSettings(cli::Options options, const config::ListenSettings& listen) {
  if (!options.transport_given && listen.transport) options.transport = *listen.transport;
  if (!options.host_given && listen.host) options.host = *listen.host;
  if (!options.port_given && listen.port) options.port = *listen.port;
  if (!options.path_given && listen.path) options.path = *listen.path;
  return options;
}

int RunGateway(const cli::Options& command_line) {
  SetUpLogging(command_line.log_level);
  for (const std::string& warning : command_line.warnings) spdlog::warn("cli {}", warning);
  ::signal(SIGPIPE, SIG_IGN);

  // The gateway's own config file (guards): --config, else ~/.mcp-gateway/config.json if any.
  std::optional<guards::GuardsConfig> guards_config;
  std::string gateway_config_file;  // also read by tool pinning ("pinning" section)
  {
    const char* home = std::getenv("HOME");
    std::string path = command_line.gateway_config_path;
    if (!path.empty() && path.starts_with("~/") && home) path = std::string(home) + path.substr(1);
    if (path.empty() && home) {
      const std::string fallback = std::string(home) + "/.mcp-gateway/config.json";
      if (::access(fallback.c_str(), F_OK) == 0) path = fallback;
    }
    gateway_config_file = path;
    if (!path.empty()) {
      auto parsed = guards::LoadGuardsConfig(path);
      if (!parsed) {
        std::cerr << "mcp-gateway: " << parsed.error().message << "\n";
        return cli::kExitConfig;
      }
      spdlog::info("app guards config={} guards={} rules={} mode={}", path,
                   parsed->guards.size(), parsed->rules.size(), guards::ModeName(parsed->mode));
      guards_config = std::move(*parsed);
    }
  }
  // Built once here (detectors compiled, rule files read) so a bad setting fails before any
  // server starts; the io_context for waiting guards' budgets is attached below.
  guards::GuardSettings guard_settings;
  guard_settings.deny_tools = command_line.deny_tools;
  guard_settings.config = guards_config ? &*guards_config : nullptr;
  if (const char* home = std::getenv("HOME")) guard_settings.home = home;
  // The tool scanner (--scan or "scanner": {"enabled": true}): a catalog gate (docs/scanner.md).
  auto scanner_gate = scanner::MakeScannerGate(
      command_line.scan, guards_config ? guards_config->scanner : std::nullopt);
  if (!scanner_gate) {
    std::cerr << "mcp-gateway: " << scanner_gate.error().message << "\n";
    return cli::kExitConfig;
  }
  // Tool pinning (docs/pinning.md): on with --scan or "pinning": {"enabled": true}.
  auto pinning = pins::LoadPinSettings(gateway_config_file, command_line.scan);
  if (!pinning) {
    std::cerr << "mcp-gateway: " << pinning.error().message << "\n";
    return cli::kExitConfig;
  }

  const std::string self_path = platform::SelfExecutablePath();
  auto loaded = LoadConfiguration(command_line, self_path);
  if (!loaded) {
    std::cerr << "mcp-gateway: " << loaded.error().message << "\n";
    return cli::kExitConfig;
  }
  const cli::Options options = WithListenSettings(command_line, loaded->listen);
  if (command_line.scan) {
    // Reputation before anything starts (docs/reputation.md): blocked servers are written back
    // into the user's config file and never started.
    const boost::json::object* registries = nullptr;
    if (guards_config && guards_config->scanner) {
      if (const boost::json::value* r = guards_config->scanner->if_contains("registries");
          r && r->is_object())
        registries = &r->get_object();
    }
    auto settings = scanner::reputation::ReputationSettingsFrom(
        registries, [](std::string_view name) -> std::optional<std::string> {
          const char* value = std::getenv(std::string(name).c_str());
          if (value == nullptr) return std::nullopt;
          return std::string(value);
        });
    if (!settings) {
      std::cerr << "mcp-gateway: scanner.registries: " << settings.error().message << "\n";
      return cli::kExitConfig;
    }
    settings->fail_closed = command_line.scan_fail_closed;
    const std::string state_dir = store::StateDir();
    std::string cache;
    if (!state_dir.empty() && store::EnsureDir(state_dir)) cache = state_dir + "/state.db";
    const auto outcome = scanner::reputation::ScreenReputations(*loaded, *settings, cache, true);
    for (config::ServerConfig& server : loaded->servers) {
      if (std::find(outcome.blocked.begin(), outcome.blocked.end(), server.name) !=
          outcome.blocked.end())
        server.blocked = true;
    }
  }
  auto gateway_config = std::make_shared<const config::GatewayConfig>(std::move(*loaded));
  spdlog::info("app config={} layout={} servers={}", gateway_config->source,
               gateway_config->layout, gateway_config->servers.size());
  LogConfigProblems(*gateway_config);
  if (options.transport == "stdio" && !options.http_only_flags.empty()) {
    std::string flags;
    for (const std::string& flag : options.http_only_flags)
      flags += (flags.empty() ? "" : " ") + flag;
    spdlog::warn("cli {} only apply to --transport http; ignored with the stdio transport", flags);
  }

  std::shared_ptr<const auth::Authenticator> authenticator;
  if (options.transport == "http") {
    auto made = MakeAuthenticator(options);
    if (!made) {
      std::cerr << "mcp-gateway: " << made.error().message << "\n";
      return cli::kExitUsage;
    }
    authenticator = std::move(*made);
    if (!authenticator->enabled() && !downstream::http::IsLoopbackBind(options.host)) {
      spdlog::warn("app serving HTTP on {} without authentication: anyone who can reach it "
                   "can use every upstream",
                   options.host);
    }
  }
  if (int err = platform::WatchOwnParent(); err != 0)
    spdlog::debug("app cannot watch the parent process: errno={}", err);

  asio::io_context io(1);
  guard_settings.io = &io;
  // Vectorscan databases of rule sets the binary does not embed (gitleaks files, custom rules)
  // are kept compiled in the state directory (guards/hs_disk_cache.h).
  if (const std::string state = store::StateDir(); !state.empty())
    guards::EnableHsDiskCache(state + "/hsdb");
  const auto guards_started = std::chrono::steady_clock::now();
  auto guard_chain = guards::BuildGuardChain(command_line.plugins, guard_settings);
  if (!guard_chain) {
    std::cerr << "mcp-gateway: " << guard_chain.error().message << "\n";
    return guard_settings.config ? cli::kExitConfig : cli::kExitUsage;
  }
  if (!(*guard_chain)->empty()) {
    std::string names;
    for (std::size_t i = 0; i < (*guard_chain)->size(); ++i)
      names += (i ? "," : "") + std::string((*guard_chain)->guard(i).name());
    spdlog::info("app guards={} ready in {} ms", names,
                 std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::now() - guards_started)
                     .count());
  }
  const bool http = options.transport == "http";
  // Metrics and the xetrack trace (-p xetrack); fed by the call recorder's sinks.
  auto observability = MakeObservability(options, [](const char* n) { return std::getenv(n); });
  if (!observability) {
    std::cerr << "mcp-gateway: " << observability.error().message << "\n";
    return cli::kExitConfig;
  }

  router::RouterOptions router_options;
  router_options.executor = io.get_executor();
  router_options.initialize_wait = options.initialize_wait;
  // Over stdio the one client's initialize starts the upstreams, so they are offered exactly that
  // client's capabilities; over HTTP they start once the port is bound (below).
  router_options.start_upstreams_with_first_client = !http;
  router_options.naming.separator = options.separator;
  router_options.naming.prefix = !options.no_prefix && !options.wrap;
  router_options.meta_tools = !options.wrap;
  router_options.wrap_mode = options.wrap;
  router_options.request_timeout = options.request_timeout;
  router_options.max_request_timeout = options.max_request_timeout;
  router_options.server_version = MCPGW_VERSION;
  router_options.page_size = options.page_size;
  router::Router router(router_options, *guard_chain);
  (*observability)->Observe(router);

  // ---- audit (docs/audit.md): the call recorder and its sinks; declared before the transports
  // so it outlives every session. Other sinks plug in with audit->recorder->AddSink(...).
  auto audit = SetUpAudit(guards_config ? &guards_config->auditing : nullptr, options.audit_db,
                          std::find(options.plugins.begin(), options.plugins.end(), "audit") !=
                              options.plugins.end(),
                          io.get_executor(), options.transport);
  if (!audit) {
    std::cerr << "mcp-gateway: " << audit.error().message << "\n";
    return cli::kExitConfig;
  }
  // The xetrack trace and the metrics are sinks of the same recorder (app/observability.h).
  for (const auto& sink : (*observability)->sinks) (*audit)->recorder->AddSink(sink);
  if ((*audit)->store) (*observability)->ObserveAudit((*audit)->store);
  router.SetRecorder((*audit)->recorder.get());
  // ---- end audit
  metrics::GatewayMetrics* gate_metrics = (*observability)->metrics.get();  // may be null
  if (*scanner_gate) (*scanner_gate)->SetMetrics(gate_metrics);
  if (*scanner_gate) router.AddCatalogGate(*scanner_gate);
  if (pinning->enabled) {
    spdlog::info("app pinning store={} mode={}", pinning->store_path,
                 pinning->policy.mode == pins::PinMode::kBlock ? "block" : "warn");
    auto pin_gate = std::make_shared<pins::PinGate>(pinning->store_path, pinning->policy);
    pin_gate->SetMetrics(gate_metrics);
    router.AddCatalogGate(std::move(pin_gate));
  }

  upstream::UpstreamOptions upstream_options = UpstreamOptionsFrom(options);
  upstream_options.client_capabilities = [&router] {
    return router.ClientCapabilitiesForUpstreams();
  };

  std::vector<std::shared_ptr<upstream::Upstream>> upstreams;
  for (const config::ServerConfig& server : gateway_config->servers) {
    auto shared = std::shared_ptr<const config::ServerConfig>(gateway_config, &server);
    upstreams.push_back(upstream::MakeUpstream(io, shared, upstream_options, &router));
  }
  router.SetUpstreams(upstreams);
  // Servers with "isolation": "session" get one more instance per client session.
  router.SetInstanceFactory([&io, gateway_config, upstream_options](
                                std::size_t index, upstream::UpstreamObserver* observer) {
    auto server = std::shared_ptr<const config::ServerConfig>(gateway_config,
                                                              &gateway_config->servers[index]);
    return upstream::MakeUpstream(io, server, upstream_options, observer);
  });

  int exit_code = cli::kExitOk;
  bool shutting_down = false;
  std::unique_ptr<downstream::StdioTransport> transport;
  std::unique_ptr<downstream::http::HttpServer> http_server;
  std::shared_ptr<auth::JwksRefresher> jwks_refresher;
  asio::signal_set signals(io, SIGINT, SIGTERM);

  // Shutdown: the client side first (the session cancels its in-flight requests upstream), and
  // the upstreams at the same time (each writes what it has queued, closes the child's stdin,
  // then escalates): a client that stopped reading stdout never holds the children. The
  // process ends once the upstreams are stopped and stdout is drained; a second SIGINT or
  // SIGTERM ends it at once (children still running are killed with their process groups).
  std::function<void(boost::system::error_code, int)> on_signal;
  auto shutdown = [&](std::string_view why) {
    if (shutting_down) return;
    shutting_down = true;
    spdlog::info("app shutting down: {}", why);
    jwks_refresher.reset();
    auto remaining = std::make_shared<std::size_t>(upstreams.size() + 1);
    auto one_done = [remaining, &io] {
      if (--*remaining == 0) io.stop();
    };
    if (http_server) http_server->Shutdown();
    if ((*observability)->listener) (*observability)->listener->Shutdown();
    if (transport) {
      transport->Shutdown(one_done);
    } else {
      one_done();
    }
    for (auto& upstream : upstreams) upstream->Stop(one_done);
  };

  on_signal = [&](boost::system::error_code ec, int signal) {
    if (ec) return;
    if (shutting_down) {
      spdlog::warn("app {} during shutdown: stopping now", signal == SIGINT ? "SIGINT" : "SIGTERM");
      io.stop();
      return;
    }
    shutdown(signal == SIGINT ? "SIGINT" : "SIGTERM");
    signals.async_wait(on_signal);
  };
  signals.async_wait(on_signal);

  // SIGHUP: guards reload their configuration (policies); a guard whose new configuration is
  // invalid keeps the old one and says why. Sessions are not touched.
  asio::signal_set reload_signals(io, SIGHUP);
  std::function<void(boost::system::error_code, int)> on_reload;
  on_reload = [&](boost::system::error_code ec, int) {
    if (ec || shutting_down) return;
    const std::vector<std::string> refused = (*guard_chain)->Reload();
    if (refused.empty()) {
      spdlog::info("app SIGHUP: guard configuration reloaded");
    } else {
      for (const std::string& why : refused)
        spdlog::error("app SIGHUP: reload refused, the previous configuration stays: {}", why);
    }
    reload_signals.async_wait(on_reload);
  };
  reload_signals.async_wait(on_reload);

  if (http) {
    downstream::http::HttpServerOptions http_options = HttpOptions(options);
    if (!options.oauth_jwks_url.empty() && authenticator && authenticator->oauth_enabled()) {
      jwks_refresher = std::make_shared<auth::JwksRefresher>(io, options.oauth_jwks_url,
                                                              authenticator);
      jwks_refresher->Start();
      std::weak_ptr<auth::JwksRefresher> weak = jwks_refresher;
      http_options.on_unknown_key = [weak] {
        if (auto refresher = weak.lock()) refresher->RequestRefresh();
      };
    }
    (*observability)->ServeOn(http_options, options);
    http_server = std::make_unique<downstream::http::HttpServer>(io, router,
                                                                 std::move(http_options),
                                                                 authenticator);
    if (auto started = http_server->Start(); !started) {
      // Bound before any server starts: a taken port costs no server start-up.
      std::cerr << "mcp-gateway: " << started.error().message << "\n";
      exit_code = cli::kExitRuntime;
      shutdown("cannot serve HTTP");
    } else {
      for (auto& upstream : upstreams) upstream->Start();
      // Sessions open now, sampled at each scrape (the server outlives every scrape).
      if (metrics::GatewayMetrics* m = (*observability)->metrics.get()) {
        const downstream::http::HttpServer* server = http_server.get();
        m->registry().AddCollectHook([server, m] {
          m->SetSessions("http", static_cast<double>(server->session_count()));
        });
      }
    }
  } else {
    downstream::StdioTransportOptions transport_options;
    transport_options.max_message_size = options.max_message_size;
    transport_options.session.max_in_flight = options.max_requests_per_session;
    transport_options.session.max_batch_size = options.max_batch_size;
    transport_options.session.max_input_rounds = options.max_input_rounds;
    transport = std::make_unique<downstream::StdioTransport>(
        io, router, transport_options, [&] { shutdown("client closed stdin"); });
    transport->Start();
    if (metrics::GatewayMetrics* m = (*observability)->metrics.get()) m->SetSessions("stdio", 1);
  }

  if (auto listening = (*observability)->Listen(io, options.metrics_listen); !listening) {
    std::cerr << "mcp-gateway: " << listening.error().message << "\n";
    exit_code = cli::kExitUsage;
    shutdown("cannot serve metrics");
  }

  if (options.no_prefix && !options.wrap) {
    router.WhenSettled([&] {
      if (router.tool_collisions().empty()) return;
      std::string names;
      for (const auto& c : router.tool_collisions())
        names += (names.empty() ? "" : ", ") + ("'" + c.wanted + "' (server '" + c.server + "')");
      std::cerr << "mcp-gateway: --no-prefix: each of these tools collides with another "
                   "server's tool: "
                << names << "; remove --no-prefix or one of the servers\n";
      exit_code = cli::kExitRuntime;
      shutdown("tool name collision in --no-prefix mode");
    });
  }

  // The last exception boundary: a handler that throws past every inner boundary (a session's
  // message dispatch, an HTTP connection) is logged, and the gateway keeps serving.
  while (true) {
    try {
      io.run();
      break;
    } catch (const std::exception& e) {
      spdlog::error("app unexpected error in an event handler (continuing): {}", e.what());
    } catch (...) {
      spdlog::error("app unexpected error in an event handler (continuing): unknown exception");
    }
  }
  // What the stop left ready (a connection's coroutine woken by Shutdown's cancellations, one
  // finishing after its last write) runs now, while the HTTP server, the router and the sessions
  // it closes are alive; otherwise those frames would be destroyed with `io`, after them. Bounded,
  // in case a handler keeps posting work.
  io.restart();
  for (int drained = 0; drained < 100000; ++drained) {
    try {
      if (io.poll_one() == 0) break;
    } catch (const std::exception& e) {
      spdlog::error("app unexpected error while stopping: {}", e.what());
    } catch (...) {
      spdlog::error("app unexpected error while stopping: unknown exception");
    }
  }
  spdlog::info("app stopped");
  return exit_code;
}

}  // namespace mcpgw::app
