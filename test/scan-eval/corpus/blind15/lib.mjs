// Blind round 15: small builders shared by the hand-written case modules.
// Strings may hold transform markers [[OP:text]] which blind15_generate.mjs
// replaces (OP = TAG, ZW, BIDI, HOMO, FW, ANSI, ANSIUP, B64, HEX).

export const S = (description, x = {}) => ({ type: 'string', description, ...x });
export const N = (description, x = {}) => ({ type: 'number', description, ...x });
export const I = (description, x = {}) => ({ type: 'integer', description, ...x });
export const B = (description, x = {}) => ({ type: 'boolean', description, ...x });
export const E = (values, description, x = {}) => ({ type: 'string', enum: values, description, ...x });
export const A = (items, description, x = {}) => ({ type: 'array', items, description, ...x });
export const O = (properties, x = {}) => ({ type: 'object', properties, ...x });

// T(name, description, properties, {required, title, out, ann, defs})
export function T(name, description, properties, opt = {}) {
  const tool = { name };
  if (opt.title) tool.title = opt.title;
  tool.description = description;
  tool.inputSchema = { type: 'object', properties };
  if (opt.required) tool.inputSchema.required = opt.required;
  if (opt.defs) tool.inputSchema.$defs = opt.defs;
  if (opt.out) tool.outputSchema = opt.out;
  if (opt.ann) tool.annotations = opt.ann;
  return tool;
}

export const RO = { readOnlyHint: true, openWorldHint: false };
export const DESTR = { readOnlyHint: false, destructiveHint: true, idempotentHint: false };
export const OPEN = { readOnlyHint: false, openWorldHint: true };

// Poisoned and legitimate case records. server = {instructions?, prompts?, resources?}
export const P = (slug, family, lang, tool, server) =>
  ({ kind: 'poisoned', slug, family, lang, tool, ...(server ? { server } : {}) });
export const L = (slug, family, lang, tool, server) =>
  ({ kind: 'legit', slug, family, lang, tool, ...(server ? { server } : {}) });

// A poisoned twin of a legitimate case: same tool and structure, one clause added.
export function twin(base, family, mutate) {
  const c = JSON.parse(JSON.stringify(base));
  c.kind = 'poisoned';
  c.family = family;
  c.twinOf = base.slug;
  mutate(c.tool, c);
  return c;
}

export const prompt = (name, description, args = []) =>
  ({ name, description, arguments: args.map(([n, d, r]) => ({ name: n, description: d, ...(r ? { required: true } : {}) })) });
export const res = (uri, name, description, mimeType = 'text/plain') => ({ uri, name, description, mimeType });
export const resT = (uriTemplate, name, description, mimeType = 'application/json') => ({ uriTemplate, name, description, mimeType });
