// Configuration kinds: many ecosystems' config syntaxes, dotenv, Kubernetes, CI, compose, Terraform.
import { S, P, L } from './builder.mjs';
import { SECRETS, secretByName, urlSafePassword } from './secrets.mjs';
import { PN, PH, EM, LOC, USERS, placeCc, phoneCc } from './common.mjs';

const ODD_KEYS = ['quux_seal', 'blob_key', 'mesh_psk', 'relay_token', 'ticket_seed', 'cookie_jar_key', 'sealing_material', 'hush', 'zauberwort', 'clave_maestra', 'chiffre', 'sesame', 'opaque_blob',
  'k1', 'sig_material', 'upstream_auth', 'bridge_secret', 'tunnel_key', 'handshake', 'glue_token', 'nyckel', 'anahtar', 'kagi', 'mima', 'sleutel', 'klucz', 'chave', 'segreto', 'geheimnis', 'x_auth', 'pass_phrase', 'unlock', 'magic', 'spice'];
const APPS = ['ledger', 'courier', 'beacon', 'harvest', 'polaris', 'stockroom', 'tidewater', 'gatekeeper', 'orbit', 'kestrel', 'millrace', 'quarry'];
// short hand-typed codes (PINs, door codes, ...) only appear where a sentence says what they are
const SHORT_CODES = ['DEVICE_PIN', 'SIM_PIN', 'SIM_PUK', 'PAYMENT_CARD_PIN', 'VOICEMAIL_PIN', 'DOOR_ACCESS_CODE', 'ALARM_CODE', 'SAFE_COMBINATION', 'MEETING_PASSCODE', 'RECOVERY_CODE', 'BITLOCKER_RECOVERY_KEY', 'CRYPTO_WALLET_MNEMONIC'];
const NON_PEM = SECRETS.filter((s) => s.cat !== 'pem' && !SHORT_CODES.includes(s.e));
const PEMS = SECRETS.filter((s) => s.cat === 'pem');

function keyFor(g, ent, style) {
  const r = g.r; const x = r.int(10);
  let k = x < 5 ? r.pick(ent.keys) : x < 8 ? r.pick(ODD_KEYS) : `${r.pick(APPS)}_${r.pick(['key', 'secret', 'token', 'pass', 'cred', 'auth'])}`;
  if (style === 'env') k = k.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  else if (style === 'camel') k = k.replace(/[_.-](\w)/g, (_, c) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
  else if (style === 'snake') k = k.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return k || 'secret';
}
// One config entry: {k, v (mark or string), raw (unquoted number/bool)}
function entries(g, n, opts = {}) {
  const r = g.r; const out = [];
  for (let i = 0; i < n; i++) {
    const x = r.int(100);
    if (x < 38) { const ent = r.chance(0.15) ? secretByName[r.pick(['PASSWORD', 'DATABASE_PASSWORD', 'API_KEY', 'ENCRYPTION_KEY', 'HMAC_SECRET', 'SHARED_SECRET', 'SIGNING_KEY', 'MACHINE_IDENTITY_SECRET'])] : r.pick(NON_PEM);
      out.push({ k: keyFor(g, ent, opts.style), v: g.S(ent.e) }); }
    else if (x < 42 && opts.pem) { const ent = r.pick(PEMS); out.push({ k: keyFor(g, ent, opts.style), v: g.S(ent.e), pem: true }); }
    else if (x < 50) out.push({ k: r.pick(['host', 'server', 'endpoint', 'upstream', 'broker', 'db_host']), v: r.chance(0.6) ? g.look('hostname') : r.pick(['localhost', 'db', 'redis', 'queue', '127.0.0.1']) });
    else if (x < 56) { const [k, vals] = r.pick([['port', [5432, 6379, 8080, 3306, 9092, 443, 8443, 25, 587]], ['timeout', [5, 10, 30, 60, 120]], ['max_conns', [16, 64, 128, 512]], ['retries', [0, 3, 5]], ['pool_size', [4, 8, 20]], ['workers', [2, 4, 8, 16]]]); out.push({ k, v: String(r.pick(vals)), raw: true }); }
    else if (x < 62) out.push({ k: r.pick(['enabled', 'debug', 'tls', 'verify_ssl', 'strict']), v: r.pick(['true', 'false']), raw: true });
    else if (x < 66) out.push({ k: r.pick(['password', 'token', 'api_key', 'secret']), v: g.look(r.pick(['placeholder', 'env_reference'])) });
    else if (x < 70) out.push({ k: r.pick(['instance_id', 'tenant', 'client_id', 'project_id', 'correlation']), v: g.look('uuid') });
    else if (x < 73) out.push({ k: r.pick(['checksum', 'sha', 'fingerprint', 'content_hash']), v: g.look(r.pick(['hash', 'digest', 'ssh_fingerprint', 'pgp_fingerprint'])) });
    else if (x < 76) out.push({ k: r.pick(['version', 'schema_version', 'min_version']), v: g.look('version') });
    else if (x < 79) out.push({ k: r.pick(['public_key', 'publishable_key', 'verify_key']), v: g.look('public_key') });
    else if (x < 82) out.push({ k: r.pick(['aws_access_key_id', 'sample_key']), v: g.look('aws_example_key') });
    else if (x < 85) out.push({ k: r.pick(['admin_email', 'contact', 'notify', 'owner_email']), v: EM(g, g.person()) });
    else if (x < 87) out.push({ k: r.pick(['oncall_phone', 'sms_to']), v: PH(g) });
    else if (x < 89) out.push({ k: r.pick(['owner', 'maintainer']), v: PN(g.person()) });
    else if (x < 91) out.push({ k: r.pick(['nonce', 'instance_tag', 'node_ulid']), v: g.look(r.pick(['base32_nonce', 'ulid', 'object_id'])) });
    else if (x < 93) out.push({ k: r.pick(['theme_color', 'accent']), v: g.look('hex_color') });
    else if (x < 95) out.push({ k: r.pick(['commit', 'revision']), v: g.look('git_sha') });
    else out.push({ k: r.pick(['log_level', 'region', 'mode']), v: r.pick(['info', 'debug', 'eu-central-1', 'prod', 'warn']) });
  }
  return out;
}
const indentPem = (g, e, ind) => (e.pem ? S(e.v.e, e.v.v.split('\n').join('\n' + ind)) : e.v);
const escPem = (e) => (e.pem ? S(e.v.e, e.v.v.replace(/\n/g, '\\n')) : e.v);

const RENDER = {
  ini(g, d, secs) { const r = g.r; const eq = r.pick([' = ', '=', ': ']); for (const s of secs) { d.w(`[${s.name}]\n`); for (const e of s.es) { if (e.pem) continue; if (r.chance(0.1)) d.w(r.pick(['; ', '# ']), 'rotated ', g.look('date'), '\n'); d.w(e.k, eq, e.v, '\n'); } d.w('\n'); } },
  toml(g, d, secs) { for (const s of secs) { d.w(`[${s.name}]\n`); for (const e of s.es) { if (e.pem) d.w(e.k, ' = """\n', e.v, '\n"""\n'); else if (e.raw) d.w(e.k, ' = ', e.v, '\n'); else d.w(e.k, ' = "', e.v, '"\n'); } d.w('\n'); } },
  yaml(g, d, secs) { const r = g.r; const q = r.pick(['', '"', "'"]); const ind = r.pick(['  ', '    ']);
    for (const s of secs) { d.w(`${s.name}:\n`); for (const e of s.es) { if (e.pem) d.w(ind, e.k, ': |\n', ind, ind, indentPem(g, e, ind + ind), '\n'); else if (e.raw) d.w(ind, e.k, ': ', e.v, '\n'); else d.w(ind, e.k, ': ', q, e.v, q, '\n'); } } },
  properties(g, d, secs) { for (const s of secs) { d.w(`# --- ${s.name} ---\n`); for (const e of s.es) { if (e.pem) continue; d.w(`${s.name}.${e.k}`, g.r.pick(['=', ' = ', ':']), e.v, '\n'); } } },
  json(g, d, secs) { const ind = g.r.pick(['  ', '    ', '\t']); d.w('{\n'); secs.forEach((s, i) => { d.w(ind, `"${s.name}": {\n`); s.es.forEach((e, j) => d.w(ind, ind, `"${e.k}": `, e.raw ? e.v : ['"', escPem(e), '"'], j < s.es.length - 1 ? ',\n' : '\n')); d.w(ind, '}', i < secs.length - 1 ? ',\n' : '\n'); }); d.w('}\n'); },
  xml(g, d, secs) { const r = g.r; d.w('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n');
    for (const s of secs) { if (r.chance(0.5)) { d.w(`  <${s.name}>\n`); for (const e of s.es) d.w(`    <${e.k.replace(/[^A-Za-z0-9_.-]/g, '_')}>`, e.v, `</${e.k.replace(/[^A-Za-z0-9_.-]/g, '_')}>\n`); d.w(`  </${s.name}>\n`); }
      else { d.w('  <appSettings>\n'); for (const e of s.es) { if (e.pem) continue; d.w(`    <add key="${s.name}:${e.k}" value="`, e.v, '" />\n'); } d.w('  </appSettings>\n'); } }
    d.w('</configuration>\n'); },
  hcl(g, d, secs) { for (const s of secs) { d.w(`${g.r.pick(['service', 'backend', 'provider', 'module'])} "${s.name}" {\n`); for (const e of s.es) { if (e.pem) d.w('  ', e.k, ' = <<EOT\n', e.v, '\nEOT\n'); else d.w('  ', e.k, ' = ', e.raw ? e.v : ['"', e.v, '"'], '\n'); } d.w('}\n\n'); } },
  nginxish(g, d, secs) { for (const s of secs) { d.w(`${s.name} {\n`); for (const e of s.es) { if (e.pem) continue; d.w('    ', e.k, ' ', e.raw ? e.v : g.r.chance(0.5) ? ['"', e.v, '"'] : e.v, ';\n'); } d.w('}\n'); } },
  lua(g, d, secs) { d.w('return {\n'); for (const s of secs) { d.w(`  ${s.name} = {\n`); for (const e of s.es) { if (e.pem) d.w('    ', e.k.replace(/[^A-Za-z0-9_]/g, '_'), ' = [[\n', e.v, ']],\n'); else d.w('    ', e.k.replace(/[^A-Za-z0-9_]/g, '_'), ' = ', e.raw ? e.v : ['"', e.v, '"'], ',\n'); } d.w('  },\n'); } d.w('}\n'); },
  php(g, d, secs) { d.w("<?php\n\nreturn [\n"); for (const s of secs) { d.w(`    '${s.name}' => [\n`); for (const e of s.es) { if (e.pem) continue; d.w(`        '${e.k}' => `, e.raw ? e.v : ["'", e.v, "'"], ',\n'); } d.w('    ],\n'); } d.w('];\n'); },
  elixir(g, d, secs) { d.w('import Config\n\n'); for (const s of secs) { d.w(`config :${g.r.pick(APPS)}, ${s.name[0].toUpperCase() + s.name.slice(1)},`, '\n'); s.es.filter((e) => !e.pem).forEach((e, j, a) => d.w('  ', e.k.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase(), ': ', e.raw ? e.v : ['"', e.v, '"'], j < a.length - 1 ? ',\n' : '\n\n')); } },
  erlang(g, d, secs) { d.w('[\n'); secs.forEach((s, i) => { d.w(` {${s.name}, [\n`); const es = s.es.filter((e) => !e.pem); es.forEach((e, j) => d.w('    {', e.k.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase(), ', ', e.raw ? e.v : ['"', e.v, '"'], '}', j < es.length - 1 ? ',\n' : '\n')); d.w(' ]}', i < secs.length - 1 ? ',\n' : '\n'); }); d.w('].\n'); },
  nix(g, d, secs) { d.w('{ config, pkgs, ... }:\n{\n'); for (const s of secs) { d.w(`  services.${s.name} = {\n`); for (const e of s.es) { if (e.pem) d.w("    ", e.k.replace(/[^A-Za-z0-9_]/g, '_'), " = ''\n      ", indentPem(g, e, '      '), "\n    '';\n"); else d.w('    ', e.k.replace(/[^A-Za-z0-9_]/g, '_'), ' = ', e.raw ? e.v : ['"', e.v, '"'], ';\n'); } d.w('  };\n'); } d.w('}\n'); },
  plist(g, d, secs) { d.w('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'); for (const s of secs) { d.w(`\t<key>${s.name}</key>\n\t<dict>\n`); for (const e of s.es) { if (e.pem) continue; d.w(`\t\t<key>${e.k}</key>\n\t\t`, e.raw ? (/^(true|false)$/.test(e.v) ? `<${e.v}/>` : ['<integer>', e.v, '</integer>']) : ['<string>', e.v, '</string>'], '\n'); } d.w('\t</dict>\n'); } d.w('</dict>\n</plist>\n'); },
  hocon(g, d, secs) { for (const s of secs) { d.w(`${s.name} {\n`); for (const e of s.es) { if (e.pem) continue; d.w('  ', e.k, g.r.pick([' = ', ': ']), e.raw ? e.v : ['"', e.v, '"'], '\n'); } d.w('}\n'); } },
  systemd(g, d, secs) { d.w('[Unit]\nDescription=', g.r.pick(APPS), ' worker\nAfter=network-online.target\n\n[Service]\n'); for (const s of secs) for (const e of s.es) { if (e.pem) continue; d.w('Environment="', e.k.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), '=', e.v, '"\n'); } d.w('ExecStart=/usr/local/bin/', g.r.pick(APPS), '\nRestart=on-failure\n'); },
  edn(g, d, secs) { d.w('{'); secs.forEach((s, i) => { d.w(i ? '\n ' : '', `:${s.name} {`); s.es.filter((e) => !e.pem).forEach((e, j) => d.w(j ? '\n   ' : '', ':', e.k.replace(/[^A-Za-z0-9_-]/g, '-').toLowerCase(), ' ', e.raw ? e.v : ['"', e.v, '"'])); d.w('}'); }); d.w('}\n'); },
  apache(g, d, secs) { for (const s of secs) { d.w(`<${s.name[0].toUpperCase() + s.name.slice(1)}>\n`); for (const e of s.es) { if (e.pem) continue; d.w('    ', e.k.replace(/(^|_)(\w)/g, (_, a, c) => c.toUpperCase()), ' ', e.raw ? e.v : ['"', e.v, '"'], '\n'); } d.w(`</${s.name[0].toUpperCase() + s.name.slice(1)}>\n`); } },
};
const FORMAT_LANG = { ini: 'INI', toml: 'TOML', yaml: 'YAML', properties: 'Java properties', json: 'JSON', xml: 'XML', hcl: 'HCL', nginxish: 'nginx conf', lua: 'Lua', php: 'PHP', elixir: 'Elixir', erlang: 'Erlang', nix: 'Nix', plist: 'plist', hocon: 'HOCON', systemd: 'systemd unit', edn: 'Clojure EDN', apache: 'Apache conf' };
const FILE = { ini: ['app.ini', 'settings.cfg', 'php.ini', 'my.cnf', 'odbc.ini'], toml: ['config.toml', 'Settings.toml', 'netlify.toml', 'pyproject.toml'], yaml: ['application.yml', 'config.yaml', 'values-prod.yaml', 'settings.yml'],
  properties: ['application.properties', 'gradle.properties', 'local.properties'], json: ['appsettings.json', 'config.json', 'secrets.json', 'local.settings.json'], xml: ['web.config', 'settings.xml', 'App.config'],
  hcl: ['vault.hcl', 'nomad.hcl', 'main.tf'], nginxish: ['relay.conf', 'upstream.conf'], lua: ['config.lua', 'init.lua'], php: ['config.php', 'database.php'], elixir: ['runtime.exs', 'prod.secret.exs'], erlang: ['sys.config', 'app.config'],
  nix: ['configuration.nix', 'secrets.nix'], plist: ['Info.plist', 'Config.plist'], hocon: ['application.conf', 'reference.conf'], systemd: ['worker.service'], edn: ['config.edn', 'secrets.edn'], apache: ['vhost.conf', 'proxy.conf'] };

export function config_file(g, d) {
  const r = g.r; const fmt = r.pick(Object.keys(RENDER));
  g.meta.formats.add(FORMAT_LANG[fmt]);
  const style = r.pick(['snake', 'snake', 'camel', 'raw']);
  const pem = ['yaml', 'toml', 'json', 'hcl', 'xml', 'lua', 'nix'].includes(fmt) && r.chance(0.35);
  const secs = Array.from({ length: r.range(2, 4) }, () => ({ name: r.pick(['database', 'cache', 'mail', 'auth', 'payments', 'storage', 'telemetry', 'queue', 'vendor', 'sso', 'relay', 'backup', 'push', 'search']), es: entries(g, r.range(3, 7), { style, pem }) }));
  if (r.chance(0.5)) d.w({ ini: '; ', toml: '# ', yaml: '# ', properties: '# ', hcl: '# ', nginxish: '# ', lua: '-- ', php: '', elixir: '# ', erlang: '%% ', nix: '# ', hocon: '# ', systemd: '# ', edn: ';; ', apache: '# ' }[fmt] ?? '', fmt === 'php' || fmt === 'json' || fmt === 'xml' || fmt === 'plist' ? '' : [r.pick(FILE[fmt]), ' — ', r.pick([['managed by hand'], ['do not commit'], ['prod'], ['generated ', g.look('date')], ['last edited by ', PN(g.person())]]), '\n']);
  RENDER[fmt](g, d, secs);
}

export function dotenv(g, d) {
  const r = g.r; const n = r.range(8, 22); const ex = r.chance(0.3) ? 'export ' : '';
  if (r.chance(0.5)) d.w('# ', r.pick(['.env.production', '.env.local', 'env for ', 'copied from the old box']), r.chance(0.4) ? [' — ', PN(g.person()), ' ', g.look('date')] : '', '\n');
  for (let i = 0; i < n; i++) {
    const x = r.int(10);
    if (x < 6) { const ent = r.pick(NON_PEM); const k = keyFor(g, ent, 'env'); const q = r.pick(['', '', '"', "'"]); d.w(ex, k, '=', q, g.S(ent.e), q, '\n'); }
    else if (x === 6) { const [v, sch, e, port] = r.pick([['DATABASE_URL', 'postgres', 'DATABASE_PASSWORD', 5432], ['REDIS_URL', 'redis', 'REDIS_PASSWORD', 6379], ['AMQP_URL', 'amqp', 'RABBITMQ_PASSWORD', 5672], ['MONGO_URL', 'mongodb', 'MONGODB_PASSWORD', 27017]]);
      d.w(ex, v, '=', sch, '://', r.pick(USERS), ':', S(e, urlSafePassword(r)), '@', g.look('hostname'), ':', String(port), '/', r.pick(['app', 'prod', '0']), '\n'); }
    else if (x === 7) d.w(ex, r.pick(['APP_VERSION', 'RELEASE']), '=', g.look('version'), '\n');
    else if (x === 8) d.w(ex, r.pick(['SECRET', 'TOKEN', 'PASS']), '_', r.pick(['TEMPLATE', 'EXAMPLE', 'SAMPLE']), '=', g.look(r.pick(['placeholder', 'env_reference'])), '\n');
    else d.w(ex, r.pick(['ADMIN_EMAIL', 'ALERT_EMAIL', 'REPLY_TO']), '=', EM(g, g.person()), '\n');
  }
}

export function k8s_manifest(g, d) {
  const r = g.r; const ns = r.pick(['default', 'payments', 'ops', 'data', 'edge']); const nm = r.pick(APPS);
  const kind = r.int(3);
  if (kind === 0) {
    d.w('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', nm, '-creds\n  namespace: ', ns, '\n  resourceVersion: "', g.look('k8s_resource_version'), '"\n  uid: ', g.look('uuid'), '\ntype: Opaque\ndata:\n');
    for (let i = 0; i < r.range(2, 6); i++) d.w('  ', r.pick(['password', 'api-key', 'token', 'db-pass', 'smtp-password', 'client-secret', 'webhook']), i ? String(i) : '', ': ', g.S('KUBERNETES_SECRET_DATA'), '\n');
    if (r.chance(0.6)) { d.w('stringData:\n'); for (let i = 0; i < r.range(1, 3); i++) { const ent = r.pick(NON_PEM); d.w('  ', keyFor(g, ent, 'snake').replace(/_/g, '-'), ': "', g.S(ent.e), '"\n'); } }
    if (r.chance(0.4)) { const ent = r.pick(PEMS); d.w('  tls.key: |\n    ', S(ent.e, g.secret(ent.e).split('\n').join('\n    ')), '\n'); }
  } else if (kind === 1) {
    d.w('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ', nm, '\n  annotations:\n    deployment.kubernetes.io/revision: "', String(r.range(1, 40)), '"\n    owner: ', EM(g, g.person(), 'corp.example'), '\nspec:\n  replicas: ', String(r.range(1, 6)), '\n  template:\n    spec:\n      containers:\n        - name: ', nm, '\n          image: registry.corp.example/', nm, '@', g.look('digest'), '\n          env:\n');
    for (let i = 0; i < r.range(3, 8); i++) { const x = r.int(4); if (x < 2) { const ent = r.pick(NON_PEM); d.w('            - name: ', keyFor(g, ent, 'env'), '\n              value: "', g.S(ent.e), '"\n'); } else if (x === 2) d.w('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: ', nm, '-creds, key: password}\n'); else d.w('            - name: BUILD\n              value: "', g.look('build_number'), '"\n'); }
  } else {
    d.w('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ', L('certificate', Buffer.from(g.lookValue('certificate') + '\n').toString('base64')), '\n    server: https://', g.ipv4Private(), ':6443\n  name: ', nm, '\ncontexts:\n- context: {cluster: ', nm, ', user: ', nm, '-admin}\n  name: ', nm, '\nusers:\n- name: ', nm, '-admin\n  user:\n');
    if (r.chance(0.5)) d.w('    token: ', g.S('KUBERNETES_SERVICE_ACCOUNT_TOKEN'), '\n'); else d.w('    client-key-data: ', S('KUBECONFIG_CLIENT_KEY_DATA', Buffer.from(g.secret('EC_PRIVATE_KEY') + '\n').toString('base64')), '\n');
  }
}

export function ci_pipeline(g, d) {
  const r = g.r; const sys = r.int(3);
  if (sys === 0) {
    d.w('name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      NODE_VERSION: "', g.look('version'), '"\n      TOKEN: ', g.look('env_reference'), '\n');
    for (let i = 0; i < r.range(2, 5); i++) { const ent = r.pick(NON_PEM); d.w('      ', keyFor(g, ent, 'env'), ': ', g.S(ent.e), '   # TODO move to secrets\n'); }
    d.w('    steps:\n      - uses: actions/checkout@', g.look('git_sha'), '\n      - run: curl -fsS -H "Authorization: Bearer ', g.S(r.pick(['BEARER_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'VAULT_TOKEN'])), '" https://deploy.corp.example/hook\n');
  } else if (sys === 1) {
    d.w('stages: [test, deploy]\nvariables:\n');
    for (let i = 0; i < r.range(3, 6); i++) { const ent = r.pick(NON_PEM); d.w('  ', keyFor(g, ent, 'env'), ': "', g.S(ent.e), '"\n'); }
    d.w('deploy:\n  stage: deploy\n  script:\n    - echo "', g.S('GITLAB_RUNNER_TOKEN'), '" > /tmp/t\n    - ./deploy.sh --release ', g.look('version'), '\n  only: [tags]\n');
  } else {
    d.w('pipeline {\n  agent any\n  environment {\n');
    for (let i = 0; i < r.range(2, 5); i++) { const ent = r.pick(NON_PEM); d.w("    ", keyFor(g, ent, 'env'), " = '", g.S(ent.e), "'\n"); }
    d.w("  }\n  stages {\n    stage('Deploy') {\n      steps {\n        sh 'sshpass -p ", g.S('SSH_PASSWORD'), " ssh deploy@", g.look('hostname'), " ./restart.sh'\n      }\n    }\n  }\n  post { failure { mail to: '", EM(g, g.person(), 'corp.example'), "', subject: 'Build ", g.look('build_number'), " failed' } }\n}\n");
  }
}

export function docker_compose(g, d) {
  const r = g.r; d.w(r.chance(0.5) ? "version: '3.8'\n" : '', 'services:\n');
  const svcs = r.pickN(['db', 'cache', 'queue', 'app', 'grafana', 'minio', 'keycloak', 'mailhog', 'search'], r.range(2, 4));
  for (const s of svcs) {
    const img = { db: 'postgres:16', cache: 'redis:7-alpine', queue: 'rabbitmq:3-management', app: `registry.corp.example/${r.pick(APPS)}:${g.lookValue('version').replace(/[^0-9.]/g, '') || '1.0.0'}`, grafana: 'grafana/grafana-oss', minio: 'minio/minio', keycloak: 'keycloak/keycloak:24.0', mailhog: 'mailhog/mailhog', search: 'opensearchproject/opensearch:2' }[s];
    d.w('  ', s, ':\n    image: ', img, '\n    environment:\n');
    const envs = { db: [['POSTGRES_PASSWORD', 'DATABASE_PASSWORD']], cache: [['REDIS_PASSWORD', 'REDIS_PASSWORD']], queue: [['RABBITMQ_DEFAULT_PASS', 'RABBITMQ_PASSWORD']], grafana: [['GF_SECURITY_ADMIN_PASSWORD', 'ADMIN_PASSWORD']], minio: [['MINIO_ROOT_PASSWORD', 'MINIO_SECRET_KEY']], keycloak: [['KEYCLOAK_ADMIN_PASSWORD', 'ADMIN_PASSWORD']], search: [['OPENSEARCH_INITIAL_ADMIN_PASSWORD', 'ADMIN_PASSWORD']], mailhog: [], app: [['SESSION_SECRET', 'SESSION_SECRET'], ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY'], ['SENTRY_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN']] }[s];
    const list = r.chance(0.5);
    for (const [k, e] of envs) d.w('      ', list ? '- ' : '', k, list ? '=' : ': ', g.S(e), '\n');
    if (r.chance(0.4)) d.w('      ', list ? '- ' : '', 'TZ', list ? '=' : ': ', r.pick(['Europe/Berlin', 'UTC', 'Asia/Tokyo']), '\n');
    if (s === 'app' && r.chance(0.5)) d.w('    command: ["--admin-email", "', EM(g, g.person()), '"]\n');
    d.w('    ports: ["', String(r.range(3000, 9999)), ':', String(r.range(80, 9999)), '"]\n');
  }
}

export function terraform(g, d) {
  const r = g.r;
  if (r.chance(0.5)) {
    d.w('# terraform.tfvars\n');
    for (let i = 0; i < r.range(6, 14); i++) { const x = r.int(5); if (x < 3) { const ent = r.pick(NON_PEM); d.w(keyFor(g, ent, 'snake'), ' = "', g.S(ent.e), '"\n'); } else if (x === 3) d.w('region = "', r.pick(['eu-central-1', 'us-east-2', 'ap-northeast-1']), '"\n'); else d.w('admin_cidrs = ["', P('IP_ADDRESS', g.ipv4()), '/32"]\n'); }
  } else {
    d.w('{\n  "version": 4,\n  "terraform_version": "', g.look('version'), '",\n  "serial": ', String(r.range(1, 400)), ',\n  "lineage": "', g.look('uuid'), '",\n  "resources": [\n');
    const n = r.range(1, 3);
    for (let i = 0; i < n; i++) {
      d.w('    {\n      "type": "', r.pick(['aws_iam_access_key', 'random_password', 'aws_db_instance', 'tls_private_key']), '",\n      "name": "', r.pick(APPS), '",\n      "instances": [{\n        "attributes": {\n          "id": "', g.look(r.pick(['uuid', 'object_id'])), '",\n');
      const x = r.int(3);
      if (x === 0) d.w('          "id_key": "', g.S('AWS_ACCESS_KEY'), '",\n          "secret": "', g.S('AWS_SECRET_KEY'), '",\n          "ses_smtp_password_v4": "', g.S('SMTP_PASSWORD'), '"\n');
      else if (x === 1) d.w('          "result": "', g.S('DATABASE_PASSWORD'), '",\n          "bcrypt_hash": "', L('hash', '$2a$10$' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 53)), '"\n');
      else d.w('          "private_key_pem": "', S('RSA_PRIVATE_KEY', g.secret('RSA_PRIVATE_KEY').replace(/\n/g, '\\n')), '"\n');
      d.w('        }\n      }]\n    }', i < n - 1 ? ',\n' : '\n');
    }
    d.w('  ]\n}\n');
  }
}
