// Span-recording document builder. Text is appended left to right; each labelled value records its
// byte span at insertion, so spans can never drift from the text.
export const S = (entity, v, meta) => ({ family: 'secrets', entity, v, meta });
export const P = (entity, v, meta) => ({ family: 'pii', entity, v, meta });
export const L = (what, v) => ({ what, v });
export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; this.meta = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  add(x) {
    if (x == null) return this;
    if (typeof x === 'string' || typeof x === 'number') return this.t(x);
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    const start = this.len; this.t(x.v); const end = this.len;
    if (x.what) this.lookalikes.push({ start, end, what: x.what, _v: x.v });
    else { this.labels.push({ start, end, entity: x.entity, family: x.family, _v: x.v }); if (x.meta) this.meta.push({ family: x.family, entity: x.entity, ...x.meta }); }
    return this;
  }
  // tagged template: d.f`KEY=${S(...)}\n`
  f(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.t(strs[i]); if (i < vals.length) this.add(vals[i]); } return this; }
  mark() { return [this.parts.length, this.len, this.labels.length, this.lookalikes.length, this.meta.length]; }
  rollback(m) { this.parts.length = m[0]; this.len = m[1]; this.labels.length = m[2]; this.lookalikes.length = m[3]; this.meta.length = m[4]; }
  text() { return this.parts.join(''); }
}
// helper: bare text fragment as a "template function" returning an array for d.add
export const seq = (strs, ...vals) => { const out = []; for (let i = 0; i < strs.length; i++) { if (strs[i]) out.push(strs[i]); if (i < vals.length) out.push(vals[i]); } return out; };
