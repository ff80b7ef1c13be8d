// Detector: a pure function over text that finds spans to act on (a secret, a piece of PII, an
// injected instruction). Guards adapt detectors to MCP messages through the text walker; the
// detectors themselves know nothing of JSON-RPC, so they are table-tested on plain strings and
// measured on corpora.
//
// Threading: Scan() is const and safe to call from any thread at once (per-thread scratch is the
// detector's business). Lifetime: a detector is built once at start (rules compiled) and shared
// as shared_ptr<const Detector>; the string_views in a Detection point into the detector's own
// rule tables and stay valid for the detector's lifetime.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mcpgw::guards {

struct Detection {
  std::size_t begin = 0;  // byte offset of the value in the scanned text
  std::size_t end = 0;    // one past its last byte; begin < end
  // Stable finding type, dotted: "secrets.github_pat", "secrets.aws_access_key",
  // "pii.EMAIL_ADDRESS". It reaches logs, the audit store and reason codes; never the value.
  std::string_view type;
  // The entity or token name an operator uses: "GITHUB_PERSONAL_ACCESS_TOKEN", "EMAIL_ADDRESS".
  // The default replacement is "<" + entity + ">".
  std::string_view entity;
  float score = 1.0f;  // confidence in [0, 1]; detectors drop what is under their threshold
};

class Detector {
 public:
  virtual ~Detector() = default;
  // A short stable name ("secrets", "pii").
  virtual std::string_view name() const = 0;
  // Appends what `text` contains to `out`, sorted by begin and not overlapping one another
  // (where two candidates overlap the detector keeps one: the longer, then the higher score).
  // A clean text appends nothing and allocates nothing. Never throws on any input bytes
  // (text may be invalid UTF-8 or contain NULs).
  virtual void Scan(std::string_view text, std::vector<Detection>& out) const = 0;
};

}  // namespace mcpgw::guards
