// Training round x13s: shared helpers (builders, markers, seeded fake values).
// Markers are expanded by ../x13s_generate.mjs: ⟪KIND|text⟫ with KIND one of
// TAG ZW BIDI CYR FW ANSI CUP B64 HEX PCT.
export const mk = (kind) => (text) => `⟪${kind}|${text}⟫`;
export const TAG = mk('TAG'), ZW = mk('ZW'), BIDI = mk('BIDI'), CYR = mk('CYR'), FW = mk('FW');
export const ANSI = mk('ANSI'), CUP = mk('CUP'), B64 = mk('B64'), HEX = mk('HEX'), PCT = mk('PCT');

// Seeded PRNG (mulberry32), fixed seed for this round.
let state = 0x13535eed >>> 0;
export function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join('');
export const fake = {
  hex: (n = 12) => chars('0123456789abcdef', n),
  digits: (n = 8) => chars('0123456789', n),
  token: (prefix = 'tok') => `${prefix}_${chars('abcdefghjkmnpqrstuvwxyz23456789', 20)}`,
  acct: () => `ACCT-${chars('0123456789', 4)}-${chars('0123456789', 4)}`,
  iban: () => `XX${chars('0123456789', 2)}TEST${chars('0123456789', 12)}`,
  wallet: () => `0x${chars('0123456789abcdef', 40)}`,
  host: (label) => `${label}-${chars('abcdefghijkmnpqrstuvwxyz', 4)}.example`,
};

// Schema builders.
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const obj = (props = {}, required = [], extra = {}) => ({ type: 'object', properties: props, required, ...extra });
export function tool(name, description, props = {}, required = [], extra = {}) {
  const t = { name, description, inputSchema: obj(props, required) };
  Object.assign(t, extra);
  return t;
}
// A poisoned case whose malicious clause can be removed to give an honest twin.
// doc: array of honest sentences; clause: the malicious sentence; at: insert index.
// slot: 'description' (default) or 'prop:<name>' (appended to that property's description).
export function twin(lang, slug, family, kind, name, doc, clause, props = {}, required = [], opts = {}) {
  return { lang, slug, family, kind, name, doc, clause, props, required, twin: true, ...opts };
}
export const P = (lang, slug, family, tool, server) => ({ lang, slug, family, tool, ...(server ? { server } : {}) });
export const L = P; // legitimate: family holds the server kind
