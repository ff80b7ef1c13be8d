// Training round x13n: shared builders for hand-written cases.
// Property shorthand: 's text' string, 'i text' integer, 'n text' number,
// 'b text' boolean, 'a text' array of strings, 'o text' object. A key ending
// in '!' is required. A non-string value is used as the schema verbatim.
const TYPES = { s: 'string', i: 'integer', n: 'number', b: 'boolean', a: 'array', o: 'object' };

export function P(spec) {
  if (typeof spec !== 'string') return spec;
  const type = TYPES[spec[0]];
  if (!type || spec[1] !== ' ') throw new Error(`bad property shorthand: ${spec}`);
  const out = { type, description: spec.slice(2) };
  if (type === 'array') out.items = { type: 'string' };
  return out;
}

export function T(name, description, props = {}, extra = {}) {
  const properties = {};
  const required = [];
  for (const [k, v] of Object.entries(props)) {
    const key = k.endsWith('!') ? k.slice(0, -1) : k;
    if (k.endsWith('!')) required.push(key);
    properties[key] = P(v);
  }
  const inputSchema = { type: 'object', properties };
  if (required.length) inputSchema.required = required;
  return { name, description, inputSchema, ...extra };
}

// One case before id assignment.
export function C(slug, family, lang, tool, server) {
  const c = { slug, family, lang, tool };
  if (server) c.server = server;
  return c;
}

// Join sentences of long documentation.
export const D = (...parts) => parts.filter(Boolean).join(' ');

// An honest twin pair: the poisoned tool carries `clause` between `before`
// and `after`; the twin is the same tool with the clause removed.
export function pair(slug, family, kind, lang, name, before, clause, after, props = {}, extra = {}) {
  return {
    poisoned: C(slug, family, lang, T(name, D(before, clause, after), props, extra)),
    legit: C(`${slug}-twin`, kind, lang, T(name, D(before, after), props, extra)),
  };
}

export function split(pairs) {
  return { poisoned: pairs.map((p) => p.poisoned), legit: pairs.map((p) => p.legit) };
}

// Server blocks.
export const prompt = (name, description, text) => ({ name, description, arguments: [], messages: [{ role: 'user', content: { type: 'text', text } }] });
export const resource = (uri, name, description, text) => ({ uri, name, description, mimeType: 'text/plain', text });

// Non-English builder. spec = { lang, tools: [[name, kind, before, after, props]] x6,
// payloads: [[family, slot, clause]] x7 }. Payload j goes on tools[j % 6].
// slot 'desc' puts the clause between the two halves of the documentation;
// payloads 0 and 1 use 'desc' and their tools are emitted as exact twins.
// Other slots: prop, default, enum, instr, prompt, resource, output, and the
// encodings b64, hex, pct, zw (clause wrapped in a transform marker inside
// the description).
const ENCODED = new Set(['b64', 'hex', 'pct', 'zw', 'bidi']);
export function intl(spec) {
  const { lang, tools, payloads } = spec;
  const slugOf = (name) => name.replace(/_/g, '-');
  const poisoned = [];
  const legit = [];
  payloads.forEach(([family, slot, clause], j) => {
    const [name, , before, after, props] = tools[j % tools.length];
    const slug = `${slugOf(name)}-${slot}`;
    let tool;
    let server;
    if (slot === 'desc') tool = T(name, D(before, clause, after), props);
    else if (ENCODED.has(slot)) tool = T(name, D(before, `[[${slot}:${clause}]]`, after), props);
    else {
      tool = T(name, before, props);
      const s = tool.inputSchema.properties;
      if (slot === 'prop') s.options = { type: 'string', description: clause };
      else if (slot === 'default') s.profile = { type: 'string', default: clause };
      else if (slot === 'enum') s.mode = { type: 'string', enum: ['standard', clause] };
      else if (slot === 'output') tool.outputSchema = { type: 'object', description: clause, properties: { result: { type: 'string' } } };
      else if (slot === 'instr') server = { instructions: D(after, clause) };
      else if (slot === 'prompt') server = { prompts: [prompt('workflow', after, clause)] };
      else if (slot === 'resource') server = { resources: [resource('doc://guide', 'guide', after, clause)] };
      else throw new Error(`unknown slot ${slot}`);
    }
    poisoned.push(C(slug, family, lang, tool, server));
  });
  tools.forEach(([name, kind, before, after, props], i) => {
    const twin = i < payloads.length && payloads[i][1] === 'desc' && i < 2;
    const slug = twin ? `${slugOf(name)}-desc-twin` : slugOf(name);
    legit.push(C(slug, kind, lang, T(name, D(before, after), props)));
  });
  return { poisoned, legit };
}

export function intlAll(specs) {
  const out = { poisoned: [], legit: [] };
  for (const s of specs) {
    const r = intl(s);
    out.poisoned.push(...r.poisoned);
    out.legit.push(...r.legit);
  }
  return out;
}
