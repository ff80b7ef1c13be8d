#!/usr/bin/env bash
# Installs what is needed, builds, and runs mcp-gateway on its embedded demo configuration (two
# bundled demo MCP servers, no network needed).
#
# On a terminal it plays a short scripted MCP session and prints the gateway's answers: a tool
# reads a support ticket and a token file through the secrets (`basic`) and PII (`presidio`)
# guards, which mask the token, the email address, the phone and the card number; then the
# masked token is used with the server it came from (the vault puts it back) and refused toward
# another server; a web page with instructions for the AI hidden in it comes back annotated as
# untrusted data (`injection`); posting what was read to a "public" tool is refused by a policy
# (a toxic flow); every call is in a tamper-evident audit store, listed and
# verified at the end; and `mcp-gateway scan` reviews a poisoned tool list. With stdin not a terminal it simply runs the gateway as an MCP server on stdio
# (so an MCP client can launch this script). Without arguments the gateway runs with
# `-p basic -p presidio --config demo/gateway-config.json`; arguments replace those.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >&2
scripts/build.sh default --target mcp-gateway mcp-demo-server >&2

if [[ $# -eq 0 ]]; then set -- -p basic -p presidio --config demo/gateway-config.json; fi
if [[ ! -t 0 ]]; then exec build/mcp-gateway "$@"; fi

# The demo's own state directory (audit store, vault key, pins): nothing of yours is touched.
state="$(mktemp -d "${TMPDIR:-/tmp}/mcpgw-demo.XXXXXX")"
trap 'rm -rf "$state"' EXIT
export MCP_GATEWAY_HOME="$state"
set -- "$@" --audit-db "$state/audit.db"

echo "== mcp-gateway demo: a scripted session over stdio (JSON-RPC lines in, answers out)" >&2
# Like a real MCP client, keep the gateway's stdin open until every answer has arrived: EOF on
# stdin means the client left (its in-flight requests are cancelled).
coproc GATEWAY { build/mcp-gateway "$@"; }
show() {
  if command -v python3 >/dev/null 2>&1; then
    printf '%s\n' "$1" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2)[:1500])'
  else
    printf '%s\n' "$1"
  fi
}
ask() {  # ask ID JSON: send a request, print lines until its answer arrives
  printf '%s\n' "$2" >&"${GATEWAY[1]}"
  local line
  while IFS= read -r -t 30 line <&"${GATEWAY[0]}"; do
    show "$line"
    [[ "$line" == *"\"id\":$1,"* || "$line" == *"\"id\":$1}"* ]] && return 0
  done
  echo "demo: no answer to request $1" >&2
  return 1
}
ask 1 '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"demo.sh","version":"1"}}}'
printf '%s\n' '{"jsonrpc":"2.0","method":"notifications/initialized"}' >&"${GATEWAY[1]}"
note() { printf '\n== %s\n' "$1" >&2; }
note "the agent reads a support ticket: email, phone and card number are masked before the model sees them"
ask 2 '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"demo_read_file","arguments":{"path":"ticket-4711.txt"}}}'
note "it reads a token file (the reference gateway's quickstart): the token becomes a session placeholder"
ask 3 '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"demo_read_file","arguments":{"path":"tokens.txt"}}}'
note "it uses the placeholder with the server the token came from: the vault puts the real token back"
ask 4 '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"demo_deploy","arguments":{"token":"<HUGGINGFACE_TOKEN_1>"}}}'
note "the same placeholder sent to another server stays a placeholder"
ask 5 '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"run_tool","arguments":{"server_name":"notes","tool_name":"deploy","arguments":{"token":"<HUGGINGFACE_TOKEN_1>"}}}}'
note "a secret the model writes into a call is masked on the way to the server too"
ask 6 '{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"demo_echo","arguments":{"message":"my key is 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"}}}'
note "it fetches a web page with instructions for the AI hidden in it: they come back marked as untrusted data"
ask 7 '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"demo_read_file","arguments":{"path":"reviews.html"}}}'
note "it tries to post what it read to a public sink: the policy stops the toxic flow (read private data, then send it out)"
ask 8 '{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"notes_echo","arguments":{"message":"ticket 4711 and the token, for everyone"}}}'
exec {GATEWAY[1]}>&-
wait "$GATEWAY_PID" || true
note "every call is in the audit store (masked arguments, verdicts, findings, latency): mcp-gateway audit"
build/mcp-gateway audit --db "$state/audit.db" list || true
note "the store is a hash chain with signed checkpoints: mcp-gateway audit verify"
build/mcp-gateway audit --db "$state/audit.db" verify || true
note "before loading a server, mcp-gateway scan reviews its tools (here a saved, poisoned tool list)"
build/mcp-gateway scan --tools-file demo/poisoned-tools.json || true
echo "== done. Use it from a client: \"command\": \"$(pwd)/build/mcp-gateway\", \"args\": [\"--mcp-json-path\", \"~/.cursor/mcp.json\"]" >&2
