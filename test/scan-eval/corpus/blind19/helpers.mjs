// Blind round 19 — shared helpers for the hand-written case modules.
// Transform markup (expanded by ../blind19_generate.mjs):
//   ⟦kind:text⟧ with kind in tag | zw | bidi | homo | fw | ansi | ansidim | b64 | hex
// It may appear in any string and in property names.

export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const E = (description, values, extra = {}) => ({ type: 'string', description, enum: values, ...extra });
export const O = (description, properties, required, extra = {}) => ({ type: 'object', description, properties: props(properties), ...(required ? { required } : {}), ...extra });

export function props(p) {
  const out = {};
  for (const [k, v] of Object.entries(p || {})) out[k] = typeof v === 'string' ? S(v) : v;
  return out;
}

export const schema = (p, required) => ({ type: 'object', properties: props(p), ...(required && required.length ? { required } : {}) });

// t(name, description, properties, required, extra) -> MCP tool object
export function t(name, description, p = {}, required, extra = {}) {
  return { name, description, inputSchema: schema(p, required), ...extra };
}

export const P = (slug, family, lang, tool, server) => ({ kind: 'poisoned', slug, family, lang, tool, ...(server ? { server } : {}) });
export const L = (slug, family, lang, tool, server) => ({ kind: 'legit', slug, family, lang, tool, ...(server ? { server } : {}) });

const clone = (x) => JSON.parse(JSON.stringify(x));

// pair(): one poisoned case and its honest twin built from the same base server.
//   base: { tool, server? }; poison(c) and honest(c) mutate a deep copy in place.
export function pair(slug, lang, poisonFamily, legitFamily, base, poison, honest) {
  const p = clone(base);
  poison(p);
  const l = clone(base);
  if (honest) honest(l);
  return [
    { kind: 'poisoned', slug, family: poisonFamily, lang, tool: p.tool, ...(p.server ? { server: p.server } : {}), twin: true },
    { kind: 'legit', slug, family: legitFamily, lang, tool: l.tool, ...(l.server ? { server: l.server } : {}), twin: true },
  ];
}

export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, ...(r ? { required: true } : {}) })) });
export const res = (uri, name, description, mimeType) => ({ uri, name, description, ...(mimeType ? { mimeType } : {}) });
export const rtpl = (uriTemplate, name, description, mimeType) => ({ uriTemplate, name, description, ...(mimeType ? { mimeType } : {}) });
