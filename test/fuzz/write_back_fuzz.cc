// Fuzzes the scan-status write-back (src/config/scan_status_write_back.h): on arbitrary config
// text the loader accepts, setting "blocked" on each usable server must find the entry, and the
// edited text must load again with the same layout, that server now "blocked" and every other
// server's status unchanged. On text the loader rejects, the write-back must fail cleanly.
//
// Invariants (a violation calls __builtin_trap, which libFuzzer reports as a crash).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "config/config_loader.h"
#include "config/scan_status_write_back.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const mcpgw::config::LoadOptions& Options() {
  static const mcpgw::config::LoadOptions options = [] {
    mcpgw::config::LoadOptions o;
    o.getenv = [](std::string_view) { return std::optional<std::string>("x"); };
    o.home = "/home/fuzz";
    return o;
  }();
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = mcpgw::config::ParseConfig(text, "fuzz", Options());
  if (!config) {
    (void)mcpgw::config::SetScanStatusText(text, "mcpServers", "fs", "blocked");
    return 0;
  }
  std::size_t tried = 0;
  for (const auto& server : config->servers) {
    if (++tried > 4) break;
    auto edited = mcpgw::config::SetScanStatusText(text, config->layout, server.name, "blocked");
    // An unusable entry (e.g. a Continue element without a "transport" object) is never scanned:
    // it may have no place for the member. Every usable entry must be found.
    if (!edited) {
      Check(!server.error.empty());
      continue;
    }
    auto again = mcpgw::config::ParseConfig(*edited, "fuzz", Options());
    Check(again.has_value());
    Check(again->layout == config->layout);
    Check(again->servers.size() == config->servers.size());
    std::map<std::string, std::string> before;
    for (const auto& s : config->servers) before[s.name] = s.scan_status;
    for (const auto& s : again->servers) {
      Check(before.count(s.name) == 1);
      if (!s.error.empty()) continue;  // the loader reads no status from an unusable entry
      Check(s.scan_status == (s.name == server.name ? std::string("blocked") : before[s.name]));
    }
  }
  return 0;
}
