// Naming: how upstream tool and prompt names become the names clients see.
//
// Rule: "<server><separator><name>" (or the bare name in no-prefix mode), every character outside
// [A-Za-z0-9_-] replaced by '_', at most 64 characters (a longer name keeps its first 55 and gets
// "_" plus 8 hex digits of a stable hash of the full name). Collisions are resolved
// deterministically: reserved names (the meta tools) are taken first, then items in config order
// (server order, then the upstream's own order) keep their name, and a later duplicate gets
// "_2", "_3", ... (trimmed to stay within 64).
//
// Threading: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mcpgw::router {

inline constexpr std::size_t kMaxExposedName = 64;

struct NamingOptions {
  std::string separator = "_";
  bool prefix = true;  // false: keep upstream names unchanged ("--no-prefix" and wrap mode)
};

// The items of one server to be named, in the server's order.
struct ServerItems {
  std::string server;
  std::vector<std::string> names;
};

// One exposed name and where it leads.
struct NamedItem {
  std::string exposed;
  std::size_t server_index;  // index into the ServerItems vector
  std::string original;
};

// A collision found while naming: `exposed` was wanted by more than one item.
struct NameCollision {
  std::string wanted;
  std::string server;
  std::string original;
  std::string assigned;  // what the later item got instead
};

struct NamingResult {
  std::vector<NamedItem> items;  // in input order
  std::vector<NameCollision> collisions;
};

// Replaces characters outside [A-Za-z0-9_-] by '_' and bounds the length (see file comment).
std::string SanitizeName(std::string_view name);

// Names every item. `reserved` names are never assigned to an item.
NamingResult AssignNames(const std::vector<ServerItems>& servers, const NamingOptions& options,
                         const std::vector<std::string>& reserved);

}  // namespace mcpgw::router
