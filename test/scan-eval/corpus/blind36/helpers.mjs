// Blind round 36 — shared helpers: deterministic PRNG, schema builders and case builders.
//
// Character-level hiding is written as markers that blind36_generate.mjs expands:
//   ⟦TAG:text⟧   Unicode tag characters (U+E0000 block)
//   ⟦ZW:text⟧    zero-width characters inserted between every character
//   ⟦BIDI:text⟧  right-to-left override around the reversed text
//   ⟦CYR:text⟧   Latin letters swapped for Cyrillic homoglyphs
//   ⟦FW:text⟧    fullwidth forms
//   ⟦ANSI:text⟧  ANSI conceal (SGR 8) ... reveal (SGR 28)
//   ⟦CUR:text⟧   text followed by newline, cursor-up and erase-line
//   ⟦B64:text⟧   base64
//   ⟦HEX:text⟧   lowercase hex of the UTF-8 bytes
//   ⟦PCT:text⟧   every byte percent-encoded
// Markers may appear in any string value or property name.

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
export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const en = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const date = (description, extra = {}) => ({ type: 'string', format: 'date', description, ...extra });
export function obj(properties, required = [], description, extra = {}) {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return { ...o, ...extra };
}

// tool(name, description, properties, required, extra) -> MCP tool definition
export function tool(name, description, properties, required = [], extra = {}) {
  const t = { name, description, inputSchema: obj(properties, required) };
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'schemaExtra') Object.assign(t.inputSchema, v);
    else t[k] = v;
  }
  return t;
}

export const ro = (title) => ({ title, readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const rw = (title, destructive = false) => ({ title, readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

// ---- case builders ---------------------------------------------------------
// style for poisoned cases: 'blatant' | 'quiet' | 'slot' | 'encoding'
export function P(lang, slug, family, style, t, server) {
  return { kind: 'poisoned', lang, slug, family, style, tool: t, server, twin: false };
}
export function L(lang, slug, kind, t, server) {
  return { kind: 'legit', lang, slug, family: kind, style: 'legit', tool: t, server, twin: false };
}
// twin: the same definition built twice, differing only by the clause handed to build().
export function twin({ lang, slug, family, kind, style, build, poison, honest }) {
  const p = build(poison);
  const l = build(honest);
  return [
    { kind: 'poisoned', lang, slug, family, style, tool: p.tool ?? p, server: p.tool ? p.server : undefined, twin: true },
    { kind: 'legit', lang, slug, family: kind, style: 'legit', tool: l.tool ?? l, server: l.tool ? l.server : undefined, twin: true },
  ];
}
