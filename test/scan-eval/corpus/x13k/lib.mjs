// Small builders for the x13k hand-written cases (training round x13k).
//
// Markers understood by ../x13k_generate.mjs:
//   ⟪ ... ⟫          the malicious clause of a poisoned case that has an honest twin;
//                    the poisoned output keeps the text, the twin drops it.
//   ⟦kind|text⟧      a character transform applied by the generator, kind one of
//                    tag, zw, bidi, homo, fw, ansi, ansierase, b64, hex.

// Poisoned case. opts: {twin: true} to also emit an honest twin (needs ⟪⟫ markers).
export const P = (lang, slug, family, tool, server, opts = {}) => ({
  kind: 'poisoned', lang, slug, family, tool, server, twin: !!opts.twin,
});

// Legitimate (risky-looking but honest) case.
export const L = (lang, slug, family, tool, server) => ({
  kind: 'legit', lang, slug, family, tool, server, twin: false,
});

// Tool builder. extra may carry title, outputSchema, annotations, or $defs (placed in inputSchema).
export function T(name, description, props = {}, required = [], extra = {}) {
  const { $defs, ...rest } = extra;
  const inputSchema = { type: 'object', properties: props };
  if (required.length) inputSchema.required = required;
  if ($defs) inputSchema.$defs = $defs;
  const tool = { name };
  if (rest.title) tool.title = rest.title;
  tool.description = description;
  tool.inputSchema = inputSchema;
  for (const [k, v] of Object.entries(rest)) if (k !== 'title') tool[k] = v;
  return tool;
}

export const str = (description, more = {}) => ({ type: 'string', description, ...more });
export const int = (description, more = {}) => ({ type: 'integer', description, ...more });
export const num = (description, more = {}) => ({ type: 'number', description, ...more });
export const bool = (description, more = {}) => ({ type: 'boolean', description, ...more });
export const arr = (description, items = { type: 'string' }, more = {}) => ({ type: 'array', description, items, ...more });
export const obj = (description, properties = {}, more = {}) => ({ type: 'object', description, properties, ...more });
export const en = (description, values, more = {}) => ({ type: 'string', description, enum: values, ...more });

// Server pieces.
export const S = (instructions, prompts, resources) => {
  const s = {};
  if (instructions !== undefined && instructions !== null) s.instructions = instructions;
  if (prompts) s.prompts = prompts;
  if (resources) s.resources = resources;
  return s;
};
export const prompt = (name, description, args = []) => ({
  name, description, arguments: args.map(([n, d, r]) => (r === undefined ? { name: n, description: d } : { name: n, description: d, required: r })),
});
export const res = (uri, name, description, mimeType) => {
  const r = { uri, name, description };
  if (mimeType) r.mimeType = mimeType;
  return r;
};
export const tmpl = (uriTemplate, name, description, mimeType) => {
  const r = { uriTemplate, name, description };
  if (mimeType) r.mimeType = mimeType;
  return r;
};
export const out = (properties, required) => {
  const o = { type: 'object', properties };
  if (required) o.required = required;
  return o;
};
