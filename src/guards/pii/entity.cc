#include "guards/pii/entity.h"

namespace mcpgw::guards::pii {
namespace {

struct Names {
  std::string_view name;
  std::string_view type;
};

constexpr Names kNames[kEntityCount] = {
    {"CREDIT_CARD", "pii.CREDIT_CARD"},
    {"CRYPTO", "pii.CRYPTO"},
    {"DATE_TIME", "pii.DATE_TIME"},
    {"EMAIL_ADDRESS", "pii.EMAIL_ADDRESS"},
    {"IBAN_CODE", "pii.IBAN_CODE"},
    {"IP_ADDRESS", "pii.IP_ADDRESS"},
    {"LOCATION", "pii.LOCATION"},
    {"MEDICAL_LICENSE", "pii.MEDICAL_LICENSE"},
    {"PERSON", "pii.PERSON"},
    {"PHONE_NUMBER", "pii.PHONE_NUMBER"},
    {"UK_NHS", "pii.UK_NHS"},
    {"URL", "pii.URL"},
    {"US_BANK_NUMBER", "pii.US_BANK_NUMBER"},
    {"US_DRIVER_LICENSE", "pii.US_DRIVER_LICENSE"},
    {"US_ITIN", "pii.US_ITIN"},
    {"US_PASSPORT", "pii.US_PASSPORT"},
    {"US_SSN", "pii.US_SSN"},
};

}  // namespace

std::string_view EntityName(Entity e) { return kNames[static_cast<int>(e)].name; }
std::string_view EntityType(Entity e) { return kNames[static_cast<int>(e)].type; }

std::optional<Entity> EntityFromName(std::string_view name) {
  for (int i = 0; i < kEntityCount; ++i) {
    if (kNames[i].name == name) return static_cast<Entity>(i);
  }
  return std::nullopt;
}

std::string_view AllEntityNames() {
  return "CREDIT_CARD, CRYPTO, DATE_TIME, EMAIL_ADDRESS, IBAN_CODE, IP_ADDRESS, LOCATION, "
         "MEDICAL_LICENSE, PERSON, PHONE_NUMBER, UK_NHS, URL, US_BANK_NUMBER, "
         "US_DRIVER_LICENSE, US_ITIN, US_PASSPORT, US_SSN";
}

}  // namespace mcpgw::guards::pii
