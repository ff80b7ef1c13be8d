// Round x13v helpers: a deterministic PRNG, schema builders, case builders and
// marker helpers. Markers are written as ⟪KIND:text⟫ and expanded by
// ../x13v_generate.mjs (innermost first, so markers may nest).

// mulberry32 with a fixed seed; every value drawn below is the same on every run
// because the case modules are imported in a fixed order.
let state = 0x13a5c0de >>> 0;
export function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export function pick(list) { return list[Math.floor(rand() * list.length)]; }
export function hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)]; return s; }
export function digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10)); return s; }
export function uuid() { return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`; }

// ---- schema builders -------------------------------------------------------
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const O = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });

// tool(name, description, properties, opts) -> MCP tool definition
// opts: required, defs, title, outputSchema, annotations, meta, closed
export function tool(name, description, properties = {}, opts = {}) {
  const t = { name };
  if (opts.title) t.title = opts.title;
  t.description = description;
  const schema = { type: 'object', properties };
  if (opts.required) schema.required = opts.required;
  if (opts.defs) schema.$defs = opts.defs;
  if (opts.closed) schema.additionalProperties = false;
  t.inputSchema = schema;
  if (opts.outputSchema) t.outputSchema = opts.outputSchema;
  if (opts.annotations) t.annotations = opts.annotations;
  if (opts.meta) t._meta = opts.meta;
  return t;
}

// A case record. `family` is the poisoning family for poisoned cases and the
// server kind for legitimate ones. `slot` names where the payload (or, for a
// legitimate case, the risky-looking text) lives; it is only used for the
// printed composition and is not written out.
export function kase(family, lang, slug, t, server, slot = 'description') {
  const c = { family, lang, slug, tool: t, slot };
  if (server) c.server = server;
  return c;
}

// Honest twins: one description template with a ¤ slot, an honest clause and a
// poisoned clause. Both cases share everything else.
export function twin({ kind, family, lang = 'en', slug, name, desc, honest, poison, props = {}, opts = {} }) {
  if (!desc.includes('¤')) throw new Error(`twin ${slug}: template has no ¤`);
  const build = (clause) => tool(name, desc.replace('¤', clause), JSON.parse(JSON.stringify(props)), JSON.parse(JSON.stringify(opts)));
  const p = kase(family, lang, slug, build(poison), undefined, 'description');
  const l = kase(kind, lang, slug, build(honest), undefined, 'description');
  p.twin = true; l.twin = true;
  return { p, l };
}
export function twins(list) {
  const poisoned = [], legit = [];
  for (const spec of list) { const { p, l } = twin(spec); poisoned.push(p); legit.push(l); }
  return { poisoned, legit };
}

// server block builders
export const prompt = (name, description, args = []) => ({ name, description, arguments: args });
export const arg = (name, description, required = false) => ({ name, description, required });
export const resource = (uri, name, description, mimeType = 'text/plain', text) => {
  const r = { uri, name, description, mimeType };
  if (text !== undefined) r.text = text;
  return r;
};

// ---- markers (expanded by the generator) -----------------------------------
const mk = (kind) => (s) => `⟪${kind}:${s}⟫`;
export const TAG = mk('TAG');    // Unicode tag characters (U+E0020..U+E007E)
export const ZW = mk('ZW');      // zero-width characters between every character
export const BIDI = mk('BIDI');  // right-to-left override around reversed text
export const HOMO = mk('HOMO');  // Cyrillic homoglyphs for Latin letters
export const FW = mk('FW');      // fullwidth forms
export const ANSI = mk('ANSI');  // SGR 8 (conceal) ... SGR 0
export const CUR = mk('CUR');    // own line, then cursor-up + erase-line
export const B64 = mk('B64');    // base64 of the UTF-8 text
export const HEX = mk('HEX');    // hex of the UTF-8 text
export const PCT = mk('PCT');    // every UTF-8 byte percent-encoded
