// --no-prefix: upstream names are exposed unchanged, and the gateway refuses to run when two
// upstreams expose the same tool name.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { spawn } from 'node:child_process';

import {
  connectGateway, demoServer, gatewayBin, makeTempDir, removeTempDir, textOf, writeConfig,
} from './lib/harness.mjs';

/** Runs the gateway with stdin left open (so only its own decision ends it). */
function runWithOpenStdin(args, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(gatewayBin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    // Over stdio the upstreams start with the client's initialize (docs/protocol.md).
    child.stdin.write(`${JSON.stringify({
      jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
    })}\n`);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

describe('--no-prefix', () => {
  let dir;

  before(async () => {
    dir = await makeTempDir();
  });

  after(async () => {
    await removeTempDir(dir);
  });

  test('exposes a single upstream\'s tools unchanged, meta tools included', async () => {
    const config = await writeConfig(dir, { demo: demoServer() }, 'single.json');
    const gw = await connectGateway(['--mcp-json-path', config, '--no-prefix']);
    try {
      const { tools } = await gw.client.listTools();
      const names = tools.map((t) => t.name);
      assert.ok(names.includes('echo'), names.join(','));
      assert.ok(names.includes('get_metadata'));
      assert.ok(!names.includes('demo_echo'));
      const result = await gw.client.callTool({ name: 'echo', arguments: { message: 'plain' } });
      assert.equal(textOf(result), 'plain');
    } finally {
      await gw.close();
    }
  });

  test('two upstreams with the same tool names refuse to start', async () => {
    const config = await writeConfig(
      dir, { one: demoServer('--name', 'one'), two: demoServer('--name', 'two') }, 'clash.json');
    const run = await runWithOpenStdin(['--mcp-json-path', config, '--no-prefix']);
    assert.equal(run.code, 1, `exit code ${run.code}, stderr: ${run.stderr}`);
    assert.match(run.stderr, /--no-prefix/);
    assert.match(run.stderr, /collides/);
    // One clear error, not a warning per colliding tool first.
    assert.equal((run.stderr.match(/collision|collides/g) ?? []).length, 2, run.stderr);
    assert.equal(run.stdout, '');
  });
});
