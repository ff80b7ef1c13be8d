// `mcp-gateway stdio --name NAME -- COMMAND ARGS...` wraps one stdio server
// transparently: names unchanged, no meta tools.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { McpError } from '@modelcontextprotocol/sdk/types.js';

import {
  connectGateway, demoServerBin, everythingServer, listAll, textOf,
} from './lib/harness.mjs';

describe('stdio wrap of the demo server', () => {
  let gw;

  before(async () => {
    gw = await connectGateway(['stdio', '--name', 'demo', '--', demoServerBin]);
  });

  after(async () => {
    await gw?.close();
  });

  test('lists the upstream tools unprefixed and no meta tools', async () => {
    const tools = await listAll(gw.client, 'listTools', 'tools');
    assert.deepEqual(tools.map((t) => t.name), [
      'echo', 'add', 'sleep', 'pid', 'fail', 'big', 'env', 'sample', 'elicit', 'roots', 'add_tool',
      'log', 'touch', 'client_info', 'cancellations', 'read_file', 'deploy']);
    const add = tools.find((t) => t.name === 'add');
    assert.deepEqual(add.outputSchema, {
      type: 'object', properties: { sum: { type: 'number' } }, required: ['sum'],
    });
  });

  test('passes tool calls, structuredContent and tool errors', async () => {
    const echo = await gw.client.callTool({ name: 'echo', arguments: { message: 'wrapped' } });
    assert.equal(textOf(echo), 'wrapped');
    const add = await gw.client.callTool({ name: 'add', arguments: { a: 1.5, b: 2 } });
    assert.deepEqual(add.structuredContent, { sum: 3.5 });
    const fail = await gw.client.callTool({ name: 'fail', arguments: {} });
    assert.equal(fail.isError, true);
    await assert.rejects(gw.client.callTool({ name: 'get_metadata', arguments: {} }),
                         (err) => err instanceof McpError && err.code === -32602);
  });

  test('passes prompts unprefixed', async () => {
    const { prompts } = await gw.client.listPrompts();
    assert.deepEqual(prompts.map((p) => p.name), ['greeting']);
    const got = await gw.client.getPrompt({ name: 'greeting', arguments: { name: 'Bo' } });
    assert.equal(got.messages[0].content.text, 'Hello, Bo!');
  });

  test('passes resources and templates', async () => {
    const { resources } = await gw.client.listResources();
    assert.deepEqual(resources.map((r) => r.uri), ['demo://readme']);
    const { resourceTemplates } = await gw.client.listResourceTemplates();
    assert.deepEqual(resourceTemplates.map((t) => t.uriTemplate), ['demo://items/{id}']);
    const readme = await gw.client.readResource({ uri: 'demo://readme' });
    assert.equal(readme.contents[0].mimeType, 'text/plain');
    const item = await gw.client.readResource({ uri: 'demo://items/7' });
    assert.equal(item.contents[0].text, 'item 7');
  });

  test('passes a 4 MiB result intact', async () => {
    const big = await gw.client.callTool({ name: 'big', arguments: { bytes: 4 << 20 } });
    const text = textOf(big);
    assert.equal(text.length, 4 << 20);
    assert.ok(/^x+$/.test(text));
  });
});

describe('stdio wrap of server-everything', () => {
  let gw;

  before(async () => {
    const { command, args } = everythingServer();
    gw = await connectGateway(['stdio', '--name', 'everything', '--', command, ...args]);
  });

  after(async () => {
    await gw?.close();
  });

  test('passes echo unprefixed', async () => {
    const echo = await gw.client.callTool({ name: 'echo', arguments: { message: 'hey' } });
    assert.equal(textOf(echo), 'Echo: hey');
    const { prompts } = await gw.client.listPrompts();
    assert.ok(prompts.some((p) => p.name === 'simple-prompt'));
  });
});
