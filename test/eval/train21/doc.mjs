// Span-recording document builder. Offsets are BYTE offsets computed from the UTF-8 bytes
// actually appended, so multi-byte scripts (Georgian, Thai, CJK, ...) are counted correctly.

export const S = (entity, value, tag) => ({ $span: 1, family: 'secrets', entity, value: String(value), tag });
export const P = (entity, value, tag) => ({ $span: 1, family: 'pii', entity, value: String(value), tag });
export const L = (what, value, tag) => ({ $span: 1, what, value: String(value), tag });

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind; this.meta = meta; this.chunks = []; this.off = 0;
    this.labels = []; this.lookalikes = [];
  }
  get size() { return this.off; }
  add(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (typeof x === 'object' && x.$span) {
      const n = Buffer.byteLength(x.value, 'utf8');
      const rec = { start: this.off, end: this.off + n, value: x.value, tag: x.tag };
      if (x.what) this.lookalikes.push({ ...rec, what: x.what });
      else this.labels.push({ ...rec, entity: x.entity, family: x.family });
      this.chunks.push(x.value); this.off += n;
      return this;
    }
    const s = String(x);
    this.chunks.push(s); this.off += Buffer.byteLength(s, 'utf8');
    return this;
  }
  // tagged template: d.w`key=${S('X', v)}\n`
  w(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) { this.add(strings[i]); if (i < vals.length) this.add(vals[i]); }
    return this;
  }
  line(...parts) { this.add(parts); this.add('\n'); return this; }
  text() { return this.chunks.join(''); }
}

// helper to build a fragment (array of parts) with the same tagged-template syntax
export function F(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) { if (strings[i]) out.push(strings[i]); if (i < vals.length) out.push(vals[i]); }
  return out;
}
// plain text of a fragment (for measuring)
export function flat(x) {
  if (x === null || x === undefined || x === false) return '';
  if (Array.isArray(x)) return x.map(flat).join('');
  if (typeof x === 'object' && x.$span) return x.value;
  return String(x);
}
