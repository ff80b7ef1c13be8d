// The "pii" detector behind the presidio guard: finds personal data in plain text under
// Presidio's entity names (CREDIT_CARD, EMAIL_ADDRESS, PHONE_NUMBER, ...), without models.
//
// How it decides: a byte scanner finds candidate positions (digits, '@', "://", capitalised
// words, ...); format validators decide where a format has one (Luhn, mod 97, mod 11, DEA check
// digit, Base58Check, bech32/bech32m, libphonenumber numbering plans, SSN ranges); context words
// within a window (kContextBefore/After in context_words.h) raise confidence by 0.35, negative
// words ("order", "invoice", "version", ...) lower it; what scores under the threshold is dropped.
// docs/guards-pii.md lists every entity with its rules and scores.
//
// Threading: Scan() is const and safe from any thread at once. Lifetime: built once at start,
// shared as shared_ptr<const Detector>.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "guards/detector.h"

namespace mcpgw::guards::pii {

struct PiiOptions {
  // Presidio entity names. The default is the reference gateway's set. PERSON, LOCATION,
  // DATE_TIME, URL, IBAN_CODE, UK_NHS, US_BANK_NUMBER and US_DRIVER_LICENSE are opt-in.
  std::vector<std::string> entities = {"CREDIT_CARD",     "IP_ADDRESS",  "EMAIL_ADDRESS",
                                       "PHONE_NUMBER",    "CRYPTO",      "MEDICAL_LICENSE",
                                       "US_PASSPORT",     "US_ITIN",     "US_SSN"};
  // Detections scoring under this (in [0, 1]) are dropped.
  double score_threshold = 0.5;
  // Regions whose national formats are recognised ("(415) 555-0100", "020 7946 0958").
  // Numbers in international format ("+49 30 ...") are recognised for every region.
  std::vector<std::string> phone_regions = {"US", "CA", "GB", "IE", "DE", "AT", "CH", "FR",
                                            "BE", "NL", "ES", "PT", "IT", "SE", "NO", "DK",
                                            "FI", "PL", "IN", "BR", "MX", "AU", "NZ", "JP",
                                            "CN", "SG", "ZA", "IL", "RU"};
  // Values never reported (exact match of the detected text), e.g. a support address.
  std::vector<std::string> allow_values;
  // RE2 patterns; a detection whose whole text matches one is not reported.
  std::vector<std::string> allow_regexes;
};

// Builds the detector. Errors: an unknown entity name (the message lists the known ones), a
// threshold outside [0, 1], an unknown phone region, an allow regex that does not compile.
Result<std::shared_ptr<const Detector>> CreatePiiDetector(const PiiOptions& options);

}  // namespace mcpgw::guards::pii
