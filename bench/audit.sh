#!/usr/bin/env bash
# The audit store's cost on tools/call over stdio (docs/audit.md, "Cost"): the same gateway with
# auditing off, with durability "async" and with durability "commit", side by side in one run,
# sequential (inflight 1: added p50 per call) and with 16 calls in flight (calls/s).
#
#   off      mcp-gateway stdio --name echo -- mcp-demo-server
#   async    ... --config C (auditing: enabled, durability async)
#   commit   ... --audit-db DB (durability commit: each answer waits for its record's COMMIT,
#            synchronous=FULL, so an fsync per batch)
#
# Every run is pinned with `taskset -c $BENCH_CORE` like scripts/bench.sh; configurations are
# interleaved per inflight. Targets (issue 9): async adds <= 20 us p50 per call; >= 20,000
# audited calls/s with 16 in flight.
#
# Environment: BENCH_CALLS (default 20000), BENCH_CORE (0), BENCH_BUILD_DIR (build),
# BENCH_SKIP_BUILD=1 to use existing binaries. Output: a markdown table on stdout; raw JSON lines
# in $BENCH_BUILD_DIR/bench-audit.jsonl.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BENCH_BUILD_DIR:-build}
core=${BENCH_CORE:-0}
calls=${BENCH_CALLS:-20000}
warmup=$(((calls + 9) / 10))

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  cmake --preset default >/dev/null
  cmake --build --preset default -j 2 --target mcp-gateway mcp-demo-server mcp-bench-latency
fi
build=$(cd "$build" && pwd)
latency=$build/bench/mcp-bench-latency
demo=$build/mcp-demo-server
gateway=$build/mcp-gateway
for bin in "$latency" "$demo" "$gateway"; do
  [[ -x $bin ]] || { echo "bench-audit: $bin is missing" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MCP_GATEWAY_HOME=$work  # the generated checkpoint key lands here
cat >"$work/async.json" <<JSON
{"auditing": {"enabled": true, "db": "$work/async.db", "durability": "async"}}
JSON

results=$build/bench-audit.jsonl
: >"$results"
for inflight in 1 16; do
  for config in off async commit; do
    case $config in
      off) extra=() ;;
      async) extra=(--config "$work/async.json") ;;
      commit) extra=(--audit-db "$work/commit.db") ;;
    esac
    echo "bench-audit: $config inflight=$inflight calls=$calls" >&2
    taskset -c "$core" "$latency" --json --label "$config" --calls "$calls" --warmup "$warmup" \
      --payload 64 --inflight "$inflight" --tool echo -- \
      "$gateway" stdio --name echo "${extra[@]}" -- "$demo" >>"$results"
  done
done

node - "$results" <<'JS'
const fs = require('fs');
const runs = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const get = (label, inflight) => runs.find((r) => r.label === label && r.inflight === inflight);
console.log('| config | p50 µs (1 in flight) | added p50 µs | p99 µs | calls/s (16 in flight) | CPU µs/call (16) |');
console.log('|---|---|---|---|---|---|');
const off = get('off', 1);
for (const label of ['off', 'async', 'commit']) {
  const one = get(label, 1);
  const sixteen = get(label, 16);
  const added = label === 'off' ? '' : (one.p50_us - off.p50_us).toFixed(1);
  const cpu = sixteen.cpu_us_per_call !== undefined ? sixteen.cpu_us_per_call.toFixed(1) : '';
  console.log(`| ${label} | ${one.p50_us.toFixed(1)} | ${added} | ${one.p99_us.toFixed(1)} | ` +
              `${Math.round(sixteen.throughput_per_s)} | ${cpu} |`);
}
JS
