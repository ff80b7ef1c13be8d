// Round x13zc: shared builders and a deterministic PRNG.
// Node 20 built-ins only. Every case module imports from here; the generator
// imports the case modules in a fixed order, so PRNG draws are reproducible.

// mulberry32: small, fast, deterministic 32-bit PRNG.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 0x13c0ffee;
const rand = mulberry32(SEED);

export function int(lo, hi) {
  return lo + Math.floor(rand() * (hi - lo + 1));
}
export function pick(list) {
  return list[Math.floor(rand() * list.length)];
}
export function digits(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}
export function hexid(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
  return s;
}
export function upper(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(rand() * 24)];
  return s;
}
// Realistic-looking identifiers for examples and defaults.
export const ids = {
  employee: () => `E${digits(6)}`,
  ticket: (p = 'INC') => `${p}${digits(7)}`,
  invoice: () => `INV-${int(2023, 2025)}-${digits(5)}`,
  claim: () => `CLM-${upper(2)}${digits(6)}`,
  matter: () => `M-${int(2019, 2025)}-${digits(4)}`,
  mrn: () => `MRN${digits(8)}`,
  envelope: () => `${hexid(8)}-${hexid(4)}-${hexid(4)}-${hexid(4)}-${hexid(12)}`,
  account: () => `ACC-${digits(4)}-${digits(4)}`,
  iban: () => `XX${digits(2)} TEST ${digits(4)} ${digits(4)} ${digits(4)}`,
  sha: () => hexid(40),
  opp: () => `006${upper(3)}${digits(9)}`,
};

// ---- JSON Schema builders -------------------------------------------------
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const O = (properties, required = [], extra = {}) => {
  const o = { type: 'object', properties };
  if (required.length) o.required = required;
  return Object.assign(o, extra);
};

// tool(name, description, properties, required, extra) -> MCP tool definition
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const t = { name, description, inputSchema: O(properties, required) };
  return Object.assign(t, extra);
}

// ---- server block builders ------------------------------------------------
export function server({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts !== undefined) s.prompts = prompts;
  if (resources !== undefined) s.resources = resources;
  return s;
}
export function prompt(name, description, args = []) {
  return {
    name,
    description,
    arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: Boolean(r) })),
  };
}
export function resource(uri, name, description, mimeType = 'application/json') {
  return { uri, name, description, mimeType };
}

// ---- case entries ---------------------------------------------------------
// P: a poisoned case. family = attack family.
export function P(family, lang, slug, t, srv) {
  return { kind: 'poisoned', family, lang, slug, tool: t, server: srv };
}
// L: a legitimate, risky-looking case. family = server kind.
export function L(kind, lang, slug, t, srv) {
  return { kind: 'legit', family: kind, lang, slug, tool: t, server: srv };
}
// T: an honest twin pair. The legitimate half is `tool`/`server` as written;
// the poisoned half applies exactly one edit `op` with `clause` at path `at`
// (dot path rooted at "tool" or "server"; numeric segments index arrays).
//   op: 'append'  -> string += ' ' + clause
//       'prepend' -> string = clause + ' ' + string
//       'set'     -> value = clause
//       'push'    -> array.push(clause)
//       'addprop' -> properties[clause[0]] = clause[1]
export function T({ lang, kind, family, slug, tool: t, server: srv, at = 'tool.description', op = 'append', clause, slot }) {
  return { kind: 'twin', lang, legitFamily: kind, poisonFamily: family, slug, tool: t, server: srv, at, op, clause, slot };
}

// ---- character-level hiding markers ---------------------------------------
// Write [[%KIND:payload%]] anywhere in a string or property name; the generator
// expands it. KIND is one of TAG ZW BIDI CYR FW ANSI CUP B64 HEX PCT.
export const m = {
  tag: (s) => `[[%TAG:${s}%]]`,
  zw: (s) => `[[%ZW:${s}%]]`,
  bidi: (s) => `[[%BIDI:${s}%]]`,
  cyr: (s) => `[[%CYR:${s}%]]`,
  fw: (s) => `[[%FW:${s}%]]`,
  ansi: (s) => `[[%ANSI:${s}%]]`,
  cup: (s) => `[[%CUP:${s}%]]`,
  b64: (s) => `[[%B64:${s}%]]`,
  hex: (s) => `[[%HEX:${s}%]]`,
  pct: (s) => `[[%PCT:${s}%]]`,
};
