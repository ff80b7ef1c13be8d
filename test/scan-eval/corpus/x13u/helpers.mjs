// Training round x13u - shared helpers (Node built-ins only).
// Markers {{kind:text}} are expanded by x13u_generate.mjs; kinds:
// tag, zw, bidi, cyr, fw, ansi, ansiup, b64, hex, pct.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = mulberry32(0x7813a5e1);
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export function fakeHex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(rnd() * 16)]; return s; }
export function fakeTok(n) { let s = ''; for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rnd() * ALNUM.length)]; return s; }
export function fakeNum(lo, hi) { return lo + Math.floor(rnd() * (hi - lo + 1)); }
export function fakeIban() { let s = 'XX' + fakeNum(10, 99); for (let i = 0; i < 16; i++) s += fakeNum(0, 9); return s; }

// property shorthand: string -> {type:'string', description}
export function P(props) {
  const out = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'string') out[k] = { type: 'string', description: v };
    else out[k] = v;
  }
  return out;
}
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const en = (description, values, extra = {}) => ({ type: 'string', description, enum: values, ...extra });

export function tool(name, description, props = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties: P(props) };
  if (required.length) inputSchema.required = required;
  return { name, description, inputSchema, ...extra };
}

// Joins documentation sentences and inserts clause at position pos (default: middle).
export function doc(parts, clause = '', pos = -1) {
  const p = parts.slice();
  if (clause) {
    const at = pos < 0 ? Math.max(1, Math.floor(p.length / 2)) : Math.min(pos, p.length);
    p.splice(at, 0, clause);
  }
  return p.join(' ');
}

// Poisoned case.
export function bad(lang, slug, family, t, server) {
  const c = { kind: 'poisoned', lang, slug, family, tool: t };
  if (server) c.server = server;
  return c;
}
// Legitimate case.
export function ok(lang, slug, family, t, server) {
  const c = { kind: 'legit', lang, slug, family, tool: t };
  if (server) c.server = server;
  return c;
}
// Honest twin pair: build(clause) returns {tool, server?}; build('') is the twin.
export function pair(lang, slug, family, kind, clause, build) {
  const p = build(clause);
  const h = build('');
  const a = { kind: 'poisoned', lang, slug, family, tool: p.tool };
  if (p.server) a.server = p.server;
  const b = { kind: 'legit', twin: true, lang, slug, family: kind, tool: h.tool };
  if (h.server) b.server = h.server;
  return [a, b];
}

// Compact per-language spec used by the intl modules.
// spec = { pairs: [[slug, family, kind, name, parts[], clause, props, req]],
//          bad:   [[slug, family, name, description, props, req]],
//          ok:    [[slug, kind, name, description, props, req]] }
export function langCases(lang, spec) {
  const out = [];
  for (const [slug, family, kind, name, parts, clause, props, req = []] of spec.pairs || [])
    out.push(...pair(lang, slug, family, kind, clause, (c) => ({ tool: tool(name, doc(parts, c), props, req) })));
  for (const [slug, family, name, description, props = {}, req = []] of spec.bad || [])
    out.push(bad(lang, slug, family, tool(name, description, props, req)));
  for (const [slug, kind, name, description, props = {}, req = []] of spec.ok || [])
    out.push(ok(lang, slug, kind, tool(name, description, props, req)));
  return out;
}
