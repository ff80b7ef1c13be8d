// Small helpers for the document kinds.

// Repeatedly run gen(i) (which appends to d) while the document stays within budget.
// The item that overflows is rolled back (unless fewer than `min` items were written).
export function fill(d, budget, gen, { min = 1, max = 60 } = {}) {
  let n = 0;
  for (let i = 0; i < max; i++) {
    const m = d.mark();
    if (gen(i) === false) { d.reset(m); break; }
    if (d.len > budget && i >= min) { d.reset(m); break; }
    n++;
  }
  return n;
}

export function keyStyle(env, style) {
  const parts = env.toLowerCase().split('_').filter(Boolean);
  switch (style) {
    case 'env': return env;
    case 'snake': return parts.join('_');
    case 'dot': return parts.join('.');
    case 'kebab': return parts.join('-');
    case 'camel': return parts[0] + parts.slice(1).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    case 'pascal': return parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    default: return env;
  }
}

export const p2 = (n) => String(n).padStart(2, '0');
export function clock(r) {
  const t = { y: r.int(2021, 2025), m: r.int(1, 12), d: r.int(1, 28), H: r.int(6, 22), M: r.int(0, 59), S: r.int(0, 59) };
  t.tick = (sec) => {
    const dt = new Date(Date.UTC(t.y, t.m - 1, t.d, t.H, t.M, t.S) + sec * 1000);
    t.y = dt.getUTCFullYear(); t.m = dt.getUTCMonth() + 1; t.d = dt.getUTCDate(); t.H = dt.getUTCHours(); t.M = dt.getUTCMinutes(); t.S = dt.getUTCSeconds();
    return t;
  };
  t.iso = () => `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}Z`;
  t.isoMs = (r2) => `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}.${r2.digits(3)}Z`;
  t.sql = () => `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`;
  t.hm = () => `${p2(t.H)}:${p2(t.M)}`;
  t.dmy = () => `${p2(t.d)}.${p2(t.m)}.${t.y}`;
  t.ymd = () => `${t.y}-${p2(t.m)}-${p2(t.d)}`;
  t.wa = () => `${p2(t.d)}.${p2(t.m)}.${String(t.y).slice(2)}, ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`;
  t.clf = () => `${p2(t.d)}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1]}/${t.y}:${p2(t.H)}:${p2(t.M)}:${p2(t.S)} +0000`;
  t.epoch = () => String(Math.floor(Date.UTC(t.y, t.m - 1, t.d, t.H, t.M, t.S) / 1000));
  t.rfc = () => { const dt = new Date(Date.UTC(t.y, t.m - 1, t.d, t.H, t.M, t.S)); return dt.toUTCString().replace('GMT', '+0000'); };
  return t;
}

// quote a value for .env / shell if needed
export function envQuote(r, v) {
  if (/[\s#"'$`\\]/.test(v)) return v.includes("'") ? ['"', '"'] : ["'", "'"];
  return r.pick([['', ''], ['', ''], ['"', '"']]);
}
export const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
