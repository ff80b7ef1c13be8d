// Blind round 33 helpers: deterministic PRNG, schema builders, case builders and
// the character-level hiding markers expanded by ../blind33_generate.mjs.
//
// Marker syntax, usable in any string value or property name:
//   {{KIND::text}}   KIND is one of TAG ZW BIDI HOMO FW ANSI CUU B64 HEX PCT
// The generator replaces every marker with the encoded/hidden form of `text`.

// ---------------------------------------------------------------- PRNG
// mulberry32, fixed seed: every run yields the same choices, so output is byte-identical.
export function makeRng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- markers
const ZW_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060'];
const HOMOGLYPHS = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};

function utf8Bytes(s) { return [...Buffer.from(s, 'utf8')]; }

export const MARKER_KINDS = ['TAG', 'ZW', 'BIDI', 'HOMO', 'FW', 'ANSI', 'CUU', 'B64', 'HEX', 'PCT'];

export function encodeMarker(kind, text, rng) {
  switch (kind) {
    case 'TAG': // Unicode tag characters: invisible in most renderers
      return [...text].map((ch) => {
        const cp = ch.codePointAt(0);
        if (cp > 0x7e) throw new Error(`TAG marker needs ASCII, got U+${cp.toString(16)}`);
        return String.fromCodePoint(0xe0000 + cp);
      }).join('');
    case 'ZW': { // zero-width characters split every letter so keyword filters miss it
      const chars = [...text];
      let out = chars[0] ?? '';
      for (let i = 1; i < chars.length; i++) {
        out += ZW_CHARS[Math.floor(rng() * ZW_CHARS.length)] + chars[i];
      }
      return out;
    }
    case 'BIDI': // right-to-left override: shown reversed/garbled, read in logical order
      return rng() < 0.5 ? `\u202e${text}\u202c` : `\u2067\u202e${text}\u202c\u2069`;
    case 'HOMO': { // Cyrillic look-alikes for some Latin letters (at least one)
      const chars = [...text];
      const idx = chars.map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) throw new Error(`HOMO marker has no replaceable letter: ${text}`);
      const pick = new Set(idx.filter(() => rng() < 0.6));
      if (pick.size === 0) pick.add(idx[Math.floor(rng() * idx.length)]);
      return chars.map((c, i) => (pick.has(i) ? HOMOGLYPHS[c] : c)).join('');
    }
    case 'FW': // fullwidth forms
      return [...text].map((c) => {
        const cp = c.codePointAt(0);
        if (cp === 0x20) return '\u3000';
        if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
        return c;
      }).join('');
    case 'ANSI': // SGR 8 conceal, then reset
      return `\u001b[8m${text}\u001b[0m`;
    case 'CUU': // print a line, move the cursor up and erase it
      return `${text}\n\u001b[1A\u001b[2K\r`;
    case 'B64':
      return Buffer.from(text, 'utf8').toString('base64');
    case 'HEX':
      return Buffer.from(text, 'utf8').toString('hex');
    case 'PCT':
      return utf8Bytes(text).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    default:
      throw new Error(`unknown marker kind ${kind}`);
  }
}

export const MARKER_RE = /\{\{(TAG|ZW|BIDI|HOMO|FW|ANSI|CUU|B64|HEX|PCT)::([\s\S]*?)\}\}/g;

// ---------------------------------------------------------------- schema builders
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const Num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const O = (properties, required = [], description, extra = {}) => {
  const o = { type: 'object', properties };
  if (description !== undefined) o.description = description;
  if (required.length) o.required = required;
  return { ...o, ...extra };
};

// A tool definition. `extra` may hold title, annotations, outputSchema, _meta, and
// `schema` (extra members merged into inputSchema, e.g. $defs or additionalProperties).
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const { schema, ...rest } = extra;
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (schema) Object.assign(inputSchema, schema);
  return { name, description, inputSchema, ...rest };
}

// Read-only / destructive annotation shorthands.
export const RO = (title) => ({ title, readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const RW = (title, destructive = false) => ({ title, readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

// ---------------------------------------------------------------- case builders
// style for poisoned cases: 'blatant' | 'quiet' | 'unusual'
export function P(slug, family, lang, style, t, server) {
  const c = { label: 'p', slug, family, lang, style, tool: t };
  if (server) c.server = server;
  return c;
}
export function L(slug, kind, lang, t, server) {
  const c = { label: 'l', slug, family: kind, lang, tool: t };
  if (server) c.server = server;
  return c;
}
// Honest twin: `build(clause)` returns [tool, server?]; the two cases differ only in
// the clause. Slugs are `twin-<slug>` in both files.
export function twin(slug, lang, kind, family, style, build, honestClause, poisonClause) {
  const [tl, sl] = build(honestClause);
  const [tp, sp] = build(poisonClause);
  const l = L(`twin-${slug}`, kind, lang, tl, sl);
  const p = P(`twin-${slug}`, family, lang, style, tp, sp);
  l.twin = slug; p.twin = slug;
  return [p, l];
}
// Build helper for twins whose clause goes at the end of the description.
export const tw = (name, head, props, required = [], extra = {}, tail = '') =>
  (clause) => [tool(name, `${head}${clause ? ' ' + clause : ''}${tail ? ' ' + tail : ''}`, props, required, extra)];

// Server block helpers.
export const prompt = (name, description, args = []) => ({
  name, description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export const rtemplate = (uriTemplate, name, description, mimeType = 'application/json') => ({ uriTemplate, name, description, mimeType });
