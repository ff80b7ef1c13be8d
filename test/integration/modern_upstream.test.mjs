// 2026-07-28 upstreams: a 1.x SDK client (@modelcontextprotocol/sdk, a 2025-era client) through
// the gateway to a server written with the 2.x SDK (@modelcontextprotocol/server; fixture
// fixtures/modern_server.mjs, modern-only so nothing here can pass over a legacy fallback), over
// stdio and as an HTTP upstream (typed "http" and an untyped url). Covers tools, resources,
// prompts, progress, cancellation, and the input_required bridge: the server's elicitation and
// sampling requests reach the legacy client as real elicitation/create and
// sampling/createMessage requests, and the gateway retries the call with the answers.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  CreateMessageRequestSchema, ElicitRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

import {
  connectGatewayWithConfig, getMetadata, integrationDir, makeTempDir, removeTempDir,
  serverEntry, startHttpFixture, textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const fixture = path.join(integrationDir, 'fixtures/modern_server.mjs');

describe('2026-07-28 upstreams behind the gateway, for a 1.x client', { timeout: 180_000 }, () => {
  let dir;
  let http;
  let gw;
  const elicitations = [];
  const samplings = [];

  before(async () => {
    http = await startHttpFixture(fixture);
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      s: { command: process.execPath, args: [fixture] },
      h: { type: 'http', url: `http://127.0.0.1:${http.port}/mcp` },
      a: { url: `http://127.0.0.1:${http.port}/mcp` },
    });
    gw = await connectGatewayWithConfig(config, {
      capabilities: { elicitation: {}, sampling: {} },
      beforeConnect: (client) => {
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          elicitations.push(request.params);
          return { action: 'accept', content: { confirm: true } };
        });
        client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
          samplings.push(request.params);
          return { role: 'assistant', model: 'test-model',
                   content: { type: 'text', text: 'forty-two' } };
        });
      },
    });
    await waitUntil(async () => {
      const { tools } = await gw.client.listTools();
      const names = tools.map((t) => t.name);
      return ['s_echo', 'h_echo', 'a_echo'].every((n) => names.includes(n));
    }, { timeoutMs: 30_000, what: 'the tools of the three modern entries' });
  });

  after(async () => {
    await gw?.close();
    await http?.stop();
    await removeTempDir(dir);
  });

  test('every entry is active and was spoken to in 2026-07-28', async () => {
    const metadata = await getMetadata(gw.client);
    for (const name of ['s', 'h', 'a']) {
      assert.equal(serverEntry(metadata, name).status, 'active', name);
      assert.equal(serverEntry(metadata, name).protocolVersion, '2026-07-28', name);
      const result = await gw.client.callTool({ name: `${name}_era`, arguments: {} });
      assert.equal(textOf(result), 'modern', name);
    }
  });

  for (const name of ['s', 'h']) {
    const over = name === 's' ? 'stdio' : 'HTTP';

    test(`tools over ${over}: arguments in, a plain 2025 result out`, async () => {
      const result = await gw.client.callTool({ name: `${name}_echo`, arguments: { text: 'hi' } });
      assert.equal(textOf(result), 'hi');
      assert.equal(result.resultType, undefined);
    });

    test(`prompts over ${over}`, async () => {
      const { prompts } = await gw.client.listPrompts();
      assert.ok(prompts.some((p) => p.name === `${name}_greet`));
      const result = await gw.client.getPrompt({ name: `${name}_greet`, arguments: { name: 'Ada' } });
      assert.equal(result.messages[0].content.text, 'Hello, Ada!');
    });

    test(`progress over ${over} reaches the client with its own token`, async () => {
      const seen = [];
      const result = await gw.client.callTool({ name: `${name}_count`, arguments: { n: 3 } },
                                              undefined, { onprogress: (p) => seen.push(p.progress) });
      assert.equal(textOf(result), 'counted 3');
      assert.deepEqual(seen, [1, 2, 3]);
    });

    test(`cancellation over ${over} ends the call and the server keeps serving`, async () => {
      const controller = new AbortController();
      const call = gw.client.callTool({ name: `${name}_wait`, arguments: {} }, undefined,
                                      { signal: controller.signal });
      setTimeout(() => controller.abort('enough'), 300);
      await assert.rejects(call);
      const result = await gw.client.callTool({ name: `${name}_echo`, arguments: { text: 'after' } });
      assert.equal(textOf(result), 'after');
    });

    test(`elicitation through input_required over ${over}`, async () => {
      const before = elicitations.length;
      const result = await gw.client.callTool({ name: `${name}_confirm`, arguments: { env: 'prod' } });
      assert.equal(textOf(result), 'deployed to prod');
      assert.equal(elicitations.length, before + 1);
      assert.equal(elicitations.at(-1).message, 'Deploy to prod?');
    });

    test(`sampling through input_required over ${over}`, async () => {
      const before = samplings.length;
      const result = await gw.client.callTool({ name: `${name}_ask_model`,
                                                arguments: { question: 'meaning of life?' } });
      assert.equal(textOf(result), 'model said: forty-two');
      assert.equal(samplings.length, before + 1);
      assert.equal(samplings.at(-1).messages[0].content.text, 'meaning of life?');
    });
  }

  test('resources of a modern upstream: list, read, and not found as -32002', async () => {
    const { resources } = await gw.client.listResources();
    assert.ok(resources.some((r) => r.uri === 'fixture://hello'));
    const read = await gw.client.readResource({ uri: 'fixture://hello' });
    assert.equal(read.contents[0].text, 'hello from 2.x');
    await assert.rejects(gw.client.readResource({ uri: 'fixture://missing' }),
                         (err) => err.code === -32002);
  });
});

describe('input_required for a client without the capability', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { s: { command: process.execPath, args: [fixture] } });
    gw = await connectGatewayWithConfig(config, { capabilities: {} });
    await waitUntil(async () => {
      const { tools } = await gw.client.listTools();
      return tools.some((t) => t.name === 's_confirm');
    }, { timeoutMs: 30_000, what: 'the fixture tools' });
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('the call fails with an error instead of a request the client cannot serve', async () => {
    const outcome = await gw.client.callTool({ name: 's_confirm', arguments: { env: 'prod' } })
      .then((result) => ({ result }), (error) => ({ error }));
    if (outcome.error) {
      assert.match(String(outcome.error.message), /elicitation/);
    } else {
      assert.equal(outcome.result.isError, true, JSON.stringify(outcome.result));
    }
  });
});
