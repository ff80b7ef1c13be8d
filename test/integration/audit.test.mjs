// The audit store through the real binary (docs/audit.md): calls land in the store, `audit
// verify` detects tampering done with the sqlite3 CLI (an edited row, a deleted row, a truncated
// tail), a SIGKILL during a burst of 5,000 calls loses no answered call, an unusable path is
// a clear error at start, and a full disk gives the configured behaviour (closed: calls refused
// with a clear error; open: calls go on and the outage is logged).

import assert from 'node:assert/strict';
import { execFile as execFileCb } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

import {
  HTTP_ARGS, RawGateway, connectGatewayWithConfig, connectHttpClient, demoServer, gatewayBin,
  makeTempDir, removeTempDir, runGateway, startHttpGateway, waitUntil, writeConfig,
} from './lib/harness.mjs';

const execFile = promisify(execFileCb);
const kKey = 'integration-audit-key-0123456789';

/** Runs `mcp-gateway audit ...`; resolves { code, stdout, stderr } (never rejects on exit code). */
async function audit(dir, ...args) {
  try {
    const { stdout, stderr } = await execFile(gatewayBin, ['audit', ...args], {
      env: { ...process.env, MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function sqlite(db, sql) {
  await execFile('sqlite3', [db, sql]);
}

/** A copy of the store (and its head file) to tamper with. */
async function copyStore(dir, db, name) {
  const copy = path.join(dir, name);
  await copyFile(db, copy);
  await copyFile(`${db}.head`, `${copy}.head`);
  return copy;
}

describe('audit: calls through the gateway land in the store', () => {
  let dir;
  let db;
  before(async () => {
    dir = await makeTempDir();
    db = path.join(dir, 'audit.db');
    const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
    const gw = await connectGatewayWithConfig(config, {
      args: ['--audit-db', db],
      extraEnv: { MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey },
    });
    for (let i = 0; i < 3; ++i) {
      await gw.client.callTool({ name: 'demo_echo', arguments: { message: `hello ${i}` } });
    }
    await gw.client.callTool({ name: 'demo_fail', arguments: {} });
    await assert.rejects(gw.client.callTool({ name: 'demo_nope', arguments: {} }));
    await gw.close();
    // The gateway has exited once SQLite folded its write-ahead log back into the database.
    await waitUntil(() => !existsSync(`${db}-wal`), { what: 'the gateway to close its store' });
  });
  after(async () => {
    await removeTempDir(dir);
  });

  test('every call is a row with its server, tool, arguments and outcome', async () => {
    const { code, stdout, stderr } = await audit(dir, '--db', db, 'list', '--json');
    assert.equal(code, 0, stderr);
    const rows = JSON.parse(stdout).filter((r) => r.method === 'tools/call');
    assert.equal(rows.length, 5, stdout);
    const echoes = rows.filter((r) => r.capability_name === 'echo');
    assert.equal(echoes.length, 3);
    assert.equal(echoes[0].server, 'demo');
    assert.deepEqual(JSON.parse(echoes[0].arguments), { message: 'hello 0' });
    assert.equal(echoes[0].status, 'ok');
    assert.equal(echoes[0].client_name, 'mcpgw-it');
    assert.equal(rows.find((r) => r.capability_name === 'fail').status, 'tool_error');
    const unknown = rows.find((r) => r.server === '' && r.status === 'error');
    assert.ok(unknown, 'a call rejected before routing is recorded too');
  });

  test('the PoC form `audit --server demo` lists them as a table', async () => {
    const { code, stdout } = await audit(dir, '--db', db, '--server', 'demo');
    assert.equal(code, 0);
    assert.match(stdout, /^SEQ\s+TIME\s+SERVER\s+TOOL/);
    assert.match(stdout, /demo\s+echo/);
  });

  test('stats and verify', async () => {
    const stats = await audit(dir, '--db', db, 'stats', '--json');
    assert.equal(stats.code, 0);
    const echo = JSON.parse(stats.stdout).find((g) => g.tool === 'echo');
    assert.equal(echo.calls, 3);
    const verify = await audit(dir, '--db', db, 'verify');
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^OK/);
  });

  test('verify detects a row edited with the sqlite3 CLI', async () => {
    const copy = await copyStore(dir, db, 'edited.db');
    await sqlite(copy, "UPDATE calls SET capability_name = 'harmless' WHERE seq = 2");
    const { code, stdout } = await audit(dir, '--db', copy, 'verify');
    assert.equal(code, 1);
    assert.match(stdout, /BROKEN at seq 2: .*modified/);
  });

  test('verify detects a deleted row', async () => {
    const copy = await copyStore(dir, db, 'deleted.db');
    await sqlite(copy, 'DELETE FROM calls WHERE seq = 3');
    const { code, stdout } = await audit(dir, '--db', copy, 'verify');
    assert.equal(code, 1);
    assert.match(stdout, /BROKEN at seq 3: row 3 is missing/);
  });

  test('verify detects a truncated tail, even with its checkpoints deleted', async () => {
    const copy = await copyStore(dir, db, 'truncated.db');
    await sqlite(copy, 'DELETE FROM calls WHERE seq > 3; DELETE FROM checkpoints WHERE last_seq > 3');
    const { code, stdout } = await audit(dir, '--db', copy, 'verify');
    assert.equal(code, 1);
    assert.match(stdout, /truncated/);
  });
});

describe('audit: SIGKILL during a burst of 5,000 calls', () => {
  let dir;
  before(async () => {
    dir = await makeTempDir();
  });
  after(async () => {
    await removeTempDir(dir);
  });

  test('every call the client saw answered is in the store and the chain verifies', async () => {
    const db = path.join(dir, 'audit.db');
    const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
    const gw = new RawGateway(['--mcp-json-path', config, '--audit-db', db], {
      env: { ...process.env, MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey },
    }).start();
    await gw.initialize('2025-06-18');
    const total = 5000;
    const window = 32;
    const answered = new Set();
    let sent = 0;
    let killed = false;
    const killAt = 2500;
    await new Promise((resolve, reject) => {
      const pump = () => {
        while (!killed && sent < total && sent - answered.size < window) {
          const id = ++sent;
          gw.request({ jsonrpc: '2.0', id, method: 'tools/call',
                       params: { name: 'demo_echo', arguments: { message: `m${id}` } } },
                     { timeoutMs: 60_000 })
            .then((response) => {
              if (killed) return;
              if (response.result) answered.add(id);
              if (answered.size >= killAt) {
                killed = true;
                gw.child.kill('SIGKILL');
                resolve();
                return;
              }
              pump();
            }, (err) => { if (!killed) reject(err); });
        }
      };
      pump();
    });
    await gw.exitPromise;
    assert.ok(answered.size >= killAt);
    const { code, stdout, stderr } = await audit(dir, '--db', db, 'export');
    assert.equal(code, 0, stderr);
    const stored = new Set(stdout.trim().split('\n').map((l) => JSON.parse(l))
      .filter((r) => r.method === 'tools/call' && r.status === 'ok')
      .map((r) => Number(r.request_id)));
    const missing = [...answered].filter((id) => !stored.has(id));
    assert.deepEqual(missing, [], `${missing.length} answered calls are not in the store`);
    const verify = await audit(dir, '--db', db, 'verify');
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });
});

describe('audit: over HTTP, with the config file and the JSON Lines log', () => {
  test('records carry the HTTP session, principal and transport; the log gets a line', async () => {
    const dir = await makeTempDir();
    let gw;
    let client;
    try {
      const db = path.join(dir, 'audit.db');
      const jsonl = path.join(dir, 'audit.jsonl');
      const settings = path.join(dir, 'config.json');
      await writeFile(settings, JSON.stringify({
        auditing: { enabled: true, db, durability: 'async', audit_log: jsonl },
      }));
      const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
      gw = await startHttpGateway(
        ['--mcp-json-path', config, '--config', settings, '--auth-token', 'tok-alice', ...HTTP_ARGS],
        { extraEnv: { MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey } });
      client = await connectHttpClient(gw.url, { headers: { Authorization: 'Bearer tok-alice' } });
      await client.client.callTool({ name: 'demo_echo', arguments: { message: 'over http' } });
      await client.close();
      await gw.close();
      const { code, stdout, stderr } = await audit(dir, '--db', db, 'list', '--json',
                                                   '--tool', 'echo');
      assert.equal(code, 0, stderr);
      const rows = JSON.parse(stdout);
      assert.equal(rows.length, 1, stdout);
      assert.equal(rows[0].transport, 'http');
      assert.ok(rows[0].session_id.length > 0 && !rows[0].session_id.startsWith('stdio'));
      const lines = (await readFile(jsonl, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
      assert.ok(lines.some((l) => l.capability_name === 'echo' && l.server === 'demo'), lines);
      assert.equal((await audit(dir, '--db', db, 'verify')).code, 0);
    } finally {
      await client?.close();
      await gw?.close();
      await removeTempDir(dir);
    }
  });
});

describe('audit: an unusable store path', () => {
  test('is a clear error at start (fail closed)', async () => {
    const dir = await makeTempDir();
    try {
      const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
      const { code, stderr } = await runGateway(
        ['--mcp-json-path', config, '--audit-db', '/proc/mcpgw-audit/audit.db'],
        { env: { ...process.env, MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey } });
      assert.equal(code, 3, stderr);
      assert.match(stderr, /mcp-gateway: audit store \/proc\/mcpgw-audit\/audit\.db: .*unable to open/);
    } finally {
      await removeTempDir(dir);
    }
  });
});

/** Mounts a tmpfs of `size` at a new directory under `dir` (a disk that fills up). */
async function smallDisk(dir, size) {
  const mnt = path.join(dir, 'small-disk');
  await execFile('mkdir', ['-p', mnt]);
  try {
    await execFile('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mnt]);
  } catch (err) {
    throw new Error(`the full-disk tests mount a tmpfs and need root: ${err.stderr || err.message}`);
  }
  return mnt;
}

async function fillUntilRefused(client, limit) {
  const big = 'x'.repeat(8192);
  for (let i = 0; i < limit; ++i) {
    try {
      const result = await client.callTool({ name: 'demo_echo', arguments: { message: `${i}${big}` } });
      if (result.isError) return { i, text: JSON.stringify(result) };
    } catch (err) {
      return { i, error: err };
    }
  }
  return { i: limit };
}

describe('audit: a full disk', () => {
  for (const mode of ['closed', 'open']) {
    test(`fail_mode ${mode}: ${mode === 'closed' ? 'calls are refused with a clear error' : 'calls go on and the outage is logged'}`, async () => {
      const dir = await makeTempDir();
      let mnt;
      let gw;
      try {
        mnt = await smallDisk(dir, '384k');
        const db = path.join(mnt, 'audit.db');
        const settings = path.join(dir, 'config.json');
        await writeFile(settings, JSON.stringify({
          auditing: { enabled: true, db, durability: 'commit', fail_mode: mode },
        }));
        const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
        gw = await connectGatewayWithConfig(config, {
          args: ['--config', settings],
          extraEnv: { MCP_GATEWAY_HOME: dir, MCP_GATEWAY_AUDIT_KEY: kKey },
        });
        const outcome = await fillUntilRefused(gw.client, 400);
        if (mode === 'closed') {
          assert.ok(outcome.error, `a call must be refused once the disk is full (${outcome.i} calls passed)`);
          assert.match(String(outcome.error.message), /audit/i, String(outcome.error.message));
          // Later calls are refused too while the store fails, and the gateway keeps serving.
          await assert.rejects(gw.client.callTool({ name: 'demo_echo', arguments: { message: 'after' } }),
                               /audit store is unavailable|could not be written/);
          await gw.client.ping();  // the gateway keeps serving what needs no record
        } else {
          assert.equal(outcome.i, 400, `no call may fail when failing open: ${outcome.error || outcome.text}`);
          assert.match(gw.stderr(), /UNAVAILABLE, failing open/);
        }
        assert.match(gw.stderr(), /audit store path=.* unavailable: .*(full|disk)/i);
      } finally {
        await gw?.close();
        if (mnt) await execFile('umount', [mnt]).catch(() => {});
        await removeTempDir(dir);
      }
    });
  }
});

