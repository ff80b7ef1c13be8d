#include "guards/pii/gazetteer.h"

#include <cstring>

namespace mcpgw::guards::pii {

std::uint16_t GazetteerLookup(std::string_view key) {
  if (key.empty() || key.size() > 0xffff) return 0;
  std::uint32_t h = 0x811c9dc5u;  // FNV-1a, as the generator
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x01000193u;
  }
  const std::size_t mask = kGazetteerSlotCount - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const GazetteerSlot& slot = kGazetteerSlots[i];
    if (slot.length == 0) return 0;
    if (slot.length == key.size() &&
        std::memcmp(kGazetteerPool + slot.offset, key.data(), key.size()) == 0) {
      return slot.flags;
    }
  }
}

}  // namespace mcpgw::guards::pii
