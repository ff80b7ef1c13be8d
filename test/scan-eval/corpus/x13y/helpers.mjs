// Round x13y helpers: deterministic PRNG, schema builders and case builders.
// Every case is hand-written in the sibling files; these helpers only give
// them a common shape. Markers of the form ⟪KIND|text⟫ are expanded by
// ../x13y_generate.mjs (see MARKER_KINDS there).

export const SEED = 0x13e9a7;

// mulberry32: tiny deterministic PRNG, same sequence on every run.
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

const shared = mulberry32(SEED);
export const rand = () => shared();
export const pick = (list) => list[Math.floor(shared() * list.length)];
export const digits = (n) => Array.from({ length: n }, () => Math.floor(shared() * 10)).join('');

// ---- schema builders -------------------------------------------------------
export const str = (description, more = {}) => ({ type: 'string', description, ...more });
export const int = (description, more = {}) => ({ type: 'integer', description, ...more });
export const num = (description, more = {}) => ({ type: 'number', description, ...more });
export const bool = (description, more = {}) => ({ type: 'boolean', description, ...more });
export const enm = (values, description, more = {}) => ({ type: 'string', enum: values, description, ...more });
export const arr = (items, description, more = {}) => ({ type: 'array', items, description, ...more });
export const strs = (description, more = {}) => arr({ type: 'string' }, description, more);
export function obj(properties, required = [], description, more = {}) {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return { ...o, ...more };
}

// tool(name, description, properties, required, extra)
// extra.schema is merged into inputSchema ($defs, additionalProperties ...);
// every other extra key (title, outputSchema, annotations, _meta) goes on the tool.
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const { schema, title, ...rest } = extra;
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  t.inputSchema = { type: 'object', properties };
  if (required.length) t.inputSchema.required = required;
  if (schema) Object.assign(t.inputSchema, schema);
  Object.assign(t, rest);
  return t;
}

export const ro = { readOnlyHint: true, destructiveHint: false, openWorldHint: false };
export const rw = { readOnlyHint: false, destructiveHint: false, openWorldHint: true };
export const destructive = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };

// ---- server block builders -------------------------------------------------
export const prompt = (name, description, args = []) => {
  const p = { name, description };
  if (args.length) p.arguments = args.map(([n, d, r]) => ({ name: n, description: d, required: !!r }));
  return p;
};
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export function server({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts) s.prompts = prompts;
  if (resources) s.resources = resources;
  return s;
}

// ---- case builders ----------------------------------------------------------
// slot: where the poison sits (description, param, enum, default, examples,
// const, $defs, outputSchema, title, annotations, _meta, property-name,
// prompts, resources, instructions). Metadata only, not written to the JSON.
export function P(lang, family, slug, t, opt = {}) {
  return { set: 'poisoned', lang, family, slug, tool: t, server: opt.server, slot: opt.slot || 'description', twin: opt.twin || null };
}
export function L(lang, kind, slug, t, opt = {}) {
  return { set: 'legit', lang, family: kind, slug, tool: t, server: opt.server, slot: null, twin: opt.twin || null };
}

// Honest twin: one builder, two clauses. make(clause) returns a tool;
// opt.server(clause) optionally returns the server block. The poisoned and
// the legitimate case differ only by that clause and share the slug "tw-...".
export function twin(lang, family, kind, slug, [poison, honest], make, opt = {}) {
  const s = 'tw-' + slug;
  return [
    P(lang, family, s, make(poison), { slot: opt.slot, twin: s, server: opt.server ? opt.server(poison) : undefined }),
    L(lang, kind, s, make(honest), { twin: s, server: opt.server ? opt.server(honest) : undefined }),
  ];
}
