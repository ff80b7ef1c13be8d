// Span-recording document builder.
// A fragment ("frag") is a flat array of plain strings and span objects. Spans carry the text
// that is inserted (`v`), the unencoded value (`raw`, used for format checks) and their label.
// Assembly turns the frag into UTF-8 bytes and records byte offsets of every span.

const isSpan = (x) => x && typeof x === 'object' && !Array.isArray(x) && typeof x.v === 'string';

export function S(entity, value, meta = {}) { return { v: value, raw: meta.raw ?? value, fam: 'secrets', ent: entity, meta }; }
export function P(entity, value, meta = {}) { return { v: value, raw: meta.raw ?? value, fam: 'pii', ent: entity, meta }; }
export function L(what, value, meta = {}) { return { v: value, raw: meta.raw ?? value, what, meta }; }

export function flat(x, out = []) {
  if (x === null || x === undefined || x === false) return out;
  if (Array.isArray(x)) { for (const y of x) flat(y, out); return out; }
  if (isSpan(x)) { out.push(x); return out; }
  if (typeof x === 'object' && (x.__frag || x.__raw)) return flat(x.__frag || x.__raw, out);
  if (typeof x === 'object') throw new Error('cannot flatten ' + JSON.stringify(x).slice(0, 80));
  out.push(String(x));
  return out;
}

/** Tagged template: T`key: ${span}\n` -> frag */
export function T(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) {
    if (strings[i]) out.push(strings[i]);
    if (i < vals.length) flat(vals[i], out);
  }
  return out;
}

/** Apply a per-character-safe text transform (escaping, encoding) to every piece. */
export function mapText(frag, fn) {
  return flat(frag).map((x) => (typeof x === 'string' ? fn(x) : { ...x, v: fn(x.v) }));
}

/** Plain text of a frag. */
export const text = (frag) => flat(frag).map((x) => (typeof x === 'string' ? x : x.v)).join('');
export const bytes = (frag) => Buffer.byteLength(text(frag), 'utf8');
export const join = (items, sep) => { const out = []; items.forEach((it, i) => { if (i) out.push(sep); out.push(it); }); return out; };

// ---- escapers ----
export function jsonEsc(s, ascii = false) {
  let o = JSON.stringify(s).slice(1, -1);
  if (ascii) o = o.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return o;
}
export const jstr = (frag, ascii = false) => ['"', ...mapText(frag, (s) => jsonEsc(s, ascii)), '"'];
export const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const sqlEsc = (s) => s.replace(/'/g, "''");
export const csvCell = (frag, sep = ',') => { const t = text(frag); return /["\n\r]/.test(t) || t.includes(sep) || /^\s|\s$/.test(t) ? ['"', ...mapText(frag, (s) => s.replace(/"/g, '""')), '"'] : flat(frag); };
export const urlEnc = (s) => encodeURIComponent(s);
export const formEnc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
export const yamlNeedsQuote = (t) => /^[\s'"&*!|>%@`{[\]#?,-]|: | #|[:]$|^(true|false|yes|no|null|on|off|~)$/i.test(t) || /^[\d.+-]+$/.test(t);

/** Assemble a frag into a record with byte offsets. */
export function assemble(frag) {
  const parts = flat(frag);
  let off = 0; const chunks = []; const labels = []; const lookalikes = [];
  for (const x of parts) {
    if (typeof x === 'string') { chunks.push(x); off += Buffer.byteLength(x, 'utf8'); continue; }
    if (x.v.length === 0) throw new Error('empty span ' + JSON.stringify(x));
    const n = Buffer.byteLength(x.v, 'utf8');
    const rec = { start: off, end: off + n, _v: x.v, _raw: x.raw, _meta: x.meta };
    if (x.what) { rec.what = x.what; lookalikes.push(rec); } else { rec.entity = x.ent; rec.family = x.fam; labels.push(rec); }
    chunks.push(x.v); off += n;
  }
  return { text: chunks.join(''), labels, lookalikes };
}
