// Blind round 17 helpers: compact builders for MCP tool definitions.
// Markers of the form ⟦kind:text⟧ inside any string (or property name) are
// expanded by ../blind17_generate.mjs (tag, zw, bidi, homo, fw, ansi, ansiblk,
// b64, hex, urlenc, rot13).
export const s = (description, extra = {}) => ({ type: "string", description, ...extra });
export const n = (description, extra = {}) => ({ type: "number", description, ...extra });
export const int = (description, extra = {}) => ({ type: "integer", description, ...extra });
export const b = (description, extra = {}) => ({ type: "boolean", description, ...extra });
export const en = (values, description, extra = {}) => ({ type: "string", enum: values, description, ...extra });
export const arr = (description, items = { type: "string" }, extra = {}) => ({ type: "array", items, description, ...extra });
export const obj = (properties, description, extra = {}) => ({ type: "object", properties, description, ...extra });

export function T(name, description, properties = {}, opts = {}) {
  const tool = { name };
  if (opts.title) tool.title = opts.title;
  tool.description = description;
  tool.inputSchema = { type: "object", properties };
  if (opts.req) tool.inputSchema.required = opts.req;
  if (opts.defs) tool.inputSchema.$defs = opts.defs;
  if (opts.out) tool.outputSchema = opts.out;
  if (opts.ann) tool.annotations = opts.ann;
  return tool;
}

// Output schema shortcut.
export const O = (properties, req) => (req ? { type: "object", properties, required: req } : { type: "object", properties });

// A case. extra may hold: server, twin (patch map: "dotted.path" -> value, null deletes).
export const C = (lang, slug, family, tool, extra = {}) => ({ lang, slug, family, tool, ...extra });

export const srv = (instructions, prompts, resources) => {
  const o = {};
  if (instructions !== undefined && instructions !== null) o.instructions = instructions;
  if (prompts) o.prompts = prompts;
  if (resources) o.resources = resources;
  return o;
};
export const pr = (name, description, args = []) => ({
  name,
  description,
  arguments: args.map(([an, ad, req]) => (req ? { name: an, description: ad, required: true } : { name: an, description: ad })),
});
export const rs = (uri, name, description, mimeType = "text/plain") => ({ uri, name, description, mimeType });
export const rt = (uriTemplate, name, description, mimeType = "application/json") => ({ uriTemplate, name, description, mimeType });

export const RO = { readOnlyHint: true, openWorldHint: false };
export const DESTR = { readOnlyHint: false, destructiveHint: true };
