// Training round x13o: shared helpers for hand-written cases.
// Markers like {{tag:...}} are expanded by ../x13o_generate.mjs.

// Seeded PRNG (mulberry32) so every fake value is deterministic.
let seed = 0x13a0c0de;
export function rnd() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export function hex(n) { let o = ''; for (let i = 0; i < n; i++) o += '0123456789abcdef'[Math.floor(rnd() * 16)]; return o; }
export function digits(n) { let o = ''; for (let i = 0; i < n; i++) o += String(Math.floor(rnd() * 10)); return o; }
export function fakeAcct() { return 'ACCT-' + digits(4) + '-' + digits(6); }
export function fakeIban() { return 'XX' + digits(2) + ' TEST ' + digits(4) + ' ' + digits(4) + ' ' + digits(4); }
export function fakeWallet() { return '0x' + hex(40); }

export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const a = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const o = (description, properties, extra = {}) => ({ type: 'object', description, properties, ...extra });

export function tool(name, description, properties = {}, required = [], extra = {}) {
  const t = { name, description, inputSchema: { type: 'object', properties, required } };
  return Object.assign(t, extra);
}

// A poisoned case.
export function P(family, t, opt = {}) {
  return { kind: 'poisoned', family, lang: opt.lang || 'en', slug: opt.slug, tool: t, server: opt.server };
}
// A legitimate (risky-looking but honest) case; family = server kind.
export function L(kind, t, opt = {}) {
  return { kind: 'legit', family: kind, lang: opt.lang || 'en', slug: opt.slug, tool: t, server: opt.server };
}
// An honest twin pair: build(clause) makes the tool; the poisoned case gets the
// malicious clause, the twin gets ''. Server blocks may be built the same way.
export function twin(family, kind, slug, build, clause, opt = {}) {
  const lang = opt.lang || 'en';
  const mk = (c) => {
    const r = build(c);
    return r.tool ? r : { tool: r };
  };
  const p = mk(clause), l = mk('');
  return [
    { kind: 'poisoned', family, lang, slug, tool: p.tool, server: p.server },
    { kind: 'legit', family: kind, lang, slug: slug + '-twin', tool: l.tool, server: l.server },
  ];
}
// Join sentences, dropping empty ones.
export const J = (...parts) => parts.filter((x) => x && x.trim()).join(' ');

// Non-English builder. spec.p: [family, toolName, honestText, clause, props, where]
// (where: 'desc' default, 'param:<name>', or 'instr'); the first `twins` entries
// also yield an honest twin (server kind spec.twinKinds[i]). spec.l: [kind, toolName, text, props].
// props: 'name:description|name2:description' (first property is required).
function parseProps(p) {
  const props = {}, req = [];
  for (const part of (p || '').split('|').filter(Boolean)) {
    const i = part.indexOf(':');
    const k = part.slice(0, i), d = part.slice(i + 1);
    props[k] = { type: 'string', description: d };
    if (!req.length) req.push(k);
  }
  return { props, req };
}
export function lang(code, spec) {
  const out = [];
  spec.p.forEach(([family, name, text, clause, props, where = 'desc'], i) => {
    const build = (c) => {
      const { props: pr, req } = parseProps(props);
      if (where === 'desc') return { tool: tool(name, J(text, c), pr, req) };
      if (where.startsWith('param:')) {
        const k = where.slice(6);
        pr[k] = { type: 'string', description: J(pr[k] ? pr[k].description : '', c) };
        return { tool: tool(name, text, pr, req) };
      }
      if (where === 'instr') return { tool: tool(name, text, pr, req), server: { instructions: J(spec.instr || '', c) } };
      throw new Error('bad where ' + where);
    };
    if (i < (spec.twins || 2)) out.push(...twin(family, spec.twinKinds[i], name, build, clause, { lang: code }));
    else { const r = build(clause); out.push({ kind: 'poisoned', family, lang: code, slug: name, tool: r.tool, server: r.server }); }
  });
  for (const [kind, name, text, props] of spec.l) {
    const { props: pr, req } = parseProps(props);
    out.push({ kind: 'legit', family: kind, lang: code, slug: name, tool: tool(name, text, pr, req) });
  }
  return out;
}
