// subscriptions/listen (MCP 2026-07-28) through the gateway: the official 2.x SDK client, pinned
// to the modern revision, opens a listen and receives the gateway's list_changed and resource
// updates on it, over stateless HTTP and over stdio. The upstream is the project's legacy demo
// server (mcp-demo-server), whose add_tool changes its tool list (notifications/tools/
// list_changed) and whose touch sends notifications/resources/updated for a subscribed URI.
// Isolation: a listen naming another URI never sees that update.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Client as ModernClient, StreamableHTTPClientTransport as ModernHttpTransport }
  from '@modelcontextprotocol/client';
import { StdioClientTransport as ModernStdioTransport } from '@modelcontextprotocol/client/stdio';

import {
  HTTP_ARGS, demoServer, gatewayBin, makeTempDir, removeTempDir, startHttpGateway, textOf,
  waitUntil, writeConfig,
} from './lib/harness.mjs';

const kModern = '2026-07-28';

// A pinned 2.x client recording every change notification it receives.
function listeningClient(name) {
  const client = new ModernClient({ name, version: '2.0.0' },
                                  { versionNegotiation: { mode: { pin: kModern } } });
  const seen = [];
  for (const method of ['notifications/tools/list_changed', 'notifications/prompts/list_changed',
                        'notifications/resources/list_changed', 'notifications/resources/updated']) {
    client.setNotificationHandler(method, (notification) => {
      seen.push({ method, params: notification.params ?? {} });
    });
  }
  return { client, seen };
}

async function exerciseListen(client, seen, toolName) {
  const discovered = await client.request({ method: 'server/discover', params: {} });
  assert.equal(discovered.capabilities.tools?.listChanged, true, JSON.stringify(discovered));
  assert.equal(discovered.capabilities.resources?.subscribe, true, JSON.stringify(discovered));

  const sub = await client.listen({ toolsListChanged: true, resourceSubscriptions: ['demo://readme'] });
  try {
    assert.deepEqual(sub.honoredFilter,
                     { toolsListChanged: true, resourceSubscriptions: ['demo://readme'] });

    const added = await client.callTool({ name: 'demo_add_tool', arguments: { name: toolName } });
    assert.ok(!added.isError, textOf(added));
    await waitUntil(() => seen.some((n) => n.method === 'notifications/tools/list_changed'),
                    { what: 'tools/list_changed on the listen stream' });
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === `demo_${toolName}`), tools.map((t) => t.name).join(','));

    const touched = await client.callTool({ name: 'demo_touch', arguments: { uri: 'demo://readme' } });
    assert.equal(textOf(touched), 'notified', 'the gateway subscribed upstream for the listen');
    await waitUntil(() => seen.some((n) => n.method === 'notifications/resources/updated'),
                    { what: 'resources/updated on the listen stream' });
    const updated = seen.find((n) => n.method === 'notifications/resources/updated');
    assert.equal(updated.params.uri, 'demo://readme');
    assert.ok(!seen.some((n) => n.method === 'notifications/prompts/list_changed'),
              'a kind the listen did not ask for is never sent');
  } finally {
    await sub.close();
  }
}

describe('subscriptions/listen over stateless HTTP: 2.x client -> gateway -> demo server', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS]);
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('list_changed and resource updates arrive on the listen, tagged, and only those asked', async () => {
    const { client, seen } = listeningClient('mcpgw-it-listen');
    await client.connect(new ModernHttpTransport(new URL(gw.url)));
    try {
      await exerciseListen(client, seen, 'fresh_http');
    } finally {
      await client.close().catch(() => {});
    }
  });

  test('a listen naming another URI never sees that resource update', async () => {
    const alice = listeningClient('mcpgw-it-alice');
    const bob = listeningClient('mcpgw-it-bob');
    await alice.client.connect(new ModernHttpTransport(new URL(gw.url)));
    await bob.client.connect(new ModernHttpTransport(new URL(gw.url)));
    const aliceSub = await alice.client.listen({ resourceSubscriptions: ['demo://readme'] });
    const bobSub = await bob.client.listen({ resourceSubscriptions: ['demo://items/1'] });
    try {
      const touched = await alice.client.callTool({ name: 'demo_touch', arguments: { uri: 'demo://readme' } });
      assert.equal(textOf(touched), 'notified');
      await waitUntil(() => alice.seen.length > 0, { what: 'alice gets her update' });
      // bob's stream is open on the same gateway: give a stray update time to show up.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(bob.seen, [], JSON.stringify(bob.seen));
    } finally {
      await aliceSub.close();
      await bobSub.close();
      await alice.client.close().catch(() => {});
      await bob.client.close().catch(() => {});
    }
  });

  test('a closed listen ends its upstream subscription', async () => {
    const { client } = listeningClient('mcpgw-it-closer');
    await client.connect(new ModernHttpTransport(new URL(gw.url)));
    try {
      const sub = await client.listen({ resourceSubscriptions: ['demo://readme'] });
      await sub.close();
      // The gateway notices the closed stream at its next write; the upstream subscription
      // then ends (touch answers "not subscribed").
      await waitUntil(async () => {
        const r = await client.callTool({ name: 'demo_touch', arguments: { uri: 'demo://readme' } });
        return textOf(r) === 'not subscribed';
      }, { timeoutMs: 60_000, intervalMs: 500, what: 'the upstream subscription to end' });
    } finally {
      await client.close().catch(() => {});
    }
  });
});

describe('subscriptions/listen over stdio: 2.x client -> gateway -> demo server', { timeout: 120_000 }, () => {
  let dir;
  let client;
  let seen;
  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    ({ client, seen } = listeningClient('mcpgw-it-listen-stdio'));
    await client.connect(new ModernStdioTransport({ command: gatewayBin, args: ['--mcp-json-path', config] }));
  });
  after(async () => {
    await client?.close().catch(() => {});
    await removeTempDir(dir);
  });

  test('list_changed and resource updates arrive on the listen; cancel unsubscribes', async () => {
    await exerciseListen(client, seen, 'fresh_stdio');
    // sub.close() sent notifications/cancelled: the gateway dropped the upstream subscription.
    await waitUntil(async () => {
      const r = await client.callTool({ name: 'demo_touch', arguments: { uri: 'demo://readme' } });
      return textOf(r) === 'not subscribed';
    }, { what: 'the upstream subscription to end' });
  });
});
