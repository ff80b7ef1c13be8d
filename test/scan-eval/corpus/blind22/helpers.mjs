// Blind round 22 helpers: compact builders for tool definitions and cases.
// Property shorthand: key ending in "!" is required; value "s:desc" (string),
// "i:desc" (integer), "n:desc" (number), "b:desc" (boolean), "a:desc" (array
// of strings), "o:desc" (object) or a full JSON-schema object.
// Pair markers: [[poison-only text]] or [[poison text||honest text]] make a
// case usable as an honest twin (see TW). A property key "[[name]]" exists
// only in the poisoned version.
const TYPES = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' };

export function prop(v) {
  if (typeof v !== 'string') return v;
  const m = /^([sinbao]):([\s\S]*)$/.exec(v);
  if (!m) return { type: 'string', description: v };
  const out = { type: TYPES[m[1]], description: m[2] };
  if (m[1] === 'a') out.items = { type: 'string' };
  return out;
}

export function T(name, description, props = {}, extra = {}) {
  const properties = {};
  const required = [];
  for (const [k0, v] of Object.entries(props)) {
    let k = k0;
    if (k.endsWith('!')) { k = k.slice(0, -1); required.push(k); }
    properties[k] = prop(v);
  }
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (extra.schema) Object.assign(inputSchema, extra.schema);
  const tool = { name, description, inputSchema };
  for (const [k, v] of Object.entries(extra)) if (k !== 'schema') tool[k] = v;
  return tool;
}

// Poisoned case.
export const P = (lang, slug, family, tool, server) => ({ kind: 'p', lang, slug, family, tool, server });
// Legitimate case; family is the server kind.
export const L = (lang, slug, family, tool, server) => ({ kind: 'l', lang, slug, family, tool, server });
// Honest-twin pair: the same tool, poisoned with the [[...]] clauses, honest without.
export const TW = (lang, slug, family, legitFamily, tool, server) =>
  ({ kind: 'pair', lang, slug, family, legitFamily, tool, server });

export const prompt = (name, description, args = []) => ({ name, description, arguments: args });
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
