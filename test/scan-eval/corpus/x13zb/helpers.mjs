// Helpers for corpus round x13zb (training round).
// Deterministic PRNG, schema builders, case builders and the marker
// expanders used by x13zb_generate.mjs. Node 20 built-ins only.

// ---------------------------------------------------------------- PRNG
// mulberry32: small, fast, and fully deterministic for a fixed seed.
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

// PRNG for sample values inside the case files (order numbers, addresses).
// The generator uses its own instance for marker expansion.
export const CONTENT_SEED = 0x13b0c0de;
const contentRand = mulberry32(CONTENT_SEED);

export function randInt(lo, hi) {
  return lo + Math.floor(contentRand() * (hi - lo + 1));
}

const HEX = '0123456789abcdef';
const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';

function draw(alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(contentRand() * alphabet.length)];
  return s;
}

/** Fake EVM-style address, e.g. for wallet cases. */
export const evmAddress = () => '0x' + draw(HEX, 40);
/** Fake order / ticket / object id with a readable prefix. */
export const fakeId = (prefix, n = 8) => prefix + draw(B36, n);
/** Fake account number with a two-letter prefix (never a real bank). */
export const fakeAccount = (prefix = 'ZZ') => prefix + draw(DIG, 2) + ' ' + draw(DIG, 4) + ' ' + draw(DIG, 4) + ' ' + draw(DIG, 4);
/** Fake token-looking string (sample values only). */
export const fakeToken = (prefix = 'tok_') => prefix + draw(B36, 24);

// ------------------------------------------------------- schema builders
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const enm = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export function obj(properties, required = [], description, extra = {}) {
  const o = { type: 'object' };
  if (description) o.description = description;
  o.properties = properties;
  if (required.length) o.required = required;
  return Object.assign(o, extra);
}

/**
 * A tool definition. `extra` may carry title, outputSchema, annotations,
 * _meta, or inputSchema additions under the key `schemaExtra`.
 */
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const { schemaExtra, title, ...rest } = extra;
  const t = { name };
  if (title !== undefined) t.title = title;
  t.description = description;
  t.inputSchema = obj(properties, required, undefined, schemaExtra || {});
  return Object.assign(t, rest);
}

export const prompt = (name, description, args = []) => {
  const p = { name, description };
  if (args.length) p.arguments = args.map(([n, d, r]) => ({ name: n, description: d, required: !!r }));
  return p;
};

export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });

export function server({ instructions, prompts, resources } = {}) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts !== undefined) s.prompts = prompts;
  if (resources !== undefined) s.resources = resources;
  return s;
}

// --------------------------------------------------------- case builders
function split(x) {
  // A builder may return a bare tool or { tool, server }.
  if (x && x.tool) return { tool: x.tool, server: x.server };
  return { tool: x, server: undefined };
}

/** Poisoned case. */
export function P(lang, family, slug, built) {
  const { tool: t, server: s } = split(built);
  return { label: 'p', lang, family, slug, tool: t, server: s, slot: null };
}

/** Legitimate (risky-looking) case; `kind` is the server kind. */
export function L(lang, kind, slug, built) {
  const { tool: t, server: s } = split(built);
  return { label: 'l', lang, family: kind, slug, tool: t, server: s, slot: null };
}

/**
 * Honest twin pair: `build(x)` is called once with the honest value and
 * once with the poisoned value; everything else is shared. `slot` names the
 * place where the two differ (description, property, enum, default, ...).
 */
export function twin({ lang, family, kind, slug, slot, build, honest, poison }) {
  const h = split(build(honest));
  const p = split(build(poison));
  return [
    { label: 'l', lang, family: kind, slug, tool: h.tool, server: h.server, slot },
    { label: 'p', lang, family, slug, tool: p.tool, server: p.server, slot },
  ];
}

// ------------------------------------------------------ marker expansion
// Markers: ⟦kind:text⟧ in any string or property name.
export const MARKER = /⟦(tag|zw|bidi|cyr|fw|ansi|cup|b64|hex|pct):([^⟦⟧]*)⟧/g;

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};

export function makeEncoders(rand) {
  return {
    // Unicode tag block: invisible copies of printable ASCII.
    tag(t) {
      let out = '';
      for (const ch of t) {
        const c = ch.codePointAt(0);
        if (c < 0x20 || c > 0x7e) throw new Error(`tag marker needs printable ASCII, got U+${c.toString(16)}`);
        out += String.fromCodePoint(0xe0000 + c);
      }
      return out;
    },
    // Zero-width characters between the letters of every word.
    zw(t) {
      let out = '';
      const chars = [...t];
      chars.forEach((ch, i) => {
        out += ch;
        const nx = chars[i + 1];
        if (nx && /\p{L}/u.test(ch) && /\p{L}/u.test(nx)) out += ZW[Math.floor(rand() * ZW.length)];
      });
      return out;
    },
    // Right-to-left override: stored reversed, displayed forwards.
    bidi(t) {
      return '\u202e' + [...t].reverse().join('') + '\u202c';
    },
    // Cyrillic homoglyphs for some of the Latin letters (at least one).
    cyr(t) {
      const chars = [...t];
      const idx = chars.map((c, i) => (CYR[c] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) throw new Error(`cyr marker has no replaceable letter: ${t}`);
      let changed = 0;
      for (const i of idx) {
        if (rand() < 0.5) { chars[i] = CYR[chars[i]]; changed++; }
      }
      if (!changed) chars[idx[0]] = CYR[chars[idx[0]]];
      return chars.join('');
    },
    // Fullwidth forms of printable ASCII.
    fw(t) {
      let out = '';
      for (const ch of t) {
        const c = ch.codePointAt(0);
        if (c === 0x20) out += '\u3000';
        else if (c > 0x20 && c < 0x7f) out += String.fromCodePoint(c + 0xfee0);
        else out += ch;
      }
      return out;
    },
    // ANSI SGR 8 (conceal) ... reset.
    ansi(t) {
      return '\u001b[8m' + t + '\u001b[0m';
    },
    // Own line, then cursor up one line and erase it.
    cup(t) {
      return '\n' + t + '\n\u001b[1A\u001b[2K';
    },
    b64(t) {
      return Buffer.from(t, 'utf8').toString('base64');
    },
    hex(t) {
      return Buffer.from(t, 'utf8').toString('hex');
    },
    pct(t) {
      return [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    },
  };
}

/** Replace markers by their plain inner text (for host checks on payloads). */
export function unwrapMarkers(s) {
  return s.replace(MARKER, (_, _k, t) => t);
}

export const LANGS = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk',
  'tr', 'ja', 'zh', 'ko', 'ar', 'hi', 'sv', 'id', 'vi',
];
