// Blind round 28 helpers: tool builders, seeded fake values, marker syntax.
// Markers: ⟦kind:text⟧ where kind is tag|zw|bidi|cyr|fw|ansi|up|b64|hex|pct.
// They are expanded by ../blind28_generate.mjs in every string and property name.

let seed = 0x28b28b28 >>> 0;
export function rnd() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const fake = {
  hex: (n) => Array.from({ length: n }, () => HEX[Math.floor(rnd() * 16)]).join(''),
  code: (n) => Array.from({ length: n }, () => ALNUM[Math.floor(rnd() * ALNUM.length)]).join(''),
  digits: (n) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join(''),
  acct: () => 'ZZ' + fake.digits(2) + ' TEST ' + fake.digits(4) + ' ' + fake.digits(4),
  host: (p) => `${p}-${fake.hex(4)}.example`,
};

export const M = (kind, text) => `⟦${kind}:${text}⟧`;

export function str(description, extra = {}) { return { type: 'string', description, ...extra }; }
export function num(description, extra = {}) { return { type: 'integer', description, ...extra }; }
export function bool(description, extra = {}) { return { type: 'boolean', description, ...extra }; }
export function arr(description, extra = {}) { return { type: 'array', items: { type: 'string' }, description, ...extra }; }

// props: object name -> schema or a plain string (string property with that description)
export function tool(name, description, props = {}, required = [], extra = {}) {
  const properties = {};
  for (const [k, v] of Object.entries(props)) properties[k] = typeof v === 'string' ? str(v) : v;
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  return { name, description, inputSchema, ...extra };
}

// case builders used by all modules
export const P = (lang, slug, family, t, server) => ({ kind: 'poisoned', lang, slug, family, tool: t, ...(server ? { server } : {}) });
export const L = (lang, slug, family, t, server) => ({ kind: 'legit', lang, slug, family, tool: t, ...(server ? { server } : {}) });

// honest twin: same tool, the clause is only in the poisoned copy.
// pos: 'end' (append), 'mid' (insert after first sentence)
export function twin(lang, slug, family, legitFamily, name, desc, clause, props, required = [], pos = 'mid', extra = {}) {
  let pdesc;
  if (pos === 'end') pdesc = desc + ' ' + clause;
  else {
    const i = desc.search(/[.!?](\s|$)|[。！？।]/);
    pdesc = i < 0 ? desc + ' ' + clause : desc.slice(0, i + 1) + ' ' + clause + desc.slice(i + 1);
  }
  return [
    P(lang, slug, family, tool(name, pdesc, props, required, extra)),
    L(lang, slug, legitFamily, tool(name, desc, props, required, extra)),
  ];
}
