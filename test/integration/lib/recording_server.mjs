// A test MCP server (stdio) that records every tools/call it receives, one JSON line per call
// ({"tool", "arguments"}) appended to LOG, so a test can prove what reached the upstream (and
// what did not). Its tools, for the policy tests:
//   read_private  (readOnlyHint)                      returns "private: the quarterly numbers"
//   fetch_web     (readOnlyHint, openWorldHint)       returns "web page text"
//   post_public   (openWorldHint, not destructive)    a public sink; returns "posted"
//   delete_item   (destructiveHint)                   returns "deleted"
//   echo          (readOnlyHint, closed world)        returns its arguments as JSON
//
// Usage: node recording_server.mjs LOG

import { appendFileSync } from 'node:fs';

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const log = process.argv[2];
const schema = { type: 'object', properties: {}, additionalProperties: true };
const tools = [
  { name: 'read_private', description: 'Reads a private document.', inputSchema: schema,
    annotations: { readOnlyHint: true, openWorldHint: false } },
  { name: 'fetch_web', description: 'Fetches a web page.', inputSchema: schema,
    annotations: { readOnlyHint: true, openWorldHint: true } },
  { name: 'post_public', description: 'Posts a message publicly.', inputSchema: schema,
    annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true } },
  { name: 'delete_item', description: 'Deletes an item.', inputSchema: schema,
    annotations: { readOnlyHint: false, destructiveHint: true, openWorldHint: false } },
  { name: 'echo', description: 'Echoes its arguments.', inputSchema: schema,
    annotations: { readOnlyHint: true, openWorldHint: false } },
];
const answers = {
  read_private: 'private: the quarterly numbers',
  fetch_web: 'web page text',
  post_public: 'posted',
  delete_item: 'deleted',
};

const server = new Server({ name: 'recording', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  appendFileSync(log, `${JSON.stringify({ tool: name, arguments: args })}\n`);
  const text = answers[name] ?? JSON.stringify(args);
  return { content: [{ type: 'text', text }] };
});

await server.connect(new StdioServerTransport());
