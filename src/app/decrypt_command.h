// `mcp-gateway decrypt`: turns tokens the PII guard's encrypt operator wrote ("<ENC:...>") back
// into their values, for an operator who holds the key. Tokens come from the arguments, or one
// per line from stdin; each result is printed on its own line (stdout), failures on stderr.
//
// Threading: runs on the calling thread.
#pragma once

#include "cli/options.h"

#include <iosfwd>

namespace mcpgw::app {

// Returns 0 when every token decrypted, 1 when one failed (its line says why), 2 without a key.
int RunDecrypt(const cli::Options& options, std::istream& in, std::ostream& out,
               std::ostream& err);

}  // namespace mcpgw::app
