#include "scanner/reputation/reputation_scan.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <memory>
#include <utility>

namespace mcpgw::scanner::reputation {

void CheckAllReputations(boost::asio::io_context& io, const config::GatewayConfig& config,
                         const ReputationSettings& settings, ReputationCache* cache,
                         std::function<void(std::vector<ReputationResult>)> done) {
  struct Pending {
    std::vector<ReputationResult> results;
    std::size_t remaining = 0;
    std::function<void(std::vector<ReputationResult>)> done;
  };
  auto pending = std::make_shared<Pending>();
  pending->results.resize(config.servers.size());
  pending->done = std::move(done);
  pending->remaining = config.servers.size() + 1;  // +1: released below, after every start
  auto finish_one = [pending] {
    if (--pending->remaining == 0) pending->done(std::move(pending->results));
  };
  for (std::size_t i = 0; i < config.servers.size(); ++i) {
    const config::ServerConfig& server = config.servers[i];
    std::string skip;
    if (server.scan_status == "skipped") skip = "skipped by the config (\"blocked\": \"skipped\")";
    if (server.disabled) skip = "disabled";
    if (!server.error.empty()) skip = "unusable entry";
    if (!skip.empty()) {
      pending->results[i].reason = std::move(skip);
      boost::asio::post(io, finish_one);
      continue;
    }
    CheckReputation(io, server, settings, cache, [pending, i, finish_one](ReputationResult r) {
      pending->results[i] = std::move(r);
      finish_one();
    });
  }
  boost::asio::post(io, finish_one);
}

}  // namespace mcpgw::scanner::reputation
