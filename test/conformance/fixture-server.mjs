#!/usr/bin/env node
// The conformance fixture: a stdio MCP server implementing exactly the tools, resources,
// prompts and behaviours that the server scenarios of @modelcontextprotocol/conformance call
// (names, arguments and results as each scenario's description and checks require).
// scripts/conformance.sh serves it through `mcp-gateway stdio --transport http` and runs the
// suite against the gateway's Streamable HTTP endpoint, so every check exercises the gateway's
// relaying of that feature (content blocks, progress, logging, sampling, elicitation, ...).
//
// Written on the low-level SDK Server so that schemas go out exactly as written here
// (json-schema-2020-12 checks that $schema, $defs and additionalProperties survive).

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  CreateMessageResultSchema,
  ElicitResultSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListRootsResultSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import {
  PNG_1X1, WAV_TINY, completionValues, getPrompt, jsonSchema2020Tool, messageArgs, noArgs,
  promptArgs, prompts as catalogPrompts, readResource, resourceTemplates,
  sep1330EnumProperties, sleep,
} from './fixture-catalog.mjs';


// ---- Tools --------------------------------------------------------------------------

const tools = [
  { name: 'test_input_required_result_elicitation', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_sampling', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_list_roots', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_request_state', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_tampered_state', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_multiple_inputs', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_multi_round', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_input_required_result_capabilities', description: 'Asks the client mid-call (input_required bridge)', inputSchema: noArgs },
  { name: 'test_simple_text', description: 'Returns simple text content', inputSchema: noArgs },
  // subscriptions/listen scenarios: each call changes a list (the gateway refetches it on the
  // server's list_changed and tells the listens that asked).
  // SEP-2243: the gateway checks Mcp-Param-Region against arguments.region (400, -32020).
  {
    name: 'test_custom_header',
    description: 'Echoes its region; the region is mirrored into the Mcp-Param-Region header',
    inputSchema: {
      type: 'object',
      properties: { region: { type: 'string', description: 'A region', 'x-mcp-header': 'Region' } },
      required: ['region'],
    },
  },
  { name: 'test_trigger_tool_change', description: 'Adds a tool and sends tools/list_changed', inputSchema: noArgs },
  { name: 'test_trigger_prompt_change', description: 'Adds a prompt and sends prompts/list_changed', inputSchema: noArgs },
  { name: 'test_image_content', description: 'Returns image content (a 1x1 PNG)', inputSchema: noArgs },
  { name: 'test_audio_content', description: 'Returns audio content (a tiny WAV)', inputSchema: noArgs },
  { name: 'test_embedded_resource', description: 'Returns an embedded text resource', inputSchema: noArgs },
  {
    name: 'test_multiple_content_types',
    description: 'Returns text, image and embedded resource content',
    inputSchema: noArgs,
  },
  {
    name: 'test_tool_with_logging',
    description: 'Sends three info log notifications while it runs',
    inputSchema: noArgs,
  },
  { name: 'test_error_handling', description: 'Always returns a tool error', inputSchema: noArgs },
  {
    name: 'test_tool_with_progress',
    description: 'Reports progress 0, 50, 100 of 100 when given a progress token',
    inputSchema: noArgs,
  },
  {
    name: 'test_sampling',
    description: 'Asks the client to sample an LLM with the given prompt',
    inputSchema: promptArgs,
  },
  {
    name: 'test_elicitation',
    description: 'Asks the client for user input (username, email)',
    inputSchema: messageArgs,
  },
  jsonSchema2020Tool,
  {
    name: 'test_elicitation_sep1034_defaults',
    description: 'Elicitation whose schema has defaults for every primitive type (SEP-1034)',
    inputSchema: noArgs,
  },
  {
    name: 'test_elicitation_sep1330_enums',
    description: 'Elicitation whose schema has all five enum variants (SEP-1330)',
    inputSchema: noArgs,
  },
  {
    name: 'test_logging_tool',
    description: 'Sends an info log notification, then answers (2026-07-28: no log without _meta logLevel)',
    inputSchema: noArgs,
  },
  {
    name: 'test_streaming_elicitation',
    description: 'Asks the client for input mid-call; answers either way (2026-07-28: no request on the stream)',
    inputSchema: noArgs,
  },
  {
    name: 'test_missing_capability',
    description: 'Needs sampling: asks the client to sample (2026-07-28: -32021 when sampling is undeclared)',
    inputSchema: noArgs,
  },
  {
    name: 'test_reconnection',
    description: 'Answers after a short delay (SSE polling test; a stdio server cannot close the HTTP stream)',
    inputSchema: noArgs,
  },
];

const text = (t) => ({ content: [{ type: 'text', text: t }] });

async function elicit(extra, params) {
  return extra.sendRequest({ method: 'elicitation/create', params }, ElicitResultSchema);
}

// ---- The input_required bridge (2026-07-28 scenarios input-required-result-*) ------------
// The fixture is a 1.x server: it asks the client mid-call with ordinary server-to-client
// requests, and the gateway turns them into input_required results for a 2026-07-28 client.
// Each request names the inputRequests key the scenario expects in params._meta
// "mcp-gateway/inputKey" (the gateway's documented hint; without it the gateway names the key).
const inputKey = (key) => ({ 'mcp-gateway/inputKey': key });
function askElicit(extra, key, message, properties) {
  return extra.sendRequest({
    method: 'elicitation/create',
    params: {
      message,
      requestedSchema: { type: 'object', properties, required: Object.keys(properties) },
      _meta: inputKey(key),
    },
  }, ElicitResultSchema);
}
function askSample(extra, key, prompt, maxTokens) {
  return extra.sendRequest({
    method: 'sampling/createMessage',
    params: {
      messages: [{ role: 'user', content: { type: 'text', text: prompt } }],
      maxTokens,
      _meta: inputKey(key),
    },
  }, CreateMessageResultSchema);
}
function askRoots(extra, key) {
  return extra.sendRequest({ method: 'roots/list', params: { _meta: inputKey(key) } },
    ListRootsResultSchema);
}
const sampledText = (result) =>
  result.content?.type === 'text' ? result.content.text : JSON.stringify(result.content);

const inputRequiredHandlers = {
  test_custom_header: async (args) => text(`region ${args.region}`),
  test_trigger_tool_change: async () => {
    const name = `test_dynamic_tool_${tools.length}`;
    tools.push({ name, description: 'Added by test_trigger_tool_change', inputSchema: noArgs });
    toolHandlers[name] = async () => text(name);
    await server.sendToolListChanged();
    return text(`added ${name}`);
  },
  test_trigger_prompt_change: async () => {
    const name = `test_dynamic_prompt_${prompts.length}`;
    prompts.push({ name, description: 'Added by test_trigger_prompt_change' });
    await server.sendPromptListChanged();
    return text(`added ${name}`);
  },
  test_input_required_result_elicitation: async (_args, extra) => {
    const answer = await askElicit(extra, 'user_name', 'What is your name?', { name: { type: 'string' } });
    return text(`Hello, ${answer.content?.name ?? 'stranger'}!`);
  },
  test_input_required_result_sampling: async (_args, extra) => {
    const answer = await askSample(extra, 'capital_question', 'What is the capital of France?', 100);
    return text(`Sampled: ${sampledText(answer)}`);
  },
  test_input_required_result_list_roots: async (_args, extra) => {
    const answer = await askRoots(extra, 'client_roots');
    return text(`Roots: ${answer.roots.map((root) => root.uri).join(', ')}`);
  },
  // The gateway checks the requestState (HMAC) before the answer reaches this server.
  test_input_required_result_request_state: async (_args, extra) => {
    const answer = await askElicit(extra, 'confirm', 'Please confirm', { ok: { type: 'boolean' } });
    return text(`state-ok: confirmed=${answer.content?.ok}`);
  },
  test_input_required_result_tampered_state: async (_args, extra) => {
    const answer = await askElicit(extra, 'confirm', 'Please confirm', { ok: { type: 'boolean' } });
    return text(`confirmed=${answer.content?.ok}`);
  },
  test_input_required_result_multiple_inputs: async (_args, extra) => {
    const [name, greeting, roots] = await Promise.all([
      askElicit(extra, 'user_name', 'What is your name?', { name: { type: 'string' } }),
      askSample(extra, 'greeting', 'Generate a greeting', 50),
      askRoots(extra, 'client_roots'),
    ]);
    return text(`${sampledText(greeting)} ${name.content?.name} (${roots.roots.length} roots)`);
  },
  test_input_required_result_multi_round: async (_args, extra) => {
    const step1 = await askElicit(extra, 'step1', 'Step 1: What is your name?', { name: { type: 'string' } });
    const step2 = await askElicit(extra, 'step2', 'Step 2: What is your favorite color?', { color: { type: 'string' } });
    return text(`${step1.content?.name} likes ${step2.content?.color}`);
  },
  // Asks for elicitation and sampling at once: only what the client declared may reach it.
  test_input_required_result_capabilities: async (_args, extra) => {
    const [name, greeting] = await Promise.allSettled([
      askElicit(extra, 'user_name', 'What is your name?', { name: { type: 'string' } }),
      askSample(extra, 'greeting', 'Generate a greeting', 50),
    ]);
    return text(`elicitation ${name.status}, sampling ${greeting.status}`);
  },
};

const toolHandlers = {
  ...inputRequiredHandlers,
  test_simple_text: async () => text('This is a simple text response for testing.'),

  test_image_content: async () => ({
    content: [{ type: 'image', data: PNG_1X1, mimeType: 'image/png' }],
  }),

  test_audio_content: async () => ({
    content: [{ type: 'audio', data: WAV_TINY, mimeType: 'audio/wav' }],
  }),

  test_embedded_resource: async () => ({
    content: [{
      type: 'resource',
      resource: {
        uri: 'test://embedded-resource',
        mimeType: 'text/plain',
        text: 'This is an embedded resource content.',
      },
    }],
  }),

  test_multiple_content_types: async () => ({
    content: [
      { type: 'text', text: 'Multiple content types test:' },
      { type: 'image', data: PNG_1X1, mimeType: 'image/png' },
      {
        type: 'resource',
        resource: {
          uri: 'test://mixed-content-resource',
          mimeType: 'application/json',
          text: JSON.stringify({ test: 'data', value: 123 }),
        },
      },
    ],
  }),

  test_tool_with_logging: async () => {
    const log = (data) => server.sendLoggingMessage({ level: 'info', logger: 'fixture', data });
    await log('Tool execution started');
    await sleep(50);
    await log('Tool processing data');
    await sleep(50);
    await log('Tool execution completed');
    return text('Tool with logging executed successfully');
  },

  test_logging_tool: async () => {
    await server.sendLoggingMessage({ level: 'info', logger: 'fixture', data: 'logging tool ran' });
    return text('Logging tool executed');
  },

  test_streaming_elicitation: async (_args, extra) => {
    try {
      const result = await elicit(extra, {
        message: 'What is your name?',
        requestedSchema: { type: 'object', properties: { name: { type: 'string' } } },
      });
      return text(`Elicitation answered: action=${result.action}`);
    } catch (e) {
      return text(`Elicitation unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
  },

  test_missing_capability: async (_args, extra) => {
    const result = await extra.sendRequest({
      method: 'sampling/createMessage',
      params: { messages: [{ role: 'user', content: { type: 'text', text: 'hi' } }], maxTokens: 10 },
    }, CreateMessageResultSchema);
    return text(`Sampled: ${JSON.stringify(result.content)}`);
  },

  test_error_handling: async () => ({
    isError: true,
    content: [{ type: 'text', text: 'This tool intentionally returns an error for testing' }],
  }),

  test_tool_with_progress: async (_args, extra, request) => {
    const progressToken = request.params._meta?.progressToken;
    const steps = [0, 50, 100];
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await sleep(50);
      if (progressToken !== undefined) {
        await extra.sendNotification({
          method: 'notifications/progress',
          params: { progressToken, progress: steps[i], total: 100, message: `step ${i + 1}` },
        });
      }
    }
    return text(`Progress test completed (${progressToken === undefined ? 'no token' : 'reported 3 steps'})`);
  },

  test_sampling: async (args, extra) => {
    const result = await extra.sendRequest({
      method: 'sampling/createMessage',
      params: {
        messages: [{ role: 'user', content: { type: 'text', text: String(args.prompt ?? '') } }],
        maxTokens: 100,
      },
    }, CreateMessageResultSchema);
    const answer = result.content?.type === 'text' ? result.content.text : JSON.stringify(result.content);
    return text(`LLM response: ${answer}`);
  },

  test_elicitation: async (args, extra) => {
    const result = await elicit(extra, {
      message: String(args.message ?? ''),
      requestedSchema: {
        type: 'object',
        properties: {
          username: { type: 'string', description: "User's response" },
          email: { type: 'string', description: "User's email address" },
        },
        required: ['username', 'email'],
      },
    });
    return text(`User response: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`);
  },

  json_schema_2020_12_tool: async (args) => text(`Received: ${JSON.stringify(args)}`),

  test_elicitation_sep1034_defaults: async (_args, extra) => {
    const result = await elicit(extra, {
      message: 'Please review and update the form fields with defaults',
      requestedSchema: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'User name', default: 'John Doe' },
          age: { type: 'integer', description: 'User age', default: 30 },
          score: { type: 'number', description: 'User score', default: 95.5 },
          status: {
            type: 'string', description: 'User status',
            enum: ['active', 'inactive', 'pending'], default: 'active',
          },
          verified: { type: 'boolean', description: 'Verification status', default: true },
        },
        required: [],
      },
    });
    return text(`Elicitation completed: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`);
  },

  test_elicitation_sep1330_enums: async (_args, extra) => {
    const result = await elicit(extra, {
      message: 'Please choose from every kind of enum',
      requestedSchema: { type: 'object', properties: sep1330EnumProperties, required: [] },
    });
    return text(`Elicitation completed: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`);
  },

  test_reconnection: async () => {
    await sleep(100);
    return text('Reconnection test completed successfully');
  },
};

// ---- Resources ----------------------------------------------------------------------

const resources = [
  {
    uri: 'test://static-text', name: 'static-text', description: 'A static text resource',
    mimeType: 'text/plain',
  },
  {
    uri: 'test://static-binary', name: 'static-binary', description: 'A static binary resource (PNG)',
    mimeType: 'image/png',
  },
  {
    uri: 'test://watched-resource', name: 'watched-resource',
    description: 'A resource clients may subscribe to', mimeType: 'text/plain',
  },
];

const subscriptions = new Set();

// ---- Prompts: the catalog's, and those test_trigger_prompt_change adds ---------------

const prompts = [...catalogPrompts];

// ---- Server -------------------------------------------------------------------------

const server = new Server(
  { name: 'mcp-gateway-conformance-fixture', version: '1.0.0' },
  {
    capabilities: {
      tools: { listChanged: true },
      resources: { subscribe: true },
      prompts: { listChanged: true },
      logging: {},
      completions: {},
    },
  },
);

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
  const handler = toolHandlers[request.params.name];
  if (!handler) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
  return handler(request.params.arguments ?? {}, extra, request);
});

server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources }));
server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates }));
server.setRequestHandler(ReadResourceRequestSchema, async (request) => ({
  contents: [readResource(request.params.uri, (uri) => new McpError(-32002, `Resource not found: ${uri}`, { uri }))],
}));
server.setRequestHandler(SubscribeRequestSchema, async (request) => {
  subscriptions.add(request.params.uri);
  // Show that the subscription works: one update soon after subscribing.
  setTimeout(() => {
    if (subscriptions.has(request.params.uri)) {
      server.sendResourceUpdated({ uri: request.params.uri }).catch(() => {});
    }
  }, 50);
  return {};
});
server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
  subscriptions.delete(request.params.uri);
  return {};
});

server.setRequestHandler(ListPromptsRequestSchema, async () => ({ prompts }));
server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
  if (request.params.name === 'test_input_required_result_prompt') {
    const answer = await askElicit(extra, 'user_context', 'What context should the prompt use?',
      { context: { type: 'string' } });
    return {
      messages: [{ role: 'user', content: { type: 'text', text: `Context: ${answer.content?.context}` } }],
    };
  }
  return getPrompt(request.params.name, request.params.arguments,
                   (message) => new McpError(ErrorCode.InvalidParams, message));
});

server.setRequestHandler(CompleteRequestSchema, async (request) => {
  const { name, value = '' } = request.params.argument;
  const values = (completionValues[name] ?? []).filter((v) => v.startsWith(value));
  return { completion: { values, total: values.length, hasMore: false } };
});

await server.connect(new StdioServerTransport());
