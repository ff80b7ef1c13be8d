// Small builders for the x13l hand-written cases. No logic beyond shaping objects.
// {{X}} marks where a case's payload (field `x`) is inserted; the generator
// applies the case's character transform (field `tx`) to it. For an honest twin
// the marker becomes twin.x (or is dropped).
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });
export const en = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });

export function T(name, description, properties = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  const { title, ...rest } = extra;
  const tool = { name };
  if (title) tool.title = title;
  tool.description = description;
  tool.inputSchema = inputSchema;
  return Object.assign(tool, rest);
}

// P = poisoned case, L = standalone legitimate case.
export const P = (lang, slug, family, tool, opts = {}) => ({ kind: 'p', lang, slug, family, tool, ...opts });
export const L = (lang, slug, family, tool, opts = {}) => ({ kind: 'l', lang, slug, family, tool, ...opts });

export const prompt = (name, description, args = []) => ({
  name, description, arguments: args.map(([n1, d, r]) => ({ name: n1, description: d, ...(r ? { required: true } : {}) })),
});
export const res = (uri, name, description, mimeType) =>
  ({ uri, name, description, ...(mimeType ? { mimeType } : {}) });
export const rtpl = (uriTemplate, name, description, mimeType) =>
  ({ uriTemplate, name, description, ...(mimeType ? { mimeType } : {}) });
