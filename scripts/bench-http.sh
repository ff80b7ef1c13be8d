#!/usr/bin/env bash
# HTTP load test of tools/call on one established MCP Streamable HTTP session: mcp-gateway vs the
# Node proxies mcp-proxy and supergateway (versions pinned in bench/http/package-lock.json), all
# fronting the same upstream (build/mcp-demo-server over stdio), side by side in one run.
#
#   mcp-gateway   mcp-gateway stdio --transport http --port 0 --name echo -- mcp-demo-server
#   mcp-proxy     mcp-proxy --host 127.0.0.1 --port N --server stream -- mcp-demo-server
#                 (one shared upstream child; stateful sessions on /mcp; answers POSTs as SSE)
#   supergateway  supergateway --stdio mcp-demo-server --outputTransport streamableHttp --stateful
#                 --port N --logLevel none (stateful: one upstream child per session; /mcp;
#                 answers POSTs as SSE; it has no bind-address option and listens on all
#                 interfaces, but only 127.0.0.1 is ever sent traffic)
#
# Load: wrk (Debian package) with bench/http/call.lua, one echo of BENCH_PAYLOADS bytes per request
# (64 B and 16 KiB by default), each request
# with its own JSON-RPC id, on one session opened by bench/http/open-session.mjs (initialize +
# notifications/initialized + one checked tools/call). For each payload and concurrency (1, 16, 64) every
# target gets a 2 s warm-up then a BENCH_SECONDS measurement; targets are interleaved per
# concurrency (all three run for the whole bench, the idle ones cost nothing) so that drift on a
# noisy machine hits them alike. Besides wrk's numbers, the CPU time the target's process tree
# (proxy + its upstream children, found through the parent links) used during the measurement
# is read from /proc: CPU µs/request is less sensitive to other load on the machine than req/s.
# It is reported whole and split into the proxy process's own share and its upstream children's
# (the same demo server behind all).
#
# Pinning (default on): the targets and their upstreams run on CPU $BENCH_SERVER_CPUS (default
# 1), wrk on $BENCH_CLIENT_CPUS (default 0), so the load generator does not steal the server's
# core and every target gets the same single core (the gateway's threads cannot use more cores
# than a Node event loop). BENCH_PIN=0 disables it.
#
# Idle-session memory: a fresh gateway (--max-sessions raised past the default 1000), one warm-up
# session with a few calls, VmRSS, then BENCH_IDLE_SESSIONS (default 1000) sessions opened with
# initialize only and left idle, VmRSS again -> KB per idle session. The same is done for
# mcp-proxy for context (its Node heap, one shared upstream). supergateway is not measured: each
# stateful session spawns its own upstream process, so 1000 sessions would be 1000 processes.
#
# Environment:
#   BENCH_SECONDS=N        measured seconds per run (default 10)
#   BENCH_WARMUP=N         warm-up seconds per run (default 2)
#   BENCH_CONCURRENCY="1 16 64"
#   BENCH_PAYLOADS="64 16384"   echoed message sizes in bytes
#   BENCH_TARGETS="mcp-gateway mcp-proxy supergateway"
#   BENCH_BASELINE_GATEWAY=PATH  also run this mcp-gateway binary (target mcp-gateway-base, e.g.
#                          a build of main) in the same run, for before/after figures
#   BENCH_IDLE_SESSIONS=N  sessions for the RSS measurement (default 1000; 0 skips it)
#   BENCH_PIN=0|1, BENCH_SERVER_CPUS, BENCH_CLIENT_CPUS   see above
#   BENCH_SKIP_BUILD=1     use the binaries already in BENCH_BUILD_DIR (default build)
#   BENCH_JOBS=N           build parallelism (default 2)
# Output: a markdown report on stdout and in $BENCH_BUILD_DIR/bench-http-results.md, wrk's
# result lines in $BENCH_BUILD_DIR/bench-http-raw.txt. Exit status 1 if any target failed to
# start or any run saw a non-2xx answer, a JSON-RPC error, an unexpected body or a socket error.
# Traffic goes to 127.0.0.1 only, and every run is bounded in time.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BENCH_BUILD_DIR:-build}
jobs=${BENCH_JOBS:-2}
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-2}
concurrencies=${BENCH_CONCURRENCY:-"1 16 64"}
payloads=${BENCH_PAYLOADS:-"64 16384"}
targets=${BENCH_TARGETS:-"mcp-gateway mcp-proxy supergateway"}
baseline=${BENCH_BASELINE_GATEWAY:-}
if [[ -n $baseline ]]; then
  if [[ ! -x $baseline ]]; then
    echo "bench-http: BENCH_BASELINE_GATEWAY=$baseline is not executable" >&2
    exit 1
  fi
  targets="mcp-gateway-base $targets"
fi
idle_sessions=${BENCH_IDLE_SESSIONS:-1000}
pin=${BENCH_PIN:-1}
server_cpus=${BENCH_SERVER_CPUS:-1}
client_cpus=${BENCH_CLIENT_CPUS:-0}
httpdir=$root/bench/http

log() { printf 'bench-http: %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  if [[ $(id -u) == 0 ]]; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
  fi
fi
command -v node >/dev/null && command -v npm >/dev/null || { log "need node and npm"; exit 1; }
if [[ ! -f $httpdir/node_modules/.package-lock.json ||
      $httpdir/package-lock.json -nt $httpdir/node_modules/.package-lock.json ]]; then
  log "npm ci in bench/http"
  (cd "$httpdir" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  cmake --preset default >/dev/null
  if ! cmake --build --preset default -j "$jobs" --target mcp-gateway mcp-demo-server >/dev/null; then
    log "build failed (BENCH_SKIP_BUILD=1 runs the binaries already in $build)"
    exit 1
  fi
fi
build=$(cd "$build" && pwd)
[[ -x $build/mcp-gateway && -x $build/mcp-demo-server ]] ||
  { log "need $build/mcp-gateway and $build/mcp-demo-server"; exit 1; }

if [[ $pin == 1 ]] && command -v taskset >/dev/null; then
  server_pin=(taskset -c "$server_cpus")
  client_pin=(taskset -c "$client_cpus")
else
  pin=0
  server_pin=()
  client_pin=()
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-http.XXXXXX")
# Private copies: a rebuild of $build during the run must not swap the binaries under it.
cp "$build/mcp-gateway" "$build/mcp-demo-server" "$work/"
[[ -n $baseline ]] && cp "$baseline" "$work/mcp-gateway-base"
gateway=$work/mcp-gateway
demo=$work/mcp-demo-server
raw=$build/bench-http-raw.txt
: >"$raw"
clk_tck=$(getconf CLK_TCK)

# --- process handling --------------------------------------------------------------------------
# Each target runs in its own session/process group (setsid), so it and its upstream children are
# stopped together by that group's id.
declare -A pgid url
started_groups=()

cleanup() {
  local g
  for g in "${started_groups[@]}"; do
    kill -TERM -- "-$g" 2>/dev/null || true
  done
  sleep 0.5
  for g in "${started_groups[@]}"; do
    kill -KILL -- "-$g" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_group() {
  local g=$1 i
  kill -TERM -- "-$g" 2>/dev/null || return 0
  for i in $(seq 50); do
    kill -0 -- "-$g" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$g" 2>/dev/null || true
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_port() {  # port seconds
  local i
  for i in $(seq $(($2 * 10))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

# start_target NAME [EXTRA GATEWAY ARGS...]: sets pgid[NAME] and url[NAME]; 1 on failure.
start_target() {
  local name=$1; shift
  local out=$work/$name.log port pid i
  case $name in
    mcp-gateway | mcp-gateway-base)
      setsid "${server_pin[@]}" "$work/$name" stdio --transport http --host 127.0.0.1 --port 0 \
        --name echo "$@" -- "$demo" >"$out" 2>&1 &
      pid=$!
      port=
      for i in $(seq 100); do
        port=$(sed -n 's#.*http listening on http://127\.0\.0\.1:\([0-9]*\)/mcp.*#\1#p' "$out" | head -1)
        [[ -n $port ]] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      ;;
    mcp-proxy)
      port=$(free_port)
      setsid "${server_pin[@]}" node "$httpdir/node_modules/mcp-proxy/dist/bin/mcp-proxy.mjs" \
        --host 127.0.0.1 --port "$port" --server stream "$@" -- "$demo" >"$out" 2>&1 &
      pid=$!
      ;;
    supergateway)
      port=$(free_port)
      setsid "${server_pin[@]}" node "$httpdir/node_modules/supergateway/dist/index.js" \
        --stdio "$demo" --outputTransport streamableHttp --stateful --port "$port" \
        --logLevel none "$@" >"$out" 2>&1 &
      pid=$!
      ;;
    *) log "unknown target $name"; return 1 ;;
  esac
  # setsid (the program) execs in place when it is not a group leader, so pid is the group id.
  pgid[$name]=$pid
  if [[ $(ps -o pgid= -p "$pid" | tr -d ' ') != "$pid" ]]; then
    log "$name: pid $pid is not its own process group leader"
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  started_groups+=("$pid")
  if [[ -z $port ]] || ! wait_port "$port" 30; then
    log "$name did not start; its log:"
    sed 's/^/  /' "$out" >&2
    return 1
  fi
  url[$name]=http://127.0.0.1:$port/mcp
  log "$name listening at ${url[$name]} (process group $pid)"
}

# A process and all its descendants (the gateway starts its upstreams in process groups of their
# own, so the target's process group alone would miss them).
descendants() {
  local p
  echo "$1"
  for p in $(pgrep -P "$1" 2>/dev/null); do descendants "$p"; done
}

# CPU ticks (user + system) of the target and every process under it; with "own", of the target
# process alone.
group_ticks() {
  local g=$1 p total=0 stat rest
  for p in $(if [[ ${2:-} == own ]]; then echo "$g"; else descendants "$g"; fi); do
    stat=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    rest=${stat##*) }
    # fields after the comm: state(3) ... utime(14) stime(15) -> indexes 11 and 12 here
    read -r -a f <<<"$rest"
    total=$((total + f[11] + f[12]))
  done
  echo "$total"
}

vmrss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# --- the load runs -----------------------------------------------------------------------------
declare -A session version result cpu_us cpu_own_us rss_start rss_loaded
failed=0
active=()
for t in $targets; do
  if start_target "$t"; then
    if out=$(node "$httpdir/open-session.mjs" "${url[$t]}" --check 2>"$work/$t.open"); then
      eval "$out"
      session[$t]=$MCP_SESSION_ID
      version[$t]=$MCP_PROTOCOL_VERSION
      active+=("$t")
      rss_start[$t]=$(vmrss_kb "${pgid[$t]}")
      log "$t session ${session[$t]} (protocol ${version[$t]}): $(cat "$work/$t.open")"
    else
      log "$t: could not open a session: $(cat "$work/$t.open")"
      failed=1
    fi
  else
    failed=1
  fi
done

run_wrk() {  # target concurrency seconds [payload] -> WRK_RESULT line (and WRK_FIRST_BAD) on stdout
  local t=$1 c=$2 d=$3 p=${4:-64} threads=2
  ((c < 2)) && threads=1
  MCP_SESSION_ID=${session[$t]} MCP_PROTOCOL_VERSION=${version[$t]} BENCH_PAYLOAD=$p \
    "${client_pin[@]}" wrk -t"$threads" -c"$c" -d"${d}s" --timeout 10s \
    -s "$httpdir/call.lua" "${url[$t]}" 2>&1 | grep -E '^WRK_(RESULT|FIRST_BAD)' || true
}

for p in $payloads; do
for c in $concurrencies; do
  for t in "${active[@]}"; do
    log "$t payload $p concurrency $c: warm-up ${warmup}s, measuring ${seconds}s"
    run_wrk "$t" "$c" "$warmup" "$p" >"$work/warm"
    if grep -q 'WRK_FIRST_BAD' "$work/warm"; then
      log "$t payload $p concurrency $c warm-up saw failures: $(grep WRK_FIRST_BAD "$work/warm")"
    fi
    before=$(group_ticks "${pgid[$t]}")
    before_own=$(group_ticks "${pgid[$t]}" own)
    line=$(run_wrk "$t" "$c" "$seconds" "$p")
    after=$(group_ticks "${pgid[$t]}")
    after_own=$(group_ticks "${pgid[$t]}" own)
    printf '%s payload=%s concurrency=%s %s\n' "$t" "$p" "$c" "$line" >>"$raw"
    res=$(grep '^WRK_RESULT' <<<"$line" || true)
    if [[ -z $res ]]; then
      log "$t payload $p concurrency $c: wrk printed no result"
      result[$t,$p,$c]="requests=0 rps=0 p50_us=0 p99_us=0 non2xx=0 rpc_errors=0 bad_body=0 socket_errors=1"
      failed=1
      continue
    fi
    result[$t,$p,$c]=$res
    requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$res")
    if ((requests > 0)); then
      cpu_us[$t,$p,$c]=$(((after - before) * 1000000 / clk_tck / requests))
      cpu_own_us[$t,$p,$c]=$(((after_own - before_own) * 1000000 / clk_tck / requests))
    else
      cpu_us[$t,$p,$c]=-
      cpu_own_us[$t,$p,$c]=-
    fi
    grep -q '^WRK_FIRST_BAD' <<<"$line" && log "$t payload $p concurrency $c: $(grep '^WRK_FIRST_BAD' <<<"$line")"
    log "$t payload $p concurrency $c: $res"
  done
done
done

for t in "${active[@]}"; do rss_loaded[$t]=$(vmrss_kb "${pgid[$t]}" 2>/dev/null || echo 0); done

field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<" $1"; }

# --- idle-session memory -----------------------------------------------------------------------
declare -A rss_before rss_after rss_opened
idle_targets=()
if ((idle_sessions > 0)); then
  # The load-test instances are done: stop them so the memory runs have the machine to themselves.
  for t in "${active[@]}"; do stop_group "${pgid[$t]}"; done
  for t in mcp-gateway mcp-proxy; do
    [[ " $targets " == *" $t "* ]] || continue
    name=$t-idle
    extra=()
    [[ $t == mcp-gateway ]] && extra=(--max-sessions $((idle_sessions + 100)))
    # start_target keys on the target name; run it under the real name, then rename.
    if ! start_target "$t" "${extra[@]}"; then failed=1; continue; fi
    # Warm-up: one session and a few calls, so first-use allocations are not counted.
    if ! out=$(node "$httpdir/open-session.mjs" "${url[$t]}" --check 2>"$work/$name.open"); then
      log "$name: could not open a session: $(cat "$work/$name.open")"
      failed=1
      continue
    fi
    eval "$out"
    session[$t]=$MCP_SESSION_ID
    version[$t]=$MCP_PROTOCOL_VERSION
    run_wrk "$t" 1 1 >/dev/null
    # The process that holds the sessions: the group leader (gateway) / the node process.
    pid=${pgid[$t]}
    sleep 1
    rss_before[$t]=$(vmrss_kb "$pid")
    opened=$(node "$httpdir/open-session.mjs" "${url[$t]}" --count "$idle_sessions" 2>"$work/$name.count") || {
      log "$name: opening $idle_sessions sessions failed: $opened $(cat "$work/$name.count")"
      failed=1
    }
    rss_opened[$t]=$(sed -n 's/opened=\([0-9]*\).*/\1/p' <<<"$opened")
    sleep 2
    rss_after[$t]=$(vmrss_kb "$pid")
    idle_targets+=("$t")
    log "$name: VmRSS ${rss_before[$t]} KB -> ${rss_after[$t]} KB after $opened"
    stop_group "$pid"
  done
fi

# --- report --------------------------------------------------------------------------------------
report=$build/bench-http-results.md
{
  echo "## MCP Streamable HTTP: tools/call echo on one session (payloads: $payloads bytes)"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), ${seconds} s per run after ${warmup} s warm-up;" \
    "$(if [[ $pin == 1 ]]; then echo "targets pinned to CPU $server_cpus, wrk to CPU $client_cpus"; else echo "no CPU pinning"; fi);" \
    "mcp-proxy $(node -p "require('$httpdir/node_modules/mcp-proxy/package.json').version")," \
    "supergateway $(node -p "require('$httpdir/node_modules/supergateway/package.json').version"), node $(node -v)."
  echo "Absolute numbers depend on what else runs on the machine; the ratios within one run are what count."
  echo "CPU µs/req is the whole process tree's (proxy + the demo server behind it); own is the"
  echo "proxy process alone, upstream the demo server(s) behind it."
  echo
  echo "| target | payload B | concurrency | req/s | p50 ms | p99 ms | errors | CPU µs/req | own | upstream |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for p in $payloads; do
  for t in "${active[@]}"; do
    for c in $concurrencies; do
      r=${result[$t,$p,$c]:-}
      [[ -n $r ]] || continue
      errs=$(($(field "$r" non2xx) + $(field "$r" rpc_errors) + $(field "$r" bad_body) + $(field "$r" socket_errors)))
      own=${cpu_own_us[$t,$p,$c]:--}
      up=-
      [[ $own != - && ${cpu_us[$t,$p,$c]:--} != - ]] && up=$((cpu_us[$t,$p,$c] - own))
      printf '| %s | %s | %s | %.0f | %.3f | %.3f | %d | %s | %s | %s |\n' "$t" "$p" "$c" \
        "$(field "$r" rps)" "$(awk -v v="$(field "$r" p50_us)" 'BEGIN{print v/1000}')" \
        "$(awk -v v="$(field "$r" p99_us)" 'BEGIN{print v/1000}')" "$errs" "${cpu_us[$t,$p,$c]:--}" \
        "$own" "$up"
    done
  done
  done
  echo
  echo "Targets: throughput >= 10x the best Node peer's at concurrency 16 and 64; CPU per request <= 1/10:"
  echo
  for p in $payloads; do
    for c in $concurrencies; do
      [[ $c == 1 ]] && continue
      g=${result[mcp-gateway,$p,$c]:-}
      [[ -n $g ]] || continue
      best=0; best_t=; best_cpu=
      for t in mcp-proxy supergateway; do
        o=${result[$t,$p,$c]:-}
        [[ -n $o ]] || continue
        if awk -v a="$(field "$o" rps)" -v b="$best" 'BEGIN{exit !(a > b)}'; then
          best=$(field "$o" rps); best_t=$t; best_cpu=${cpu_us[$t,$p,$c]:-}
        fi
      done
      [[ -n $best_t ]] || continue
      awk -v p="$p" -v c="$c" -v t="$best_t" -v gr="$(field "$g" rps)" -v orps="$best" \
          -v gc="${cpu_us[mcp-gateway,$p,$c]:-0}" -v oc="${best_cpu:-0}" 'BEGIN {
        tr = orps > 0 ? gr / orps : 0; cr = gc > 0 ? oc / gc : 0
        printf "- %s B, concurrency %s: gateway / best Node peer (%s): throughput %.1fx (%s), CPU per request %.1fx lower (%s)\n",
          p, c, t, tr, (tr >= 10 ? "met" : "not met"), cr, (cr >= 10 ? "met" : "not met")
      }'
    done
  done
  if [[ -n ${result[mcp-gateway-base,${payloads%% *},${concurrencies##* }]:-} ]]; then
    echo
    echo "Before (mcp-gateway-base) -> after (mcp-gateway), same run:"
    echo
    for p in $payloads; do
      for c in $concurrencies; do
        b=${result[mcp-gateway-base,$p,$c]:-}; a=${result[mcp-gateway,$p,$c]:-}
        [[ -n $b && -n $a ]] || continue
        printf -- '- %s B, concurrency %s: %.0f -> %.0f req/s, CPU %s -> %s µs/req (own %s -> %s)\n' \
          "$p" "$c" "$(field "$b" rps)" "$(field "$a" rps)" "${cpu_us[mcp-gateway-base,$p,$c]:--}" \
          "${cpu_us[mcp-gateway,$p,$c]:--}" "${cpu_own_us[mcp-gateway-base,$p,$c]:--}" \
          "${cpu_own_us[mcp-gateway,$p,$c]:--}"
      done
    done
  fi
  echo
  for t in "${active[@]}"; do
    echo "- $t VmRSS (main process): ${rss_start[$t]} KB with one session, ${rss_loaded[$t]:-?} KB after the load runs"
  done
  for t in "${idle_targets[@]}"; do
    n=${rss_opened[$t]:-0}
    if ((n > 0)); then
      awk -v t="$t" -v n="$n" -v b="${rss_before[$t]}" -v a="${rss_after[$t]}" -v lim="$([[ $t == mcp-gateway ]] && echo 64 || echo 0)" 'BEGIN {
        per = (a - b) / n
        printf "- %s idle sessions: VmRSS %d KB -> %d KB after %d sessions (initialize only) = %.1f KB/session", t, b, a, n, per
        if (lim > 0) printf " (target <= %d KB: %s)", lim, (per <= lim ? "met" : "not met")
        printf "\n"
      }'
    fi
  done
  if [[ " $targets " == *" supergateway "* && ${#idle_targets[@]} -gt 0 ]]; then
    echo "- supergateway idle sessions: not measured (each stateful session spawns its own upstream process)"
  fi
  if ((failed)); then
    echo
    echo "**Some runs failed or saw errors** (see the errors column and $raw)."
  fi
} >"$report"
cat "$report"

for p in $payloads; do
for t in "${active[@]}"; do
  for c in $concurrencies; do
    r=${result[$t,$p,$c]:-}
    [[ -n $r ]] || continue
    if (($(field "$r" non2xx) + $(field "$r" rpc_errors) + $(field "$r" bad_body) + $(field "$r" socket_errors) > 0)); then
      failed=1
    fi
  done
done
done
exit "$failed"
