// Training round x13q: shared builders. Hand-written cases call these.
// Markers expanded by ../x13q_generate.mjs (in any string or property name):
//   {{tag:...}} Unicode tag chars   {{zw:...}} zero-width split   {{bidi:...}} RLO override
//   {{cyr:...}} Cyrillic homoglyphs {{fw:...}} fullwidth          {{ansi:...}} SGR conceal
//   {{up:...}} cursor-up + erase    {{b64:...}} base64            {{hex:...}} hex
//   {{pct:...}} percent-encoding
// A "@@" in a twin's text marks where the malicious clause sits.

let seed = 0x13a5f00d;
export function rnd() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const fake = {
  hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join(''),
  digits: (n) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join(''),
  pick: (a) => a[Math.floor(rnd() * a.length)],
};

const TYPES = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' };
// spec: "name!:t=description|other:t=desc"  ("!" = required, t in s,i,n,b,a,o; default s)
export function schema(spec) {
  const properties = {};
  const required = [];
  if (spec) {
    for (const part of spec.split('|')) {
      const eq = part.indexOf('=');
      let head = eq < 0 ? part : part.slice(0, eq);
      const desc = eq < 0 ? '' : part.slice(eq + 1);
      let type = 's';
      const c = head.lastIndexOf(':');
      if (c > 0 && TYPES[head.slice(c + 1)]) { type = head.slice(c + 1); head = head.slice(0, c); }
      let req = false;
      if (head.endsWith('!')) { req = true; head = head.slice(0, -1); }
      const p = { type: TYPES[type] };
      if (type === 'a') p.items = { type: 'string' };
      if (desc) p.description = desc;
      properties[head] = p;
      if (req) required.push(head);
    }
  }
  const out = { type: 'object', properties };
  if (required.length) out.required = required;
  return out;
}

export function T(name, description, spec, extra = {}) {
  const t = { name, description, inputSchema: extra.inputSchema || schema(spec) };
  for (const [k, v] of Object.entries(extra)) if (k !== 'inputSchema') t[k] = v;
  return t;
}

// poisoned case / legitimate case
export const P = (lang, slug, family, tool, server) => ({ kind: 'p', lang, slug, family, tool, ...(server ? { server } : {}) });
export const L = (lang, slug, family, tool, server) => ({ kind: 'l', lang, slug, family, tool, ...(server ? { server } : {}) });

// Honest twin pair: "@@" in desc/spec marks the clause; poisoned gets it, twin drops it.
export function twin(lang, slug, family, kind, name, desc, spec, clause, extra = {}) {
  const put = (s, c) => (s == null ? s : s.replace('@@', c).replace(/ {2,}/g, ' ').replace(/ ([.,;:])/g, '$1').trim());
  return [
    P(lang, slug, family, T(name, put(desc, clause), put(spec, clause), extra)),
    L(lang, slug + '-twin', kind, T(name, put(desc, ''), put(spec, ''), extra)),
  ];
}
export const prompt = (name, description, text) => ({ name, description, messages: [{ role: 'user', content: { type: 'text', text } }] });
export const resource = (uri, name, text) => ({ uri, name, mimeType: 'text/plain', text });
