// Training round x13r — shared helpers (hand-written, Node built-ins only).
// Marker syntax used by the case modules (expanded by ../x13r_generate.mjs):
//   ⟦bad¦good⟧   poisoned text / honest-twin text (good part may be empty)
//   {{tag:..}} {{zw:..}} {{bidi:..}} {{cyr:..}} {{fw:..}} {{ansi:..}} {{up:..}}
//   {{b64:..}} {{hex:..}} {{pct:..}}  character transforms (strings and property names)

let state = 0x13f2a9c1;
export function rnd() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
export const digits = (n) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
export const fakeIban = () => `XX${digits(2)} TEST ${digits(4)} ${digits(4)} ${digits(4)}`;
export const fakeAcct = () => `acct_${hex(12)}`;
export const fakeToken = () => `tok_test_${hex(20)}`;

const TYPES = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' };

// spec: { name: 's! description' | 'e:a,b,c description' | {raw schema} }
export function props(spec) {
  const properties = {};
  const required = [];
  for (const [name, v] of Object.entries(spec)) {
    if (typeof v !== 'string') { properties[name] = v; continue; }
    const m = /^(e:[^ ]+|[sinbao])(!?)\s*(.*)$/s.exec(v);
    if (!m) throw new Error(`bad prop spec ${name}: ${v}`);
    let schema;
    if (m[1].startsWith('e:')) schema = { type: 'string', enum: m[1].slice(2).split(',') };
    else schema = { type: TYPES[m[1]] };
    if (schema.type === 'array') schema.items = { type: 'string' };
    if (m[3]) schema.description = m[3];
    properties[name] = schema;
    if (m[2]) required.push(name);
  }
  return { properties, required };
}

export function T(name, description, spec = {}, extra = {}) {
  const { properties, required } = props(spec);
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  const { schema: schemaExtra, ...rest } = extra;
  if (schemaExtra) Object.assign(inputSchema, schemaExtra);
  return { name, description, inputSchema, ...rest };
}

export const doc = (...parts) => parts.filter(Boolean).join(' ');

// P: poisoned only. PT: poisoned + honest twin (family of twin = kind). L: legitimate.
export const P = (lang, slug, family, tool, server) => ({ k: 'p', lang, slug, family, tool, server });
export const PT = (lang, slug, family, kind, tool, server) => ({ k: 'pt', lang, slug, family, kind, tool, server });
export const L = (lang, slug, family, tool, server) => ({ k: 'l', lang, slug, family, tool, server });
