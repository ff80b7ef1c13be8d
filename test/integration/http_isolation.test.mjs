// Isolation between the clients of one gateway served over HTTP: a session belongs to the
// principal that created it (another token gets 404), one client's server logs never reach
// another client, sessions are bounded per client with least-recently-used eviction, and a
// server with "isolation": "session" runs once per client session.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';

import {
  HTTP_ARGS, NotificationLog, connectHttpClient, demoServer, makeTempDir, removeTempDir,
  startHttpGateway, textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const ALPHA = 'alpha-token-for-isolation';
const BETA = 'beta-token-for-isolation';

function bearer(token) {
  return { Authorization: `Bearer ${token}` };
}

async function rawPost(url, { token, sid, body }) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
      ...(token ? bearer(token) : {}),
      ...(sid ? { 'Mcp-Session-Id': sid } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function rawInitialize(url, token) {
  const response = await rawPost(url, {
    token,
    body: {
      jsonrpc: '2.0', id: 0, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'it', version: '1' } },
    },
  });
  assert.equal(response.status, 200, await response.clone().text());
  return response.headers.get('mcp-session-id');
}

function toolsList(url, token, sid) {
  return rawPost(url, { token, sid, body: { jsonrpc: '2.0', id: 1, method: 'tools/list' } });
}

describe('sessions bound to their principal; logs never cross sessions', { timeout: 120_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS], {
      extraEnv: { MCPGW_AUTH_TOKENS: `${ALPHA},${BETA}` },
    });
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test("a valid session id with another principal's token is 404, as if it did not exist", async () => {
    const sid = await rawInitialize(gw.url, ALPHA);
    const stolen = await toolsList(gw.url, BETA, sid);
    assert.equal(stolen.status, 404);
    const unknown = await toolsList(gw.url, BETA, 'f'.repeat(64));
    assert.equal(await stolen.text(), await unknown.text());
    const deleted = await fetch(gw.url, { method: 'DELETE', headers: { ...bearer(BETA), 'Mcp-Session-Id': sid } });
    assert.equal(deleted.status, 404);
    const own = await toolsList(gw.url, ALPHA, sid);
    assert.equal(own.status, 200, 'the owner still has the session');
  });

  test("one client's server log messages never reach another client", async () => {
    const alpha = await connectHttpClient(gw.url, { headers: bearer(ALPHA) });
    const beta = await connectHttpClient(gw.url, { headers: bearer(BETA) });
    try {
      const alphaLogs = new NotificationLog(alpha.client, LoggingMessageNotificationSchema);
      const betaLogs = new NotificationLog(beta.client, LoggingMessageNotificationSchema);
      await beta.client.setLoggingLevel('debug');  // beta wants everything it is entitled to
      await alpha.client.setLoggingLevel('debug');
      const logged = await alpha.client.callTool({
        name: 'demo_log', arguments: { level: 'info', message: 'alpha private line' },
      });
      assert.equal(textOf(logged), 'logged');
      await alphaLogs.waitFor((n) => n.params.data === 'alpha private line', { what: "alpha's log" });
      // beta's own call: once its log arrives, alpha's would have too if it were broadcast.
      await beta.client.callTool({ name: 'demo_log', arguments: { level: 'info', message: 'beta line' } });
      await betaLogs.waitFor((n) => n.params.data === 'beta line', { what: "beta's log" });
      assert.ok(!betaLogs.items.some((n) => n.params.data === 'alpha private line'),
        `beta saw: ${JSON.stringify(betaLogs.items.map((n) => n.params.data))}`);
      assert.ok(!alphaLogs.items.some((n) => n.params.data === 'beta line'));
    } finally {
      await alpha.close();
      await beta.close();
    }
  });
});

describe('session limits per client evict the least recently used idle session', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, '--max-sessions-per-client', '2',
      '--max-sessions', '3', ...HTTP_ARGS]);
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('a third session from one address ends its least recently used idle one', async () => {
    const first = await rawInitialize(gw.url);
    const second = await rawInitialize(gw.url);
    assert.equal((await toolsList(gw.url, undefined, first)).status, 200);  // second is now LRU
    const third = await rawInitialize(gw.url);
    assert.equal((await toolsList(gw.url, undefined, second)).status, 404);
    assert.equal((await toolsList(gw.url, undefined, first)).status, 200);
    assert.equal((await toolsList(gw.url, undefined, third)).status, 200);
  });
});

describe('"isolation": "session" runs one server process per client session', { timeout: 120_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      demo: { ...demoServer(), isolation: 'session', maxInstances: 2 },
    });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS]);
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  const pidOf = async (client) => Number(textOf(await client.callTool({ name: 'demo_pid', arguments: {} })));
  const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

  test('two sessions get two processes; a session keeps its own; it ends with the session', async () => {
    const a = await connectHttpClient(gw.url);
    const b = await connectHttpClient(gw.url);
    const c = await connectHttpClient(gw.url);
    try {
      const pidA = await pidOf(a.client);
      const pidB = await pidOf(b.client);
      assert.notEqual(pidA, pidB);
      assert.equal(await pidOf(a.client), pidA, 'the same session keeps its instance');
      // maxInstances 2: a third session is refused with a clear error until one ends.
      await assert.rejects(c.client.callTool({ name: 'demo_pid', arguments: {} }),
        /per-session instances are in use/);
      await a.transport.terminateSession();
      await waitUntil(() => !alive(pidA), { what: "the first session's process to exit" });
      assert.ok(alive(pidB), "the other session's process is untouched");
      const pidC = await pidOf(c.client);
      assert.ok(pidC !== pidA && pidC !== pidB);
    } finally {
      await a.close();
      await b.close();
      await c.close();
    }
  });
});
