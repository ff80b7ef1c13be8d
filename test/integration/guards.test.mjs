// The guards through the real binary: `-p basic` and `-p presidio` against real servers
// (server-filesystem, server-memory) and the demo server, driven by the SDK client. Every path
// that carries text to the model or to a server is masked; a blocked request never reaches its
// server; the vault puts a masked value back toward the server it came from only.

import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  CreateMessageRequestSchema, ElicitRequestSchema, LoggingMessageNotificationSchema,
  McpError, ProgressNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';

import {
  NotificationLog, connectGatewayWithConfig, demoServer, filesystemServer, makeTempDir,
  memoryServer, removeTempDir, runGateway, textOf, writeConfig,
} from './lib/harness.mjs';

// The reference gateway's quickstart value (public, from its README).
const kHfToken = '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';
const kEmail = 'jane.doe@acme-corp.com';
const kCard = '4539 1488 0343 6467';

async function call(client, name, args = {}, options = {}) {
  return client.callTool({ name, arguments: args }, undefined, { timeout: 20_000, ...options });
}

describe('guards: the reference quickstart through server-filesystem', () => {
  let dir;
  let gw;
  before(async () => {
    dir = await makeTempDir();
    await writeFile(path.join(dir, 'tokens.txt'), `HF_TOKEN = "${kHfToken}"\n`);
    await writeFile(path.join(dir, 'customers.csv'),
                    `name,email,card\nJane Doe,${kEmail},${kCard}\n`);
    const config = await writeConfig(dir, { filesystem: filesystemServer(dir) });
    gw = await connectGatewayWithConfig(config, { args: ['-p', 'basic', '-p', 'presidio'] });
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('a Hugging Face token in a file comes back as <HUGGINGFACE_TOKEN>', async () => {
    const result = await call(gw.client, 'filesystem_read_text_file',
                              { path: path.join(dir, 'tokens.txt') });
    assert.equal(textOf(result), 'HF_TOKEN = "<HUGGINGFACE_TOKEN>"\n');
  });

  test('PII in a file comes back replaced', async () => {
    const text = textOf(await call(gw.client, 'filesystem_read_text_file',
                                   { path: path.join(dir, 'customers.csv') }));
    assert.ok(!text.includes(kEmail), text);
    assert.ok(!text.includes(kCard), text);
    assert.match(text, /<EMAIL_ADDRESS>/);
    assert.match(text, /<CREDIT_CARD>/);
    assert.match(text, /^name,email,card\n/, 'the rest of the file is untouched');
  });

  test('findings are logged without the value', async () => {
    const log = gw.stderr();
    assert.match(log, /guards direction=response method=tools\/call server=filesystem/);
    assert.ok(!log.includes(kHfToken), 'the token never reaches the log');
    assert.ok(!log.includes(kEmail), 'the email never reaches the log');
  });
});

describe('guards: every path to the model or a server (demo server)', () => {
  let dir;
  let gw;
  const seen = { sampling: [], elicitation: [] };
  let logs;
  let progress;
  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
    gw = await connectGatewayWithConfig(config, {
      args: ['-p', 'basic', '-p', 'presidio'],
      capabilities: { sampling: {}, elicitation: {} },
      beforeConnect: (client) => {
        client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
          seen.sampling.push(request.params);
          // The client's answer carries a secret: the server must not get it.
          return { role: 'assistant', model: 'm',
                   content: { type: 'text', text: `use ${kHfToken}` } };
        });
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          seen.elicitation.push(request.params);
          return { action: 'accept', content: { answer: `mail me at ${kEmail}` } };
        });
        logs = new NotificationLog(client, LoggingMessageNotificationSchema);
      },
    });
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('tool arguments are masked before they reach the server', async () => {
    const text = textOf(await call(gw.client, 'demo_echo', { message: `token ${kHfToken}` }));
    assert.equal(text, 'token <HUGGINGFACE_TOKEN>');
  });

  test('sampling: the request reaches the model masked, the answer reaches the server masked',
       async () => {
         const text = textOf(await call(gw.client, 'demo_sample', { prompt: `write to ${kEmail}` }));
         assert.equal(seen.sampling.at(-1).messages[0].content.text, 'write to <EMAIL_ADDRESS>');
         assert.equal(text, 'use <HUGGINGFACE_TOKEN>');
       });

  test('elicitation: the message reaches the user masked, the answer the server masked',
       async () => {
         const text = textOf(await call(gw.client, 'demo_elicit', { message: `card ${kCard}?` }));
         assert.equal(seen.elicitation.at(-1).message, 'card <CREDIT_CARD>?');
         assert.equal(text, 'accept:mail me at <EMAIL_ADDRESS>');
       });

  test('log messages are masked', async () => {
    await call(gw.client, 'demo_log', { level: 'error', message: `login by ${kEmail}` });
    const found = await logs.waitFor((n) => String(n.params.data).startsWith('login by'));
    assert.equal(found.params.data, 'login by <EMAIL_ADDRESS>');
  });

  test('progress messages are masked', async () => {
    const messages = [];
    await call(gw.client, 'demo_sleep', { ms: 120, message: `copying for ${kEmail}` }, {
      onprogress: (p) => messages.push(p.message),
    });
    assert.ok(messages.length >= 1, 'progress arrived');
    for (const m of messages) assert.equal(m, 'copying for <EMAIL_ADDRESS>');
  });

  test('resources are masked', async () => {
    const result = await gw.client.readResource({ uri: `demo://items/${kEmail}` });
    assert.equal(result.contents[0].text, 'item <EMAIL_ADDRESS>');
  });

  test('upstream error messages are masked', async () => {
    await assert.rejects(gw.client.readResource({ uri: `demo://items/x/${kEmail}` }), (err) => {
      assert.ok(err instanceof McpError);
      assert.ok(!err.message.includes(kEmail), err.message);
      assert.match(err.message, /<EMAIL_ADDRESS>/);
      return true;
    });
  });

  test('prompts are masked', async () => {
    const result = await gw.client.getPrompt({ name: 'demo_greeting', arguments: { name: kEmail } });
    assert.equal(result.messages[0].content.text, 'Hello, <EMAIL_ADDRESS>!');
  });
});

describe('guards: block and the vault (config file)', () => {
  let dir;
  let gw;
  let memoryFile;
  before(async () => {
    dir = await makeTempDir();
    memoryFile = path.join(dir, 'memory.jsonl');
    const config = await writeConfig(dir, {
      demo: demoServer('--name', 'demo'),
      other: demoServer('--name', 'other'),
      memory: memoryServer(memoryFile),
    });
    const gatewayConfig = path.join(dir, 'gateway.json');
    await writeFile(gatewayConfig, JSON.stringify({
      guards: {
        vault: { enabled: true },
        rules: [{ id: 'project-codename', regex: 'BLUEBIRD-[0-9]{4}', action: 'block',
                  servers: ['memory'] }],
      },
    }));
    gw = await connectGatewayWithConfig(config, { args: ['-p', 'basic', '--config', gatewayConfig] });
  });
  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('vault: a masked token is usable toward the server it came from', async () => {
    const read = textOf(await call(gw.client, 'demo_read_file', { path: 'tokens.txt' }));
    assert.equal(read, 'HF_TOKEN = "<HUGGINGFACE_TOKEN_1>"\n');
    const deploy = await call(gw.client, 'demo_deploy', { token: '<HUGGINGFACE_TOKEN_1>' });
    assert.equal(deploy.isError ?? false, false, textOf(deploy));
    assert.equal(textOf(deploy), 'deployed with the real token');
  });

  test('vault: another server gets the placeholder, not the value', async () => {
    const deploy = await call(gw.client, 'other_deploy', { token: '<HUGGINGFACE_TOKEN_1>' });
    assert.equal(deploy.isError, true);
    assert.equal(textOf(deploy), 'deploy refused: not a valid token');
    // The log line travels on stderr, a different pipe than the answer: it may be read later.
    for (let i = 0; i < 40 && !/vault\.refused/.test(gw.stderr()); ++i)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(gw.stderr(), /vault\.refused/);
  });

  test('a blocked request never reaches the server', async () => {
    const blocked = await call(gw.client, 'memory_create_entities', {
      entities: [{ name: 'launch', entityType: 'project', observations: ['code BLUEBIRD-2024'] }],
    });
    assert.equal(blocked.isError, true);
    assert.match(textOf(blocked), /rules\.project-codename/);
    const graph = textOf(await call(gw.client, 'memory_read_graph', {}));
    assert.ok(!graph.includes('launch'), `the server stored it: ${graph}`);
  });

  test('a rule limited to one server does not run elsewhere', async () => {
    const text = textOf(await call(gw.client, 'demo_echo', { message: 'code BLUEBIRD-2024' }));
    assert.equal(text, 'code BLUEBIRD-2024');
  });
});

describe('guards: monitor mode and configuration errors', () => {
  let dir;
  before(async () => { dir = await makeTempDir(); });
  after(async () => { await removeTempDir(dir); });

  test('monitor mode changes nothing but records the finding', async () => {
    const config = await writeConfig(dir, { demo: demoServer('--name', 'demo') });
    const gatewayConfig = path.join(dir, 'monitor.json');
    await writeFile(gatewayConfig, JSON.stringify({ guards: { mode: 'monitor' } }));
    const gw = await connectGatewayWithConfig(config, {
      args: ['-p', 'basic', '--config', gatewayConfig],
    });
    try {
      const text = textOf(await call(gw.client, 'demo_read_file', { path: 'tokens.txt' }));
      assert.equal(text, `HF_TOKEN = "${kHfToken}"\n`);
      assert.match(gw.stderr(), /secrets\.[a-z0-9_.-]+:mask\(not applied\)/);
    } finally {
      await gw.close();
    }
  });

  test('a bad key in the config file exits 3 naming the file and the key', async () => {
    const gatewayConfig = path.join(dir, 'bad.json');
    await writeFile(gatewayConfig, JSON.stringify({ guards: { basic: { action: 'nuke' } } }));
    const { code, stderr } = await runGateway(['--config', gatewayConfig, '-p', 'basic']);
    assert.equal(code, 3);
    assert.match(stderr, /bad\.json: guards\.basic\.action: must be one of/);
  });
});
