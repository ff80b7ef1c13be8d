#!/usr/bin/env node
// The Node peer for the latency bench: a stdio passthrough MCP proxy on the official TypeScript
// SDK. Usage: node node-proxy.mjs -- COMMAND ARGS...
//
// It connects to the upstream COMMAND as a Client over StdioClientTransport and serves a
// low-level Server over its own stdin/stdout that forwards tools/list (the list unchanged) and
// tools/call. No guards, no renaming: the least a Node proxy does per call.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  CallToolRequestSchema,
  CallToolResultSchema,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

const separator = process.argv.indexOf('--');
const upstreamArgv = separator < 0 ? [] : process.argv.slice(separator + 1);
if (upstreamArgv.length === 0) {
  process.stderr.write('usage: node node-proxy.mjs -- COMMAND ARGS...\n');
  process.exit(64);
}

const client = new Client({ name: 'bench-node-proxy', version: '0.1.0' });
await client.connect(
  new StdioClientTransport({
    command: upstreamArgv[0],
    args: upstreamArgv.slice(1),
    stderr: 'inherit',
  }),
);

const server = new Server(
  { name: 'bench-node-proxy', version: '0.1.0' },
  { capabilities: { tools: {} } },
);
server.setRequestHandler(ListToolsRequestSchema, (request, extra) =>
  client.listTools(request.params, { signal: extra.signal }),
);
server.setRequestHandler(CallToolRequestSchema, (request, extra) =>
  client.request({ method: 'tools/call', params: request.params }, CallToolResultSchema, {
    signal: extra.signal,
  }),
);

const transport = new StdioServerTransport();
transport.onclose = async () => {
  await client.close();
  process.exit(0);
};
process.stdin.on('end', async () => {
  await client.close();
  process.exit(0);
});
await server.connect(transport);
