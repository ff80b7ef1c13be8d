// Shared builders for blind round 13 hand-written cases.
// Transform markers (applied by ../blind13_generate.mjs to every string and
// every object key): ⟪kind:text⟫ where kind is one of
//   tag (Unicode tag characters), zw (zero-width splitting), bidi (RLO override
//   with reversed text), homo (Cyrillic/Greek homoglyphs), fw (fullwidth),
//   ansi (SGR conceal), ansierase (text then cursor-up + erase-line),
//   b64 (base64), hex (hex), rot13, pct (percent-encoding of every byte).
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const obj = (description, properties = {}, extra = {}) => ({ type: 'object', description, properties, ...extra });
export const en = (description, values, extra = {}) => ({ type: 'string', description, enum: values, ...extra });

// T(name, description, properties, required, extra)
// extra.schema is merged into inputSchema; all other extra keys go on the tool
// (title, outputSchema, annotations).
export function T(name, description, properties = {}, required = [], extra = {}) {
  const { schema, ...rest } = extra;
  const inputSchema = { type: 'object', properties };
  if (required && required.length) inputSchema.required = required;
  if (schema) Object.assign(inputSchema, schema);
  return { name, description, inputSchema, ...rest };
}

export function C(slug, family, lang, tool, server) {
  return server ? { slug, family, lang, tool, server } : { slug, family, lang, tool };
}

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([an, ad, req]) => (req ? { name: an, description: ad, required: true } : { name: an, description: ad })),
});
export const res = (uri, name, description, mimeType) =>
  mimeType ? { uri, name, description, mimeType } : { uri, name, description };
export const tpl = (uriTemplate, name, description, mimeType) =>
  mimeType ? { uriTemplate, name, description, mimeType } : { uriTemplate, name, description };
export const out = (properties, required) => {
  const o = { type: 'object', properties };
  if (required) o.required = required;
  return o;
};
export const RO = { readOnlyHint: true, openWorldHint: false };
export const DESTRUCTIVE = { readOnlyHint: false, destructiveHint: true };
