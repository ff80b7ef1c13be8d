// Small emitters for JSON, YAML and XML whose leaves may be labelled spans or fragments.
import { flat, jstr, mapText, xmlEsc, text, yamlNeedsQuote, jsonEsc } from './frag.mjs';

const isSpan = (x) => x && typeof x === 'object' && !Array.isArray(x) && typeof x.v === 'string';
export const F = (frag) => ({ __frag: flat(frag) });   // a string value built from several pieces
export const RAW = (x) => ({ __raw: flat(x) });         // emitted without quotes (numbers, literals)

export function J(v, opt = {}, lvl = 0) {
  const ind = opt.indent ?? 2; const ascii = !!opt.ascii;
  const nl = ind ? '\n' : ''; const pad = (n) => (ind ? ' '.repeat(ind * n) : '');
  const sep = ind ? ': ' : (opt.compactSpace ? ': ' : ':'); const comma = ind ? ',' : (opt.compactSpace ? ', ' : ',');
  if (v === null || v === undefined) return ['null'];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'string') return jstr(v, ascii);
  if (isSpan(v)) return jstr([v], ascii);
  if (v.__frag) return jstr(v.__frag, ascii);
  if (v.__raw) return v.__raw;
  if (Array.isArray(v)) {
    if (!v.length) return ['[]'];
    const out = ['[', nl];
    v.forEach((x, i) => { out.push(pad(lvl + 1), ...J(x, opt, lvl + 1)); if (i < v.length - 1) out.push(comma); out.push(nl); });
    out.push(pad(lvl), ']'); return out;
  }
  const ks = Object.keys(v); if (!ks.length) return ['{}'];
  const out = ['{', nl];
  ks.forEach((k, i) => { out.push(pad(lvl + 1), JSON.stringify(k), sep, ...J(v[k], opt, lvl + 1)); if (i < ks.length - 1) out.push(comma); out.push(nl); });
  out.push(pad(lvl), '}'); return out;
}

function yScalar(v, ind, lvl) {
  const parts = isSpan(v) ? [v] : v.__frag ? v.__frag : v.__raw ? v.__raw : [String(v)];
  const t = text(parts);
  if (v.__raw) return parts;
  if (t.includes('\n')) { // block scalar; re-indent every piece
    const pad = ' '.repeat(ind * (lvl + 1));
    const body = mapText(parts, (s) => s.replace(/\n/g, '\n' + pad));
    return ['|', '\n', pad, ...body];
  }
  if (yamlNeedsQuote(t) || t === '') return ['"', ...mapText(parts, (s) => jsonEsc(s)), '"'];
  return parts;
}
export function Y(v, opt = {}, lvl = 0) {
  const ind = opt.indent ?? 2; const pad = ' '.repeat(ind * lvl); const out = [];
  if (Array.isArray(v)) {
    for (const x of v) {
      if (x && typeof x === 'object' && !isSpan(x) && !x.__frag && !x.__raw && !Array.isArray(x)) {
        const inner = Y(x, opt, lvl + 1); const t = inner; // first line goes after "- "
        out.push(pad, '- ', ...trimLead(t, ' '.repeat(ind * (lvl + 1))));
      } else out.push(pad, '- ', ...yScalar(x, ind, lvl), '\n');
    }
    return out;
  }
  for (const k of Object.keys(v)) {
    const x = v[k]; const key = /^[\w.\-/]+$/.test(k) ? k : JSON.stringify(k);
    if (k.startsWith('#')) { out.push(pad, k, '\n'); continue; }
    if (x === null) { out.push(pad, key, ':\n'); continue; }
    if (typeof x === 'number' || typeof x === 'boolean') { out.push(pad, key, ': ', String(x), '\n'); continue; }
    if (typeof x === 'string' || isSpan(x) || x.__frag || x.__raw) { out.push(pad, key, ': ', ...yScalar(x, ind, lvl), '\n'); continue; }
    if (Array.isArray(x) && !x.length) { out.push(pad, key, ': []\n'); continue; }
    out.push(pad, key, ':\n', ...Y(x, opt, lvl + (Array.isArray(x) && opt.flushLists ? 0 : 1)));
  }
  return out;
}
function trimLead(frag, padStr) { const f = flat(frag); if (typeof f[0] === 'string' && f[0].startsWith(padStr)) f[0] = f[0].slice(padStr.length); return f; }

/** XML element: X('tag', {attr: value}, children...) ; children are frags/spans/strings (escaped) or nested X. */
export function X(tag, attrs, ...kids) {
  const out = ['<' + tag];
  for (const [k, v] of Object.entries(attrs || {})) out.push(' ', k, '="', ...mapText(flat(v), xmlEsc), '"');
  if (!kids.length) { out.push('/>'); return { __xml: out }; }
  out.push('>');
  for (const k of kids) out.push(...(k && k.__xml ? k.__xml : mapText(flat(k), xmlEsc)));
  out.push('</' + tag + '>'); return { __xml: out };
}
export function XT(tag, attrs, kids, ind = 2, lvl = 0) {
  const pad = ' '.repeat(ind * lvl); const out = [pad, '<' + tag];
  for (const [k, v] of Object.entries(attrs || {})) out.push(' ', k, '="', ...mapText(flat(v), xmlEsc), '"');
  if (kids === undefined || kids === null) { out.push('/>\n'); return out; }
  if (!Array.isArray(kids) || (kids.length && !kids.every((k) => k && k.__tree))) { out.push('>', ...mapText(flat(kids), xmlEsc), '</' + tag + '>\n'); return out; }
  out.push('>\n'); for (const k of kids) out.push(...XT(k.tag, k.attrs, k.kids, ind, lvl + 1)); out.push(pad, '</' + tag + '>\n'); return out;
}
export const N = (tag, attrs, kids) => ({ __tree: true, tag, attrs, kids });
