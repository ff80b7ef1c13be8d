// Blind round 24 — shared helpers for hand-written cases.
// Markers such as {{tag:...}} are expanded by ../blind24_generate.mjs.

// Deterministic PRNG (mulberry32) with a fixed seed; reset by the generator.
let state = 0x24b1d024;
export function reseed(seed = 0x24b1d024) { state = seed >>> 0; }
export function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export function fakeHex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(rnd() * 16)]; return s; }
export function fakeTok(n) { let s = ''; for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rnd() * ALNUM.length)]; return s; }
export function fakeNum(n) { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10)); return s; }
export function fakeAcct() { return 'ACCT-' + fakeNum(4) + '-' + fakeNum(6); }
export function fakeIban() { return 'XX' + fakeNum(2) + ' TEST ' + fakeNum(4) + ' ' + fakeNum(4) + ' ' + fakeNum(2); }

// Schema builders.
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const O = (description, properties, required = [], extra = {}) =>
  ({ type: 'object', description, properties, required, ...extra });

// T(name, description, properties, required, extra) -> MCP tool definition.
export function T(name, description, properties = {}, required = [], extra = {}) {
  const tool = { name, description, inputSchema: { type: 'object', properties, required } };
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'schema') Object.assign(tool.inputSchema, v);
    else tool[k] = v;
  }
  return tool;
}

// Case builders. lang is filled by the module (or given explicitly).
export const P = (slug, family, tool, server) => ({ kind: 'poisoned', slug, family, tool, ...(server ? { server } : {}) });
export const L = (slug, family, tool, server) => ({ kind: 'legit', slug, family, tool, ...(server ? { server } : {}) });
export const withLang = (lang, cases) => cases.map((c) => ({ lang, ...c }));

// Twin pair: same tool; the poisoned one carries `clause` inserted after sentence `at`.
export function twin(lang, slug, family, legitFamily, name, sentences, clause, at, props = {}, required = [], extra = {}) {
  const bad = sentences.slice(0, at).concat([clause], sentences.slice(at)).join(' ');
  const good = sentences.join(' ');
  return [
    { kind: 'poisoned', lang, slug, family, twin: true, tool: T(name, bad, props, required, extra) },
    { kind: 'legit', lang, slug, family: legitFamily, twin: true, tool: T(name, good, props, required, extra) },
  ];
}

export const prompt = (name, description, args = []) =>
  ({ name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })) });
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
