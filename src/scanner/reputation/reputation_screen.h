// ScreenReputations: the reputation step of `--scan`, run once before any server starts: checks
// every server of the config (CheckAllReputations on an io_context of its own, so it needs none
// from the caller and is bounded by the per-request timeouts), logs each verdict, writes
// "blocked" back into the user's config file for each blocked server (WriteScanStatus; a failure,
// such as a read-only file, is logged, never fatal), and returns what it decided so the caller can
// mark those servers blocked (ServerConfig::blocked) before starting anything.
//
// Only `kBlocked` results change anything; `unknown` (no registry configured, network failure,
// rate limiting) is logged at warning level and the server starts (unless settings.fail_closed).
//
// Threading: blocks the calling thread until every check has finished; call it at start-up,
// before the gateway's io_context runs. Log lines never carry tokens.
#pragma once

#include <string>
#include <vector>

#include "config/server_config.h"
#include "scanner/reputation/reputation_check.h"

namespace mcpgw::scanner::reputation {

struct ScreeningOutcome {
  std::vector<ReputationResult> results;  // config order
  std::vector<std::string> blocked;       // names of blocked servers, config order
  std::vector<std::string> write_errors;  // write-back failures (already logged)
};

// `cache_path` empty: no cache. `write_back` false: the config file is left alone (tests of
// `mcp-gateway scan --json` style callers).
ScreeningOutcome ScreenReputations(const config::GatewayConfig& config,
                                   const ReputationSettings& settings,
                                   const std::string& cache_path, bool write_back);

}  // namespace mcpgw::scanner::reputation
