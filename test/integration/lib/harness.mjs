// Shared helpers for the integration tests: where the binaries are, how to start each
// upstream MCP server over stdio from node_modules (no npx, no network), temp dirs and
// config files, and an SDK client connected to a gateway process.
//
// Environment:
//   MCPGW_BIN          gateway binary (default <repo>/build/mcp-gateway)
//   MCPGW_DEMO_SERVER  demo upstream (default <repo>/build/mcp-demo-server)
//   MCPGW_TEST_VERBOSE set to 1 to copy the gateway's stderr to this process's stderr

import { spawn } from 'node:child_process';
import http from 'node:http';
import readline from 'node:readline';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const integrationDir = path.resolve(here, '..');
export const repoRoot = path.resolve(here, '../../..');

export const gatewayBin = path.resolve(
  process.env.MCPGW_BIN || path.join(repoRoot, 'build/mcp-gateway'));
export const demoServerBin = path.resolve(
  process.env.MCPGW_DEMO_SERVER || path.join(repoRoot, 'build/mcp-demo-server'));

const npmServers = path.join(integrationDir, 'node_modules/@modelcontextprotocol');

// ---- Upstream server commands (config entries) -----------------------------------

/** server-everything over stdio: `node dist/index.js stdio`. */
export function everythingServer() {
  return {
    command: process.execPath,
    args: [path.join(npmServers, 'server-everything/dist/index.js'), 'stdio'],
  };
}

/** server-filesystem with its allowed directories as arguments. */
export function filesystemServer(...allowedDirs) {
  return {
    command: process.execPath,
    args: [path.join(npmServers, 'server-filesystem/dist/index.js'), ...allowedDirs],
  };
}

/** server-memory keeping its knowledge graph in memoryFile (JSON lines). */
export function memoryServer(memoryFile) {
  return {
    command: process.execPath,
    args: [path.join(npmServers, 'server-memory/dist/index.js')],
    env: { MEMORY_FILE_PATH: memoryFile },
  };
}

/** The project's demo server (demo/demo_server.cc). */
export function demoServer(...args) {
  return { command: demoServerBin, args };
}

// ---- Temp dirs and config --------------------------------------------------------

/** A fresh temp dir; remove it with removeTempDir. */
export async function makeTempDir(prefix = 'mcpgw-it-') {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function removeTempDir(dir) {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Writes {"mcpServers": servers} to dir/mcp.json and returns its path. */
export async function writeConfig(dir, servers, fileName = 'mcp.json') {
  const file = path.join(dir, fileName);
  await writeFile(file, JSON.stringify({ mcpServers: servers }, null, 2));
  return file;
}

// ---- Gateway sessions ------------------------------------------------------------

/**
 * Starts `mcp-gateway ...args` and connects an SDK client to it over stdio.
 * Returns { client, transport, stderr(): string, close() }. close() never throws.
 * extraEnv is added to this process's environment for the gateway; capabilities are the
 * client capabilities sent in initialize; beforeConnect(client) runs before initialize
 * (set request and notification handlers there).
 */
export async function connectGateway(args, {
  extraEnv = {}, clientName = 'mcpgw-it', capabilities = {}, beforeConnect,
} = {}) {
  const transport = new StdioClientTransport({
    command: gatewayBin,
    args: withInitializeWait(args),
    env: { ...process.env, ...extraEnv },
    stderr: 'pipe',
  });
  let stderrText = '';
  transport.stderr?.on('data', (chunk) => {
    stderrText += chunk.toString();
    if (stderrText.length > 1 << 20) stderrText = stderrText.slice(-(1 << 19));
    if (process.env.MCPGW_TEST_VERBOSE === '1') process.stderr.write(chunk);
  });
  const client = new Client({ name: clientName, version: '1.0.0' }, { capabilities });
  // Request and notification handlers go here, before initialize.
  if (beforeConnect) beforeConnect(client);
  try {
    await client.connect(transport);
  } catch (err) {
    await client.close().catch(() => {});
    err.message += `\n--- gateway stderr (${gatewayBin} ${args.join(' ')}) ---\n${stderrText}`;
    throw err;
  }
  return {
    client,
    transport,
    stderr: () => stderrText,
    close: () => client.close().catch(() => {}),
  };
}

/**
 * A test's gateway answers initialize once every server has started (or failed), however
 * loaded the machine is: the default --initialize-wait of 2 s would otherwise let a slow npx
 * server miss the first tools/list. Tests that pin the wait itself pass their own.
 */
function withInitializeWait(args) {
  if (args.includes('--initialize-wait')) return args;
  const wrapped = args.indexOf('--');
  const at = wrapped < 0 ? args.length : wrapped;
  return [...args.slice(0, at), '--initialize-wait', '60', ...args.slice(at)];
}

/** Connects to a gateway serving configPath (mcp-gateway --mcp-json-path configPath). */
export function connectGatewayWithConfig(configPath, options = {}) {
  return connectGateway(['--mcp-json-path', configPath, ...(options.args ?? [])], options);
}

/**
 * Runs the gateway binary to completion with stdin closed.
 * Resolves { code, signal, stdout, stderr }; kills it and rejects after timeoutMs.
 */
export function runGateway(args, { timeoutMs = 10_000, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(gatewayBin, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mcp-gateway ${args.join(' ')} did not exit within ${timeoutMs} ms; ` +
                       `stderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end();
  });
}

// ---- Results and waiting ---------------------------------------------------------

/** The concatenated text blocks of a tool result or prompt/resource content list. */
export function textOf(result) {
  return (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('');
}

/** Calls get_metadata and returns its structuredContent ({servers: [...]}) . */
export async function getMetadata(client) {
  const result = await client.callTool({ name: 'get_metadata', arguments: {} });
  if (result.isError) throw new Error(`get_metadata failed: ${textOf(result)}`);
  return result.structuredContent;
}

export function serverEntry(metadata, name) {
  return metadata.servers.find((s) => s.name === name);
}

/** Follows nextCursor through every page of client[method](). */
export async function listAll(client, method, key) {
  const items = [];
  let cursor;
  for (let page = 0; page < 1000; page++) {
    const result = await client[method](cursor === undefined ? undefined : { cursor });
    items.push(...result[key]);
    cursor = result.nextCursor;
    if (cursor === undefined) return items;
  }
  throw new Error(`${method}: more than 1000 pages`);
}

/**
 * Calls fn() until it returns a truthy value, at most until deadline (ms from now).
 * Errors thrown by fn count as "not yet". Throws with the last error on timeout.
 */
export async function waitUntil(fn, { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}` +
                      (lastError ? `; last error: ${lastError.message}` : ''));
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves like promise, or rejects if it has not settled within ms. */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- Notifications ---------------------------------------------------------------

/**
 * Collects every notification of an SDK notification schema the client receives.
 * Install before connecting (in beforeConnect) or after; call waitFor to await one.
 */
export class NotificationLog {
  constructor(client, schema) {
    this.items = [];
    this.waiters = [];
    client.setNotificationHandler(schema, (notification) => {
      this.items.push(notification);
      this.waiters = this.waiters.filter((w) => !w.check());
    });
  }

  /** Notifications matching predicate(notification) so far. */
  matching(predicate = () => true) {
    return this.items.filter(predicate);
  }

  /** Resolves with the first notification (received before or after) matching predicate. */
  waitFor(predicate = () => true, { timeoutMs = 10_000, what = 'notification' } = {}) {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const found = this.items.find(predicate);
          if (!found) return false;
          clearTimeout(waiter.timer);
          resolve(found);
          return true;
        },
      };
      if (waiter.check()) return;
      waiter.timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ` +
                         JSON.stringify(this.items)));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

// ---- Raw stdio sessions ----------------------------------------------------------

/**
 * The gateway driven over raw stdio, one JSON text per line, without the SDK (to choose
 * the protocol version, send batches or malformed input). start() spawns it; send(msg)
 * writes JSON.stringify(msg) (or a string as is); next(predicate) resolves with the next
 * received message (parsed; batches stay arrays) matching predicate, including messages
 * received earlier and not yet taken; request(msg) sends and awaits the response with
 * msg.id; initialize(version) does the handshake. Server-to-client requests are
 * answered by onRequest(msg) if set (its return value is the result), else left alone.
 */
export class RawGateway {
  constructor(args, { env = process.env } = {}) {
    this.args = args;
    this.env = env;
    this.received = [];  // every message, in order
    this.pending = [];   // not yet taken by next()
    this.waiters = [];
    this.stderrText = '';
    this.onRequest = null;
    this.exited = false;
  }

  start() {
    this.child = spawn(gatewayBin, withInitializeWait(this.args), { env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk) => {
      this.stderrText += chunk.toString();
      if (this.stderrText.length > 1 << 20) this.stderrText = this.stderrText.slice(-(1 << 19));
      if (process.env.MCPGW_TEST_VERBOSE === '1') process.stderr.write(chunk);
    });
    this.child.stdin.on('error', () => {});
    this.exitPromise = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        this.exited = true;
        resolve({ code, signal });
        this.#wake();
      });
    });
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      if (line.trim() === '') return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        message = { unparsable: line };
      }
      this.received.push(message);
      if (this.onRequest && !Array.isArray(message) && message.method && message.id !== undefined) {
        Promise.resolve(this.onRequest(message)).then(
          (result) => this.send({ jsonrpc: '2.0', id: message.id, result }),
          (err) => this.send({ jsonrpc: '2.0', id: message.id,
                               error: { code: -32603, message: String(err?.message ?? err) } }));
        return;
      }
      this.pending.push(message);
      this.#wake();
    });
    return this;
  }

  #wake() {
    this.waiters = this.waiters.filter((w) => !w.check());
  }

  stderr() {
    return this.stderrText;
  }

  send(message) {
    this.child.stdin.write((typeof message === 'string' ? message : JSON.stringify(message)) + '\n');
  }

  next(predicate = () => true, { timeoutMs = 10_000, what = 'a message' } = {}) {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const index = this.pending.findIndex(predicate);
          if (index >= 0) {
            clearTimeout(waiter.timer);
            resolve(this.pending.splice(index, 1)[0]);
            return true;
          }
          if (this.exited) {
            clearTimeout(waiter.timer);
            reject(new Error(`gateway exited while waiting for ${what}; stderr:\n${this.stderrText}`));
            return true;
          }
          return false;
        },
      };
      if (waiter.check()) return;
      waiter.timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; received ` +
                         `${JSON.stringify(this.received).slice(0, 4000)}\nstderr:\n${this.stderrText}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends a request and resolves with its response (a non-batch message with that id). */
  request(message, options = {}) {
    const response = this.next(
      (m) => !Array.isArray(m) && m.id === message.id && m.method === undefined,
      { what: `the response to ${message.method} id ${JSON.stringify(message.id)}`, ...options });
    this.send(message);
    return response;
  }

  /** initialize + notifications/initialized; resolves with the initialize result. */
  async initialize(protocolVersion, capabilities = {}) {
    const response = await this.request({
      jsonrpc: '2.0', id: 'init', method: 'initialize',
      params: { protocolVersion, capabilities, clientInfo: { name: 'mcpgw-it-raw', version: '1.0.0' } },
    });
    if (response.error) throw new Error(`initialize failed: ${JSON.stringify(response.error)}`);
    this.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    return response.result;
  }

  /** Closes stdin and waits for exit (SIGKILL after timeoutMs). Never throws. */
  async close(timeoutMs = 5_000) {
    if (!this.child) return;
    if (!this.exited) {
      this.child.stdin.end();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
      await this.exitPromise;
      clearTimeout(timer);
    }
  }
}

// ---- The gateway over HTTP --------------------------------------------------------

/** Options serving the gateway over Streamable HTTP on a free loopback port. */
export const HTTP_ARGS = ['--transport', 'http', '--host', '127.0.0.1', '--port', '0'];

/**
 * Starts `mcp-gateway ...args` (args must include HTTP_ARGS or equivalent) and waits until
 * it logs "http listening on URL" and, unless waitReady is false, /readyz answers 200.
 * Returns { url (the MCP endpoint), base (scheme://host:port), child, stderr(), close() };
 * close() ends the process (SIGTERM, then SIGKILL) and never throws.
 */
export async function startHttpGateway(args, {
  extraEnv = {}, timeoutMs = 20_000, waitReady = true,
} = {}) {
  const child = spawn(gatewayBin, args, {
    env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderrText = '';
  let exited = false;
  const exitPromise = new Promise((resolve) => {
    child.on('close', (code, signal) => { exited = true; resolve({ code, signal }); });
  });
  child.stderr.on('data', (chunk) => {
    stderrText += chunk.toString();
    if (stderrText.length > 1 << 20) stderrText = stderrText.slice(-(1 << 19));
    if (process.env.MCPGW_TEST_VERBOSE === '1') process.stderr.write(chunk);
  });
  const close = async (killAfterMs = 5_000) => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    await exitPromise;
    clearTimeout(timer);
  };
  try {
    const url = await waitUntil(() => {
      if (exited) throw new Error('the gateway exited');
      return /http listening on (https?:\/\/\S+)/.exec(stderrText)?.[1];
    }, { timeoutMs, what: 'the gateway to listen' });
    const base = new URL(url).origin;
    if (waitReady) {
      await waitUntil(async () => {
        if (exited) throw new Error('the gateway exited');
        return (await fetch(`${base}/readyz`)).status === 200;
      }, { timeoutMs, what: 'the gateway to be ready' });
    }
    return { url, base, child, stderr: () => stderrText, close };
  } catch (err) {
    await close();
    err.message += `\n--- gateway stderr (${gatewayBin} ${args.join(' ')}) ---\n${stderrText}`;
    throw err;
  }
}

/**
 * Connects an SDK client to a gateway's HTTP endpoint: over Streamable HTTP (kind
 * 'streamable', url is the MCP endpoint) or the legacy HTTP+SSE transport (kind 'sse', url is
 * the /sse endpoint). headers are sent with every request. Returns { client, transport,
 * close() }; close() never throws.
 */
export async function connectHttpClient(url, {
  kind = 'streamable', headers = {}, clientName = 'mcpgw-it-http', capabilities = {},
  beforeConnect,
} = {}) {
  const endpoint = new URL(url);
  const transport = kind === 'sse'
    ? new SSEClientTransport(endpoint, { requestInit: { headers } })
    : new StreamableHTTPClientTransport(endpoint, { requestInit: { headers } });
  const client = new Client({ name: clientName, version: '1.0.0' }, { capabilities });
  if (beforeConnect) beforeConnect(client);
  await client.connect(transport);
  return { client, transport, close: () => client.close().catch(() => {}) };
}

/**
 * One raw HTTP request with node:http (which, unlike fetch, lets the Host header be set).
 * body: a string or an object (sent as JSON). Resolves { status, headers, body (text) }.
 */
export function rawHttp(url, { method = 'GET', headers = {}, body, timeoutMs = 10_000 } = {}) {
  const payload = body === undefined ? undefined
    : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method,
      headers: payload === undefined ? headers
        : { 'Content-Length': Buffer.byteLength(payload), ...headers },
      timeout: timeoutMs,
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: text }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${url} timed out`)));
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * Reads Server-Sent Events from a fetch Response body: an async generator of
 * { id, event, data, retry } (data lines joined by "\n"; comments skipped).
 */
export async function* readSseEvents(response) {
  const decoder = new TextDecoder();
  let buffer = '';
  let event = {};
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data !== undefined || event.id !== undefined) yield event;
        event = {};
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') event.data = event.data === undefined ? value : `${event.data}\n${value}`;
      else if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
      else if (field === 'retry') event.retry = Number(value);
    }
  }
}

/**
 * Starts a fixture server script with `--http` (it prints "PORT <n>" on stdout once listening);
 * resolves { port, stderr(), stop() }; rejects when it exits first.
 */
export function startHttpFixture(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--http'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    child.once('exit', (code) => reject(new Error(`fixture exited ${code}: ${stderr}`)));
    child.stdout.on('data', (c) => {
      stdout += c;
      const match = /PORT (\d+)/.exec(stdout);
      if (!match) return;
      resolve({
        port: Number(match[1]),
        stderr: () => stderr,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }),
      });
    });
  });
}
