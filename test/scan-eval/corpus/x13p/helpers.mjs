// Training round x13p: shared helpers for the hand-written case modules.
// Markers are expanded by ../x13p_generate.mjs:
//   [[tag:..]] Unicode tag characters   [[zw:..]] zero-width splitting
//   [[bidi:..]] bidi override            [[cyr:..]] Cyrillic homoglyphs
//   [[fw:..]] fullwidth                  [[ansi:..]] ANSI conceal
//   [[ansiup:..]] cursor-up + erase line [[b64:..]] base64
//   [[hex:..]] hex                       [[pct:..]] percent-encoding
//   [[fake:KIND]] PRNG value (hex16, hex32, num6, acct, key)

export const s = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const n = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const i = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const b = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const a = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const o = (description, properties = {}, extra = {}) => ({ type: 'object', description, properties, ...extra });

// tool(name, description, properties, required, extra)
export function tool(name, description, properties = {}, required = [], extra = {}) {
  const t = { name, description, inputSchema: { type: 'object', properties } };
  if (required.length) t.inputSchema.required = required;
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'schema') Object.assign(t.inputSchema, v);
    else t[k] = v;
  }
  return t;
}

// c(lang, slug, family, tool, server) -> case draft (id assigned by the generator)
export const c = (lang, slug, family, t, server) => (server ? { lang, slug, family, tool: t, server } : { lang, slug, family, tool: t });

// twin(lang, slug, family, legitFamily, make): make(p) builds the tool (and optional server)
// with p=true for the poisoned variant and p=false for the honest twin.
export function twin(lang, slug, family, legitFamily, make) {
  const P = make(true), L = make(false);
  return {
    poisoned: { lang, slug, family, ...P },
    twin: { lang, slug: slug + '-twin', family: legitFamily, ...L },
  };
}
// x(p, poisonText, honestText): pick a fragment for the variant
export const x = (p, bad, good = '') => (p ? bad : good);

export const prompt = (name, description, args = []) => ({ name, description, arguments: args.map(([nm, d, req]) => ({ name: nm, description: d, required: !!req })) });
export const resource = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
