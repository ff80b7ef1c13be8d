// The network guards through the real binary: llm_judge, lasso and webhook against node:http mock
// services (127.0.0.1, port 0), with server-filesystem as the upstream. Each answers allow, block
// and mask/modify; each runs after the masking guards (the mocks never see the raw secret); a
// failing service blocks the call fail-closed with a message the client can read.

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  connectGatewayWithConfig, filesystemServer, makeTempDir, removeTempDir, textOf, writeConfig,
} from './lib/harness.mjs';

// The reference gateway's quickstart value (public, from its README).
const kHfToken = 'hf_okpaLGklBeJFhdqd' + 'OvkrXljOCTwhADRrXo';
const kWebhookSecret = 'it-webhook-secret-7f3a';
const kLassoKey = 'it-lasso-key-51c2';
const kJudgeKey = 'it-judge-key-9d0e';

async function call(client, name, args = {}) {
  return client.callTool({ name, arguments: args }, undefined, { timeout: 20_000 });
}

/** A JSON mock service: answer(body, req) -> { status, json, headers }. Records every request. */
async function startMock(answer) {
  const received = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => { raw += chunk; });
    req.on('end', () => {
      let body = null;
      try { body = JSON.parse(raw); } catch { body = null; }
      received.push({ url: req.url, headers: req.headers, raw, body });
      const { status = 200, json = {}, headers = {} } = answer(body, req, raw) ?? {};
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

async function setUp(dir, guards, { plugins = ['basic'], env = {} } = {}) {
  await writeFile(path.join(dir, 'plain.txt'), 'The weather is nice today.\n');
  await writeFile(path.join(dir, 'token.txt'), `HF_TOKEN = "${kHfToken}"\n`);
  await writeFile(path.join(dir, 'forbidden.txt'), 'Plan: FORBIDDEN-OPERATION at midnight.\n');
  await writeFile(path.join(dir, 'contact.txt'), 'Contact jane@example.com today.\n');
  await writeFile(path.join(dir, 'ticket.txt'), 'See internal ticket ABC-123 for details.\n');
  const config = await writeConfig(dir, { filesystem: filesystemServer(dir) });
  const gatewayConfig = path.join(dir, 'gateway.json');
  await writeFile(gatewayConfig, JSON.stringify({ guards }));
  const args = ['--config', gatewayConfig];
  for (const p of plugins) args.push('-p', p);
  return connectGatewayWithConfig(config, { args, extraEnv: env });
}

const read = (gw, dir, file) => call(gw.client, 'filesystem_read_text_file',
                                     { path: path.join(dir, file) });

/** Every text a mock was sent, as one string. */
const allSent = (mock) => mock.received.map((r) => r.raw).join('\n');

describe('llm_judge: natural-language policies through a mock chat-completions endpoint', () => {
  let dir; let gw; let judge;
  before(async () => {
    dir = await makeTempDir();
    judge = await startMock((body) => {
      const user = body?.messages?.[1]?.content ?? '';
      const violation = user.includes('FORBIDDEN-OPERATION');
      const verdict = { violation, policy: violation ? 'No secret operations.' : '',
                        reason: violation ? 'the text plans a forbidden operation' : '' };
      // Answer inside a code fence, as small local models often do.
      return { json: { choices: [{ message: { role: 'assistant',
                                              content: '```json\n' + JSON.stringify(verdict) + '\n```' } }] } };
    });
    gw = await setUp(dir, {
      llm_judge: { url: `${judge.url}/v1/chat/completions`, model: 'judge', api_key: kJudgeKey,
                   policies: ['No secret operations.'], timeout_ms: 3000 },
    });
  });
  after(async () => {
    await gw?.close();
    await judge?.close();
    await removeTempDir(dir);
  });

  test('allowed content passes unchanged', async () => {
    const result = await read(gw, dir, 'plain.txt');
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.equal(textOf(result), 'The weather is nice today.\n');
  });

  test('a violation blocks the result with the policy and the reason', async () => {
    const result = await read(gw, dir, 'forbidden.txt');
    assert.equal(result.isError, true);
    const text = textOf(result);
    assert.match(text, /llm_judge/);
    assert.match(text, /No secret operations\./);
    assert.ok(!text.includes('midnight'), 'the blocked content is not returned');
  });

  test('the judge only ever sees masked text, with structured output asked for', async () => {
    await read(gw, dir, 'token.txt');
    assert.ok(!allSent(judge).includes(kHfToken), 'the raw token never reaches the judge');
    assert.match(allSent(judge), /<HUGGINGFACE_TOKEN>/);
    const last = judge.received.at(-1);
    assert.equal(last.body.response_format.type, 'json_schema');
    assert.equal(last.headers.authorization, `Bearer ${kJudgeKey}`);
    assert.ok(!gw.stderr().includes(kJudgeKey), 'the key never reaches the log');
  });
});

describe('lasso: the cloud guardrail through a mock of its classify API', () => {
  let dir; let gw; let lasso;
  before(async () => {
    dir = await makeTempDir();
    lasso = await startMock((body) => {
      const findings = {};
      (body?.messages ?? []).forEach((m, i) => {
        if (m.content.includes('FORBIDDEN-OPERATION'))
          (findings.jailbreak ??= []).push({ name: 'Jailbreak', action: 'BLOCK', severity: 'HIGH' });
        const at = [...m.content].join('').indexOf('jane@example.com');
        if (at >= 0)
          (findings.pii ??= []).push({ name: 'Email', action: 'AUTO_MASKING', severity: 'LOW',
                                       messageIndex: i, start: at, end: at + 16 });
      });
      return { json: { violations_detected: Object.keys(findings).length > 0, deputies: {},
                       findings } };
    });
    gw = await setUp(dir, {}, {
      plugins: ['basic', 'lasso'],
      env: { LASSO_API_KEY: kLassoKey, LASSO_BASE_URL: lasso.url, LASSO_USER_ID: 'it-user' },
    });
  });
  after(async () => {
    await gw?.close();
    await lasso?.close();
    await removeTempDir(dir);
  });

  test('allowed content passes; requests are PROMPT and responses COMPLETION', async () => {
    const result = await read(gw, dir, 'plain.txt');
    assert.equal(textOf(result), 'The weather is nice today.\n');
    const types = lasso.received.map((r) => r.body.messageType);
    assert.ok(types.includes('PROMPT') && types.includes('COMPLETION'), types.join(','));
    assert.equal(lasso.received[0].url, '/gateway/v3/classify');
    assert.equal(lasso.received[0].headers['lasso-api-key'], kLassoKey);
    assert.equal(lasso.received[0].headers['lasso-user-id'], 'it-user');
  });

  test('a BLOCK finding blocks the result', async () => {
    const result = await read(gw, dir, 'forbidden.txt');
    assert.equal(result.isError, true);
    assert.match(textOf(result), /lasso\.jailbreak/);
  });

  test('an AUTO_MASKING finding masks its span and keeps the rest', async () => {
    const result = await read(gw, dir, 'contact.txt');
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.equal(textOf(result), 'Contact <EMAIL> today.\n');
  });

  test('Lasso only sees masked text and the key stays out of the log', async () => {
    await read(gw, dir, 'token.txt');
    assert.ok(!allSent(lasso).includes(kHfToken));
    assert.ok(!gw.stderr().includes(kLassoKey));
  });
});

describe('webhook: the organization service decides, with a verifiable signature', () => {
  let dir; let gw; let hook;
  const badSignatures = [];
  before(async () => {
    dir = await makeTempDir();
    hook = await startMock((body, req, raw) => {
      const ts = req.headers['x-mcp-gateway-timestamp'];
      const expected = 'sha256=' + createHmac('sha256', kWebhookSecret).update(`${ts}.${raw}`).digest('hex');
      if (req.headers['x-mcp-gateway-signature'] !== expected) badSignatures.push(req.url);
      const text = JSON.stringify(body?.content ?? '');
      if (text.includes('FORBIDDEN-OPERATION'))
        return { json: { decision: 'block', reason: 'operations are confidential' } };
      if (body?.direction === 'response' && text.includes('ABC-123'))
        return { json: { decision: 'modify',
                         content: JSON.parse(JSON.stringify(body.content).replaceAll('ABC-123', '[TICKET]')) } };
      return { json: { decision: 'allow' } };
    });
    gw = await setUp(dir, { webhook: { url: `${hook.url}/hook`, secret: kWebhookSecret } });
  });
  after(async () => {
    await gw?.close();
    await hook?.close();
    await removeTempDir(dir);
  });

  test('allow passes the result unchanged', async () => {
    const result = await read(gw, dir, 'plain.txt');
    assert.equal(textOf(result), 'The weather is nice today.\n');
  });

  test('block answers the client with the service reason', async () => {
    const result = await read(gw, dir, 'forbidden.txt');
    assert.equal(result.isError, true);
    assert.match(textOf(result), /operations are confidential/);
  });

  test('modify replaces the text', async () => {
    const result = await read(gw, dir, 'ticket.txt');
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.equal(textOf(result), 'See internal ticket [TICKET] for details.\n');
  });

  test('the service receives masked content, findings and a valid signature', async () => {
    await read(gw, dir, 'token.txt');
    assert.ok(!allSent(hook).includes(kHfToken));
    const last = hook.received.at(-1).body;
    assert.equal(last.server, 'filesystem');
    assert.equal(last.direction, 'response');
    assert.ok(last.findings.some((f) => f.type === 'secrets.huggingface_token'), JSON.stringify(last.findings));
    assert.deepEqual(badSignatures, []);
    assert.ok(!gw.stderr().includes(kWebhookSecret));
  });
});

describe('failing services: fail-closed with a readable answer', () => {
  let dir; let gw; let down;
  before(async () => {
    dir = await makeTempDir();
    down = await startMock(() => ({ status: 503, json: { error: 'maintenance' } }));
    gw = await setUp(dir, { webhook: { url: `${down.url}/hook`, retries: 1, backoff_ms: 10 } });
  });
  after(async () => {
    await gw?.close();
    await down?.close();
    await removeTempDir(dir);
  });

  test('a webhook answering 503 blocks the call and says why', async () => {
    const result = await read(gw, dir, 'plain.txt');
    assert.equal(result.isError, true);
    const text = textOf(result);
    assert.match(text, /webhook/);
    assert.match(text, /HTTP 503/);
    assert.match(text, /fail-closed/);
    assert.ok(down.received.length >= 2, 'retried once');
  });
});

describe('failing services: lasso rate-limited', () => {
  let dir; let gw; let limited;
  before(async () => {
    dir = await makeTempDir();
    limited = await startMock(() => ({ status: 429, json: { error: 'rate limited' },
                                       headers: { 'retry-after': '30' } }));
    gw = await setUp(dir, {}, { plugins: ['lasso'],
                                env: { LASSO_API_KEY: kLassoKey, LASSO_BASE_URL: limited.url } });
  });
  after(async () => {
    await gw?.close();
    await limited?.close();
    await removeTempDir(dir);
  });

  test('a 429 beyond the budget blocks fail-closed and names the delay', async () => {
    const result = await read(gw, dir, 'plain.txt');
    assert.equal(result.isError, true);
    assert.match(textOf(result), /lasso/);
    assert.match(textOf(result), /429/);
  });
});
