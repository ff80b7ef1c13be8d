// Shared helpers for training round x13b (hand-written cases).
// Markers of the form [[kind::payload]] inside any string are expanded by
// ../x13b_generate.mjs (tag, zw, bidi, homo, fw, ansi, ansiw, b64, hex).
export const s = (description, x = {}) => ({ type: 'string', description, ...x });
export const n = (description, x = {}) => ({ type: 'number', description, ...x });
export const int = (description, x = {}) => ({ type: 'integer', description, ...x });
export const b = (description, x = {}) => ({ type: 'boolean', description, ...x });
export const arr = (description, items = { type: 'string' }, x = {}) => ({ type: 'array', items, description, ...x });
export const obj = (description, properties = {}, x = {}) => ({ type: 'object', description, properties, ...x });

export function T(name, description, properties = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  const { schemaExtra, ...rest } = extra;
  if (schemaExtra) Object.assign(inputSchema, schemaExtra);
  return { name, description, inputSchema, ...rest };
}

// C(family, lang, slug, tool, server?)
export const C = (family, lang, slug, tool, server) => ({ family, lang, slug, tool, ...(server ? { server } : {}) });
