// Span-recording document builder. Text is appended piece by piece; every labelled value is
// appended through add()/w(), which records [start, end) as BYTE offsets computed from the
// UTF-8 length of everything written before it.
import { encode } from './codec.mjs';

export function val(fam, ent, raw, enc = 'plain', tags = null) {
  return { fam, ent, raw, enc, v: encode(raw, enc), tags };
}
export const sec = (ent, raw, enc, tags) => val('secrets', ent, raw, enc, tags);
export const pii = (ent, raw, enc, tags) => val('pii', ent, raw, enc, tags);
export const look = (what, raw, enc, tags) => val('look', what, raw, enc, tags);
export const isVal = (x) => x !== null && typeof x === 'object' && !Array.isArray(x) && typeof x.fam === 'string';
// same value, written through one more encoding step
export const reenc = (x, step) => val(x.fam, x.ent, x.raw, (x.enc && x.enc !== 'plain' ? x.enc + '|' : '') + step, x.tags);
// plain text of a fragment (for lengths, never for output)
export function flat(f) {
  if (f === null || f === undefined || f === false) return '';
  if (Array.isArray(f)) return f.map(flat).join('');
  if (isVal(f)) return f.v;
  return String(f);
}

export class Doc {
  constructor(kind) {
    this.kind = kind; this.chunks = []; this.size = 0; this.spans = []; this.tags = {};
  }
  tag(k, v) { (this.tags[k] ??= new Set()).add(v); return this; }
  add(...parts) {
    for (const p of parts) {
      if (p === null || p === undefined || p === false) continue;
      if (Array.isArray(p)) { this.add(...p); continue; }
      if (isVal(p)) {
        const start = this.size; this.#text(p.v);
        this.spans.push({ start, end: this.size, val: p });
        if (p.tags) for (const [k, v] of Object.entries(p.tags)) this.tag(k, v);
        continue;
      }
      this.#text(String(p));
    }
    return this;
  }
  #text(s) { this.chunks.push(s); this.size += Buffer.byteLength(s, 'utf8'); }
  w(strings, ...vals) { // tagged template: d.w`KEY=${value}\n`
    for (let i = 0; i < strings.length; i++) { this.add(strings[i]); if (i < vals.length) this.add(vals[i]); }
    return this;
  }
  text() { return this.chunks.join(''); }
  record(id) {
    const text = this.text();
    const labels = [], lookalikes = [];
    for (const s of this.spans) {
      if (s.val.fam === 'look') lookalikes.push({ start: s.start, end: s.end, what: s.val.ent });
      else labels.push({ start: s.start, end: s.end, entity: s.val.ent, family: s.val.fam });
    }
    return { id, kind: this.kind, text_b64url: Buffer.from(text, 'utf8').toString('base64url'), labels, lookalikes };
  }
}

// fragment helper: f`...${v}...` returns an array usable in d.add()
export function f(strings, ...vals) { const out = []; for (let i = 0; i < strings.length; i++) { out.push(strings[i]); if (i < vals.length) out.push(vals[i]); } return out; }
// fill "{slot}" placeholders of a template string with fragments/values/strings
export function fill(tpl, slots) {
  const out = []; let last = 0; const re = /\{(\w+)\}/g; let m;
  while ((m = re.exec(tpl))) {
    out.push(tpl.slice(last, m.index));
    if (!(m[1] in slots)) throw new Error(`template slot {${m[1]}} missing in: ${tpl}`);
    out.push(typeof slots[m[1]] === 'function' ? slots[m[1]]() : slots[m[1]]);
    last = re.lastIndex;
  }
  out.push(tpl.slice(last));
  return out;
}
