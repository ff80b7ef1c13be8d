// Span-recording document builder. Offsets are computed from the UTF-8 bytes actually written.

// Tokens: the only way a labelled value gets into a document.
export const S = (entity, value, meta) => ({ tok: 's', entity, value: String(value), meta });
export const P = (entity, value, meta) => ({ tok: 'p', entity, value: String(value), meta });
export const L = (what, value, meta) => ({ tok: 'l', entity: what, value: String(value), meta });
export const isTok = (x) => x && typeof x === 'object' && typeof x.tok === 'string';

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind; this.chunks = []; this.bytes = 0;
    this.labels = []; this.lookalikes = []; this.meta = { langs: new Set(), ...meta };
    this.personMeta = []; this.phoneMeta = [];
  }
  add(...xs) {
    for (const x of xs) {
      if (x === null || x === undefined || x === false) continue;
      if (Array.isArray(x)) { this.add(...x); continue; }
      if (isTok(x)) { this.#span(x); continue; }
      if (typeof x === 'function') { this.add(x(this)); continue; }
      const s = String(x); this.chunks.push(s); this.bytes += Buffer.byteLength(s, 'utf8');
    }
    return this;
  }
  // tagged template: doc.t`text ${token} text`
  t(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this.add(strings[i]); if (i < vals.length) this.add(vals[i]); } return this; }
  line(...xs) { this.add(...xs, '\n'); return this; }
  #span(tk) {
    const start = this.bytes; const v = tk.value;
    if (!v.length) throw new Error(`empty span ${tk.entity}`);
    this.chunks.push(v); this.bytes += Buffer.byteLength(v, 'utf8');
    const rec = { start, end: this.bytes };
    if (tk.tok === 'l') this.lookalikes.push({ ...rec, what: tk.entity, _v: v });
    else {
      this.labels.push({ ...rec, entity: tk.entity, family: tk.tok === 's' ? 'secrets' : 'pii', _v: v });
      if (tk.entity === 'PERSON' && tk.meta?.culture) this.personMeta.push(tk.meta.culture);
      if (tk.entity === 'PHONE_NUMBER' && tk.meta?.plan) this.phoneMeta.push(tk.meta.plan);
    }
  }
  text() { return this.chunks.join(''); }
  lang(...l) { for (const x of l) this.meta.langs.add(x); return this; }
}

// tagged template producing a reusable part list (no doc yet)
export function T(strings, ...vals) { const out = []; for (let i = 0; i < strings.length; i++) { if (strings[i]) out.push(strings[i]); if (i < vals.length) out.push(vals[i]); } return out; }

export function toRecord(doc, id) {
  const text = doc.text(); const buf = Buffer.from(text, 'utf8');
  return {
    id, kind: doc.kind, text_b64url: buf.toString('base64url'),
    labels: doc.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
    lookalikes: doc.lookalikes.map(({ start, end, what }) => ({ start, end, what })),
  };
}
