#!/usr/bin/env bash
# Installs everything needed, builds, and runs every test: unit tests (GoogleTest via ctest),
# integration tests (the real binary against real MCP servers from npm, driven by the official
# SDK client), the official MCP conformance suite against the HTTP endpoint, the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer, and the
# fuzzers for a bounded time. Exits non-zero when anything fails.
#
# Environment: FUZZ_SECONDS (default 30), SKIP_ASAN=1, SKIP_FUZZ=1, SKIP_INTEGRATION=1,
# SKIP_CONFORMANCE=1.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh || exit 1

passed=0
failed=0
status=0
logs="$(mktemp -d "${TMPDIR:-/tmp}/mcpgw-test.XXXXXX")"

count_ctest() {  # "100% tests passed, 0 tests failed out of 42"
  local line
  line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$1" | tail -n 1)
  if [[ -n "$line" ]]; then
    local total fail
    fail=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
    passed=$((passed + total - fail))
    failed=$((failed + fail))
  fi
}

count_node() {  # "# pass 12" / "# fail 0"
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

count_gtest() {  # "[  PASSED  ] 1228 tests." / "[  FAILED  ] 2 tests, listed below:"
  local p f
  p=$(grep -E '^\[  PASSED  \] [0-9]+ test' "$1" | awk '{s += $4} END {print s + 0}')
  f=$(grep -E '^\[  FAILED  \] [0-9]+ test' "$1" | awk '{s += $4} END {print s + 0}')
  passed=$((passed + p))
  failed=$((failed + f))
}

# Each step's header says how long the run has taken so far (CI keeps only this log).
step() { echo; echo "==== [$((SECONDS / 60))m$((SECONDS % 60))s] $*"; }

step "build (default preset)"
if ! scripts/build.sh default; then
  echo "build failed"; exit 1
fi

step "unit tests"
ctest --test-dir build --output-on-failure -j2 2>&1 | tee "$logs/unit.log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
count_ctest "$logs/unit.log"

step "detector evaluation on the labelled set (report: per-type recall and look-alike damage)"
build/test/eval/mcp-gateway-eval --set test/eval/test.jsonl --no-fail --misses 0 2>&1 | tail -n 80 ||
  echo "evaluation could not run"
build/test/eval/mcp-gateway-injection-eval --set test/eval/injection/test.jsonl --no-fail 2>&1 |
  tail -n 60 || echo "injection evaluation could not run"

if [[ "${SKIP_INTEGRATION:-0}" != 1 ]]; then
  step "integration tests"
  scripts/integration.sh 2>&1 | tee "$logs/integration.log"
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  count_node "$logs/integration.log"
fi

if [[ "${SKIP_CONFORMANCE:-0}" != 1 ]]; then
  step "MCP conformance suite (server scenarios over Streamable HTTP)"
  scripts/conformance.sh 2>&1 | tee "$logs/conformance.log"
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/conformance.log" | tail -n 1)
  if [[ -n "$line" ]]; then
    passed=$((passed + ${line%% *}))
    rest=${line#*, }
    failed=$((failed + ${rest%% *}))
  else
    failed=$((failed + 1))
  fi
fi

if [[ "${SKIP_ASAN:-0}" != 1 ]]; then
  step "unit tests under ASan + UBSan"
  if scripts/build.sh asan --target mcp_gateway_tests mcp-demo-server mcp_gateway_eval_tests \
      mcp-gateway-eval mcp-gateway-injection-eval mcp_gateway_scan_eval_tests \
      mcp-gateway-scan-eval; then
    # Each test binary runs once, every test in one process (ctest above already ran each test
    # in its own process): sanitizer start-up is paid twice instead of 1,200 times, and
    # LeakSanitizer checks the whole run at exit. A crash or a leak fails the step.
    for binary in build-asan/mcp_gateway_tests build-asan/test/eval/mcp_gateway_eval_tests \
        build-asan/test/scan-eval/mcp_gateway_scan_eval_tests; do
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$binary" --gtest_brief=1 2>&1 | tee -a "$logs/asan.log"
      if [[ ${PIPESTATUS[0]} -ne 0 ]]; then
        echo "$binary failed under the sanitizers"; status=1; failed=$((failed + 1))
      fi
    done
    count_gtest "$logs/asan.log"
    # The evaluation runs under the sanitizers too (ctest label asan: every secrets/PII set, the
    # injection and scanner runs on their base set and newest round; the figures of all of them
    # come from the unit-test step above).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir build-asan --output-on-failure -j2 -L asan 2>&1 | tee "$logs/asan-eval.log"
    [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
    count_ctest "$logs/asan-eval.log"
  else
    echo "asan build failed"; status=1; failed=$((failed + 1))
  fi
fi

if [[ "${SKIP_FUZZ:-0}" != 1 ]]; then
  step "fuzzers (${FUZZ_SECONDS:-30}s each)"
  if FUZZ_SECONDS="${FUZZ_SECONDS:-30}" scripts/fuzz.sh; then
    passed=$((passed + 1))
  else
    status=1; failed=$((failed + 1))
  fi
fi

rm -rf "$logs"
echo
echo "==== [$((SECONDS / 60))m$((SECONDS % 60))s] done"
echo "${passed} passed, ${failed} failed"
exit "$status"
