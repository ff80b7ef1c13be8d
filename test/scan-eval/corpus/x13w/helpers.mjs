// Round x13w: shared helpers (written blind for this round).
// A deterministic PRNG, schema builders and case constructors. Nothing here
// reads the scanner or earlier rounds; the generator expands the hiding
// markers ⟦KIND:text⟧ after all cases are built.

export const SEED = 0x13a7e5b1;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hash32(text) {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// ---- JSON Schema builders -------------------------------------------------
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export function O(properties, description, required = [], extra = {}) {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return Object.assign(o, extra);
}

// tool(name, description, properties, required, extra)
// extra: title, annotations, outputSchema, _meta, defs ($defs), schema (merged into inputSchema)
export function tool(name, description, properties, required = [], extra = {}) {
  const { title, annotations, outputSchema, _meta, defs, schema, ...rest } = extra;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new Error(`tool ${name}: unknown extra ${unknown.join(',')}`);
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (defs) inputSchema.$defs = defs;
  if (schema) Object.assign(inputSchema, schema);
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  t.inputSchema = inputSchema;
  if (outputSchema !== undefined) t.outputSchema = outputSchema;
  if (annotations !== undefined) t.annotations = annotations;
  if (_meta !== undefined) t._meta = _meta;
  return t;
}

export const ro = (title) => ({ ...(title ? { title } : {}), readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const rw = (title, destructive = false) => ({ ...(title ? { title } : {}), readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

// ---- server block -----------------------------------------------------------
export function server({ i, p, r } = {}) {
  const s = {};
  if (i !== undefined) s.instructions = i;
  if (p !== undefined) s.prompts = p;
  if (r !== undefined) s.resources = r;
  return s;
}
// prompt(name, description, [[argName, argDescription, required?], ...])
export function prompt(name, description, args = []) {
  return {
    name,
    description,
    arguments: args.map(([n, d, req]) => ({ name: n, description: d, required: Boolean(req) })),
  };
}
export function res(uri, name, description, text, mimeType = 'text/plain') {
  const r = { uri, name, description, mimeType };
  if (text !== undefined) r.text = text;
  return r;
}

// ---- case constructors --------------------------------------------------------
// P: poisoned case. slot names where the payload sits (for the composition).
export function P(slug, family, lang, slot, tool, srv) {
  return { kind: 'p', slug, family, lang, slot, tool, ...(srv ? { server: srv } : {}) };
}
// L: legitimate risky-looking case; kind is the server kind (becomes `family`).
export function L(slug, kind, lang, tool, srv) {
  return { kind: 'l', slug, family: kind, lang, tool, ...(srv ? { server: srv } : {}) };
}
// twin: one builder, called with poisoned=true and poisoned=false. The two
// cases differ only by the one clause the builder switches on.
export function twin(slug, lang, family, serverKind, slot, build) {
  const norm = (v) => (v && v.name !== undefined ? { tool: v } : v);
  const p = norm(build(true));
  const l = norm(build(false));
  return [
    { kind: 'p', slug: `twin-${slug}`, family, lang, slot, twin: slug, tool: p.tool, ...(p.server ? { server: p.server } : {}) },
    { kind: 'l', slug: `twin-${slug}`, family: serverKind, lang, twin: slug, tool: l.tool, ...(l.server ? { server: l.server } : {}) },
  ];
}
