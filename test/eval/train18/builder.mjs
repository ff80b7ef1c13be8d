// Span-recording document builder: every labelled value is inserted through sec()/pii()/lk(),
// so offsets are computed from the bytes actually written.
export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; this.meta = []; }
  t(...ss) { for (const s of ss) { const x = String(s); this.parts.push(x); this.len += Buffer.byteLength(x); } return this; }
  _span(v) { const start = this.len; this.t(v); return { start, end: this.len }; }
  sec(entity, v) { const sp = this._span(v); this.labels.push({ ...sp, entity, family: 'secrets' }); this.meta.push({ ...sp, v, entity, family: 'secrets' }); return this; }
  pii(entity, v) { const sp = this._span(v); this.labels.push({ ...sp, entity, family: 'pii' }); this.meta.push({ ...sp, v, entity, family: 'pii' }); return this; }
  lk(what, v) { const sp = this._span(v); this.lookalikes.push({ ...sp, what }); this.meta.push({ ...sp, v, what, family: 'lookalike' }); return this; }
  // insert an {e,v} / {what,v} item object produced by the generators
  put(x) { if (x.what) return this.lk(x.what, x.v); if (x.pii) { this.pii(x.e, x.v); const m = this.meta[this.meta.length - 1]; if (x.c) m.c = x.c; if (x.cc) m.cc = x.cc; return this; } return this.sec(x.e, x.v); }
  text() { return this.parts.join(''); }
}
