// Phone numbering plans, one row per region, generated at build time from the metadata that the
// libphonenumber-js npm package ships (tools/pii-data/gen-phone.mjs writes the .cc into the build
// directory; nothing third-party is committed).
//
// Threading and lifetime: immutable static data.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mcpgw::guards::pii {

struct PhoneRegion {
  const char* region;           // ISO 3166-1 alpha-2 ("US", "GB"), or "001" for non-geographic
  const char* calling_code;     // "1", "44"
  const char* national_prefix;  // trunk prefix dialled before a national number ("0"), or ""
  // RE2 syntax, matched against the whole national significant number: the union of the region's
  // number types (fixed line, mobile, toll free, ...), so a match means "valid" as libphonenumber
  // defines it.
  const char* valid_pattern;
  std::uint32_t possible_lengths;  // bit n set when a national number may have n digits
};

extern const PhoneRegion kPhoneRegions[];
extern const std::size_t kPhoneRegionCount;
extern const char kPhoneMetadataVersion[];

}  // namespace mcpgw::guards::pii
