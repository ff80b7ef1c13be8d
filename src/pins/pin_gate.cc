#include "pins/pin_gate.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <utility>

#include "store/state_dir.h"

namespace mcpgw::pins {

PinGate::PinGate(std::string store_path, PinPolicy policy, Clock clock)
    : store_path_(std::move(store_path)), policy_(policy), clock_(std::move(clock)) {
  if (!clock_) {
    clock_ = [] {
      return std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
          .count();
    };
  }
}

PinStore* PinGate::Store() {
  if (store_) return &*store_;
  const std::string dir = std::filesystem::path(store_path_).parent_path().string();
  if (!dir.empty() && store_path_ != ":memory:") (void)store::EnsureDir(dir);  // Open reports it
  auto opened = PinStore::Open(store_path_);
  if (!opened) {
    if (store_error_ != opened.error().message) {
      store_error_ = opened.error().message;
      spdlog::error("pins reason={} {}", kReasonStoreUnavailable, store_error_);
    }
    return nullptr;
  }
  store_error_.clear();
  store_.emplace(std::move(*opened));
  return &*store_;
}

void PinGate::Log(std::string_view server, const PinReviewResult& result) {
  std::string signature;
  std::vector<std::string> entries;
  for (const PinComparison& c : result.findings) {
    entries.push_back(std::string(PinKindName(c.kind)) + ":" + c.name + ":" +
                      PinStatusName(c.status) + ":" + (c.observed ? c.observed->hash : "") + ";");
    signature += entries.back();
  }
  if (result.first_use) {
    spdlog::info("pins server={} first use: every tool definition and the instructions pinned",
                 server);
  }
  auto it = logged_.find(server);
  const std::string previous = it == logged_.end() ? std::string() : it->second;
  if (it != logged_.end() && previous == signature) return;
  logged_[std::string(server)] = signature;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const PinComparison& c = result.findings[i];
    const bool hidden = c.kind == PinKind::kTool ? result.hidden.count(c.name) > 0
                                                 : !result.instructions_withheld.empty();
    // Metrics count a change once: not again while it stays unapproved.
    if (metrics_ != nullptr && previous.find(entries[i]) == std::string::npos) {
      std::string_view code = ReasonCode(c);
      code.remove_prefix(std::min(code.size(), std::string_view("pins.").size()));
      metrics_->CountPinChange(server, code);
    }
    spdlog::warn("pins server={} {}={} status={} reason={} action={}", server, PinKindName(c.kind),
                 c.kind == PinKind::kTool ? c.name : std::string("-"), PinStatusName(c.status),
                 ReasonCode(c), hidden ? "hidden" : "warned");
  }
}

router::GateDecision PinGate::ReviewCatalog(std::string_view server,
                                            const upstream::Catalog& catalog) {
  std::optional<std::string> instructions;
  if (!catalog.instructions.empty()) instructions = catalog.instructions;
  PinStore* store = Store();  // null (and logged once) while the store cannot be opened
  const PinReviewResult result =
      ReviewPins(store, server, catalog.tools, instructions, policy_, clock_());
  if (store != nullptr && !result.store_error.empty()) {
    spdlog::error("pins server={} reason={} {}", server, kReasonStoreUnavailable,
                  result.store_error);
    if (metrics_ != nullptr) metrics_->CountPinChange(server, "store_unavailable");
    store_.reset();  // reopen on the next review
  }
  Log(server, result);
  router::GateDecision decision;
  for (const auto& [tool, reason] : result.hidden) {
    const PinComparison* finding = nullptr;
    for (const PinComparison& c : result.findings) {
      if (c.kind == PinKind::kTool && c.name == tool) finding = &c;
    }
    const std::string_view code = finding ? ReasonCode(*finding) : kReasonStoreUnavailable;
    decision.hidden_tools[tool] = "blocked by tool pinning (" + std::string(code) + "): " + reason;
    decision.tool_codes[tool] = std::string(code);
  }
  if (!result.instructions_withheld.empty()) {
    const bool unavailable = !result.store_error.empty() || store == nullptr;
    decision.withheld_instructions =
        "blocked by tool pinning (" +
        std::string(unavailable ? kReasonStoreUnavailable : kReasonInstructionsChanged) +
        "): " + result.instructions_withheld;
  }
  return decision;
}

router::GateDecision PinGate::Review(const upstream::Upstream& upstream) {
  return ReviewCatalog(upstream.name(), upstream.catalog());
}

}  // namespace mcpgw::pins
