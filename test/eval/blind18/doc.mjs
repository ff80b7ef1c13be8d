// Span-recording document builder. Offsets are byte offsets into the UTF-8 encoding of the text,
// computed from the bytes actually appended.
export class Span {
  constructor(family, name, value, meta) { this.family = family; this.name = name; this.value = String(value); this.meta = meta || {}; }
  toString() { throw new Error('Span used as string: ' + this.name); }
}
export const sec = (entity, value, meta) => new Span('secrets', entity, value, meta);
export const pii = (entity, value, meta) => new Span('pii', entity, value, meta);
export const look = (what, value, meta) => new Span('look', what, value, meta);
// a neutral piece (e.g. date of birth, zip): plain text, but kept as an object so helpers can pass it through
export const plain = (value) => String(value);

export class Doc {
  constructor(kind) { this.kind = kind; this.chunks = []; this.len = 0; this.spans = []; }
  get size() { return this.len; }
  t(s) { s = String(s); this.chunks.push(s); this.len += Buffer.byteLength(s, 'utf8'); return this; }
  put(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.put(y); return this; }
    if (x instanceof Span) {
      if (!x.value.length) throw new Error('empty span ' + x.name);
      if (/^\s|\s$/.test(x.value)) throw new Error(`whitespace at span edge: ${x.name} ${JSON.stringify(x.value)}`);
      const start = this.len; this.t(x.value);
      this.spans.push({ family: x.family, name: x.name, start, end: this.len, value: x.value, meta: x.meta });
      return this;
    }
    if (typeof x === 'object' && x.parts) { for (const y of x.parts) this.put(y); return this; }
    return this.t(x);
  }
  // tagged template: d.w`key = ${span}\n`
  w(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this.t(strings[i]); if (i < vals.length) this.put(vals[i]); } return this; }
  line(...xs) { for (const x of xs) this.put(x); return this.t('\n'); }
  text() { return this.chunks.join(''); }
}
// a composite value (text pieces + spans) that can be embedded: J`...${span}...`
export function J(strings, ...vals) { const parts = []; for (let i = 0; i < strings.length; i++) { if (strings[i]) parts.push(strings[i]); if (i < vals.length && vals[i] !== null && vals[i] !== undefined && vals[i] !== false) parts.push(vals[i]); } return { parts }; }
export function cat(...xs) { return { parts: xs.flat() }; }
// plain string of a composite (for lengths / JSON quoting decisions)
export function flat(x) { if (x instanceof Span) return x.value; if (x && x.parts) return x.parts.map(flat).join(''); if (Array.isArray(x)) return x.map(flat).join(''); return x == null ? '' : String(x); }
// map a function over text pieces only (e.g. JSON-escaping) keeping spans whole; span values are escaped too and the
// span then covers the escaped bytes (used for \n-escaped PEM inside JSON)
export function mapText(x, fn) {
  if (x instanceof Span) { const v = fn(x.value); return new Span(x.family, x.name, v, { ...x.meta, transformed: true, original: x.meta.original ?? x.value }); }
  if (x && x.parts) return { parts: x.parts.map((y) => mapText(y, fn)) };
  if (Array.isArray(x)) return x.map((y) => mapText(y, fn));
  return fn(String(x));
}
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
