// Span-recording document builder. A "fragment" is a string, a span object, or an array of
// fragments. Spans are recorded with BYTE offsets computed from the UTF-8 bytes appended.

export const S = (ent, v, meta) => ({ $span: 1, fam: 'secrets', ent, v, meta });
export const P = (ent, v, meta) => ({ $span: 1, fam: 'pii', ent, v, meta });
export const L = (what, v, meta) => ({ $span: 1, fam: 'look', ent: what, v, meta });
export const isSpan = (x) => x && typeof x === 'object' && x.$span === 1;

// Map a fragment through a per-string transform (escaping commutes with concatenation).
export function mapFrag(f, fn) {
  if (f == null || f === false) return '';
  if (typeof f === 'string') return fn(f);
  if (typeof f === 'number') return fn(String(f));
  if (Array.isArray(f)) return f.map((x) => mapFrag(x, fn));
  if (isSpan(f)) return { ...f, v: fn(f.v) };
  throw new Error('bad fragment ' + JSON.stringify(f));
}
export const jsonEsc = (f) => mapFrag(f, (s) => JSON.stringify(s).slice(1, -1));
export const xmlEsc = (f) => mapFrag(f, (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
export const csvEsc = (f) => mapFrag(f, (s) => s.replace(/"/g, '""'));
export const nlEsc = (f) => mapFrag(f, (s) => s.replace(/\n/g, '\\n'));

export function flatten(f, out = []) {
  if (f == null || f === false) return out;
  if (typeof f === 'string' || typeof f === 'number') { const s = String(f); if (s) out.push(s); return out; }
  if (Array.isArray(f)) { for (const x of f) flatten(x, out); return out; }
  if (isSpan(f)) { out.push(f); return out; }
  throw new Error('bad fragment ' + JSON.stringify(f));
}
export function plainText(f) { return flatten(f).map((x) => (typeof x === 'string' ? x : x.v)).join(''); }

// Soft-wrap a fragment at `width` columns, breaking only at spaces in plain text.
export function wrap(f, width, indent = '') {
  const items = flatten(f);
  const words = []; // each word: list of pieces; separated by single breakable spaces
  let cur = [];
  const pushPiece = (p) => cur.push(p);
  for (const it of items) {
    if (typeof it !== 'string') { pushPiece(it); continue; }
    const parts = it.split(/( |\n)/);
    for (const p of parts) {
      if (p === ' ') { words.push(cur); cur = []; words.push(' '); }
      else if (p === '\n') { words.push(cur); cur = []; words.push('\n'); }
      else if (p) pushPiece(p);
    }
  }
  words.push(cur);
  const out = []; let col = 0;
  const wlen = (w) => w.reduce((n, p) => n + [...(typeof p === 'string' ? p : p.v)].length, 0);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '\n') { out.push('\n' + indent); col = indent.length; continue; }
    if (w === ' ') {
      const nx = words[i + 1];
      const nl = Array.isArray(nx) ? wlen(nx) : 0;
      if (col > indent.length && col + 1 + nl > width) { out.push('\n' + indent); col = indent.length; }
      else { out.push(' '); col += 1; }
      continue;
    }
    out.push(...w); col += wlen(w);
  }
  return out;
}

export class Doc {
  constructor() { this.chunks = []; this.len = 0; this.spans = []; }
  add(f) {
    for (const it of flatten(f)) {
      if (typeof it === 'string') { this.chunks.push(it); this.len += Buffer.byteLength(it, 'utf8'); }
      else {
        const start = this.len;
        this.chunks.push(it.v); this.len += Buffer.byteLength(it.v, 'utf8');
        this.spans.push({ fam: it.fam, ent: it.ent, start, end: this.len, v: it.v, meta: it.meta });
      }
    }
    return this;
  }
  // tagged template: d.w`text ${frag} text`
  w(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) { this.add(strings[i]); if (i < vals.length) this.add(vals[i]); }
    return this;
  }
  line(...fs) { this.add(fs); this.add('\n'); return this; }
  mark() { return { c: this.chunks.length, l: this.len, s: this.spans.length }; }
  reset(m) { this.chunks.length = m.c; this.len = m.l; this.spans.length = m.s; }
  text() { return this.chunks.join(''); }
}
