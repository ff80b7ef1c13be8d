// Span-recording document builder. Offsets are BYTE offsets computed from the UTF-8 bytes written.

export class Span {
  constructor(fam, name, value) { this.fam = fam; this.name = name; this.value = String(value); }
  with(value) { return new Span(this.fam, this.name, value); }
}
export const S = (entity, v) => new Span('secrets', entity, v);
export const P = (entity, v) => new Span('pii', entity, v);
export const L = (what, v) => new Span('look', what, v);
export class Rich { constructor(parts) { this.parts = parts.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== ''); } }
export const R = (...parts) => new Rich(parts);
export class Raw { constructor(item) { this.item = item; } } // JSON/YAML leaf written without quotes
export const RAW = (x) => new Raw(x);

export const plain = (x) => {
  if (x instanceof Span) return x.value;
  if (x instanceof Rich) return x.parts.map(plain).join('');
  if (x instanceof Raw) return plain(x.item);
  if (Array.isArray(x)) return x.map(plain).join('');
  return String(x);
};

export class Doc {
  constructor() { this.parts = []; this.bytes = 0; this.labels = []; this.looks = []; this.linePrefix = ''; }
  // write plain text, spans, Rich, or arrays of those
  w(...items) {
    for (const it of items) {
      if (it === null || it === undefined || it === false) continue;
      if (Array.isArray(it)) { this.w(...it); continue; }
      if (it instanceof Rich) { this.w(...it.parts); continue; }
      if (it instanceof Raw) { this.w(it.item); continue; }
      if (it instanceof Span) { this.span(it); continue; }
      let s = String(it);
      if (this.linePrefix) s = s.replace(/\n/g, '\n' + this.linePrefix);
      this.parts.push(s); this.bytes += Buffer.byteLength(s, 'utf8');
    }
    return this;
  }
  span(sp) {
    const start = this.bytes;
    this.parts.push(sp.value); this.bytes += Buffer.byteLength(sp.value, 'utf8');
    const rec = { start, end: this.bytes, value: sp.value };
    if (sp.fam === 'look') this.looks.push({ ...rec, what: sp.name });
    else this.labels.push({ ...rec, entity: sp.name, family: sp.fam });
    return this;
  }
  // template with {key} placeholders (lowercase keys); resolve(key) returns text | Span | Rich | array
  fill(tpl, resolve) {
    const re = /\{([a-z][a-z0-9_]*)\}/g;
    let last = 0, m;
    while ((m = re.exec(tpl))) {
      this.w(tpl.slice(last, m.index));
      const v = resolve(m[1]);
      if (v === undefined) throw new Error('template key ' + m[1] + ' in: ' + tpl);
      this.w(v);
      last = re.lastIndex;
    }
    this.w(tpl.slice(last));
    return this;
  }
  text() { return this.parts.join(''); }
}

// fill into a Rich value instead of a doc
export function fillRich(tpl, resolve) {
  const out = []; const re = /\{([a-z][a-z0-9_]*)\}/g; let last = 0, m;
  while ((m = re.exec(tpl))) {
    out.push(tpl.slice(last, m.index));
    const v = resolve(m[1]); if (v === undefined) throw new Error('template key ' + m[1]);
    out.push(v); last = re.lastIndex;
  }
  out.push(tpl.slice(last));
  return new Rich(out);
}

// map every text part (and span value) of an item through an escaper, keeping spans
export function mapItem(x, esc) {
  if (x instanceof Span) return x.with(esc(x.value));
  if (x instanceof Rich) return new Rich(x.parts.map((p) => mapItem(p, esc)));
  if (Array.isArray(x)) return x.map((p) => mapItem(p, esc));
  if (x instanceof Raw) return mapItem(x.item, esc);
  return esc(String(x));
}

// ---------- JSON ----------
export const jsonInner = (s) => JSON.stringify(s).slice(1, -1);
const isLeaf = (v) => v instanceof Span || v instanceof Rich || v instanceof Raw || v === null || typeof v !== 'object';
export function emitJSON(d, v, opt = {}, level = 0) {
  const ind = opt.indent ?? 2;
  const nl = ind ? '\n' : '';
  const pad = (n) => (ind ? ' '.repeat(ind * n) : '');
  const sep = ind ? ': ' : (opt.space ? ': ' : ':');
  const comma = ind ? ',' : (opt.space ? ', ' : ',');
  if (v instanceof Raw) { d.w(v.item); return; }
  if (v instanceof Span || v instanceof Rich) { d.w('"', mapItem(v, jsonInner), '"'); return; }
  if (v === null || typeof v !== 'object') { d.w(JSON.stringify(v)); return; }
  if (Array.isArray(v)) {
    if (!v.length) { d.w('[]'); return; }
    d.w('[', nl);
    v.forEach((x, i) => { d.w(pad(level + 1)); emitJSON(d, x, opt, level + 1); d.w(i < v.length - 1 ? comma : '', nl); });
    d.w(pad(level), ']');
    return;
  }
  const keys = Object.keys(v);
  if (!keys.length) { d.w('{}'); return; }
  d.w('{', nl);
  keys.forEach((k, i) => {
    d.w(pad(level + 1), JSON.stringify(k), sep);
    emitJSON(d, v[k], opt, level + 1);
    d.w(i < keys.length - 1 ? comma : '', nl);
  });
  d.w(pad(level), '}');
}

// ---------- YAML ----------
const yamlNeedsQuote = (s) => s === '' || /^[\s\-?:,\[\]{}#&*!|>'"%@`]/.test(s) || /[:#]\s|:$|\s$/.test(s) || /^(true|false|yes|no|on|off|null|~|[-+]?[\d._]+(e[-+]?\d+)?)$/i.test(s) || /[\n\t"\\]/.test(s);
const yamlDq = (s) => JSON.stringify(s).slice(1, -1);
export function yamlScalar(v, style) {
  // returns item (text / Span / Rich / array) to write
  if (v instanceof Raw) return v.item;
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const text = plain(v);
  let st = style || 'auto';
  if (st === 'auto') st = yamlNeedsQuote(text) ? 'double' : 'plain';
  if (st === 'plain' && yamlNeedsQuote(text)) st = 'double';
  if (st === 'single' && /[\n\\]/.test(text)) st = 'double';
  if (st === 'double') return ['"', mapItem(v, yamlDq), '"'];
  if (st === 'single') return ["'", mapItem(v, (s) => s.replace(/'/g, "''")), "'"];
  return mapItem(v, (s) => s);
}
// block literal for multi-line span values: the span covers the indented body (first char .. last char)
export function yamlBlock(d, span, indentStr) {
  const lines = span.value.split('\n');
  d.w('|\n', indentStr);
  d.w(span.with(lines.join('\n' + indentStr)));
  d.w('\n');
}
export function emitYAML(d, v, opt = {}, level = 0) {
  const ind = opt.indent ?? 2;
  const pad = ' '.repeat(ind * level);
  if (Array.isArray(v)) {
    for (const x of v) {
      if (isLeaf(x)) { d.w(pad, '- ', yamlScalar(x, opt.style), '\n'); continue; }
      // map in a list: first key on the dash line
      const keys = Object.keys(x);
      keys.forEach((k, i) => {
        const pre = i === 0 ? pad + '- ' : pad + ' '.repeat(2);
        writeYamlKV(d, k, x[k], opt, pre, level + 1, ind);
      });
    }
    return;
  }
  for (const k of Object.keys(v)) writeYamlKV(d, k, v[k], opt, pad, level, ind);
}
function writeYamlKV(d, k, val, opt, pre, level, ind) {
  const key = /^[A-Za-z0-9_.\-\/]+$/.test(k) ? k : JSON.stringify(k);
  if (isLeaf(val)) {
    if (val instanceof Span && val.value.includes('\n')) {
      d.w(pre, key, ': ');
      yamlBlock(d, val, ' '.repeat(pre.length + ind));
      return;
    }
    d.w(pre, key, ': ', yamlScalar(val, opt.style), '\n');
    return;
  }
  if (Array.isArray(val) && !val.length) { d.w(pre, key, ': []\n'); return; }
  d.w(pre, key, ':\n');
  const sub = Array.isArray(val) ? Math.floor(pre.length / ind) + (opt.dashIndent ? 1 : 0) : Math.floor(pre.length / ind) + 1;
  emitYAML(d, val, opt, sub);
}

// ---------- CSV / TSV ----------
export function emitCSV(d, rows, opt = {}) {
  const sep = opt.sep ?? ',';
  const eol = opt.eol ?? '\n';
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i) d.w(sep);
      const text = plain(cell ?? '');
      const q = opt.quoteAll || text.includes(sep) || text.includes('"') || text.includes('\n') || (opt.quoteSpaces && /\s/.test(text));
      if (q && sep !== '\t') d.w('"', mapItem(cell ?? '', (s) => s.replace(/"/g, '""')), '"');
      else d.w(mapItem(cell ?? '', (s) => s.replace(/\t/g, ' ')));
    });
    d.w(eol);
  }
}

// aligned text table (pivot prints, reports). cells: text/Span/Rich; widths from plain text length (code points)
export function emitTable(d, rows, opt = {}) {
  const len = (x) => [...plain(x)].length;
  const n = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, i) => Math.max(...rows.map((r) => (r[i] === undefined ? 0 : len(r[i])))));
  const gap = opt.gap ?? '  ';
  const right = opt.right || [];
  rows.forEach((r, ri) => {
    if (opt.border) d.w(opt.border === '|' ? '| ' : '');
    r.forEach((c, i) => {
      const padn = widths[i] - len(c);
      const last = i === r.length - 1;
      if (right[i]) d.w(' '.repeat(padn), c);
      else d.w(c, last && !opt.border ? '' : ' '.repeat(padn));
      if (!last) d.w(opt.border === '|' ? ' | ' : gap);
    });
    if (opt.border === '|') d.w(' |');
    d.w('\n');
    if (ri === 0 && opt.headerRule) {
      if (opt.border === '|') d.w('|', widths.map((w) => '-'.repeat(w + 2)).join('|'), '|\n');
      else d.w(widths.map((w) => opt.headerRule.repeat(w)).join(gap), '\n');
    }
  });
}
