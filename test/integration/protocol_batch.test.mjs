// The gateway over raw stdio (no SDK, which always asks for the latest protocol version
// and never batches): protocol version negotiation and downgrading of results for
// 2025-03-26 clients, JSON-RPC batches (allowed in 2025-03-26 only).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  RawGateway, demoServer, makeTempDir, removeTempDir, writeConfig,
} from './lib/harness.mjs';

function text(result) {
  return (result?.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('');
}

function toolCall(id, name, args) {
  return { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } };
}

/** Follows nextCursor through tools/list over raw stdio. */
async function listToolsRaw(gw, idPrefix) {
  const tools = [];
  let cursor;
  for (let page = 0; page < 100; page++) {
    const response = await gw.request({
      jsonrpc: '2.0', id: `${idPrefix}-${page}`, method: 'tools/list',
      params: cursor === undefined ? {} : { cursor },
    });
    assert.equal(response.error, undefined, JSON.stringify(response.error));
    tools.push(...response.result.tools);
    cursor = response.result.nextCursor;
    if (cursor === undefined) return tools;
  }
  throw new Error('tools/list: too many pages');
}

async function startRaw(dir, extraArgs = []) {
  const config = await writeConfig(dir, { demo: demoServer() });
  return new RawGateway(['--mcp-json-path', config, ...extraArgs]).start();
}

describe('a 2025-03-26 client over raw stdio', { timeout: 60_000 }, () => {
  let dir;
  let gw;
  let init;

  before(async () => {
    dir = await makeTempDir();
    gw = await startRaw(dir, ['--deny-tool', 'demo/sleep']);
    init = await gw.initialize('2025-03-26');
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('negotiates 2025-03-26', () => {
    assert.equal(init.protocolVersion, '2025-03-26', JSON.stringify(init));
    assert.ok(init.capabilities?.tools, JSON.stringify(init.capabilities));
  });

  test('tools/list has no outputSchema and no title', async () => {
    const tools = await listToolsRaw(gw, 'list');
    const add = tools.find((t) => t.name === 'demo_add');
    assert.ok(add, `demo_add in ${tools.map((t) => t.name).join(', ')}`);
    assert.deepEqual(add.inputSchema.required, ['a', 'b']);
    for (const tool of tools) {
      assert.equal(tool.outputSchema, undefined, `outputSchema of ${tool.name}`);
      assert.equal(tool.title, undefined, `title of ${tool.name}`);
    }
    const echo = tools.find((t) => t.name === 'demo_echo');
    assert.deepEqual(echo.annotations, { readOnlyHint: true }, 'annotations exist in 2025-03-26');
  });

  test('prompts, resources and templates have no title either (added in 2025-06-18)', async () => {
    const prompts = await gw.request({ jsonrpc: '2.0', id: 'p', method: 'prompts/list' });
    const greeting = prompts.result.prompts.find((p) => p.name === 'demo_greeting');
    assert.ok(greeting, JSON.stringify(prompts));
    assert.equal(greeting.title, undefined, JSON.stringify(greeting));
    const resources = await gw.request({ jsonrpc: '2.0', id: 'r', method: 'resources/list' });
    const readme = resources.result.resources.find((r) => r.uri === 'demo://readme');
    assert.ok(readme, JSON.stringify(resources));
    assert.equal(readme.title, undefined, JSON.stringify(readme));
    const templates = await gw.request({ jsonrpc: '2.0', id: 't', method: 'resources/templates/list' });
    const item = templates.result.resourceTemplates.find((t) => t.uriTemplate === 'demo://items/{id}');
    assert.ok(item, JSON.stringify(templates));
    assert.equal(item.title, undefined, JSON.stringify(item));
  });

  test('tools/call results have no structuredContent; the text block stays', async () => {
    const add = await gw.request(toolCall(1, 'demo_add', { a: 2, b: 3 }));
    assert.equal(add.error, undefined, JSON.stringify(add.error));
    assert.deepEqual(add.result.content, [{ type: 'text', text: '5' }]);
    assert.equal(add.result.structuredContent, undefined, JSON.stringify(add.result));

    const meta = await gw.request(toolCall(2, 'get_metadata', {}));
    assert.equal(meta.error, undefined, JSON.stringify(meta.error));
    assert.equal(meta.result.structuredContent, undefined, 'get_metadata structuredContent');
    assert.ok(Array.isArray(JSON.parse(text(meta.result)).servers), 'get_metadata text is the JSON');
  });

  test('a batch: every element routed as a single message, one array of responses', async () => {
    const reply = gw.next(Array.isArray, { what: 'the batch response' });
    gw.send([
      toolCall(10, 'demo_echo', { message: 'batched' }),
      toolCall(11, 'demo_sleep', { ms: 1 }),
      toolCall(12, 'demo_add', { a: 1, b: 2 }),
      { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 999, reason: 'none' } },
    ]);
    const responses = await reply;
    assert.equal(responses.length, 3, JSON.stringify(responses));
    const byId = new Map(responses.map((r) => [r.id, r]));
    assert.deepEqual([...byId.keys()].sort(), [10, 11, 12], JSON.stringify(responses));
    for (const r of responses) assert.equal(r.jsonrpc, '2.0');

    assert.equal(byId.get(10).error, undefined, JSON.stringify(byId.get(10)));
    assert.equal(text(byId.get(10).result), 'batched');
    assert.equal(byId.get(12).error, undefined, JSON.stringify(byId.get(12)));
    assert.equal(text(byId.get(12).result), '3');
    assert.equal(byId.get(12).result.structuredContent, undefined, 'downgraded inside a batch too');
    // A blocked tools/call is a result the model can read, naming the reason code.
    const denied = byId.get(11);
    assert.equal(denied.error, undefined, JSON.stringify(denied));
    assert.equal(denied.result?.isError, true, JSON.stringify(denied));
    assert.match(text(denied.result), /reason: policy\.tool_denied/);
  });

  test('a batch of notifications only gets no response', async () => {
    const arraysBefore = gw.received.filter(Array.isArray).length;
    gw.send([
      { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 998 } },
      { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 997 } },
    ]);
    // Messages on one stdio stream are handled in order: once the ping after the batch
    // is answered, a response to the batch would have been sent.
    const pong = await gw.request({ jsonrpc: '2.0', id: 'ping-after-notifications', method: 'ping' });
    assert.deepEqual(pong.result, {});
    assert.equal(gw.received.filter(Array.isArray).length, arraysBefore, 'no array response');
    assert.ok(!gw.received.some((m) => !Array.isArray(m) && m.id === null),
              `no error response: ${JSON.stringify(gw.received.filter((m) => m.id === null))}`);
  });

  test('an empty batch is a single Invalid Request error with id null (JSON-RPC 2.0)', async () => {
    const reply = gw.next((m) => Array.isArray(m) || m.id === null, { what: 'the error response' });
    gw.send('[]');
    const response = await reply;
    assert.ok(!Array.isArray(response), `single response expected, got ${JSON.stringify(response)}`);
    assert.equal(response.error?.code, -32600, JSON.stringify(response));
  });

  test('invalid batch elements get their own error responses (JSON-RPC 2.0)', async () => {
    const reply = gw.next(Array.isArray, { what: 'the batch response' });
    gw.send('[{"jsonrpc":"2.0","id":30,"method":"ping"},{"foo":1},5]');
    const responses = await reply;
    assert.equal(responses.length, 3, JSON.stringify(responses));
    const ok = responses.filter((r) => r.id === 30);
    assert.equal(ok.length, 1, JSON.stringify(responses));
    assert.deepEqual(ok[0].result, {});
    const errors = responses.filter((r) => r.id === null);
    assert.equal(errors.length, 2, JSON.stringify(responses));
    for (const e of errors) assert.equal(e.error?.code, -32600, JSON.stringify(e));
  });

  test('the session still works after the batches', async () => {
    const echo = await gw.request(toolCall(20, 'demo_echo', { message: 'after' }));
    assert.equal(text(echo.result), 'after');
  });
});

describe('a 2025-06-18 client over raw stdio', { timeout: 60_000 }, () => {
  let dir;
  let gw;
  let init;

  before(async () => {
    dir = await makeTempDir();
    gw = await startRaw(dir);
    init = await gw.initialize('2025-06-18');
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('negotiates 2025-06-18 and keeps outputSchema, title and structuredContent', async () => {
    assert.equal(init.protocolVersion, '2025-06-18', JSON.stringify(init));
    const tools = await listToolsRaw(gw, 'list');
    const add = tools.find((t) => t.name === 'demo_add');
    assert.deepEqual(add.outputSchema, {
      type: 'object', properties: { sum: { type: 'number' } }, required: ['sum'],
    });
    assert.equal(add.title, 'Add');
    const sum = await gw.request(toolCall(1, 'demo_add', { a: 2, b: 3 }));
    assert.deepEqual(sum.result.structuredContent, { sum: 5 });
  });

  test('a batch is rejected with one error response, id null, code -32600', async () => {
    const reply = gw.next((m) => Array.isArray(m) || m.id === null, { what: 'the error response' });
    gw.send([toolCall(2, 'demo_echo', { message: 'one' }), toolCall(3, 'demo_echo', { message: 'two' })]);
    const response = await reply;
    assert.ok(!Array.isArray(response), `single response expected, got ${JSON.stringify(response)}`);
    assert.equal(response.id, null);
    assert.equal(response.error?.code, -32600, JSON.stringify(response));
    // Nothing of the batch ran: after a later request is answered, no response for 2 or 3.
    const pong = await gw.request({ jsonrpc: '2.0', id: 4, method: 'ping' });
    assert.deepEqual(pong.result, {});
    assert.ok(!gw.received.some((m) => !Array.isArray(m) && (m.id === 2 || m.id === 3)),
              `batch elements were executed: ${JSON.stringify(gw.received)}`);
  });
});

describe('a 2025-03-26 client answering sampling over raw stdio', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    gw = await startRaw(dir);
    gw.onRequest = (message) => {
      if (message.method === 'sampling/createMessage') {
        return { role: 'assistant', model: 'raw', content: { type: 'text', text: 'raw answer' } };
      }
      if (message.method === 'ping') return {};
      throw new Error(`unexpected ${message.method}`);
    };
    await gw.initialize('2025-03-26', { sampling: {} });
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('a server-to-client request arrives with an id of the gateway and its answer goes back', async () => {
    const result = await gw.request(toolCall('s1', 'demo_sample', { prompt: 'raw' }));
    assert.equal(result.error, undefined, JSON.stringify(result.error));
    assert.equal(text(result.result), 'raw answer');
    const request = gw.received.find((m) => m.method === 'sampling/createMessage');
    assert.ok(request, 'the sampling request was received');
    assert.ok(typeof request.id === 'string' || Number.isInteger(request.id), JSON.stringify(request));
  });

  test('a batch element that makes the upstream ask the client is answered in the batch', async () => {
    const reply = gw.next(Array.isArray, { what: 'the batch response' });
    gw.send([toolCall('b1', 'demo_sample', { prompt: 'in a batch' }),
             toolCall('b2', 'demo_echo', { message: 'beside it' })]);
    const responses = await reply;
    assert.equal(responses.length, 2, JSON.stringify(responses));
    const byId = new Map(responses.map((r) => [r.id, r]));
    assert.equal(text(byId.get('b1')?.result), 'raw answer', JSON.stringify(responses));
    assert.equal(text(byId.get('b2')?.result), 'beside it', JSON.stringify(responses));
  });
});
