// Blind round 30 — shared helpers: deterministic PRNG, schema/tool builders,
// case constructors and the character-level hiding markers.
//
// Markers may appear in any string and in any property name:
//   [[TAG:text]]   Unicode tag characters (U+E0000 + ASCII code)
//   [[ZW:text]]    zero-width characters spliced between the letters
//   [[BIDI:text]]  right-to-left override around the reversed text
//   [[HOMO:text]]  Latin letters swapped for Cyrillic homoglyphs
//   [[FW:text]]    fullwidth forms (U+FF01..U+FF5E, U+3000 for space)
//   [[ANSI:text]]  ANSI SGR 8 (conceal) ... SGR 0
//   [[CUR:text]]   text followed by cursor-up + erase-line
//   [[B64:text]]   base64 of the UTF-8 bytes
//   [[HEX:text]]   lowercase hex of the UTF-8 bytes
//   [[PCT:text]]   every UTF-8 byte percent-encoded
// Marker contents never contain "]]" and markers are not nested.

// ---------------------------------------------------------------- PRNG
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

// ---------------------------------------------------------------- schema builders
const withExtra = (base, x) => (x ? { ...base, ...x } : base);
export const str = (description, x) => withExtra({ type: 'string', description }, x);
export const int = (description, x) => withExtra({ type: 'integer', description }, x);
export const num = (description, x) => withExtra({ type: 'number', description }, x);
export const bool = (description, x) => withExtra({ type: 'boolean', description }, x);
export const en = (values, description, x) =>
  withExtra({ type: 'string', enum: values, description }, x);
export const arr = (items, description, x) => withExtra({ type: 'array', items, description }, x);
export const obj = (properties, required, description, x) => {
  const o = { type: 'object', properties };
  if (required && required.length) o.required = required;
  if (description) o.description = description;
  return withExtra(o, x);
};

// tool(name, description, properties, required, extra)
//   extra.schema      merged into inputSchema (e.g. $defs, additionalProperties)
//   extra.title / annotations / outputSchema / _meta  copied onto the tool
export function tool(name, description, properties, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties: properties || {} };
  if (required.length) inputSchema.required = required;
  if (extra.schema) Object.assign(inputSchema, extra.schema);
  const t = { name };
  if (extra.title) t.title = extra.title;
  t.description = description;
  t.inputSchema = inputSchema;
  if (extra.outputSchema) t.outputSchema = extra.outputSchema;
  if (extra.annotations) t.annotations = extra.annotations;
  if (extra._meta) t._meta = extra._meta;
  return t;
}

export const ro = (title) => ({ title, readOnlyHint: true, destructiveHint: false, openWorldHint: false });
export const rw = (title, destructive = false) => ({ title, readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: !!r })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });

// ---------------------------------------------------------------- case constructors
// style for poisoned cases: 'blatant' | 'quiet' | 'slot' (unusual slot or encoding)
export function lang(code, file) {
  const P = (slug, family, style, t, server) => ({ side: 'p', slug, family, lang: code, style, twin: false, file, tool: t, server });
  const L = (slug, kind, t, server) => ({ side: 'l', slug, family: kind, lang: code, twin: false, file, tool: t, server });
  // Honest twin: build(clause) returns a tool (or [tool, server]); the poisoned and
  // the legitimate case differ only by the clause passed in.
  const T = (slug, pFamily, lKind, style, build, poisonClause, honestClause) => {
    const mk = (clause) => {
      const r = build(clause);
      return Array.isArray(r) ? r : [r, undefined];
    };
    const [pt, ps] = mk(poisonClause);
    const [lt, ls] = mk(honestClause);
    return [
      { side: 'p', slug, family: pFamily, lang: code, style, twin: true, file, tool: pt, server: ps },
      { side: 'l', slug, family: lKind, lang: code, twin: true, file, tool: lt, server: ls },
    ];
  };
  return { P, L, T };
}

// ---------------------------------------------------------------- markers
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];

export const MARKER_RE = /\[\[(TAG|ZW|BIDI|HOMO|FW|ANSI|CUR|B64|HEX|PCT):([^\]]*(?:\][^\]][^\]]*)*)\]\]/g;

export function makeExpander(rand) {
  const used = {};
  const one = (kind, text) => {
    used[kind] = (used[kind] || 0) + 1;
    switch (kind) {
      case 'TAG':
        return [...text].map((ch) => {
          const c = ch.codePointAt(0);
          return c < 0x80 ? String.fromCodePoint(0xe0000 + c) : ch;
        }).join('');
      case 'ZW': {
        const chars = [...text];
        let out = '';
        chars.forEach((ch, i) => {
          out += ch;
          if (i < chars.length - 1 && ch !== ' ' && chars[i + 1] !== ' ' && rand() < 0.55) {
            out += ZW[Math.floor(rand() * ZW.length)];
          }
        });
        return out;
      }
      case 'BIDI':
        return '\u202e' + [...text].reverse().join('') + '\u202c';
      case 'HOMO':
        return [...text].map((ch) => (HOMO[ch] && rand() < 0.7 ? HOMO[ch] : ch)).join('');
      case 'FW':
        return [...text].map((ch) => {
          const c = ch.codePointAt(0);
          if (c === 0x20) return '\u3000';
          if (c >= 0x21 && c <= 0x7e) return String.fromCodePoint(c - 0x21 + 0xff01);
          return ch;
        }).join('');
      case 'ANSI':
        return '\u001b[8m' + text + '\u001b[0m';
      case 'CUR':
        return text + '\u001b[1A\u001b[2K';
      case 'B64':
        return Buffer.from(text, 'utf8').toString('base64');
      case 'HEX':
        return Buffer.from(text, 'utf8').toString('hex');
      case 'PCT':
        return [...Buffer.from(text, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
      default:
        throw new Error('unknown marker ' + kind);
    }
  };
  const expandString = (s) => s.replace(MARKER_RE, (_, kind, text) => one(kind, text));
  const expand = (v) => {
    if (typeof v === 'string') return expandString(v);
    if (Array.isArray(v)) return v.map(expand);
    if (v && typeof v === 'object') {
      const o = {};
      for (const [k, val] of Object.entries(v)) o[expandString(k)] = expand(val);
      return o;
    }
    return v;
  };
  return { expand, used };
}

// Strip marker syntax but keep the contents (used to validate hosts inside hidden payloads).
export const revealMarkers = (s) => s.replace(MARKER_RE, (_, __, text) => text);
export const markersIn = (s) => [...s.matchAll(MARKER_RE)].map((m) => m[1]);
