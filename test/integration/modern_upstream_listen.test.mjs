// subscriptions/listen toward 2026-07-28 upstreams (docs/protocol.md "Upstream eras",
// "subscriptions/listen toward modern upstreams"): the gateway keeps a listen open to each
// modern server and turns what arrives on it into the legacy notifications its clients get.
// The server is fixtures/modern_listen_server.mjs (2.x SDK, modern-only: it sends change
// notifications only on a listen stream), once over stdio ("s") and once over HTTP ("h"), behind
// one gateway served over HTTP so that several clients can connect: 1.x SDK clients (2025 era)
// and a 2.x client pinned to 2026-07-28.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  ResourceUpdatedNotificationSchema, ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { Client as ModernClient, StreamableHTTPClientTransport as ModernHttpTransport }
  from '@modelcontextprotocol/client';

import {
  HTTP_ARGS, NotificationLog, connectHttpClient, integrationDir, makeTempDir, removeTempDir,
  startHttpFixture, startHttpGateway, textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const kModern = '2026-07-28';
const fixture = path.join(integrationDir, 'fixtures/modern_listen_server.mjs');

// A 2.x client pinned to 2026-07-28, recording the change notifications of its listens.
async function modernClient(url, name) {
  const client = new ModernClient({ name, version: '2.0.0' },
                                  { versionNegotiation: { mode: { pin: kModern } } });
  const seen = [];
  for (const method of ['notifications/tools/list_changed', 'notifications/resources/updated']) {
    client.setNotificationHandler(method, (n) => { seen.push({ method, params: n.params ?? {} }); });
  }
  await client.connect(new ModernHttpTransport(new URL(url)));
  return { client, seen };
}

// A 1.x client (2025 era) recording tools/list_changed and resources/updated.
async function legacyClient(url, name) {
  let tools;
  let updates;
  const connected = await connectHttpClient(url, {
    clientName: name,
    beforeConnect: (c) => {
      tools = new NotificationLog(c, ToolListChangedNotificationSchema);
      updates = new NotificationLog(c, ResourceUpdatedNotificationSchema);
    },
  });
  return { ...connected, tools, updates };
}

const updatesFor = (log, uri) => log.matching((n) => n.params.uri === uri).length;

// The listen fixture over stdio (s) and over HTTP (h), both as 2026-07-28 upstreams, behind an HTTP
// gateway started with `extraArgs`; close() stops all three.
async function startListenSetup(extraArgs = []) {
  const httpFixture = await startHttpFixture(fixture);
  const dir = await makeTempDir();
  const config = await writeConfig(dir, {
    s: { command: process.execPath, args: [fixture], protocolEra: 'modern' },
    h: { type: 'http', url: `http://127.0.0.1:${httpFixture.port}/mcp`, protocolEra: 'modern' },
  });
  const gw = await startHttpGateway(['--mcp-json-path', config, ...extraArgs, ...HTTP_ARGS]);
  return {
    gw,
    close: async () => {
      await gw?.close();
      await httpFixture?.stop();
      await removeTempDir(dir);
    },
  };
}

describe('list changes and resource updates of 2026-07-28 upstreams, through the listen', { timeout: 180_000 }, () => {
  let setup;
  let gw;

  before(async () => {
    setup = await startListenSetup();
    gw = setup.gw;
    const probe = await legacyClient(gw.url, 'mcpgw-it-ml-probe');
    try {
      await waitUntil(async () => {
        const names = (await probe.client.listTools()).tools.map((t) => t.name);
        return ['s_add_tool', 'h_add_tool'].every((n) => names.includes(n));
      }, { timeoutMs: 30_000, what: 'both modern servers to be active' });
    } finally {
      await probe.close();
    }
  });

  after(async () => {
    await setup?.close();
  });

  for (const name of ['s', 'h']) {
    const over = name === 's' ? 'stdio' : 'HTTP';
    const where = name === 's' ? 'stdio' : 'http';

    test(`${over}: a tool the server adds reaches a legacy client as tools/list_changed and in tools/list, and a modern client's listen`, async () => {
      const legacy = await legacyClient(gw.url, `mcpgw-it-ml-tools-${name}`);
      const modern = await modernClient(gw.url, `mcpgw-it-ml-modern-${name}`);
      const sub = await modern.client.listen({ toolsListChanged: true });
      try {
        const before = legacy.tools.items.length;
        const added = await legacy.client.callTool({ name: `${name}_add_tool`,
                                                     arguments: { name: `fresh_${name}` } });
        assert.equal(textOf(added), `added fresh_${name}`);
        await legacy.tools.waitFor(() => legacy.tools.items.length > before,
                                   { what: `tools/list_changed after ${name}_add_tool` });
        const { tools } = await legacy.client.listTools();
        assert.ok(tools.some((t) => t.name === `${name}_fresh_${name}`),
                  tools.map((t) => t.name).join(','));
        const called = await legacy.client.callTool({ name: `${name}_fresh_${name}`, arguments: {} });
        assert.equal(textOf(called), `I am fresh_${name}`);
        await waitUntil(() => modern.seen.some((n) => n.method === 'notifications/tools/list_changed'),
                        { what: 'tools/list_changed on the modern client\'s listen' });
        const listed = await modern.client.listTools();
        assert.ok(listed.tools.some((t) => t.name === `${name}_fresh_${name}`));
      } finally {
        await sub.close();
        await modern.client.close().catch(() => {});
        await legacy.close();
      }
    });

    test(`${over}: a legacy client's resource subscription gets the server's updates, another session does not, unsubscribe stops them`, async () => {
      const uriA = `listen://${where}/a`;
      const uriB = `listen://${where}/b`;
      const alice = await legacyClient(gw.url, `mcpgw-it-ml-alice-${name}`);
      const bob = await legacyClient(gw.url, `mcpgw-it-ml-bob-${name}`);
      const carol = await modernClient(gw.url, `mcpgw-it-ml-carol-${name}`);
      let carolSub;
      try {
        // Answered by the gateway (the method is gone in 2026-07-28), not -32601 from the server.
        assert.deepEqual(await alice.client.subscribeResource({ uri: uriA }), {});
        await bob.client.subscribeResource({ uri: uriB });
        carolSub = await carol.client.listen({ resourceSubscriptions: [uriB] });
        // The gateway opens a listen with the new URIs after answering: touch until it is up.
        await waitUntil(async () => {
          await alice.client.callTool({ name: `${name}_touch`, arguments: { uri: uriA } });
          return updatesFor(alice.updates, uriA) > 0;
        }, { intervalMs: 200, what: `alice's update for ${uriA}` });
        await waitUntil(async () => {
          await bob.client.callTool({ name: `${name}_touch`, arguments: { uri: uriB } });
          return updatesFor(bob.updates, uriB) > 0 &&
                 carol.seen.some((n) => n.params.uri === uriB);
        }, { intervalMs: 200, what: `bob's and carol's updates for ${uriB}` });
        // The gateway handles one server's notifications in order: bob's update for B came after
        // every update for A, so one for A meant for bob would be here by now.
        assert.equal(updatesFor(bob.updates, uriA), 0, JSON.stringify(bob.updates.items));
        assert.equal(updatesFor(alice.updates, uriB), 0, JSON.stringify(alice.updates.items));
        assert.ok(!carol.seen.some((n) => n.params.uri === uriA), JSON.stringify(carol.seen));

        await alice.client.unsubscribeResource({ uri: uriA });
        const aliceBefore = updatesFor(alice.updates, uriA);
        await alice.client.callTool({ name: `${name}_touch`, arguments: { uri: uriA } });
        const bobBefore = updatesFor(bob.updates, uriB);
        await waitUntil(async () => {
          await bob.client.callTool({ name: `${name}_touch`, arguments: { uri: uriB } });
          return updatesFor(bob.updates, uriB) > bobBefore;
        }, { intervalMs: 200, what: `bob's update for ${uriB} after alice unsubscribed` });
        assert.equal(updatesFor(alice.updates, uriA), aliceBefore, 'no update after unsubscribe');
      } finally {
        await carolSub?.close();
        await carol.client.close().catch(() => {});
        await alice.close();
        await bob.close();
      }
    });
  }

  test('stdio: after the server restarts, its new run listens again with the renewed subscription', async () => {
    const uri = 'listen://stdio/b';
    const alice = await legacyClient(gw.url, 'mcpgw-it-ml-restart');
    const touch = async () => {
      try {
        await alice.client.callTool({ name: 's_touch', arguments: { uri } });
      } catch {
        // restarting: the call fails until the new run is active
      }
    };
    try {
      await alice.client.subscribeResource({ uri });
      await waitUntil(async () => { await touch(); return updatesFor(alice.updates, uri) > 0; },
                      { intervalMs: 200, what: 'an update before the restart' });
      const crashed = await alice.client.callTool({ name: 's_crash', arguments: {} });
      assert.equal(textOf(crashed), 'crashing');
      await waitUntil(() => /upstream name=s restart attempt/.test(gw.stderr()),
                      { what: 'the gateway to restart s' });
      const before = updatesFor(alice.updates, uri);
      await waitUntil(async () => { await touch(); return updatesFor(alice.updates, uri) > before; },
                      { timeoutMs: 30_000, intervalMs: 250, what: 'an update from the new run' });
    } finally {
      await alice.close();
    }
  });

  test('the gateway logs no listen refused or given up for either server', () => {
    assert.doesNotMatch(gw.stderr(), /does not serve subscriptions\/listen|not opened again/);
    assert.match(gw.stderr(), /upstream name=s active protocol=2026-07-28/);
  });
});

describe('the upstream listen outlives the per-request timeout', { timeout: 120_000 }, () => {
  let setup;
  let gw;

  before(async () => {
    setup = await startListenSetup(['--request-timeout', '1', '--max-request-timeout', '1']);
    gw = setup.gw;
  });

  after(async () => {
    await setup?.close();
  });

  test('with --request-timeout 1 and --max-request-timeout 1 both listens stay open past it and still deliver', async () => {
    const legacy = await legacyClient(gw.url, 'mcpgw-it-ml-timeout');
    try {
      await waitUntil(async () => {
        const names = (await legacy.client.listTools()).tools.map((t) => t.name);
        return ['s_add_tool', 'h_add_tool'].every((n) => names.includes(n));
      }, { timeoutMs: 30_000, what: 'both modern servers to be active' });
      // A bound being tested, not an ordering: longer than the request timeout.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      for (const name of ['s', 'h']) {
        const before = legacy.tools.items.length;
        await legacy.client.callTool({ name: `${name}_add_tool`, arguments: { name: `late_${name}` } });
        await legacy.tools.waitFor(() => legacy.tools.items.length > before,
                                   { what: `tools/list_changed from ${name}` });
      }
      // No listen was cut by the timeout and opened again (the gateway logs each reopening).
      assert.doesNotMatch(gw.stderr(), /subscriptions\/listen ended|timed out/);
    } finally {
      await legacy.close();
    }
  });
});
