// Shared helpers for the x13g hand-written cases (training round, author blind to the scanner).
// Transform markers inside any string: ⟦kind|payload⟧ — expanded by ../x13g_generate.mjs.
// kinds: tag, zw, bidi, homo, fw, ansi, b64, hex
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const O = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });

export function tool(name, description, properties, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  return { name, description, inputSchema, ...extra };
}
export const clone = (o) => JSON.parse(JSON.stringify(o));
// Copy a tool and mutate the copy.
export function edit(t, fn) { const c = clone(t); fn(c); return c; }
export const prop = (t, name) => t.inputSchema.properties[name];
export const P = (slug, family, lang, tool, server) => ({ kind: 'poisoned', slug, family, lang, tool, ...(server ? { server } : {}) });
export const L = (slug, family, lang, tool, server) => ({ kind: 'legit', slug, family, lang, tool, ...(server ? { server } : {}) });
export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, ...(r ? { required: true } : {}) })) });
export const res = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export const resT = (uriTemplate, name, description, mimeType = 'application/json') => ({ uriTemplate, name, description, mimeType });
