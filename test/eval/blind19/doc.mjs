// Span-recording document builder. Text is appended piece by piece; a span piece
// records its BYTE offsets computed from the UTF-8 bytes actually written.

export const S = (entity, value) => ({ $span: 's', entity, value: String(value) });   // secret
export const P = (entity, value) => ({ $span: 'p', entity, value: String(value) });   // PII
export const L = (what, value) => ({ $span: 'l', what, value: String(value) });       // look-alike

export class Doc {
  constructor() { this.bufs = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  _text(s) { const b = Buffer.from(s, 'utf8'); this.bufs.push(b); this.len += b.length; }
  add(...parts) {
    for (const p of parts) {
      if (p === null || p === undefined || p === false || p === '') continue;
      if (typeof p === 'string' || typeof p === 'number') { this._text(String(p)); continue; }
      if (Array.isArray(p)) { this.add(...p); continue; }
      if (p instanceof Doc) { this.append(p); continue; }
      if (p.$span) {
        const start = this.len; this._text(p.value); const end = this.len;
        if (p.$span === 'l') this.lookalikes.push({ start, end, what: p.what, value: p.value });
        else this.labels.push({ start, end, entity: p.entity, family: p.$span === 's' ? 'secrets' : 'pii', value: p.value });
        continue;
      }
      throw new Error('bad part ' + JSON.stringify(p));
    }
    return this;
  }
  line(...parts) { return this.add(...parts, '\n'); }
  append(other) {
    const off = this.len;
    for (const b of other.bufs) { this.bufs.push(b); this.len += b.length; }
    for (const l of other.labels) this.labels.push({ ...l, start: l.start + off, end: l.end + off });
    for (const l of other.lookalikes) this.lookalikes.push({ ...l, start: l.start + off, end: l.end + off });
    return this;
  }
  size() { return this.len; }
  bytes() { return Buffer.concat(this.bufs); }
  text() { return this.bytes().toString('utf8'); }
}

// Build a fragment from parts (handy for "add this row only if it fits").
export const frag = (...parts) => new Doc().add(...parts);

// Render parts joined by a separator into a fragment.
export function join(parts, sep) {
  const d = new Doc();
  parts.forEach((p, i) => { if (i) d.add(sep); d.add(p); });
  return d;
}
