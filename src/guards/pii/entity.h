// The PII entities the detector knows, under Presidio's names so Presidio users recognise every
// setting, with their stable finding types ("pii.EMAIL_ADDRESS").
//
// Plain constants and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mcpgw::guards::pii {

enum class Entity : std::uint8_t {
  kCreditCard,
  kCrypto,
  kDateTime,
  kEmailAddress,
  kIbanCode,
  kIpAddress,
  kLocation,
  kMedicalLicense,
  kPerson,
  kPhoneNumber,
  kUkNhs,
  kUrl,
  kUsBankNumber,
  kUsDriverLicense,
  kUsItin,
  kUsPassport,
  kUsSsn,
};
inline constexpr int kEntityCount = 17;

// A set of entities as bits (1 << Entity).
using EntitySet = std::uint32_t;
constexpr EntitySet Bit(Entity e) { return EntitySet{1} << static_cast<int>(e); }

// "CREDIT_CARD".
std::string_view EntityName(Entity e);
// "pii.CREDIT_CARD".
std::string_view EntityType(Entity e);
// The entity named `name` (exact, Presidio spelling), or nullopt.
std::optional<Entity> EntityFromName(std::string_view name);
// All names, comma-separated, for error messages.
std::string_view AllEntityNames();

}  // namespace mcpgw::guards::pii
