// The complete MCP protocol through the gateway, driven by the SDK client: capabilities,
// server-to-client requests (sampling, elicitation, roots) with ids remapped both ways,
// cancellation, logging, resource subscriptions, completions, paginated lists,
// list_changed, the tool deny policy and ping. Upstreams are demo servers
// (demo/demo_server.cc); see protocol_batch.test.mjs for raw stdio (protocol versions,
// batches) and protocol_everything.test.mjs for server-everything.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  CreateMessageRequestSchema, ElicitRequestSchema, ListRootsRequestSchema,
  ListToolsResultSchema, LoggingMessageNotificationSchema, McpError,
  ResourceUpdatedNotificationSchema, ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';

import {
  NotificationLog, connectGatewayWithConfig, demoServer, getMetadata, listAll, makeTempDir,
  removeTempDir, serverEntry, textOf, waitUntil, withTimeout, writeConfig,
} from './lib/harness.mjs';

const kClientCapabilities = { sampling: {}, elicitation: {}, roots: { listChanged: true } };
const kRoots = [{ uri: 'file:///tmp/mcpgw-it-root', name: 'it-root' }];

// Fails in 20 s rather than the SDK's default 60 s when an answer never comes.
async function call(client, name, args = {}) {
  return client.callTool({ name, arguments: args }, undefined, { timeout: 20_000 });
}

async function callText(client, name, args = {}) {
  const result = await call(client, name, args);
  assert.equal(result.isError ?? false, false, `${name}: ${textOf(result)}`);
  return textOf(result);
}

function isMcpError(code) {
  return (err) => {
    assert.ok(err instanceof McpError, `expected McpError ${code}, got ${err?.stack ?? err}`);
    assert.equal(err.code, code, `error code; message: ${err.message}`);
    return true;
  };
}

/**
 * The client side of server-to-client requests: records every request and answers
 * sampling with "answer to <prompt>", elicitation with accept/decline, roots with kRoots.
 * Special prompts: "please fail" -> error -1; "wait-for-cancel" -> waits until the
 * request is cancelled. hold (when set) is awaited before answering sampling.
 */
function installClientHandlers(client, state) {
  state.sampling = [];
  state.elicitation = [];
  state.rootsRequests = 0;
  state.samplingAborted = [];
  state.samplingStarted = [];
  client.setRequestHandler(CreateMessageRequestSchema, async (request, extra) => {
    const text = request.params.messages?.[0]?.content?.text;
    state.sampling.push(request.params);
    state.samplingStarted.forEach((f) => f(text));
    if (text === 'please fail') throw new McpError(-1, 'User rejected sampling request');
    if (text === 'wait-for-cancel') {
      await new Promise((resolve) => {
        if (extra.signal.aborted) return resolve();
        extra.signal.addEventListener('abort', resolve, { once: true });
      });
      state.samplingAborted.push(text);
    }
    if (state.hold) await state.hold(text);
    return {
      role: 'assistant', model: 'mcpgw-it-model', content: { type: 'text', text: `answer to ${text}` },
    };
  });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    state.elicitation.push(request.params);
    if (request.params.message === 'decline me') return { action: 'decline' };
    return { action: 'accept', content: { answer: 'blue' } };
  });
  client.setRequestHandler(ListRootsRequestSchema, async () => {
    state.rootsRequests++;
    return { roots: kRoots };
  });
}

describe('server-to-client requests, capabilities, cancellation, completion, ping', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  let client;
  const state = {};
  const clientErrors = [];

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await connectGatewayWithConfig(config, {
      capabilities: kClientCapabilities,
      beforeConnect: (c) => {
        installClientHandlers(c, state);
        c.onerror = (err) => clientErrors.push(err);
      },
    });
    client = gw.client;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('initialize advertises tools, prompts, resources.subscribe, logging, completions', () => {
    const caps = client.getServerCapabilities();
    assert.ok(caps.tools, `tools in ${JSON.stringify(caps)}`);
    assert.ok(caps.prompts, `prompts in ${JSON.stringify(caps)}`);
    assert.ok(caps.resources, `resources in ${JSON.stringify(caps)}`);
    assert.equal(caps.resources.subscribe, true, `resources.subscribe in ${JSON.stringify(caps)}`);
    assert.ok(caps.logging, `logging in ${JSON.stringify(caps)}`);
    assert.ok(caps.completions, `completions in ${JSON.stringify(caps)}`);
  });

  test('the gateway declares sampling, elicitation and roots to upstreams', async () => {
    const info = JSON.parse(await callText(client, 'demo_client_info'));
    assert.ok(info.capabilities?.sampling, `upstream saw ${JSON.stringify(info)}`);
    assert.ok(info.capabilities?.elicitation, `upstream saw ${JSON.stringify(info)}`);
    assert.ok(info.capabilities?.roots, `upstream saw ${JSON.stringify(info)}`);
  });

  test('ping', async () => {
    assert.deepEqual(await client.ping(), {});
  });

  test('sampling/createMessage from an upstream reaches the client and its answer goes back', async () => {
    const before = state.sampling.length;
    const text = await callText(client, 'demo_sample', { prompt: 'hello sampler' });
    assert.equal(text, 'answer to hello sampler');
    assert.equal(state.sampling.length, before + 1);
    const params = state.sampling.at(-1);
    assert.deepEqual(params.messages,
                     [{ role: 'user', content: { type: 'text', text: 'hello sampler' } }]);
    assert.equal(params.maxTokens, 100);
  });

  test('the client\'s error answer to sampling reaches the upstream', async () => {
    const result = await call(client, 'demo_sample', { prompt: 'please fail' });
    assert.equal(result.isError, true, `result: ${JSON.stringify(result)}`);
    assert.match(textOf(result), /User rejected sampling request/);
  });

  test('elicitation/create round trip (accept and decline)', async () => {
    assert.equal(await callText(client, 'demo_elicit', { message: 'favourite colour?' }), 'accept:blue');
    const params = state.elicitation.at(-1);
    assert.equal(params.message, 'favourite colour?');
    assert.deepEqual(params.requestedSchema, {
      type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'],
    });
    assert.equal(await callText(client, 'demo_elicit', { message: 'decline me' }), 'decline:');
  });

  test('roots/list round trip', async () => {
    const before = state.rootsRequests;
    assert.deepEqual(JSON.parse(await callText(client, 'demo_roots')), kRoots);
    assert.equal(state.rootsRequests, before + 1);
  });

  test('several sampling requests of one upstream at once keep their answers apart', async () => {
    const prompts = ['p1', 'p2', 'p3', 'p4'];
    const texts = await Promise.all(prompts.map((p) => callText(client, 'demo_sample', { prompt: p })));
    assert.deepEqual(texts, prompts.map((p) => `answer to ${p}`));
  });

  test('cancelling a call: notifications/cancelled reaches the upstream, the gateway stays healthy',
       async () => {
    const cancellationsBefore = Number(await callText(client, 'demo_cancellations'));
    const controller = new AbortController();
    let progressed;
    const firstProgress = new Promise((resolve) => { progressed = resolve; });
    // Two sleeps in flight; only the second is cancelled, with progress so we know it is
    // running upstream.
    const sleeping = call(client, 'demo_sleep', { ms: 1_500 });
    sleeping.catch(() => {});
    const cancelled = client.callTool(
      { name: 'demo_sleep', arguments: { ms: 10_000 } }, undefined,
      { signal: controller.signal, onprogress: () => progressed() });
    await withTimeout(firstProgress, 5_000, 'progress of the demo_sleep call to cancel');
    controller.abort();
    await assert.rejects(cancelled, (err) => {
      assert.match(`${err?.name} ${err?.message}`, /abort/i);
      return true;
    });
    // The demo server counts notifications/cancelled naming one of its in-flight calls:
    // it only matches if the gateway forwarded it with the id the upstream knows.
    await waitUntil(async () => Number(await callText(client, 'demo_cancellations')) ===
                                cancellationsBefore + 1,
                    { what: 'the demo server to see notifications/cancelled for its sleep call' });
    const again = await call(client, 'demo_sleep', { ms: 100 });
    assert.equal(textOf(again), 'slept 100');
    // The other sleep was not cancelled: it answers.
    assert.equal(textOf(await withTimeout(sleeping, 10_000, 'the uncancelled sleep')), 'slept 1500');
    assert.deepEqual(clientErrors.map(String), [], 'no stray messages (e.g. a response to the cancelled id)');
  });

  test('cancelling a call that waits for sampling cancels the sampling request at the client',
       async () => {
    // Beyond the explicit contract: the upstream's notifications/cancelled for its own
    // server-to-client request must reach the client with the id the client knows.
    const controller = new AbortController();
    const started = new Promise((resolve) => {
      state.samplingStarted.push((text) => { if (text === 'wait-for-cancel') resolve(); });
    });
    const pending = client.callTool(
      { name: 'demo_sample', arguments: { prompt: 'wait-for-cancel' } }, undefined,
      { signal: controller.signal });
    pending.catch(() => {});
    await withTimeout(started, 5_000, 'the sampling request to reach the client');
    controller.abort();
    await assert.rejects(pending);
    await waitUntil(() => state.samplingAborted.includes('wait-for-cancel'), {
      what: 'notifications/cancelled for the sampling request at the client',
    });
    assert.equal(await callText(client, 'demo_echo', { message: 'alive' }), 'alive');
  });

  test('completion/complete for a prompt is routed by the exposed prompt name', async () => {
    const got = await client.complete({
      ref: { type: 'ref/prompt', name: 'demo_greeting' }, argument: { name: 'name', value: 'Al' },
    });
    assert.deepEqual(got.completion.values, ['Alice', 'Albert']);
    const bob = await client.complete({
      ref: { type: 'ref/prompt', name: 'demo_greeting' }, argument: { name: 'name', value: 'B' },
    });
    assert.deepEqual(bob.completion.values, ['Bob']);
  });

  test('completion/complete for a resource template is routed by URI', async () => {
    const all = await client.complete({
      ref: { type: 'ref/resource', uri: 'demo://items/{id}' }, argument: { name: 'id', value: '' },
    });
    assert.deepEqual(all.completion.values, ['1', '2', '3']);
    const two = await client.complete({
      ref: { type: 'ref/resource', uri: 'demo://items/{id}' }, argument: { name: 'id', value: '2' },
    });
    assert.deepEqual(two.completion.values, ['2']);
  });

  test('completion/complete for an unknown prompt is an error', async () => {
    await assert.rejects(client.complete({
      ref: { type: 'ref/prompt', name: 'nosuch_greeting' }, argument: { name: 'name', value: '' },
    }), (err) => err instanceof McpError);
  });
});

describe('a client without sampling, elicitation and roots', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await connectGatewayWithConfig(config);  // capabilities {}
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  for (const [tool, args] of [['demo_sample', { prompt: 'x' }], ['demo_elicit', { message: 'x' }],
                              ['demo_roots', {}]]) {
    test(`${tool}: the upstream gets an error at once, the call is a tool error`, async () => {
      // "At once": well inside a second, where a request left waiting would take the 60 s timeout.
      const started = Date.now();
      const result = await withTimeout(call(gw.client, tool, args), 1_000, `${tool} to fail`);
      assert.equal(result.isError, true, `result: ${JSON.stringify(result)}`);
      assert.ok(Date.now() - started < 1_000, `answered after ${Date.now() - started} ms`);
    });
  }

  test('the gateway is still healthy', async () => {
    assert.equal(await callText(gw.client, 'demo_echo', { message: 'ok' }), 'ok');
  });
});

describe('two upstreams a and b: logging, subscriptions, templates, concurrent sampling', { timeout: 120_000 }, () => {
  let dir;
  let gw;
  let client;
  let logs;
  let updates;
  const state = {};

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, {
      a: demoServer('--name', 'a'),
      b: demoServer('--name', 'b'),
    });
    gw = await connectGatewayWithConfig(config, {
      capabilities: kClientCapabilities,
      beforeConnect: (c) => {
        installClientHandlers(c, state);
        logs = new NotificationLog(c, LoggingMessageNotificationSchema);
        updates = new NotificationLog(c, ResourceUpdatedNotificationSchema);
      },
    });
    client = gw.client;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('logging/setLevel applies to every upstream; messages carry "<server>/<logger>"', async () => {
    await client.setLoggingLevel('debug');
    assert.equal(await callText(client, 'a_log', { level: 'debug', message: 'debug from a' }), 'logged');
    assert.equal(await callText(client, 'b_log', { level: 'debug', message: 'debug from b' }), 'logged');
    const fromA = await logs.waitFor((n) => n.params.data === 'debug from a', { what: 'log from a' });
    assert.equal(fromA.params.logger, 'a/demo');
    assert.equal(fromA.params.level, 'debug');
    const fromB = await logs.waitFor((n) => n.params.data === 'debug from b', { what: 'log from b' });
    assert.equal(fromB.params.logger, 'b/demo');

    await client.setLoggingLevel('error');
    assert.equal(await callText(client, 'a_log', { level: 'warning', message: 'w' }), 'filtered');
    assert.equal(await callText(client, 'b_log', { level: 'warning', message: 'w' }), 'filtered');
    assert.equal(await callText(client, 'b_log', { level: 'critical', message: 'crit from b' }), 'logged');
    const crit = await logs.waitFor((n) => n.params.data === 'crit from b', { what: 'critical log' });
    assert.equal(crit.params.level, 'critical');
    assert.equal(crit.params.logger, 'b/demo');

    // A message without a logger is attributed to the server alone.
    assert.equal(await callText(client, 'a_log', { level: 'error', message: 'anonymous', logger: '' }),
                 'logged');
    const anonymous = await logs.waitFor((n) => n.params.data === 'anonymous', { what: 'log without logger' });
    assert.equal(anonymous.params.logger, 'a');
  });

  test('resource templates of both upstreams are listed', async () => {
    const templates = await listAll(client, 'listResourceTemplates', 'resourceTemplates');
    const uris = templates.map((t) => t.uriTemplate);
    assert.ok(uris.includes('a://items/{id}'), uris.join(', '));
    assert.ok(uris.includes('b://items/{id}'), uris.join(', '));
  });

  test('resources/subscribe is routed by URI; updates reach the subscribed client', async () => {
    await client.subscribeResource({ uri: 'b://readme' });
    assert.equal(await callText(client, 'b_touch', { uri: 'b://readme' }), 'notified');
    const update = await updates.waitFor((n) => n.params.uri === 'b://readme',
                                         { what: 'resources/updated b://readme' });
    assert.deepEqual(update.params, { uri: 'b://readme' });
    // Routed to b only: a was not asked to subscribe b's URI nor its own.
    assert.equal(await callText(client, 'a_touch', { uri: 'a://readme' }), 'not subscribed');
    assert.equal(await callText(client, 'a_touch', { uri: 'b://readme' }), 'not subscribed');

    // A URI that matches a's template.
    await client.subscribeResource({ uri: 'a://items/5' });
    assert.equal(await callText(client, 'a_touch', { uri: 'a://items/5' }), 'notified');
    await updates.waitFor((n) => n.params.uri === 'a://items/5', { what: 'resources/updated a://items/5' });
  });

  test('resources/unsubscribe stops the updates', async () => {
    await client.unsubscribeResource({ uri: 'b://readme' });
    const seen = updates.matching((n) => n.params.uri === 'b://readme').length;
    // The last subscriber left: the gateway forwarded the unsubscribe before answering it, so the
    // upstream no longer has the subscription.
    const touched = await callText(client, 'b_touch', { uri: 'b://readme' });
    assert.equal(touched, 'not subscribed');
    // A round trip through the same upstream after the touch: an update forwarded in
    // order would have arrived by now.
    assert.equal(await callText(client, 'b_echo', { message: 'after' }), 'after');
    assert.equal(updates.matching((n) => n.params.uri === 'b://readme').length, seen,
                 `an update for an unsubscribed URI reached the client (upstream said ${touched})`);
  });

  test('completion/complete is routed to the prompt\'s upstream', async () => {
    const got = await client.complete({
      ref: { type: 'ref/prompt', name: 'b_greeting' }, argument: { name: 'name', value: 'Al' },
    });
    assert.deepEqual(got.completion.values, ['Alice', 'Albert']);
    const item = await client.complete({
      ref: { type: 'ref/resource', uri: 'b://items/{id}' }, argument: { name: 'id', value: '3' },
    });
    assert.deepEqual(item.completion.values, ['3']);
  });

  test('two upstreams sampling at once each get their own answer', async () => {
    // Both demo servers number their requests from 1, so the two sampling requests
    // carry the same upstream id: the gateway must remap them. The client answers
    // neither until both have arrived (or 5 s have passed), so they are in flight together.
    let release;
    const bothArrived = new Promise((resolve) => { release = resolve; });
    const arrived = [];
    let inFlight = 0;
    let maxInFlight = 0;
    state.hold = async (text) => {
      arrived.push(text);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (arrived.length >= 2) release();
      await withTimeout(bothArrived, 5_000, 'both sampling requests').catch(() => {});
      inFlight--;
    };
    try {
      const [a, b] = await Promise.all([
        callText(client, 'a_sample', { prompt: 'from-a' }),
        callText(client, 'b_sample', { prompt: 'from-b' }),
      ]);
      assert.equal(a, 'answer to from-a');
      assert.equal(b, 'answer to from-b');
      assert.deepEqual(arrived.sort(), ['from-a', 'from-b']);
      assert.equal(maxInFlight, 2, 'both sampling requests were at the client at the same time');
    } finally {
      state.hold = undefined;
    }
  });
});

describe('paginated lists (--page-size 10) and list_changed', { timeout: 60_000 }, () => {
  const kExtraTools = 25;
  let dir;
  let gw;
  let client;
  let listChanged;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer('--tools', String(kExtraTools)) });
    gw = await connectGatewayWithConfig(config, {
      args: ['--page-size', '10'],
      beforeConnect: (c) => { listChanged = new NotificationLog(c, ToolListChangedNotificationSchema); },
    });
    client = gw.client;
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('tools/list comes in pages of 10 whose concatenation has every tool exactly once', async () => {
    const pages = [];
    let cursor;
    do {
      const page = await client.request(
        { method: 'tools/list', params: cursor === undefined ? {} : { cursor } }, ListToolsResultSchema);
      pages.push(page.tools.map((t) => t.name));
      cursor = page.nextCursor;
      assert.ok(pages.length <= 100, 'too many pages');
    } while (cursor !== undefined);
    const names = pages.flat();
    assert.ok(pages.length >= 4, `pages: ${JSON.stringify(pages)}`);
    pages.slice(0, -1).forEach((p, i) => assert.equal(p.length, 10, `page ${i}: ${p.join(', ')}`));
    assert.ok(pages.at(-1).length >= 1 && pages.at(-1).length <= 10);
    assert.equal(new Set(names).size, names.length, `duplicates in ${names.join(', ')}`);

    const demo = serverEntry(await getMetadata(client), 'demo');
    const expected = demo.tools.map((t) => `demo_${t.name}`);
    assert.equal(expected.length, 17 + kExtraTools);
    for (const name of expected) assert.ok(names.includes(name), `${name} missing`);
    assert.ok(names.includes('get_metadata'));
    // Same result through listTools({cursor}).
    assert.deepEqual(await listAll(client, 'listTools', 'tools').then((t) => t.map((x) => x.name)), names);
  });

  test('a garbage cursor is error -32602', async () => {
    await assert.rejects(client.listTools({ cursor: 'not-a-cursor-!!' }), isMcpError(-32602));
    await assert.rejects(client.listPrompts({ cursor: 'garbage' }), isMcpError(-32602));
    await assert.rejects(client.listResources({ cursor: 'garbage' }), isMcpError(-32602));
  });

  test('prompts/list fits in one page', async () => {
    const { prompts, nextCursor } = await client.listPrompts();
    assert.deepEqual(prompts.map((p) => p.name), ['demo_greeting']);
    assert.equal(nextCursor, undefined);
  });

  test('notifications/tools/list_changed from an upstream reaches the client; the new tool is listed',
       async () => {
    assert.equal(await callText(client, 'demo_add_tool', { name: 'fresh' }), 'added fresh');
    await listChanged.waitFor(() => true, { what: 'notifications/tools/list_changed' });
    const names = (await listAll(client, 'listTools', 'tools')).map((t) => t.name);
    assert.ok(names.includes('demo_fresh'), `demo_fresh missing from ${names.join(', ')}`);
    assert.equal(new Set(names).size, names.length, 'duplicates after list_changed');
    assert.equal(await callText(client, 'demo_fresh', { message: 'new tool' }), 'new tool');
  });
});

describe('tool deny policy (--deny-tool)', { timeout: 60_000 }, () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await connectGatewayWithConfig(config, {
      args: ['--deny-tool', 'demo/sleep', '--deny-tool', 'demo/b*'],
    });
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  // A blocked tools/call is a valid result with isError and the reason code, so the model can
  // read and explain it (docs/guards.md).
  async function assertDenied(promise) {
    const result = await promise;
    assert.equal(result.isError, true, JSON.stringify(result));
    assert.equal(result.structuredContent?.reason, 'policy.tool_denied', JSON.stringify(result));
    assert.match(textOf(result), /reason: policy\.tool_denied/);
  }

  test('a denied tool is an isError result with reason policy.tool_denied', async () => {
    await assertDenied(call(gw.client, 'demo_sleep', { ms: 1 }));
  });

  test('glob patterns match "<server>/<tool>"', async () => {
    await assertDenied(call(gw.client, 'demo_big', { bytes: 1 }));
    assert.equal(await callText(gw.client, 'demo_echo', { message: 'allowed' }), 'allowed');
    assert.equal(await callText(gw.client, 'demo_add', { a: 1, b: 1 }), '2');
  });

  test('run_tool does not bypass the policy', async () => {
    await assertDenied(
      call(gw.client, 'run_tool', { server_name: 'demo', tool_name: 'sleep', arguments: { ms: 1 } }));
  });
});
