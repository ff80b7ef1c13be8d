// The built-in secret catalogue: one RuleSpec per credential type the gateway knows by shape or
// by context (cloud, source hosting, AI providers, payments, messaging, registries,
// observability, SaaS, databases, private keys, JWTs, auth headers, generic assignments).
// docs/guards-secrets.md lists the families.
//
// Threading: pure function; the catalogue is rebuilt on each call (cheap) and owned by the caller.
#pragma once

#include <vector>

#include "guards/secrets/rule_spec.h"

namespace mcpgw::guards::secrets {

std::vector<RuleSpec> BuiltinRules();

}  // namespace mcpgw::guards::secrets
