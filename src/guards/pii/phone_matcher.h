// PhoneMatcher: decides whether a string of digits is a valid phone number under the numbering
// plans of libphonenumber (phone_metadata.h), nationally for a configured set of regions or
// internationally (after "+" or "00") for any region.
//
// Threading: const methods are safe from any thread at once; a region's pattern is compiled by
// RE2 on first use, once (std::call_once), so start-up stays fast. Lifetime: owned by the PII
// detector.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace mcpgw::guards::pii {

struct PhoneRegion;

class PhoneMatcher {
 public:
  // Errors: a region code not in the numbering plans (the message lists how to spell them).
  static Result<std::unique_ptr<PhoneMatcher>> Create(const std::vector<std::string>& regions);
  ~PhoneMatcher();

  // `digits` is a number as dialled inside a country (it may start with the national prefix,
  // "0" or "1"). True when it is valid in one of the configured regions.
  bool ValidNational(std::string_view digits) const;
  // `digits` is what follows "+": calling code and national number. True when valid in a region
  // that uses the calling code (any region, not only the configured ones).
  bool ValidInternational(std::string_view digits) const;
  // The same, by length only: a calling code in use and a national number of a length one of its
  // regions allows, whatever the numbering plan says of the leading digits. Numbers written after
  // a "+" are phone numbers far more often than not, and plans lag behind ranges being opened
  // (new mobile ranges, numbers for fiction); the detector scores these lower.
  bool PossibleInternational(std::string_view digits) const;

 private:
  struct Compiled;
  PhoneMatcher();
  bool ValidIn(const Compiled& region, std::string_view national) const;

  std::vector<std::unique_ptr<Compiled>> regions_;   // index of kPhoneRegions
  std::vector<const Compiled*> configured_;
  // The configured regions a number without a leading 0 can belong to: those whose trunk prefix
  // is not "0", and those where it is customarily left out (decided once, not per number).
  std::vector<const Compiled*> configured_without_zero_;
  std::vector<std::vector<const Compiled*>> by_code_;  // calling code (1..999) -> regions
};

}  // namespace mcpgw::guards::pii
