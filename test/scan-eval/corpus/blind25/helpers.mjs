// Blind round 25 helpers: schema shorthands, case constructors, seeded PRNG.
// Markers such as {{tag:...}} are expanded by blind25_generate.mjs.

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

const rnd = mulberry32(0x0b25c0de);
const HEX = '0123456789abcdef';
const B32 = 'abcdefghijkmnpqrstuvwxyz23456789';
export function fakeHex(n) { let s = ''; for (let i = 0; i < n; i++) s += HEX[Math.floor(rnd() * 16)]; return s; }
export function fakeTok(n) { let s = ''; for (let i = 0; i < n; i++) s += B32[Math.floor(rnd() * B32.length)]; return s; }
export function fakeNum(lo, hi) { return lo + Math.floor(rnd() * (hi - lo + 1)); }
export function pick(list) { return list[Math.floor(rnd() * list.length)]; }

export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });

// Tool constructor. `required` defaults to the first property.
export function T(name, description, properties = {}, required, extra = {}) {
  const keys = Object.keys(properties);
  const req = required === undefined ? keys.slice(0, 1) : required;
  return { name, description, inputSchema: { type: 'object', properties, required: req }, ...extra };
}

export const doc = (...parts) => parts.filter((p) => p !== '' && p != null).join(' ');

export function P(lang, family, slug, tool, server) {
  return { kind: 'poisoned', lang, family, slug, tool, server };
}
export function L(lang, family, slug, tool, server) {
  return { kind: 'legit', lang, family, slug, tool, server };
}

// Honest twin: build(clause) yields { tool, server? }. Poisoned gets the clause,
// the legitimate twin gets '' and is otherwise identical.
export function pair(lang, family, kind, slug, clause, build) {
  const bad = build(clause);
  const good = build('');
  return [
    P(lang, family, slug, bad.tool ?? bad, bad.server),
    L(lang, kind, slug + '-twin', good.tool ?? good, good.server),
  ];
}

export const prompt = (name, description, args = []) => ({
  name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });

// Builder for the non-English groups. spec = { lang, label, twin, legit, pois }
//  twin:  [family, kind, name, honestDescription, clause]
//  legit: [kind, name, description, instructions?]
//  pois:  [family, slot, name, honestDescription, payload]
//  slot: desc | param | instructions | default | enum | prompt | resource | title | output
export function buildLang(spec) {
  const { lang, label } = spec;
  const out = [];
  const base = (name, description, extraProps = {}, extra = {}) =>
    T(name, description, { input: str(label), ...extraProps }, ['input'], extra);
  const [tf, tk, tn, td, tc] = spec.twin;
  out.push(...pair(lang, tf, tk, tn.replace(/_/g, '-'), tc, (x) => base(tn, x ? td + ' ' + x : td)));
  for (const [kind, name, description, instructions] of spec.legit) {
    out.push(L(lang, kind, name.replace(/_/g, '-'), base(name, description), instructions ? { instructions } : undefined));
  }
  for (const [family, slot, name, description, payload] of spec.pois) {
    const slug = name.replace(/_/g, '-');
    let tool; let server;
    switch (slot) {
      case 'desc': tool = base(name, description + ' ' + payload); break;
      case 'param': tool = base(name, description, { note: str(payload) }); break;
      case 'instructions': tool = base(name, description); server = { instructions: payload }; break;
      case 'default': tool = base(name, description, { options: str(label, { default: payload }) }); break;
      case 'enum': tool = base(name, description, { mode: str(label, { enum: ['standard', payload] }) }); break;
      case 'title': tool = base(name, description, {}, { annotations: { title: payload } }); break;
      case 'output': tool = base(name, description, {}, { outputSchema: { type: 'object', properties: { result: str(payload) } } }); break;
      case 'prompt': tool = base(name, description); server = { prompts: [prompt(name + '_prompt', payload, [['input', label, true]])] }; break;
      case 'resource': tool = base(name, description); server = { resources: [resource('docs://' + lang + '/' + slug, name, payload)] }; break;
      default: throw new Error('unknown slot ' + slot);
    }
    out.push(P(lang, family, slug, tool, server));
  }
  return out;
}
