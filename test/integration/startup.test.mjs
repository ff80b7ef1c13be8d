// What a new user meets at start: a slow server does not hold initialize, a wrapped server that
// cannot start is an initialize error with the reason, a missing command is given up, unusable
// config entries and stray flags are warned about, and the HTTP port is bound before any server
// starts. Also the size limit end to end, in both directions.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';

import {
  NotificationLog, RawGateway, connectGateway, connectGatewayWithConfig, demoServer,
  demoServerBin, getMetadata, makeTempDir, removeTempDir, runGateway, serverEntry, waitUntil,
  writeConfig,
} from './lib/harness.mjs';

describe('a server slower than --initialize-wait', { timeout: 60_000 }, () => {
  let dir;
  let gw;
  let changes;
  let connectMs;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      demo: demoServer(),
      // Answers initialize only after 4 s (the gateway's initialize waits in the pipe).
      late: { command: '/bin/sh', args: ['-c', `sleep 4; exec "${demoServerBin}" --name late`] },
    });
    const started = Date.now();
    gw = await connectGatewayWithConfig(config, {
      args: ['--initialize-wait', '1'],
      beforeConnect: (client) => { changes = new NotificationLog(client, ToolListChangedNotificationSchema); },
    });
    connectMs = Date.now() - started;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('initialize is answered after the wait with the servers that are ready', async () => {
    assert.ok(connectMs < 3_500, `initialize took ${connectMs} ms`);
    const { tools } = await gw.client.listTools();
    const names = tools.map((t) => t.name);
    assert.ok(names.includes('demo_echo'), names.join(', '));
    assert.ok(!names.includes('late_echo'), 'the late server is not ready yet');
  });

  test('the late server is announced with list_changed once it is active', async () => {
    await changes.waitFor(() => true, { timeoutMs: 15_000, what: 'tools/list_changed' });
    const names = await waitUntil(async () => {
      const { tools } = await gw.client.listTools();
      const list = tools.map((t) => t.name);
      return list.includes('late_echo') ? list : null;
    }, { what: 'late_echo to be listed' });
    assert.ok(names.includes('demo_echo'));
  });
});

describe('a command that does not exist', { timeout: 60_000 }, () => {
  let dir;

  before(async () => { dir = await makeTempDir(); });
  after(async () => { await removeTempDir(dir); });

  test('wrap mode: initialize fails with the reason', async () => {
    await assert.rejects(connectGateway(['stdio', '--', 'mcpgw-no-such-command']), (err) => {
      assert.match(err.message, /server 'server' could not be started: command not found: mcpgw-no-such-command/);
      return true;
    });
  });

  test('aggregate mode: retried a few times, then failed with the command named, not PATH',
       async () => {
         const config = await writeConfig(dir, {
           ghost: { command: 'mcpgw-no-such-command' },
           demo: demoServer(),
         });
         const gw = await connectGatewayWithConfig(config);
         try {
           const ghost = await waitUntil(async () => {
             const entry = serverEntry(await getMetadata(gw.client), 'ghost');
             return /giving up/.test(gw.stderr()) ? entry : null;
           }, { timeoutMs: 20_000, what: 'the gateway to give up on ghost' });
           assert.equal(ghost.status, 'error');
           assert.equal(ghost.error, 'command not found: mcpgw-no-such-command');
           assert.match(gw.stderr(), /giving up after 5 attempts/);
           assert.ok(!/PATH=/.test(gw.stderr()), 'the search path is not logged at info level');
         } finally {
           await gw.close();
         }
       });
});

describe('warnings at start', { timeout: 60_000 }, () => {
  let dir;

  before(async () => { dir = await makeTempDir(); });
  after(async () => { await removeTempDir(dir); });

  test('unusable entries, duplicate keys and HTTP-only flags with stdio are warned about',
       async () => {
         const file = `${dir}/warn.json`;
         const { writeFile } = await import('node:fs/promises');
         await writeFile(file, `{"mcpServers": {
           "demo": {"command": "${demoServerBin}"},
           "demo": {"command": "${demoServerBin}", "args": ["--name", "demo"]},
           "noenv": {"command": "x", "args": ["\${MCPGW_IT_UNDEFINED_VAR}"]},
           "nocmd": {},
           "strargs": {"command": "x", "args": "--flag"}}}`);
         const run = await runGateway(['--mcp-json-path', file, '--port', '9', '--auth-token', 't']);
         assert.equal(run.code, 0, run.stderr);
         assert.match(run.stderr, /warn.*duplicate key "mcpServers\.demo"/);
         for (const name of ['noenv', 'nocmd', 'strargs']) {
           assert.match(run.stderr, new RegExp(`warn.*file=${file} server=${name} unusable`), name);
         }
         assert.match(run.stderr, /warn.*--port --auth-token only apply to --transport http/);
       });

  test('an empty server list is warned about', async () => {
    const config = await writeConfig(dir, {}, 'empty.json');
    const run = await runGateway(['--mcp-json-path', config]);
    assert.match(run.stderr, /warn.*lists no servers/);
  });
});

describe('HTTP: the port is bound before any server starts', { timeout: 60_000 }, () => {
  test('a taken port fails at once without starting a server', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address();
    const dir = await makeTempDir();
    try {
      const marker = `${dir}/started`;
      const config = await writeConfig(dir, {
        demo: { command: '/bin/sh', args: ['-c', `touch "${marker}"; exec "${demoServerBin}"`] },
      });
      const run = await runGateway(['--mcp-json-path', config, '--transport', 'http',
                                    '--host', '127.0.0.1', '--port', String(port)]);
      assert.equal(run.code, 1, run.stderr);
      const { access } = await import('node:fs/promises');
      await assert.rejects(access(marker), 'no server was started');
    } finally {
      blocker.close();
      await removeTempDir(dir);
    }
  });
});

describe('the message size limit end to end', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = new RawGateway(['--mcp-json-path', config, '--max-message-size', '4096']).start();
    await gw.initialize('2025-06-18');
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('a client message over the limit is answered -32003 with its id', async () => {
    const big = { jsonrpc: '2.0', id: 41, method: 'tools/call',
                  params: { name: 'demo_echo', arguments: { message: 'x'.repeat(8000) } } };
    const response = await gw.request(big);
    assert.equal(response.error?.code, -32003, JSON.stringify(response));
    assert.match(response.error.message, /exceeds the gateway's limit of 4096 bytes/);
  });

  test('an upstream answer over the limit is answered -32003, and the upstream keeps serving',
       async () => {
         const response = await gw.request({
           jsonrpc: '2.0', id: 42, method: 'tools/call',
           params: { name: 'demo_big', arguments: { bytes: 10_000 } },
         });
         assert.equal(response.error?.code, -32003, JSON.stringify(response));
         assert.match(response.error.message, /the answer of upstream 'demo'/);
         const echo = await gw.request({
           jsonrpc: '2.0', id: 43, method: 'tools/call',
           params: { name: 'demo_echo', arguments: { message: 'still here' } },
         });
         assert.equal(echo.result?.content?.[0]?.text, 'still here', JSON.stringify(echo));
       });
});

describe('capabilities declared to upstreams mirror the client (stdio)', { timeout: 60_000 }, () => {
  let dir;

  before(async () => { dir = await makeTempDir(); });
  after(async () => { await removeTempDir(dir); });

  // The demo server's client_info tool returns the initialize params it received.
  async function upstreamSaw(args, capabilities, tool) {
    const gw = await connectGateway(args, { capabilities });
    try {
      const result = await gw.client.callTool({ name: tool, arguments: {} });
      return JSON.parse(result.content[0].text).capabilities;
    } finally {
      await gw.close();
    }
  }

  test('wrap mode: a client without sampling gets a server told there is no sampling', async () => {
    assert.deepEqual(await upstreamSaw(['stdio', '--', demoServerBin], {}, 'client_info'), {});
  });

  test('wrap mode: the client\'s sampling, elicitation and roots are passed on, nothing else',
       async () => {
         const saw = await upstreamSaw(['stdio', '--', demoServerBin],
                                       { roots: { listChanged: true }, sampling: {} }, 'client_info');
         assert.deepEqual(saw, { roots: { listChanged: true }, sampling: {} });
       });

  test('aggregate mode over stdio: the same, for every upstream', async () => {
    const config = await writeConfig(dir, { demo: demoServer() }, 'caps.json');
    const saw = await upstreamSaw(['--mcp-json-path', config], { elicitation: {} }, 'demo_client_info');
    assert.deepEqual(saw, { elicitation: {} });
  });
});
