// Span-recording document builder. Offsets are computed from the UTF-8 bytes actually appended.
export const S = (entity, value, meta) => ({ fam: 'secrets', entity, value: String(value), meta });
export const P = (entity, value) => ({ fam: 'pii', entity, value: String(value) });
export const L = (what, value) => ({ fam: 'look', what, value: String(value) });
export const isSpan = (x) => x && typeof x === 'object' && 'fam' in x;

export class Doc {
  constructor(kind) { this.kind = kind; this.chunks = []; this.len = 0; this.labels = []; this.lookalikes = []; this.meta = []; }
  t(str) { if (str === '' || str == null) return this; str = String(str); this.chunks.push(str); this.len += Buffer.byteLength(str, 'utf8'); return this; }
  span(x) {
    const start = this.len; this.t(x.value); const end = this.len;
    if (x.fam === 'look') this.lookalikes.push({ start, end, what: x.what, _v: x.value });
    else this.labels.push({ start, end, entity: x.entity, family: x.fam, _v: x.value, _meta: x.meta });
    return this;
  }
  // append any mix of strings and span objects
  w(...parts) { for (const p of parts.flat(Infinity)) { if (p == null || p === false) continue; if (isSpan(p)) this.span(p); else this.t(p); } return this; }
  line(...parts) { this.w(...parts); return this.t('\n'); }
  // template with {name} placeholders filled from vars (strings or spans); {{ and }} stay literal braces
  tpl(str, vars = {}) {
    const re = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g; let last = 0; let m;
    while ((m = re.exec(str))) {
      if (!(m[1] in vars)) continue;
      this.t(str.slice(last, m.index)); this.w(vars[m[1]]); last = re.lastIndex;
    }
    this.t(str.slice(last));
    return this;
  }
  // the document as a list of plain strings and span objects (to embed it elsewhere, e.g. inside JSON or CSV quoting)
  parts(esc = (x) => x) {
    const bytes = Buffer.from(this.text, 'utf8');
    const spans = [...this.labels.map((l) => ({ ...l, fam: l.family })), ...this.lookalikes.map((l) => ({ ...l, fam: 'look' }))].sort((a, b) => a.start - b.start);
    const out = []; let pos = 0;
    for (const sp of spans) {
      out.push(esc(bytes.subarray(pos, sp.start).toString('utf8')));
      out.push(sp.fam === 'look' ? L(sp.what, sp._v) : { fam: sp.fam, entity: sp.entity, value: sp._v });
      pos = sp.end;
    }
    out.push(esc(bytes.subarray(pos).toString('utf8')));
    return out;
  }
  get text() { return this.chunks.join(''); }
  record(id) {
    const text = this.text;
    return {
      id, kind: this.kind, text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
      labels: this.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
      lookalikes: this.lookalikes.map(({ start, end, what }) => ({ start, end, what })),
    };
  }
}
