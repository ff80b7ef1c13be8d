// Small builders for the blind round 12 corpus. Every case text is written by hand in the
// data modules; these helpers only shape JSON Schema objects and apply character-level
// transforms (tag characters, zero-width splitting, encodings) to hand-written payloads.

// A property spec is a string (a string-typed parameter with that description) or an object
// that is used as the JSON Schema of the property unchanged.
export function props(spec) {
  const out = {};
  for (const [k, v] of Object.entries(spec)) {
    out[k] = typeof v === 'string' ? { type: 'string', description: v } : v;
  }
  return out;
}

export function schema(spec, required = []) {
  const s = { type: 'object', properties: props(spec) };
  if (required.length) s.required = required;
  return s;
}

// tool(name, description, propertySpec, required, extra) -> an MCP tool definition.
export function tool(name, description, spec = {}, required = [], extra = {}) {
  return { name, description, inputSchema: schema(spec, required), ...extra };
}

export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const enm = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (description, spec = {}, extra = {}) => ({ type: 'object', description, properties: props(spec), ...extra });

// Case builder: c(slug, family, lang, tool, server?)
export function c(slug, family, lang, t, server) {
  const k = { slug, family, lang, tool: t };
  if (server) k.server = server;
  return k;
}

// Character-level transforms.
export const tags = (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join('');
export const tagWrap = (s) => '\u{E0001}' + tags(s) + '\u{E007F}';
export const zwsplit = (s, zw = '\u200b') => [...s].join(zw);
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
export const spacedHex = (s) => Buffer.from(s, 'utf8').toString('hex').match(/../g).join(' ');
export const pct = (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
export const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => {
  const base = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
export const uesc = (s) => [...s].map((ch) => '\\u' + ch.codePointAt(0).toString(16).padStart(4, '0')).join('');
export const htmlEnt = (s) => [...s].map((ch) => '&#' + ch.codePointAt(0) + ';').join('');
// Map ASCII letters to look-alike Cyrillic or Greek letters where one exists.
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458' };
export const homo = (s, only) => [...s].map((ch) => (HOMO[ch] && (!only || only.includes(ch)) ? HOMO[ch] : ch)).join('');
export const fullwidth = (s) => [...s].map((ch) => {
  const cp = ch.codePointAt(0);
  return cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : ch;
}).join('');
