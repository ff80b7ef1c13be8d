// Shared helpers for the technical document kinds: key=value lines for secrets and for neutral / look-alike settings.
import { S, P, L } from './builder.mjs';
import { SECRET, caseKey } from './secrets.mjs';
import { ALNUM, LOWNUM, B64URL } from './prng.mjs';
import { AWS_EXAMPLE_KEYS } from './values.mjs';

export function secLine(X, d, style, o = {}) {
  const ent = o.entity || X.nextSecretKind();
  const span = X.sec(ent, o.value);
  const key = o.key || X.keyName(ent, style);
  d.w(X.kv(style, key, span, o)).t('\n');
  return ent;
}
const styleCase = (X, style) => ({ env: 'UPPER', docker: 'UPPER', bat: 'UPPER', yaml: X.pick(['snake', 'camel']), json: X.pick(['camel', 'snake']), toml: 'snake', ini: X.pick(['snake', 'dot']), hcl: 'snake',
  props: 'dot', xml: 'Pascal', ps: 'Pascal', reg: 'Pascal', cli: 'kebab', py: 'UPPER', js: 'camel', go: 'camel', java: 'camel', ruby: 'UPPER', php: 'snake', cs: 'Pascal', header: 'Title' }[style] || 'snake');
const FILLERS = [
  [['log', 'level'], () => 'info'], [['port'], () => '8080'], [['tz'], () => 'Europe/Berlin'], [['node', 'env'], () => 'production'], [['feature', 'new', 'checkout'], () => 'true'],
  [['max', 'connections'], () => '50'], [['cache', 'ttl'], () => '3600'], [['region'], () => 'eu-central-1'], [['locale'], () => 'de_DE.UTF-8'], [['retry', 'count'], () => '3'],
  [['build', 'sha'], (X) => X.L('git_sha')], [['image', 'digest'], (X) => X.L('digest')], [['app', 'version'], (X) => X.L('version')], [['db', 'host'], (X) => X.L('hostname')],
  [['api', 'key'], (X) => X.L('placeholder')], [['stripe', 'publishable', 'key'], (X) => L('public_key', 'pk_live_' + X.r.str(ALNUM, 24))], [['aws', 'access', 'key', 'id'], (X) => L('aws_example_key', X.pick(AWS_EXAMPLE_KEYS))],
  [['admin', 'password'], (X) => X.L('env_reference')], [['theme', 'color'], (X) => X.L('hex_color')], [['instance', 'id'], (X) => X.L('uuid')], [['trace', 'id'], (X) => X.L('request_id')],
  [['default', 'customer'], (X) => X.L('crm_id')], [['bundle', 'checksum'], (X) => X.L('hash')], [['allowed', 'cidr'], (X) => X.L('cidr')], [['deployed', 'at'], (X) => X.L('timestamp')],
  [['build', 'number'], (X) => X.L('build_number')], [['mapbox', 'public', 'token'], (X) => L('public_key', 'pk.' + Buffer.from(JSON.stringify({ u: 'familymaps', a: X.r.str(LOWNUM, 25) })).toString('base64url') + '.' + X.r.str(B64URL, 22))],
  [['smtp', 'password'], (X) => X.L('placeholder')], [['webhook', 'url'], () => 'https://hooks.home.example/in/' + 'x'.repeat(8)], [['office', 'location'], (X) => X.L('coordinates')], [['accent', 'color'], (X) => X.L('hex_color')], [['placeholder', 'image'], (X) => X.L('data_uri')],
];
export function fillerLine(X, d, style, o = {}) {
  const [words, f] = X.pick(FILLERS); const v = f(X);
  d.w(X.kv(style, caseKey(words, styleCase(X, style)), v, { ...o, quote: typeof v === 'string' && /^[0-9]+$|^true$/.test(v) ? '' : o.quote })).t('\n');
}
export function block(X, d, style, n, o = {}) {
  for (let i = 0; i < n && d.len < X.budget; i++) { if (X.chance(0.62)) secLine(X, d, style, o); else fillerLine(X, d, style, o); }
}
export function comment(X, d, mark, lang = 'en') {
  const p = X.person();
  const t = X.pick([
    () => [mark, ' maintained by ', X.pname(p), ' <', X.email(p), '>'],
    () => [mark, ' TODO(', X.email(p), '): rotate before ', X.date('en')],
    () => [mark, ' last changed ', X.ts(), ' by ', X.pname(p)],
    () => [mark, ' ask ', X.pgiven(p), ' (', X.phone(), ') before touching prod'],
    () => [mark, ' ticket ', X.L('case_number'), ' – ', X.pname(p)],
    () => [mark, ' generated ', X.L('timestamp'), ' from ', X.L('git_sha')],
    () => [mark, ' DO NOT COMMIT'],
  ])();
  d.w(...t).t('\n');
}
export const pemIndent = (pem, ind) => pem.split('\n').map((l, i) => (i ? ind + l : l)).join('\n');
export const pemEscape = (pem) => pem.replace(/\n/g, '\\n');
