#!/usr/bin/env bash
# Installs what is needed, builds, and runs mcp-gateway on its embedded demo configuration (two
# bundled demo MCP servers, no network needed).
#
# On a terminal it plays a short scripted MCP session (initialize, tools/list, a namespaced tool
# call, get_metadata) and prints the gateway's answers; with stdin not a terminal it simply runs
# the gateway as an MCP server on stdio (so an MCP client can launch this script).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >&2
scripts/build.sh default --target mcp-gateway mcp-demo-server >&2

if [[ ! -t 0 ]]; then exec build/mcp-gateway "$@"; fi

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
ask 2 '{"jsonrpc":"2.0","id":2,"method":"tools/list"}'
ask 3 '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"demo_echo","arguments":{"message":"hello through the gateway"}}}'
ask 4 '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"run_tool","arguments":{"server_name":"notes","tool_name":"add","arguments":{"a":2,"b":40}}}}'
ask 5 '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"get_metadata","arguments":{}}}'
exec {GATEWAY[1]}>&-
wait "$GATEWAY_PID" || true
echo "== done. Use it from a client: \"command\": \"$(pwd)/build/mcp-gateway\", \"args\": [\"--mcp-json-path\", \"~/.cursor/mcp.json\"]" >&2
