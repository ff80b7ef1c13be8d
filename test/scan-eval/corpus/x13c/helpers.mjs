// Small builders shared by the hand-written x13c case modules.
export const obj = (properties, required, extra = {}) => ({
  type: 'object',
  properties,
  ...(required && required.length ? { required } : {}),
  ...extra,
});
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const en = (description, values, extra = {}) => ({ type: 'string', description, enum: values, ...extra });

// tool(name, description, properties, required, extra) -> MCP tool object
export function tool(name, description, properties = {}, required = [], extra = {}) {
  return { name, description, inputSchema: obj(properties, required), ...extra };
}
// L: legitimate case; P: poisoned case. server is optional {instructions, prompts, resources}.
export const L = (lang, slug, family, t, server) => ({ kind: 'legit', lang, slug, family, tool: t, ...(server ? { server } : {}) });
export const P = (lang, slug, family, t, server) => ({ kind: 'poisoned', lang, slug, family, tool: t, ...(server ? { server } : {}) });
// Transform markers, resolved by x13c_generate.mjs in every string of a case:
//   [[tag:..]] Unicode tag chars, [[zw:..]] zero-width split, [[bidi:..]] RLO wrapped,
//   [[homo:..]] Cyrillic homoglyphs, [[fw:..]] fullwidth, [[ansi:..]] ANSI-hidden text,
//   [[b64:..]] base64, [[hex:..]] hex.
