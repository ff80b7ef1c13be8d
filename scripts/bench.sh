#!/usr/bin/env bash
# Latency, CPU and memory of tools/call over stdio: direct vs through the gateway vs through a
# Node proxy on the official SDK, side by side in one run, then the core micro-benchmarks.
#
# Every run is pinned with `taskset -c $BENCH_CORE`: the harness and the process under test (and
# its upstreams) share one core, so a round trip includes the context switches a busy host pays.
# Configurations are interleaved per (payload, inflight) so that drift on a noisy machine hits
# all of them alike.
#
#   direct       mcp-bench-latency -> mcp-demo-server
#   relay-floor  mcp-bench-latency -> mcp-bench-relay -> mcp-demo-server (a byte copier: the cost
#                of the extra process hop alone, the floor for any proxy)
#   gateway      mcp-bench-latency -> mcp-gateway stdio --name echo -- mcp-demo-server
#   gateway-3up  mcp-bench-latency -> mcp-gateway --mcp-json-path (servers a, b, c) [a_echo]
#   node-proxy   mcp-bench-latency -> node bench/node-proxy.mjs -- mcp-demo-server
#
# Environment:
#   BENCH_CALLS=N        measured calls per 64 B run (default 20000; 16 KiB runs use N/4)
#   BENCH_CALLS_16K=N    measured calls per 16 KiB run
#   BENCH_QUICK=1        smoke run: 1000 calls, short warm-up, short micro-benchmarks
#   BENCH_CORE=C         the CPU to pin to (default 0)
#   BENCH_SKIP_BUILD=1   use existing binaries; configurations whose binary is missing are skipped
#   BENCH_BUILD_DIR=DIR  where the binaries are (default build, the default preset's)
#   BENCH_JOBS=N         build parallelism (default 2)
# Results: the markdown report on stdout and in $BENCH_BUILD_DIR/bench-results.md, raw JSON lines
# in $BENCH_BUILD_DIR/bench-results.jsonl. Exit status 1 if a run failed (the others still run).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BENCH_BUILD_DIR:-build}
core=${BENCH_CORE:-0}
jobs=${BENCH_JOBS:-2}

if [[ ${BENCH_QUICK:-0} == 1 ]]; then
  calls_64=${BENCH_CALLS:-1000}
  calls_16k=${BENCH_CALLS_16K:-1000}
  micro_min_time=0.02
else
  calls_64=${BENCH_CALLS:-20000}
  calls_16k=${BENCH_CALLS_16K:-$(((calls_64 + 3) / 4))}
  micro_min_time=0.2
fi

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  cmake --preset default >/dev/null
  if ! cmake --build --preset default -j "$jobs" \
      --target mcp-gateway mcp-demo-server mcp-bench-latency mcp-bench-micro mcp-bench-relay; then
    echo "bench: build failed (BENCH_SKIP_BUILD=1 runs the binaries already in $build)" >&2
    exit 1
  fi
fi

build=$(cd "$build" && pwd)
latency=$build/bench/mcp-bench-latency
demo=$build/mcp-demo-server
gateway=$build/mcp-gateway
micro=$build/bench/mcp-bench-micro
relay=$build/bench/mcp-bench-relay
[[ -x $latency && -x $demo ]] || { echo "bench: need $latency and $demo" >&2; exit 1; }

have_node=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ ! -f bench/node_modules/.package-lock.json ||
        bench/package-lock.json -nt bench/node_modules/.package-lock.json ]]; then
    (cd bench && npm ci --no-audit --no-fund --loglevel=error)
  fi
  have_node=1
fi

# The three-upstream configuration: three demo servers, the gateway names the tool a_echo.
three_up_config=$build/bench-3up.mcp.json
cat >"$three_up_config" <<EOF
{
  "mcpServers": {
    "a": {"command": "$demo", "args": ["--name", "a"]},
    "b": {"command": "$demo", "args": ["--name", "b"]},
    "c": {"command": "$demo", "args": ["--name", "c"]}
  }
}
EOF

configs=(direct)
[[ -x $relay ]] && configs+=(relay-floor)
if [[ -x $gateway ]]; then
  configs+=(gateway gateway-3up)
else
  echo "bench: $gateway missing: skipping the gateway configurations" >&2
fi
if [[ $have_node == 1 ]]; then
  configs+=(node-proxy)
else
  echo "bench: node/npm missing: skipping the Node proxy" >&2
fi

# Sets `target` to the tool flag and the command (after --) of one configuration.
set_target() {
  case $1 in
    direct) target=(--tool echo -- "$demo") ;;
    relay-floor) target=(--tool echo -- "$relay" "$demo") ;;
    gateway) target=(--tool echo -- "$gateway" stdio --name echo -- "$demo") ;;
    gateway-3up) target=(--tool a_echo -- "$gateway" --mcp-json-path "$three_up_config") ;;
    node-proxy) target=(--tool echo -- node "$root/bench/node-proxy.mjs" -- "$demo") ;;
  esac
}

results=$build/bench-results.jsonl
: >"$results"
failed=0
for payload in 64 16384; do
  if [[ $payload == 64 ]]; then calls=$calls_64; else calls=$calls_16k; fi
  warmup=$(((calls + 4) / 5))  # Node needs its JIT warm; the C++ peers do not mind
  for inflight in 1 16; do
    for config in "${configs[@]}"; do
      printf 'bench: %-12s payload=%-5s inflight=%-2s calls=%s\n' \
        "$config" "$payload" "$inflight" "$calls" >&2
      set_target "$config"
      if ! taskset -c "$core" "$latency" --json --label "$config" --calls "$calls" \
          --warmup "$warmup" --payload "$payload" --inflight "$inflight" \
          "${target[@]}" >>"$results"; then
        echo "bench: run failed: $config payload=$payload inflight=$inflight" >&2
        failed=1
      fi
    done
  done
done

micro_out=$build/bench-micro.txt
if [[ -x $micro ]]; then
  taskset -c "$core" "$micro" --benchmark_min_time="$micro_min_time" >"$micro_out" 2>&1 ||
    failed=1
else
  echo "mcp-bench-micro not built" >"$micro_out"
fi

report=$build/bench-results.md
{
  echo "# mcp-gateway bench"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit: $(git rev-parse --short HEAD 2>/dev/null)"
  echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "- all processes pinned to CPU $core; calls per run: $calls_64 (64 B), $calls_16k (16 KiB)"
  echo "- added = percentile minus the direct run's percentile; CPU = the spawned process only" \
    "(gateway or node, not the demo servers behind it)"
  echo
  if [[ -s $results ]] && command -v node >/dev/null; then
    node bench/report.mjs "$results"
  else
    echo "(no results: see bench/report.mjs to render $results)"
  fi
  echo
  echo '## Micro-benchmarks (mcp-bench-micro)'
  echo
  echo '```'
  grep -E '^(BM_|Benchmark|-{5})' "$micro_out" || cat "$micro_out"
  echo '```'
} >"$report"
cat "$report"
echo "bench: report written to $report" >&2
exit "$failed"
