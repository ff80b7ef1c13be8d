// CheckAllReputations: the reputation step of `--scan` / `mcp-gateway scan` over a whole config:
// every server is checked at once (each request bounded by settings.request_timeout), and the
// results come back together, in config order. A server whose "blocked" member is "skipped" (the
// user's override, as in the reference gateway), a disabled server and an unusable entry are not
// checked (verdict kNotApplicable with the reason).
//
// What the caller does with the results (docs/reputation.md): a kBlocked server is not started
// and its status is written back with config::WriteScanStatus(config.source, config.layout,
// name, "blocked"); kUnknown is logged.
//
// Threading: call on the io_context's thread; `done` runs there once, never inside the call.
// Lifetime: `config` and `cache` (may be null) must outlive the checks.
#pragma once

#include <functional>
#include <vector>

#include "config/server_config.h"
#include "scanner/reputation/reputation_check.h"

namespace boost::asio {
class io_context;
}

namespace mcpgw::scanner::reputation {

void CheckAllReputations(boost::asio::io_context& io, const config::GatewayConfig& config,
                         const ReputationSettings& settings, ReputationCache* cache,
                         std::function<void(std::vector<ReputationResult>)> done);

}  // namespace mcpgw::scanner::reputation
