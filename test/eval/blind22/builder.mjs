// Span-recording document builder. Text is assembled from fragments: plain strings and span
// objects (S = secret, P = PII, L = look-alike). Offsets are byte offsets in the UTF-8 output,
// computed from Buffer.byteLength of exactly the bytes appended.

export const S = (entity, value) => ({ $: 'secrets', entity, value: String(value) });
export const P = (entity, value) => ({ $: 'pii', entity, value: String(value) });
export const L = (what, value) => ({ $: 'look', what, value: String(value) });
export const isSpan = (x) => x !== null && typeof x === 'object' && !Array.isArray(x) && typeof x.$ === 'string';

export function flat(frag, out = []) {
  if (frag === null || frag === undefined || frag === false) return out;
  if (Array.isArray(frag)) { for (const f of frag) flat(f, out); }
  else if (isSpan(frag)) out.push(frag);
  else out.push(String(frag));
  return out;
}
export const fragLen = (frag) => flat(frag).reduce((n, x) => n + Buffer.byteLength(typeof x === 'string' ? x : x.value), 0);
export const fragText = (frag) => flat(frag).map((x) => (typeof x === 'string' ? x : x.value)).join('');
// apply a text transform to every piece (text and span values alike), e.g. JSON escaping
export const mapFrag = (frag, fn) => flat(frag).map((x) => (typeof x === 'string' ? fn(x) : { ...x, value: fn(x.value) }));
// template tag producing a fragment
export function F(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) {
    out.push(strings[i]);
    if (i < vals.length) out.push(vals[i]);
  }
  return out;
}
export const join = (frags, sep) => frags.flatMap((f, i) => (i ? [sep, f] : [f]));
export const jesc = (s) => JSON.stringify(s).slice(1, -1);
export const jq = (frag) => ['"', mapFrag(frag, jesc), '"'];
// strip all spans from a fragment (keeps the text; used when a value must appear unlabelled)
export const plain = (frag) => fragText(frag);

// JSON serializer that keeps spans. Values: span -> JSON string; {raw: frag} -> inserted verbatim;
// array; plain object (insertion order); string/number/bool/null.
export const RAW = (frag) => ({ raw: frag });
export function J(v, indent = 0, lvl = 0) {
  const nl = indent ? '\n' + ' '.repeat(indent * (lvl + 1)) : '';
  const end = indent ? '\n' + ' '.repeat(indent * lvl) : '';
  const colon = indent ? ': ' : ':';
  const comma = indent ? ',' : ',';
  if (v === null) return 'null';
  if (isSpan(v) || typeof v === 'string') return jq(v);
  if (Array.isArray(v) && v.__frag) return jq(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && v.raw !== undefined && Object.keys(v).length === 1) return v.raw;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return ['[', join(v.map((x) => [nl, J(x, indent, lvl + 1)]), comma), end, ']'];
  }
  const ks = Object.keys(v);
  if (!ks.length) return '{}';
  return ['{', join(ks.map((k) => [nl, jq(k), colon, J(v[k], indent, lvl + 1)]), comma), end, '}'];
}
// mark a fragment array as a string-valued fragment for J()
export const FS = (...parts) => { const a = flat(parts); a.__frag = true; return a; };

export class Doc {
  constructor(kind, limit = 3950) {
    this.kind = kind; this.limit = limit;
    this.chunks = []; this.len = 0; this.labels = []; this.lookalikes = [];
  }
  add(...frags) {
    for (const x of flat(frags)) {
      if (typeof x === 'string') { this.chunks.push(x); this.len += Buffer.byteLength(x); continue; }
      const b = Buffer.byteLength(x.value);
      if (x.$ === 'look') this.lookalikes.push({ start: this.len, end: this.len + b, what: x.what, value: x.value });
      else this.labels.push({ start: this.len, end: this.len + b, entity: x.entity, family: x.$, value: x.value });
      this.chunks.push(x.value); this.len += b;
    }
    return this;
  }
  w(strings, ...vals) { return this.add(F(strings, ...vals)); }
  room(frag, reserve = 0) { return this.len + fragLen(frag) + reserve <= this.limit; }
  // append only if it fits under the limit minus a reserve for the tail; returns success
  tryAdd(frag, reserve = 0) { if (!this.room(frag, reserve)) return false; this.add(frag); return true; }
  // keep calling gen() and appending while the result fits and len < target
  fill(gen, target, reserve = 0, max = 400) {
    let n = 0;
    while (this.len < target && n < max) {
      const f = gen(n);
      if (!this.tryAdd(f, reserve)) break;
      n++;
    }
    return n;
  }
  text() { return this.chunks.join(''); }
}
