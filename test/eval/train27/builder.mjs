// Span-recording document builder. Text is appended piece by piece; every labelled
// value is a marker whose byte offsets are computed from the UTF-8 bytes written.

export class Mark {
  constructor(kind, name, value, meta) {
    if (typeof value !== 'string') throw new Error(`marker ${name}: value must be a string`);
    this.kind = kind; // 'secret' | 'pii' | 'look'
    this.name = name; // entity or what
    this.value = value;
    this.meta = meta || null;
  }
  toString() { return this.value; }
}
export const S = (entity, value, meta) => new Mark('secret', entity, value, meta);
export const P = (entity, value, meta) => new Mark('pii', entity, value, meta);
export const L = (what, value, meta) => new Mark('look', what, value, meta);
export const isMark = (x) => x instanceof Mark;

export class Doc {
  constructor(kind, meta = {}) {
    this.kind = kind;
    this.meta = { langs: new Set(), code: null, ...meta };
    this.chunks = [];
    this.len = 0;
    this.spans = [];
  }
  lang(...l) { for (const x of l) if (x) this.meta.langs.add(x); return this; }
  code(lang) { this.meta.code = lang; return this; }
  add(...items) {
    for (const it of items) this._add(it);
    return this;
  }
  _add(it) {
    if (it === null || it === undefined || it === false || it === '') return;
    if (Array.isArray(it)) { for (const x of it) this._add(x); return; }
    if (it instanceof Mark) {
      const n = Buffer.byteLength(it.value, 'utf8');
      this.spans.push({ start: this.len, end: this.len + n, kind: it.kind, name: it.name, value: it.value, meta: it.meta });
      this.chunks.push(it.value);
      this.len += n;
      return;
    }
    if (typeof it === 'number') it = String(it);
    if (typeof it !== 'string') throw new Error('bad doc item: ' + typeof it);
    this.chunks.push(it);
    this.len += Buffer.byteLength(it, 'utf8');
  }
  // tagged template: d.t`text ${mark} more`
  t(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this._add(strings[i]);
      if (i < vals.length) this._add(vals[i]);
    }
    return this;
  }
  line(...items) { this.add(...items, '\n'); return this; }
  text() { return this.chunks.join(''); }
  bytes() { return this.len; }
}

// Build a plain list of items from a tagged template (for use inside other templates).
export function tt(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) {
    if (strings[i]) out.push(strings[i]);
    if (i < vals.length) out.push(vals[i]);
  }
  return out;
}

// Flatten items to plain text (for measuring / joining), keeping marks as their values.
export function plain(items) {
  if (items === null || items === undefined || items === false) return '';
  if (Array.isArray(items)) return items.map(plain).join('');
  if (items instanceof Mark) return items.value;
  return String(items);
}

// Transform the textual representation of items while keeping marks: every mark
// is passed through fn(markValue) and re-emitted with the transformed value, and plain text through fn too.
export function mapItems(items, fn) {
  if (items === null || items === undefined || items === false) return [];
  if (Array.isArray(items)) return items.map((x) => mapItems(x, fn));
  if (items instanceof Mark) return new Mark(items.kind, items.name, fn(items.value, true), items.meta);
  return fn(String(items), false);
}

// Prefix every line of items (marks kept intact; a mark spanning lines gets the prefix inside
// it only if allowInside, otherwise multi-line marks are passed through unchanged).
export function quoteItems(items, prefix) {
  const flat = [];
  (function walk(x) {
    if (x === null || x === undefined || x === false) return;
    if (Array.isArray(x)) return x.forEach(walk);
    flat.push(x);
  })(items);
  const out = [prefix];
  for (const x of flat) {
    if (x instanceof Mark) { out.push(x); continue; }
    const s = String(x);
    const parts = s.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) out.push('\n' + prefix);
      if (parts[i]) out.push(parts[i]);
    }
  }
  return out;
}
