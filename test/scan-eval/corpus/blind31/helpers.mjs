// blind31 helpers: deterministic PRNG, schema builders and case constructors.
// Hand-written for the blind31 round; Node 20 built-ins only.

// mulberry32: small deterministic PRNG so that any "random" detail
// (zero-width joiner choice, example ids) is identical on every run.
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

const idRng = mulberry32(0x0b31ca5e);

// Deterministic example identifiers used inside schemas ("e.g. inv_4f2a91").
export function exampleId(prefix, len = 6) {
  const alphabet = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < len; i += 1) s += alphabet[Math.floor(idRng() * 16)];
  return `${prefix}${s}`;
}

// ---- JSON Schema property builders -------------------------------------
export const S = (description, x = {}) => ({ type: 'string', description, ...x });
export const I = (description, x = {}) => ({ type: 'integer', description, ...x });
export const N = (description, x = {}) => ({ type: 'number', description, ...x });
export const B = (description, x = {}) => ({ type: 'boolean', description, ...x });
export const E = (values, description, x = {}) => ({ type: 'string', enum: values, description, ...x });
export const A = (items, description, x = {}) => ({ type: 'array', items, description, ...x });
export const O = (properties, description, x = {}) => ({ type: 'object', properties, description, ...x });

// tool(name, description, properties, required, extra)
//   extra.schema  -> merged into inputSchema (e.g. $defs, additionalProperties)
//   any other key -> copied onto the tool (title, annotations, outputSchema, _meta)
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const { schema, ...rest } = extra;
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (schema) Object.assign(inputSchema, schema);
  return { name, description, inputSchema, ...rest };
}

export function server({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts !== undefined) s.prompts = prompts;
  if (resources !== undefined) s.resources = resources;
  return s;
}

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });

// ---- case constructors --------------------------------------------------
// style (poisoned only): 'blatant' | 'quiet' | 'slot'  (slot = unusual slot or encoding)
// where: the slot that carries the payload / the risky-looking text.
export function P(family, lang, slug, style, t, srv, where = 'description') {
  return { set: 'poisoned', family, lang, slug, style, where, tool: t, server: srv };
}
export function L(kind, lang, slug, t, srv, where = 'description') {
  return { set: 'legit', family: kind, lang, slug, where, tool: t, server: srv };
}

// Honest twin: one builder, two clauses. make(clause) returns a tool or [tool, server].
export function T(lang, slug, family, kind, style, bad, good, make, where = 'description') {
  const unpack = (r) => (Array.isArray(r) ? r : [r, undefined]);
  const [pt, ps] = unpack(make(bad));
  const [lt, ls] = unpack(make(good));
  return [
    { ...P(family, lang, `twin-${slug}`, style, pt, ps, where), twin: true },
    { ...L(kind, lang, `twin-${slug}`, lt, ls, where), twin: true },
  ];
}
