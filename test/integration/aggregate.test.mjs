// One gateway in front of four real upstreams: server-everything, server-filesystem,
// server-memory and the demo server (plus a paginating demo server). Checks tool, prompt
// and resource aggregation, routing, the meta tools and verbatim passthrough.

import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { McpError } from '@modelcontextprotocol/sdk/types.js';

import {
  connectGatewayWithConfig, demoServer, everythingServer, filesystemServer, getMetadata,
  listAll, makeTempDir, memoryServer, removeTempDir, serverEntry, textOf, writeConfig,
} from './lib/harness.mjs';

const kPagedTools = 25;
const kDemoTools = ['echo', 'add', 'sleep', 'pid', 'fail', 'big', 'env', 'sample', 'elicit', 'roots',
                    'add_tool', 'log', 'touch', 'client_info', 'cancellations', 'read_file', 'deploy'];

describe('gateway aggregating four upstreams', () => {
  let dir;
  let filesDir;
  let gw;
  let client;

  before(async () => {
    dir = await makeTempDir();
    filesDir = path.join(dir, 'files');
    await mkdir(filesDir);
    await writeFile(path.join(filesDir, 'hello.txt'), 'hello from the filesystem\n');
    const config = await writeConfig(dir, {
      everything: everythingServer(),
      filesystem: filesystemServer(filesDir),
      memory: memoryServer(path.join(dir, 'memory.jsonl')),
      demo: demoServer(),
      paged: demoServer('--name', 'paged', '--page-size', '3', '--tools', String(kPagedTools)),
    });
    gw = await connectGatewayWithConfig(config);
    client = gw.client;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('lists prefixed tools of every upstream plus the meta tools', async () => {
    const names = new Set((await listAll(client, 'listTools', 'tools')).map((t) => t.name));
    for (const name of [
      'get_metadata', 'run_tool',
      'everything_echo', 'everything_get-sum',
      'filesystem_read_text_file', 'filesystem_list_directory',
      'memory_create_entities', 'memory_read_graph',
      'demo_echo', 'demo_add', 'demo_sleep', 'demo_pid',
    ]) {
      assert.ok(names.has(name), `tool ${name} missing from ${[...names].join(', ')}`);
    }
    assert.ok(!names.has('echo'), 'unprefixed upstream tool name leaked');
  });

  test('collects every page of a paginating upstream', async () => {
    const tools = await listAll(client, 'listTools', 'tools');
    const names = tools.map((t) => t.name);
    assert.equal(new Set(names).size, names.length, 'duplicate tool names');
    const paged = names.filter((n) => n.startsWith('paged_'));
    assert.equal(paged.length, kDemoTools.length + kPagedTools, `paged tools: ${paged.join(', ')}`);
    assert.ok(names.includes('paged_tool_0001'));
    assert.ok(names.includes(`paged_tool_00${kPagedTools}`));
  });

  test('passes inputSchema, outputSchema, annotations, title and description verbatim', async () => {
    const tools = await listAll(client, 'listTools', 'tools');
    const add = tools.find((t) => t.name === 'demo_add');
    assert.ok(add, 'demo_add listed');
    assert.equal(add.title, 'Add');
    assert.equal(add.description, 'Adds two numbers.');
    assert.deepEqual(add.inputSchema, {
      type: 'object',
      properties: {
        a: { type: 'number', description: 'First addend' },
        b: { type: 'number', description: 'Second addend' },
      },
      required: ['a', 'b'],
    });
    assert.deepEqual(add.outputSchema, {
      type: 'object', properties: { sum: { type: 'number' } }, required: ['sum'],
    });
    const echo = tools.find((t) => t.name === 'demo_echo');
    assert.deepEqual(echo.annotations, { readOnlyHint: true });
    assert.equal(echo.title, 'Echo');
  });

  test('demo add returns structuredContent through the gateway', async () => {
    const result = await client.callTool({ name: 'demo_add', arguments: { a: 2, b: 3 } });
    assert.equal(result.isError ?? false, false);
    assert.equal(textOf(result), '5');
    assert.deepEqual(result.structuredContent, { sum: 5 });
  });

  test('calls everything echo and get-sum', async () => {
    const echo = await client.callTool({ name: 'everything_echo', arguments: { message: 'hi' } });
    assert.equal(textOf(echo), 'Echo: hi');
    const sum = await client.callTool({ name: 'everything_get-sum', arguments: { a: 2, b: 40 } });
    assert.match(textOf(sum), /\b42\b/);
  });

  test('reads a file through server-filesystem', async () => {
    const result = await client.callTool({
      name: 'filesystem_read_text_file',
      arguments: { path: path.join(filesDir, 'hello.txt') },
    });
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.match(textOf(result), /hello from the filesystem/);
  });

  test('creates and reads entities through server-memory', async () => {
    const created = await client.callTool({
      name: 'memory_create_entities',
      arguments: {
        entities: [{ name: 'Ada', entityType: 'person', observations: ['writes tests'] }],
      },
    });
    assert.equal(created.isError ?? false, false, textOf(created));
    const graph = await client.callTool({ name: 'memory_read_graph', arguments: {} });
    assert.match(textOf(graph), /"Ada"/);
    assert.match(textOf(graph), /writes tests/);
  });

  test('get_metadata reports every upstream active with original names', async () => {
    const result = await client.callTool({ name: 'get_metadata', arguments: {} });
    assert.equal(result.isError ?? false, false);
    assert.deepEqual(JSON.parse(textOf(result)), result.structuredContent,
                     'text block is the structuredContent as JSON');
    const metadata = result.structuredContent;
    for (const name of ['everything', 'filesystem', 'memory', 'demo', 'paged']) {
      const entry = serverEntry(metadata, name);
      assert.ok(entry, `server ${name} in get_metadata`);
      assert.equal(entry.status, 'active', `${name}: ${entry.error ?? ''}`);
      assert.equal(typeof entry.transport, 'string');
    }
    const demo = serverEntry(metadata, 'demo');
    assert.equal(demo.serverInfo?.name, 'demo');
    assert.equal(demo.serverInfo?.version, '1.0.0');
    assert.equal(typeof demo.protocolVersion, 'string');
    assert.deepEqual(demo.tools.map((t) => t.name), kDemoTools);
    assert.deepEqual(demo.prompts.map((p) => p.name), ['greeting']);
    assert.deepEqual(demo.resources.map((r) => r.uri), ['demo://readme']);
    assert.deepEqual(demo.resourceTemplates.map((r) => r.uriTemplate), ['demo://items/{id}']);
    const everything = serverEntry(metadata, 'everything');
    assert.ok(everything.tools.some((t) => t.name === 'get-sum'));
    assert.equal(serverEntry(metadata, 'paged').tools.length, kDemoTools.length + kPagedTools);
    assert.ok(serverEntry(metadata, 'memory').tools.some((t) => t.name === 'read_graph'));
  });

  test('run_tool calls an upstream tool by its original name', async () => {
    const result = await client.callTool({
      name: 'run_tool',
      arguments: { server_name: 'demo', tool_name: 'echo', arguments: { message: 'via run_tool' } },
    });
    assert.equal(result.isError ?? false, false, textOf(result));
    assert.equal(textOf(result), 'via run_tool');
    const sum = await client.callTool({
      name: 'run_tool',
      arguments: { server_name: 'everything', tool_name: 'get-sum', arguments: { a: 1, b: 2 } },
    });
    assert.match(textOf(sum), /\b3\b/);
  });

  test('tool errors pass through as isError results', async () => {
    const result = await client.callTool({ name: 'demo_fail', arguments: {} });
    assert.equal(result.isError, true);
    assert.equal(textOf(result), 'demo failure');
  });

  test('unknown tool is JSON-RPC error -32602', async () => {
    await assert.rejects(
      client.callTool({ name: 'demo_no_such_tool', arguments: {} }),
      (err) => err instanceof McpError && err.code === -32602);
    await assert.rejects(
      client.callTool({ name: 'nosuchserver_echo', arguments: { message: 'x' } }),
      (err) => err instanceof McpError && err.code === -32602);
  });

  test('lists and gets prompts with the server prefix', async () => {
    const prompts = await listAll(client, 'listPrompts', 'prompts');
    const names = prompts.map((p) => p.name);
    assert.ok(names.includes('demo_greeting'), names.join(', '));
    assert.ok(names.includes('everything_simple-prompt'), names.join(', '));
    const greeting = prompts.find((p) => p.name === 'demo_greeting');
    assert.deepEqual(greeting.arguments, [{ name: 'name', description: 'Who to greet', required: true }]);

    const got = await client.getPrompt({ name: 'demo_greeting', arguments: { name: 'Ann' } });
    assert.deepEqual(got.messages, [{ role: 'user', content: { type: 'text', text: 'Hello, Ann!' } }]);

    const args = await client.getPrompt({ name: 'everything_args-prompt', arguments: { city: 'Paris' } });
    assert.match(JSON.stringify(args.messages), /Paris/);

    await assert.rejects(client.getPrompt({ name: 'demo_nope', arguments: {} }),
                         (err) => err instanceof McpError);
  });

  test('lists resources and templates and routes reads by URI', async () => {
    const resources = await listAll(client, 'listResources', 'resources');
    const uris = resources.map((r) => r.uri);
    assert.ok(uris.includes('demo://readme'), uris.join(', '));
    assert.ok(uris.includes('memory://knowledge-graph'), uris.join(', '));
    const templates = await listAll(client, 'listResourceTemplates', 'resourceTemplates');
    assert.ok(templates.some((t) => t.uriTemplate === 'demo://items/{id}'),
              templates.map((t) => t.uriTemplate).join(', '));

    const readme = await client.readResource({ uri: 'demo://readme' });
    assert.equal(readme.contents.length, 1);
    assert.equal(readme.contents[0].uri, 'demo://readme');
    assert.equal(readme.contents[0].mimeType, 'text/plain');
    assert.match(readme.contents[0].text, /demo/);

    const item = await client.readResource({ uri: 'demo://items/7' });
    assert.equal(item.contents[0].text, 'item 7');

    const everythingUri = uris.find((u) => u.startsWith('demo://resource/static/'));
    assert.ok(everythingUri, 'server-everything lists static resources');
    const doc = await client.readResource({ uri: everythingUri });
    assert.equal(doc.contents[0].uri, everythingUri);
  });

  test('forwards progress notifications of a long call', async () => {
    const progress = [];
    const result = await client.callTool(
      { name: 'demo_sleep', arguments: { ms: 260 } }, undefined,
      { onprogress: (p) => progress.push(p) });
    assert.equal(textOf(result), 'slept 260');
    assert.ok(progress.length >= 2, `progress notifications: ${JSON.stringify(progress)}`);
    assert.equal(progress[0].total, 6);
  });
});
