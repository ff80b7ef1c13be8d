// Blind round 35: shared helpers for the hand-written case files.
// Node 20 built-ins only. Nothing here touches the network or the clock.

// Deterministic PRNG (mulberry32). The generator seeds it once; every use
// below draws from it in a fixed order, so output is byte-identical.
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
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const en = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export function obj(properties, required = [], description, extra = {}) {
  const o = { type: 'object' };
  if (description !== undefined) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return { ...o, ...extra };
}

// A tool definition. `extra` may carry title, annotations, outputSchema, _meta.
export function tool(name, description, properties, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (extra.schemaExtra) Object.assign(inputSchema, extra.schemaExtra);
  const t = { name, description, inputSchema };
  for (const [k, v] of Object.entries(extra)) if (k !== 'schemaExtra') t[k] = v;
  return t;
}

// Read-only / destructive annotation shorthands (MCP tool annotations).
export const ro = (title) => ({ title, readOnlyHint: true, openWorldHint: true });
export const rw = (title, destructive = false) => ({ title, readOnlyHint: false, destructiveHint: destructive, openWorldHint: true });

// ---- case constructors ----------------------------------------------------
// kind 'P' = poisoned (family = attack family), 'L' = legitimate (family = server kind).
export function P(lang, slug, family, t, server) {
  const c = { kind: 'P', lang, slug, family, tool: t };
  if (server) c.server = server;
  return c;
}
export function L(lang, slug, family, t, server) {
  const c = { kind: 'L', lang, slug, family, tool: t };
  if (server) c.server = server;
  return c;
}

// An honest twin: one builder, called once with the honest clause and once
// with the poisoned clause. Everything else in the two cases is identical.
export function twin({ lang = 'en', slug, family, kind, honest, poison, make }) {
  const l = make(honest);
  const p = make(poison);
  return [
    { kind: 'P', lang, slug: `twin-${slug}`, family, twin: slug, ...p },
    { kind: 'L', lang, slug: `twin-${slug}`, family: kind, twin: slug, ...l },
  ];
}

// Markers expanded by the generator (payload must not contain "}}"):
//   {{TAG:..}} Unicode tag characters      {{ZW:..}}   zero-width splitting
//   {{BIDI:..}} right-to-left override     {{CYR:..}}  Cyrillic homoglyphs
//   {{FULL:..}} fullwidth forms            {{ANSI:..}} SGR conceal
//   {{CUP:..}} text, then cursor-up+erase  {{B64:..}}  base64
//   {{HEX:..}} hex bytes                   {{PCT:..}}  percent-encoding
export const MARKER_RE = /\{\{(TAG|ZW|BIDI|CYR|FULL|ANSI|CUP|B64|HEX|PCT):([\s\S]*?)\}\}/g;

const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];

export function expandMarkers(s, rand) {
  return s.replace(MARKER_RE, (_, tag, body) => {
    switch (tag) {
      case 'TAG':
        return '\u{e0001}' + [...body].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join('') + '\u{e007f}';
      case 'ZW':
        return [...body].map((ch, i) => (i === 0 ? ch : ZW[Math.floor(rand() * ZW.length)] + ch)).join('');
      case 'BIDI':
        return '\u202e' + [...body].reverse().join('') + '\u202c';
      case 'CYR':
        return [...body].map((ch) => (CYR[ch] && rand() < 0.7 ? CYR[ch] : ch)).join('');
      case 'FULL':
        return [...body].map((ch) => {
          const c = ch.codePointAt(0);
          if (c === 0x20) return '\u3000';
          if (c > 0x20 && c < 0x7f) return String.fromCodePoint(c + 0xfee0);
          return ch;
        }).join('');
      case 'ANSI':
        return '\u001b[8m' + body + '\u001b[28m';
      case 'CUP':
        return body + '\n\u001b[1A\u001b[2K';
      case 'B64':
        return Buffer.from(body, 'utf8').toString('base64');
      case 'HEX':
        return Buffer.from(body, 'utf8').toString('hex');
      case 'PCT':
        return [...Buffer.from(body, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
      default:
        throw new Error('unknown marker ' + tag);
    }
  });
}

// Walk any JSON value; expand markers in every string and every object key.
export function deepExpand(v, rand) {
  if (typeof v === 'string') return expandMarkers(v, rand);
  if (Array.isArray(v)) return v.map((x) => deepExpand(x, rand));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandMarkers(k, rand)] = deepExpand(x, rand);
    return o;
  }
  return v;
}

// Every string and key in a value, for validation.
export function allStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); allStrings(x, out); }
  return out;
}

// A near twin for schema-slot payloads: the two cases differ in one slot value,
// and the legitimate side's description carries one extra honest sentence
// (`note`) so that no description is duplicated across the two output files.
export function nearTwin({ lang = 'en', slug, family, kind, honest, poison, note, make }) {
  const l = make(honest);
  const p = make(poison);
  l.tool = { ...l.tool, description: `${l.tool.description} ${note}` };
  return [
    { kind: 'P', lang, slug: `near-${slug}`, family, near: slug, ...p },
    { kind: 'L', lang, slug: `near-${slug}`, family: kind, near: slug, ...l },
  ];
}
