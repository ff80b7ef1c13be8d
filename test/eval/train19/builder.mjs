// Span-recording document builder. Offsets are computed from the UTF-8 bytes actually written.
export const S = (entity, v) => ({ $m: 's', e: entity, v: String(v) });
export const P = (entity, v) => ({ $m: 'p', e: entity, v: String(v) });
export const L = (what, v) => ({ $m: 'l', e: what, v: String(v) });
export const isMark = (x) => x && typeof x === 'object' && '$m' in x;

export class Doc {
  constructor(kind, meta) {
    this.kind = kind;
    this.meta = meta; // Gen.meta of this attempt (cultures, plans, languages, ...)
    this.chunks = [];
    this.pos = 0;
    this.spans = []; // {start,end,m,e,v}
  }
  _one(p) {
    if (p === null || p === undefined || p === false) return;
    if (Array.isArray(p)) { for (const x of p) this._one(x); return; }
    if (isMark(p)) {
      const v = p.v;
      if (v.length === 0 || /^\s|\s$/u.test(v)) throw new Error(`span with edge whitespace: ${JSON.stringify(v)}`);
      const n = Buffer.byteLength(v, 'utf8');
      this.spans.push({ start: this.pos, end: this.pos + n, m: p.$m, e: p.e, v });
      this.chunks.push(v); this.pos += n;
      return;
    }
    const s = String(p);
    this.chunks.push(s); this.pos += Buffer.byteLength(s, 'utf8');
  }
  w(...parts) { for (const p of parts) this._one(p); return this; }
  ln(...parts) { this.w(...parts); this._one('\n'); return this; }
  // tagged template: d.t`text ${mark} text`
  t(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this._one(strings[i]); if (i < vals.length) this._one(vals[i]); } return this; }
  // fill "text {{a}} text" with slots {a: mark|string|array}
  f(tpl, slots = {}) { this.w(fill(tpl, slots)); return this; }
  get size() { return this.pos; }
  text() { return this.chunks.join(''); }
  record(id) {
    const text = this.text();
    const sorted = this.spans.slice().sort((a, b) => a.start - b.start);
    return {
      rec: {
        id, kind: this.kind,
        text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
        labels: sorted.filter((s) => s.m !== 'l').map((s) => ({ start: s.start, end: s.end, entity: s.e, family: s.m === 's' ? 'secrets' : 'pii' })),
        lookalikes: sorted.filter((s) => s.m === 'l').map((s) => ({ start: s.start, end: s.end, what: s.e })),
      },
      spans: sorted,
      text,
    };
  }
}

// Template fill: returns an array of parts.
export function fill(tpl, slots = {}) {
  const out = [];
  const re = /\{\{(\w+)\}\}/g;
  let last = 0, m;
  while ((m = re.exec(tpl))) {
    out.push(tpl.slice(last, m.index));
    if (!(m[1] in slots)) throw new Error(`slot ${m[1]} missing in ${tpl}`);
    out.push(slots[m[1]]);
    last = re.lastIndex;
  }
  out.push(tpl.slice(last));
  return out;
}
// Does the template use slot x?
export const uses = (tpl, x) => tpl.includes(`{{${x}}}`);
