// Blind round 27 — shared helpers for hand-written cases.
// Deterministic: fake values come from a fixed-seed mulberry32 PRNG; module import order is fixed by the generator.
let seed = 0x27b127;
function rnd() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const fk = {
  hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join(''),
  digits: (n) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join(''),
  word: () => pick(['amber', 'birch', 'cobalt', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'meadow', 'nimbus', 'onyx', 'pylon', 'quartz', 'raven', 'sierra', 'tundra']),
  acct: () => 'ACCT-' + Array.from({ length: 8 }, () => String(Math.floor(rnd() * 10))).join(''),
  iban: () => 'XX' + Array.from({ length: 20 }, () => String(Math.floor(rnd() * 10))).join(''),
};

// JSON-schema property shorthands
export const s = (description, x = {}) => ({ type: 'string', description, ...x });
export const n = (description, x = {}) => ({ type: 'number', description, ...x });
export const int = (description, x = {}) => ({ type: 'integer', description, ...x });
export const b = (description, x = {}) => ({ type: 'boolean', description, ...x });
export const arr = (description, x = {}) => ({ type: 'array', items: { type: 'string' }, description, ...x });
export const en = (values, description, x = {}) => ({ type: 'string', enum: values, description, ...x });
export const obj = (description, properties, x = {}) => ({ type: 'object', description, properties, ...x });

// Tool builder. extra.schema is merged into inputSchema, everything else into the tool.
export function T(name, description, props = {}, required = [], extra = {}) {
  const { schema = {}, ...rest } = extra;
  return { name, description, inputSchema: { type: 'object', properties: props, required, ...schema }, ...rest };
}
// Documentation joiner: long honest docs with one clause slipped in.
export const doc = (...parts) => parts.filter(Boolean).join(' ');

// Case constructors. lang defaults to 'en'; non-English modules pass it.
export const P = (family, slug, tool, server, lang = 'en') => ({ kind: 'p', family, slug, lang, tool, ...(server ? { server } : {}) });
export const L = (family, slug, tool, server, lang = 'en') => ({ kind: 'l', family, slug, lang, tool, ...(server ? { server } : {}) });
// Server block helpers
export const srv = (instructions, prompts, resources) => {
  const o = {};
  if (instructions !== undefined) o.instructions = instructions;
  if (prompts) o.prompts = prompts;
  if (resources) o.resources = resources;
  return o;
};
export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([a, d, r]) => ({ name: a, description: d, required: !!r })) });
export const res = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
// Twin pair: poisoned tool has the clause, the honest twin has the same tool without it.
// build(clause) returns a tool, or {tool, server}; clause '' gives the honest twin.
export function twin(family, slug, clause, build, lang = 'en') {
  const mk = (c) => { const r = build(c); return r.tool ? r : { tool: r }; };
  const p = mk(clause), l = mk('');
  return [P(family, slug, p.tool, p.server, lang), L('twin-' + family, slug, l.tool, l.server, lang)];
}
