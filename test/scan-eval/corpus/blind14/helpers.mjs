// Shared builders for blind round 14 hand-written cases.
// Transform markers: [[kind:text]] where kind is one of
//   tag (Unicode tag chars), zw (zero-width split), bidi (RLO + reversed),
//   homo (Cyrillic homoglyphs), full (fullwidth), ansi (SGR conceal),
//   ansiblk (black-on-black + erase line), b64, hex.
// The generator expands them; hand-written text stays readable here.
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const i = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const a = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const o = (properties, required = [], extra = {}) => ({
  type: 'object', properties, ...(required.length ? { required } : {}), ...extra,
});
export const t = (name, description, properties = {}, required = [], extra = {}) => {
  const { schemaExtra, ...rest } = extra;
  return { name, description, inputSchema: o(properties, required, schemaExtra || {}), ...rest };
};
// Poisoned / legit case constructors.
export const P = (lang, slug, family, tool, server) => ({ kind: 'p', lang, slug, family, tool, ...(server ? { server } : {}) });
export const L = (lang, slug, family, tool, server) => ({ kind: 'l', lang, slug, family, tool, ...(server ? { server } : {}) });
export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([nm, d, req]) => ({ name: nm, description: d, ...(req ? { required: true } : {}) })) });
export const res = (uri, name, description, mimeType) => ({ uri, name, description, ...(mimeType ? { mimeType } : {}) });
export const rtpl = (uriTemplate, name, description, mimeType) => ({ uriTemplate, name, description, ...(mimeType ? { mimeType } : {}) });
