// The `policy` guard through the real binary (docs/policy.md), against a fixture server that
// records every call it receives (lib/recording_server.mjs): a denied call never reaches the
// upstream; a toxic flow (read private data, then post to a public sink) is blocked while the
// other order passes; rate limits answer with retryAfterMs; SIGHUP reloads the policy (an
// invalid file keeps the old one); `ask` round trips through the SDK client's elicitation
// handler (approve, decline, timeout, client without elicitation); `policy test` offline.

import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

import {
  connectGateway, gatewayBin, makeTempDir, removeTempDir, runGateway, textOf, waitUntil, withTimeout,
  writeConfig,
} from './lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const recordingServer = path.join(here, 'lib/recording_server.mjs');

async function call(client, name, args = {}) {
  return client.callTool({ name, arguments: args }, undefined, { timeout: 20_000 });
}

async function received(log) {
  const text = await readFile(log, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const kLabels = [
  { label: 'private_data', tool: 'read_private' },
  { label: 'untrusted_content', tool: 'fetch_web' },
  { label: 'public_sink', annotations: { openWorldHint: true, readOnlyHint: false } },
];

/** A temp dir with the fixture server's config and a gateway config holding `policy`. */
async function setup(policy) {
  const dir = await makeTempDir();
  const log = path.join(dir, 'received.jsonl');
  const servers = await writeConfig(dir, { rec: { command: process.execPath, args: [recordingServer, log] } });
  const config = path.join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ guards: { policy } }, null, 2));
  return { dir, log, servers, config };
}

function start(env, options = {}) {
  return connectGateway(['--mcp-json-path', env.servers, '--config', env.config], options);
}

describe('policy: rules and toxic flows', () => {
  let env;
  before(async () => {
    env = await setup({
      labels: kLabels,
      rules: [
        { id: 'no-delete', match: { tool: 'delete_*' }, action: 'deny', reason: 'no_delete' },
        { id: 'no-exfil', match: { labels: 'public_sink', after: 'private_data' }, action: 'deny' },
        { id: 'no-etc', match: { tool: 'echo', arguments: { pointer: '/path', prefix: '/etc/' } },
          action: 'deny' },
      ],
      rate_limits: [{ id: 'echo-burst', scope: 'session', tool: 'echo', rate: 3, per: 'hour' }],
    });
  });
  after(async () => removeTempDir(env?.dir));

  test('a denied call never reaches the upstream', async () => {
    const gw = await start(env);
    try {
      const denied = await call(gw.client, 'rec_delete_item', { id: 42 });
      assert.equal(denied.isError, true);
      assert.match(textOf(denied), /policy\.no_delete/);
      const etc = await call(gw.client, 'rec_echo', { path: '/etc/passwd' });
      assert.equal(etc.isError, true);
      assert.match(textOf(etc), /policy\.denied/);
      const ok = await call(gw.client, 'rec_echo', { path: '/tmp/x' });
      assert.equal(ok.isError ?? false, false, textOf(ok));
      const seen = await received(env.log);
      assert.deepEqual(seen.map((c) => c.tool), ['echo']);
      assert.deepEqual(seen[0].arguments, { path: '/tmp/x' });
    } finally {
      await gw.close();
    }
  });

  test('a public sink after a private read is blocked; the other order passes', async () => {
    const gw = await start(env);
    try {
      const first = await call(gw.client, 'rec_post_public', { text: 'hello' });
      assert.equal(first.isError ?? false, false, textOf(first));
      assert.equal(textOf(await call(gw.client, 'rec_read_private')), 'private: the quarterly numbers');
      const exfil = await call(gw.client, 'rec_post_public', { text: 'the numbers' });
      assert.equal(exfil.isError, true);
      assert.match(textOf(exfil), /policy\.flow_denied/);
    } finally {
      await gw.close();
    }
    // A new session starts with an empty history.
    const fresh = await start(env);
    try {
      await call(fresh.client, 'rec_read_private');
      const exfil = await call(fresh.client, 'rec_post_public', { text: 'x' });
      assert.equal(exfil.isError, true);
    } finally {
      await fresh.close();
    }
    const posts = (await received(env.log)).filter((c) => c.tool === 'post_public');
    assert.deepEqual(posts.map((c) => c.arguments.text), ['hello']);
  });

  test('over a rate limit the call is refused with retryAfterMs', async () => {
    const gw = await start(env);
    try {
      for (let i = 0; i < 3; ++i) {
        const ok = await call(gw.client, 'rec_echo', { i });
        assert.equal(ok.isError ?? false, false, textOf(ok));
      }
      const limited = await call(gw.client, 'rec_echo', { i: 3 });
      assert.equal(limited.isError, true);
      assert.match(textOf(limited), /policy\.rate_limited/);
      assert.ok(limited.structuredContent?.retryAfterMs > 0,
                `retryAfterMs in ${JSON.stringify(limited)}`);
    } finally {
      await gw.close();
    }
  });
});

describe('policy: SIGHUP reload', () => {
  let env;
  let gw;
  before(async () => {
    env = await setup({ rules: [{ id: 'a', match: { tool: 'delete_*' }, action: 'deny' }] });
    gw = await start(env);
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(env?.dir);
  });

  test('a valid file replaces the policy; an invalid one keeps it and says why', async () => {
    assert.equal((await call(gw.client, 'rec_post_public')).isError ?? false, false);
    await writeFile(env.config, JSON.stringify({ guards: { policy: {
      rules: [{ id: 'b', match: { tool: 'post_*' }, action: 'deny', reason: 'reloaded' }] } } }));
    process.kill(gw.transport.pid, 'SIGHUP');
    await waitUntil(async () => (await call(gw.client, 'rec_post_public')).isError === true,
                    { what: 'the reloaded policy', timeoutMs: 5000 });
    assert.match(textOf(await call(gw.client, 'rec_post_public')), /policy\.reloaded/);
    assert.equal((await call(gw.client, 'rec_delete_item')).isError ?? false, false);

    await writeFile(env.config, '{"guards": {"policy": {"rules": [{"match": {"tool": 1}}]}}}');
    process.kill(gw.transport.pid, 'SIGHUP');
    await waitUntil(() => /rules\[0\]\.match\.tool: must be a string/.test(gw.stderr()),
                    { what: 'the refusal in the log', timeoutMs: 5000 });
    assert.match(textOf(await call(gw.client, 'rec_post_public')), /policy\.reloaded/);
  });
});

describe('policy: ask through the client (elicitation)', () => {
  let env;
  before(async () => {
    env = await setup({
      ask: { timeout_ms: 1500 },
      rules: [{ id: 'approve-destructive', match: { annotations: { destructiveHint: true } },
                action: 'ask' }],
    });
  });
  after(async () => removeTempDir(env?.dir));

  async function withAnswer(answer) {
    const questions = [];
    const gw = await start(env, {
      capabilities: { elicitation: {} },
      beforeConnect: (client) => client.setRequestHandler(ElicitRequestSchema, async (request, extra) => {
        questions.push(request.params);
        return answer(request.params, extra);
      }),
    });
    return { gw, questions };
  }

  test('approve: the call runs and the question showed server, tool and arguments', async () => {
    const { gw, questions } = await withAnswer(() => ({ action: 'accept', content: { approve: true } }));
    try {
      const result = await call(gw.client, 'rec_delete_item', { id: 'approve-me' });
      assert.equal(result.isError ?? false, false, textOf(result));
      assert.equal(textOf(result), 'deleted');
      assert.equal(questions.length, 1);
      assert.match(questions[0].message, /Server: rec/);
      assert.match(questions[0].message, /Tool: delete_item/);
      assert.match(questions[0].message, /approve-me/);
      assert.equal(questions[0].requestedSchema.properties.approve.type, 'boolean');
      // A read-only tool is not asked about.
      await call(gw.client, 'rec_echo', { x: 1 });
      assert.equal(questions.length, 1);
    } finally {
      await gw.close();
    }
  });

  test('decline: the call is blocked and never reaches the upstream', async () => {
    const { gw } = await withAnswer(() => ({ action: 'decline' }));
    try {
      const result = await call(gw.client, 'rec_delete_item', { id: 'declined' });
      assert.equal(result.isError, true);
      assert.match(textOf(result), /policy\.approval_declined/);
    } finally {
      await gw.close();
    }
    const ids = (await received(env.log)).map((c) => c.arguments.id);
    assert.ok(!ids.includes('declined'), JSON.stringify(ids));
  });

  test('no answer within the timeout: blocked with approval_timeout', async () => {
    const { gw } = await withAnswer(() => new Promise(() => {}));
    try {
      const result = await call(gw.client, 'rec_delete_item', { id: 'timeout' });
      assert.equal(result.isError, true);
      assert.match(textOf(result), /policy\.approval_timeout/);
    } finally {
      await gw.close();
    }
  });

  test('cancelling the call withdraws the question', async () => {
    let withdrawn;
    const withdrawnPromise = new Promise((resolve) => { withdrawn = resolve; });
    const { gw, questions } = await withAnswer((params, extra) => new Promise(() => {
      extra.signal.addEventListener('abort', () => withdrawn(true));
    }));
    try {
      const controller = new AbortController();
      const pending = gw.client.callTool({ name: 'rec_delete_item', arguments: { id: 'cancelled' } },
                                         undefined, { signal: controller.signal, timeout: 20_000 });
      await waitUntil(() => questions.length === 1, { what: 'the question' });
      controller.abort();
      await assert.rejects(pending);
      assert.equal(await withTimeout(withdrawnPromise, 5000, 'the question to be withdrawn'), true);
    } finally {
      await gw.close();
    }
    const ids = (await received(env.log)).map((c) => c.arguments.id);
    assert.ok(!ids.includes('cancelled'), JSON.stringify(ids));
  });

  test('a client without elicitation gets approval_required', async () => {
    const gw = await start(env);
    try {
      const result = await call(gw.client, 'rec_delete_item', { id: 'no-elicitation' });
      assert.equal(result.isError, true);
      assert.match(textOf(result), /policy\.approval_required/);
      assert.match(textOf(result), /approval was required/);
    } finally {
      await gw.close();
    }
  });
});

describe('policy: ask after masking, recorded in the audit store', () => {
  // The reference gateway's quickstart value (public, from its README).
  const kHfToken = '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';
  const kAuditKey = 'integration-policy-audit-key-0123';

  test('the user sees the masked arguments; the decision is a finding in the audit row', async () => {
    const env = await setup({
      rules: [{ id: 'approve-destructive', match: { annotations: { destructiveHint: true } },
                action: 'ask' }],
    });
    const db = path.join(env.dir, 'audit.db');
    const auditEnv = { MCP_GATEWAY_HOME: env.dir, MCP_GATEWAY_AUDIT_KEY: kAuditKey };
    const questions = [];
    const gw = await connectGateway(
      ['--mcp-json-path', env.servers, '--config', env.config, '-p', 'basic', '--audit-db', db], {
        extraEnv: auditEnv,
        capabilities: { elicitation: {} },
        beforeConnect: (client) => client.setRequestHandler(ElicitRequestSchema, async (request) => {
          questions.push(request.params);
          return { action: 'accept', content: { approve: true } };
        }),
      });
    try {
      const result = await call(gw.client, 'rec_delete_item', { token: kHfToken });
      assert.equal(result.isError ?? false, false, textOf(result));
      assert.equal(questions.length, 1);
      assert.ok(!questions[0].message.includes(kHfToken), questions[0].message);
      assert.match(questions[0].message, /<HUGGINGFACE_TOKEN>/);
    } finally {
      await gw.close();
    }
    try {
      await waitUntil(() => !existsSync(`${db}-wal`), { what: 'the gateway to close its store' });
      const { stdout } = await promisify(execFileCb)(
        gatewayBin, ['audit', '--db', db, 'list', '--json'], { env: { ...process.env, ...auditEnv } });
      const row = JSON.parse(stdout).find((r) => r.capability_name === 'delete_item');
      assert.ok(row, stdout);
      const findings = typeof row.findings === 'string' ? JSON.parse(row.findings) : row.findings;
      const decision = findings.find((f) => f.type === 'policy.approval_granted');
      assert.ok(decision, JSON.stringify(findings));
      assert.equal(decision.guard, 'policy');
      assert.match(decision.value_hash, /^[0-9a-f]{16}$/);
    } finally {
      await removeTempDir(env.dir);
    }
  });
});

describe('policy test (offline)', () => {
  test('names the deciding rule and exits 1 for a denied call, 0 for an allowed one', async () => {
    const env = await setup({ labels: kLabels, rules: [
      { id: 'no-exfil', match: { labels: 'public_sink', after: 'private_data' }, action: 'deny' }] });
    try {
      const callFile = path.join(env.dir, 'call.json');
      await writeFile(callFile, JSON.stringify({
        server: 'rec', tool: 'post_public', arguments: {}, history: ['private_data'],
        annotations: { openWorldHint: true } }));
      const denied = await runGateway(['policy', 'test', '--config', env.config, '--call', callFile, '--json']);
      assert.equal(denied.code, 1, denied.stderr);
      const report = JSON.parse(denied.stdout);
      assert.equal(report.rule, 'no-exfil');
      assert.equal(report.reason, 'policy.flow_denied');
      await writeFile(callFile, JSON.stringify({ server: 'rec', tool: 'post_public', arguments: {} }));
      const allowed = await runGateway(['policy', 'test', '--config', env.config, '--call', callFile]);
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.match(allowed.stdout, /decision: allow/);
    } finally {
      await removeTempDir(env.dir);
    }
  });
});
