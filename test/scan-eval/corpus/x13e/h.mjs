// Helpers for hand-written x13e cases.
// S({name: "description" | {schema}}, required?) -> object inputSchema; string values become string properties.
export function S(props = {}, required) {
  const properties = {};
  for (const [k, v] of Object.entries(props)) {
    properties[k] = typeof v === 'string' ? { type: 'string', description: v } : v;
  }
  const s = { type: 'object', properties };
  if (required && required.length) s.required = required;
  return s;
}
// c(slug, family, lang, tool, server?) -> case skeleton (ids assigned by the generator)
export function c(slug, family, lang, tool, server) {
  const o = { slug, family, lang, tool };
  if (server) o.server = server;
  return o;
}
