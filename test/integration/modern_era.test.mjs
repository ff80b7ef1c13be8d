// MCP 2026-07-28 (stateless) through the gateway: the official 2.x SDK client, pinned to the
// modern revision, against the gateway fronting the 1.x reference server-everything, over HTTP
// (POST without a session) and stdio (no initialize); a 1.x client on the same HTTP endpoint
// at the same time still gets the legacy handshake. Tools, resources and prompts, plus the
// headers the revision has intermediaries validate. The input_required bridge: server-everything's
// sampling and elicitation tools ask mid-call, the 2.x client gets input_required results and
// retries with its handlers' answers (guards run on both the question and the answer).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Client as ModernClient, StreamableHTTPClientTransport as ModernHttpTransport }
  from '@modelcontextprotocol/client';
import { StdioClientTransport as ModernStdioTransport } from '@modelcontextprotocol/client/stdio';

import {
  HTTP_ARGS, connectHttpClient, everythingServer, gatewayBin, makeTempDir, rawHttp,
  removeTempDir, startHttpGateway, textOf, writeConfig,
} from './lib/harness.mjs';

const kModern = '2026-07-28';

function modernClient() {
  return new ModernClient({ name: 'mcpgw-it-modern', version: '2.0.0' },
                          { versionNegotiation: { mode: { pin: kModern } } });
}

// A fake Hugging Face token: the secrets guard (-p basic) masks it on the way to the client.
const kHfToken = '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';

// A 2.x client pinned to 2026-07-28 that declares sampling and elicitation and answers them; what
// its handlers were asked is recorded in `seen`.
function bridgeClient(seen) {
  const client = new ModernClient({ name: 'mcpgw-it-bridge', version: '2.0.0' }, {
    capabilities: { sampling: {}, elicitation: {} },
    versionNegotiation: { mode: { pin: kModern } },
  });
  client.setRequestHandler('sampling/createMessage', (request) => {
    seen.sampling.push(request.params);
    return {
      role: 'assistant', content: { type: 'text', text: 'sampled by the test client' },
      model: 'test-model', stopReason: 'endTurn',
    };
  });
  client.setRequestHandler('elicitation/create', (request) => {
    seen.elicitation.push(request.params);
    return { action: 'accept', content: { name: 'Ada Lovelace' } };
  });
  return client;
}

async function exerciseBridge(client, seen) {
  const sampled = await client.callTool({
    name: 'everything_trigger-sampling-request',
    arguments: { prompt: `bridge prompt ${kHfToken}`, maxTokens: 20 },
  });
  assert.match(textOf(sampled), /sampled by the test client/, textOf(sampled));
  assert.equal(seen.sampling.length, 1);
  const asked = JSON.stringify(seen.sampling[0]);
  assert.match(asked, /bridge prompt <HUGGINGFACE_TOKEN>/, 'the question passed the guards');
  assert.ok(!asked.includes(kHfToken), 'the secret never reaches the client');
  assert.ok(!asked.includes('mcp-gateway/'), asked);

  const elicited = await client.callTool({ name: 'everything_trigger-elicitation-request', arguments: {} });
  assert.match(textOf(elicited), /Ada Lovelace/, textOf(elicited));
  assert.equal(seen.elicitation.length, 1);
  assert.match(seen.elicitation[0].message, /Please provide inputs/);
}

async function exerciseEverything(client) {
  const { tools } = await client.listTools();
  assert.ok(tools.some((t) => t.name === 'everything_echo'), tools.map((t) => t.name).join(','));
  const echoed = await client.callTool({ name: 'everything_echo', arguments: { message: 'modern hello' } });
  assert.match(textOf(echoed), /modern hello/);

  const { resources } = await client.listResources();
  assert.ok(resources.length > 0, 'server-everything lists resources');
  const read = await client.readResource({ uri: resources[0].uri });
  assert.equal(read.contents[0].uri, resources[0].uri);

  const { prompts } = await client.listPrompts();
  const simple = prompts.find((p) => /simple/.test(p.name));
  assert.ok(simple, prompts.map((p) => p.name).join(','));
  const prompt = await client.getPrompt({ name: simple.name, arguments: {} });
  assert.ok(prompt.messages.length > 0);
}

describe('2026-07-28 over HTTP: 2.x client -> gateway -> server-everything (1.x)', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { everything: everythingServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS]);
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('the pinned 2.x client negotiates the modern era and lists, calls, reads and gets', async () => {
    const client = modernClient();
    await client.connect(new ModernHttpTransport(new URL(gw.url)));
    try {
      assert.equal(client.getNegotiatedProtocolVersion(), kModern);
      assert.equal(client.getProtocolEra(), 'modern');
      await exerciseEverything(client);
    } finally {
      await client.close().catch(() => {});
    }
    assert.doesNotMatch(gw.stderr(), /session initialized protocol=\S+ client="mcpgw-it-modern"/,
                        'no initialize handshake: the modern era was served');
  });

  test('a 1.x client on the same endpoint still initializes (legacy era unchanged)', async () => {
    const legacy = await connectHttpClient(gw.url);
    try {
      assert.equal(legacy.transport.sessionId?.length > 0, true, 'a legacy session id');
      const result = await legacy.client.callTool({ name: 'everything_echo', arguments: { message: 'old hello' } });
      assert.match(textOf(result), /old hello/);
    } finally {
      await legacy.close();
    }
  });

  const meta = {
    'io.modelcontextprotocol/protocolVersion': kModern,
    'io.modelcontextprotocol/clientCapabilities': {},
  };
  const post = (body, headers) => rawHttp(gw.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
               ...headers },
    body,
  });

  test('server/discover answers from the aggregated catalog with caching hints', async () => {
    const r = await post({ jsonrpc: '2.0', id: 7, method: 'server/discover', params: { _meta: meta } },
                         { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'server/discover' });
    assert.equal(r.status, 200, r.body);
    const { result } = JSON.parse(r.body);
    assert.deepEqual(result.supportedVersions, [kModern]);
    assert.ok(result.capabilities.tools && result.capabilities.prompts && result.capabilities.resources);
    assert.equal(result.resultType, 'complete');
    assert.equal(result.ttlMs, 0);
    assert.equal(result.cacheScope, 'private');
    assert.ok(result._meta['io.modelcontextprotocol/serverInfo'].name);
  });

  test('header mismatches are 400 -32020 and carry the request id', async () => {
    const body = { jsonrpc: '2.0', id: 'abc', method: 'tools/call',
                   params: { name: 'everything_echo', arguments: { message: 'x' }, _meta: meta } };
    const cases = [
      { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/list', 'Mcp-Name': 'everything_echo' },
      { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call', 'Mcp-Name': 'everything_other' },
      { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call' },
    ];
    for (const headers of cases) {
      const r = await post(body, headers);
      assert.equal(r.status, 400, JSON.stringify(headers));
      const answer = JSON.parse(r.body);
      assert.equal(answer.error.code, -32020, r.body);
      assert.equal(answer.id, 'abc');
    }
  });

  test('removed methods are 404 -32601; a request without _meta is 400 -32602', async () => {
    const ping = await post({ jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: meta } },
                            { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'ping' });
    assert.equal(ping.status, 404);
    assert.equal(JSON.parse(ping.body).error.code, -32601);
    const bare = await post({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} },
                            { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/list' });
    assert.equal(bare.status, 400);
    assert.equal(JSON.parse(bare.body).error.code, -32602);
  });

  test('a call whose _meta carries traceparent besides the era keys is served (the era keys are stripped, the rest is forwarded)', async () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const r = await post({ jsonrpc: '2.0', id: 3, method: 'tools/call',
                           params: { name: 'everything_echo', arguments: { message: 'traced' },
                                     _meta: { ...meta, traceparent } } },
                         { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call',
                           'Mcp-Name': 'everything_echo' });
    assert.equal(r.status, 200, r.body);
    const answer = JSON.parse(r.body);
    assert.match(answer.result.content[0].text, /traced/);
    assert.equal(answer.result.resultType, 'complete');
  });
});

describe('2026-07-28 over stdio: 2.x client -> gateway (stdio) -> server-everything', { timeout: 120_000 }, () => {
  let dir;
  let client;
  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { everything: everythingServer() });
    client = modernClient();
    await client.connect(new ModernStdioTransport({ command: gatewayBin, args: ['--mcp-json-path', config] }));
  });
  after(async () => {
    await client?.close().catch(() => {});
    await removeTempDir(dir);
  });

  test('no initialize: every request carries its _meta, and tools, resources, prompts work', async () => {
    assert.equal(client.getNegotiatedProtocolVersion(), kModern);
    assert.equal(client.getProtocolEra(), 'modern');
    await exerciseEverything(client);
  });
});

describe('2026-07-28 input_required bridge: 2.x client -> gateway -> server-everything asking mid-call', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  let config;
  before(async () => {
    dir = await makeTempDir();
    config = await writeConfig(dir, { everything: everythingServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, '-p', 'basic', ...HTTP_ARGS]);
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('over HTTP (stateless): sampling and elicitation become input_required rounds the client answers', async () => {
    const seen = { sampling: [], elicitation: [] };
    const client = bridgeClient(seen);
    await client.connect(new ModernHttpTransport(new URL(gw.url)));
    try {
      await exerciseBridge(client, seen);
    } finally {
      await client.close().catch(() => {});
    }
    assert.ok(!gw.stderr().includes(kHfToken), 'the secret never reaches the log');
  });

  test('over HTTP: a tampered requestState is -32602, and the genuine one still resumes the call', async () => {
    const meta = {
      'io.modelcontextprotocol/protocolVersion': kModern,
      'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
    };
    const headers = { 'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call',
                      'Mcp-Name': 'everything_trigger-elicitation-request' };
    const params = { name: 'everything_trigger-elicitation-request', arguments: {}, _meta: meta };
    const post = async (id, body) => {
      const r = await rawHttp(gw.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
                   ...headers },
        body: { jsonrpc: '2.0', id, method: 'tools/call', params: body },
      });
      // JSON, or an SSE stream whose last data line is the answer.
      const data = r.body.trim().startsWith('{') ? r.body
        : r.body.split('\n').filter((l) => l.startsWith('data:')).pop()?.slice(5) ?? 'null';
      return { status: r.status, body: r.body, json: JSON.parse(data) };
    };
    const first = await post(1, params);
    assert.equal(first.status, 200, first.body);
    const round = first.json.result;
    assert.equal(round.resultType, 'input_required', first.body);
    const [key] = Object.keys(round.inputRequests);
    const retry = { ...params, inputResponses: { [key]: { action: 'decline' } },
                    requestState: `${round.requestState}x` };
    const tampered = await post(2, retry);
    assert.equal(tampered.json?.error?.code, -32602, tampered.body);
    // The genuine state still resumes the call (a failed check leaves it parked).
    retry.requestState = round.requestState;
    const resumed = await post(3, retry);
    assert.equal(resumed.json?.id, 3, resumed.body);
    assert.equal(resumed.json?.result?.resultType, 'complete', resumed.body);
  });

  test('over stdio: the same rounds on the one session', async () => {
    const seen = { sampling: [], elicitation: [] };
    const client = bridgeClient(seen);
    await client.connect(new ModernStdioTransport({
      command: gatewayBin, args: ['--mcp-json-path', config, '-p', 'basic'],
    }));
    try {
      await exerciseBridge(client, seen);
    } finally {
      await client.close().catch(() => {});
    }
  });
});
