// Configuration-file document kinds, written through the syntax serialisers.
import { render, keyStyle, restyle, SYNTAXES } from './configfmt.mjs';
import { connUrl, connString, themedEnts } from './ctx.mjs';
import { SECRET_KINDS, styleKey } from './secrets.mjs';
import { L } from './lookalikes.mjs';
import * as P from './pii.mjs';
import { look } from './builder.mjs';

const SETTINGS = [
  ['port', (r) => String(r.pick([80, 443, 3000, 5000, 8080, 8443, 9000]))], ['debug', (r) => r.pick(['true', 'false'])], ['log level', (r) => r.pick(['info', 'debug', 'warn', 'INFO'])],
  ['timeout seconds', (r) => String(r.int(5, 120))], ['region', (r) => r.pick(['eu-west-1', 'us-east-2', 'ap-southeast-2', 'westeurope', 'europe-west3'])], ['workers', (r) => String(r.int(1, 32))],
  ['feature new checkout', (r) => r.pick(['true', 'false'])], ['base url', (r, c) => `https://${r.pick(['app', 'portal', 'shop', 'api'])}.${c.domain()}`], ['cache ttl', (r) => String(r.int(30, 86400))],
  ['max upload mb', (r) => String(r.int(5, 500))], ['environment', (r) => r.pick(['production', 'staging', 'dev', 'prod-eu'])], ['bucket', (r) => `${r.pick(['assets', 'uploads', 'reports'])}-${r.lower(6)}`],
];
const LOOK_SETTINGS = [
  ['app version', (c) => L.version(c.r)], ['build', (c) => L.build_number(c.r)], ['release sha', (c) => L.git_sha(c.r, c.r.chance(0.4))], ['instance id', (c) => L.uuid(c.r)],
  ['theme color', (c) => L.hex_color(c.r)], ['cdn integrity', (c) => L.integrity(c.r)], ['image digest', (c) => L.digest(c.r)], ['public key', (c) => L.public_key(c.r, c.r.pick(['ssh-ed25519', 'stripe_pk', 'mapbox', 'wg', 'age']))],
  ['checksum', (c) => L.hash(c.r)], ['client id', (c) => L.oauth_client_id(c.r)], ['account id', (c) => L.aws_account_id(c.r)], ['role arn', (c) => L.arn(c.r)], ['allowed cidr', (c) => L.cidr(c.r)],
  ['last rotated', (c) => L.date(c.r)], ['host', (c) => L.hostname(c.r)], ['trace sample id', (c) => L.trace_id(c.r)], ['upstream etag', (c) => L.etag(c.r)], ['csp nonce', (c) => L.base64_blob(c.r)],
  ['tenant', (c) => L.ulid(c.r)], ['ssh host fingerprint', (c) => L.ssh_fingerprint(c.r)], ['signing key fingerprint', (c) => L.pgp_fingerprint(c.r)], ['ticket', (c) => L.ticket_ref(c.r)],
];
const REF_KEYS = ['db password', 'api key', 'smtp password', 'secret key', 'token', 'client secret', 'stripe key', 'aws secret access key', 'redis password', 'webhook secret'];

function webhookValue(c, ent) {
  const r = c.r;
  if (ent === 'SLACK_WEBHOOK_SECRET') return [`https://hooks.slack.${c.domain().split('.').pop() === 'test' ? 'test' : 'example'}/services/`, c.S(ent)];
  if (ent === 'DISCORD_WEBHOOK_TOKEN') return [`https://discord.example/api/webhooks/${r.digits(18)}/`, c.S(ent)];
  const se = L.timestamp(r, 'isoz');
  return [`https://${r.lower(10)}.blob.core.${c.domain()}/${r.pick(['exports', 'backups', 'media'])}?sv=`, look('date', `${r.int(2019, 2023)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`), `&ss=b&srt=co&sp=rl&se=`, se, '&spr=https&sig=', c.S('AZURE_SAS_SIGNATURE', 'pct')];
}

// a mixed list of config entries: secrets, URLs with credentials, settings, look-alikes, PII
export function configSections(c, syn, nSecrets) {
  const r = c.r, style = keyStyle(r, syn);
  const K = (w) => restyle(w, style);
  const ents = themedEnts(c, nSecrets);
  const names = r.chance(0.6) ? r.picks(['database', 'cache', 'mail', 'auth', 'payments', 'integrations', 'storage', 'monitoring', 'queue', 'ai'], r.int(2, 4)) : [null];
  const sections = names.map((n) => ({ name: n, entries: [] }));
  const used = new Set();
  const put = (e) => {
    let k = e.k;
    while (used.has(k)) k = restyle(r.pick(['second', 'alt', 'new', 'legacy', 'eu', 'us', 'fallback', 'v2']) + ' ' + e.k, style);
    used.add(k); e.k = k; r.pick(sections).entries.push(e);
  };
  const keyOf = (ent) => { const k = c.key(ent, style); return k || K('secret'); };
  for (const ent of ents) {
    const note = r.chance(0.12) ? r.pick(['rotate quarterly', 'TODO move to vault', 'do not share', 'prod only', 'expires soon', 'from the old setup']) : null;
    if (['SLACK_WEBHOOK_SECRET', 'DISCORD_WEBHOOK_TOKEN', 'AZURE_SAS_SIGNATURE'].includes(ent)) { put({ k: K(ent.split('_')[0].toLowerCase() + ' url'), v: webhookValue(c, ent), note }); continue; }
    if (SECRET_KINDS[ent].password && r.chance(0.3)) { put({ k: keyOf(ent), v: c.pw(ent, { safe: syn !== 'env' || r.chance(0.5) }), note }); continue; }
    put({ k: keyOf(ent), v: c.S(ent), note });
  }
  // extra: connection URLs / strings / webhooks / PEM
  if (r.chance(0.6)) put({ k: K(r.pick(['database url', 'db url', 'dsn', 'broker url', 'cache url', 'upstream', 'mirror url', 'connection'])), v: connUrl(c) });
  if (r.chance(0.25)) put({ k: K(r.pick(['connection string', 'default connection', 'storage connection'])), v: connString(c) });
  if (r.chance(0.2)) { const ent = c.pick(['SLACK_WEBHOOK_SECRET', 'DISCORD_WEBHOOK_TOKEN', 'AZURE_SAS_SIGNATURE']); put({ k: K(ent.split('_')[0].toLowerCase() + ' webhook'), v: webhookValue(c, ent) }); }
  if (r.chance(0.12)) { const ent = c.pick(['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY']); put({ k: K(r.pick(['tls key', 'signing key', 'private key', 'jwt private key'])), v: c.S(ent) }); }
  // settings and look-alikes
  for (let i = r.int(2, 5); i > 0; i--) { const [k, g] = r.pick(SETTINGS); put({ k: K(k), v: g(r, c) }); }
  for (let i = r.int(2, 5); i > 0; i--) { const [k, g] = r.pick(LOOK_SETTINGS); put({ k: K(k), v: g(c) }); }
  // the hard negatives: secret-looking keys whose value is a reference, a placeholder or AWS's documented example
  for (let i = r.int(1, 3); i > 0; i--) {
    const k = K(r.pick(REF_KEYS));
    const v = r.weighted([[4, () => L.env_reference(r, k.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), r.pick(['${}', '${:-}', '%%', '{{}}', '$']))], [3, () => L.placeholder(r)], [1, () => L.secret_reference(r)], [1, () => L.aws_example_key(r, r.pick(['id', 'secret']))]])();
    put({ k, v });
  }
  // PII: owners, contacts
  if (r.chance(0.7)) { const info = c.info(); put({ k: K(r.pick(['admin email', 'owner', 'contact', 'alert email', 'maintainer'])), v: r.chance(0.5) ? P.emailFor(r, info) : [P.personVal(info), ' <', P.emailFor(r, info), '>'] }); }
  if (r.chance(0.4)) put({ k: K(r.pick(['oncall phone', 'support phone', 'sms alert to'])), v: c.phone() });
  if (r.chance(0.3)) put({ k: K(r.pick(['office', 'datacenter city', 'site'])), v: c.city() });
  if (r.chance(0.35)) { const e = sections[0].entries; if (e.length) e[0].note = flatNote(c); }
  for (const s of sections) r.shuffle(s.entries);
  return sections.filter((s) => s.entries.length);
}
function flatNote(c) { return c.passing(); }

const FILE_FOR = { env: ['.env', '.env.production', 'deploy/.env.staging', 'app.env'], yaml: ['config/production.yml', 'values-prod.yaml', 'settings.yaml', 'application.yml'],
  ruby_yaml_erb: ['config/database.yml', 'config/storage.yml'], json: ['appsettings.Production.json', 'config/default.json', 'secrets.json'], jsonc: ['.vscode/settings.json', 'tsconfig.local.jsonc'],
  toml: ['config.toml', 'settings.toml', 'netlify.toml', 'app.toml'], ini: ['config.ini', 'my.cnf', 'rclone.conf', 'odbc.ini', 'php.ini'], conf: ['redis.conf', 'service.conf', 'agent.conf'],
  xml: ['config.xml', 'settings.xml', 'context.xml'], xml_attr: ['Web.config', 'App.config'], plist: ['com.fabrikam.agent.plist'], properties: ['application.properties', 'gradle.properties', 'jdbc.properties'],
  hcl: ['terraform.tfvars', 'vault.hcl', 'nomad-job.hcl'], hocon: ['application.conf', 'reference.conf'], cue: ['config.cue'], nix: ['secrets.nix', 'configuration.nix'],
  php_array: ['config/services.php', 'config/database.php'], php_define: ['wp-config.php'], python: ['settings/production.py', 'local_settings.py'], lua: ['config.lua'], edn: ['config.edn'],
  psd1: ['Deploy.Settings.psd1'], reg: ['export.reg'], dockerfile: ['Dockerfile'], makefile: ['Makefile'], systemd: ['/etc/systemd/system/worker.service'] };
const COMMENT = { env: '#', yaml: '#', ruby_yaml_erb: '#', toml: '#', ini: ';', conf: '#', properties: '#', hcl: '#', hocon: '#', python: '#', dockerfile: '#', makefile: '#', systemd: '#', nix: '#', cue: '//', lua: '--', edn: ';;', psd1: '#', reg: ';', php_array: '//', php_define: '//', jsonc: '//' };

function configDoc(c, syntaxes, n) {
  const r = c.r, d = c.d; const syn = r.pick(syntaxes);
  c.tag('config_syntax', syn);
  const file = r.pick(FILE_FOR[syn]);
  const head = r.int(0, 3);
  if (head === 1) d.add(`$ cat ${file}\n`);
  else if (head === 2 && COMMENT[syn] && !['php_array', 'php_define'].includes(syn)) {
    d.add(`${COMMENT[syn]} ${file} — ${r.pick(['generated', 'managed by ansible', 'edited by hand', 'copied from prod'])} `, L.date(r), '\n');
  } else if (head === 3) d.add(`==> ${file} <==\n`);
  if (syn === 'ruby_yaml_erb') d.add(`default: &default\n  adapter: postgresql\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n\n`);
  d.add(render(r, syn, configSections(c, syn, n), { comment: COMMENT[syn] || '#' }));
  if (r.chance(0.2) && COMMENT[syn] && !['php_array', 'php_define', 'xml', 'xml_attr', 'plist', 'json'].includes(syn)) d.add(`${COMMENT[syn]} `, c.passing(), '\n');
}

export const CONFIG_KINDS = {
  env_file: (c, n) => configDoc(c, ['env'], n),
  yaml_config: (c, n) => configDoc(c, ['yaml', 'ruby_yaml_erb', 'yaml'], n),
  json_config: (c, n) => configDoc(c, ['json', 'jsonc', 'json'], n),
  toml_config: (c, n) => configDoc(c, ['toml'], n),
  ini_config: (c, n) => configDoc(c, ['ini', 'conf'], n),
  xml_config: (c, n) => configDoc(c, ['xml', 'xml_attr', 'plist'], n),
  properties_file: (c, n) => configDoc(c, ['properties'], n),
  hcl_config: (c, n) => configDoc(c, ['hcl', 'hocon', 'cue', 'nix'], n),
  code_config: (c, n) => configDoc(c, ['php_array', 'php_define', 'python', 'lua', 'edn', 'psd1', 'reg'], n),
  build_env: (c, n) => configDoc(c, ['dockerfile', 'makefile', 'systemd'], n),
};
export { SYNTAXES };
