#include "upstream/upstream_factory.h"

#include "upstream/static_upstream.h"
#include "upstream/stdio_upstream.h"

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
  if (server->transport != config::Transport::kStdio) {
    return std::make_shared<StaticUpstream>(
        executor, server, State::kUnsupported,
        std::string("remote servers (") + config::TransportName(server->transport) +
            ") are not supported by this build yet");
  }
  return std::make_shared<StdioUpstream>(io, std::move(server), options, observer);
}

}  // namespace mcpgw::upstream
