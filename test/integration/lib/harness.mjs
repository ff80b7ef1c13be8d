// Shared helpers for the integration tests: where the binaries are, how to start each
// upstream MCP server over stdio from node_modules (no npx, no network), temp dirs and
// config files, and an SDK client connected to a gateway process.
//
// Environment:
//   MCPGW_BIN          gateway binary (default <repo>/build/mcp-gateway)
//   MCPGW_DEMO_SERVER  demo upstream (default <repo>/build/mcp-demo-server)
//   MCPGW_TEST_VERBOSE set to 1 to copy the gateway's stderr to this process's stderr

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

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
 * extraEnv is added to this process's environment for the gateway.
 */
export async function connectGateway(args, { extraEnv = {}, clientName = 'mcpgw-it' } = {}) {
  const transport = new StdioClientTransport({
    command: gatewayBin,
    args,
    env: { ...process.env, ...extraEnv },
    stderr: 'pipe',
  });
  let stderrText = '';
  transport.stderr?.on('data', (chunk) => {
    stderrText += chunk.toString();
    if (stderrText.length > 1 << 20) stderrText = stderrText.slice(-(1 << 19));
    if (process.env.MCPGW_TEST_VERBOSE === '1') process.stderr.write(chunk);
  });
  const client = new Client({ name: clientName, version: '1.0.0' }, { capabilities: {} });
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
