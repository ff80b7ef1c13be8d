#include "upstream/upstream_factory.h"

#include "upstream/static_upstream.h"
#include "config/child_environment.h"
#include "upstream/child_transport.h"
#include "upstream/http_transport.h"
#include "upstream/protocol_upstream.h"

namespace mcpgw::upstream {

std::shared_ptr<Upstream> MakeUpstream(boost::asio::io_context& io,
                                       std::shared_ptr<const config::ServerConfig> server,
                                       const UpstreamOptions& options,
                                       UpstreamObserver* observer) {
  auto executor = io.get_executor();
  if (!server->error.empty())
    return std::make_shared<StaticUpstream>(executor, server, State::kInvalid, server->error);
  if (server->blocked) {
    return std::make_shared<StaticUpstream>(executor, server, State::kBlocked,
                                            "blocked by the security scanner");
  }
  if (server->disabled)
    return std::make_shared<StaticUpstream>(executor, server, State::kDisabled, "");
  UpstreamOptions effective = options;
  if (server->stop_grace) effective.stop_grace = *server->stop_grace;
  if (server->transport != config::Transport::kStdio) {
    auto make_transport = [&io, server, options = effective]() {
      HttpTransportOptions http;
      http.url = server->url;
      http.headers = server->headers;
      http.transport = server->transport;
      http.max_message_size = options.max_message_size;
      http.max_connections = options.max_http_connections;
      http.request_timeout = options.max_request_timeout;  // the protocol layer's deadlines rule
      return MakeHttpTransport(io, server->name, std::move(http));
    };
    return std::make_shared<ProtocolUpstream>(io, std::move(server), effective, observer,
                                              std::move(make_transport));
  }
  auto make_transport = [&io, server, options = effective]() {
    ChildProcess::Spec spec{server->command, server->args,
                            config::BuildChildEnvironment(*server, options.getenv), server->cwd};
    return MakeChildTransport(io, server->name, std::move(spec), options.max_message_size,
                              options.max_queued_input, options.stop_grace);
  };
  return std::make_shared<ProtocolUpstream>(io, std::move(server), effective, observer,
                                            std::move(make_transport));
}

}  // namespace mcpgw::upstream
