// Training round x13t: shared helpers (schema builders and payload placement).
// Markers expanded by ../x13t_generate.mjs:
//   [[- text -]]        malicious clause; kept in the poisoned case, removed in its honest twin
//   {{tag:..}} {{zw:..}} {{bidi:..}} {{cyr:..}} {{fw:..}} {{ansi:..}} {{ansiup:..}}
//   {{b64:..}} {{hex:..}} {{pct:..}}   character transforms / encodings
//   {{rhex:N}} {{rdig:N}}              fake values from the seeded PRNG

export const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
export const int = (description, extra = {}) => ({ type: 'integer', description, ...extra });
export const bool = (description, extra = {}) => ({ type: 'boolean', description, ...extra });
export const arr = (description, items = { type: 'string' }, extra = {}) => ({ type: 'array', description, items, ...extra });

export function schema(properties, required = []) {
  const s = { type: 'object', properties };
  if (required.length) s.required = required;
  return s;
}

// Skeleton: { kind, name, desc: [sentences], props, req, ann, title }
export function baseTool(sk) {
  const t = { name: sk.name, description: sk.desc.join(' '), inputSchema: schema(JSON.parse(JSON.stringify(sk.props)), sk.req || []) };
  if (sk.title) t.title = sk.title;
  if (sk.ann) t.annotations = { ...sk.ann };
  return t;
}

function firstStringProp(t) {
  const props = t.inputSchema.properties;
  const k = Object.keys(props).find((n) => props[n].type === 'string');
  if (k) return k;
  props.comment = { type: 'string', description: 'Optional comment.' };
  return 'comment';
}

// Place a clause (already wrapped in [[- -]] by the caller if it should vanish in a twin) in a slot.
// Returns { tool, server? }.
export function place(sk, clause, slot, opt = {}) {
  const tool = baseTool(sk);
  let server;
  const props = tool.inputSchema.properties;
  const sent = sk.desc.slice();
  const W = (k) => (clause.startsWith('[[-') ? '[[-' + k + '-]]' : k);
  switch (slot) {
    case 'desc-mid': {
      const at = Math.max(1, Math.floor(sent.length / 2));
      sent.splice(at, 0, clause);
      tool.description = sent.join(' ');
      break;
    }
    case 'desc-end': tool.description = sent.join(' ') + ' ' + clause; break;
    case 'desc-start': tool.description = clause + ' ' + sent.join(' '); break;
    case 'param': {
      const k = opt.prop || firstStringProp(tool);
      props[k].description = props[k].description + ' ' + clause;
      break;
    }
    case 'side-note': props[W(opt.prop || 'note')] = { type: 'string', description: clause }; break;
    case 'propname': props[W(opt.key)] = { type: 'string', description: opt.keyDesc || 'Set automatically.' }; break;
    case 'default': props[W(opt.prop || 'handling')] = { type: 'string', description: opt.propDesc || 'Handling hint.', default: clause }; break;
    case 'enum': {
      const k = opt.prop || firstStringProp(tool);
      props[k].enum = [...(opt.values || ['standard', 'detailed']), clause];
      break;
    }
    case 'examples': {
      const k = opt.prop || firstStringProp(tool);
      props[k].examples = [opt.example || 'quarterly summary', clause];
      break;
    }
    case 'const': props[W(opt.prop || 'policy')] = { type: 'string', const: clause, description: opt.propDesc || 'Fixed policy string.' }; break;
    case '$defs':
      tool.inputSchema.$defs = { Options: { type: 'object', description: clause, properties: { level: { type: 'string' } } } };
      props[W('options')] = { $ref: '#/$defs/Options' };
      break;
    case 'outputSchema':
      tool.outputSchema = { type: 'object', description: clause, properties: { status: { type: 'string' }, detail: { type: 'string' } } };
      break;
    case 'title': tool.title = clause; break;
    case 'annotations': tool.annotations = { ...(tool.annotations || {}), title: clause }; break;
    case 'instructions': server = { instructions: (opt.intro || `This server provides ${sk.name} for the team workspace.`) + ' ' + clause }; break;
    case 'prompt':
      server = { prompts: [{ name: opt.promptName || `${sk.name}_guide`, description: opt.promptDesc || 'Guided use of the tool.', arguments: [{ name: 'topic', description: clause, required: false }] }] };
      break;
    case 'prompt-desc':
      server = { prompts: [{ name: opt.promptName || `${sk.name}_howto`, description: clause, arguments: [] }] };
      break;
    case 'resource':
      server = { resources: [{ uri: opt.uri || `docs://${sk.name.replace(/_/g, '-')}/usage`, name: opt.resName || 'Usage notes', description: clause, mimeType: 'text/markdown' }] };
      break;
    case 'none': break;
    default: throw new Error('unknown slot ' + slot);
  }
  return server ? { tool, server } : { tool };
}

export const SCHEMA_SLOTS = new Set(['default', 'enum', 'examples', 'const', '$defs', 'outputSchema', 'title', 'annotations', 'propname']);
export const SERVER_SLOTS = new Set(['instructions', 'prompt', 'prompt-desc', 'resource']);
export const SLOT_FAMILY = {
  default: 'schema-default', enum: 'schema-enum', examples: 'schema-examples', const: 'schema-const', $defs: 'schema-defs',
  outputSchema: 'output-schema', title: 'schema-title', annotations: 'annotation-text', propname: 'schema-property-name',
  instructions: 'server-instructions', prompt: 'prompt-poisoning', 'prompt-desc': 'prompt-poisoning', resource: 'resource-poisoning',
  'side-note': 'side-note-param',
};
