// Span-recording document builder: every labelled value is appended through
// sec/pii/look so its byte offsets are recorded at insertion time.
export class Doc {
  constructor(kind) { this.kind = kind; this.chunks = []; this.pos = 0; this.labels = []; this.lookalikes = []; }
  t(...parts) { for (const s of parts) { const str = String(s); this.chunks.push(str); this.pos += Buffer.byteLength(str); } return this; }
  _span(v) { const start = this.pos; this.t(v); return { start, end: this.pos, value: String(v) }; }
  sec(entity, v) { const s = this._span(v); this.labels.push({ ...s, entity, family: 'secrets' }); return this; }
  pii(entity, v) { const s = this._span(v); this.labels.push({ ...s, entity, family: 'pii' }); return this; }
  look(what, v) { const s = this._span(v); this.lookalikes.push({ ...s, what }); return this; }
  // generic: item = {fam:'sec'|'pii'|'look'|'txt', e, v}
  put(item) { if (!item) return this; if (item.fam === 'sec') return this.sec(item.e, item.v); if (item.fam === 'pii') return this.pii(item.e, item.v); if (item.fam === 'look') return this.look(item.e, item.v); return this.t(item.v); }
  nl(s = '') { return this.t(s + '\n'); }
  text() { return this.chunks.join(''); }
  size() { return this.pos; }
}
