// Document builder: plain text plus spans (labels and look-alikes), byte offsets computed at the end.
export const S = (entity, v) => ({ v: String(v), family: 'secrets', entity });
export const P = (entity, v) => ({ v: String(v), family: 'pii', entity });
export const L = (what, v) => ({ v: String(v), what });
const isSpan = (x) => x && typeof x === 'object' && !Array.isArray(x) && 'v' in x;
// JSON-escape a span (or string) for embedding inside a JSON string literal.
export const J = (x) => isSpan(x) ? { ...x, v: JSON.stringify(x.v).slice(1, -1) } : JSON.stringify(String(x)).slice(1, -1);
// XML-escape
const xe = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const X = (x) => isSpan(x) ? { ...x, v: xe(x.v) } : xe(String(x));

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.langs = new Set(); }
  push(x) {
    if (x === undefined || x === null || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.push(y); return this; }
    if (isSpan(x)) this.parts.push(x); else this.parts.push(String(x));
    return this;
  }
  // tagged template: d.w`key=${S('X', v)}\n`
  w(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.push(strs[i]); if (i < vals.length) this.push(vals[i]); } return this; }
  lang(l) { this.langs.add(l); return this; }
  size() { let n = 0; for (const p of this.parts) n += Buffer.byteLength(typeof p === 'string' ? p : p.v); return n; }
  build() {
    let off = 0; const chunks = []; const labels = []; const lookalikes = []; const values = [];
    for (const p of this.parts) {
      const s = typeof p === 'string' ? p : p.v;
      const b = Buffer.from(s, 'utf8');
      if (typeof p !== 'string') {
        if (p.what) lookalikes.push({ start: off, end: off + b.length, what: p.what });
        else labels.push({ start: off, end: off + b.length, entity: p.entity, family: p.family });
        values.push({ start: off, end: off + b.length, v: s });
      }
      chunks.push(b); off += b.length;
    }
    return { text: Buffer.concat(chunks), labels, lookalikes, values, langs: [...this.langs] };
  }
}
