#include "scanner/reputation/reputation_screen.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <optional>

#include "config/scan_status_write_back.h"
#include "scanner/reputation/reputation_scan.h"

namespace mcpgw::scanner::reputation {

ScreeningOutcome ScreenReputations(const config::GatewayConfig& config,
                                   const ReputationSettings& settings,
                                   const std::string& cache_path, bool write_back) {
  std::optional<ReputationCache> cache;
  if (!cache_path.empty()) {
    auto opened = ReputationCache::Open(cache_path);
    if (opened) {
      cache.emplace(std::move(*opened));
    } else {
      spdlog::warn("reputation cache unavailable: {}", opened.error().message);
    }
  }
  ScreeningOutcome outcome;
  boost::asio::io_context io;
  CheckAllReputations(
      io, config, settings, cache ? &*cache : nullptr,
      [&](std::vector<ReputationResult> results) { outcome.results = std::move(results); });
  io.run();
  for (std::size_t i = 0; i < outcome.results.size() && i < config.servers.size(); ++i) {
    const ReputationResult& r = outcome.results[i];
    const std::string& name = config.servers[i].name;
    const std::string package =
        r.package ? std::string(EcosystemName(r.package->ecosystem)) + ":" + r.package->name : "-";
    switch (r.verdict) {
      case ReputationResult::Verdict::kBlocked:
        spdlog::warn("reputation server={} package={} verdict=blocked {}", name, package, r.reason);
        break;
      case ReputationResult::Verdict::kUnknown:
        spdlog::warn("reputation server={} package={} verdict=unknown {}", name, package, r.reason);
        break;
      default:
        spdlog::info("reputation server={} package={} verdict={} {}", name, package,
                     VerdictName(r.verdict), r.reason);
    }
    if (r.verdict != ReputationResult::Verdict::kBlocked) continue;
    outcome.blocked.push_back(name);
    if (!write_back || config.source.empty() || config.source.starts_with("<")) continue;
    auto written =
        config::WriteScanStatus(config.source, config.layout, name, config::kScanBlocked);
    if (!written) {
      spdlog::error("reputation server={} status not written back: {}", name,
                    written.error().message);
      outcome.write_errors.push_back(written.error().message);
    }
  }
  return outcome;
}

}  // namespace mcpgw::scanner::reputation
