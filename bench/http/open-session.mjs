#!/usr/bin/env node
// Opens MCP Streamable HTTP sessions for scripts/bench-http.sh.
//
//   node open-session.mjs URL [--check] [--count N] [--no-initialized] [--protocol VERSION]
//
// One session (the default): POST initialize, read the Mcp-Session-Id header, POST
// notifications/initialized (expects 202), and print shell assignments on stdout:
//   MCP_SESSION_ID=<id>
//   MCP_PROTOCOL_VERSION=<the version the server answered; send it as MCP-Protocol-Version>
// --check then makes one tools/call echo on the session and fails unless the text comes back.
//
// --count N opens N sessions (initialize only unless --initialized is given), a few at a time,
// prints "opened=N failed=M" and exits; the connections are closed, the sessions stay idle on
// the server (used for the RSS-per-idle-session measurement).
//
// The answer to a POST may be application/json or text/event-stream (the SDK-based Node proxies
// answer with SSE): both are read, and an SSE stream is read only until the response whose id
// matches arrives, since a server may keep it open.

const args = process.argv.slice(2);
let url;
let count = 0;
let check = false;
let sendInitialized = true;
let protocol = '2025-06-18';
let concurrency = 8;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--count') count = Number(args[++i]);
  else if (a === '--check') check = true;
  else if (a === '--no-initialized') sendInitialized = false;
  else if (a === '--initialized') sendInitialized = true;
  else if (a === '--protocol') protocol = args[++i];
  else if (a === '--concurrency') concurrency = Number(args[++i]);
  else if (!url && !a.startsWith('--')) url = a;
  else fail(`unknown argument ${a}`);
}
if (!url) fail('usage: open-session.mjs URL [--check] [--count N] [--no-initialized] [--protocol V]');
if (count > 0 && !args.includes('--initialized')) sendInitialized = false;

function fail(msg) {
  process.stderr.write(`open-session: ${msg}\n`);
  process.exit(1);
}

const baseHeaders = {
  'Content-Type': 'application/json',
  Accept: 'application/json, text/event-stream',
};

// Reads a JSON-RPC response with the given id from a fetch Response (JSON or SSE).
async function readRpc(res, id) {
  const type = res.headers.get('content-type') || '';
  if (type.includes('application/json')) {
    const msg = JSON.parse(await res.text());
    const list = Array.isArray(msg) ? msg : [msg];
    const found = list.find((m) => m && m.id === id);
    if (!found) throw new Error(`no response with id ${id} in ${JSON.stringify(msg).slice(0, 200)}`);
    return found;
  }
  if (!type.includes('text/event-stream')) {
    throw new Error(`unexpected content-type '${type}' (status ${res.status})`);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let data = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        if (line === '') {
          if (data.length) {
            const text = data.join('\n');
            data = [];
            let msg;
            try {
              msg = JSON.parse(text);
            } catch {
              continue; // priming or non-JSON event
            }
            if (msg && msg.id === id && ('result' in msg || 'error' in msg)) return msg;
          }
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  throw new Error(`SSE stream ended without a response to id ${id}`);
}

async function post(body, sessionId, version) {
  const headers = { ...baseHeaders };
  if (sessionId) headers['Mcp-Session-Id'] = sessionId;
  if (version) headers['MCP-Protocol-Version'] = version;
  return fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function openOne(n) {
  const res = await post({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: {
      protocolVersion: protocol,
      capabilities: {},
      clientInfo: { name: 'mcp-gateway-bench-http', version: '1.0.0' },
    },
  });
  if (res.status !== 200) {
    const text = await res.text().catch(() => '');
    throw new Error(`initialize #${n}: HTTP ${res.status} ${text.slice(0, 200)}`);
  }
  const sessionId = res.headers.get('mcp-session-id');
  const msg = await readRpc(res, 1);
  if (msg.error) throw new Error(`initialize #${n}: ${JSON.stringify(msg.error)}`);
  if (!sessionId) throw new Error(`initialize #${n}: no Mcp-Session-Id header (stateless server?)`);
  const version = msg.result.protocolVersion || protocol;
  if (sendInitialized) {
    const r = await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, sessionId, version);
    await r.arrayBuffer().catch(() => {});
    if (r.status !== 202 && r.status !== 200 && r.status !== 204) {
      throw new Error(`notifications/initialized: HTTP ${r.status}`);
    }
  }
  return { sessionId, version };
}

async function checkCall(sessionId, version) {
  const message = 'x'.repeat(64);
  const res = await post(
    { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'echo', arguments: { message } } },
    sessionId,
    version,
  );
  if (res.status !== 200) throw new Error(`tools/call: HTTP ${res.status} ${await res.text()}`);
  const type = res.headers.get('content-type');
  const msg = await readRpc(res, 2);
  const text = msg.result?.content?.[0]?.text;
  if (text !== message) throw new Error(`tools/call: unexpected answer ${JSON.stringify(msg).slice(0, 300)}`);
  process.stderr.write(`open-session: tools/call echo ok (answered as ${type})\n`);
}

try {
  if (count > 0) {
    let next = 0;
    let opened = 0;
    let failed = 0;
    let firstError;
    const worker = async () => {
      while (next < count) {
        const n = next++;
        try {
          await openOne(n);
          opened++;
        } catch (e) {
          failed++;
          firstError ??= e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    console.log(`opened=${opened} failed=${failed}`);
    if (firstError) process.stderr.write(`open-session: first failure: ${firstError.message}\n`);
    process.exit(failed ? 1 : 0);
  }
  const { sessionId, version } = await openOne(0);
  if (check) await checkCall(sessionId, version);
  console.log(`MCP_SESSION_ID=${sessionId}`);
  console.log(`MCP_PROTOCOL_VERSION=${version}`);
  process.exit(0);
} catch (e) {
  fail(e.message);
}
