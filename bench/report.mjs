#!/usr/bin/env node
// Renders the JSON lines written by `mcp-bench-latency --json` (one object per run, labels
// "direct", "relay-floor", "gateway", "gateway-3up", "node-proxy") as a markdown comparison, and
// checks the targets of the latency bench. Usage: node report.mjs RESULTS.jsonl
//
// "added" is the gateway's (or proxy's) percentile minus the direct run's percentile for the same
// payload and inflight: a difference of percentiles measured in the same script run, not a
// percentile of per-call differences.
import { readFileSync } from 'node:fs';

const runs = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter((line) => line.trim().startsWith('{'))
  .map((line) => JSON.parse(line));

const find = (label, payload, inflight) =>
  runs.find((r) => r.label === label && r.payload === payload && r.inflight === inflight);
const fixed = (value, digits = 1) =>
  value === undefined || value === null || value < 0 ? 'n/a' : value.toFixed(digits);
const signed = (value) =>
  value === undefined ? 'n/a' : (value >= 0 ? '+' : '') + value.toFixed(1);

const lines = [];
lines.push(
  '| config | payload B | inflight | p50 µs | p99 µs | added p50 µs | added p99 µs | ' +
    'CPU µs/call | CPU vs node | calls/s | RSS peak MB | errors |',
);
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const keys = [...new Set(runs.map((r) => `${r.payload}/${r.inflight}`))];
for (const key of keys) {
  const [payload, inflight] = key.split('/').map(Number);
  const direct = find('direct', payload, inflight);
  const node = find('node-proxy', payload, inflight);
  for (const run of runs.filter((r) => r.payload === payload && r.inflight === inflight)) {
    const added = (field) =>
      direct && run.label !== 'direct' ? signed(run[field] - direct[field]) : '';
    const comparable = !['direct', 'node-proxy'].includes(run.label) && run.cpu_us_per_call >= 0;
    const vsNode =
      node && comparable && node.cpu_us_per_call > 0
        ? (run.cpu_us_per_call / node.cpu_us_per_call).toFixed(3)
        : '';
    lines.push(
      `| ${run.label} | ${payload} | ${inflight} | ${fixed(run.p50_us)} | ` +
        `${fixed(run.p99_us)} | ${added('p50_us')} | ${added('p99_us')} | ` +
        `${fixed(run.cpu_us_per_call, 2)} | ${vsNode} | ${fixed(run.throughput_per_s, 0)} | ` +
        `${fixed(run.hwm_kb / 1024, 1)} | ${run.errors} |`,
    );
  }
}

// Targets: 64 B sequential calls without guards; RSS with three upstreams.
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'PASS' : 'FAIL');
const atMost = (value, limit) => (value === undefined ? undefined : value <= limit);
const direct = find('direct', 64, 1);
const gateway = find('gateway', 64, 1);
const node = find('node-proxy', 64, 1);
const relay = find('relay-floor', 64, 1);
const threeUp = runs.filter((r) => r.label === 'gateway-3up');
const addedP50 = direct && gateway ? gateway.p50_us - direct.p50_us : undefined;
const addedP99 = direct && gateway ? gateway.p99_us - direct.p99_us : undefined;
const cpuRatio =
  gateway && node && node.cpu_us_per_call > 0 ? gateway.cpu_us_per_call / node.cpu_us_per_call
    : undefined;
const peakKb = threeUp.length ? Math.max(...threeUp.map((r) => r.hwm_kb)) : undefined;
lines.push('');
lines.push('| target (64 B, inflight 1, no guards) | measured | verdict |');
lines.push('|---|---:|---|');
const target = (name, value, ok) =>
  lines.push(`| ${name} | ${value === undefined ? 'n/a' : value} | ${verdict(ok)} |`);
target('gateway added p50 ≤ 30 µs', addedP50?.toFixed(1), atMost(addedP50, 30));
target('gateway added p99 ≤ 100 µs', addedP99?.toFixed(1), atMost(addedP99, 100));
target('gateway CPU/call ≤ 0.1 × node proxy', cpuRatio?.toFixed(3), atMost(cpuRatio, 0.1));
target(
  'gateway RSS peak ≤ 15 MB, three upstreams',
  peakKb === undefined ? undefined : (peakKb / 1024).toFixed(1) + ' MB',
  atMost(peakKb, 15 * 1024),
);
if (relay && node && node.cpu_us_per_call > 0) {
  lines.push('');
  lines.push(
    'For scale: a byte-copying relay (no parsing) adds ' +
      `${direct ? (relay.p50_us - direct.p50_us).toFixed(1) : 'n/a'} µs at p50 and uses ${relay.cpu_us_per_call.toFixed(2)} µs CPU/call, ` +
      `${(relay.cpu_us_per_call / node.cpu_us_per_call).toFixed(3)} × the Node proxy's.`,
  );
}
console.log(lines.join('\n'));
