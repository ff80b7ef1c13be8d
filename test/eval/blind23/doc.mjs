// Span-recording document builder. Text is appended piece by piece; a labelled
// piece records its BYTE range, computed from the UTF-8 length of everything
// written before it, together with the exact value, so the validator can compare
// the bytes of the finished document with what was inserted.

export class Mark {
  constructor(fam, name, value) {
    if (typeof value !== 'string') value = String(value);
    this.fam = fam; this.name = name; this.value = value;
  }
  toString() { return this.value; }
}
export const S = (entity, value) => new Mark('secrets', entity, value);
export const P = (entity, value) => new Mark('pii', entity, value);
export const L = (what, value) => new Mark('look', what, value);
// several marks and plain strings joined into one fragment
export class Frag { constructor(parts) { this.parts = parts; } }
export const F = (...parts) => new Frag(parts.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false));
export const J = (sep, items) => { const out = []; items.forEach((it, i) => { if (i) out.push(sep); out.push(it); }); return new Frag(out); };
export const plain = (x) => (x instanceof Mark ? x.value : x instanceof Frag ? x.parts.map(plain).join('') : String(x));

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind; this.meta = meta; this.chunks = []; this.len = 0;
    this.spans = [];
  }
  get bytes() { return this.len; }
  raw(s) {
    s = String(s);
    this.chunks.push(s);
    this.len += Buffer.byteLength(s, 'utf8');
    return this;
  }
  add(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (x instanceof Frag) { for (const y of x.parts) this.add(y); return this; }
    if (x instanceof Mark) {
      const start = this.len;
      this.raw(x.value);
      this.spans.push({ fam: x.fam, name: x.name, start, end: this.len, value: x.value });
      return this;
    }
    return this.raw(x);
  }
  // tagged template: d.w`Dear ${P('PERSON', n)},\n`
  w(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this.raw(strings[i]);
      if (i < vals.length) this.add(vals[i]);
    }
    return this;
  }
  line(...parts) { this.add(parts); return this.raw('\n'); }
  // phrase with {0} {1} placeholders
  fmt(tpl, ...args) {
    const re = /\{(\d+)\}/g;
    let last = 0, m;
    while ((m = re.exec(tpl))) {
      this.raw(tpl.slice(last, m.index));
      this.add(args[Number(m[1])]);
      last = re.lastIndex;
    }
    return this.raw(tpl.slice(last));
  }
  text() { return this.chunks.join(''); }
  finish() {
    const text = this.text();
    return {
      kind: this.kind, meta: this.meta, text,
      labels: this.spans.filter((s) => s.fam !== 'look'),
      lookalikes: this.spans.filter((s) => s.fam === 'look'),
    };
  }
}
// fill a phrase template into a Frag (for nesting inside other templates)
export function phrase(tpl, ...args) {
  const out = [];
  const re = /\{(\d+)\}/g;
  let last = 0, m;
  while ((m = re.exec(tpl))) {
    out.push(tpl.slice(last, m.index));
    out.push(args[Number(m[1])]);
    last = re.lastIndex;
  }
  out.push(tpl.slice(last));
  return new Frag(out.filter((x) => x !== ''));
}

// Escape the plain parts of a fragment for a JSON string or a quoted CSV field.
// Labelled values are left alone and must not need escaping themselves.
function mapRaw(x, fn, check) {
  if (x instanceof Mark) { if (check(x.value)) throw new Error(`value needs escaping: ${x.name}`); return x; }
  if (x instanceof Frag) return new Frag(x.parts.map((y) => mapRaw(y, fn, check)));
  if (Array.isArray(x)) return new Frag(x.map((y) => mapRaw(y, fn, check)));
  if (x === null || x === undefined || x === false) return '';
  return fn(String(x));
}
export const jsonEsc = (x) => mapRaw(x, (s) => JSON.stringify(s).slice(1, -1), (v) => /["\\\n]/.test(v));
export const csvEsc = (x) => mapRaw(x, (s) => s.replace(/"/g, '""'), (v) => /["\n]/.test(v));
