// Helpers for the hand-written blind round 20 cases. Not a case module.
// Property shorthand: "s|text" string, "i|text" integer, "n|text" number,
// "b|text" boolean, "a|text" array of strings, "o|text" object; a plain
// string is a string property. A full schema object is used as given.
// Transform markers (expanded by blind20_generate.mjs anywhere, keys too):
//   ⟦tag:..⟧ Unicode tag characters, ⟦zw:..⟧ zero-width splitting,
//   ⟦bidi:..⟧ RLO override with reversed text, ⟦homo:..⟧ Cyrillic homoglyphs,
//   ⟦full:..⟧ fullwidth forms, ⟦ansi:..⟧ concealed SGR text,
//   ⟦ansiwipe:..⟧ text followed by cursor-up/erase-line, ⟦b64:..⟧ base64,
//   ⟦hex:..⟧ hex, ⟦pct:..⟧ percent-encoding of every byte.

const TYPES = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' };

export function prop(v) {
  if (typeof v !== 'string') return v;
  const m = /^([sinbao])\|([\s\S]*)$/.exec(v);
  if (!m) return { type: 'string', description: v };
  const p = { type: TYPES[m[1]], description: m[2] };
  if (m[1] === 'a') p.items = { type: 'string' };
  return p;
}

// tool(name, description, props, opt)
// opt: req (array; default first property), title, out (outputSchema),
// ann (annotations), defs ($defs), extra (merged into inputSchema)
export function tool(name, description, props = {}, opt = {}) {
  const t = { name };
  if (opt.title) t.title = opt.title;
  t.description = description;
  const properties = {};
  for (const [k, v] of Object.entries(props)) properties[k] = prop(v);
  const schema = { type: 'object', properties };
  const keys = Object.keys(properties);
  const req = opt.req ?? (keys.length ? [keys[0]] : []);
  if (req.length) schema.required = req;
  if (opt.defs) schema.$defs = opt.defs;
  if (opt.extra) Object.assign(schema, opt.extra);
  t.inputSchema = schema;
  if (opt.out) t.outputSchema = opt.out;
  if (opt.ann) t.annotations = opt.ann;
  return t;
}

export function out(props, req) {
  const properties = {};
  for (const [k, v] of Object.entries(props)) properties[k] = prop(v);
  const s = { type: 'object', properties };
  if (req) s.required = req;
  return s;
}

export function srv({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts) s.prompts = prompts;
  if (resources) s.resources = resources;
  return s;
}

export function prompt(name, description, args = {}) {
  return {
    name,
    description,
    arguments: Object.entries(args).map(([n, d]) => ({ name: n, description: d })),
  };
}

export function res(uri, name, description, mimeType) {
  const r = { uri, name, description };
  if (mimeType) r.mimeType = mimeType;
  return r;
}

export function tmpl(uriTemplate, name, description, mimeType) {
  const r = { uriTemplate, name, description };
  if (mimeType) r.mimeType = mimeType;
  return r;
}

// Poisoned / legitimate case. server may be undefined. slug optional
// (defaults to the tool name).
export const P = (lang, family, t, server, slug) => ({ kind: 'p', lang, family, tool: t, server, slug });
export const L = (lang, family, t, server, slug) => ({ kind: 'l', lang, family, tool: t, server, slug });

// Honest twin: build(evil) returns { tool, server }. The poisoned case gets
// `family`, the legitimate twin gets `legitFamily`.
export function twin(lang, family, legitFamily, build, slug) {
  const e = build(true);
  const h = build(false);
  return [
    { kind: 'p', lang, family, tool: e.tool, server: e.server, slug, twin: true },
    { kind: 'l', lang, family: legitFamily, tool: h.tool, server: h.server, slug, twin: true },
  ];
}
