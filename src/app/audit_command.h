// `mcp-gateway audit`: reads the gateway's audit store (docs/audit.md, "CLI").
//
//   mcp-gateway audit [--db PATH] [--config PATH] [--json] SUBCOMMAND [filters]
//     list    calls matching the filters (the default: `mcp-gateway audit --server context7`)
//     tail    the last N calls; -f keeps printing new ones as they are written
//     stats   calls, errors, blocks, p50/p99 latency per server and tool
//     verify  checks the chain and the signed checkpoints; exit 1 at the first broken link
//     export  every matching call as --format jsonl (default) or csv
//   filters: --server NAME --tool GLOB --since T --until T --decision allowed|masked|blocked
//            --session ID --principal WHO --limit N (T: ISO 8601 like 2026-12-03T10:00:00Z, a
//            date, or an age like 30m, 24h, 7d)
//
// The database: --db, else the config file's auditing.db, else <state dir>/audit.db. The key for
// verify: auditing.hmac_key, $MCP_GATEWAY_AUDIT_KEY, or <state dir>/audit.key.
// Output: aligned tables (stdout), --json machine-readable; errors on stderr.
// Exit codes: 0 ok; 1 verify found a broken link, or a runtime failure; 2 usage; 3 the store or
// the config cannot be read.
//
// Threading: runs on the calling thread.
#pragma once

#include <iosfwd>

namespace mcpgw::app {

// `argv[0]` is "audit". Returns the exit code.
int RunAudit(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace mcpgw::app
