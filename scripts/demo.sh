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
{
  echo '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"demo.sh","version":"1"}}}'
  echo '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  echo '{"jsonrpc":"2.0","id":2,"method":"tools/list"}'
  echo '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"demo_echo","arguments":{"message":"hello through the gateway"}}}'
  echo '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"run_tool","arguments":{"server_name":"notes","tool_name":"add","arguments":{"a":2,"b":40}}}}'
  echo '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"get_metadata","arguments":{}}}'
} | build/mcp-gateway "$@" | while IFS= read -r line; do
  if command -v python3 >/dev/null 2>&1; then
    printf '%s\n' "$line" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2)[:2000])'
  else
    printf '%s\n' "$line"
  fi
done
echo "== done. Use it from a client: \"command\": \"$(pwd)/build/mcp-gateway\", \"args\": [\"--mcp-json-path\", \"~/.cursor/mcp.json\"]" >&2
