#!/usr/bin/env bash
# Stateless (2026-07-28) vs stateful Streamable HTTP throughput of ONE gateway, side by side:
# tools/call echo through `mcp-gateway stdio --transport http --name echo -- mcp-demo-server`.
#
#   stateful   one session opened by bench/http/open-session.mjs (initialize + initialized),
#              every request carries its Mcp-Session-Id (bench/http/call.lua)
#   stateless  no session: every POST carries the era's _meta (protocol version, capabilities,
#              client info) and the MCP-Protocol-Version / Mcp-Method / Mcp-Name headers
#              (call.lua with MCP_STATELESS=1); the gateway checks them and serves the request
#              with a session that lives for that request only
#
# For each concurrency (default 16 and 64) both modes get a BENCH_WARMUP warm-up and a
# BENCH_SECONDS measurement with wrk (-t2), interleaved so that drift on a noisy machine hits
# both alike; the CPU time of the gateway's process group (gateway + upstream) per request is
# read from /proc. Pinning as in scripts/bench-http.sh (server on CPU BENCH_SERVER_CPUS, wrk on
# BENCH_CLIENT_CPUS; BENCH_PIN=0 disables it).
#
# Environment: BENCH_SECONDS (10), BENCH_WARMUP (2), BENCH_CONCURRENCY ("16 64"),
# BENCH_PAYLOAD (64), BENCH_BUILD_DIR (build; the binaries must exist: mcp-gateway and
# mcp-demo-server), BENCH_PIN, BENCH_SERVER_CPUS (1), BENCH_CLIENT_CPUS (0).
# Output: a markdown table on stdout; exit 1 when a run saw a non-2xx answer, a JSON-RPC error,
# an unexpected body or a socket error. Traffic goes to 127.0.0.1 only.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${BENCH_BUILD_DIR:-$root/build}" && pwd)
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-2}
concurrencies=${BENCH_CONCURRENCY:-"16 64"}
payload=${BENCH_PAYLOAD:-64}
httpdir=$root/bench/http
log() { printf 'bench-stateless: %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "need wrk (apt-get install wrk)"; exit 1; }
[[ -x $build/mcp-gateway && -x $build/mcp-demo-server ]] ||
  { log "need $build/mcp-gateway and $build/mcp-demo-server (build them first)"; exit 1; }
server_pin=()
client_pin=()
if [[ ${BENCH_PIN:-1} == 1 ]] && command -v taskset >/dev/null; then
  server_pin=(taskset -c "${BENCH_SERVER_CPUS:-1}")
  client_pin=(taskset -c "${BENCH_CLIENT_CPUS:-0}")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-stateless.XXXXXX")
cp "$build/mcp-gateway" "$build/mcp-demo-server" "$work/"
gw_pid=""
cleanup() {
  [[ -n $gw_pid ]] && kill -TERM -- "-$gw_pid" 2>/dev/null || true
  sleep 0.3
  [[ -n $gw_pid ]] && kill -KILL -- "-$gw_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

setsid "${server_pin[@]}" "$work/mcp-gateway" stdio --transport http --host 127.0.0.1 --port 0 \
  --name echo -- "$work/mcp-demo-server" >"$work/gw.log" 2>&1 &
gw_pid=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's#.*http listening on http://127\.0\.0\.1:\([0-9]*\)/mcp.*#\1#p' "$work/gw.log" | head -1)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { log "the gateway did not start:"; cat "$work/gw.log" >&2; exit 1; }
url=http://127.0.0.1:$port/mcp
eval "$(node "$httpdir/open-session.mjs" "$url" --check)"

group_ticks() {
  local p total=0 stat rest
  for p in $(pgrep -g "$gw_pid" 2>/dev/null); do
    stat=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    rest=${stat##*) }
    read -r -a f <<<"$rest"
    total=$((total + f[11] + f[12]))
  done
  echo "$total"
}
run_wrk() {  # mode concurrency seconds
  local stateless=0
  [[ $1 == stateless ]] && stateless=1
  MCP_STATELESS=$stateless MCP_SESSION_ID=$MCP_SESSION_ID MCP_PROTOCOL_VERSION=$MCP_PROTOCOL_VERSION \
    BENCH_PAYLOAD=$payload "${client_pin[@]}" wrk -t2 -c"$2" -d"$3s" --timeout 10s \
    -s "$httpdir/call.lua" "$url" 2>&1 | grep -E '^WRK_(RESULT|FIRST_BAD)' || true
}
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<" $1"; }

clk_tck=$(getconf CLK_TCK)
failed=0
rows=()
for c in $concurrencies; do
  for mode in stateful stateless; do
    run_wrk "$mode" "$c" "$warmup" >/dev/null
    before=$(group_ticks)
    line=$(run_wrk "$mode" "$c" "$seconds")
    after=$(group_ticks)
    res=$(grep '^WRK_RESULT' <<<"$line" || true)
    log "$mode c=$c: ${res:-no result} $(grep '^WRK_FIRST_BAD' <<<"$line" || true)"
    requests=$(field "$res" requests)
    bad=$(( $(field "$res" non2xx || echo 0) + $(field "$res" rpc_errors || echo 0) + \
            $(field "$res" bad_body || echo 0) + $(field "$res" socket_errors || echo 0) ))
    if [[ -z $res || ${requests:-0} == 0 || $bad != 0 ]]; then failed=1; fi
    cpu="-"
    ((${requests:-0} > 0)) && cpu=$(((after - before) * 1000000 / clk_tck / requests))
    rows+=("| $c | $mode | $(field "$res" rps) | $(field "$res" p50_us) | $(field "$res" p99_us) | $cpu | $bad |")
  done
done

echo "## Stateless (2026-07-28) vs stateful HTTP, one gateway, tools/call echo ${payload} B, ${seconds} s per run"
echo
echo "| connections | mode | req/s | p50 µs | p99 µs | CPU µs/req (gateway+upstream) | failed |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $failed
