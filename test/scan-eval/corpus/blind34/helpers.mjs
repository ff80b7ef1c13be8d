// Blind round 34: shared helpers and builders for the hand-written case files.
// Everything here is deterministic; the generator supplies the only PRNG seed.

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

export function shuffle(list, rand) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---- schema builders -------------------------------------------------------
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const Num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export function O(properties, required = [], description, extra = {}) {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return { ...o, ...extra };
}

// tool(name, description, properties, required, extra)
// extra: title, annotations, outputSchema, _meta go on the tool; schema: {...}
// is merged into inputSchema ($defs, additionalProperties, ...).
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const { schema, title, annotations, outputSchema, _meta, ...rest } = extra;
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (schema) Object.assign(inputSchema, schema);
  t.inputSchema = inputSchema;
  if (outputSchema !== undefined) t.outputSchema = outputSchema;
  if (annotations !== undefined) t.annotations = annotations;
  if (_meta !== undefined) t._meta = _meta;
  if (Object.keys(rest).length) throw new Error(`tool ${name}: unknown extra keys ${Object.keys(rest)}`);
  return t;
}

export const ro = (title) => ({ ...(title ? { title } : {}), readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const rw = (title, destructive = false) => ({ ...(title ? { title } : {}), readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

// ---- server block builders -------------------------------------------------
export function server({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts !== undefined) s.prompts = prompts;
  if (resources !== undefined) s.resources = resources;
  return s;
}
export function prompt(name, description, args = []) {
  const p = { name, description };
  if (args.length) p.arguments = args.map(([n, d, req]) => ({ name: n, description: d, required: !!req }));
  return p;
}
export const resource = (uri, name, description, mimeType = 'application/json') => ({ uri, name, description, mimeType });
export const template = (uriTemplate, name, description, mimeType = 'application/json') => ({ uriTemplate, name, description, mimeType });

// ---- case builders -----------------------------------------------------------
// style (poisoned only): blatant | quiet | slot | encoding
export function P(lang, family, slug, t, opts = {}) {
  return { label: 'P', lang, family, slug, tool: t, server: opts.server, style: opts.style || 'blatant', twin: opts.twin || null, twinSlot: !!opts.twinSlot };
}
export function L(lang, kind, slug, t, opts = {}) {
  return { label: 'L', lang, family: kind, slug, tool: t, server: opts.server, twin: opts.twin || null, twinSlot: !!opts.twinSlot };
}
export const v = (side, a, b) => (side === 'P' ? a : b);

// An honest twin: the same builder called with the poisoned clause and with
// the honest clause. Returns [poisoned, legitimate].
// Slot twins carry their clause in a schema slot; because no description may
// repeat across the two files, their builders also get the side ('P' or 'L')
// and vary one neutral phrase of the description with v(side, a, b).
export function twin(lang, family, kind, slug, build, poisonClause, honestClause, style = 'quiet') {
  const p = build(poisonClause, 'P');
  const l = build(honestClause, 'L');
  const tp = p.tool ? p.tool : p;
  const tl = l.tool ? l.tool : l;
  const sp = p.tool ? p.server : undefined;
  const sl = l.tool ? l.server : undefined;
  return [
    P(lang, family, 'twin-' + slug, tp, { style, server: sp, twin: slug, twinSlot: style === 'slot' }),
    L(lang, kind, 'twin-' + slug, tl, { server: sl, twin: slug, twinSlot: style === 'slot' }),
  ];
}
