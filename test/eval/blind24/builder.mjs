// Span-recording document builder. A document is assembled from fragments: plain strings
// and span markers made with S() (secret), P() (PII) and L() (look-alike). Offsets are BYTE
// offsets computed from the UTF-8 encoding of exactly what is written.

export const S = (entity, value) => ({ fam: 'secrets', entity, value: String(value) });
export const P = (entity, value) => ({ fam: 'pii', entity, value: String(value) });
export const L = (what, value) => ({ fam: 'look', what, value: String(value) });

export const isSpan = (x) => x !== null && typeof x === 'object' && !Array.isArray(x) && typeof x.fam === 'string';

// Replace the text of a marker (e.g. after escaping) keeping its label.
export const respan = (m, value) => ({ ...m, value });

// Map every string and span value in a fragment through fn (used for JSON/YAML escaping).
export function mapFrag(frag, fn) {
  if (frag === null || frag === undefined || frag === false) return '';
  if (Array.isArray(frag)) return frag.map((x) => mapFrag(x, fn));
  if (isSpan(frag)) return respan(frag, fn(frag.value));
  return fn(String(frag));
}

// Plain text of a fragment (no spans), e.g. to measure or to embed in a non-labelled place.
export function plain(frag) {
  if (frag === null || frag === undefined || frag === false) return '';
  if (Array.isArray(frag)) return frag.map(plain).join('');
  if (isSpan(frag)) return frag.value;
  return String(frag);
}

// Template: tpl('order {o} for {n}', {o: L(...), n: P(...)}) -> fragment
export function tpl(str, vars) {
  const out = [];
  const re = /\{(\w+)\}/g;
  let last = 0, m;
  while ((m = re.exec(str))) {
    out.push(str.slice(last, m.index));
    if (!(m[1] in vars)) throw new Error(`tpl: missing ${m[1]} in "${str}"`);
    out.push(vars[m[1]]);
    last = re.lastIndex;
  }
  out.push(str.slice(last));
  return out;
}

export class Doc {
  constructor(kind) {
    this.kind = kind;
    this.chunks = [];
    this.pos = 0;
    this.spans = []; // {start,end,fam,entity|what,value}
    this.langs = new Set();
    this.tags = new Set();
  }
  tag(...t) { for (const x of t) this.tags.add(x); return this; }
  add(...items) { for (const it of items) this._one(it); return this; }
  line(...items) { this.add(...items, '\n'); return this; }
  _one(it) {
    if (it === null || it === undefined || it === false) return;
    if (Array.isArray(it)) { for (const x of it) this._one(x); return; }
    if (isSpan(it)) {
      const n = Buffer.byteLength(it.value, 'utf8');
      const sp = { start: this.pos, end: this.pos + n, fam: it.fam, value: it.value };
      if (it.fam === 'look') sp.what = it.what; else sp.entity = it.entity;
      if (it.meta !== undefined) sp.meta = it.meta;
      this.spans.push(sp);
      this.chunks.push(it.value);
      this.pos += n;
      return;
    }
    const s = String(it);
    this.chunks.push(s);
    this.pos += Buffer.byteLength(s, 'utf8');
  }
  get size() { return this.pos; }
  text() { return this.chunks.join(''); }
  lang(...codes) { for (const c of codes) this.langs.add(c); return this; }
  record(id) {
    const text = this.text();
    const labels = [], lookalikes = [];
    for (const sp of this.spans) {
      if (sp.fam === 'look') lookalikes.push({ start: sp.start, end: sp.end, what: sp.what });
      else labels.push({ start: sp.start, end: sp.end, entity: sp.entity, family: sp.fam });
    }
    return {
      rec: {
        id, kind: this.kind,
        text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
        labels, lookalikes,
      },
      text, spans: this.spans, langs: [...this.langs].sort(), tags: [...this.tags].sort(),
    };
  }
}

// ---- structured emitters that keep spans ----

const JSON_ESC = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
export const jsonEscape = (s) => String(s).replace(/["\\\n\r\t]/g, (c) => JSON_ESC[c]);

// Leaf of a JSON document: string (quoted), number/bool/null (raw), span marker (quoted
// unless marker.raw), fragment array (quoted, escaped), or Raw.
export const Raw = (frag) => ({ __raw: frag });
export function jsonVal(v, indent, step, compact) {
  if (v && v.__raw !== undefined) return v.__raw;
  if (isSpan(v)) return v.raw ? v : ['"', respan(v, jsonEscape(v.value)), '"'];
  if (Array.isArray(v) && v.__frag) return ['"', mapFrag(v, jsonEscape), '"'];
  if (typeof v === 'string') return '"' + jsonEscape(v) + '"';
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  const nl = compact ? '' : '\n';
  const pad = compact ? '' : ' '.repeat(indent + step);
  const endPad = compact ? '' : ' '.repeat(indent);
  const sep = compact ? ',' : ',\n';
  const colon = compact ? ':' : ': ';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    const out = ['[', nl];
    v.forEach((x, i) => { out.push(pad, jsonVal(x, indent + step, step, compact)); if (i < v.length - 1) out.push(sep); });
    out.push(nl, endPad, ']');
    return out;
  }
  const keys = Object.keys(v);
  if (!keys.length) return '{}';
  const out = ['{', nl];
  keys.forEach((k, i) => {
    out.push(pad, '"', jsonEscape(k), '"', colon, jsonVal(v[k], indent + step, step, compact));
    if (i < keys.length - 1) out.push(sep);
  });
  out.push(nl, endPad, '}');
  return out;
}
// mark an array as a text fragment (to be emitted as a single JSON string)
export const frag = (...items) => { const a = items.flat(); a.__frag = true; return a; };
export const json = (v, step = 2, compact = false, indent = 0) => jsonVal(v, indent, step, compact);
