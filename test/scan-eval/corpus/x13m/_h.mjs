// Shared helpers for the hand-written x13m cases.
// P(text) marks a payload: the generator applies the case's transform (xf) to it, and an
// honest twin (twin: true) is the same case with every marked payload removed.
export const P = (s) => `\u27EA${s}\u27EB`;
export function T(name, description, props = {}, required = [], extra = {}) {
  const { title, ...rest } = extra;
  const t = { name };
  if (title) t.title = title;
  t.description = description;
  t.inputSchema = { type: 'object', properties: props };
  if (required.length) t.inputSchema.required = required;
  return Object.assign(t, rest);
}
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const i = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });
export const RO = { annotations: { readOnlyHint: true, openWorldHint: false } };
export const DESTR = { annotations: { destructiveHint: true, idempotentHint: false } };
