// The input_required pass-through (docs/protocol.md "A modern client calling a modern upstream"):
// a 2026-07-28 client calling a 2026-07-28 upstream gets the upstream's own inputRequests (its
// keys, the questions after the response-path guards) and a requestState sealed by the gateway
// ("p2.", AES-256-GCM: the upstream's own state, method, tool, server, round and expiry
// encrypted, bound to the principal). The retry, on a new stateless request, is checked, its
// inputResponses pass the request-path guards, and the upstream gets its own state and keys
// back. Nothing is parked in the gateway. A tampered state, another principal's retry and a
// retry naming another tool are -32602 and never reach the upstream. A tool that asks forever is
// cut at --max-input-rounds (3 here) and the upstream is not called again. The audit store
// records the retry with its round (and the cut one blocked with its reason), and the chain
// verifies.
//
// The gateway runs over stateless HTTP with two principals (MCPGW_AUTH_TOKENS) and -p basic; the
// upstream is the 2.x fixture (fixtures/modern_server.mjs, modern-only) over stdio; its note
// tool answers input_required with requestState "fixture-state:<topic>" and reports what the
// retry brought it.

import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

import { Client as ModernClient, StreamableHTTPClientTransport as ModernHttpTransport }
  from '@modelcontextprotocol/client';

import {
  HTTP_ARGS, gatewayBin, integrationDir, makeTempDir, rawHttp, removeTempDir, startHttpGateway,
  textOf, waitUntil, writeConfig,
} from './lib/harness.mjs';

const execFile = promisify(execFileCb);
const kModern = '2026-07-28';
const fixture = path.join(integrationDir, 'fixtures/modern_server.mjs');
const ALICE = 'alice-token-modern-passthrough';
const BOB = 'bob-token-modern-passthrough';
const kAuditKey = 'integration-audit-key-passthrough-0123';
// A fake Hugging Face token: the secrets guard (-p basic) masks it in both directions.
const kHfToken = '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';
const kMeta = {
  'io.modelcontextprotocol/protocolVersion': kModern,
  'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
};

/** POSTs one tools/call as `token`; resolves { status, body, json }. */
async function callTool(url, token, id, params) {
  const r = await rawHttp(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
      'MCP-Protocol-Version': kModern, 'Mcp-Method': 'tools/call', 'Mcp-Name': params.name,
      Authorization: `Bearer ${token}`,
    },
    body: { jsonrpc: '2.0', id, method: 'tools/call', params: { _meta: kMeta, ...params } },
  });
  const data = r.body.trim().startsWith('{') ? r.body
    : r.body.split('\n').filter((l) => l.startsWith('data:')).pop()?.slice(5) ?? 'null';
  return { status: r.status, body: r.body, json: JSON.parse(data) };
}

/** Runs `mcp-gateway audit ...`; resolves { code, stdout, stderr }. */
async function audit(dir, ...args) {
  try {
    const { stdout, stderr } = await execFile(gatewayBin, ['audit', ...args], {
      env: { ...process.env, MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kAuditKey },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('input_required pass-through: 2026-07-28 client -> gateway -> 2026-07-28 server', { timeout: 120_000 }, () => {
  let dir;
  let db;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    db = path.join(dir, 'audit.db');
    const config = await writeConfig(dir, {
      m: { command: process.execPath, args: [fixture], protocolEra: 'modern' },
    });
    gw = await startHttpGateway(
      ['--mcp-json-path', config, '-p', 'basic', '--audit-db', db, '--max-input-rounds', '3',
       ...HTTP_ARGS], {
        extraEnv: {
          MCPGW_AUTH_TOKENS: `${ALICE},${BOB}`, MCP_GATEWAY_HOME: dir,
          MCP_GATEWAY_AUDIT_KEY: kAuditKey,
        },
      });
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test("the client gets the upstream's own keys, guarded questions and a sealed p2. state; the retry brings the upstream its own state and guarded answers", async () => {
    const params = { name: 'm_note', arguments: { topic: 'deploy', hint: `use ${kHfToken}` } };
    const first = await callTool(gw.url, ALICE, 1, params);
    assert.equal(first.status, 200, first.body);
    const round = first.json.result;
    assert.equal(round.resultType, 'input_required', first.body);
    assert.deepEqual(Object.keys(round.inputRequests), ['note'], 'the upstream named the key');
    const question = round.inputRequests.note;
    assert.equal(question.method, 'elicitation/create');
    assert.equal(question.params.message, 'A note on deploy? use <HUGGINGFACE_TOKEN>',
                 'the question passed the response-path guards');
    assert.ok(!first.body.includes(kHfToken), first.body);
    assert.match(round.requestState, /^p2\./);
    assert.ok(!round.requestState.includes('fixture-state'), 'the upstream state is sealed');
    const sealed = Buffer.from(round.requestState.slice(3), 'base64url');
    for (const plain of ['fixture-state', 'm_note', 'tools/call', 'elicitation/create']) {
      assert.ok(!sealed.includes(plain), `${plain} is encrypted, not just encoded`);
    }

    const retried = await callTool(gw.url, ALICE, 2, {
      ...params,
      inputResponses: { note: { action: 'accept', content: { note: `ship it ${kHfToken}` } } },
      requestState: round.requestState,
    });
    assert.equal(retried.status, 200, retried.body);
    assert.equal(retried.json.id, 2, retried.body);
    assert.equal(retried.json.result.resultType, 'complete', retried.body);
    assert.equal(textOf(retried.json.result),
                 'noted [ship it <HUGGINGFACE_TOKEN>] state=fixture-state:deploy keys=note calls=2',
                 'the answer passed the request-path guards; state and key arrived as the upstream made them');
    assert.ok(!gw.stderr().includes(kHfToken), 'the secret never reaches the log');
  });

  test("a tampered state, another principal's retry and a retry naming another tool are -32602 and never reach the upstream", async () => {
    const params = { name: 'm_note', arguments: { topic: 'refusals' } };
    const first = await callTool(gw.url, ALICE, 1, params);
    const state = first.json.result?.requestState;
    assert.match(state ?? '', /^p2\./, first.body);
    const answers = { note: { action: 'accept', content: { note: 'fine' } } };
    // A character of the nonce changed (any change fails the GCM tag).
    const at = 5;
    const tampered = state.slice(0, at) + (state[at] === 'A' ? 'B' : 'A') + state.slice(at + 1);
    const cases = [
      ['tampered', ALICE, { ...params, inputResponses: answers, requestState: tampered }],
      ['another principal', BOB, { ...params, inputResponses: answers, requestState: state }],
      ['another tool', ALICE, { name: 'm_confirm', arguments: { env: 'prod' },
                                inputResponses: answers, requestState: state }],
    ];
    let id = 10;
    for (const [name, token, body] of cases) {
      const refused = await callTool(gw.url, token, ++id, body);
      assert.equal(refused.json?.error?.code, -32602, `${name}: ${refused.body}`);
      assert.match(refused.json.error.message, /Invalid requestState/, `${name}: ${refused.body}`);
    }
    // A state is bound to the method too: a prompts/get carrying it is refused.
    const prompt = await rawHttp(gw.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
        'MCP-Protocol-Version': kModern, 'Mcp-Method': 'prompts/get', 'Mcp-Name': 'm_greet',
        Authorization: `Bearer ${ALICE}`,
      },
      body: { jsonrpc: '2.0', id: 20, method: 'prompts/get',
              params: { _meta: kMeta, name: 'm_greet', arguments: { name: 'x' },
                        inputResponses: answers, requestState: state } },
    });
    assert.match(prompt.body, /-32602/, prompt.body);

    const resumed = await callTool(gw.url, ALICE, 21, {
      ...params, inputResponses: answers, requestState: state,
    });
    assert.equal(textOf(resumed.json.result),
                 'noted [fine] state=fixture-state:refusals keys=note calls=2',
                 `only the first call and the genuine retry reached the upstream: ${resumed.body}`);
  });

  test('the 2.x client completes a pass-through round by itself', async () => {
    const seen = [];
    const client = new ModernClient({ name: 'mcpgw-it-passthrough', version: '2.0.0' }, {
      capabilities: { elicitation: {} },
      versionNegotiation: { mode: { pin: kModern } },
    });
    client.setRequestHandler('elicitation/create', (request) => {
      seen.push(request.params);
      return { action: 'accept', content: { note: 'from the sdk' } };
    });
    await client.connect(new ModernHttpTransport(new URL(gw.url), {
      requestInit: { headers: { Authorization: `Bearer ${BOB}` } },
    }));
    try {
      const result = await client.callTool({ name: 'm_note', arguments: { topic: 'sdk' } });
      assert.equal(textOf(result), 'noted [from the sdk] state=fixture-state:sdk keys=note calls=2');
      assert.equal(seen.length, 1);
      assert.equal(seen[0].message, 'A note on sdk?');
    } finally {
      await client.close().catch(() => {});
    }
  });

  test('a tool that asks forever is cut at --max-input-rounds: the client gets the block and the upstream is not called again', async () => {
    const params = { name: 'm_insist', arguments: { topic: 'loop' } };
    let answer = await callTool(gw.url, ALICE, 30, params);
    for (let round = 1; round <= 3; ++round) {
      const result = answer.json.result;
      assert.equal(result?.resultType, 'input_required', `round ${round}: ${answer.body}`);
      assert.equal(result.inputRequests.again.params.message, `Again on loop? (call ${round})`);
      answer = await callTool(gw.url, ALICE, 30 + round, {
        ...params, inputResponses: { again: { action: 'accept', content: { more: true } } },
        requestState: result.requestState,
      });
    }
    // The upstream asked a fourth time: round 4 > 3.
    assert.equal(answer.json.id, 33, answer.body);
    const blocked = answer.json.result;
    assert.equal(blocked?.isError, true, answer.body);
    assert.equal(blocked.structuredContent?.reason, 'gateway.input_rounds_exceeded', answer.body);
    assert.equal(blocked.structuredContent.maxInputRounds, 3, answer.body);
    assert.equal(blocked.requestState, undefined, 'nothing to retry with');
    assert.equal(blocked.inputRequests, undefined, 'the fourth question is not shown');
    assert.match(textOf(blocked), /gateway\.input_rounds_exceeded/);
    // The first call and three retries reached the server: a fresh call is its fifth.
    const fresh = await callTool(gw.url, ALICE, 40, params);
    assert.equal(fresh.json.result?.inputRequests?.again?.params?.message,
                 'Again on loop? (call 5)', fresh.body);
  });

  test('the audit store records each retry with its round, and the chain verifies', async () => {
    await gw.close();
    await waitUntil(() => !existsSync(`${db}-wal`), { what: 'the gateway to close its store' });
    const list = await audit(dir, '--db', db, 'list', '--json');
    assert.equal(list.code, 0, list.stderr);
    const notes = JSON.parse(list.stdout)
      .filter((r) => r.method === 'tools/call' && r.capability_name === 'note');
    const firsts = notes.filter((r) => !r.input_round);
    const retries = notes.filter((r) => r.input_round === 1);
    assert.equal(firsts.length, 3, list.stdout);
    // deploy, refusals and sdk each had one answered retry, routed to the same server.
    assert.equal(retries.length, 3, list.stdout);
    for (const row of retries) {
      assert.equal(row.server, 'm', JSON.stringify(row));
      assert.equal(row.status, 'ok', JSON.stringify(row));
    }
    // Refused before routing, so they name no server or tool; they are rows all the same.
    const refused = JSON.parse(list.stdout)
      .filter((r) => r.method === 'tools/call' && r.error_code === -32602);
    assert.equal(refused.length, 3, `the refused retries are audited: ${list.stdout}`);
    const cut = JSON.parse(list.stdout)
      .filter((r) => r.capability_name === 'insist' && r.decision === 'blocked');
    assert.equal(cut.length, 1, `the cut call is one blocked row: ${list.stdout}`);
    assert.equal(cut[0].input_round, 3, JSON.stringify(cut[0]));
    assert.deepEqual(cut[0].reasons, ['gateway.input_rounds_exceeded'], JSON.stringify(cut[0]));
    assert.equal(cut[0].status, 'tool_error', JSON.stringify(cut[0]));
    assert.equal(cut[0].server, 'm', JSON.stringify(cut[0]));
    assert.ok(!list.stdout.includes(kHfToken), 'the audit holds no raw secret');
    const verify = await audit(dir, '--db', db, 'verify');
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^OK/);
  });
});
