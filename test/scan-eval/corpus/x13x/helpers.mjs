// Helpers for corpus round x13x (training round). Node 20 built-ins only.
//
// Case files build plain objects with the builders below and register them on a
// collector. Character-level hiding is written as markers, e.g. TAG('text') gives
// "⟦TAG|text⟧"; the generator (../x13x_generate.mjs) expands every marker, in any
// string and in any property name, with the deterministic PRNG below.

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

// ---------------------------------------------------------------- markers
export const MARKER_KINDS = ['TAG', 'ZW', 'BIDI', 'CYR', 'FW', 'ANSI', 'CUP', 'B64', 'HEX', 'PCT'];
const mk = (kind) => (text) => `⟦${kind}|${text}⟧`;
export const TAG = mk('TAG');   // Unicode tag characters U+E0020..U+E007E (invisible)
export const ZW = mk('ZW');     // zero-width characters between every letter
export const BIDI = mk('BIDI'); // right-to-left override around reversed text
export const CYR = mk('CYR');   // Latin letters swapped for Cyrillic homoglyphs
export const FW = mk('FW');     // fullwidth forms U+FF01..U+FF5E
export const ANSI = mk('ANSI'); // SGR 8 (conceal) ... SGR 0
export const CUP = mk('CUP');   // text, newline, cursor-up and erase-line
export const B64 = mk('B64');   // base64 of the UTF-8 text
export const HEX = mk('HEX');   // lower-case hex of the UTF-8 text
export const PCT = mk('PCT');   // every byte percent-encoded

const HOMOGLYPHS = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060'];

export function expandMarker(kind, text, rand) {
  switch (kind) {
    case 'TAG':
      return [...text].map((ch) => {
        const cp = ch.codePointAt(0);
        return cp >= 0x20 && cp <= 0x7e ? String.fromCodePoint(0xe0000 + cp) : '';
      }).join('') + String.fromCodePoint(0xe007f);
    case 'ZW': {
      const chars = [...text];
      return chars.map((ch, k) => (k === 0 ? ch : ZERO_WIDTH[Math.floor(rand() * ZERO_WIDTH.length)] + ch)).join('');
    }
    case 'BIDI':
      return '\u202e' + [...text].reverse().join('') + '\u202c';
    case 'CYR': {
      let swapped = 0;
      const out = [...text].map((ch) => {
        if (HOMOGLYPHS[ch] && rand() < 0.55) { swapped++; return HOMOGLYPHS[ch]; }
        return ch;
      });
      if (swapped === 0) {
        const k = out.findIndex((ch) => HOMOGLYPHS[ch]);
        if (k >= 0) out[k] = HOMOGLYPHS[out[k]];
      }
      return out.join('');
    }
    case 'FW':
      return [...text].map((ch) => {
        const cp = ch.codePointAt(0);
        if (cp === 0x20) return '\u3000';
        return cp >= 0x21 && cp <= 0x7e ? String.fromCodePoint(cp + 0xfee0) : ch;
      }).join('');
    case 'ANSI':
      return '\u001b[8m' + text + '\u001b[0m';
    case 'CUP':
      return text + '\n\u001b[1A\u001b[2K';
    case 'B64':
      return Buffer.from(text, 'utf8').toString('base64');
    case 'HEX':
      return Buffer.from(text, 'utf8').toString('hex');
    case 'PCT':
      return [...Buffer.from(text, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    default:
      throw new Error(`unknown marker ${kind}`);
  }
}

// ---------------------------------------------------------------- schema builders
const withDesc = (base, description, extra) =>
  (description === undefined ? { ...base, ...extra } : { ...base, description, ...extra });
export const s = (description, extra = {}) => withDesc({ type: 'string' }, description, extra);
export const int = (description, extra = {}) => withDesc({ type: 'integer' }, description, extra);
export const num = (description, extra = {}) => withDesc({ type: 'number' }, description, extra);
export const bool = (description, extra = {}) => withDesc({ type: 'boolean' }, description, extra);
export const en = (values, description, extra = {}) => withDesc({ type: 'string', enum: values }, description, extra);
export const arr = (items, description, extra = {}) => withDesc({ type: 'array', items }, description, extra);
export const obj = (properties, required = [], extra = {}) => {
  const o = { type: 'object', properties };
  if (required.length) o.required = required;
  return { ...o, ...extra };
};
// tool(name, description, properties, required, extra) -> MCP tool definition
export const tool = (name, description, properties, required = [], extra = {}) =>
  ({ name, description, inputSchema: obj(properties, required), ...extra });
// prompt(name, description, [[argName, argDescription, required?], ...], extra)
export const prompt = (name, description, args = [], extra = {}) => {
  const p = { name, description, ...extra };
  if (args.length) p.arguments = args.map(([n, d, r]) => (r ? { name: n, description: d, required: true } : { name: n, description: d }));
  return p;
};
// res(uri, name, description, mimeType, extra)
export const res = (uri, name, description, mimeType = 'text/plain', extra = {}) =>
  ({ uri, name, description, mimeType, ...extra });

// ---------------------------------------------------------------- collectors
// kind 'P' = poisoned (family = attack family), 'L' = risky-legitimate (family = server kind).
export function collector(file) {
  const cases = [];
  const norm = (r) => (r && r.tool ? r : { tool: r });
  const add = (kind, family, lang, slug, built, meta = {}) => {
    const { tool: t, server } = norm(built);
    cases.push({ kind, family, lang, slug, tool: t, server, meta: { file, slot: 'description', ...meta } });
  };
  return {
    cases,
    // P(family, lang, slug, toolOr{tool,server}, meta)
    P: (family, lang, slug, built, meta) => add('P', family, lang, slug, built, meta),
    // L(serverKind, lang, slug, toolOr{tool,server}, meta)
    L: (kind, lang, slug, built, meta) => add('L', kind, lang, slug, built, meta),
    // twin({family, kind, lang, slug, slot}, clause => toolOr{tool,server}, poisonedClause, honestClause)
    twin: ({ family, kind, lang, slug, slot = 'description' }, build, bad, good) => {
      add('P', family, lang, slug, build(bad), { twin: slug, slot });
      add('L', kind, lang, slug, build(good), { twin: slug, slot });
    },
  };
}
