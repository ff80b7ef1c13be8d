// Training round x13f: shared helpers for hand-written cases.
// Markers of the form ⟦kind|text⟧ inside any string are expanded by
// x13f_generate.mjs (kinds: tag, zw, bidi, homo, full, ansi, ansi2, b64, hex).

export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const obj = (description, properties = {}, extra = {}) => ({ type: 'object', description, properties, ...extra });

export function tool(name, description, properties = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  if (extra.$defs) { inputSchema.$defs = extra.$defs; delete extra.$defs; }
  if (extra.additionalProperties !== undefined) {
    inputSchema.additionalProperties = extra.additionalProperties;
    delete extra.additionalProperties;
  }
  const t = { name, description, inputSchema };
  for (const [k, v] of Object.entries(extra)) t[k] = v;
  return t;
}

export const ro = { readOnlyHint: true, destructiveHint: false, openWorldHint: true };
export const destructive = { readOnlyHint: false, destructiveHint: true, idempotentHint: false };

export const legit = (lang, slug, family, t, server) => ({ kind: 'legit', lang, slug, family, tool: t, ...(server ? { server } : {}) });
export const poison = (lang, slug, family, t, server) => ({ kind: 'poison', lang, slug, family, tool: t, ...(server ? { server } : {}) });

const PH = '%%X%%';

function fill(v, text) {
  if (typeof v === 'string') {
    if (!v.includes(PH)) return v;
    let s = v.split(PH).join(text);
    if (!text) s = s.replace(/[ \t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').replace(/ +([.,;])/g, '$1').trim();
    return s;
  }
  if (Array.isArray(v)) return v.map((x) => fill(x, text));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[fill(k, text)] = fill(x, text);
    return out;
  }
  return v;
}

// A twin: one tool written once with a %%X%% slot. The honest twin gets
// `honest` (often an honest clause, sometimes nothing); the poisoned case gets
// `evil`. `patch(toolCopy, serverCopy)` may further modify the poisoned copy.
export function twin({ lang, slug, family, legitFamily, tool: t, server, honest = '', evil, patch, tweak }) {
  const l = legit(lang, slug, legitFamily, fill(t, honest), server ? fill(server, honest) : undefined);
  // when the payload is outside the tool description, the honest twin gets a
  // small honest extra sentence so that no two cases share a description
  if (tweak) l.tool.description += ' ' + tweak;
  const pt = fill(t, evil);
  const ps = server ? fill(server, evil) : undefined;
  if (patch) patch(pt, ps);
  const p = poison(lang, slug, family, pt, ps);
  l.twin = true; p.twin = true;
  return [l, p];
}
