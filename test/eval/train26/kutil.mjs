// Helpers shared by document kinds.
import { bytes, flat, text, yamlNeedsQuote } from './frag.mjs';

/** Make items with mk() until render(items) passes a random byte target; keep at least `min`. */
export function fill(c, mk, render, lo = 1100, hi = 3500, min = 1, maxItems = 40) {
  const target = c.r.int(lo, hi); const items = [];
  for (let i = 0; i < maxItems; i++) {
    items.push(mk(i));
    if (bytes(render(items)) > target) { if (items.length > min) items.pop(); break; }
  }
  return render(items);
}
export const lines = (...xs) => xs.filter((x) => x !== null && x !== undefined && x !== false).flatMap((x) => [...flat(x), '\n']);
export const pad2 = (n) => String(n).padStart(2, '0');
export function stamp(r, fmt) {
  const y = r.int(2023, 2026), mo = pad2(r.int(1, 12)), d = pad2(r.int(1, 28)), h = pad2(r.int(0, 23)), mi = pad2(r.int(0, 59)), s = pad2(r.int(0, 59)), ms = String(r.int(0, 999)).padStart(3, '0');
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+mo - 1];
  return { iso: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, isoS: `${y}-${mo}-${d}T${h}:${mi}:${s}Z`, sp: `${y}-${mo}-${d} ${h}:${mi}:${s}`, clf: `${d}/${MON}/${y}:${h}:${mi}:${s} +0000`, sys: `${MON} ${String(+d).padStart(2, ' ')} ${h}:${mi}:${s}`, date: `${y}-${mo}-${d}`, de: `${d}.${mo}.${y}`, us: `${mo}/${d}/${y}`, compact: `${y}${mo}${d}${h}${mi}${s}`, hl7: `${y}${mo}${d}${h}${mi}`, y, mo, d, h, mi, s };
}
/** Render a key = value pair in the syntax of a config format. `val` is a frag or span. */
export function kvLine(fmt, key, val, c) {
  const r = c.r;
  switch (fmt) {
    case 'env': return [key, '=', ...wrapQ(val, r.pick(['', '', '"', "'"]))];
    case 'export': return ['export ', key, '=', ...wrapQ(val, r.pick(['"', "'", '']))];
    case 'ini': return [key, r.pick([' = ', '=', ' =  ']), ...flat(val)];
    case 'toml': return [key, ' = ', ...wrapQ(val, '"')];
    case 'props': return [key, r.pick(['=', ' = ', ': ']), ...flat(val)];
    case 'yaml': { const t = text(val); return [key, ': ', ...wrapQ(val, yamlNeedsQuote(t) || /[#'"\\]/.test(t) ? '"' : r.pick(['', '', '"']))]; }
    case 'header': return [key, ': ', ...flat(val)];
    default: return [key, '=', ...flat(val)];
  }
}
export function wrapQ(val, q) { const f = flat(val); if (!q) return f; if (q === '"') return ['"', ...f.map((x) => (typeof x === 'string' ? x.replace(/["\\]/g, '\\$&') : { ...x, v: x.v.replace(/["\\]/g, '\\$&') })), '"']; if (q === "'") return ["'", ...f.map((x) => (typeof x === 'string' ? x.replace(/'/g, "'\\''") : { ...x, v: x.v.replace(/'/g, "'\\''") })), "'"]; return f; }
