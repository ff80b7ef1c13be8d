// Helpers shared by the x13zd case modules (training round x13zd).
// Schemas are written compactly: P({to: 's:Recipient address', n: 'i:How many'})
// Prefixes: s string, i integer, n number, b boolean, a array of strings, o free object.

export function prop(spec) {
  if (typeof spec !== 'string') return spec;
  const k = spec.indexOf(':');
  const t = spec.slice(0, k);
  const d = spec.slice(k + 1);
  const type = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' }[t];
  if (!type) throw new Error('bad prop spec ' + spec);
  const p = { type, description: d };
  if (type === 'array') p.items = { type: 'string' };
  return p;
}

export function P(props) {
  const out = {};
  for (const [k, v] of Object.entries(props)) out[k] = prop(v);
  return out;
}

export function obj(props = {}, required = [], more = {}) {
  const o = { type: 'object', properties: P(props) };
  if (required.length) o.required = required;
  return Object.assign(o, more);
}

// tool(name, description, props, required, extra-tool-members)
export function tool(name, description, props = {}, required = [], more = {}) {
  return Object.assign({ name, description, inputSchema: obj(props, required) }, more);
}

// Build a case body. `t` is a tool, `server` optional.
export function c(meta, t, server) {
  const out = Object.assign({}, meta, { tool: t });
  if (server) out.server = server;
  return out;
}
