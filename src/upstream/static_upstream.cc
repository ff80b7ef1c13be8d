#include "upstream/static_upstream.h"

#include "core/json_rpc.h"

#include <boost/asio/post.hpp>

namespace mcpgw::upstream {

StaticUpstream::StaticUpstream(boost::asio::any_io_executor executor,
                               std::shared_ptr<const config::ServerConfig> config, State state,
                               std::string error)
    : executor_(std::move(executor)),
      config_(std::move(config)),
      state_(state),
      error_(std::move(error)) {}

void StaticUpstream::Stop(std::function<void()> done) {
  boost::asio::post(executor_, std::move(done));
}

RequestId StaticUpstream::Send(std::string_view method, json::value, RequestCallbacks callbacks,
                               std::chrono::milliseconds, std::chrono::milliseconds) {
  std::string message = "upstream '" + config_->name + "' is " + StateName(state_);
  if (!error_.empty()) message += ": " + error_;
  boost::asio::post(executor_, [callbacks = std::move(callbacks),
                                message = std::move(message)]() mutable {
    Complete(callbacks, core::MakeErrorResponse(nullptr, core::kUpstreamUnavailable, message));
  });
  return 0;
}

}  // namespace mcpgw::upstream
