// Span-recording document builder. Offsets are computed from the UTF-8 byte
// length of everything written so far, so they are byte offsets by construction.

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD',
  'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO',
  'MEDICAL_LICENSE', 'UK_NHS'];
const PII_SET = new Set(PII_ENTITIES);

// Span constructors. `meta` is kept out of the output record and feeds the
// composition report (culture of a name, numbering plan of a phone, ...).
export const S = (t, entity, meta) => ({ t: String(t), e: entity, f: 'secrets', meta });
export const P = (t, entity, meta) => {
  if (!PII_SET.has(entity)) throw new Error('not a Presidio entity: ' + entity);
  return { t: String(t), e: entity, f: 'pii', meta };
};
export const L = (t, what, meta) => ({ t: String(t), w: what, meta });

// A form string may mark its labelled part with [brackets]: "в [Казани]".
// Returns an array of text and span pieces.
export function marked(form, mk) {
  const i = form.indexOf('['), j = form.indexOf(']');
  if (i < 0) return [mk(form)];
  return [form.slice(0, i), mk(form.slice(i + 1, j)), form.slice(j + 1)];
}

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind; this.parts = []; this.len = 0; this.col = 0;
    this.labels = []; this.looks = []; this.meta = meta;
  }
  text(s) {
    s = String(s); if (!s) return this;
    this.parts.push(s); this.len += Buffer.byteLength(s, 'utf8');
    const nl = s.lastIndexOf('\n'); this.col = nl >= 0 ? [...s.slice(nl + 1)].length : this.col + [...s].length;
    return this;
  }
  span(v) {
    const start = this.len; this.text(v.t); const end = this.len;
    if (v.w) this.looks.push({ start, end, what: v.w, value: v.t, meta: v.meta });
    else this.labels.push({ start, end, entity: v.e, family: v.f, value: v.t, meta: v.meta });
    return this;
  }
  add(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (typeof x === 'object' && 't' in x) return this.span(x);
    return this.text(String(x));
  }
  // tagged template: d.w`key = ${S(...)}\n`
  w(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this.text(strings[i]); if (i < vals.length) this.add(vals[i]); } return this; }
  // add a list of pieces, greedily wrapped at `width` columns, continuation lines
  // prefixed with `indent`. Breaks happen only at spaces of plain text; spans stay whole.
  wrap(pieces, width = 76, indent = '') {
    const flat = []; const flatten = (x) => { if (x == null || x === false) return; if (Array.isArray(x)) x.forEach(flatten); else flat.push(x); };
    flatten(pieces);
    // tokens: words (arrays of pieces with no breakable space inside) separated by single spaces
    const words = [[]];
    for (const p of flat) {
      if (typeof p === 'object') { words[words.length - 1].push(p); continue; }
      const segs = String(p).split(/( +|\n)/);
      for (const sg of segs) {
        if (sg === '') continue;
        if (sg === '\n') { words.push('\n'); words.push([]); }
        else if (/^ +$/.test(sg)) words.push([]);
        else words[words.length - 1].push(sg);
      }
    }
    const wlen = (w) => w.reduce((n, p) => n + [...(typeof p === 'object' ? p.t : p)].length, 0);
    let first = true;
    for (const w of words) {
      if (w === '\n') { this.text('\n'); first = true; continue; }
      if (w.length === 0) continue;
      const n = wlen(w);
      if (!first) {
        if (this.col + 1 + n > width) this.text('\n' + indent); else this.text(' ');
      }
      for (const p of w) this.add(p);
      first = false;
    }
    return this;
  }
  get textValue() { return this.parts.join(''); }
}
