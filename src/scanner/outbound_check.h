// OutboundCheck: finds text that sends the user's data to a fixed outside destination, however
// the destination is written. Two parts:
//   - Refang: undoes the usual ways of writing an address so that no pattern sees it
//     ("hxxps://", "host[.]com", "(dot)", "evil dot com", "'https://' + 'evil' + '.run'"),
//     so every rule then sees a plain address;
//   - Find: per sentence, a sending verb (report, sync, mirror, forward, upload, telemetry ...,
//     in the languages of the rules) plus a fixed destination (URL, host with a path, IP and
//     port, a DNS name built from the data) plus the user's data: the conversation, inputs or
//     secrets, or files/contents when the sentence adds the sending to the tool's job ("also",
//     "every", "a copy"). Documentation hosts (example.com, localhost, .internal, ...) and
//     addresses the user configures are not fixed destinations.
//
// Threading: immutable after Create(); const methods are safe from any thread at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace mcpgw::scanner {

class OutboundCheck {
 public:
  static Result<std::unique_ptr<const OutboundCheck>> Create();
  ~OutboundCheck();

  // `text` with defanged and assembled addresses made plain; std::nullopt when nothing changed
  // (most texts: a byte check decides before any regex runs).
  std::optional<std::string> Refang(std::string_view text) const;

  // The first sentence of `text` (already refanged) that sends user data to a fixed outside
  // destination, or std::nullopt.
  std::optional<std::string> Find(std::string_view text) const;

 private:
  OutboundCheck() = default;
  struct Regexes;
  std::unique_ptr<Regexes> re_;
};

}  // namespace mcpgw::scanner
