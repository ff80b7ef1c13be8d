// Startup errors of the gateway binary: a clear message on stderr and a non-zero exit.

import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  demoServer, makeTempDir, removeTempDir, runGateway, writeConfig,
} from './lib/harness.mjs';

describe('gateway command line errors', () => {
  let dir;

  before(async () => {
    dir = await makeTempDir();
  });

  after(async () => {
    await removeTempDir(dir);
  });

  test('unknown plugin name exits non-zero and names it', async () => {
    const config = await writeConfig(dir, { demo: demoServer() }, 'plugin.json');
    const run = await runGateway(['--mcp-json-path', config, '-p', 'nope']);
    assert.notEqual(run.code, 0, `exit code ${run.code}, stderr: ${run.stderr}`);
    assert.match(run.stderr, /nope/);
    assert.equal(run.stdout, '', 'nothing but MCP on stdout');
  });

  test('missing config file exits non-zero with its path', async () => {
    const missing = path.join(dir, 'does-not-exist.json');
    const run = await runGateway(['--mcp-json-path', missing]);
    assert.notEqual(run.code, 0, `exit code ${run.code}, stderr: ${run.stderr}`);
    assert.ok(run.stderr.includes(missing), `stderr: ${run.stderr}`);
    assert.equal(run.stdout, '');
  });

  test('malformed config exits non-zero with file:line:col', async () => {
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{\n  "mcpServers": {\n    "demo": {"command": "x",, }\n  }\n}\n');
    const run = await runGateway(['--mcp-json-path', bad]);
    assert.notEqual(run.code, 0, `exit code ${run.code}, stderr: ${run.stderr}`);
    assert.ok(run.stderr.includes(`${bad}:3:`), `stderr: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+`));
    assert.equal(run.stdout, '');
  });
});
