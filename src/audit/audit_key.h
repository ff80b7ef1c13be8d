// The key that signs the audit store's checkpoints: the configured one (auditing.hmac_key), else
// $MCP_GATEWAY_AUDIT_KEY, else the key file <state dir>/audit.key, generated (32 random bytes,
// hex, mode 0600) on first use when `create` is set. `mcp-gateway audit verify` resolves it the
// same way (without creating).
//
// Threading: call at start-up or from the CLI (reads the environment and the file system).
#pragma once

#include <string>

#include "core/status.h"

namespace mcpgw::audit {

// The key file's path: <state dir>/audit.key.
std::string AuditKeyPath();

// Errors: "no audit key: ..." when none is configured and `create` is false and no key file
// exists; file errors naming the path.
Result<std::string> ResolveAuditKey(const std::string& configured, bool create);

}  // namespace mcpgw::audit
