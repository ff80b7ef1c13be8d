// Round x13z (training round) — shared helpers: a deterministic PRNG, schema
// builders and case builders. Node 20 built-ins only.
//
// Case entries produced here are plain objects that x13z_generate.mjs turns
// into corpus cases. `side` is 'p' (poisoned) or 'l' (legitimate); for
// legitimate cases `family` is the server kind.

// mulberry32: small, fast, fully deterministic for a fixed seed.
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

// ---- schema builders -------------------------------------------------------
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const enm = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, required, description, extra = {}) => {
  const o = { type: 'object', description, properties };
  if (required && required.length) o.required = required;
  return { ...o, ...extra };
};
// items helpers for arrays
export const S = { type: 'string' };
export const Sf = (format) => ({ type: 'string', format });

// tool(name, description, properties, required, extra)
// extra may carry: title, outputSchema, annotations, _meta, defs ($defs of the
// input schema), additionalProperties (input schema).
export function tool(name, description, properties, required = [], extra = {}) {
  const { title, outputSchema, annotations, _meta, defs, additionalProperties, ...rest } = extra;
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (additionalProperties !== undefined) inputSchema.additionalProperties = additionalProperties;
  if (defs) inputSchema.$defs = defs;
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  t.inputSchema = inputSchema;
  if (outputSchema) t.outputSchema = outputSchema;
  if (annotations) t.annotations = annotations;
  if (_meta) t._meta = _meta;
  return { ...t, ...rest };
}

// Join sentence parts, dropping empty ones (used to splice a twin clause).
export const J = (...parts) => parts.filter((p) => p !== '' && p !== undefined && p !== null).join(' ');
// Spread helper: include {key: value} only when value is set.
export const opt = (key, value) => (value === '' || value === undefined || value === null ? {} : { [key]: value });

// Server block builders.
export const prompt = (name, description, args = []) => {
  const p = { name, description };
  if (args.length) p.arguments = args.map(([n, d, required]) => ({ name: n, description: d, required: !!required }));
  return p;
};
export const resource = (uri, name, description, mimeType = 'text/markdown') => ({ uri, name, description, mimeType });

// ---- case builders ----------------------------------------------------------
function unpack(r) {
  if (r && typeof r === 'object' && 'inputSchema' in r) return { tool: r };
  return r; // {tool, server}
}

// Poisoned case. `t` is a tool, or {tool, server}.
export const P = (family, lang, slug, t, server) => ({ side: 'p', family, lang, slug, ...unpack(t), ...(server ? { server } : {}) });
// Legitimate case; `kind` is the server kind.
export const L = (kind, lang, slug, t, server) => ({ side: 'l', family: kind, lang, slug, ...unpack(t), ...(server ? { server } : {}) });

// Honest twin pair: build(clause) returns a tool or {tool, server}. The
// legitimate side is build(honest), the poisoned side build(poison). The two
// must differ in exactly one JSON leaf (checked by the generator).
export function twin({ lang, slug, family, kind, slot, honest = '', poison, build }) {
  const key = `${lang}-${slug}`;
  const h = unpack(build(honest));
  const p = unpack(build(poison));
  return [
    { side: 'l', family: kind, lang, slug, twinKey: key, slot, ...h },
    { side: 'p', family, lang, slug, twinKey: key, slot, ...p },
  ];
}
