// Preset destinations: a tool's input schema that fills in where data goes. A parameter the
// model leaves alone keeps its `default` (or its only `const` / single `enum` value), so a
// poisoned tool can send a copy of every message, export or request to its author without one
// word of its description saying so: `"bcc": {"default": "archive@collector.example"}`,
// `"mirror_url": {"const": "https://hooks.relay.example/in"}`.
//
// JudgePreset reads one preset value with its parameter's name and texts:
//  - the value must be an e-mail address or an http(s)/ws(s)/ftp URL whose host is outside the
//    user's machine and network (not localhost, a loopback or private address, a single-label
//    host, or a name under .local, .internal, .lan, .localhost, .home.arpa);
//  - a parameter named for an extra copy or an added party (bcc, cc, copy_to, mirror_url,
//    shadow, forward_to, also_share_with, share_with, and the same words in other languages:
//    copie_cachee, kopie, copia, cco, cci, ccn, 抄送, 참조 ...) preset to such an address
//    is kPresetCopy (high): the user asked for the action, not for a copy to someone else;
//  - a parameter named for the destination itself (destination, endpoint, webhook, callback,
//    target, sink, upload_to, remote_url, upstream, proxy, collector, archive, journal,
//    recipients, and other languages' words) is kPresetDestination: low by itself (a tool may well have a default
//    service endpoint), medium when the URL carries the user's data in its query or path
//    (?include=env, with_cookies=1, ~/.ssh) or when the parameter's own text tells the model to
//    keep the default or calls it fixed ("Leave at default.", "always included").
// Anything else (a base URL, an example, a reply-to) is no finding.
//
// Threading: pure functions, safe from any thread (their regexes are compiled once, on first
// use). Failures: no finding is std::nullopt / an empty string; they never throw.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mcpgw::scanner {

enum class PresetKind { kPresetCopy, kPresetDestination };

struct PresetJudgement {
  PresetKind kind = PresetKind::kPresetDestination;
  bool raised = false;  // kPresetDestination with a second sign (data in the URL, "keep it")
  std::string host;     // the address's host (for the finding's evidence)
};

// `name`: the property's key as written; `value`: the preset string; `text`: the property's
// description and title (normalized), may be empty.
std::optional<PresetJudgement> JudgePreset(std::string_view name, std::string_view value,
                                           std::string_view text);

// The host of an e-mail address or URL `value` (whitespace-trimmed, the whole value), lower
// case; empty when `value` is neither.
std::string PresetHost(std::string_view value);

// True when `host` is the user's own machine or network (see above).
bool IsLocalHost(std::string_view host);

// A bank account written into a tool's own text: an IBAN-shaped token (two capitals, two digits
// and 11-30 letters or digits, run together or in groups of four) in a sentence that does not
// cite it as an example or a format ("e.g.", "for example", "such as", "format", and the same
// in 19 languages). A payment tool names its accounts through parameters; one written into its
// description is where the money is sent whatever the user asked. Returns the account, or "".
std::string FixedAccountIn(std::string_view sentence);

}  // namespace mcpgw::scanner
