// Starts each official MCP server installed here (npm ci) and saves its real tools/list,
// prompts/list and resources/list answers as ../corpus/official/<name>.json: the scanner's
// negative corpus. Credentials are fake placeholders: listing tools needs none.
//   cd test/scan-eval/servers && npm ci && node capture.mjs
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '..', 'corpus', 'official');
fs.mkdirSync(out, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-capture-'));

const servers = [
  ['filesystem', 'server-filesystem', [tmp], {}],
  ['memory', 'server-memory', [], { MEMORY_FILE_PATH: path.join(tmp, 'memory.json') }],
  ['everything', 'server-everything', [], {}],
  ['sequential-thinking', 'server-sequential-thinking', [], {}],
  ['github', 'server-github', [], { GITHUB_PERSONAL_ACCESS_TOKEN: 'placeholder' }],
  ['slack', 'server-slack', [], { SLACK_BOT_TOKEN: 'placeholder', SLACK_TEAM_ID: 'T000' }],
  ['postgres', 'server-postgres', ['postgresql://localhost:1/none'], {}],
  ['puppeteer', 'server-puppeteer', [], {}],
  ['brave-search', 'server-brave-search', [], { BRAVE_API_KEY: 'placeholder' }],
  ['google-maps', 'server-google-maps', [], { GOOGLE_MAPS_API_KEY: 'placeholder' }],
  ['redis', 'server-redis', ['redis://localhost:1'], {}],
  ['everart', 'server-everart', [], { EVERART_API_KEY: 'placeholder' }],
  ['aws-kb-retrieval', 'server-aws-kb-retrieval', [],
   { AWS_ACCESS_KEY_ID: 'placeholder', AWS_SECRET_ACCESS_KEY: 'placeholder', AWS_REGION: 'us-east-1' }],
  ['gdrive', 'server-gdrive', [], { GDRIVE_CREDENTIALS_PATH: path.join(tmp, 'none.json') }],
];

for (const [name, pkg, args, env] of servers) {
  const dir = path.dirname(require.resolve(`@modelcontextprotocol/${pkg}/package.json`));
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = path.join(dir, typeof meta.bin === 'string' ? meta.bin : Object.values(meta.bin)[0]);
  const transport = new StdioClientTransport({
    command: process.execPath, args: [bin, ...args], env: { ...process.env, ...env }, stderr: 'ignore',
  });
  const client = new Client({ name: 'scan-capture', version: '0' });
  try {
    await Promise.race([client.connect(transport),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 20000))]);
    const caps = client.getServerCapabilities() ?? {};
    const record = { server: name, package: `@modelcontextprotocol/${pkg}`, version: meta.version,
      instructions: client.getInstructions?.() ?? '', tools: (await client.listTools()).tools };
    if (caps.prompts) record.prompts = (await client.listPrompts()).prompts;
    if (caps.resources) record.resources = (await client.listResources()).resources;
    fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
    console.error(`${name}: ${record.tools.length} tools`);
  } catch (e) {
    console.error(`${name}: FAILED ${e.message}`);
  }
  await client.close().catch(() => {});
}
fs.rmSync(tmp, { recursive: true, force: true });
