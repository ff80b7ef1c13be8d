// Look-alike generators: values that resemble secrets or PII and must come through unchanged.
import { look } from './builder.mjs';
import { B64, B32 } from './prng.mjs';
import { luhnDigit, ibanMake, mod97, nhsCheck, deaCheck, IBAN_LEN } from './checksums.mjs';
import * as D from './der.mjs';
import { cardDigits, fmtCard, bban, fmtIban, BBAN } from './pii.mjs';
import { uuid4 } from './secrets.mjs';

const crock = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pad2 = (n) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function moment(r) { // a random instant in 2023-2025
  const t = Date.UTC(2023, 0, 1) + Math.floor(r.float() * 3 * 365 * 86400000);
  return new Date(t);
}
export const L = {
  git_sha: (r, short) => look('git_sha', r.hex(short ? r.pick([7, 8, 10, 12]) : 40)),
  uuid: (r, style) => { let u = uuid4(r); if (r.chance(0.1)) u = u.replace(/^(.{14})4/, '$11'); if (style === 'upper' || (style === undefined && r.chance(0.12))) u = u.toUpperCase(); return look('uuid', u); },
  digest: (r) => look('digest', 'sha256:' + r.hex(64)),
  integrity: (r, kind) => {
    kind = kind || r.pick(['sha512', 'sha512', 'sha384', 'sha256', 'h1']);
    if (kind === 'h1') return look('integrity', 'h1:' + r.bytes(32).toString('base64'));
    return look('integrity', `${kind}-${r.bytes(kind === 'sha512' ? 64 : kind === 'sha384' ? 48 : 32).toString('base64')}`);
  },
  hash: (r, bits) => look('hash', r.hex((bits || r.pick([128, 160, 256, 256, 512])) / 4)),
  certificate: (r, cn) => {
    const y = r.int(2023, 2025), nb = `${String(y).slice(2)}${pad2(r.int(1, 12))}${pad2(r.int(1, 28))}000000Z`, na = `${String(y + r.pick([1, 2, 10])).slice(2)}0101000000Z`;
    return look('certificate', D.pem('CERTIFICATE', D.certificateDer(r, cn || r.pick(['api.corp.example', 'Internal Root CA', '*.svc.fabrikam.test', 'vpn-gw.test']), 'Internal Issuing CA 2', nb, na)));
  },
  public_key: (r, kind) => {
    kind = kind || r.pick(['ssh-ed25519', 'ssh-rsa', 'ecdsa', 'pem', 'stripe_pk', 'mapbox', 'wg', 'age']);
    switch (kind) {
      case 'ssh-ed25519': return look('public_key', `ssh-ed25519 ${D.sshEd25519Pub(r).toString('base64')}`);
      case 'ssh-rsa': return look('public_key', `ssh-rsa ${D.sshRsaPub(r, 3072).toString('base64')}`);
      case 'ecdsa': return look('public_key', `ecdsa-sha2-nistp256 ${D.sshEcdsaPub(r).toString('base64')}`);
      case 'pem': return look('public_key', D.pem('PUBLIC KEY', r.chance(0.5) ? D.spkiEd25519Der(r) : D.spkiRsaDer(r, 2048)));
      case 'stripe_pk': return look('public_key', 'pk_live_51' + r.alnum(97));
      case 'mapbox': return look('public_key', 'pk.' + Buffer.from(JSON.stringify({ u: r.lower(8), a: r.alnum(25) })).toString('base64url') + '.' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22));
      case 'wg': return look('public_key', r.bytes(32).toString('base64'));
      default: return look('public_key', 'age1' + r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58));
    }
  },
  placeholder: (r, hint) => look('placeholder', r.pick(hint ? [hint] : ['changeme', '<your-token>', 'xxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', '[REDACTED]', '<password>', 'REPLACE_ME', 'dummy-secret',
    'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', '<redacted>', 'TODO-set-me', 'insert-key-here', '●●●●●●●●', 'your_password', '***', 'xoxb-your-bot-token', '<PASTE_TOKEN>', 'n/a (see vault)', 'secret', 'password'])),
  aws_example_key: (r, which) => look('aws_example_key', which === 'secret' ? r.pick(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']) : r.pick(['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'])),
  env_reference: (r, name, style) => {
    name = name || r.pick(['DB_PASSWORD', 'API_KEY', 'STRIPE_SECRET', 'GH_TOKEN', 'SMTP_PASS', 'REDIS_URL', 'JWT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'SENTRY_DSN', 'VAULT_TOKEN']);
    style = style || r.pick(['${}', '$', '${{}}', '%%', 'env:', '{{}}', '${:-}', 'process', 'getenv']);
    const v = { '${}': `\${${name}}`, $: `$${name}`, '${{}}': `\${{ secrets.${name} }}`, '%%': `%${name}%`, 'env:': `$env:${name}`, '{{}}': `{{ .Values.${name.toLowerCase()} }}`,
      '${:-}': `\${${name}:-}`, process: `process.env.${name}`, getenv: `os.getenv("${name}")` }[style];
    return look('env_reference', v);
  },
  secret_reference: (r) => look('secret_reference', r.pick([
    `vault:secret/data/${r.pick(['payments', 'app', 'ci'])}#${r.pick(['password', 'api_key', 'token'])}`, `op://Infra/${r.pick(['postgres-prod', 'smtp', 'stripe'])}/password`,
    `projects/${r.lower(6)}-${r.digits(4)}/secrets/${r.pick(['db-pass', 'api-key'])}/versions/latest`, `@Microsoft.KeyVault(SecretUri=https://kv-${r.lower(5)}.vault.example/secrets/${r.pick(['DbPassword', 'ApiKey'])}/)`,
    `ref+sops://secrets/prod.enc.yaml#/db/password`, `sm://${r.pick(['prod', 'stage'])}/${r.pick(['mysql', 'redis'])}/password`])),
  order_number: (r) => look('order_number', r.pick([`ORD-${r.int(2023, 2025)}-${r.digits(7)}`, `#${r.int(100000, 999999)}`, `PO-${r.digits(5)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`, `Bestellung ${r.digits(9)}`.split(' ')[1]])),
  tracking_number: (r) => look('tracking_number', r.pick([`1Z${r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 6)}${r.digits(10)}`, r.digits(12), `9400${r.digits(18)}`, r.digits(10), `${r.upper(2)}${r.digits(9)}${r.pick(['GB', 'DE', 'FR', 'NL', 'CN'])}`, `JJD${r.digits(18)}`])),
  invoice_number: (r) => look('invoice_number', r.pick([`INV-${r.int(2023, 2025)}-${r.digits(5)}`, `RE-${r.int(23, 25)}-${r.digits(4)}`, `FA${r.int(2023, 2025)}/${r.digits(4)}`, `F-${r.digits(6)}`, `${r.upper(3)}${r.digits(8)}`])),
  version: (r, kind) => look('version', kind === 'semver' ? `${r.int(0, 5)}.${r.int(0, 30)}.${r.int(0, 20)}` : r.pick([`${r.int(0, 5)}.${r.int(0, 30)}.${r.int(0, 20)}`, `v${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 12)}`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`, `${r.int(11, 21)}.0.${r.int(1, 9)}+${r.int(1, 12)}`])),
  semver_range: (r) => look('semver_range', r.pick([`^${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `~${r.int(0, 5)}.${r.int(0, 9)}.${r.int(0, 9)}`, `>=${r.int(1, 3)}.${r.int(0, 9)},<${r.int(4, 6)}`, `~> ${r.int(1, 7)}.${r.int(0, 9)}`])),
  build_number: (r) => look('build_number', r.pick([String(r.int(100, 99999)), `#${r.int(100, 9999)}`, `${r.int(2023, 2025)}${pad2(r.int(1, 12))}${pad2(r.int(1, 28))}.${r.int(1, 30)}`])),
  date: (r, lang) => {
    const d = moment(r), Y = d.getUTCFullYear(), M = d.getUTCMonth() + 1, Dd = d.getUTCDate();
    const loc = { de: `${pad2(Dd)}.${pad2(M)}.${Y}`, fr: `${pad2(Dd)}/${pad2(M)}/${Y}`, ja: `${Y}年${M}月${Dd}日`, zh: `${Y}年${M}月${Dd}日`, ko: `${Y}. ${M}. ${Dd}.`, en: `${MONTHS[M - 1]} ${Dd}, ${Y}`, us: `${pad2(M)}/${pad2(Dd)}/${Y}`, es: `${Dd}/${M}/${Y}`, pl: `${pad2(Dd)}.${pad2(M)}.${Y}`, ru: `${pad2(Dd)}.${pad2(M)}.${Y}` };
    return look('date', lang && loc[lang] && r.chance(0.7) ? loc[lang] : r.pick([`${Y}-${pad2(M)}-${pad2(Dd)}`, `${Dd} ${MONTHS[M - 1]} ${Y}`, loc.us, loc.de]));
  },
  timestamp: (r, style, at) => {
    const d = at || moment(r); const iso = d.toISOString();
    style = style || r.pick(['iso', 'isoz', 'space', 'syslog', 'clf', 'epoch', 'epochms', 'rfc2822']);
    const hh = pad2(d.getUTCHours()), mm = pad2(d.getUTCMinutes()), ss = pad2(d.getUTCSeconds());
    const v = { iso: iso.replace('Z', r.pick(['Z', '+00:00', '+02:00'])), isoz: iso.slice(0, 19) + 'Z', space: iso.slice(0, 19).replace('T', ' ') + (r.chance(0.5) ? ',' + String(d.getUTCMilliseconds()).padStart(3, '0') : ''),
      syslog: `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hh}:${mm}:${ss}`, clf: `${pad2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hh}:${mm}:${ss} +0000`,
      epoch: String(Math.floor(d.getTime() / 1000)), epochms: String(d.getTime()), rfc2822: `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}:${mm}:${ss} +0000` }[style];
    return look('timestamp', v);
  },
  price: (r) => { const a = r.int(1, 4999), c = pad2(r.int(0, 99)); return look('price', r.pick([`$${a}.${c}`, `€${a},${c}`, `${a},${c} €`, `£${a}.${c}`, `¥${a * 100}`, `CHF ${a}.${c}`, `${a},${c} zł`, `R$ ${a},${c}`, `₹${a},${r.digits(3)}`, `${a}.${c} USD`, `₺${a},${c}`])); },
  coordinates: (r) => { const la = (r.float() * 140 - 60).toFixed(r.pick([4, 5, 6])), lo = (r.float() * 340 - 170).toFixed(r.pick([4, 5, 6])); return look('coordinates', r.chance(0.7) ? `${la}, ${lo}` : `${la},${lo}`); },
  isbn: (r) => { const b = '978' + r.pick(['3', '0', '2', '84', '88', '4']) ; let s = b + r.digits(12 - b.length); let t = 0; for (let i = 0; i < 12; i++) t += +s[i] * (i % 2 ? 3 : 1); s += (10 - (t % 10)) % 10; return look('isbn', `${s.slice(0, 3)}-${s.slice(3, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`); },
  hex_color: (r) => look('hex_color', '#' + (r.chance(0.2) ? r.hex(3) : r.chance(0.5) ? r.hex(6) : r.HEX(6))),
  invalid_card: (r) => { const { d } = cardDigits(r); const bad = d.slice(0, -1) + String((+d.slice(-1) + r.int(1, 9)) % 10); return look('invalid_card', fmtCard(r, bad)); },
  invalid_iban: (r) => { const cc = r.pick(Object.keys(BBAN)); const good = ibanMake(cc, bban(r, cc)); let ck = (+good.slice(2, 4) + r.int(1, 9)) % 100; if (ck < 2) ck += 2; const bad = good.slice(0, 2) + String(ck).padStart(2, '0') + good.slice(4); return look('invalid_iban', fmtIban(bad, r.chance(0.5))); },
  invalid_ssn: (r) => {
    const m = r.int(0, 4), area = () => { let a; do { a = r.int(1, 899); } while (a === 666); return String(a).padStart(3, '0'); };
    const grp = () => pad2(r.int(1, 99)), ser = () => String(r.int(1, 9999)).padStart(4, '0');
    const p = m === 0 ? ['000', grp(), ser()] : m === 1 ? ['666', grp(), ser()] : m === 2 ? ['9' + r.digits(2), pad2(r.pick([r.int(0, 49), r.int(66, 69), 89, 93])), ser()] : m === 3 ? [area(), '00', ser()] : [area(), grp(), '0000'];
    return look('invalid_ssn', p.join(r.chance(0.85) ? '-' : ' '));
  },
  invalid_nhs: (r) => { for (;;) { const nine = r.pick(['4', '6', '7']) + r.digits(8); const c = nhsCheck(nine); const bad = c === 10 ? r.int(0, 9) : (c + r.int(1, 9)) % 10; if (c !== 10 && bad === c) continue; const d = nine + bad; return look('invalid_nhs', `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`); } },
  invalid_dea: (r) => { const six = r.digits(6); return look('invalid_dea', r.pick('ABFGMPR') + r.upper(1) + six + ((deaCheck(six) + r.int(1, 9)) % 10)); },
  vendor_test_card: (r) => look('vendor_test_card', r.pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005', '6011 1111 1111 1117', '4000 0566 5566 5556', '5105105105105100', '4012888888881881', '3566 0020 2036 0505', '2223 0031 2200 3222'])),
  data_uri: (r) => { const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), r.bytes(r.int(30, 90))]); return look('data_uri', r.chance(0.7) ? 'data:image/png;base64,' + png.toString('base64') : 'data:font/woff2;base64,' + Buffer.concat([Buffer.from('wOF2'), r.bytes(r.int(30, 70))]).toString('base64')); },
  k8s_resource_version: (r) => look('k8s_resource_version', String(r.int(100000, 999999999))),
  request_id: (r) => look('request_id', r.pick([`req_${r.alnum(24)}`, r.hex(32), `Root=1-${r.hex(8)}-${r.hex(24)}`, `${r.hex(16)}-${r.pick(['FRA', 'AMS', 'NRT', 'GRU', 'IAD'])}`, `rid-${r.hex(12)}`, r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)])),
  trace_id: (r) => look('trace_id', r.chance(0.5) ? `00-${r.hex(32)}-${r.hex(16)}-01` : r.hex(32)),
  crm_id: (r) => {
    const k = r.int(0, 2);
    if (k === 0) { const b = r.pick(['001', '003', '006', '00Q', '500']) + r.pick(['5g', '7Q', '8d', '1t']) + '00000' + r.alnum(5); let suf = ''; for (let i = 0; i < 3; i++) { let bits = 0; for (let j = 0; j < 5; j++) if (/[A-Z]/.test(b[i * 5 + j])) bits |= 1 << j; suf += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'[bits]; } return look('crm_id', b + suf); }
    if (k === 1) return look('crm_id', `CUST-${r.digits(6)}`);
    return look('crm_id', `${r.pick(['C', 'L', 'A'])}${r.digits(9)}`);
  },
  api_object_id: (r) => look('api_object_id', r.pick([`cus_${r.alnum(14)}`, `pi_3${r.alnum(23)}`, `ch_3${r.alnum(23)}`, `sub_1${r.alnum(23)}`, `in_1${r.alnum(23)}`, `acct_1${r.alnum(15)}`, `evt_1${r.alnum(23)}`, `price_1${r.alnum(23)}`, `prod_${r.alnum(14)}`, `pm_1${r.alnum(23)}`])),
  hostname: (r) => look('hostname', r.pick([`${r.pick(['db', 'web', 'api', 'cache', 'mq', 'ldap', 'build', 'vpn', 'mail', 'backup'])}-${r.pick(['prod', 'stg', 'dev', 'eu', 'us'])}-${pad2(r.int(1, 30))}`,
    `${r.pick(['web', 'worker', 'api'])}-${r.hex(9)}-${r.lower(5)}`, `${r.pick(['build', 'node', 'ci', 'gpu'])}${pad2(r.int(1, 40))}.${r.pick(['ci', 'lab', 'dc1', 'infra'])}.${r.pick(['corp.example', 'fabrikam.test', 'intra.example'])}`,
    `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}`, `${r.pick(['nas', 'printer', 'fw', 'sw'])}${r.int(1, 9)}`])),
  mac_address: (r) => { const b = [...r.bytes(6)].map((x) => x.toString(16).padStart(2, '0')); b[0] = (parseInt(b[0], 16) & 0xfc).toString(16).padStart(2, '0'); return look('mac_address', r.chance(0.8) ? b.join(':') : b.join('-').toUpperCase()); },
  object_id: (r) => look('object_id', r.hex(24)),
  ulid: (r) => look('ulid', '01' + r.str('HJKM', 1) + r.str(crock, 23)),
  ssh_fingerprint: (r) => look('ssh_fingerprint', r.chance(0.8) ? 'SHA256:' + r.bytes(32).toString('base64').replace(/=+$/, '') : 'MD5:' + [...r.bytes(16)].map((x) => x.toString(16).padStart(2, '0')).join(':')),
  pgp_fingerprint: (r) => look('pgp_fingerprint', r.chance(0.6) ? r.HEX(40).replace(/(.{4})(?=.)/g, '$1 ') : r.HEX(40)),
  imei: (r) => { const b = r.pick(['86', '01', '99', '49']) + r.digits(12); return look('imei', b + luhnDigit(b)); },
  ean13: (r) => { const b = r.pick(['40', '50', '76', '80', '87', '45', '69']) + r.digits(10); let t = 0; for (let i = 0; i < 12; i++) t += +b[i] * (i % 2 ? 3 : 1); return look('ean13', b + ((10 - (t % 10)) % 10)); },
  vin: (r) => {
    const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const TR = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
    const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    const s = [...(r.pick(['WVW', '1HG', 'JTD', 'VF1', 'ZFA', 'KMH', 'YV1', 'SAL']) + r.str(A, 5) + '0' + r.pick('LMNPRSTVWXY') + r.str(A, 7))];
    let t = 0; for (let i = 0; i < 17; i++) t += (/\d/.test(s[i]) ? +s[i] : TR[s[i]]) * w[i]; const c = t % 11; s[8] = c === 10 ? 'X' : String(c);
    return look('vin', s.join(''));
  },
  aws_account_id: (r) => look('aws_account_id', String(r.int(1, 9)) + r.digits(11)),
  arn: (r) => look('arn', r.pick([`arn:aws:iam::${r.int(1, 9)}${r.digits(11)}:role/${r.pick(['deploy', 'ci-runner', 'lambda-exec', 'ReadOnly'])}`, `arn:aws:s3:::${r.pick(['logs', 'backups', 'assets'])}-${r.lower(6)}`,
    `arn:aws:secretsmanager:${r.pick(['eu-west-1', 'us-east-2', 'ap-southeast-2'])}:${r.int(1, 9)}${r.digits(11)}:secret:${r.pick(['prod/db', 'ci/token'])}-${r.alnum(6)}`, `arn:aws:kms:eu-central-1:${r.int(1, 9)}${r.digits(11)}:key/${uuid4(r)}`])),
  ticket_ref: (r) => look('ticket_ref', r.pick([`${r.pick(['OPS', 'SEC', 'PLAT', 'HELP', 'INFRA', 'DATA'])}-${r.int(10, 9999)}`, `INC${r.digits(7)}`, `CHG${r.digits(7)}`, `RITM${r.digits(7)}`])),
  oauth_client_id: (r) => look('oauth_client_id', r.pick([`Iv1.${r.hex(16)}`, `0oa${r.alnum(17)}`, `${r.digits(12)}-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`, r.alnum(32)])),
  etag: (r) => look('etag', r.pick([r.hex(32), `W/"${r.hex(4)}-${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 27)}"`, `${r.hex(32)}-${r.int(2, 40)}`])),
  base64_blob: (r) => look('base64_blob', r.pick([r.bytes(r.int(12, 24)).toString('base64'), r.bytes(r.int(30, 60)).toString('base64')])),
  cve_id: (r) => look('cve_id', `CVE-${r.int(2019, 2025)}-${r.int(1000, 49999)}`),
  sku: (r) => look('sku', r.pick([`SKU-${r.digits(2)}-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'RED', 'XL', 'M'])}`, `${r.upper(3)}-${r.digits(5)}`, `B0${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`])),
  cidr: (r) => look('cidr', r.pick([`10.${r.int(0, 255)}.0.0/${r.pick([16, 20, 24])}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.0/24`, `192.168.${r.int(0, 255)}.0/24`, `fd${r.hex(2)}:${r.hex(4)}::/48`])),
  ciphertext: (r, kind) => look('ciphertext', (kind ? kind === 'hex' : r.chance(0.5)) ? Array.from({ length: r.int(3, 6) }, () => r.hex(80)).join('\n') : 'ENC[AES256_GCM,data:' + r.bytes(r.int(12, 40)).toString('base64') + ',iv:' + r.bytes(32).toString('base64') + ',tag:' + r.bytes(16).toString('base64') + ',type:str]'),
  serial_number: (r) => look('serial_number', r.pick([`C02${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`, `SN${r.digits(10)}`, `${r.upper(2)}${r.digits(2)}-${r.HEX(6)}`, `5CD${r.digits(3)}${r.upper(1)}${r.digits(3)}`])),
};
export const LOOK_KINDS = Object.keys(L);
// a random hard negative for "misc" slots
export function anyLook(r, exclude = []) { const k = r.pick(LOOK_KINDS.filter((x) => !exclude.includes(x) && x !== 'certificate')); return L[k](r); }
