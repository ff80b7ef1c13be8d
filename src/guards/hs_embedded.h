// The Vectorscan databases embedded in the binary at build time: a process-wide table from
// HsKey (hs_database.h) to a serialized HsDatabase blob. The generated source
// (tools/hsdb/, CMake target mcpgw_hs_embedded) registers its table from a static initializer;
// a binary that does not link it (mcpgw_core alone) has an empty table and compiles at run time.
//
// Threading: registration happens during static initialization (before main); lookups after
// that are read-only and safe from any thread. A lookup that races a registration is not
// supported (none happens: registration is only from static initializers).
// Lifetime: registered blobs must outlive the process (they are in the binary's rodata).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mcpgw::guards {

struct EmbeddedHsDatabase {
  const std::uint8_t* key;  // 32 bytes: HsDatabaseKey (hs_database.h) of the spec it was built from
  const unsigned char* data;
  std::size_t size;
};

// Adds `count` entries (a later entry with an equal key replaces an earlier one). Returns the
// number of entries registered so far, so a static initializer has a value to keep.
std::size_t RegisterEmbeddedHsDatabases(const EmbeddedHsDatabase* entries, std::size_t count);

// The blob registered under `key` (an HsKey, hs_database.h), or an empty view. This header
// includes nothing heavy, so the generated source compiles in a fraction of a second.
std::string_view FindEmbeddedHsDatabase(const std::array<std::uint8_t, 32>& key);

// How many entries are registered (0 when the generated table is not linked).
std::size_t EmbeddedHsDatabaseCount();

}  // namespace mcpgw::guards
