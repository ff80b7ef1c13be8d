// Span-recording document builder. Offsets are byte offsets computed from the UTF-8 bytes
// actually appended, so multi-byte scripts are handled exactly.

export class Item {
  // fam: 'secrets' | 'pii' | 'look'; ent: entity name or look-alike `what`; v: text as written
  constructor(fam, ent, v) {
    if (typeof v !== 'string' || v.length === 0) throw new Error(`empty value for ${ent}`);
    this.fam = fam; this.ent = ent; this.v = v;
  }
  with(v) { return new Item(this.fam, this.ent, v); }
  toString() { return this.v; }
}
export const S = (e, v) => new Item('secrets', e, v);
export const P = (e, v) => new Item('pii', e, v);
export const L = (w, v) => new Item('look', w, v);
export const isItem = (x) => x instanceof Item;
export const textOf = (x) => (x instanceof Item ? x.v : x == null ? '' : String(x));

export class Doc {
  constructor(kind, lang = 'en') {
    this.kind = kind; this.lang = lang;
    this.chunks = []; this.bytes = 0; this.spans = [];
  }
  t(s) {
    s = String(s);
    this.chunks.push(s);
    this.bytes += Buffer.byteLength(s, 'utf8');
    return this;
  }
  put(x) {
    if (x == null) return this;
    if (Array.isArray(x)) { for (const y of x) this.put(y); return this; }
    if (!(x instanceof Item)) return this.t(x);
    const start = this.bytes;
    this.t(x.v);
    this.spans.push({ start, end: this.bytes, fam: x.fam, ent: x.ent, v: x.v });
    return this;
  }
  // tagged template: d.f`key: ${S('X', v)}\n`
  f(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this.t(strings[i]);
      if (i < vals.length) this.put(vals[i]);
    }
    return this;
  }
  // "{name} lives in {city}" with slots of Items or strings
  tpl(str, slots) {
    const re = /\{([a-zA-Z0-9_]+)\}/g;
    let last = 0, m;
    while ((m = re.exec(str))) {
      this.t(str.slice(last, m.index));
      if (!(m[1] in slots)) throw new Error(`missing slot ${m[1]} in "${str}"`);
      this.put(slots[m[1]]);
      last = re.lastIndex;
    }
    this.t(str.slice(last));
    return this;
  }
  line(...parts) { for (const p of parts) this.put(p); return this.t('\n'); }
  text() { return this.chunks.join(''); }
}

// ---------- escaping helpers that keep the Item identity
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const mapItem = (x, fn) => (x instanceof Item ? x.with(fn(x.v)) : fn(textOf(x)));

// ---------- JSON emitter: plain objects/arrays; leaves may be Items or Raw (unquoted).
export class Raw { constructor(x) { this.x = x; } }
export const raw = (x) => new Raw(x);
// A string leaf assembled from pieces (plain strings and Items); escaped per output format.
export class Str { constructor(parts) { this.parts = parts.flat(); } get text() { return this.parts.map(textOf).join(''); } }
export const cat = (...parts) => new Str(parts);
function putEscaped(d, parts, esc) { for (const p of parts) { if (p instanceof Item) d.put(mapItem(p, esc)); else d.t(esc(textOf(p))); } }

export function emitJSON(d, value, opts = {}) {
  const ind = opts.indent ?? 2;
  const pad = typeof ind === 'string' ? ind : ' '.repeat(ind);
  const compact = ind === 0;
  const sep = compact ? (opts.spaced ? ': ' : ':') : ': ';
  const comma = compact && opts.spaced ? ', ' : ',';
  const rec = (v, depth) => {
    const nl = compact ? '' : '\n' + pad.repeat(depth + 1);
    const end = compact ? '' : '\n' + pad.repeat(depth);
    if (v instanceof Raw) { d.put(v.x); return; }
    if (v instanceof Str) { d.t('"'); putEscaped(d, v.parts, jsonEsc); d.t('"'); return; }
    if (v instanceof Item) { d.t('"'); d.put(mapItem(v, jsonEsc)); d.t('"'); return; }
    if (v === null) { d.t('null'); return; }
    if (typeof v === 'number' || typeof v === 'boolean') { d.t(String(v)); return; }
    if (typeof v === 'string') { d.t(JSON.stringify(v)); return; }
    if (Array.isArray(v)) {
      if (v.length === 0) { d.t('[]'); return; }
      d.t('[');
      v.forEach((x, i) => { d.t(i ? comma + nl : nl); rec(x, depth + 1); });
      d.t(end + ']');
      return;
    }
    const keys = Object.keys(v).filter((k) => v[k] !== undefined);
    if (keys.length === 0) { d.t('{}'); return; }
    d.t('{');
    keys.forEach((k, i) => { d.t(i ? comma + nl : nl); d.t(JSON.stringify(k) + sep); rec(v[k], depth + 1); });
    d.t(end + '}');
  };
  rec(value, opts.depth ?? 0);
}

// ---------- YAML emitter (block style). Items are quoted when their text needs it.
const YAML_PLAIN_OK = /^[A-Za-z0-9_./@+\-][^#\n"'{}\[\],&*!|>%`]*$/;
function yamlScalar(d, v, quoteStyle) {
  if (v instanceof Raw) { d.put(v.x); return; }
  if (typeof v === 'number' || typeof v === 'boolean') { d.t(String(v)); return; }
  if (v instanceof Str) {
    const s = v.text;
    const needs = !YAML_PLAIN_OK.test(s) || s.includes(': ') || / $/.test(s);
    const q = quoteStyle || (needs ? '"' : '');
    if (q === '"') { d.t('"'); putEscaped(d, v.parts, jsonEsc); d.t('"'); }
    else if (q === "'") { d.t("'"); putEscaped(d, v.parts, (x) => x.replace(/'/g, "''")); d.t("'"); }
    else putEscaped(d, v.parts, (x) => x);
    return;
  }
  const s = textOf(v);
  const needs = !YAML_PLAIN_OK.test(s) || /^(true|false|yes|no|null|on|off|~|\d[\d.e+-]*)$/i.test(s) || / $/.test(s) || s.includes(': ');
  const q = quoteStyle || (needs ? '"' : '');
  if (q === '"') { d.t('"'); d.put(mapItem(v, jsonEsc)); d.t('"'); }
  else if (q === "'") { d.t("'"); d.put(mapItem(v, (x) => x.replace(/'/g, "''"))); d.t("'"); }
  else d.put(v);
}
export function emitYAML(d, value, opts = {}) {
  const ind = opts.indent ?? 2;
  const base = opts.base ?? '';
  const qs = opts.quote || null;
  const rec = (v, prefix) => {
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x && typeof x === 'object' && !(x instanceof Item) && !(x instanceof Raw) && !(x instanceof Str) && !Array.isArray(x)) {
          const keys = Object.keys(x);
          keys.forEach((k, i) => {
            d.t(prefix + (i === 0 ? '- ' : '  ') + k + ':');
            const val = x[k];
            if (isBlock(val)) { d.t('\n'); rec(val, prefix + '  ' + ' '.repeat(ind)); }
            else { d.t(' '); yamlScalar(d, val, qs); d.t('\n'); }
          });
        } else { d.t(prefix + '- '); yamlScalar(d, x, qs); d.t('\n'); }
      }
      return;
    }
    for (const k of Object.keys(v)) {
      const val = v[k];
      if (isBlock(val)) { d.t(prefix + k + ':\n'); rec(val, prefix + (Array.isArray(val) && opts.compactSeq ? '' : ' '.repeat(ind))); }
      else { d.t(prefix + k + ': '); yamlScalar(d, val, qs); d.t('\n'); }
    }
  };
  rec(value, base);
}
function isBlock(v) {
  return v && typeof v === 'object' && !(v instanceof Item) && !(v instanceof Raw) && !(v instanceof Str) && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
}

// ---------- tables
export const dispWidth = (s) => {
  let w = 0;
  for (const ch of textOf(s)) {
    const c = ch.codePointAt(0);
    if (c >= 0x0300 && c <= 0x036f) continue;
    if (c >= 0x0e31 && c <= 0x0e4e && [0x0e31, 0x0e34, 0x0e35, 0x0e36, 0x0e37, 0x0e38, 0x0e39, 0x0e3a, 0x0e47, 0x0e48, 0x0e49, 0x0e4a, 0x0e4b, 0x0e4c, 0x0e4d, 0x0e4e].includes(c)) continue;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
};
const padR = (d, x, w) => { d.put(x); d.t(' '.repeat(Math.max(0, w - dispWidth(x)))); };
const padL = (d, x, w) => { d.t(' '.repeat(Math.max(0, w - dispWidth(x)))); d.put(x); };

// psql aligned output
export function psqlTable(d, headers, rows, opts = {}) {
  const w = headers.map((h, i) => Math.max(dispWidth(h), ...rows.map((r) => dispWidth(r[i]))));
  const numeric = opts.numeric || [];
  d.t(' ');
  headers.forEach((h, i) => {
    const left = Math.floor((w[i] - dispWidth(h)) / 2);
    d.t(' '.repeat(left) + h + ' '.repeat(w[i] - dispWidth(h) - left));
    d.t(i < headers.length - 1 ? ' | ' : '\n');
  });
  d.t(w.map((x) => '-'.repeat(x + 2)).join('+') + '\n');
  for (const r of rows) {
    d.t(' ');
    r.forEach((c, i) => {
      if (numeric.includes(i)) padL(d, c, w[i]);
      else if (i === r.length - 1) d.put(c);
      else padR(d, c, w[i]);
      if (i < r.length - 1) d.t(' | ');
    });
    d.t('\n');
  }
  d.t(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
}
// mysql box output
export function mysqlTable(d, headers, rows) {
  const w = headers.map((h, i) => Math.max(dispWidth(h), ...rows.map((r) => dispWidth(r[i]))));
  const rule = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+\n';
  d.t(rule + '| ');
  headers.forEach((h, i) => { padR(d, h, w[i]); d.t(i < headers.length - 1 ? ' | ' : ' |\n'); });
  d.t(rule);
  for (const r of rows) {
    d.t('| ');
    r.forEach((c, i) => { padR(d, c, w[i]); d.t(i < r.length - 1 ? ' | ' : ' |\n'); });
  }
  d.t(rule);
}
// pandas DataFrame-like
export function frameTable(d, headers, rows, opts = {}) {
  const idx = rows.map((_, i) => String((opts.start || 0) + i));
  const iw = Math.max(...idx.map((s) => s.length));
  const w = headers.map((h, i) => Math.max(dispWidth(h), ...rows.map((r) => dispWidth(r[i]))));
  d.t(' '.repeat(iw));
  headers.forEach((h, i) => { d.t('  '); padL(d, h, w[i]); });
  d.t('\n');
  rows.forEach((r, j) => {
    d.t(idx[j].padEnd(iw));
    r.forEach((c, i) => { d.t('  '); padL(d, c, w[i]); });
    d.t('\n');
  });
}
// markdown pipe table
export function mdTable(d, headers, rows) {
  d.t('| ' + headers.join(' | ') + ' |\n|' + headers.map(() => '---').join('|') + '|\n');
  for (const r of rows) {
    d.t('| ');
    r.forEach((c, i) => { d.put(c); d.t(i < r.length - 1 ? ' | ' : ' |\n'); });
  }
}
// delimited (CSV/TSV/semicolon). quote: 'min' | 'all' | 'none'
export function delimited(d, rows, opts = {}) {
  const sep = opts.sep ?? ',';
  const q = opts.quote ?? 'min';
  const eol = opts.eol ?? '\n';
  for (const r of rows) {
    r.forEach((c, i) => {
      const s = textOf(c);
      const need = q === 'all' || (q === 'min' && (s.includes(sep) || s.includes('"') || s.includes('\n')));
      if (need && s.length) { d.t('"'); d.put(mapItem(c, (x) => x.replace(/"/g, '""'))); d.t('"'); }
      else d.put(c);
      if (i < r.length - 1) d.t(sep);
    });
    d.t(eol);
  }
}
