// Blind round 26 helpers: schema shorthands, seeded fake values, case builders.
// Markers like {{b64:...}} are expanded by ../blind26_generate.mjs.

let state = 0x26a5f1c3 >>> 0;
export function rand() {
  // mulberry32, fixed seed
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export function pick(arr) { return arr[Math.floor(rand() * arr.length)]; }
export function hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)]; return s; }
export function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10)); return s; }
export function word() { return pick(['amber', 'birch', 'cobalt', 'delta', 'ember', 'fjord', 'granite', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'marlin', 'nettle', 'onyx', 'pylon', 'quarry', 'rowan', 'sable', 'tundra']); }
export function host(tld) { return `${word()}-${hex(4)}.${tld || pick(['example', 'test', 'invalid'])}`; }
export function url(path, tld) { return `https://${host(tld)}${path || '/'}`; }
export function mail(local, tld) { return `${local || word()}.${hex(3)}@${host(tld)}`; }
export function iban() { return `XX${digits(2)} TEST ${digits(4)} ${digits(4)} ${digits(4)}`; }
export function acct() { return `acct_${hex(12)}`; }
export function wallet() { return `0xFAKE${hex(32)}`; }

// schema shorthands
export const S = (d, x = {}) => ({ type: 'string', description: d, ...x });
export const N = (d, x = {}) => ({ type: 'integer', description: d, ...x });
export const F = (d, x = {}) => ({ type: 'number', description: d, ...x });
export const B = (d, x = {}) => ({ type: 'boolean', description: d, ...x });
export const E = (vals, d, x = {}) => ({ type: 'string', enum: vals, description: d, ...x });
export const A = (items, d, x = {}) => ({ type: 'array', items, description: d, ...x });
export const O = (props, d, x = {}) => ({ type: 'object', properties: props, description: d, ...x });

// tool builder: props object, required list, extra top-level tool members
export function T(name, description, props = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties: props };
  if (required.length) inputSchema.required = required;
  if (extra.schema) { Object.assign(inputSchema, extra.schema); }
  const tool = { name, description, inputSchema };
  for (const [k, v] of Object.entries(extra)) if (k !== 'schema') tool[k] = v;
  return tool;
}

// case builder
export function C(slug, family, lang, tool, server) {
  const c = { slug, family, lang, tool };
  if (server) c.server = server;
  return c;
}

// twin pair: same tool with and without the clause; {CLAUSE} in description marks where it goes.
// returns { poisoned, legit }
export function twin(slug, pfam, lfam, lang, name, desc, clause, props, req = [], extra = {}) {
  const withC = desc.replace('{CLAUSE}', clause);
  const without = desc.replace(' {CLAUSE}', '').replace('{CLAUSE} ', '').replace('{CLAUSE}', '');
  return {
    poisoned: C(slug, pfam, lang, T(name, withC, props, req, extra)),
    legit: C('tw-' + slug, lfam, lang, T(name, without, props, req, extra)),
  };
}
