// Helpers shared by the hand-written x13h case modules (training round x13h).
// Payload markers of the form ⟪kind:text⟫ are expanded by ../x13h_generate.mjs
// (kinds: tag, zw, bidi, homo, fw, ansi, ansiblk, ansierase, b64, hex, rot13).

export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });
export const O = (description, properties, extra = {}) => ({ type: 'object', description, properties, ...extra });

// tool(name, description, properties, required?, more?) -> MCP tool object
export function tool(name, description, properties = {}, required = [], more = {}) {
  const t = { name };
  if (more.title) t.title = more.title;
  t.description = description;
  t.inputSchema = { type: 'object', properties };
  if (required.length) t.inputSchema.required = required;
  if (more.defs) t.inputSchema.$defs = more.defs;
  if (more.outputSchema) t.outputSchema = more.outputSchema;
  if (more.annotations) t.annotations = more.annotations;
  return t;
}

export const L = (lang, slug, family, t, server) => ({ kind: 'legit', lang, slug, family, tool: t, ...(server ? { server } : {}) });
export const P = (lang, slug, family, t, server) => ({ kind: 'poisoned', lang, slug, family, tool: t, ...(server ? { server } : {}) });

// Honest twin: the legit case is `t` (+server); the poisoned one is a deep copy
// changed by `mutate(copy)`, which receives {tool, server} and edits it in place.
export function T(lang, slug, legitFamily, poisonFamily, t, server, mutate) {
  const legit = L(lang, slug, legitFamily, t, server);
  const copy = JSON.parse(JSON.stringify({ tool: t, server: server || undefined }));
  mutate(copy);
  const poisoned = P(lang, slug, poisonFamily, copy.tool, copy.server);
  legit.twin = true; poisoned.twin = true;
  return [legit, poisoned];
}

export const RO = { readOnlyHint: true, openWorldHint: false };
export const DESTRUCTIVE = { readOnlyHint: false, destructiveHint: true };
