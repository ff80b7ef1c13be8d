// Blind round 21 — shared builders. Hand-written; Node built-ins only.
//
// Markers (expanded by ../blind21_generate.mjs in any string or property name):
//   ⟦tag:…⟧ Unicode tag characters     ⟦zw:…⟧  zero-width splitting
//   ⟦bidi:…⟧ RLO bidi override          ⟦cyr:…⟧ Cyrillic homoglyphs
//   ⟦fw:…⟧  fullwidth forms             ⟦ansi:…⟧ ANSI conceal (SGR 8)
//   ⟦cup:…⟧ text followed by cursor-up + erase-line
//   ⟦b64:…⟧ base64   ⟦hex:…⟧ hex   ⟦pct:…⟧ percent-encoding
//   ⟦rnd:hex|b62|num:N⟧ fake value from the seeded PRNG
// Twin clauses: ⟪…⟫ marks the malicious clause in a poisoned case. The poisoned
// output keeps the inside; the honest twin drops it. A property name written as
// ⟪name⟫ is kept in the poisoned tool and removed (with its `required` entry)
// in the twin.

// string property; string shorthand in props() becomes this
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const E = (description, values, extra = {}) => ({ type: 'string', description, enum: values, ...extra });

export function props(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? S(v) : v;
  return out;
}

// T(name, description, properties, required ('a,b' or array), extra tool members)
export function T(name, description, p = {}, required = [], extra = {}) {
  const req = typeof required === 'string' ? required.split(',').filter(Boolean) : required;
  const inputSchema = { type: 'object', properties: props(p) };
  if (req.length) inputSchema.required = req;
  if (extra.inputSchemaExtra) { Object.assign(inputSchema, extra.inputSchemaExtra); delete extra.inputSchemaExtra; }
  return { name, description, inputSchema, ...extra };
}

// Poisoned case: P(lang, slug, family, tool, server?)
export const P = (lang, slug, family, tool, server) => ({ kind: 'p', lang, slug, family, tool, server });
// Legitimate case: L(lang, slug, serverKind, tool, server?)
export const L = (lang, slug, family, tool, server) => ({ kind: 'l', lang, slug, family, tool, server });
// Honest twin of poisoned case (lang, slug): same tool, ⟪clause⟫ removed.
export const TW = (lang, slug, family) => ({ kind: 'twin', lang, slug, family });

export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })) });
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
