// ValueHash: what stands for a matched value in findings, logs and the audit store: the first 16
// hex digits of SHA-256(salt || value). The salt is per deployment (config `guards.salt`) or,
// when unset, random per process, so hashes cannot be looked up in a table of known values.
//
// Threading: SetValueHashSalt() once at start, before any guard runs; ValueHash() is then pure.
#pragma once

#include <string>
#include <string_view>

namespace mcpgw::guards {

void SetValueHashSalt(std::string salt);
std::string ValueHash(std::string_view value);

}  // namespace mcpgw::guards
