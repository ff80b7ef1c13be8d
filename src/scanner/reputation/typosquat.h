// Typosquat check: a package name that is almost, but not exactly, the name of a well-known MCP
// server package is suspicious (the usual way a malicious package gets installed by a typo or a
// copied config).
//
// Rules (docs/reputation.md):
//  - a name on the well-known list is never suspicious;
//  - scope confusion (npm): the name's part after the scope equals that of a well-known scoped
//    package (and is at least 8 characters, so generic names such as "mcp" are not compared) but
//    the scope differs or is missing ("server-filesystem", "@modelcontext/server-filesystem");
//  - edit distance: the optimal-string-alignment distance (insertions, deletions, substitutions,
//    adjacent transpositions) to a well-known name of the same ecosystem is 1 for names of 5 to
//    9 characters, or 1 to 2 for longer names.
//
// Threading: pure functions; the list is immutable.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scanner/reputation/package_ref.h"

namespace mcpgw::scanner::reputation {

struct TyposquatFinding {
  std::string similar_to;  // the well-known package it resembles
  std::string kind;        // "scope_confusion" or "edit_distance"
  std::size_t distance = 0;
};

// The well-known package names of an ecosystem (normalized as package_ref.h does).
const std::vector<std::string_view>& WellKnownPackages(Ecosystem ecosystem);

std::optional<TyposquatFinding> CheckTyposquat(const PackageRef& ref);

// Optimal string alignment distance, computed up to `limit` (a larger distance returns limit+1).
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace mcpgw::scanner::reputation
