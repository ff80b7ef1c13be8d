#include "guards/pii/gazetteer.h"

#include <algorithm>
#include <cstring>

namespace mcpgw::guards::pii {

namespace {

std::uint32_t Fnv1a(std::string_view key) {
  std::uint32_t h = 0x811c9dc5u;  // FNV-1a, as the generator
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

}  // namespace

std::uint16_t GazetteerLookup(std::string_view key) {
  if (key.empty() || key.size() > 0xffff) return 0;
  const std::uint32_t h = Fnv1a(key);
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

bool IsDictionaryWord(std::string_view key) {
  if (key.size() < 2 || key.size() > 32) return false;
  for (unsigned char c : key) {
    if (c < 'a' || c > 'z') return false;
  }
  return std::binary_search(kDictionaryHashes, kDictionaryHashes + kDictionaryHashCount, Fnv1a(key));
}

}  // namespace mcpgw::guards::pii
