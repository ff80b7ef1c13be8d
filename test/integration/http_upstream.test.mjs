// Remote upstreams over HTTP: the gateway (over stdio) fronting server-everything in its
// Streamable HTTP mode and in its legacy HTTP+SSE mode, each started on a free loopback port;
// and a url that refuses connections, reported as an error while the other servers work.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  connectGatewayWithConfig, demoServer, getMetadata, integrationDir, makeTempDir, removeTempDir,
  serverEntry, textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const everythingIndex = path.join(
  integrationDir, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');

/** A loopback port that was free a moment ago (listen on port 0, then close). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Starts server-everything in `mode` (streamableHttp | sse) on a free port (its PORT env). */
async function startEverything(mode) {
  const port = await freePort();
  const child = spawn(process.execPath, [everythingIndex, mode], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
    if (stderr.length > 1 << 16) stderr = stderr.slice(-(1 << 15));
  });
  await waitUntil(() => accepts(port), {
    timeoutMs: 20_000, what: `server-everything ${mode} on port ${port} (stderr: ${stderr})`,
  });
  return {
    port,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    }),
  };
}

describe('remote upstreams over HTTP', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  let streamable;
  let legacy;

  before(async () => {
    [streamable, legacy] = await Promise.all([startEverything('streamableHttp'),
                                              startEverything('sse')]);
    const refused = await freePort();
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      modern: {
        type: 'http',
        url: `http://127.0.0.1:${streamable.port}/mcp`,
        headers: { Authorization: 'Bearer ${MCPGW_IT_TOKEN}' },
      },
      old: { type: 'sse', url: `http://127.0.0.1:${legacy.port}/sse` },
      dead: { type: 'http', url: `http://127.0.0.1:${refused}/mcp` },
      // No type: Streamable HTTP first, legacy HTTP+SSE after a 4xx to the initialize POST.
      autonew: { url: `http://127.0.0.1:${streamable.port}/mcp` },
      autoold: { url: `http://127.0.0.1:${legacy.port}/sse` },
      demo: demoServer(),
    });
    // At debug level, where the most is logged: the token must not appear even there.
    gw = await connectGatewayWithConfig(config, {
      args: ['--log-level', 'debug'], extraEnv: { MCPGW_IT_TOKEN: 'it-secret-token' },
    });
  });

  after(async () => {
    await gw?.close();
    await Promise.all([streamable?.stop(), legacy?.stop()]);
    await removeTempDir(dir);
  });

  test('tools of both remote servers are listed', async () => {
    const names = await waitUntil(async () => {
      const { tools } = await gw.client.listTools();
      const found = tools.map((t) => t.name);
      const wanted = ['modern_echo', 'old_echo', 'autonew_echo', 'autoold_echo'];
      return wanted.every((n) => found.includes(n)) ? found : null;
    }, { timeoutMs: 20_000, what: 'the echo tools of the four remote entries to be listed' });
    assert.ok(names.includes('demo_echo'));
    assert.ok(!names.some((n) => n.startsWith('dead_')));
  });

  test('echo over Streamable HTTP', async () => {
    const result = await gw.client.callTool({ name: 'modern_echo', arguments: { message: 'via http' } });
    assert.equal(textOf(result), 'Echo: via http');
  });

  test('echo over legacy HTTP+SSE', async () => {
    const result = await gw.client.callTool({ name: 'old_echo', arguments: { message: 'via sse' } });
    assert.equal(textOf(result), 'Echo: via sse');
  });

  test('get_metadata shows both active with their transports, the refused url as error', async () => {
    const metadata = await getMetadata(gw.client);
    const modern = serverEntry(metadata, 'modern');
    const old = serverEntry(metadata, 'old');
    const dead = serverEntry(metadata, 'dead');
    assert.equal(modern.status, 'active');
    assert.equal(modern.transport, 'streamable-http');
    assert.equal(old.status, 'active');
    assert.equal(old.transport, 'sse');
    assert.equal(dead.status, 'error');
    assert.match(dead.error, /connect|refused/i);
    assert.equal(serverEntry(metadata, 'demo').status, 'active');
  });

  test('a url without type finds either transport', async () => {
    const metadata = await getMetadata(gw.client);
    assert.equal(serverEntry(metadata, 'autonew').status, 'active');
    assert.equal(serverEntry(metadata, 'autoold').status, 'active');
    for (const name of ['autonew_echo', 'autoold_echo']) {
      const result = await gw.client.callTool({ name, arguments: { message: name } });
      assert.equal(textOf(result), `Echo: ${name}`);
    }
  });

  test('the token never reaches the gateway log', () => {
    assert.match(gw.stderr(), / debug /, 'the gateway logs at debug level in this suite');
    assert.ok(!gw.stderr().includes('it-secret-token'));
  });
});
