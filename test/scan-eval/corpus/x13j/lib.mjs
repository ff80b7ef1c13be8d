// x13j: compact builders for the hand-written cases (no transforms here; the
// generator resolves {{kind:text}} transforms and «! !» / «? ?» twin markers).
//
// Property shorthand: 'type|description' where type is one of
//   s string, i integer, n number, b boolean, as array of strings, o object.
// or an explicit JSON-schema object.  A property key starting with "!" is a
// poisoned-only property: it is dropped (and removed from required) in the
// honest twin.
const TYPES = {
  s: { type: 'string' },
  i: { type: 'integer' },
  n: { type: 'number' },
  b: { type: 'boolean' },
  as: { type: 'array', items: { type: 'string' } },
  o: { type: 'object' },
};

export function props(spec) {
  const out = {};
  for (const [key, v] of Object.entries(spec)) {
    if (typeof v === 'string') {
      const bar = v.indexOf('|');
      const t = v.slice(0, bar);
      const desc = v.slice(bar + 1);
      if (!TYPES[t]) throw new Error(`unknown type code ${t} for ${key}`);
      out[key] = { ...structuredClone(TYPES[t]), description: desc };
    } else {
      out[key] = v;
    }
  }
  return out;
}

// Tool builder: T(name, description, properties, required, extra)
export function T(name, description, p = {}, required = [], extra = {}) {
  const tool = { name };
  if (extra.title) tool.title = extra.title;
  tool.description = description;
  tool.inputSchema = { type: 'object', properties: props(p) };
  if (required.length) tool.inputSchema.required = required;
  for (const [k, v] of Object.entries(extra)) if (k !== 'title') tool[k] = v;
  return tool;
}

// Poisoned case: P(slug, family, lang, tool, {server, twin})
export const P = (slug, family, lang, tool, more = {}) => ({ slug, family, lang, tool, ...more });
// Legitimate case: L(slug, family, lang, tool, {server})
export const L = (slug, family, lang, tool, more = {}) => ({ slug, family, lang, tool, ...more });

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, ...(r ? { required: true } : {}) })),
});
export const resource = (uri, name, description, mimeType) => ({
  uri, name, description, ...(mimeType ? { mimeType } : {}),
});
export const template = (uriTemplate, name, description, mimeType) => ({
  uriTemplate, name, description, ...(mimeType ? { mimeType } : {}),
});
