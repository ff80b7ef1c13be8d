#include "guards/hs_embedded.h"

#include <cstring>
#include <vector>

namespace mcpgw::guards {
namespace {

// Constructed on first use, so registration from any static initializer finds it built.
std::vector<EmbeddedHsDatabase>& Table() {
  static std::vector<EmbeddedHsDatabase> table;
  return table;
}

}  // namespace

std::size_t RegisterEmbeddedHsDatabases(const EmbeddedHsDatabase* entries, std::size_t count) {
  std::vector<EmbeddedHsDatabase>& table = Table();
  for (std::size_t i = 0; i < count; ++i) {
    bool replaced = false;
    for (EmbeddedHsDatabase& known : table) {
      if (std::memcmp(known.key, entries[i].key, 32) == 0) {
        known = entries[i];
        replaced = true;
        break;
      }
    }
    if (!replaced) table.push_back(entries[i]);
  }
  return table.size();
}

std::string_view FindEmbeddedHsDatabase(const std::array<std::uint8_t, 32>& key) {
  for (const EmbeddedHsDatabase& entry : Table()) {
    if (std::memcmp(entry.key, key.data(), key.size()) == 0)
      return {reinterpret_cast<const char*>(entry.data), entry.size};
  }
  return {};
}

std::size_t EmbeddedHsDatabaseCount() { return Table().size(); }

}  // namespace mcpgw::guards
