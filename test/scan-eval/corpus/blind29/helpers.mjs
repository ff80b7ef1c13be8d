// Helpers for the blind29 corpus round: a deterministic PRNG, schema builders,
// case builders and the character-level hiding markers the generator expands.
//
// Marker syntax (usable in any string and in any property name):
//   ⟪KIND:text⟫   KIND is one of TAG ZW BIDI CYR FW ANSI CUU B64 HEX PCT
// Markers may nest; the innermost marker is expanded first.

export const LANGS = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk',
  'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id',
];

export const TIERS = ['blatant', 'quiet', 'unusual'];

// mulberry32: small, fast, deterministic.
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

// ---------------------------------------------------------------- schemas
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const oneOf = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const list = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, description, required = [], extra = {}) => {
  const o = { type: 'object', description, properties };
  if (required.length) o.required = required;
  return { ...o, ...extra };
};
export const strs = (description, extra = {}) => list({ type: 'string' }, description, extra);

// tool(name, description, properties, opts)
// opts: required, title, outputSchema, annotations, meta, defs, additionalProperties
export function tool(name, description, properties, opts = {}) {
  const inputSchema = { type: 'object', properties };
  if (opts.required && opts.required.length) inputSchema.required = opts.required;
  if (opts.defs) inputSchema.$defs = opts.defs;
  if (opts.additionalProperties !== undefined) inputSchema.additionalProperties = opts.additionalProperties;
  const t = { name };
  if (opts.title) t.title = opts.title;
  t.description = description;
  t.inputSchema = inputSchema;
  if (opts.outputSchema) t.outputSchema = opts.outputSchema;
  if (opts.annotations) t.annotations = opts.annotations;
  if (opts.meta) t._meta = opts.meta;
  return t;
}

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, r]) => ({ name: n, description: d, required: Boolean(r) })),
});
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export function server({ instructions, prompts, resources }) {
  const s = {};
  if (instructions !== undefined) s.instructions = instructions;
  if (prompts !== undefined) s.prompts = prompts;
  if (resources !== undefined) s.resources = resources;
  return s;
}

// ---------------------------------------------------------------- cases
// poisoned(lang, slug, family, tier, tool, {server, slot})
export function poisoned(lang, slug, family, tier, t, opts = {}) {
  return { side: 'poisoned', lang, slug, family, tier, slot: opts.slot || 'description', twin: Boolean(opts.twin), tool: t, server: opts.server };
}
// legit(lang, slug, kind, tool, {server})
export function legit(lang, slug, kind, t, opts = {}) {
  return { side: 'legit', lang, slug, family: kind, slot: opts.slot || 'description', twin: Boolean(opts.twin), tool: t, server: opts.server };
}

// Honest twin: build(clause) returns a tool, or {tool, server}. The poisoned and
// the legitimate case differ only by the clause passed in.
export function twin(lang, slug, family, tier, kind, build, poisonClause, legitClause, opts = {}) {
  const unpack = (r) => (r && r.inputSchema ? { tool: r, server: undefined } : r);
  const p = unpack(build(poisonClause));
  const l = unpack(build(legitClause));
  // Twins whose clause sits outside the description would otherwise share a
  // description; the legitimate half then carries one neutral extra sentence.
  if (opts.legitNote) l.tool = { ...l.tool, description: `${l.tool.description} ${opts.legitNote}` };
  return [
    poisoned(lang, slug, family, tier, p.tool, { server: p.server, slot: opts.slot, twin: true }),
    legit(lang, slug, kind, l.tool, { server: l.server, slot: opts.slot, twin: true }),
  ];
}

// ---------------------------------------------------------------- markers
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e',
  P: '\u0420', T: '\u0422', X: '\u0425',
};
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];

export function makeExpander(rng) {
  const counts = {};
  const kinds = {
    TAG(text) {
      let out = '\u{E0001}';
      for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp > 0x7e) throw new Error(`TAG marker holds a non-ASCII character: ${JSON.stringify(ch)}`);
        out += String.fromCodePoint(0xe0000 + cp);
      }
      return out + '\u{E007F}';
    },
    ZW(text) {
      const chars = [...text];
      let out = '';
      let inserted = 0;
      chars.forEach((ch, k) => {
        out += ch;
        const nextCh = chars[k + 1];
        if (nextCh !== undefined && ch !== ' ' && nextCh !== ' ' && rng() < 0.6) {
          out += ZW[Math.floor(rng() * ZW.length)];
          inserted++;
        }
      });
      if (inserted === 0) out = chars[0] + ZW[0] + chars.slice(1).join('');
      return out;
    },
    BIDI(text) {
      return '\u202e' + text + '\u202c';
    },
    CYR(text) {
      const chars = [...text];
      let swapped = 0;
      const out = chars.map((ch) => {
        if (CYR[ch] && rng() < 0.5) { swapped++; return CYR[ch]; }
        return ch;
      });
      if (swapped === 0) {
        const k = chars.findIndex((ch) => CYR[ch]);
        if (k < 0) throw new Error(`CYR marker has no replaceable letter: ${text}`);
        out[k] = CYR[chars[k]];
      }
      return out.join('');
    },
    FW(text) {
      return [...text].map((ch) => {
        const cp = ch.codePointAt(0);
        if (cp === 0x20) return '\u3000';
        if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
        return ch;
      }).join('');
    },
    ANSI(text) {
      return '\u001b[8m' + text + '\u001b[28m';
    },
    CUU(text) {
      return text + '\n\u001b[1A\u001b[2K';
    },
    B64(text) {
      return Buffer.from(text, 'utf8').toString('base64');
    },
    HEX(text) {
      return Buffer.from(text, 'utf8').toString('hex');
    },
    PCT(text) {
      return [...Buffer.from(text, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    },
  };
  const re = /⟪([A-Z0-9]+):([^⟪⟫]*)⟫/;
  function expandString(s, side) {
    let cur = s;
    for (;;) {
      const m = re.exec(cur);
      if (!m) return cur;
      const fn = kinds[m[1]];
      if (!fn) throw new Error(`unknown marker kind ${m[1]}`);
      const key = `${side}:${m[1]}`;
      counts[key] = (counts[key] || 0) + 1;
      cur = cur.slice(0, m.index) + fn(m[2]) + cur.slice(m.index + m[0].length);
    }
  }
  function expand(value, side) {
    if (typeof value === 'string') return expandString(value, side);
    if (Array.isArray(value)) return value.map((v) => expand(v, side));
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[expandString(k, side)] = expand(v, side);
      return out;
    }
    return value;
  }
  return { expand, counts, kinds: Object.keys(kinds) };
}

// Short builders bound to one language, used by the non-English files.
export function forLang(lang) {
  return {
    B: (slug, family, t, o = {}) => poisoned(lang, slug, family, 'blatant', t, o),
    Q: (slug, family, t, o = {}) => poisoned(lang, slug, family, 'quiet', t, o),
    U: (slug, family, slot, t, srv) => poisoned(lang, slug, family, 'unusual', t, { slot, server: srv }),
    L: (slug, kind, t, o = {}) => legit(lang, slug, kind, t, o),
    T: (slug, family, tier, kind, build, p, l, o) => twin(lang, slug, family, tier, kind, build, p, l, o),
  };
}
