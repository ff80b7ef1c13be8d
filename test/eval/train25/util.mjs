// Writers for structured text (JSON, YAML, CSV, tables) whose leaves may be spans.
import { isSpan, fragText } from './doc.mjs';

const q = (s) => JSON.stringify(s);
export const bare = (sp) => ({ ...sp, bare: true });

// pretty JSON; leaves: span (written as a JSON string, or bare), string, number, boolean, null
export function json(d, v, indent = 2, level = 0, compact = false) {
  const pad = compact ? '' : ' '.repeat(indent * (level + 1));
  const padEnd = compact ? '' : ' '.repeat(indent * level);
  const nl = compact ? '' : '\n';
  const colon = compact ? ':' : ': ';
  if (isSpan(v)) {
    if (v.bare) d.add(v); else d.add('"', v, '"');
  } else if (Array.isArray(v) && v.__frag) {
    d.add('"', ...v.map((x) => (isSpan(x) ? x : JSON.stringify(String(x)).slice(1, -1))), '"');
  } else if (Array.isArray(v)) {
    if (!v.length) { d.add('[]'); return; }
    d.add('[', nl);
    v.forEach((x, i) => { d.add(pad); json(d, x, indent, level + 1, compact); d.add(i < v.length - 1 ? ',' : '', nl); });
    d.add(padEnd, ']');
  } else if (v && typeof v === 'object') {
    const ks = Object.keys(v);
    if (!ks.length) { d.add('{}'); return; }
    d.add('{', nl);
    ks.forEach((k, i) => { d.add(pad, q(k), colon); json(d, v[k], indent, level + 1, compact); d.add(i < ks.length - 1 ? ',' : '', nl); });
    d.add(padEnd, '}');
  } else d.add(q(v));
}
// a JSON string made of mixed text and spans: jfrag('Call ', span, ' today')
export const jfrag = (...parts) => Object.assign(parts.flat(), { __frag: true });

const YAML_SAFE = /^[A-Za-z0-9_./@+=:-][A-Za-z0-9_ ./@+=:~-]*$/;
function yamlScalar(d, v, level, indent) {
  const s = isSpan(v) ? v.v : Array.isArray(v) && v.__frag ? fragText(v) : String(v);
  if (isSpan(v) && v.block) { // block scalar: a multi-line value indented under its key
    const pad = ' '.repeat(indent * level);
    d.add('|\n', pad, { ...v, v: v.v.replace(/\n/g, '\n' + pad) });
    return;
  }
  const needsQ = typeof v === 'string' || isSpan(v) || (Array.isArray(v) && v.__frag)
    ? (!YAML_SAFE.test(s) || /: |^[-?:,\[\]{}#&*!|>'"%@`]| #|^(true|false|yes|no|null|on|off|~)$/i.test(s) || /^\d[\d.e+-]*$/.test(s) || s.endsWith(':'))
    : false;
  const open = needsQ ? '"' : '';
  if (isSpan(v)) d.add(open, v, open);
  else if (Array.isArray(v) && v.__frag) d.add(open, ...v, open);
  else d.add(open, needsQ ? s.replace(/"/g, '\\"') : s, open);
}
export function yaml(d, v, indent = 2, level = 0) {
  const pad = ' '.repeat(indent * level);
  if (Array.isArray(v) && !v.__frag) {
    for (const x of v) {
      if (x && typeof x === 'object' && !isSpan(x) && !Array.isArray(x)) {
        const ks = Object.keys(x);
        ks.forEach((k, i) => {
          d.add(pad, i === 0 ? '- ' : '  ', k, ':');
          const val = x[k];
          if (val && typeof val === 'object' && !isSpan(val) && !val.__frag) { d.add('\n'); yaml(d, val, indent, level + 2); } else { d.add(' '); yamlScalar(d, val, level + 2, indent); d.add('\n'); }
        });
      } else { d.add(pad, '- '); yamlScalar(d, x, level + 1, indent); d.add('\n'); }
    }
    return;
  }
  for (const [k, val] of Object.entries(v)) {
    if (val && typeof val === 'object' && !isSpan(val) && !val.__frag) {
      if (Array.isArray(val) && !val.length) { d.add(pad, k, ': []\n'); continue; }
      if (!Array.isArray(val) && !Object.keys(val).length) { d.add(pad, k, ': {}\n'); continue; }
      d.add(pad, k, ':\n');
      yaml(d, val, indent, Array.isArray(val) ? level + 1 : level + 1);
    } else { d.add(pad, k, ': '); yamlScalar(d, val, level + 1, indent); d.add('\n'); }
  }
}

// CSV row: cells are fragments; quote when needed
export function csvRow(d, cells, sep = ',', quoteAll = false) {
  cells.forEach((cell, i) => {
    const f = Array.isArray(cell) ? cell : [cell];
    const t = fragText(f);
    const qn = quoteAll || t.includes(sep) || t.includes('"') || t.includes('\n');
    if (i) d.add(sep);
    if (qn) d.add('"', ...f.map((x) => (isSpan(x) ? x : String(x).replace(/"/g, '""'))), '"'); else d.add(...f);
  });
  d.add('\n');
}

// text width for alignment (East Asian wide characters count 2)
export function width(s) {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x300 && cp <= 0x36f) continue;
    w += (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x3000 && cp <= 0x303f))) ? 2 : 1;
  }
  return w;
}
// aligned plain-text table
export function fixedTable(d, headers, rows, gap = 2, rule = '-') {
  const all = [headers.map((h) => [h]), ...rows.map((r) => r.map((c) => (Array.isArray(c) ? c : [c])))];
  const ws = headers.map((_, i) => Math.max(...all.map((r) => width(fragText(r[i] || [''])))));
  all.forEach((r, ri) => {
    r.forEach((cell, i) => {
      d.add(...cell);
      if (i < r.length - 1) d.add(' '.repeat(ws[i] - width(fragText(cell)) + gap));
    });
    d.add('\n');
    if (ri === 0 && rule) d.add(ws.map((w) => rule.repeat(w)).join(' '.repeat(gap)), '\n');
  });
}
export function mdTable(d, headers, rows) {
  d.add('| ', headers.join(' | '), ' |\n|', headers.map(() => '---').join('|'), '|\n');
  for (const r of rows) {
    d.add('|');
    r.forEach((c) => d.add(' ', ...(Array.isArray(c) ? c : [c]), ' |'));
    d.add('\n');
  }
}
export const indentBlock = (s, n) => s.split('\n').map((l, i) => (i ? ' '.repeat(n) + l : l)).join('\n');
