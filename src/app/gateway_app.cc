#include "app/gateway_app.h"

#include "app/demo_config.h"
#include "config/config_loader.h"
#include "auth/authenticator.h"
#include "auth/jwks_refresher.h"
#include "downstream/http/http_server.h"
#include "downstream/http/request_guard.h"
#include "downstream/stdio_transport.h"
#include "guards/plugin_catalog.h"
#include "platform/process_lifetime.h"
#include "platform/self_path.h"
#include "router/router.h"
#include "upstream/upstream_factory.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
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
  http.session_idle_timeout = options.session_idle_timeout;
  return http;
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

  auto guard_chain = guards::BuildGuardChain(command_line.plugins, {command_line.deny_tools});
  if (!guard_chain) {
    std::cerr << "mcp-gateway: " << guard_chain.error().message << "\n";
    return cli::kExitUsage;
  }
  if (command_line.scan) {
    std::cerr << "mcp-gateway: --scan: the security scanner is not yet available in this build; "
                 "refusing to start unscanned servers\n";
    return cli::kExitUsage;
  }

  const std::string self_path = platform::SelfExecutablePath();
  auto loaded = LoadConfiguration(command_line, self_path);
  if (!loaded) {
    std::cerr << "mcp-gateway: " << loaded.error().message << "\n";
    return cli::kExitConfig;
  }
  const cli::Options options = WithListenSettings(command_line, loaded->listen);
  auto gateway_config = std::make_shared<const config::GatewayConfig>(std::move(*loaded));
  spdlog::info("app config={} layout={} servers={}", gateway_config->source,
               gateway_config->layout, gateway_config->servers.size());

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

  router::RouterOptions router_options;
  router_options.naming.separator = options.separator;
  router_options.naming.prefix = !options.no_prefix && !options.wrap;
  router_options.meta_tools = !options.wrap;
  router_options.wrap_mode = options.wrap;
  router_options.request_timeout = options.request_timeout;
  router_options.max_request_timeout = options.max_request_timeout;
  router_options.server_version = MCPGW_VERSION;
  router_options.page_size = options.page_size;
  router::Router router(router_options, *guard_chain);

  upstream::UpstreamOptions upstream_options;
  upstream_options.request_timeout = options.request_timeout;
  upstream_options.max_request_timeout = options.max_request_timeout;
  upstream_options.initialize_timeout = options.initialize_timeout;
  upstream_options.max_message_size = options.max_message_size;
  upstream_options.client_version = MCPGW_VERSION;
  upstream_options.ping_interval = options.ping_interval;
  // What the gateway can route to its clients (refused per request when the client lacks it).
  upstream_options.client_capabilities = {
      {"sampling", json::object()},
      {"elicitation", json::object{{"form", json::object()}, {"url", json::object()}}},
      {"roots", json::object{{"listChanged", true}}}};
  upstream_options.getenv = config::DefaultLoadOptions().getenv;

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

  auto shutdown = [&](std::string_view why) {
    if (shutting_down) return;
    shutting_down = true;
    spdlog::info("app shutting down: {}", why);
    signals.cancel();
    jwks_refresher.reset();
    auto stop_upstreams = [&] {
      auto remaining = std::make_shared<std::size_t>(upstreams.size());
      if (*remaining == 0) io.stop();
      for (auto& upstream : upstreams) {
        upstream->Stop([remaining, &io] {
          if (--*remaining == 0) io.stop();
        });
      }
    };
    if (http_server) http_server->Shutdown();
    if (transport) {
      transport->Shutdown(stop_upstreams);
    } else {
      stop_upstreams();
    }
  };

  signals.async_wait([&](boost::system::error_code ec, int signal) {
    if (!ec) shutdown(signal == SIGINT ? "SIGINT" : "SIGTERM");
  });

  for (auto& upstream : upstreams) upstream->Start();

  if (options.transport == "http") {
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
    http_server = std::make_unique<downstream::http::HttpServer>(io, router,
                                                                 std::move(http_options),
                                                                 authenticator);
    if (auto started = http_server->Start(); !started) {
      std::cerr << "mcp-gateway: " << started.error().message << "\n";
      exit_code = cli::kExitRuntime;
      shutdown("cannot serve HTTP");
    }
  } else {
    downstream::StdioTransportOptions transport_options;
    transport_options.max_message_size = options.max_message_size;
    transport_options.session.max_in_flight = options.max_requests_per_session;
    transport_options.session.max_batch_size = options.max_batch_size;
    transport = std::make_unique<downstream::StdioTransport>(
        io, router, transport_options, [&] { shutdown("client closed stdin"); });
    transport->Start();
  }

  if (options.no_prefix && !options.wrap) {
    router.WhenSettled([&] {
      if (router.tool_collisions().empty()) return;
      const auto& c = router.tool_collisions().front();
      std::cerr << "mcp-gateway: --no-prefix: tool '" << c.wanted << "' of server '" << c.server
                << "' collides with another server's tool; remove --no-prefix or rename\n";
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
  spdlog::info("app stopped");
  return exit_code;
}

}  // namespace mcpgw::app
