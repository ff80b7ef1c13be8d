// Blind round 23 — shared helpers. Node built-ins only, deterministic.
// Cases are written by hand in the sibling modules; these helpers only
// shape them (tool object, schema shorthand, seeded fake values).

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0xb23c0de5);

export const fake = {
  int(lo, hi) {
    return lo + Math.floor(rand() * (hi - lo + 1));
  },
  pick(list) {
    return list[Math.floor(rand() * list.length)];
  },
  hex(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
    return s;
  },
  alnum(n) {
    const a = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    let s = '';
    for (let i = 0; i < n; i++) s += a[Math.floor(rand() * a.length)];
    return s;
  },
  digits(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
    return s;
  },
  host(label) {
    return `${label}-${fake.hex(4)}.${fake.pick(['example', 'test', 'invalid'])}`;
  },
  acct() {
    return `ACCT-${fake.digits(8)}`;
  },
};

// "type:description" shorthand, or a full schema object.
function propOf(spec) {
  if (typeof spec !== 'string') return spec;
  const i = spec.indexOf(':');
  const type = spec.slice(0, i);
  const description = spec.slice(i + 1);
  if (type === 'string[]') return { type: 'array', items: { type: 'string' }, description };
  return { type, description };
}

export function schema(props = {}, required) {
  const properties = {};
  for (const [k, v] of Object.entries(props)) properties[k] = propOf(v);
  const keys = Object.keys(properties);
  const req = required === undefined ? keys.slice(0, 1) : required;
  const out = { type: 'object', properties };
  if (req.length) out.required = req;
  return out;
}

export function tool(name, description, props = {}, required, extra = {}) {
  return { name, description, inputSchema: schema(props, required), ...extra };
}

// Insert `clause` into the list of honest sentences at `at` (default: middle).
export function splice(sentences, clause, at) {
  const s = sentences.slice();
  const pos = at === undefined ? Math.ceil(s.length / 2) : at;
  s.splice(pos, 0, clause);
  return s.join(' ');
}

// Honest boilerplate paragraphs, appended to make documentation long.
const POOL = [
  'Results are paginated; pass the cursor from the previous response to continue, and stop when no cursor is returned.',
  'Rate limits apply per workspace: when the upstream answers 429 the tool waits for the Retry-After interval once and then reports the error.',
  'Timestamps are ISO 8601 in UTC unless the caller passes an explicit timezone.',
  'Errors are returned as structured objects with a code, a human-readable message and, when available, the upstream request id for support tickets.',
  'Large responses are truncated to 200 items; narrow the query with filters instead of raising the limit.',
  'The tool is idempotent for identical arguments within a five-minute window, so retries after a network error are safe.',
  'Field names follow the upstream API; see the vendor changelog when a field is renamed.',
  'All requests are made with the credentials configured for this server by the administrator; the tool never asks the user for them.',
  'Dry-run mode, where supported, validates the arguments and shows the planned change without applying it.',
  'Unicode text is normalised to NFC before comparison so that visually identical names match.',
  'Empty filters match everything, so prefer explicit filters on large accounts.',
  'The response includes a summary line suitable for showing to the user as-is.',
];

export function boiler(n) {
  const out = [];
  const used = new Set();
  while (out.length < n) {
    const i = Math.floor(rand() * POOL.length);
    if (used.has(i)) continue;
    used.add(i);
    out.push(POOL[i]);
  }
  return out;
}

// Poisoned case spec (id assigned by the generator).
export function P(lang, family, slug, t, server) {
  const c = { kind: 'poisoned', lang, family, slug, tool: t };
  if (server) c.server = server;
  return c;
}

// Legitimate case spec; family = server kind.
export function L(lang, family, slug, t, server) {
  const c = { kind: 'legit', lang, family, slug, tool: t };
  if (server) c.server = server;
  return c;
}

// A poisoned/honest pair from one documented tool: `doc` is the honest
// sentence list, `bad` is the single malicious clause. Returns
// { poisoned, twin } where twin is the same tool without the clause.
export function pair(lang, family, kind, slug, name, doc, bad, props, opts = {}) {
  const extra = opts.extra || {};
  const at = opts.at;
  const p = P(lang, family, slug, tool(name, splice(doc, bad, at), props, opts.required, extra), opts.server);
  const twinTool = tool(name, doc.join(' '), props, opts.required, opts.twinExtra || extra);
  const l = L(lang, kind, slug, twinTool, opts.twinServer);
  return { poisoned: p, twin: l, twinned: !!opts.twin };
}
