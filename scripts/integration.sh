#!/usr/bin/env bash
# Runs the integration tests (test/integration/*.test.mjs): the real mcp-gateway binary
# against real MCP servers installed from npm, driven by the official SDK client.
#
# Usage: scripts/integration.sh [extra node --test arguments...]
# Environment:
#   MCPGW_BIN          gateway binary        (default: <repo>/build/mcp-gateway)
#   MCPGW_DEMO_SERVER  demo upstream binary  (default: <repo>/build/mcp-demo-server)
# Installs test/integration/node_modules with `npm ci` when it is missing or older than
# package-lock.json. Exits non-zero when a test fails or a binary is missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests="$repo/test/integration"

export MCPGW_BIN="${MCPGW_BIN:-$repo/build/mcp-gateway}"
export MCPGW_DEMO_SERVER="${MCPGW_DEMO_SERVER:-$repo/build/mcp-demo-server}"

for bin in "$MCPGW_BIN" "$MCPGW_DEMO_SERVER"; do
  if [[ ! -x "$bin" ]]; then
    echo "integration.sh: $bin is missing or not executable (build first, or set MCPGW_BIN / MCPGW_DEMO_SERVER)" >&2
    exit 1
  fi
done

stamp="$tests/node_modules/.package-lock.json"  # written by npm on every install
if [[ ! -f "$stamp" || "$tests/package-lock.json" -nt "$stamp" ]]; then
  echo "integration.sh: installing test dependencies (npm ci)" >&2
  (cd "$tests" && npm ci --no-audit --no-fund)
fi

cd "$repo"
exec node --test --test-concurrency=2 "$@" test/integration/
