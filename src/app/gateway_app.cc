#include "app/gateway_app.h"

#include "app/demo_config.h"
#include "config/config_loader.h"
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

}  // namespace

int RunGateway(const cli::Options& options) {
  SetUpLogging(options.log_level);
  for (const std::string& warning : options.warnings) spdlog::warn("cli {}", warning);
  ::signal(SIGPIPE, SIG_IGN);

  auto guard_chain = guards::BuildGuardChain(options.plugins, {options.deny_tools});
  if (!guard_chain) {
    std::cerr << "mcp-gateway: " << guard_chain.error().message << "\n";
    return cli::kExitUsage;
  }
  if (options.scan) {
    std::cerr << "mcp-gateway: --scan: the security scanner is not yet available in this build; "
                 "refusing to start unscanned servers\n";
    return cli::kExitUsage;
  }

  const std::string self_path = platform::SelfExecutablePath();
  auto loaded = LoadConfiguration(options, self_path);
  if (!loaded) {
    std::cerr << "mcp-gateway: " << loaded.error().message << "\n";
    return cli::kExitConfig;
  }
  auto gateway_config = std::make_shared<const config::GatewayConfig>(std::move(*loaded));
  spdlog::info("app config={} layout={} servers={}", gateway_config->source,
               gateway_config->layout, gateway_config->servers.size());
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

  int exit_code = cli::kExitOk;
  bool shutting_down = false;
  std::unique_ptr<downstream::StdioTransport> transport;
  asio::signal_set signals(io, SIGINT, SIGTERM);

  auto shutdown = [&](std::string_view why) {
    if (shutting_down) return;
    shutting_down = true;
    spdlog::info("app shutting down: {}", why);
    signals.cancel();
    auto stop_upstreams = [&] {
      auto remaining = std::make_shared<std::size_t>(upstreams.size());
      if (*remaining == 0) io.stop();
      for (auto& upstream : upstreams) {
        upstream->Stop([remaining, &io] {
          if (--*remaining == 0) io.stop();
        });
      }
    };
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

  downstream::StdioTransportOptions transport_options;
  transport_options.max_message_size = options.max_message_size;
  transport = std::make_unique<downstream::StdioTransport>(
      io, router, transport_options, [&] { shutdown("client closed stdin"); });
  transport->Start();

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

  io.run();
  spdlog::info("app stopped");
  return exit_code;
}

}  // namespace mcpgw::app
