// Span-recording document builder. Offsets are computed from the UTF-8 bytes actually written.

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD',
  'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO',
  'MEDICAL_LICENSE', 'UK_NHS'];

// span constructors: values that the builder records when written
export const S = (entity, v, meta) => ({ span: 'secrets', entity, v: String(v), meta });
export const P = (entity, v, meta) => ({ span: 'pii', entity, v: String(v), meta });
export const L = (what, v, meta) => ({ span: 'look', what, v: String(v), meta });
export const isSpan = (x) => x && typeof x === 'object' && typeof x.span === 'string';

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind;
    this.chunks = [];
    this.bytes = 0;
    this.labels = [];
    this.lookalikes = [];
    this.values = []; // parallel record of inserted values for the validator
    this.meta = { cultures: new Set(), scripts: new Set(), plans: new Set(), langs: new Set(), codeLang: null, ...meta };
  }
  // append plain text or span objects (any mix, arrays flattened)
  add(...parts) {
    for (const p of parts.flat(Infinity)) {
      if (p === null || p === undefined || p === false) continue;
      if (isSpan(p)) this._span(p);
      else this._text(String(p));
    }
    return this;
  }
  _text(s) {
    if (!s) return;
    this.chunks.push(s);
    this.bytes += Buffer.byteLength(s, 'utf8');
  }
  _span(sp) {
    const start = this.bytes;
    this._text(sp.v);
    const end = this.bytes;
    if (end === start) throw new Error(`empty span ${sp.entity || sp.what}`);
    if (sp.span === 'look') this.lookalikes.push({ start, end, what: sp.what });
    else this.labels.push({ start, end, entity: sp.entity, family: sp.span });
    this.values.push({ start, end, v: sp.v, kind: sp.span, name: sp.entity || sp.what, meta: sp.meta || null });
    if (sp.meta) {
      if (sp.meta.culture) this.meta.cultures.add(sp.meta.culture);
      if (sp.meta.script) this.meta.scripts.add(sp.meta.script);
      if (sp.meta.plan) this.meta.plans.add(sp.meta.plan);
    }
  }
  // tagged template: d.w`Name: ${P('PERSON', n)}\n`
  w(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this._text(strings[i]);
      if (i < vals.length) this.add(vals[i]);
    }
    return this;
  }
  line(...parts) { this.add(...parts); this._text('\n'); return this; }
  text() { return this.chunks.join(''); }
}

// a tiny fragment type: a list of text and spans that can be built before it is written
export const frag = (...parts) => parts.flat(Infinity);
// length in bytes of a fragment as it would be written
export const fragBytes = (f) => f.flat(Infinity).reduce((a, p) => a + Buffer.byteLength(isSpan(p) ? p.v : String(p ?? ''), 'utf8'), 0);
export const fragText = (f) => f.flat(Infinity).map((p) => (isSpan(p) ? p.v : String(p ?? ''))).join('');
