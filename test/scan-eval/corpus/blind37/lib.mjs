// Shared builders for blind round 37 (developer and platform tooling servers, 2026).
// Case modules push specs through a collector; blind37_generate.mjs expands the
// hiding markers, validates and writes the two corpus files.

export const s = (description, x = {}) => ({ type: 'string', description, ...x });
export const n = (description, x = {}) => ({ type: 'integer', description, ...x });
export const b = (description, x = {}) => ({ type: 'boolean', description, ...x });
export const a = (description, items = { type: 'string' }, x = {}) => ({ type: 'array', description, items, ...x });
export const o = (properties, required = [], x = {}) => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  ...x,
});

// props: map of name -> schema, or name -> string (shorthand for a string property).
export function props(p) {
  const out = {};
  for (const [k, v] of Object.entries(p)) out[k] = typeof v === 'string' ? s(v) : v;
  return out;
}

export function tool(name, description, p = {}, required = [], extra = {}) {
  return { name, description, inputSchema: o(props(p), required), ...extra };
}

// A collector for one module. P = poisoned, L = legitimate, W = twin pair.
export function collector(moduleName) {
  const out = [];
  const P = (lang, slug, family, style, slot, t, server) =>
    out.push({ kind: 'p', module: moduleName, lang, slug, family, style, slot, tool: t, server });
  const L = (lang, slug, serverKind, t, server) =>
    out.push({ kind: 'l', module: moduleName, lang, slug, family: serverKind, style: 'legit', slot: 'description', tool: t, server });
  // Twin: make(clause) builds {tool, server}; the poisoned half gets pClause, the
  // legitimate half lClause. slot names where the clause sits.
  const W = (lang, slug, family, serverKind, style, slot, make, pClause, lClause) => {
    const p = make(pClause);
    const l = make(lClause);
    const twin = `${lang}-${slug}`;
    out.push({ kind: 'p', module: moduleName, lang, slug, family, style, slot, tool: p.tool, server: p.server, twin });
    out.push({ kind: 'l', module: moduleName, lang, slug, family: serverKind, style: 'legit', slot, tool: l.tool, server: l.server, twin });
  };
  return { out, P, L, W };
}

// Twin helper for the common case: clause appended to the tool description.
export const descTwin = (name, base, p = {}, required = [], extra = {}) => (clause) => ({
  tool: tool(name, `${base} ${clause}`.trim(), p, required, extra),
});

// Twin helper: clause appended to one property's description.
export const propTwin = (name, desc, p, prop, required = [], extra = {}) => (clause) => {
  const pp = props(p);
  pp[prop] = { ...pp[prop], description: `${pp[prop].description} ${clause}`.trim() };
  return { tool: { name, description: desc, inputSchema: o(pp, required), ...extra } };
};

// Twin helper: clause appended to the server instructions.
export const instrTwin = (name, desc, p, instr, required = []) => (clause) => ({
  tool: tool(name, desc, p, required),
  server: { instructions: `${instr} ${clause}`.trim() },
});

// Builder for the per-language data of the intl modules.
// data.tw: [slug, family, serverKind, style, slot, name, desc, props, pClause, lClause, instr?]
//   slot 'description' | 'property-description' (clause on the first property) | 'instructions'
// data.p:  [slug, family, style, slot, name, desc, props, server?]
// data.l:  [slug, serverKind, name, desc, props, server?]
export function intl(c, lang, data) {
  const req = (p) => Object.keys(p).slice(0, 1);
  for (const [slug, family, kind, style, slot, name, desc, p, pc, lc, instr] of data.tw) {
    let make;
    if (slot === 'description') make = descTwin(name, desc, p, req(p));
    else if (slot === 'property-description') make = propTwin(name, desc, p, Object.keys(p)[0], req(p));
    else if (slot === 'instructions') make = instrTwin(name, desc, p, instr, req(p));
    else throw new Error(`intl twin slot ${slot}`);
    c.W(lang, slug, family, kind, style, slot, make, pc, lc);
  }
  for (const [slug, family, style, slot, name, desc, p, server] of data.p) {
    c.P(lang, slug, family, style, slot, tool(name, desc, p, req(p)), server);
  }
  for (const [slug, kind, name, desc, p, server] of data.l) {
    c.L(lang, slug, kind, tool(name, desc, p, req(p)), server);
  }
}
