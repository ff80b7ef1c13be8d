#!/usr/bin/env node
// The modern conformance fixture: the tools, resources and prompts of fixture-server.mjs (same
// names, arguments and results; what both serve alike is in fixture-catalog.mjs) served by a
// 2026-07-28 server written with the 2.x SDK
// (@modelcontextprotocol/server). scripts/conformance.sh serves it through
// `mcp-gateway stdio --transport http` and runs both requirement sets against the gateway, so
// every check exercises the gateway's modern-upstream path (the _meta envelope, the decoded
// answers, input_required passed through to 2026-07-28 clients and bridged to 2025 ones).
//
// Modern-only on purpose (legacy: 'reject'): a gateway that fell back to initialize could not
// use it. What differs from the 1.x fixture is what a 2026-07-28 server must do differently:
//  - it never asks the client mid-call: every tool that needs sampling, elicitation or roots
//    answers `input_required` and completes on the retry carrying `inputResponses` (the gateway
//    turns those into real requests for a 2025 client);
//  - its requestState is HMAC-protected (createRequestStateCodec) and verified before a handler
//    runs;
//  - test_input_required_result_capabilities and test_missing_capability read the request's
//    own `_meta` clientCapabilities: the first asks only for what was declared, the second
//    answers -32021 when sampling is missing;
//  - there is no resources/subscribe method (the revision removed it): `resources.subscribe`
//    means a subscriptions/listen may name resource URIs, which is how the gateway turns a 2025
//    client's resources/subscribe into a listen toward this server.
//
// The 2.x SDK is not in test/conformance's lockfile: it is loaded from test/integration's
// node_modules (scripts/conformance.sh installs them when missing).

import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

import {
  PNG_1X1, WAV_TINY, completionValues, getPrompt, jsonSchema2020Tool, messageArgs, noArgs,
  promptArgs, prompts as catalogPrompts, readResource, resourceTemplates,
  sep1330EnumProperties, sleep,
} from './fixture-catalog.mjs';

const require = createRequire(new URL('../integration/package.json', import.meta.url));
const {
  Server,
  ProtocolError,
  ProtocolErrorCode,
  MissingRequiredClientCapabilityError,
  inputRequired,
  inputResponse,
  createRequestStateCodec,
} = require('@modelcontextprotocol/server');
const { serveStdio } = require('@modelcontextprotocol/server/stdio');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

// requestState: signed by this process, bound to the method (the spec's integrity MUST).
const codec = createRequestStateCodec({
  key: randomBytes(32),
  ttlSeconds: 300,
  bind: (ctx) => ctx.mcpReq.method,
});

// ---- Tools --------------------------------------------------------------------------

const tools = [
  { name: 'test_input_required_result_elicitation', description: 'Asks for a name (input_required)', inputSchema: noArgs },
  { name: 'test_input_required_result_sampling', description: 'Asks the model (input_required)', inputSchema: noArgs },
  { name: 'test_input_required_result_list_roots', description: 'Asks for roots (input_required)', inputSchema: noArgs },
  { name: 'test_input_required_result_request_state', description: 'Round-trips its requestState', inputSchema: noArgs },
  { name: 'test_input_required_result_tampered_state', description: 'Rejects a tampered requestState', inputSchema: noArgs },
  { name: 'test_input_required_result_multiple_inputs', description: 'Asks three questions at once', inputSchema: noArgs },
  { name: 'test_input_required_result_multi_round', description: 'Asks in two rounds', inputSchema: noArgs },
  { name: 'test_input_required_result_capabilities', description: 'Asks only what the request declared', inputSchema: noArgs },
  { name: 'test_simple_text', description: 'Returns simple text content', inputSchema: noArgs },
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
  { name: 'test_multiple_content_types', description: 'Returns text, image and embedded resource content', inputSchema: noArgs },
  { name: 'test_tool_with_logging', description: 'Sends three info log notifications while it runs', inputSchema: noArgs },
  { name: 'test_error_handling', description: 'Always returns a tool error', inputSchema: noArgs },
  { name: 'test_tool_with_progress', description: 'Reports progress 0, 50, 100 of 100 when given a progress token', inputSchema: noArgs },
  {
    name: 'test_sampling',
    description: 'Asks the client to sample an LLM with the given prompt (input_required)',
    inputSchema: promptArgs,
  },
  {
    name: 'test_elicitation',
    description: 'Asks the client for user input, username and email (input_required)',
    inputSchema: messageArgs,
  },
  jsonSchema2020Tool,
  { name: 'test_elicitation_sep1034_defaults', description: 'Elicitation whose schema has defaults (SEP-1034)', inputSchema: noArgs },
  { name: 'test_elicitation_sep1330_enums', description: 'Elicitation whose schema has all five enum variants (SEP-1330)', inputSchema: noArgs },
  { name: 'test_logging_tool', description: 'Sends an info log notification, then answers', inputSchema: noArgs },
  { name: 'test_streaming_elicitation', description: 'Asks for input when the request declared elicitation; answers either way', inputSchema: noArgs },
  { name: 'test_missing_capability', description: 'Needs sampling: -32021 when the request did not declare it', inputSchema: noArgs },
  { name: 'test_reconnection', description: 'Answers after a short delay', inputSchema: noArgs },
];

// The request's own capabilities (its _meta envelope).
function declared(ctx) {
  return ctx.mcpReq.envelope?.['io.modelcontextprotocol/clientCapabilities'] ?? {};
}

const form = (properties, required = Object.keys(properties)) =>
  ({ type: 'object', properties, required });
const ask = {
  elicit: (message, properties, required) =>
    inputRequired.elicit({ message, requestedSchema: form(properties, required) }),
  sample: (prompt, maxTokens) => inputRequired.createMessage({
    messages: [{ role: 'user', content: { type: 'text', text: prompt } }], maxTokens }),
  roots: () => inputRequired.listRoots(),
};
// The answer of `key` when the retry carried one of the expected kind, else undefined.
function answer(ctx, key, kind) {
  const view = inputResponse(ctx.mcpReq.inputResponses, key);
  return view.kind === kind ? view : undefined;
}
const sampledText = (view) =>
  view.result.content?.type === 'text' ? view.result.content.text : JSON.stringify(view.result.content);
// Asks `requests` again until every one is answered; `done` builds the result from the answers.
async function gather(ctx, requests, kinds, done, state) {
  const answers = {};
  const missing = {};
  for (const [key, request] of Object.entries(requests)) {
    const view = answer(ctx, key, kinds[key]);
    if (view) answers[key] = view; else missing[key] = request;
  }
  if (Object.keys(missing).length === 0) return done(answers);
  const spec = { inputRequests: missing };
  if (state !== undefined) spec.requestState = await codec.mint(state, ctx);
  return inputRequired(spec);
}

const toolHandlers = {
  test_custom_header: async (args) => text(`region ${args.region}`),
  test_trigger_tool_change: async (_args, _ctx, server) => {
    const name = `test_dynamic_tool_${tools.length}`;
    tools.push({ name, description: 'Added by test_trigger_tool_change', inputSchema: noArgs });
    toolHandlers[name] = async () => text(name);
    await server.sendToolListChanged().catch(() => {});
    return text(`added ${name}`);
  },
  test_trigger_prompt_change: async (_args, _ctx, server) => {
    const name = `test_dynamic_prompt_${prompts.length}`;
    prompts.push({ name, description: 'Added by test_trigger_prompt_change' });
    await server.sendPromptListChanged().catch(() => {});
    return text(`added ${name}`);
  },
  test_input_required_result_elicitation: (_args, ctx) =>
    gather(ctx, { user_name: ask.elicit('What is your name?', { name: { type: 'string' } }) },
      { user_name: 'elicit' },
      ({ user_name }) => text(`Hello, ${user_name.content?.name ?? 'stranger'}!`)),
  test_input_required_result_sampling: (_args, ctx) =>
    gather(ctx, { capital_question: ask.sample('What is the capital of France?', 100) },
      { capital_question: 'sampling' },
      ({ capital_question }) => text(`Sampled: ${sampledText(capital_question)}`)),
  test_input_required_result_list_roots: (_args, ctx) =>
    gather(ctx, { client_roots: ask.roots() }, { client_roots: 'roots' },
      ({ client_roots }) => text(`Roots: ${client_roots.roots.map((root) => root.uri).join(', ')}`)),
  // The codec verified the state before this handler ran; "state-ok" says it came back intact.
  test_input_required_result_request_state: async (_args, ctx) => {
    const state = ctx.mcpReq.requestState();
    return gather(ctx, { confirm: ask.elicit('Please confirm', { ok: { type: 'boolean' } }) },
      { confirm: 'elicit' },
      ({ confirm }) => text(state?.step === 'confirm'
        ? `state-ok: confirmed=${confirm.content?.ok}` : 'state missing'),
      { step: 'confirm' });
  },
  test_input_required_result_tampered_state: (_args, ctx) =>
    gather(ctx, { confirm: ask.elicit('Please confirm', { ok: { type: 'boolean' } }) },
      { confirm: 'elicit' }, ({ confirm }) => text(`confirmed=${confirm.content?.ok}`),
      { step: 'confirm' }),
  test_input_required_result_multiple_inputs: (_args, ctx) =>
    gather(ctx, {
      user_name: ask.elicit('What is your name?', { name: { type: 'string' } }),
      greeting: ask.sample('Generate a greeting', 50),
      client_roots: ask.roots(),
    }, { user_name: 'elicit', greeting: 'sampling', client_roots: 'roots' },
    ({ user_name, greeting, client_roots }) =>
      text(`${sampledText(greeting)} ${user_name.content?.name} (${client_roots.roots.length} roots)`),
    { step: 'all' }),
  // Round 1 asks step1; round 2 (state "step2", carrying the name) asks step2; round 3 completes.
  test_input_required_result_multi_round: async (_args, ctx) => {
    const state = ctx.mcpReq.requestState();
    if (state?.step === 'step2') {
      return gather(ctx, { step2: ask.elicit('Step 2: What is your favorite color?', { color: { type: 'string' } }) },
        { step2: 'elicit' },
        ({ step2 }) => text(`${state.name} likes ${step2.content?.color}`), state);
    }
    return gather(ctx, { step1: ask.elicit('Step 1: What is your name?', { name: { type: 'string' } }) },
      { step1: 'elicit' },
      async ({ step1 }) => inputRequired({
        inputRequests: { step2: ask.elicit('Step 2: What is your favorite color?', { color: { type: 'string' } }) },
        requestState: await codec.mint({ step: 'step2', name: step1.content?.name }, ctx),
      }),
      { step: 'step1' });
  },
  // Only what this request's _meta declared is asked.
  test_input_required_result_capabilities: (_args, ctx) => {
    const caps = declared(ctx);
    const requests = {};
    const kinds = {};
    if (caps.elicitation) {
      requests.user_name = ask.elicit('What is your name?', { name: { type: 'string' } });
      kinds.user_name = 'elicit';
    }
    if (caps.sampling) {
      requests.greeting = ask.sample('Generate a greeting', 50);
      kinds.greeting = 'sampling';
    }
    return gather(ctx, requests, kinds,
      (answers) => text(`answered: ${Object.keys(answers).sort().join(', ') || 'nothing asked'}`));
  },
  test_simple_text: async () => text('This is a simple text response for testing.'),
  test_image_content: async () => ({ content: [{ type: 'image', data: PNG_1X1, mimeType: 'image/png' }] }),
  test_audio_content: async () => ({ content: [{ type: 'audio', data: WAV_TINY, mimeType: 'audio/wav' }] }),
  test_embedded_resource: async () => ({
    content: [{
      type: 'resource',
      resource: { uri: 'test://embedded-resource', mimeType: 'text/plain', text: 'This is an embedded resource content.' },
    }],
  }),
  test_multiple_content_types: async () => ({
    content: [
      { type: 'text', text: 'Multiple content types test:' },
      { type: 'image', data: PNG_1X1, mimeType: 'image/png' },
      {
        type: 'resource',
        resource: {
          uri: 'test://mixed-content-resource', mimeType: 'application/json',
          text: JSON.stringify({ test: 'data', value: 123 }),
        },
      },
    ],
  }),
  // Log messages reach the client only when the request carried a logLevel (2026-07-28).
  test_tool_with_logging: async (_args, ctx) => {
    await ctx.mcpReq.log('info', 'Tool execution started', 'fixture');
    await sleep(50);
    await ctx.mcpReq.log('info', 'Tool processing data', 'fixture');
    await sleep(50);
    await ctx.mcpReq.log('info', 'Tool execution completed', 'fixture');
    return text('Tool with logging executed successfully');
  },
  test_logging_tool: async (_args, ctx) => {
    await ctx.mcpReq.log('info', 'logging tool ran', 'fixture');
    return text('Logging tool executed');
  },
  test_streaming_elicitation: (_args, ctx) => {
    if (!declared(ctx).elicitation) return text('Elicitation unavailable: not declared');
    return gather(ctx, { name: ask.elicit('What is your name?', { name: { type: 'string' } }, []) },
      { name: 'elicit' }, ({ name }) => text(`Elicitation answered: action=${name.action}`));
  },
  test_missing_capability: (_args, ctx) => {
    if (!declared(ctx).sampling) {
      throw new MissingRequiredClientCapabilityError({ requiredCapabilities: { sampling: {} } });
    }
    return gather(ctx, { hi: ask.sample('hi', 10) }, { hi: 'sampling' },
      ({ hi }) => text(`Sampled: ${JSON.stringify(hi.result.content)}`));
  },
  test_error_handling: async () => ({
    isError: true,
    content: [{ type: 'text', text: 'This tool intentionally returns an error for testing' }],
  }),
  test_tool_with_progress: async (_args, ctx) => {
    const progressToken = ctx.mcpReq._meta?.progressToken;
    const steps = [0, 50, 100];
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await sleep(50);
      if (progressToken !== undefined) {
        await ctx.mcpReq.notify({
          method: 'notifications/progress',
          params: { progressToken, progress: steps[i], total: 100, message: `step ${i + 1}` },
        });
      }
    }
    return text(`Progress test completed (${progressToken === undefined ? 'no token' : 'reported 3 steps'})`);
  },
  test_sampling: (args, ctx) =>
    gather(ctx, { llm: ask.sample(String(args.prompt ?? ''), 100) }, { llm: 'sampling' },
      ({ llm }) => text(`LLM response: ${sampledText(llm)}`)),
  test_elicitation: (args, ctx) =>
    gather(ctx, {
      user: inputRequired.elicit({
        message: String(args.message ?? ''),
        requestedSchema: form({
          username: { type: 'string', description: "User's response" },
          email: { type: 'string', description: "User's email address" },
        }),
      }),
    }, { user: 'elicit' },
    ({ user }) => text(`User response: action=${user.action}, content=${JSON.stringify(user.content ?? {})}`)),
  json_schema_2020_12_tool: async (args) => text(`Received: ${JSON.stringify(args)}`),
  test_elicitation_sep1034_defaults: (_args, ctx) =>
    gather(ctx, {
      form: inputRequired.elicit({
        message: 'Please review and update the form fields with defaults',
        requestedSchema: form({
          name: { type: 'string', description: 'User name', default: 'John Doe' },
          age: { type: 'integer', description: 'User age', default: 30 },
          score: { type: 'number', description: 'User score', default: 95.5 },
          status: { type: 'string', description: 'User status', enum: ['active', 'inactive', 'pending'], default: 'active' },
          verified: { type: 'boolean', description: 'Verification status', default: true },
        }, []),
      }),
    }, { form: 'elicit' },
    ({ form: got }) => text(`Elicitation completed: action=${got.action}, content=${JSON.stringify(got.content ?? {})}`)),
  test_elicitation_sep1330_enums: (_args, ctx) =>
    gather(ctx, {
      form: inputRequired.elicit({
        message: 'Please choose from every kind of enum',
        requestedSchema: form(sep1330EnumProperties, []),
      }),
    }, { form: 'elicit' },
    ({ form: got }) => text(`Elicitation completed: action=${got.action}, content=${JSON.stringify(got.content ?? {})}`)),
  test_reconnection: async () => {
    await sleep(100);
    return text('Reconnection test completed successfully');
  },
};

// ---- Resources ----------------------------------------------------------------------

const resources = [
  { uri: 'test://static-text', name: 'static-text', description: 'A static text resource', mimeType: 'text/plain' },
  { uri: 'test://static-binary', name: 'static-binary', description: 'A static binary resource (PNG)', mimeType: 'image/png' },
  { uri: 'test://watched-resource', name: 'watched-resource', description: 'A resource clients may watch', mimeType: 'text/plain' },
];

// ---- Prompts: the catalog's, and those test_trigger_prompt_change adds ---------------

const prompts = [...catalogPrompts];

// ---- Server -------------------------------------------------------------------------

function factory() {
  const server = new Server(
    { name: 'mcp-gateway-conformance-fixture-modern', version: '2.0.0' },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { subscribe: true },
        prompts: { listChanged: true },
        logging: {},
        completions: {},
      },
      requestState: { verify: codec.verify },
    },
  );
  server.setRequestHandler('tools/list', async () => ({ tools }));
  server.setRequestHandler('tools/call', async (request, ctx) => {
    const handler = toolHandlers[request.params.name];
    if (!handler) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    return handler(request.params.arguments ?? {}, ctx, server);
  });
  server.setRequestHandler('resources/list', async () => ({ resources }));
  server.setRequestHandler('resources/templates/list', async () => ({ resourceTemplates }));
  server.setRequestHandler('resources/read', async (request) => ({
    contents: [readResource(request.params.uri,
      // 2026-07-28 (SEP-2164): an unknown resource is -32602 with data.uri.
      (uri) => new ProtocolError(ProtocolErrorCode.InvalidParams, `Resource not found: ${uri}`, { uri }))],
  }));
  server.setRequestHandler('prompts/list', async () => ({ prompts }));
  server.setRequestHandler('prompts/get', async (request, ctx) => {
    if (request.params.name === 'test_input_required_result_prompt') {
      return gather(ctx, { user_context: ask.elicit('What context should the prompt use?', { context: { type: 'string' } }) },
        { user_context: 'elicit' },
        ({ user_context }) => ({
          messages: [{ role: 'user', content: { type: 'text', text: `Context: ${user_context.content?.context}` } }],
        }));
    }
    return getPrompt(request.params.name, request.params.arguments,
                     (message) => new ProtocolError(ProtocolErrorCode.InvalidParams, message));
  });
  server.setRequestHandler('completion/complete', async (request) => {
    const { name, value = '' } = request.params.argument;
    const values = (completionValues[name] ?? []).filter((v) => v.startsWith(value));
    return { completion: { values, total: values.length, hasMore: false } };
  });
  return server;
}

serveStdio(factory, { legacy: 'reject' });
