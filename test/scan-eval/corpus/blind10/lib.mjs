// Helpers for blind round 10 (hand-written cases; these helpers only shape JSON).
// A property given as a string is a string parameter with that description; as an array
// [type, description, extra] it gets that type plus the extra keywords; an object is used as is.
export function prop(p) {
  if (typeof p === 'string') return { type: 'string', description: p };
  if (Array.isArray(p)) {
    const [type, description, extra] = p;
    const o = { type };
    if (description !== undefined && description !== null) o.description = description;
    return Object.assign(o, extra || {});
  }
  return p;
}

export function schema(props, required) {
  const properties = {};
  for (const [k, v] of Object.entries(props || {})) properties[k] = prop(v);
  const s = { type: 'object', properties };
  if (required && required.length) s.required = required;
  return s;
}

// c(id, family, lang, name, description, props, opts)
// opts: req (required list), title, annotations, outputSchema, server, extra (merged into inputSchema)
export function c(id, family, lang, name, description, props, opts = {}) {
  const tool = { name };
  if (opts.title) tool.title = opts.title;
  tool.description = description;
  tool.inputSchema = schema(props, opts.req);
  if (opts.extra) Object.assign(tool.inputSchema, opts.extra);
  if (opts.outputSchema) tool.outputSchema = opts.outputSchema;
  if (opts.annotations) tool.annotations = opts.annotations;
  const out = { id, family, lang, tool };
  if (opts.server) out.server = opts.server;
  return out;
}

// Unicode tag characters (U+E0000 + ASCII code): invisible text.
export function tagText(s) {
  let r = '';
  for (const ch of s) r += String.fromCodePoint(0xE0000 + ch.codePointAt(0));
  return r;
}

// Join the characters of s with a zero-width character between each.
export function zwJoin(s, zw = '\u200B') {
  return Array.from(s).join(zw);
}

export function b64(s) { return Buffer.from(s, 'utf8').toString('base64'); }
export function hex(s) { return Buffer.from(s, 'utf8').toString('hex'); }
export function rot13(s) {
  return s.replace(/[a-zA-Z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
}
export function pct(s) {
  return Array.from(Buffer.from(s, 'utf8')).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}
export function uesc(s) {
  return Array.from(s).map((ch) => '\\u' + ch.codePointAt(0).toString(16).padStart(4, '0')).join('');
}
