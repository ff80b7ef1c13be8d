#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` CMake preset: clang, ASan + UBSan) and runs each one for
# $FUZZ_SECONDS seconds (default 30) over a copy of its seed corpus in a temporary directory, so the
# repository is never written to. Exits non-zero if a build fails or a fuzzer finds a crash, leak
# or timeout; the reproducer and the log are kept in the temporary directory, printed at the end.
#
# Usage: scripts/fuzz.sh [target...]     (targets: fuzz_jsonrpc fuzz_config fuzz_sse fuzz_jwt
#                                          fuzz_gitleaks_toml fuzz_guards_config fuzz_injection fuzz_write_back fuzz_policy
#                                          fuzz_scanner fuzz_reputation fuzz_guard_text fuzz_modern fuzz_hs_cache
#                                          fuzz_pins;
#                                          default all)
# Environment: FUZZ_SECONDS, FUZZ_JOBS (build parallelism, default 2), FUZZ_PARALLEL (fuzzers run
# at once, default the number of cores), FUZZ_KEEP=1 keeps the
# temporary directory even when every run passed.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly seconds="${FUZZ_SECONDS:-30}"
readonly jobs="${FUZZ_JOBS:-2}"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then targets=(fuzz_jsonrpc fuzz_config fuzz_sse fuzz_jwt fuzz_gitleaks_toml fuzz_guards_config fuzz_injection fuzz_write_back fuzz_policy fuzz_scanner fuzz_reputation fuzz_guard_text fuzz_modern fuzz_hs_cache fuzz_pins); fi

cmake --preset fuzz >&2
cmake --build --preset fuzz -j"${jobs}" --target "${targets[@]}" >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/mcpgw-fuzz.XXXXXX")"

# Runs one fuzzer; its exit status is kept in ${work}/<name>/status.
run_one() {
  local target="$1" name="${1#fuzz_}"
  local corpus="${work}/${name}/corpus" artifacts="${work}/${name}/artifacts"
  mkdir -p "${corpus}" "${artifacts}"
  if [[ -d "test/fuzz/corpus/${name}" ]]; then
    cp -R "test/fuzz/corpus/${name}/." "${corpus}/"
  fi
  local status=0
  # -timeout 25: the first unit also builds the fuzzer's detectors once (a Vectorscan database
  # compiled at run time under ASan when its embedded copy does not match took 12 s on a loaded
  # machine); a unit that hangs still fails.
  "build-fuzz/test/fuzz/${target}" -max_total_time="${seconds}" -timeout=25 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="${artifacts}/" \
      "${corpus}" >"${work}/${name}/log" 2>&1 || status=$?
  echo "${status}" >"${work}/${name}/status"
}

# The fuzzers are single-threaded: run as many at once as there are cores (FUZZ_PARALLEL), each
# for the full $FUZZ_SECONDS.
parallel="${FUZZ_PARALLEL:-$(nproc)}"
for target in "${targets[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge ${parallel} ]]; do wait -n || true; done
  echo "== ${target}: ${seconds}s over a copy of test/fuzz/corpus/${target#fuzz_}" >&2
  run_one "${target}" &
done
wait

failed=0
for target in "${targets[@]}"; do
  name="${target#fuzz_}"
  if [[ "$(cat "${work}/${name}/status" 2>/dev/null)" != 0 ]]; then
    failed=1
    echo "!! ${target} FAILED; last lines of ${work}/${name}/log:" >&2
    tail -n 40 "${work}/${name}/log" >&2
    echo "!! reproducers: $(ls "${work}/${name}/artifacts" | tr '\n' ' ')" >&2
  else
    echo "== ${target}:" >&2
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "${work}/${name}/log" >&2 ||
      true
  fi
done

if [[ ${failed} -ne 0 || "${FUZZ_KEEP:-0}" == 1 ]]; then
  echo "fuzz logs and artifacts kept in ${work}" >&2
else
  rm -rf "${work}"
fi
exit "${failed}"
