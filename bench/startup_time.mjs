#!/usr/bin/env node
// Start-up time of the gateway: from exec to a ready `tools/list` answer, over stdio, on the
// embedded demo configuration (no --mcp-json-path). Runs the binary N times and prints every
// run and the median in milliseconds.
//
// Usage: node bench/startup_time.mjs [--runs N] [--binary build/mcp-gateway] -- GATEWAY ARGS...
//   e.g. node bench/startup_time.mjs -- -p basic -p presidio
// Each run gets a fresh MCP_GATEWAY_HOME (temp dir), so no state carries over between runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
let runs = 5;
let binary = 'build/mcp-gateway';
const sep = argv.indexOf('--');
const own = sep < 0 ? argv : argv.slice(0, sep);
const gatewayArgs = sep < 0 ? [] : argv.slice(sep + 1);
for (let i = 0; i < own.length; ++i) {
  if (own[i] === '--runs') runs = Number(own[++i]);
  else if (own[i] === '--binary') binary = own[++i];
  else {
    console.error(`startup_time: unknown option ${own[i]}`);
    process.exit(2);
  }
}
if (!(runs > 0)) {
  console.error('startup_time: --runs must be a positive number');
  process.exit(2);
}

function once() {
  return new Promise((resolve, reject) => {
    const home = mkdtempSync(join(tmpdir(), 'mcpgw-startup-'));
    const started = process.hrtime.bigint();
    const child = spawn(binary, gatewayArgs, {
      env: { ...process.env, MCP_GATEWAY_HOME: home },
      stdio: ['pipe', 'pipe', process.env.STARTUP_STDERR ? 'inherit' : 'ignore'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('no tools/list answer within 60 s'));
    }, 60000);
    let buffer = '';
    const send = (m) => child.stdin.write(JSON.stringify(m) + '\n');
    child.on('error', reject);
    child.on('exit', () => rmSync(home, { recursive: true, force: true }));
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        let msg;
        try {
          msg = JSON.parse(line);
        } catch {
          continue;
        }
        if (msg.id === 1) {
          send({ jsonrpc: '2.0', method: 'notifications/initialized' });
          send({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
        } else if (msg.id === 2) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          clearTimeout(timer);
          const tools = msg.result?.tools?.length ?? 0;
          child.stdin.end();
          child.kill('SIGTERM');
          if (!msg.result) reject(new Error(`tools/list failed: ${line}`));
          else resolve({ ms, tools });
        }
      }
    });
    send({
      jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {},
                clientInfo: { name: 'startup_time', version: '1' } },
    });
  });
}

const times = [];
for (let i = 0; i < runs; ++i) {
  const { ms, tools } = await once();
  times.push(ms);
  console.log(`run ${i + 1}: ${ms.toFixed(1)} ms (${tools} tools)`);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median of ${runs}: ${sorted[Math.floor(runs / 2)].toFixed(1)} ms  args: ${gatewayArgs.join(' ')}`);
