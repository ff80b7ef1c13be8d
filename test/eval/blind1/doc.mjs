// blind1: document builder that records byte spans while appending pieces.
import { rng as R, SECRETS } from './values.mjs';

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.n = 0; this.labels = []; this.lookalikes = []; this.checks = []; }
  t(...xs) { for (const x of xs) { const s = String(x); this.parts.push(s); this.n += Buffer.byteLength(s); } return this; }
  _span(v, raw) { const start = this.n; this.t(v); this.checks.push({ start, end: this.n, v: String(v), raw: raw ?? String(v) }); return { start, end: this.n }; }
  s(entity, v, raw) { const sp = this._span(v, raw); this.labels.push({ ...sp, entity, family: 'secrets' }); return v; }
  p(entity, v, raw) { const sp = this._span(v, raw); this.labels.push({ ...sp, entity, family: 'pii' }); return v; }
  l(what, v) { const sp = this._span(v); this.lookalikes.push({ ...sp, what }); return v; }
  get bytes() { return this.n; }
  text() { return this.parts.join(''); }
}

export function deck(items) { let q = []; return { next() { if (!q.length) q = R.shuffle(items); return q.pop(); } }; }
export const SECRET_DECK = deck(Object.keys(SECRETS));
export const PEM_KINDS = Object.keys(SECRETS).filter((k) => SECRETS[k].pem);
const NONPEM_DECK = deck(Object.keys(SECRETS).filter((k) => !SECRETS[k].pem));
export const jsonEsc = (v) => JSON.stringify(v).slice(1, -1);

// Render one secret assignment in a syntax style; returns nothing (appends to d).
// allowPem: whether a multi-line PEM block is acceptable here.
export function secret(d, style, { ent, allowPem = true, key } = {}) {
  ent = ent ?? (allowPem ? SECRET_DECK.next() : NONPEM_DECK.next());
  if (!allowPem && SECRETS[ent].pem) ent = NONPEM_DECK.next();
  const spec = SECRETS[ent];
  const v = spec.g();
  key = key ?? R.pick(spec.k);
  const ind = style.startsWith('yaml') ? '  '.repeat(+(style[4] || 1)) : '';
  if (ent === 'BASIC_AUTH') {
    if (style === 'json') return d.t(`  "headers": {"Authorization": "Basic `), d.s(ent, v), d.t('"},\n');
    if (style === 'shell') return d.t(`curl -sS -H 'Authorization: Basic `), d.s(ent, v), d.t(`' https://${R.pick(['jenkins.ci.example', 'nexus.build.test', 'wiki.corp.example'])}/api/json\n`);
    return d.t(`${ind}Authorization: Basic `), d.s(ent, v), d.t('\n');
  }
  if (ent === 'DOCKER_AUTH') {
    const reg = R.pick(['registry.build.example', 'ghcr.mirror.test', 'harbor.ops.example']);
    if (style === 'json' || style === 'js') return d.t(`{"auths": {"${reg}": {"auth": "`), d.s(ent, v), d.t('"}}}\n');
    return d.t(`${ind}.dockerconfigjson-auth: `), d.s(ent, v), d.t(`  # ${reg}\n`);
  }
  if (spec.url) {
    const [pre, , post] = spec.url(v);
    const open = { env: `${key}=`, yaml: `${ind}${key.toLowerCase()}: "`, json: `  "${key.toLowerCase()}": "`, js: `const ${key.toLowerCase().replace(/\W/g, '_')} = "`, py: `${key} = "`, shell: `export ${key}='`, ini: `${key.toLowerCase()} = `, log: `connecting with url=`, xml: `<add name="${key}" connectionString="`, toml: `${key.toLowerCase()} = "` }[style.replace(/\d$/, '')] ?? `${key}=`;
    const close = { yaml: '"', json: '",', js: '";', py: '"', shell: "'", xml: '" />', toml: '"' }[style.replace(/\d$/, '')] ?? '';
    return d.t(open + pre), d.s(ent, v), d.t(post + close + '\n');
  }
  if (spec.pem) {
    const st = style.replace(/\d$/, '');
    if (st === 'yaml') { d.t(`${ind}${key.toLowerCase()}: |\n${ind}  `); d.s(ent, v.split('\n').join(`\n${ind}  `), v); return d.t('\n'); }
    if (st === 'json' || st === 'log') { d.t(`  "${key.toLowerCase()}": "`); d.s(ent, jsonEsc(v), v); return d.t('\\n",\n'); }
    if (st === 'js' || st === 'py') { d.t(st === 'js' ? `const ${key.toLowerCase()} = \`` : `${key.toUpperCase()} = """`); d.s(ent, v); return d.t(st === 'js' ? '`;\n' : '"""\n'); }
    if (st === 'shell') { d.t(`cat > ~/.ssh/${R.pick(['id_deploy', 'ci_key', 'id_ed25519'])} <<'EOF'\n`); d.s(ent, v); return d.t('\nEOF\n'); }
    if (R.bool()) { d.t(`${key.toUpperCase()}="`); d.s(ent, v); return d.t('"\n'); }
    d.t(`${key.toUpperCase()}="`); d.s(ent, v.replace(/\n/g, '\\n'), v); return d.t('"\n');
  }
  const st = style.replace(/\d$/, '');
  switch (st) {
    case 'env': { const q = R.pick(['', '', '"', "'"]); return d.t(`${R.bool(0.2) ? 'export ' : ''}${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}=${q}`), d.s(ent, v), d.t(`${q}${R.bool(0.15) ? '  # rotated ' + R.pick(['Q3', 'last week', 'by ops']) : ''}\n`); }
    case 'yaml': { const q = R.bool() || /[#:{}\[\]&*!|>'"%@`]/.test(v) ? '"' : ''; return d.t(`${ind}${key}: ${q}`), d.s(ent, q ? jsonEsc(v) : v, v), d.t(`${q}\n`); }
    case 'json': return d.t(`  "${key}": "`), d.s(ent, jsonEsc(v), v), d.t('",\n');
    case 'js': { const k2 = key.replace(/\W/g, '_'); const [pre, post] = R.pick([[`const ${k2} = '`, "';"], [`  ${k2}: '`, "',"], [`client.setToken('`, "');"], [`process.env.${k2.toUpperCase()} ??= "`, '";']]); return d.t(pre), d.s(ent, v), d.t(post + '\n'); }
    case 'py': { const k2 = key.toUpperCase().replace(/\W/g, '_'); const [pre, post] = R.pick([[`${k2} = "`, '"'], [`os.environ.setdefault("${k2}", "`, '")'], [`headers = {"Authorization": "Bearer `, '"}'], [`client = Client(api_key="`, '", timeout=30)']]); return d.t(pre), d.s(ent, v), d.t(post + '\n'); }
    case 'go': return d.t(`\t${key.replace(/\W/g, '')} := "`), d.s(ent, v), d.t('"\n');
    case 'shell': return d.t(R.pick([`export ${key.toUpperCase().replace(/\W/g, '_')}=`, `curl -H "Authorization: Bearer `, `gh auth login --with-token <<< `, `docker login -u ci -p `, `${key.toUpperCase().replace(/\W/g, '_')}=`])), d.s(ent, v), d.t(d.parts.at(-2).includes('"Authorization') ? `" https://${R.pick(['api.acme.example', 'hooks.integrations.example'])}/v1/${R.pick(['me', 'status', 'projects'])}\n` : d.parts.at(-2).startsWith('docker') ? ' registry.build.example\n' : '\n');
    case 'ini': case 'toml': return d.t(`${key.toLowerCase()} = ${st === 'toml' ? '"' : ''}`), d.s(ent, v), d.t(`${st === 'toml' ? '"' : ''}\n`);
    case 'xml': return d.t(`    <add key="${key}" value="`), d.s(ent, v.replace(/&/g, '&amp;').replace(/"/g, '&quot;'), v), d.t('" />\n');
    case 'log': return d.t(R.pick([`DEBUG request headers: {'Authorization': 'Bearer `, `WARN using fallback credential ${key}=`, `TRACE outbound ${key}: `])), d.s(ent, v), d.t(d.parts.at(-2).includes('{') ? "'}\n" : '\n');
    default: return d.t(`${key}=`), d.s(ent, v), d.t('\n');
  }
}
