// Small schema helpers shared by the x13d case modules.
export const S = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const N = (description, extra = {}) => ({ type: 'number', description, ...extra });
export const I = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const B = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const E = (values, description, extra = {}) => ({ type: 'string', enum: values, description, ...extra });
export const A = (items, description, extra = {}) => ({ type: 'array', items, description, ...extra });
// pydantic-style nullable
export const NUL = (inner, title) => ({ anyOf: [inner, { type: 'null' }], default: null, title });
export const obj = (properties, required) => (required && required.length
  ? { type: 'object', properties, required } : { type: 'object', properties });
