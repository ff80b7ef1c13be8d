// Vault: reversible masking. Values masked in what reaches the client become session-scoped
// placeholders ("<GITHUB_PERSONAL_ACCESS_TOKEN_1>"); when the client later sends a request whose
// text contains a placeholder, VaultGuard puts the real value back before forwarding, but only
// toward the server the value came from (or a server on the configured allow-list). The model
// never sees the value, yet "read the key, then use it" workflows keep working.
//
// The vault is memory-only, bounded (oldest entries forgotten first: their placeholders then stay
// placeholders), one per session (in the session's SessionStore), and gone when the session
// ends. Threading: io_context thread only.
#pragma once

#include "guards/guard.h"

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mcpgw::guards {

struct VaultOptions {
  bool enabled = false;
  std::size_t max_entries = 10'000;  // per session
  // Servers (fnmatch globs) that may receive any vault value, besides the value's origin.
  std::vector<std::string> allow_servers;
};

class Vault {
 public:
  struct Entry {
    std::string value;
    std::string origin;  // the server the value came from
    std::string entity;
  };
  // The placeholder for `value` (the same one every time within the session).
  std::string Put(std::string_view entity, std::string_view value, std::string_view origin,
                  std::size_t max_entries);
  // The entry a placeholder stands for, or null (unknown or forgotten).
  const Entry* Find(std::string_view placeholder) const;
  std::size_t size() const { return by_placeholder_.size(); }

 private:
  std::unordered_map<std::string, Entry> by_placeholder_;
  std::map<std::pair<std::string, std::string>, std::string> by_value_;  // (entity, value)
  std::unordered_map<std::string, std::size_t> counters_;                // per entity
  std::deque<std::string> order_;                                        // oldest first
};

// Runs on requests (last in the chain, so the other guards see placeholders, not values) and
// restores placeholders the target server may receive. A placeholder for another server stays
// as it is and is recorded (finding "vault.refused", action alert). Reason when restoring:
// "vault.restored".
class VaultGuard final : public Guard {
 public:
  explicit VaultGuard(VaultOptions options) : options_(std::move(options)) {}
  std::string_view name() const override { return "vault"; }
  bool Applies(const GuardContext& context) const override;
  Verdict Inspect(const GuardContext& context, boost::json::value& payload) override;

  // True when `server` may receive a value that came from `origin`.
  bool MayReceive(std::string_view server, std::string_view origin) const;

 private:
  VaultOptions options_;
};

}  // namespace mcpgw::guards
