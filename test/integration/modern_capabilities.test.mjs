// Per-request client capabilities toward a 2026-07-28 upstream: each call carries, in its _meta
// clientCapabilities, the capabilities of the client that made it (those the gateway can bridge:
// sampling, elicitation, roots), not the union of every connected client's. Two 1.x clients
// share one HTTP gateway in front of the 2.x fixture (fixtures/modern_server.mjs, over stdio),
// one without sampling and one with it; the fixture's `capabilities` tool reports what each call
// declared.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CreateMessageRequestSchema } from '@modelcontextprotocol/sdk/types.js';

import {
  HTTP_ARGS, connectHttpClient, integrationDir, makeTempDir, removeTempDir, startHttpGateway,
  textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const fixture = path.join(integrationDir, 'fixtures/modern_server.mjs');

describe('per-request client capabilities toward a 2026-07-28 upstream', { timeout: 90_000 }, () => {
  let dir;
  let gw;
  let plain;    // declares nothing the gateway can bridge
  let sampler;  // declares sampling (and an experimental capability, which is not bridged)
  const samplings = [];

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { s: { command: process.execPath, args: [fixture] } });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS]);
    plain = await connectHttpClient(gw.url, { clientName: 'plain', capabilities: {} });
    sampler = await connectHttpClient(gw.url, {
      clientName: 'sampler',
      capabilities: { sampling: {}, experimental: { probe: {} } },
      beforeConnect: (client) => {
        client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
          samplings.push(request.params);
          return { role: 'assistant', model: 'test-model',
                   content: { type: 'text', text: 'forty-two' } };
        });
      },
    });
    await waitUntil(async () => {
      const { tools } = await plain.client.listTools();
      return tools.some((t) => t.name === 's_capabilities');
    }, { timeoutMs: 30_000, what: 'the fixture tools' });
  });

  after(async () => {
    await plain?.close();
    await sampler?.close();
    await gw?.close();
    await removeTempDir(dir);
  });

  const declared = async (client) =>
    JSON.parse(textOf(await client.callTool({ name: 's_capabilities', arguments: {} })));

  test('a client without sampling is declared without it, though another client has it',
       async () => {
    assert.deepEqual(await declared(plain.client), {});
  });

  test('a client with sampling is declared with it, and only with what the gateway bridges',
       async () => {
    assert.deepEqual(await declared(sampler.client), { sampling: {} });
  });

  test('the server asks only the client that can answer', async () => {
    const asked = samplings.length;
    const outcome = await plain.client.callTool({ name: 's_ask_model', arguments: { question: 'q' } })
      .then((result) => ({ result }), (error) => ({ error }));
    if (outcome.error) {
      assert.match(String(outcome.error.message), /sampling/);
    } else {
      assert.equal(outcome.result.isError, true, JSON.stringify(outcome.result));
    }
    assert.equal(samplings.length, asked, 'no sampling request reached any client');
    const answered = await sampler.client.callTool({ name: 's_ask_model', arguments: { question: 'q' } });
    assert.equal(textOf(answered), 'model said: forty-two');
    assert.equal(samplings.length, asked + 1);
  });
});
