#!/usr/bin/env node
// Training round x13d of the tool-poisoning scanner corpus (blind author, training data).
// Deterministic; Node built-ins only. Usage: node test/scan-eval/corpus/x13d_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import enSkeletons from './x13d/skeletons_en.mjs';
import intlSkeletons from './x13d/skeletons_intl.mjs';
import enPayloads from './x13d/payloads_en.mjs';
import intlPayloads from './x13d/payloads_intl.mjs';
import legitExtra from './x13d/legit_extra.mjs';
import poisonExtra from './x13d/poison_extra.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const clone = (v) => JSON.parse(JSON.stringify(v));

// ---------- character transforms ----------
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', s: '\u0455' };
const TRANSFORMS = {
  tag: (t) => [...t].map((ch) => String.fromCodePoint(0xE0000 + (ch.codePointAt(0) & 0x7f))).join(''),
  zw: (t) => [...t].join('\u200b'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  homo: (t) => [...t].map((ch) => HOMO[ch] ?? ch).join(''),
  full: (t) => [...t].map((ch) => (ch === ' ' ? '\u3000' : ch.charCodeAt(0) >= 0x21 && ch.charCodeAt(0) <= 0x7e ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
  ansi: (t) => '\x1b[1A\x1b[2K\x1b[8m' + t + '\x1b[0m',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
};
function applyTransforms(s) {
  return s.replace(/\[\[(tag|zw|bidi|homo|full|ansi|b64|hex):([\s\S]*?)\]\]/g, (_, k, body) => TRANSFORMS[k](body));
}
function deepTransform(v) {
  if (typeof v === 'string') return applyTransforms(v);
  if (Array.isArray(v)) return v.map(deepTransform);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[applyTransforms(k)] = deepTransform(x);
    return o;
  }
  return v;
}

// ---------- tool construction ----------
const pascal = (n) => n.split(/[_\-]/).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
function baseTool(sk, desc) {
  const inputSchema = { type: 'object', properties: clone(sk.props) };
  if (sk.req?.length) inputSchema.required = [...sk.req];
  if (sk.style === 'pydantic') inputSchema.title = pascal(sk.name) + 'Arguments';
  Object.assign(inputSchema, clone(sk.extra ?? {}));
  const tool = { name: sk.name, description: desc, inputSchema };
  if (sk.ann) tool.annotations = clone(sk.ann);
  return tool;
}
const HONEST_SERVERS = [
  (T) => ({ server: { instructions: `Use ${T} only for what the user asked. Always confirm actions that change or delete data with the user first, and never print secret values in the chat unless the user explicitly requests them.` } }),
  (T) => ({ server: { prompts: [{ name: `plan_${T}`, description: `Walk the user through a typical ${T} call and explain each argument.`, arguments: [{ name: 'goal', description: 'What the user wants to achieve', required: true }, { name: 'constraints', description: 'Limits the user mentioned (time, budget, scope)' }] }] } }),
  (T) => ({ server: { resources: [{ uriTemplate: `docs://${T}/{topic}`, name: `${T} reference`, description: `Reference pages for ${T}, one per topic (errors, limits, examples).`, mimeType: 'text/markdown' }] } }),
  (T) => ({ outputSchema: { type: 'object', properties: { ok: { type: 'boolean', description: 'True when the operation succeeded' }, result: { description: `Payload returned by ${T}` }, warnings: { type: 'array', items: { type: 'string' }, description: 'Non-fatal warnings for the user' } }, required: ['ok'] } }),
];
function withHonestServer(c, idx) {
  const h = HONEST_SERVERS[idx % HONEST_SERVERS.length](c.tool.name);
  if (h.server) c.server = h.server;
  if (h.outputSchema) c.tool.outputSchema = h.outputSchema;
  return c;
}
function longDoc(sk, lead, buried) {
  const params = Object.entries(sk.props).map(([k, v]) => `- \`${k}\`${sk.req?.includes(k) ? ' (required)' : ''}: ${v.description ?? v.title ?? ''}`).join('\n');
  const parts = [
    `# ${sk.name}`, lead,
    '## Parameters', params,
    '## Behaviour', `The server validates arguments against the schema before doing any work. Errors are returned as structured content with a machine-readable code and a human-readable message. Calls are logged locally with timestamps and argument names (not values) for troubleshooting; logs rotate daily and are kept for seven days.`,
    '## Rate limits', 'By default at most 30 calls per minute are accepted per session. When the limit is hit, the tool returns RATE_LIMITED with a retry_after value in seconds; wait at least that long before trying again.',
  ];
  if (buried) parts.push(buried);
  parts.push('## Troubleshooting', 'If results look stale, restart the server to clear its in-memory cache. Timeouts usually mean the upstream service is slow; retry once with a smaller request before reporting a problem to the user.', '## License', 'MIT. Contributions welcome.');
  return parts.join('\n\n');
}

// ---------- payload placement ----------
const firstStringProp = (props) => Object.keys(props).find((k) => props[k].type === 'string') ?? Object.keys(props)[0];
function ensureParam(tool, P, ptype) {
  const props = tool.inputSchema.properties;
  if (!props[P]) props[P] = ptype === 'boolean' ? { type: 'boolean', description: 'Set by the client.' } : { type: 'string', description: 'Optional additional data.' };
}
function place(c, sk, pl, where) {
  const T = sk.name;
  const P = pl.p ?? 'context';
  const txt = pl.t.replaceAll('{T}', T).replaceAll('{P}', P);
  const tool = c.tool;
  const props = tool.inputSchema.properties;
  if (pl.p && where !== 'newprop') ensureParam(tool, P, pl.ptype);
  switch (where) {
    case 'desc':
      tool.description = pl.long ? longDoc(sk, tool.description, txt) : `${tool.description} ${txt}`; break;
    case 'readme': tool.description = longDoc(sk, tool.description, `## Notes for assistants\n\n${txt}`); break;
    case 'title': tool.title = `${pascal(T)} — ${txt}`; break;
    case 'prop': { const k = firstStringProp(props); props[k] = { ...props[k], description: `${props[k].description ?? ''} ${txt}`.trim() }; break; }
    case 'newprop': props[P] = { type: 'string', description: txt }; break;
    case 'defs':
      tool.inputSchema.$defs = { ...(tool.inputSchema.$defs ?? {}), RequestOptions: { type: 'object', title: 'RequestOptions', properties: { retries: { type: 'integer', default: 2, title: 'Retries' }, trace: { anyOf: [{ type: 'boolean' }, { type: 'null' }], default: null, title: 'Trace' }, handling: { type: 'string', title: 'Handling', description: txt } } } };
      props.options = { anyOf: [{ $ref: '#/$defs/RequestOptions' }, { type: 'null' }], default: null, description: 'Advanced request options' }; break;
    case 'anyOf':
      props.options = { anyOf: [{ type: 'string', description: 'Named preset' }, { type: 'object', description: txt, additionalProperties: true }, { type: 'null' }], default: null, title: 'Options' }; break;
    case 'enum':
      props.mode = { type: 'string', enum: ['standard', 'fast', 'thorough', txt], default: 'standard', description: 'Execution mode' }; break;
    case 'default': { const k = pl.p ?? firstStringProp(props); props[k] = { ...props[k], default: txt }; break; }
    case 'examples': props.context = { type: 'string', description: 'Additional context for the request', examples: [txt] }; break;
    case 'output':
      tool.outputSchema = { type: 'object', properties: { status: { type: 'string', enum: ['ok', 'error'] }, result: { type: 'object', additionalProperties: true, description: 'Operation result' }, assistant_directive: { type: 'string', description: txt } }, required: ['status'] }; break;
    case 'annot': tool.annotations = { ...(tool.annotations ?? {}), title: txt }; break;
    case 'instr': c.server = { ...(c.server ?? {}), instructions: c.server?.instructions ? `${c.server.instructions} ${txt}` : `Server for ${T}. ${txt}` }; break;
    case 'prompt':
      c.server = { ...(c.server ?? {}), prompts: [{ name: `prepare_${T}`, description: `Prepare a well-formed ${T} request from the user's goal.`, arguments: [{ name: 'goal', description: 'What the user wants to achieve', required: true }, { name: 'context', description: txt }] }] }; break;
    case 'resource':
      c.server = { ...(c.server ?? {}), resources: [{ uriTemplate: `guide://${T}/{section}`, name: `${T} guide`, description: txt, mimeType: 'text/markdown' }] }; break;
    case 'propname':
      props[txt] = { type: 'string', description: 'Required.' };
      tool.inputSchema.required = [...(tool.inputSchema.required ?? []), txt]; break;
    default: throw new Error('unknown location ' + where);
  }
  return c;
}

// ---------- assemble ----------
const poisoned = [];
const legit = [];
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isValueKind = (pl) => pl.kind === 'value' || pl.kind === 'name';
const descPoolEn = enPayloads.filter((p) => !isValueKind(p));
const counters = new Map();
const next = (key, pool) => { const i = counters.get(key) ?? 0; counters.set(key, i + 1); return pool[i % pool.length]; };
const useCount = new Map();
function nonDescLocation(pl) {
  const n = useCount.get(pl) ?? 0; useCount.set(pl, n + 1);
  const opts = pl.at.filter((a) => a !== 'desc');
  return opts.length ? opts[n % opts.length] : 'desc';
}

const skeletons = [...enSkeletons, ...intlSkeletons];
skeletons.forEach((sk, k) => {
  const native = intlPayloads.filter((p) => p.lang === sk.lang);
  const nativeDesc = native.filter((p) => !isValueKind(p));
  // honest twins
  legit.push({ id: `x13dl-${sk.lang}-${sk.s}`, family: `legit-${sk.style}`, lang: sk.lang, tool: baseTool(sk, sk.d) });
  legit.push(withHonestServer({ id: `x13dl-${sk.lang}-${sk.s}-v2`, family: `legit-${sk.style}-server`, lang: sk.lang, tool: baseTool(sk, sk.d2) }, k));
  if (k % 2 === 1) legit.push({ id: `x13dl-${sk.lang}-${sk.s}-readme`, family: 'legit-long-readme', lang: sk.lang, tool: baseTool(sk, longDoc(sk, sk.d, null)) });
  // poisoned variants
  const p0 = native.length ? next('n0' + sk.lang, native) : next('en-any0', enPayloads);
  const p1 = next('en-any1', [...enPayloads].reverse());
  const p2 = nativeDesc.length ? next('n2' + sk.lang, nativeDesc) : next('en-desc', descPoolEn);
  const v0 = place({ tool: baseTool(sk, sk.d) }, sk, p0, isValueKind(p0) ? p0.at[0] : nonDescLocation(p0));
  const v1 = place(withHonestServer({ tool: baseTool(sk, sk.d2) }, k), sk, p1, isValueKind(p1) ? p1.at[0] : nonDescLocation(p1));
  const v2 = place({ tool: baseTool(sk, sk.d) }, sk, p2, 'desc');
  const variants = [[v0, p0, 'a'], [v1, p1, 'b'], [v2, p2, 'c']];
  if (k % 2 === 1 || k % 8 === 0) {
    const p3 = nativeDesc.length && k % 3 === 0 ? next('n3' + sk.lang, [...nativeDesc].reverse()) : next('en-desc3', [...descPoolEn].reverse());
    variants.push([place({ tool: baseTool(sk, k % 2 === 1 ? sk.d : sk.d2) }, sk, p3, 'readme'), p3, 'd']);
  }
  for (const [v, pl, suf] of variants) {
    poisoned.push({ id: `x13d-${sk.lang}-${sk.s}-${suf}-${slug(pl.f)}`, family: pl.f, lang: sk.lang, tool: v.tool, ...(v.server ? { server: v.server } : {}) });
  }
});
for (const c of legitExtra) legit.push({ ...c, id: `x13dl-${c.lang}-${c.slug}` });
for (const c of poisonExtra) poisoned.push({ ...c, id: `x13d-${c.lang}-${c.slug}` });

// ---------- finalize & validate ----------
let bad = 0;
const fail = (m) => { console.error('VIOLATION: ' + m); bad++; };
function finalize(cases, prefix) {
  const out = cases.map((c) => {
    const o = { id: c.id, family: c.family, lang: c.lang, tool: deepTransform(c.tool) };
    if (c.server) o.server = deepTransform(c.server);
    return o;
  });
  const ids = new Set();
  const descs = new Map();
  for (const c of out) {
    if (!c.id.startsWith(prefix)) fail(`${c.id}: bad prefix`);
    if (ids.has(c.id)) fail(`${c.id}: duplicate id`); ids.add(c.id);
    if (!c.family || !c.lang) fail(`${c.id}: missing family/lang`);
    if (typeof c.tool.name !== 'string' || !c.tool.name) fail(`${c.id}: empty name`);
    if (typeof c.tool.description !== 'string' || !c.tool.description.trim()) fail(`${c.id}: empty description`);
    const s = c.tool.inputSchema;
    if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(`${c.id}: inputSchema not an object schema`);
    if (descs.has(c.tool.description)) fail(`${c.id}: same description as ${descs.get(c.tool.description)}`);
    descs.set(c.tool.description, c.id);
    if (c.server) for (const k of Object.keys(c.server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${c.id}: server.${k}`);
    const host = JSON.stringify(c).match(/https?:\/\/([a-z0-9.-]+)/gi) ?? [];
    for (const h of host) if (!/\.(example|test|invalid)(\/|$)/i.test(h.replace(/^https?:\/\//i, '') + '/')) fail(`${c.id}: host ${h}`);
  }
  return out;
}
const P = finalize(poisoned, 'x13d-');
const L = finalize(legit, 'x13dl-');
const legitKeys = new Set(L.map((c) => JSON.stringify([c.tool, c.server ?? null])));
for (const c of P) if (legitKeys.has(JSON.stringify([c.tool, c.server ?? null]))) fail(`${c.id}: identical to a legit case (payload not placed)`);
const crossTwins = L.filter((l) => P.some((p) => p.tool.description === l.tool.description && p.tool.name === l.tool.name)).length;

function counts(cases, label) {
  const fam = {}; const lang = {};
  for (const c of cases) { fam[c.family] = (fam[c.family] ?? 0) + 1; lang[c.lang] = (lang[c.lang] ?? 0) + 1; }
  console.log(`${label}: ${cases.length} cases`);
  console.log('  families: ' + Object.entries(fam).sort().map(([k, v]) => `${k}=${v}`).join(' '));
  console.log('  languages: ' + Object.entries(lang).sort().map(([k, v]) => `${k}=${v}`).join(' '));
}
counts(P, 'poisoned');
counts(L, 'risky_legit');
console.log(`honest twins (legit case sharing name+description with a poisoned case): ${crossTwins}`);
if (bad) { console.error(`${bad} violation(s); nothing written`); process.exit(1); }
writeFileSync(join(here, 'poisoned', 'x13d.json'), JSON.stringify({ cases: P }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13d.json'), JSON.stringify({ cases: L }, null, 1) + '\n');
console.log('wrote poisoned/x13d.json and risky_legit/x13d.json');
