// StaticUpstream: an upstream that is never started (disabled, blocked by the scanner, invalid
// config entry, or a transport this build cannot reach yet). It only reports its state and error;
// requests are answered with kUpstreamUnavailable.
//
// Threading: io_context thread only, like every Upstream.
#pragma once

#include "upstream/upstream.h"

#include <boost/asio/any_io_executor.hpp>

namespace mcpgw::upstream {

class StaticUpstream final : public Upstream {
 public:
  StaticUpstream(boost::asio::any_io_executor executor,
                 std::shared_ptr<const config::ServerConfig> config, State state,
                 std::string error);

  const config::ServerConfig& config() const override { return *config_; }
  State state() const override { return state_; }
  const std::string& last_error() const override { return error_; }
  const Catalog& catalog() const override { return catalog_; }
  bool settled() const override { return true; }
  void Start() override {}
  void Stop(std::function<void()> done) override;
  RequestId Send(std::string_view method, json::value params, RequestCallbacks callbacks,
                 std::chrono::milliseconds timeout,
                 std::chrono::milliseconds max_timeout) override;
  void Cancel(RequestId, std::string_view) override {}
  void Notify(std::string_view, json::value) override {}

 private:
  boost::asio::any_io_executor executor_;
  std::shared_ptr<const config::ServerConfig> config_;
  State state_;
  std::string error_;
  Catalog catalog_;
};

}  // namespace mcpgw::upstream
