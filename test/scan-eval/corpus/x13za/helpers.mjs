// Round x13za (training round): shared helpers.
// Deterministic PRNG, schema builders and case builders. Node 20 built-ins only.

export const SEED = 0x13a5a7;

// mulberry32: small, fast, deterministic.
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

// FNV-1a 32-bit, used to derive a per-string seed so that marker expansion
// does not depend on the order in which strings are visited.
export function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function rngFor(text) {
  return mulberry32((SEED ^ fnv1a(text)) >>> 0);
}

// ---- JSON Schema builders -------------------------------------------------

const withDesc = (base, description, extra) =>
  (description === undefined ? { ...base, ...extra } : { ...base, description, ...extra });
export const S = (description, extra = {}) => withDesc({ type: 'string' }, description, extra);
export const I = (description, extra = {}) => withDesc({ type: 'integer' }, description, extra);
export const Num = (description, extra = {}) => withDesc({ type: 'number' }, description, extra);
export const B = (description, extra = {}) => withDesc({ type: 'boolean' }, description, extra);
export const E = (values, description, extra = {}) => withDesc({ type: 'string', enum: values }, description, extra);
export const A = (items, description, extra = {}) => withDesc({ type: 'array', items }, description, extra);
export const O = (properties, required = [], description, extra = {}) => {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return { ...o, ...extra };
};
export const Date_ = (description, extra = {}) => withDesc({ type: 'string', format: 'date' }, description, extra);
export const Email = (description, extra = {}) => withDesc({ type: 'string', format: 'email' }, description, extra);
export const Uri = (description, extra = {}) => withDesc({ type: 'string', format: 'uri' }, description, extra);

// tool(name, description, properties, required, extra)
// extra: title, annotations, outputSchema, _meta, defs (-> inputSchema.$defs),
//        schema (merged into inputSchema)
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const t = { name };
  if (extra.title) t.title = extra.title;
  t.description = description;
  const input = { type: 'object', properties };
  if (required.length) input.required = required;
  if (extra.defs) input.$defs = extra.defs;
  if (extra.additionalProperties !== undefined) input.additionalProperties = extra.additionalProperties;
  Object.assign(input, extra.schema || {});
  t.inputSchema = input;
  if (extra.outputSchema) t.outputSchema = extra.outputSchema;
  if (extra.annotations) t.annotations = extra.annotations;
  if (extra._meta) t._meta = extra._meta;
  return t;
}

// Annotation shorthands.
export const RO = { readOnlyHint: true, openWorldHint: false };
export const RW = { readOnlyHint: false, destructiveHint: false };
export const DESTRUCTIVE = { readOnlyHint: false, destructiveHint: true };

// ---- case builders --------------------------------------------------------

// Poisoned case: family is the attack family.
export function P(family, lang, slug, t, server) {
  const c = { kind: 'p', family, lang, slug, tool: t };
  if (server) c.server = server;
  return c;
}

// Legitimate risky-looking case: family is the server kind.
export function L(kind, lang, slug, t, server) {
  const c = { kind: 'l', family: kind, lang, slug, tool: t };
  if (server) c.server = server;
  return c;
}

// Honest twin pair. make(clause, org) builds the tool (or {tool, server});
// the poisoned side gets `poison`, the honest side gets `honest`. When the
// differing clause sits outside the tool description (schema slot, prompt,
// output schema ...), give two organisation names in `orgs` so that the two
// descriptions are not byte-identical; the generator rejects duplicate
// descriptions across both output files.
export function twin({ lang, slug, family, kind, honest, poison, orgs, make }) {
  const [po, lo] = orgs || ['', ''];
  const wrap = (v) => (v && v.tool ? v : { tool: v });
  const p = wrap(make(poison, po));
  const l = wrap(make(honest, lo));
  return [
    P(family, lang, `twin-${slug}`, p.tool, p.server),
    L(kind, lang, `twin-${slug}`, l.tool, l.server),
  ];
}

// Prompt and resource builders for server blocks.
export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
