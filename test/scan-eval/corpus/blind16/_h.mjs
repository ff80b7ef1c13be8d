// Small helpers for blind round 16 hand-written cases.
// P(...) builds a poisoned case, L(...) a legitimate one. Strings may carry
// transform markers ⟦op:text⟧ that blind16_generate.mjs expands.
export function schema(props = {}, required) {
  const properties = {};
  for (const [k, v] of Object.entries(props)) {
    properties[k] = typeof v === 'string' ? { type: 'string', description: v } : v;
  }
  const s = { type: 'object', properties };
  if (required && required.length) s.required = required;
  return s;
}
function mk(kind, family, lang, slug, name, description, props, extra = {}) {
  const { required, server, title, outputSchema, annotations, inputSchema } = extra;
  const tool = { name };
  if (title) tool.title = title;
  tool.description = description;
  tool.inputSchema = inputSchema || schema(props, required);
  if (outputSchema) tool.outputSchema = outputSchema;
  if (annotations) tool.annotations = annotations;
  const c = { kind, family, lang, slug, tool };
  if (server) c.server = server;
  return c;
}
export const P = (family, lang, slug, name, description, props, extra) =>
  mk('p', family, lang, slug, name, description, props, extra);
export const L = (family, lang, slug, name, description, props, extra) =>
  mk('l', family, lang, slug, name, description, props, extra);
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const out = (props) => schema(props);
export const prompt = (name, description, args = []) => ({
  name, description, arguments: args.map(([n, d, r]) => (r === undefined ? { name: n, description: d } : { name: n, description: d, required: r })),
});
export const res = (uri, name, description, mimeType) => {
  const r = uri.includes('{') ? { uriTemplate: uri, name, description } : { uri, name, description };
  if (mimeType) r.mimeType = mimeType;
  return r;
};
