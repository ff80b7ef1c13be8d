// What both conformance fixtures serve alike, whatever their SDK: fixture-server.mjs (1.x SDK,
// revision 2025-11-25) and fixture-server-modern.mjs (2.x SDK, revision 2026-07-28) give the
// scenarios the same content, schemas, resources and prompts. Only what an SDK or a revision
// changes stays in each fixture: how a tool asks the client, and the error a lookup throws (each
// passes its own maker). Node built-ins only.

// A 1x1 red pixel PNG.
export const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

// A minimal WAV file: 8 kHz mono 8-bit PCM, 8 samples of silence.
function tinyWav() {
  const samples = Buffer.alloc(8, 0x80);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);      // fmt chunk size
  header.writeUInt16LE(1, 20);       // PCM
  header.writeUInt16LE(1, 22);       // channels
  header.writeUInt32LE(8000, 24);    // sample rate
  header.writeUInt32LE(8000, 28);    // byte rate
  header.writeUInt16LE(1, 32);       // block align
  header.writeUInt16LE(8, 34);       // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]).toString('base64');
}
export const WAV_TINY = tinyWav();

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const noArgs = { type: 'object', properties: {}, required: [] };

// Input schemas of test_sampling and test_elicitation.
export const promptArgs = {
  type: 'object',
  properties: { prompt: { type: 'string', description: 'The prompt to send to the LLM' } },
  required: ['prompt'],
};
export const messageArgs = {
  type: 'object',
  properties: { message: { type: 'string', description: 'The message to show the user' } },
  required: ['message'],
};

// json-schema-2020-12 checks that $schema, $defs and additionalProperties survive the gateway.
export const jsonSchema2020Tool = {
  name: 'json_schema_2020_12_tool',
  description: 'Tool with JSON Schema 2020-12 features',
  inputSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    $defs: {
      address: {
        type: 'object',
        properties: { street: { type: 'string' }, city: { type: 'string' } },
      },
    },
    properties: {
      name: { type: 'string' },
      address: { $ref: '#/$defs/address' },
    },
    additionalProperties: false,
  },
};

// The properties of test_elicitation_sep1330_enums' requested schema: the five enum variants.
export const sep1330EnumProperties = {
  untitledSingle: {
    type: 'string', description: 'Untitled single-select',
    enum: ['option1', 'option2', 'option3'],
  },
  titledSingle: {
    type: 'string', description: 'Titled single-select',
    oneOf: [
      { const: 'value1', title: 'First Option' },
      { const: 'value2', title: 'Second Option' },
      { const: 'value3', title: 'Third Option' },
    ],
  },
  legacyEnum: {
    type: 'string', description: 'Legacy titled enum (enumNames)',
    enum: ['opt1', 'opt2', 'opt3'],
    enumNames: ['Option One', 'Option Two', 'Option Three'],
  },
  untitledMulti: {
    type: 'array', description: 'Untitled multi-select',
    items: { type: 'string', enum: ['option1', 'option2', 'option3'] },
  },
  titledMulti: {
    type: 'array', description: 'Titled multi-select',
    items: {
      anyOf: [
        { const: 'value1', title: 'First Choice' },
        { const: 'value2', title: 'Second Choice' },
        { const: 'value3', title: 'Third Choice' },
      ],
    },
  },
};

// The contents of a resource; throws notFound(uri) (the revision's error) for an unknown URI.
export function readResource(uri, notFound) {
  switch (uri) {
    case 'test://static-text':
      return { uri, mimeType: 'text/plain', text: 'This is the content of the static text resource.' };
    case 'test://static-binary':
      return { uri, mimeType: 'image/png', blob: PNG_1X1 };
    case 'test://watched-resource':
      return { uri, mimeType: 'text/plain', text: 'Watched resource content.' };
    default: {
      const match = /^test:\/\/template\/([^/]+)\/data$/.exec(uri);
      if (match) {
        const id = decodeURIComponent(match[1]);
        return {
          uri, mimeType: 'application/json',
          text: JSON.stringify({ id, templateTest: true, data: `Data for ID: ${id}` }),
        };
      }
      throw notFound(uri);
    }
  }
}

export const resourceTemplates = [
  {
    uriTemplate: 'test://template/{id}/data', name: 'template-data',
    description: 'Data for an id', mimeType: 'application/json',
  },
];

export const prompts = [
  { name: 'test_simple_prompt', description: 'A simple prompt without arguments' },
  {
    name: 'test_prompt_with_arguments', description: 'A prompt with two required arguments',
    arguments: [
      { name: 'arg1', description: 'First test argument', required: true },
      { name: 'arg2', description: 'Second test argument', required: true },
    ],
  },
  {
    name: 'test_prompt_with_embedded_resource', description: 'A prompt embedding a resource',
    arguments: [{ name: 'resourceUri', description: 'URI of the resource to embed', required: true }],
  },
  { name: 'test_prompt_with_image', description: 'A prompt with image content' },
  { name: 'test_input_required_result_prompt', description: 'A prompt that asks the client for context' },
];

// The messages of a prompt; throws invalidParams(message) for a missing argument or an unknown
// prompt.
export function getPrompt(name, args, invalidParams) {
  const given = args ?? {};
  const need = (key) => {
    if (typeof given[key] !== 'string') throw invalidParams(`Missing required argument: ${key}`);
    return given[key];
  };
  switch (name) {
    case 'test_simple_prompt':
      return { messages: [{ role: 'user', content: { type: 'text', text: 'This is a simple prompt for testing.' } }] };
    case 'test_prompt_with_arguments':
      return {
        messages: [{
          role: 'user',
          content: { type: 'text', text: `Prompt with arguments: arg1='${need('arg1')}', arg2='${need('arg2')}'` },
        }],
      };
    case 'test_prompt_with_embedded_resource':
      return {
        messages: [
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: { uri: need('resourceUri'), mimeType: 'text/plain', text: 'Embedded resource content for testing.' },
            },
          },
          { role: 'user', content: { type: 'text', text: 'Please process the embedded resource above.' } },
        ],
      };
    case 'test_prompt_with_image':
      return {
        messages: [
          { role: 'user', content: { type: 'image', data: PNG_1X1, mimeType: 'image/png' } },
          { role: 'user', content: { type: 'text', text: 'Please analyze the image above.' } },
        ],
      };
    default:
      throw invalidParams(`Unknown prompt: ${name}`);
  }
}

export const completionValues = {
  arg1: ['paris', 'park', 'party', 'test-value', 'testing'],
  arg2: ['alpha', 'beta', 'gamma'],
  resourceUri: ['test://static-text', 'test://static-binary', 'test://watched-resource'],
  id: ['1', '123', '42'],
};
