// Small builders shared by the x13 hand-written case modules.
// Transform markers (expanded by ../x13_generate.mjs):
//   ⟦TAG:text⟧  Unicode tag characters      ⟦ZW:text⟧   zero-width splitting
//   ⟦BIDI:text⟧ RLO override, reversed       ⟦HOMO:text⟧ Cyrillic/Greek homoglyphs
//   ⟦FW:text⟧   fullwidth forms             ⟦ANSI:text⟧ concealed SGR text
//   ⟦ANSICR:text⟧ text then cursor-up/erase-line  ⟦B64:text⟧ base64   ⟦HEX:text⟧ hex
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
export const O = (properties, description, extra = {}) => ({ type: 'object', properties, description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });

// T(name, description, properties, required?, extra?) -> MCP tool object
export function T(name, description, properties = {}, required = [], extra = {}) {
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  const { schemaExtra, ...rest } = extra;
  if (schemaExtra) Object.assign(inputSchema, schemaExtra);
  return { name, description, inputSchema, ...rest };
}

// Cases: P = poisoned, L = legitimate (risky-looking but honest)
export const P = (lang, slug, family, tool, server) =>
  ({ kind: 'poisoned', lang, slug, family, tool, ...(server ? { server } : {}) });
export const L = (lang, slug, family, tool, server) =>
  ({ kind: 'legit', lang, slug, family, tool, ...(server ? { server } : {}) });
