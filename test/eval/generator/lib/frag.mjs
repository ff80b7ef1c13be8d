// Fragments: text with labelled spans, composed by a tagged template so that templates read like
// the documents they produce. Offsets are UTF-8 byte offsets (what the gateway's detectors see).
//
//   d`AWS_ACCESS_KEY_ID=${S('AWS_ACCESS_KEY', key)}\nregion=${L('version', v)}`
//
// S(entity, value): a secret; P(entity, value): PII; L(what, value): a look-alike that must not
// be changed. Interpolated strings and numbers are plain text; Frags and arrays nest.

export class Frag {
  constructor() {
    this.text = '';
    this.bytes = 0;
    this.labels = [];
    this.lookalikes = [];
  }
  push(v) {
    if (v === null || v === undefined || v === false) return this;
    if (Array.isArray(v)) {
      for (const x of v) this.push(x);
      return this;
    }
    if (v instanceof Frag) {
      for (const l of v.labels) this.labels.push({ ...l, start: l.start + this.bytes, end: l.end + this.bytes });
      for (const l of v.lookalikes)
        this.lookalikes.push({ ...l, start: l.start + this.bytes, end: l.end + this.bytes });
      this.text += v.text;
      this.bytes += v.bytes;
      return this;
    }
    if (typeof v === 'object' && v.mark) {
      const value = String(v.value);
      const start = this.bytes;
      this.appendText(value);
      if (v.mark === 'label') this.labels.push({ start, end: this.bytes, entity: v.entity, family: v.family });
      else this.lookalikes.push({ start, end: this.bytes, what: v.what });
      return this;
    }
    this.appendText(String(v));
    return this;
  }
  appendText(s) {
    this.text += s;
    this.bytes += Buffer.byteLength(s, 'utf8');
  }
}

export function d(strings, ...vals) {
  const fr = new Frag();
  for (let i = 0; i < strings.length; i++) {
    fr.push(strings[i]);
    if (i < vals.length) fr.push(vals[i]);
  }
  return fr;
}

export const S = (entity, value) => ({ mark: 'label', family: 'secrets', entity, value });
export const P = (entity, value) => ({ mark: 'label', family: 'pii', entity, value });
export const L = (what, value) => ({ mark: 'look', what, value });
export const frag = (...parts) => new Frag().push(parts);
export const lines = (arr, sep = '\n') => {
  const fr = new Frag();
  arr.forEach((x, i) => {
    if (i) fr.push(sep);
    fr.push(x);
  });
  return fr;
};
// A marked value's plain text (for when a template needs the raw string too).
export const val = (m) => (m && m.mark ? String(m.value) : m instanceof Frag ? m.text : String(m));
// Re-marks a value with text transformed (e.g. JSON-escaped): the span covers the transformed text.
export const remark = (m, fn) => ({ ...m, value: fn(String(m.value)) });
