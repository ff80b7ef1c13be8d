// The gateway served over HTTP (--transport http): the official SDK client over Streamable
// HTTP and over the legacy HTTP+SSE transport, in front of server-everything and the demo
// server; raw HTTP for what the SDK does not show (status codes, headers, event ids,
// Last-Event-ID resumption, DNS-rebinding protection); bearer-token / API-key auth.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { CreateMessageRequestSchema } from '@modelcontextprotocol/sdk/types.js';

import {
  HTTP_ARGS, connectHttpClient, demoServer, everythingServer, getMetadata, listAll,
  makeTempDir, rawHttp, readSseEvents, removeTempDir, serverEntry, startHttpGateway, textOf,
  waitUntil, withTimeout, writeConfig,
} from './lib/harness.mjs';

const LATEST = '2025-11-25';

/** Headers of a Streamable HTTP POST; sid and version are added when given. */
function postHeaders(sid, version = LATEST, extra = {}) {
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json, text/event-stream',
    ...(sid ? { 'Mcp-Session-Id': sid } : {}),
    ...(version ? { 'MCP-Protocol-Version': version } : {}),
    ...extra,
  };
}

function initializeRequest(version = LATEST, id = 'init') {
  return {
    jsonrpc: '2.0', id, method: 'initialize',
    params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'mcpgw-it-raw', version: '1.0.0' } },
  };
}

/** initialize + notifications/initialized with fetch; resolves the session id. */
async function rawInitialize(url, version = LATEST) {
  const response = await fetch(url, {
    method: 'POST', headers: postHeaders(undefined, undefined), body: JSON.stringify(initializeRequest(version)),
  });
  assert.equal(response.status, 200, await response.clone().text());
  assert.match(response.headers.get('content-type'), /application\/json/);
  const body = await response.json();
  assert.equal(body.result.protocolVersion, version);
  const sid = response.headers.get('mcp-session-id');
  assert.match(sid, /^[0-9a-f]{64}$/);
  const initialized = await fetch(url, {
    method: 'POST', headers: postHeaders(sid, version),
    body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
  });
  assert.equal(initialized.status, 202);
  return sid;
}

/** "s3_17" -> { stream: "s3", number: 17 } */
function splitEventId(id) {
  const m = /^(.+)_(\d+)$/.exec(id ?? '');
  assert.ok(m, `event id ${id} is not <stream>_<n>`);
  return { stream: m[1], number: Number(m[2]) };
}

describe('gateway over HTTP in front of server-everything and the demo server', () => {
  let dir;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    const config = await writeConfig(dir, { everything: everythingServer(), demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS]);
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('/healthz and /readyz answer 200', async () => {
    const health = await fetch(`${gw.base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${gw.base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready' });
  });

  for (const kind of ['streamable', 'sse']) {
    test(`SDK client over ${kind === 'sse' ? 'legacy HTTP+SSE' : 'Streamable HTTP'}: tools, ` +
         'get_metadata, prompts, resources, progress', async () => {
      const url = kind === 'sse' ? `${gw.base}/sse` : gw.url;
      const { client, close } = await connectHttpClient(url, { kind });
      try {
        const names = new Set((await listAll(client, 'listTools', 'tools')).map((t) => t.name));
        for (const name of ['get_metadata', 'everything_echo', 'demo_echo', 'demo_add', 'demo_sleep']) {
          assert.ok(names.has(name), `${name} missing from ${[...names].join(', ')}`);
        }

        const echo = await client.callTool({ name: 'everything_echo', arguments: { message: `hi ${kind}` } });
        assert.match(textOf(echo), new RegExp(`hi ${kind}`));
        const demoEcho = await client.callTool({ name: 'demo_echo', arguments: { message: `demo ${kind}` } });
        assert.equal(textOf(demoEcho), `demo ${kind}`);
        const add = await client.callTool({ name: 'demo_add', arguments: { a: 2, b: 40 } });
        assert.deepEqual(add.structuredContent, { sum: 42 });

        const metadata = await getMetadata(client);
        assert.equal(serverEntry(metadata, 'demo')?.status, 'active');
        assert.equal(serverEntry(metadata, 'everything')?.status, 'active');

        const prompt = await client.getPrompt({ name: 'demo_greeting', arguments: { name: 'Ann' } });
        assert.equal(prompt.messages[0].content.text, 'Hello, Ann!');
        const everythingPrompt = await client.getPrompt({ name: 'everything_simple-prompt', arguments: {} });
        assert.ok(everythingPrompt.messages.length > 0);

        const readme = await client.readResource({ uri: 'demo://readme' });
        assert.equal(readme.contents[0].mimeType, 'text/plain');
        const item = await client.readResource({ uri: 'demo://items/7' });
        assert.equal(item.contents[0].text, 'item 7');

        const progress = [];
        const slept = await client.callTool({ name: 'demo_sleep', arguments: { ms: 300 } }, undefined, {
          onprogress: (p) => progress.push(p.progress),
        });
        assert.equal(textOf(slept), 'slept 300');
        assert.ok(progress.length >= 3, `progress: ${JSON.stringify(progress)}`);
        for (let i = 1; i < progress.length; i++) assert.ok(progress[i] > progress[i - 1], `${progress}`);
      } finally {
        await close();
      }
    });
  }

  test('a POST whose answer is the only event is application/json; with progress it is ' +
       'text/event-stream with a priming event and <stream>_<n> ids', async () => {
    const sid = await rawInitialize(gw.url);
    const plain = await fetch(gw.url, {
      method: 'POST', headers: postHeaders(sid),
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'demo_echo', arguments: { message: 'j' } } }),
    });
    assert.equal(plain.status, 200);
    assert.match(plain.headers.get('content-type'), /application\/json/);
    assert.equal((await plain.json()).result.content[0].text, 'j');

    const streamed = await fetch(gw.url, {
      method: 'POST', headers: postHeaders(sid),
      body: JSON.stringify({
        jsonrpc: '2.0', id: 2, method: 'tools/call',
        params: { name: 'demo_sleep', arguments: { ms: 150 }, _meta: { progressToken: 'tok' } },
      }),
    });
    assert.equal(streamed.status, 200);
    assert.match(streamed.headers.get('content-type'), /text\/event-stream/);
    const events = [];
    for await (const event of readSseEvents(streamed)) events.push(event);
    assert.equal(events[0].data, '', 'first event is the priming event (empty data)');
    const ids = events.map((e) => splitEventId(e.id));
    assert.ok(ids.every((id) => id.stream === ids[0].stream), JSON.stringify(events));
    assert.deepEqual(ids.map((id) => id.number), ids.map((_, i) => i));
    const messages = events.slice(1).map((e) => JSON.parse(e.data));
    assert.ok(messages.slice(0, -1).every((m) => m.method === 'notifications/progress' &&
                                              m.params.progressToken === 'tok'), JSON.stringify(messages));
    assert.equal(messages.at(-1).id, 2);
    assert.equal(messages.at(-1).result.content[0].text, 'slept 150');
    await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
  });

  test('protocol errors: 400 without Mcp-Session-Id or with an unsupported version, 404 for ' +
       'an unknown session, 406 for a bad Accept, 415 for a bad Content-Type', async () => {
    const sid = await rawInitialize(gw.url);
    const list = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const noSession = await fetch(gw.url, { method: 'POST', headers: postHeaders(undefined), body: list });
    assert.equal(noSession.status, 400);
    const badVersion = await fetch(gw.url, { method: 'POST', headers: postHeaders(sid, '1999-01-01'), body: list });
    assert.equal(badVersion.status, 400);
    const unknown = await fetch(gw.url, { method: 'POST', headers: postHeaders('0'.repeat(64)), body: list });
    assert.equal(unknown.status, 404);
    const badAccept = await fetch(gw.url, {
      method: 'POST', headers: postHeaders(sid, LATEST, { Accept: 'application/json' }), body: list,
    });
    assert.equal(badAccept.status, 406);
    const badType = await fetch(gw.url, {
      method: 'POST', headers: postHeaders(sid, LATEST, { 'Content-Type': 'text/plain' }), body: list,
    });
    assert.equal(badType.status, 415);
    const ok = await fetch(gw.url, { method: 'POST', headers: postHeaders(sid), body: list });
    assert.equal(ok.status, 200);
    await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
  });

  test('DELETE ends a session: its id then gets 404, and the SDK client reports the 404 ' +
       '(it does not re-initialize by itself); a new client works', async () => {
    const first = await connectHttpClient(gw.url);
    try {
      const sid = first.transport.sessionId;
      assert.match(sid, /^[0-9a-f]{64}$/);
      await first.client.listTools();

      const deleted = await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
      assert.equal(deleted.status, 200);
      const reused = await fetch(gw.url, {
        method: 'POST', headers: postHeaders(sid),
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      assert.equal(reused.status, 404);
      const again = await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
      assert.equal(again.status, 404);

      // SDK 1.32.2: StreamableHTTPError with code 404; the session id is kept, no new
      // initialize is sent.
      await assert.rejects(first.client.listTools(), (err) => err.code === 404);
      assert.equal(first.transport.sessionId, sid);
    } finally {
      await first.close();
    }
    const second = await connectHttpClient(gw.url);
    try {
      const echo = await second.client.callTool({ name: 'demo_echo', arguments: { message: 'fresh' } });
      assert.equal(textOf(echo), 'fresh');
    } finally {
      await second.close();
    }
  });

  /**
   * POSTs demo sleep 1000 ms with a progress token, reads the priming event and the first
   * progress event, drops the connection, then GETs with Last-Event-ID = that event's id.
   * Resolves { seen (the progress message read), lastId, rest (events of the resumed stream up
   * to the result), conflicts (409 answers before the gateway noticed the drop) }.
   */
  async function dropAndResume() {
    const sid = await rawInitialize(gw.url);
    const controller = new AbortController();
    const response = await fetch(gw.url, {
      method: 'POST', headers: postHeaders(sid), signal: controller.signal,
      body: JSON.stringify({
        jsonrpc: '2.0', id: 7, method: 'tools/call',
        params: { name: 'demo_sleep', arguments: { ms: 1000 }, _meta: { progressToken: 'resume' } },
      }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /text\/event-stream/);
    const events = readSseEvents(response);
    const priming = (await events.next()).value;
    assert.equal(priming.data, '');
    const firstProgress = (await events.next()).value;
    const seen = JSON.parse(firstProgress.data);
    assert.equal(seen.method, 'notifications/progress');
    controller.abort();
    await events.return().catch(() => {});

    // Until the gateway notices the dropped connection (its next write fails), the stream is
    // still attached and a second reader gets 409.
    let conflicts = 0;
    const resumed = await waitUntil(async () => {
      const r = await fetch(gw.url, {
        method: 'GET',
        headers: {
          Accept: 'text/event-stream', 'Mcp-Session-Id': sid, 'MCP-Protocol-Version': LATEST,
          'Last-Event-ID': firstProgress.id,
        },
      });
      if (r.status === 409) {
        conflicts++;
        await r.body?.cancel();
        return null;
      }
      return r;
    }, { timeoutMs: 5_000, intervalMs: 20, what: 'GET with Last-Event-ID to be accepted' });
    assert.equal(resumed.status, 200);
    assert.match(resumed.headers.get('content-type'), /text\/event-stream/);
    const rest = [];
    await withTimeout((async () => {
      for await (const event of readSseEvents(resumed)) {
        rest.push(event);
        if (event.data && JSON.parse(event.data).id === 7) break;
      }
    })(), 10_000, 'the resumed events');
    await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
    return { seen, lastId: splitEventId(firstProgress.id), rest, conflicts };
  }

  test('a dropped SSE stream resumes with GET and Last-Event-ID: the remaining events and ' +
       'the result arrive', async (t) => {
    const { seen, lastId, rest, conflicts } = await dropAndResume();
    if (conflicts) t.diagnostic(`${conflicts} GET(s) got 409 before the gateway noticed the drop`);
    const data = rest.filter((e) => e.data !== '');  // without priming events
    assert.ok(data.length >= 2, JSON.stringify(rest));
    const ids = data.map((e) => splitEventId(e.id));
    assert.ok(ids.every((id) => id.stream === lastId.stream), JSON.stringify(rest));
    assert.deepEqual(ids.map((id) => id.number), ids.map((_, i) => lastId.number + 1 + i),
                     'the events right after Last-Event-ID, none lost or repeated');
    const messages = data.map((e) => JSON.parse(e.data));
    const progress = messages.filter((m) => m.method === 'notifications/progress');
    assert.ok(progress.length >= 1);
    assert.ok(progress.every((m) => m.params.progressToken === 'resume' &&
                                    m.params.progress > seen.params.progress), JSON.stringify(progress));
    const result = messages.at(-1);
    assert.equal(result.id, 7);
    assert.equal(result.result.content[0].text, 'slept 1000');
  });

  test('a resumed stream does not rewind the event id: no priming event with an id before ' +
       'Last-Event-ID', async () => {
    const { lastId, rest } = await dropAndResume();
    for (const event of rest) {
      assert.ok(splitEventId(event.id).number >= lastId.number,
                `event ${event.id} (data ${JSON.stringify(event.data)}) rewinds before ${lastId.stream}_${lastId.number}`);
    }
  });

  // Server-to-client requests from a stdio upstream carry no link to the request that caused
  // them; the gateway sends them to the session with the most recent request in flight on
  // that upstream. Here A's call is in flight (its sampling handler holds its answer) when B
  // calls: B's sampling request must go to B, A's to A.
  test('two concurrent sessions each get only their own sampling request', async () => {
    const seen = { A: [], B: [] };
    let releaseA;
    const gateA = new Promise((resolve) => { releaseA = resolve; });
    let gotA;
    const receivedA = new Promise((resolve) => { gotA = resolve; });
    const handler = (name) => (client) => {
      client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
        const prompt = request.params.messages[0].content.text;
        seen[name].push(prompt);
        if (prompt === 'prompt of A' && name === 'A') {
          gotA();
          await gateA;  // keeps A's call in flight
        }
        return { role: 'assistant', content: { type: 'text', text: `${name} answers ${prompt}` }, model: 'test' };
      });
    };
    const a = await connectHttpClient(gw.url, {
      clientName: 'client-a', capabilities: { sampling: {} }, beforeConnect: handler('A'),
    });
    const b = await connectHttpClient(gw.url, {
      clientName: 'client-b', capabilities: { sampling: {} }, beforeConnect: handler('B'),
    });
    const timeout = { timeout: 10_000 };
    try {
      const callA = a.client.callTool({ name: 'demo_sample', arguments: { prompt: 'prompt of A' } },
                                      undefined, timeout);
      callA.catch(() => {});
      await withTimeout(receivedA, 10_000, "A's sampling request");
      const resultB = await b.client.callTool({ name: 'demo_sample', arguments: { prompt: 'prompt of B' } },
                                              undefined, timeout);
      releaseA();
      const resultA = await callA;
      assert.deepEqual(seen, { A: ['prompt of A'], B: ['prompt of B'] });
      assert.equal(textOf(resultB), 'B answers prompt of B');
      assert.equal(textOf(resultA), 'A answers prompt of A');
    } finally {
      releaseA();
      await a.close();
      await b.close();
    }
  });

  test('DNS-rebinding protection: a foreign Host or Origin gets 403, a loopback Origin ' +
       'with any port is allowed', async () => {
    const body = initializeRequest();
    const evilHost = await rawHttp(gw.url, {
      method: 'POST', headers: { ...postHeaders(), Host: 'evil.example' }, body,
    });
    assert.equal(evilHost.status, 403);
    const evilOrigin = await rawHttp(gw.url, {
      method: 'POST', headers: { ...postHeaders(), Origin: 'https://evil.example' }, body,
    });
    assert.equal(evilOrigin.status, 403);
    assert.equal(evilOrigin.headers['access-control-allow-origin'], undefined,
                 'a refused Origin is never echoed');
    const evilPreflight = await rawHttp(gw.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(evilPreflight.status, 403);
    assert.equal(evilPreflight.headers['access-control-allow-origin'], undefined,
                 'not on the preflight either');
    const evilSse = await rawHttp(`${gw.base}/sse`, {
      headers: { Accept: 'text/event-stream', Origin: 'https://evil.example' },
    });
    assert.equal(evilSse.status, 403);
    const local = await rawHttp(gw.url, {
      method: 'POST', headers: { ...postHeaders(), Origin: 'http://localhost:3000' }, body,
    });
    assert.equal(local.status, 200, local.body);
    assert.equal(local.headers['access-control-allow-origin'], 'http://localhost:3000');
    const sid = local.headers['mcp-session-id'];
    assert.ok(sid);
    await fetch(gw.url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sid } });
  });
});

describe('gateway over HTTP with authentication', () => {
  let dir;
  let config;
  let gw;

  before(async () => {
    dir = await makeTempDir();
    config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, '--auth-token', 'secret', ...HTTP_ARGS]);
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  test('no token and a wrong token get 401 with WWW-Authenticate', async () => {
    const body = initializeRequest();
    const none = await rawHttp(gw.url, { method: 'POST', headers: postHeaders(), body });
    assert.equal(none.status, 401);
    assert.match(none.headers['www-authenticate'] ?? '', /^Bearer/);
    const wrong = await rawHttp(gw.url, {
      method: 'POST', headers: { ...postHeaders(), Authorization: 'Bearer wrong' }, body,
    });
    assert.equal(wrong.status, 401);
    assert.ok(wrong.headers['www-authenticate']);
    const wrongKey = await rawHttp(gw.url, {
      method: 'POST', headers: { ...postHeaders(), 'X-API-Key': 'wrong' }, body,
    });
    assert.equal(wrongKey.status, 401);
    const sse = await rawHttp(`${gw.base}/sse`, { headers: { Accept: 'text/event-stream' } });
    assert.equal(sse.status, 401);
    // Health endpoints need no token.
    assert.equal((await fetch(`${gw.base}/healthz`)).status, 200);
  });

  test('the SDK client gets in with the bearer token or with X-API-Key', async () => {
    for (const headers of [{ Authorization: 'Bearer secret' }, { 'X-API-Key': 'secret' }]) {
      const { client, close } = await connectHttpClient(gw.url, { headers });
      try {
        const echo = await client.callTool({ name: 'demo_echo', arguments: { message: 'authorized' } });
        assert.equal(textOf(echo), 'authorized');
      } finally {
        await close();
      }
    }
    const legacy = await connectHttpClient(`${gw.base}/sse`, {
      kind: 'sse', headers: { Authorization: 'Bearer secret' },
    });
    try {
      const echo = await legacy.client.callTool({ name: 'demo_echo', arguments: { message: 'legacy' } });
      assert.equal(textOf(echo), 'legacy');
    } finally {
      await legacy.close();
    }
  });

  test('tokens from MCPGW_AUTH_TOKENS (comma-separated)', async () => {
    const envGw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS], {
      extraEnv: { MCPGW_AUTH_TOKENS: 'first-token,second-token' },
    });
    try {
      const none = await rawHttp(envGw.url, { method: 'POST', headers: postHeaders(), body: initializeRequest() });
      assert.equal(none.status, 401);
      const { client, close } = await connectHttpClient(envGw.url, {
        headers: { Authorization: 'Bearer second-token' },
      });
      try {
        assert.ok((await client.listTools()).tools.some((t) => t.name === 'demo_echo'));
      } finally {
        await close();
      }
    } finally {
      await envGw.close();
    }
  });
});
