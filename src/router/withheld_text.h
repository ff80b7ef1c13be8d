// WithheldText: how text that an upstream controls is made safe before the gateway quotes it in
// its own answers (the `gateway.withheld` refusal of a call to an item a catalog gate withheld,
// a blocked server's reason in get_metadata). A refusal is built by the gateway, not by the
// upstream, so it would otherwise reach the client without the response guard chain having had
// a say on the parts the upstream chose: the item's name (a tool, prompt or resource URI) and any
// text a gate copied into its reason.
//
//  - SafeName: for a name or URI quoted in a sentence. At most kMaxSafeNameBytes of the input
//    are kept; each byte outside [A-Za-z0-9_.:/-] becomes '_' (so no spaces, quotes, newlines,
//    control or non-ASCII bytes: an instruction hidden in a name cannot read as a sentence); a
//    longer input is cut and ends in "...".
//  - SafeText: for a gate's whole reason sentence. Printable ASCII (0x20-0x7E) is kept, every
//    other byte becomes '?', and the text is cut at kMaxSafeTextBytes (ending in "...").
//
// Gates quote names with SafeName; the router passes every gate text through SafeText when it
// merges the gates' decisions, so both hold even for a gate that forgot.
//
// Threading: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mcpgw::router {

inline constexpr std::size_t kMaxSafeNameBytes = 64;
inline constexpr std::size_t kMaxSafeTextBytes = 512;

std::string SafeName(std::string_view name);
std::string SafeText(std::string_view text);

}  // namespace mcpgw::router
