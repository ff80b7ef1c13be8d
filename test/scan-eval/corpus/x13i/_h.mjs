// Shared helpers for the x13i hand-written cases.
// Marker syntax inside any string (values, property names, enum entries):
//   {{P|text}}      poisoned-only text (dropped in the honest twin)
//   {{L|text}}      twin-only text (appears only in the honest twin)
//   {{tag|text}} {{zw|text}} {{bidi|text}} {{homo|text}} {{fw|text}}
//   {{ansi|text}} {{b64|text}} {{hex|text}}
//                   poisoned-only text with a character transform applied
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const obj = (description, properties, extra = {}) => ({ type: 'object', description, properties, ...extra });
export const T = (name, description, properties = {}, required = [], extra = {}) => ({
  name,
  description,
  inputSchema: { type: 'object', properties, ...(required.length ? { required } : {}) },
  ...extra,
});
// poisoned case; o may hold server, twin (1 = also emit an honest twin)
export const p = (slug, family, lang, tool, o = {}) => ({ k: 'p', slug, family, lang, tool, ...o });
// legitimate case
export const l = (slug, family, lang, tool, o = {}) => ({ k: 'l', slug, family, lang, tool, ...o });
