// Anonymization operators for PII detections, under Presidio's names and config shapes:
//   replace       {"type":"replace","new_value":"<PHONE>"}        default "<ENTITY_TYPE>"
//   redact        {"type":"redact"}                                removes the value
//   keep          {"type":"keep"}                                  leaves it (audit only)
//   mask          {"type":"mask","masking_char":"*","chars_to_mask":4,"from_end":true}
//   hash          {"type":"hash","hash_type":"sha256","salt":"..."}  hex of H(salt || value)
//   pseudonymize  {"type":"pseudonymize"}   <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, ... consistent
//                                           within one PseudonymState (a session)
//   encrypt       {"type":"encrypt","key":"<64 hex digits | base64 of 32 bytes>"}
//                 AES-256-GCM; token "<ENC:" base64url(0x01 | nonce[12] | ciphertext | tag[16])
//                 ">" (no padding); Decrypt() reverses it for `mcp-gateway decrypt`.
//
// Apply and Decrypt are pure functions of their arguments (encrypt draws a random nonce);
// PseudonymState is the only state, owned by one session and used from its strand only (not
// thread-safe). Failures are values: Result errors name the config key or the token problem.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace mcpgw::guards::pii {

enum class OperatorKind { kReplace, kRedact, kKeep, kMask, kHash, kPseudonymize, kEncrypt };

struct OperatorConfig {
  OperatorKind kind = OperatorKind::kReplace;
  std::string new_value;           // replace: empty means "<" + entity + ">"
  std::string masking_char = "*";  // mask: one character (UTF-8)
  std::size_t chars_to_mask = 0;   // mask: characters to mask; more than the value masks all
  bool from_end = false;           // mask: mask the last chars_to_mask characters
  bool sha512 = false;             // hash: "hash_type": "sha256" (default) or "sha512"
  std::string salt;                // hash: prepended to the value before hashing
  std::string key;                 // encrypt: 32 raw key bytes (decoded from the config)
};

// Parses one operator object (JSON text). Errors name the key: unknown "type", a key the type
// does not take, a wrong value type, a masking_char that is not one character, a negative
// chars_to_mask, an encrypt key that is not 32 bytes.
Result<OperatorConfig> ParseOperatorConfig(std::string_view json);

// Presidio's "operators" map: {"DEFAULT": {...}, "PHONE_NUMBER": {...}}. Keys are entity names
// (checked) or "DEFAULT"; an entity without an entry gets DEFAULT, or replace when none.
struct OperatorMap {
  OperatorConfig fallback;
  std::map<std::string, OperatorConfig, std::less<>> by_entity;
  const OperatorConfig& For(std::string_view entity) const;
};
Result<OperatorMap> ParseOperatorMap(std::string_view json);

// Numbers values per entity for pseudonymize: the same (entity, value) gets the same number
// within this state. Values are remembered as SHA-256 digests, never in clear. Bounded: after
// `max_values` distinct values, new ones are replaced by "<ENTITY>" (no number) and counted.
class PseudonymState {
 public:
  explicit PseudonymState(std::size_t max_values = 10000) : max_values_(max_values) {}
  // The number of `value` for `entity` (1, 2, ...), or 0 when the state is full.
  std::size_t Number(std::string_view entity, std::string_view value);
  std::size_t size() const { return numbers_.size(); }
  std::size_t overflowed() const { return overflowed_; }

 private:
  std::size_t max_values_;
  std::unordered_map<std::string, std::size_t> numbers_;     // entity '\0' digest -> number
  std::unordered_map<std::string, std::size_t> per_entity_;  // entity -> last number
  std::size_t overflowed_ = 0;
};

// The replacement text for `value`, a detection of `entity` ("EMAIL_ADDRESS"). `state` is needed
// by pseudonymize (an error when null). Errors: a crypto failure (encrypt, hash).
Result<std::string> ApplyOperator(const OperatorConfig& op, std::string_view entity,
                                  std::string_view value, PseudonymState* state);

// Reverses an encrypt token ("<ENC:...>", or its base64url body) with the 32-byte `key` (raw,
// 64 hex digits or base64, as in the config). Errors: malformed token, wrong version, wrong key
// or tampered ciphertext (authentication fails).
Result<std::string> Decrypt(std::string_view token, std::string_view key);

// Decodes an encrypt key as the config gives it (64 hex digits, base64/base64url of 32 bytes, or
// 32 raw bytes) into 32 raw bytes.
Result<std::string> DecodeKey(std::string_view key);

}  // namespace mcpgw::guards::pii
