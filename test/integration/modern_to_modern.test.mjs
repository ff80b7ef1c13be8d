// A 2026-07-28 client calling a 2026-07-28 upstream through the gateway: the official 2.x client
// (@modelcontextprotocol/client) over stateless HTTP, the gateway authenticating two principals,
// and the 2.x server fixture (fixtures/modern_server.mjs, modern-only) over stdio. The
// fixture's confirm and ask_model tools answer input_required; the gateway passes the
// upstream's round through (docs/protocol.md "A modern client calling a modern upstream": the
// upstream's own inputRequests, guarded, and a gateway-sealed requestState carrying the
// upstream's), the client's handlers answer, and the retry completes the call. Guards run on the
// question (a token is masked before the client sees it) and on the answer. A tampered state and
// another principal's retry are -32602; the genuine one still resumes. The pass-through's own
// details are pinned by modern_passthrough.test.mjs.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { Client as ModernClient, StreamableHTTPClientTransport as ModernHttpTransport }
  from '@modelcontextprotocol/client';

import {
  HTTP_ARGS, integrationDir, makeTempDir, rawHttp, removeTempDir, startHttpGateway, textOf,
  writeConfig,
} from './lib/harness.mjs';

const kModern = '2026-07-28';
const fixture = path.join(integrationDir, 'fixtures/modern_server.mjs');
const ALICE = 'alice-token-modern-to-modern';
const BOB = 'bob-token-modern-to-modern';
// A fake Hugging Face token: the secrets guard (-p basic) masks it on the way to the client.
const kHfToken = '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';

function modernClient(seen) {
  const client = new ModernClient({ name: 'mcpgw-it-m2m', version: '2.0.0' }, {
    capabilities: { sampling: {}, elicitation: {} },
    versionNegotiation: { mode: { pin: kModern } },
  });
  client.setRequestHandler('elicitation/create', (request) => {
    seen.elicitation.push(request.params);
    return { action: 'accept', content: { confirm: true } };
  });
  client.setRequestHandler('sampling/createMessage', (request) => {
    seen.sampling.push(request.params);
    return { role: 'assistant', model: 'test-model', stopReason: 'endTurn',
             content: { type: 'text', text: 'forty-two' } };
  });
  return client;
}

describe('2026-07-28 client -> gateway (stateless HTTP) -> 2026-07-28 server', { timeout: 120_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      m: { command: process.execPath, args: [fixture], protocolEra: 'modern' },
    });
    gw = await startHttpGateway(['--mcp-json-path', config, '-p', 'basic', ...HTTP_ARGS], {
      extraEnv: { MCPGW_AUTH_TOKENS: `${ALICE},${BOB}` },
    });
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('elicitation and sampling asked by the modern server reach the modern client and complete', async () => {
    const seen = { sampling: [], elicitation: [] };
    const client = modernClient(seen);
    await client.connect(new ModernHttpTransport(new URL(gw.url), {
      requestInit: { headers: { Authorization: `Bearer ${ALICE}` } },
    }));
    try {
      assert.equal(client.getNegotiatedProtocolVersion(), kModern);
      const deployed = await client.callTool({ name: 'm_confirm', arguments: { env: 'staging' } });
      assert.equal(textOf(deployed), 'deployed to staging');
      assert.equal(seen.elicitation.length, 1);
      assert.match(seen.elicitation[0].message, /Deploy to staging\?/);

      const answered = await client.callTool({
        name: 'm_ask_model', arguments: { question: `what is six times seven? ${kHfToken}` },
      });
      assert.equal(textOf(answered), 'model said: forty-two');
      assert.equal(seen.sampling.length, 1);
      const asked = JSON.stringify(seen.sampling[0]);
      assert.match(asked, /six times seven\? <HUGGINGFACE_TOKEN>/, 'the question passed the guards');
      assert.ok(!asked.includes(kHfToken), asked);
    } finally {
      await client.close().catch(() => {});
    }
    assert.ok(!gw.stderr().includes(kHfToken), 'the secret never reaches the log');
  });

  test("a tampered requestState and another principal's retry are -32602; the genuine one resumes", async () => {
    const meta = {
      'io.modelcontextprotocol/protocolVersion': kModern,
      'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
    };
    const params = { name: 'm_confirm', arguments: { env: 'prod' }, _meta: meta };
    const post = async (token, id, body) => {
      const r = await rawHttp(gw.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
          'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call', 'Mcp-Name': 'm_confirm',
          Authorization: `Bearer ${token}`,
        },
        body: { jsonrpc: '2.0', id, method: 'tools/call', params: body },
      });
      const data = r.body.trim().startsWith('{') ? r.body
        : r.body.split('\n').filter((l) => l.startsWith('data:')).pop()?.slice(5) ?? 'null';
      return { status: r.status, body: r.body, json: JSON.parse(data) };
    };
    const first = await post(ALICE, 1, params);
    assert.equal(first.status, 200, first.body);
    const round = first.json.result;
    assert.equal(round.resultType, 'input_required', first.body);
    const entries = Object.entries(round.inputRequests);
    assert.equal(entries.length, 1, first.body);
    const [key, question] = entries[0];
    assert.equal(question.method, 'elicitation/create');
    assert.match(question.params.message, /Deploy to prod\?/);
    const answer = { action: 'accept', content: { confirm: true } };
    const retry = { ...params, inputResponses: { [key]: answer }, requestState: `${round.requestState}x` };

    const tampered = await post(ALICE, 2, retry);
    assert.equal(tampered.json?.error?.code, -32602, tampered.body);
    retry.requestState = round.requestState;
    const foreign = await post(BOB, 3, retry);
    assert.equal(foreign.json?.error?.code, -32602, foreign.body);

    const resumed = await post(ALICE, 4, retry);
    assert.equal(resumed.json?.id, 4, resumed.body);
    assert.equal(resumed.json?.result?.resultType, 'complete', resumed.body);
    assert.equal(resumed.json.result.content[0].text, 'deployed to prod', resumed.body);
  });
  test('Mcp-Param headers (SEP-2243) must agree with the arguments the tool declares them for: 400 -32020 otherwise, the value never echoed', async () => {
    const meta = {
      'io.modelcontextprotocol/protocolVersion': kModern,
      'io.modelcontextprotocol/clientCapabilities': {},
    };
    const call = async (id, region, extra) => {
      const r = await rawHttp(gw.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
          'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call', 'Mcp-Name': 'm_region',
          Authorization: `Bearer ${ALICE}`, ...extra,
        },
        body: { jsonrpc: '2.0', id, method: 'tools/call',
                params: { name: 'm_region', arguments: { region }, _meta: meta } },
      });
      const data = r.body.trim().startsWith('{') ? r.body
        : r.body.split('\n').filter((l) => l.startsWith('data:')).pop()?.slice(5) ?? 'null';
      return { status: r.status, body: r.body, json: JSON.parse(data) };
    };
    const agreed = await call(1, 'eu-west', { 'Mcp-Param-Region': ' eu-west ' });
    assert.equal(agreed.status, 200, agreed.body);
    assert.equal(agreed.json.result.content[0].text, 'region eu-west', agreed.body);

    const encoded = `=?base64?${Buffer.from('région').toString('base64')}?=`;
    const nonAscii = await call(2, 'région', { 'Mcp-Param-Region': encoded });
    assert.equal(nonAscii.status, 200, nonAscii.body);
    assert.equal(nonAscii.json.result.content[0].text, 'region région', nonAscii.body);

    for (const [id, headers] of [[3, { 'Mcp-Param-Region': 'us-east' }], [4, {}],
                                 [5, { 'Mcp-Param-Region': '=?base64?!!!?=' }]]) {
      const refused = await call(id, 'eu-west', headers);
      assert.equal(refused.status, 400, refused.body);
      assert.equal(refused.json.error.code, -32020, refused.body);
      assert.equal(refused.json.id, id);
      assert.ok(!refused.body.includes('eu-west'), `the argument's value is not echoed: ${refused.body}`);
    }
  });
});
