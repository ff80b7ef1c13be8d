// The complete protocol through the gateway against the reference server-everything:
// sampling, elicitation and roots round trips (server-to-client requests) and progress.
// server-everything registers its sampling, elicitation and roots tools only when the
// client (here: the gateway) declares those capabilities, after initialization.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  CreateMessageRequestSchema, ElicitRequestSchema, ListRootsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

import {
  RawGateway, connectGatewayWithConfig, everythingServer, listAll, makeTempDir, removeTempDir, textOf,
  waitUntil, writeConfig,
} from './lib/harness.mjs';

const kRoots = [{ uri: 'file:///tmp/mcpgw-it-everything-root', name: 'everything-root' }];

describe('server-everything through the gateway', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  let client;
  const sampling = [];
  const elicitation = [];

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { everything: everythingServer() });
    gw = await connectGatewayWithConfig(config, {
      capabilities: { sampling: {}, elicitation: {}, roots: { listChanged: true } },
      beforeConnect: (c) => {
        c.setRequestHandler(CreateMessageRequestSchema, async (request) => {
          sampling.push(request.params);
          const text = request.params.messages?.[0]?.content?.text;
          return {
            role: 'assistant', model: 'mcpgw-it-model', content: { type: 'text', text: `answer to ${text}` },
          };
        });
        c.setRequestHandler(ElicitRequestSchema, async (request) => {
          elicitation.push(request.params);
          return { action: 'decline' };
        });
        c.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: kRoots }));
      },
    });
    client = gw.client;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  async function waitForTool(name) {
    await waitUntil(async () => (await listAll(client, 'listTools', 'tools')).some((t) => t.name === name),
                    { what: `${name} to be listed (registered once the gateway declares the capability)` });
  }

  test('sampling round trip (trigger-sampling-request)', async () => {
    await waitForTool('everything_trigger-sampling-request');
    const result = await client.callTool({
      name: 'everything_trigger-sampling-request', arguments: { prompt: 'ping-everything', maxTokens: 20 },
    });
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.match(textOf(result), /answer to [^"]*ping-everything/);
    const params = sampling.at(-1);
    assert.equal(params.maxTokens, 20);
    assert.match(params.messages[0].content.text, /ping-everything/);
  });

  test('elicitation round trip (trigger-elicitation-request, declined)', async () => {
    await waitForTool('everything_trigger-elicitation-request');
    const result = await client.callTool({ name: 'everything_trigger-elicitation-request', arguments: {} });
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.match(textOf(result), /declined/);
    assert.equal(elicitation.length, 1);
    assert.equal(elicitation[0].requestedSchema.type, 'object');
  });

  test('roots round trip (get-roots-list)', async () => {
    await waitForTool('everything_get-roots-list');
    // server-everything asks the client for its roots on its own (not within a call of ours).
    await waitUntil(async () => {
      const result = await client.callTool({ name: 'everything_get-roots-list', arguments: {} });
      return textOf(result).includes(kRoots[0].uri);
    }, { what: 'get-roots-list to show the client\'s root' });
  });

  test('progress round trip (trigger-long-running-operation)', async () => {
    const progress = [];
    const result = await client.callTool(
      { name: 'everything_trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } },
      undefined, { onprogress: (p) => progress.push(p) });
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.match(textOf(result), /Long running operation completed/);
    // The SDK client runs notification handlers in a microtask but response handlers at
    // once, so a last progress read in the same chunk as the result can be dropped by the
    // SDK itself: the exact sequence is checked over raw stdio below.
    const seen = progress.map((p) => [p.progress, p.total]);
    assert.ok(seen.length >= 2, `progress: ${JSON.stringify(seen)}`);
    assert.deepEqual(seen, [[1, 3], [2, 3], [3, 3]].slice(0, seen.length));
  });
});

describe('server-everything progress over raw stdio', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { everything: everythingServer() });
    gw = new RawGateway(['--mcp-json-path', config]).start();
    await gw.initialize('2025-06-18');
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('every progress notification arrives, with the client\'s token, before the result', async () => {
    for (const token of ['tok-1', 42]) {
      const first = gw.received.length;
      const response = await gw.request({
        jsonrpc: '2.0', id: `call-${token}`, method: 'tools/call',
        params: {
          name: 'everything_trigger-long-running-operation',
          arguments: { duration: 0.15, steps: 3 },
          _meta: { progressToken: token },
        },
      });
      assert.equal(response.error, undefined, JSON.stringify(response.error));
      const index = gw.received.indexOf(response);
      const progress = gw.received.slice(first, index)
        .filter((m) => m.method === 'notifications/progress')
        .map((m) => [m.params.progressToken, m.params.progress, m.params.total]);
      assert.deepEqual(progress, [[token, 1, 3], [token, 2, 3], [token, 3, 3]]);
    }
  });
});
