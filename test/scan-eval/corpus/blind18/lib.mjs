// Blind round 18: small builders shared by the hand-written case modules.
//
// Marker syntax understood by ../blind18_generate.mjs inside ANY string
// (descriptions, titles, enum values, defaults, property names, ...):
//   {{P:...}}     malicious clause: kept in the poisoned case, dropped in its honest twin
//   {{H:...}}     honest-only text: dropped in the poisoned case, kept in the honest twin
//   {{tag:...}}   Unicode tag characters (U+E0000 + ASCII)
//   {{zw:...}}    zero-width splitting (U+200B/U+200C/U+200D/U+2060 between letters)
//   {{bidi:...}}  right-to-left override with the text stored reversed
//   {{homo:...}}  Latin letters replaced by Cyrillic/Greek homoglyphs
//   {{fw:...}}    fullwidth forms (U+FF01..U+FF5E, U+3000)
//   {{ansi:...}}  ANSI "conceal" escape around the text
//   {{ansiclr:...}} ANSI erase-line + carriage return before the text
//   {{b64:...}}   base64 of the UTF-8 text
//   {{hex:...}}   hex of the UTF-8 text
//   {{rot13:...}} ROT13 of the text
//   {{pct:...}}   percent-encoding of every byte
// A case with `twin: "<family>"` also yields an honest twin in risky_legit.

export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const num = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const obj = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });
export const en = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });

export const schema = (properties = {}, required, extra = {}) => {
  const s = { type: 'object', properties };
  if (required && required.length) s.required = required;
  return Object.assign(s, extra);
};

// tool(name, description, properties, required, extra) where extra may hold
// title, outputSchema, annotations, or inputExtra (merged into inputSchema).
export const tool = (name, description, properties = {}, required, extra = {}) => {
  const { inputExtra, ...rest } = extra;
  const t = { name };
  if (rest.title) t.title = rest.title;
  t.description = description;
  t.inputSchema = schema(properties, required, inputExtra || {});
  for (const k of ['outputSchema', 'annotations']) if (rest[k]) t[k] = rest[k];
  return t;
};

export const prompt = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([n, d, required]) => (required ? { name: n, description: d, required: true } : { name: n, description: d })),
});
export const resource = (uri, name, description, mimeType) =>
  mimeType ? { uri, name, description, mimeType } : { uri, name, description };
export const rtemplate = (uriTemplate, name, description, mimeType) =>
  mimeType ? { uriTemplate, name, description, mimeType } : { uriTemplate, name, description };

// c(slug, family, lang, tool, server?, opts?) -> case record for the generator.
export const c = (slug, family, lang, t, server, opts = {}) => {
  const r = { slug, family, lang, tool: t };
  if (server) r.server = server;
  if (opts.twin) r.twin = opts.twin;
  return r;
};

export const RO = { readOnlyHint: true, openWorldHint: false };
export const DESTRUCTIVE = { destructiveHint: true, idempotentHint: false };
