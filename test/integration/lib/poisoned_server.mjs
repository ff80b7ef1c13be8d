// A test MCP server (stdio) that serves the tools listed in a JSON file: `node poisoned_server.mjs
// TOOLS.json`. Each tool answers "called <name>". Used by scan.test.mjs to serve poisoned tool
// definitions next to clean ones.
import { readFileSync } from 'node:fs';

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const tools = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const server = new Server({ name: 'poisoned-test-server', version: '1.0.0' },
                          { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, async (request) => ({
  content: [{ type: 'text', text: `called ${request.params.name}` }],
}));
await server.connect(new StdioServerTransport());
