// PII and look-alike value generators, plus V: a per-document helper that returns spans.
import { A } from './prng.mjs';
import { S, P, L } from './doc.mjs';
import * as C from './checks.mjs';
import * as K from './crypto_blobs.mjs';
import { CULTURES, CULTURE_KEYS, person, wordName, latinParts } from './names.mjs';
import { PLANS, PLAN_KEYS, phone as phoneGen } from './phones.mjs';
import { city as cityGen, streetLine, COUNTRIES, COUNTRIES_NATIVE } from './places.mjs';
import { SECRETS, gen as secretGen, rs, password, jwt } from './secrets.mjs';

// ---------------------------------------------------------------- PII values
function rangePick(rng, spec) {
  if (!spec.includes('-')) return spec;
  const [a, b] = spec.split('-'); return String(rng.int(+a, +b));
}
export function cardNumber(rng, network) {
  const net = C.CARD_NETWORKS.find((n) => n[0] === network) || rng.pick(C.CARD_NETWORKS);
  const len = net[0] === 'visa' ? rng.weighted([[8, 16], [1, 13], [1, 19]]) : net[2][0];
  for (;;) {
    let d = rangePick(rng, rng.pick(net[1]));
    while (d.length < len - 1) d += rng.int(0, 9);
    d += C.luhnDigit(d);
    if (!C.VENDOR_TEST_CARDS.includes(d) && C.cardNetwork(d)) return d;
  }
}
export function formatCard(rng, d, sep) {
  sep = sep ?? rng.pick([' ', ' ', '-', '', ' ']);
  if (!sep) return d;
  let groups;
  if (d.length === 15) groups = [4, 6, 5];
  else if (d.length === 14) groups = [4, 6, 4];
  else if (d.length === 13) groups = [4, 4, 5];
  else if (d.length === 19) groups = [4, 4, 4, 4, 3];
  else groups = [4, 4, 4, 4];
  const out = []; let i = 0; for (const g of groups) { out.push(d.slice(i, i + g)); i += g; }
  return out.join(sep);
}
export function ibanRaw(rng, cc) {
  cc = cc || rng.pick(Object.keys(C.IBAN_FORMATS));
  const [, pat] = C.IBAN_FORMATS[cc];
  let bban = '';
  for (const m of pat.matchAll(/(\d+)([nac])/g)) {
    const n = +m[1]; const al = m[2] === 'n' ? A.digit : m[2] === 'a' ? A.upper : A.upalnum;
    bban += rng.str(al, n);
  }
  return C.ibanWithCheck(cc, bban);
}
export const groupIban = (s) => s.replace(/(.{4})/g, '$1 ').trim();
export function ssn(rng, fmt) {
  let area; do { area = rng.int(1, 899); } while (area === 666);
  const d = String(area).padStart(3, '0') + String(rng.int(1, 99)).padStart(2, '0') + String(rng.int(1, 9999)).padStart(4, '0');
  return fmtSSN(d, fmt ?? rng.pick(['-', '-', '-', ' ', '']));
}
const fmtSSN = (d, sep) => d.slice(0, 3) + sep + d.slice(3, 5) + sep + d.slice(5);
export function itin(rng) {
  const g = rng.pick([rng.int(50, 65), rng.int(70, 88), rng.int(90, 92), rng.int(94, 99)]);
  const d = '9' + rng.digits(2) + String(g) + String(rng.int(1, 9999)).padStart(4, '0');
  return fmtSSN(d, rng.pick(['-', '-', ' ', '']));
}
export function nhs(rng) {
  for (;;) { const n = String(rng.int(1, 9)) + rng.digits(8); const c = C.nhsCheck(n); if (c !== null) { const d = n + c; return rng.pick([' ', ' ', '-', '']) === '' ? d : d.slice(0, 3) + ' ' + d.slice(3, 6) + ' ' + d.slice(6); } }
}
export function dea(rng, surname) {
  const first = rng.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  let second = (surname || '').normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 1).toUpperCase();
  if (!second) second = rng.pick([...A.upper.replace(/[IOQ]/g, ''), '9']);
  const six = rng.digits(6);
  return first + second + six + C.deaDigit(six);
}
export function usPassport(rng) { return rng.chance(0.5) ? String(rng.int(1, 9)) + rng.digits(8) : rng.pick([...'ACEFGHJKLMNPRSTUVWXZ']) + rng.digits(8); }
export function usDriverLicense(rng) {
  const st = rng.pick(['CA', 'NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'OH', 'MI', 'NJ', 'AZ', 'GA']);
  const L1 = () => rng.pick([...A.upper]);
  let v;
  switch (st) {
    case 'CA': v = L1() + rng.digits(7); break;
    case 'NY': v = rng.chance(0.5) ? rng.digits(9) : `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`; break;
    case 'TX': v = rng.digits(8); break;
    case 'FL': v = `${L1()}${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}-${rng.digits(3)}-${rng.digits(1)}`; break;
    case 'IL': v = `${L1()}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`; break;
    case 'WA': v = 'WDL' + rs(rng, A.upalnum, 9); break;
    case 'PA': v = `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`; break;
    case 'OH': v = L1() + L1() + rng.digits(6); break;
    case 'MI': v = `${L1()} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`; break;
    case 'NJ': v = `${L1()}${rng.digits(4)} ${rng.digits(5)} ${rng.digits(5)}`; break;
    case 'AZ': v = L1() + rng.digits(8); break;
    default: v = rng.digits(9);
  }
  return { st, v };
}
export function usBankNumber(rng) { return String(rng.int(1, 9)) + rng.digits(rng.int(7, 16)); }
export function abaRouting(rng) { // neutral (not labelled); valid checksum
  for (;;) { const d = rng.pick(['0', '1', '2', '3']) + rng.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * +d[i]; const c = (10 - (s % 10)) % 10; return d + c; }
}
export function btc(rng) {
  const t = rng.pick(['p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr']);
  if (t === 'p2pkh') return C.b58check(Buffer.concat([Buffer.from([0]), rng.bytes(20)]));
  if (t === 'p2sh') return C.b58check(Buffer.concat([Buffer.from([5]), rng.bytes(20)]));
  if (t === 'wpkh') return C.bech32Encode('bc', 0, [...rng.bytes(20)], false);
  return C.bech32Encode('bc', 1, [...rng.bytes(32)], true);
}
export const MAIL_DOMAINS = ['mail.example', 'post.test', 'acme-corp.example', 'kanto-logistics.example', 'uni-leipzig.test', 'correo.invalid', 'inbox.example', 'mailbox.test',
  'bistro-luna.example', 'fastmail-like.test', 'hospital-nord.example', 'stadtwerke.test', 'gov-portal.invalid', 'tbilisi-tech.example', 'yerevan-soft.test', 'müller-reisen.example',
  'campus.example', 'coop-bank.test', 'clinic.invalid', 'freemail.example'];
export function email(rng, p) {
  const [g, f] = p ? latinParts(rng, p) : [rng.pick(['alex', 'sam', 'dana', 'kim']), rng.pick(['lee', 'ross', 'berg'])];
  const dom = rng.pick(MAIL_DOMAINS);
  const local = rng.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}_${f}${rng.int(1, 99)}`, `${g}+${rng.pick(['news', 'shop', 'jira', 'bank'])}`, `${f}.${g[0]}`, `${g}${rng.int(70, 2005)}`, `${g}-${f}`]);
  return `${local.replace(/\.\./g, '.').replace(/^[.-]|[.-]$/g, '')}@${dom}`;
}
export function ipv4Public(rng) {
  for (;;) {
    const a = rng.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}
export function ipv4Private(rng) { return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`]); }
export function ipv6(rng) {
  const h = () => rng.hex(rng.int(1, 4)).replace(/^0+(?=.)/, '');
  return rng.pick([`2a02:${h()}:${h()}:${h()}::${h()}`, `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `2600:${h()}:${h()}::${h()}`]);
}

// ---------------------------------------------------------------- look-alikes
const uuid4 = (rng) => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const HOST_WORDS = ['db-primary', 'db-replica-2', 'cache01', 'api-gw', 'edge-fra', 'mq-broker', 'auth', 'billing-svc', 'search-3', 'ci-runner-07', 'nas', 'vpn', 'grafana', 'ldap', 'smtp-relay', 'vault', 'registry', 'kafka-0', 'etl-worker', 'pgbouncer', 'status', 'files', 'intranet'];
export const HOST_ZONES = ['internal.example', 'corp.example', 'prod.acme-corp.example', 'svc.cluster.test', 'lan.invalid', 'eu-west.kanto-logistics.example', 'staging.test', 'dc2.example'];
export function hostname(rng) { return `${rng.pick(HOST_WORDS)}.${rng.pick(HOST_ZONES)}`; }
export function isbn13(rng) {
  const d = rng.pick(['978', '979']) + rng.digits(9);
  let s = 0; for (let i = 0; i < 12; i++) s += (+d[i]) * (i % 2 ? 3 : 1);
  const full = d + ((10 - (s % 10)) % 10);
  return rng.chance(0.5) ? full : `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}
export function ean13(rng) {
  const d = rng.pick(['40', '50', '76', '87', '30', '80']) + rng.digits(10);
  let s = 0; for (let i = 0; i < 12; i++) s += (+d[i]) * (i % 2 ? 3 : 1);
  return d + ((10 - (s % 10)) % 10);
}
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function dateParts(rng) { return { y: rng.int(2019, 2026), m: rng.int(1, 12), d: rng.int(1, 28), H: rng.int(0, 23), M: rng.int(0, 59), S: rng.int(0, 59), ms: rng.int(0, 999) }; }
const p2 = (n) => String(n).padStart(2, '0');
export function dateStr(rng, style) {
  const t = dateParts(rng);
  style = style || rng.pick(['iso', 'iso', 'us', 'eu', 'en', 'dot']);
  switch (style) {
    case 'iso': return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
    case 'us': return `${p2(t.m)}/${p2(t.d)}/${t.y}`;
    case 'eu': return `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'dot': return `${p2(t.d)}.${p2(t.m)}.${t.y}`;
    case 'en': return `${t.d} ${MONTHS_EN[t.m - 1]} ${t.y}`;
    case 'cjk': return `${t.y}年${t.m}月${t.d}日`;
    case 'ko': return `${t.y}년 ${t.m}월 ${t.d}일`;
    default: return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
  }
}
export function timestamp(rng, style) {
  const t = dateParts(rng);
  style = style || rng.pick(['iso', 'isoz', 'space', 'clf', 'epoch', 'epochms', 'syslog']);
  switch (style) {
    case 'iso': return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}.${String(t.ms).padStart(3, '0')}+0${rng.int(0, 3)}:00`;
    case 'isoz': return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}Z`;
    case 'space': return `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`;
    case 'clf': return `${p2(t.d)}/${MONTHS_EN[t.m - 1]}/${t.y}:${p2(t.H)}:${p2(t.M)}:${p2(t.S)} +0000`;
    case 'epoch': return String(1560000000 + rng.int(0, 220000000));
    case 'epochms': return String(1560000000000 + rng.int(0, 220000000) * 1000 + rng.int(0, 999));
    case 'syslog': return `${MONTHS_EN[t.m - 1]} ${String(t.d).padStart(2, ' ')} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`;
    case 'hm': return `${p2(t.H)}:${p2(t.M)}`;
    default: return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}Z`;
  }
}
export function price(rng, cur) {
  const amt = rng.int(1, 4999) + rng.int(0, 99) / 100;
  const fix = amt.toFixed(2);
  cur = cur || rng.pick(['$', '€', '£', 'EUR', 'USD', '¥', '₹', '₺', '₾', 'zł', 'R$', '₩']);
  const eu = fix.replace('.', ',');
  switch (cur) {
    case '$': return `$${fix}`; case '£': return `£${fix}`; case '€': return rng.chance(0.5) ? `€${fix}` : `${eu} €`;
    case 'EUR': return `EUR ${eu}`; case 'USD': return `${fix} USD`; case '¥': return `¥${Math.round(amt * 100)}`;
    case '₹': return `₹${fix}`; case '₺': return `${eu} ₺`; case '₾': return `${fix} ₾`; case 'zł': return `${eu} zł`;
    case 'R$': return `R$ ${eu}`; case '₩': return `₩${Math.round(amt * 1000).toLocaleString('en-US')}`;
    default: return `${fix} ${cur}`;
  }
}
export function coordinates(rng) {
  const la = (rng.next() * 140 - 60).toFixed(rng.int(4, 6)), lo = (rng.next() * 340 - 170).toFixed(rng.int(4, 6));
  return rng.pick([`${la}, ${lo}`, `${la},${lo}`, `${la} ${lo}`]);
}
export function version(rng) {
  return rng.pick([`${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 40)}`, `v${rng.int(0, 5)}.${rng.int(0, 20)}.${rng.int(0, 20)}`, `${rng.int(1, 4)}.${rng.int(0, 12)}.${rng.int(0, 9)}-rc.${rng.int(1, 5)}`, `${rng.int(2019, 2025)}.${rng.int(1, 12)}.${rng.int(0, 3)}`]);
}
const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<redacted>', '[REDACTED]', 'dummy', 'TODO', '<password>', 'xxx-xxx-xxx', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIA****************', 'insert-key-here', '•••••••', 'not-a-real-secret', '<paste token>', 'secret123?no', 'PLACEHOLDER', '${}', 'none', 'sk_live_••••'];
const ENV_REFS = [(r, n) => `\${${n}}`, (r, n) => `$${n}`, (r, n) => `\${{ secrets.${n} }}`, (r, n) => `%${n}%`, (r, n) => `{{ .Values.${n.toLowerCase()} }}`, (r, n) => `\${env:${n}}`, (r, n) => `{{ env "${n}" }}`, (r, n) => `$(${n})`, (r, n) => `\${${n}:-}`, (r, n) => `os.environ["${n}"]`];
export const ENV_NAMES = ['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SMTP_PASS', 'REDIS_URL', 'OPENAI_API_KEY', 'GH_TOKEN', 'VAULT_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'JWT_SECRET', 'SENTRY_DSN', 'SLACK_WEBHOOK'];
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'ASIAIOSFODNN7EXAMPLE', 'AIDAJQABLZS4A3QDU576Q'];

export function invalidCard(rng) {
  const d = cardNumber(rng); const last = (+d[d.length - 1] + rng.int(1, 9)) % 10;
  const bad = d.slice(0, -1) + last; return C.luhnOk(bad) ? invalidCard(rng) : bad;
}
export function invalidIban(rng) {
  const s = ibanRaw(rng); let ck = (+s.slice(2, 4) + rng.int(1, 50)) % 97; if (ck < 2) ck += 2;
  const bad = s.slice(0, 2) + String(ck).padStart(2, '0') + s.slice(4);
  return C.ibanOk(bad) ? invalidIban(rng) : bad;
}
export function invalidSsn(rng) {
  const kind = rng.pick(['000', '666', '9xx', 'g00', 's0000']);
  let a = String(rng.int(1, 899)).padStart(3, '0'); if (a === '666') a = '667';
  let g = String(rng.int(1, 99)).padStart(2, '0'), s = String(rng.int(1, 9999)).padStart(4, '0');
  if (kind === '000') a = '000'; else if (kind === '666') a = '666'; else if (kind === '9xx') { a = '9' + rng.digits(2); g = String(rng.int(10, 49)); }
  else if (kind === 'g00') g = '00'; else s = '0000';
  return `${a}-${g}-${s}`;
}
export function invalidNhs(rng) {
  for (;;) { const n = String(rng.int(1, 9)) + rng.digits(8); const c = C.nhsCheck(n); const bad = n + ((c === null ? 0 : c + rng.int(1, 9)) % 10); if (!C.nhsOk(bad)) return `${bad.slice(0, 3)} ${bad.slice(3, 6)} ${bad.slice(6)}`; }
}
export function invalidGh(rng) {
  const r = rs(rng, A.alnum, 30); const good = C.ghChecksum(r);
  let bad; do { bad = rs(rng, A.alnum, 6); } while (bad === good);
  return `${rng.pick(['ghp', 'gho', 'ghs'])}_${r}${bad}`;
}

export const LOOKALIKES = {
  git_sha: (r) => r.hex(40), short_sha: (r) => r.hex(r.int(7, 12)), uuid: uuid4,
  ulid: (r) => '01' + rs(r, CROCK, 24),
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => r.pick(['sha512-' + r.bytes(64).toString('base64'), 'sha384-' + r.bytes(48).toString('base64'), 'sha256-' + r.bytes(32).toString('base64')]),
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  certificate: (r) => K.pem('CERTIFICATE', K.certDer(r, r.pick(['api.acme-corp.example', 'Internal Root CA', 'mq.internal.example']))),
  public_key: (r) => r.pick([() => K.sshEd25519Pub(r), () => K.sshRsaPub(r, 1024), () => K.sshEcdsaPub(r), () => 'pk_live_' + rs(r, A.alnum, 24), () => 'pk.' + Buffer.from(JSON.stringify({ u: rs(r, A.lower, 7), a: rs(r, A.lowalnum, 25) })).toString('base64url') + '.' + rs(r, A.b64url, 22), () => K.pem('PUBLIC KEY', K.ecSpkiDer(r))])(),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EXAMPLES),
  env_reference: (r) => r.pick(ENV_REFS)(r, r.pick(ENV_NAMES)),
  secret_reference: (r) => r.pick([`arn:aws:secretsmanager:eu-central-1:${r.digits(12)}:secret:prod/db-${rs(r, A.alnum, 6)}`, `vault:secret/data/${r.pick(['payments', 'crm', 'ci'])}#${r.pick(['password', 'token'])}`, `projects/${r.int(100000, 999999)}/secrets/${r.pick(['db-pass', 'api-key'])}/versions/${r.int(1, 9)}`, `op://Private/${r.pick(['Stripe', 'SMTP'])}/credential`, `azurekeyvault://kv-prod/secrets/${r.pick(['sql', 'redis'])}`]),
  order_number: (r) => r.pick([`ORD-${r.int(2019, 2025)}-${r.digits(6)}`, `#${r.int(100000, 9999999)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`, `BE-${rs(r, A.upalnum, 8)}`]),
  tracking_number: (r) => r.pick([`1Z${rs(r, A.upalnum, 6)}${r.digits(10)}`, `9400${r.digits(18)}`, `JD${r.digits(18)}`, `${rs(r, A.upper, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'CN', 'NL', 'JP'])}`, r.digits(12)]),
  invoice_number: (r) => r.pick([`INV-${r.int(2020, 2025)}-${r.digits(5)}`, `RE${r.digits(8)}`, `F-${r.digits(4)}/${r.int(2021, 2025)}`, `FV/${r.digits(3)}/${p2(r.int(1, 12))}/${r.int(2022, 2025)}`]),
  version: version,
  semver_range: (r) => r.pick([`^${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 20)}`, `~${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 20)}`, `>=${r.int(1, 4)}.${r.int(0, 9)}, <${r.int(5, 9)}`]),
  build_number: (r) => r.pick([`#${r.int(100, 99999)}`, `build-${r.int(1000, 99999)}`, `${r.int(2023, 2025)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}.${r.int(1, 40)}`, `b${r.digits(6)}`]),
  date: (r) => dateStr(r),
  timestamp: (r) => timestamp(r),
  price: (r) => price(r),
  coordinates: coordinates,
  isbn: isbn13, ean_barcode: ean13,
  hex_color: (r) => '#' + (r.chance(0.7) ? r.hex(6) : r.hex(3)),
  invalid_card: (r) => formatCard(r, invalidCard(r)), invalid_iban: (r) => r.chance(0.5) ? groupIban(invalidIban(r)) : invalidIban(r),
  invalid_ssn: invalidSsn, invalid_nhs: invalidNhs, invalid_github_token: invalidGh,
  vendor_test_card: (r) => formatCard(r, r.pick(C.VENDOR_TEST_CARDS)),
  masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]),
  data_uri: (r) => `data:${r.pick(['image/png', 'image/gif', 'application/octet-stream', 'font/woff2'])};base64,${Buffer.concat([Buffer.from(r.pick(['89504e470d0a1a0a', '4749463839610100', '774f4632']), 'hex'), r.bytes(r.int(18, 60))]).toString('base64')}`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([`req_${rs(r, A.alnum, 24)}`, uuid4(r), r.hex(32), `${rs(r, A.upalnum, 4)}-${r.hex(8)}`, `rid-${r.hex(16)}`]),
  trace_id: (r) => r.hex(32),
  crm_id: (r) => r.pick([`003${rs(r, A.alnum, 12)}AAA`, `CUST-${r.digits(6)}`, `C${r.digits(8)}`, `hs_contact_${r.digits(9)}`, `ACC-${rs(r, A.upalnum, 7)}`, `LEAD-${r.digits(5)}`]),
  hostname: hostname,
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])),
  ticket_ref: (r) => r.pick([`${r.pick(['OPS', 'SEC', 'HR', 'PAY', 'INC', 'SUP'])}-${r.int(10, 9999)}`, `INC${r.digits(7)}`, `#${r.int(1000, 99999)}`]),
  container_id: (r) => r.hex(12),
  client_id: (r) => r.pick([`${r.digits(12)}-${rs(r, A.lowalnum, 32)}`, `Iv1.${r.hex(16)}`, `cli_${rs(r, A.alnum, 16)}`, `0oa${rs(r, A.alnum, 17)}`]),
  swift_bic: (r) => rs(r, A.upper, 4) + r.pick(['DE', 'FR', 'GB', 'GE', 'AM', 'TH', 'JP']) + rs(r, A.upalnum, 2) + (r.chance(0.5) ? rs(r, A.upalnum, 3) : ''),
  policy_number: (r) => r.pick([`POL-${r.digits(8)}`, `${rs(r, A.upper, 3)}${r.digits(9)}`, `KV-${r.digits(4)}-${r.digits(4)}`]),
  sku: (r) => r.pick([`SKU-${rs(r, A.upalnum, 6)}`, `${rs(r, A.upper, 3)}-${r.digits(4)}-${rs(r, A.upper, 2)}`, `ART.${r.digits(6)}`]),
  business_tax_id: (r) => `${r.digits(2)}-${r.digits(7)}`,
  loyalty_number: (r) => rs(r, A.upalnum, 9),
  booking_reference: (r) => rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  oauth_state: (r) => rs(r, A.alnum, r.pick([12, 16, 22])),
};
export const LOOKALIKE_KINDS = Object.keys(LOOKALIKES);

// ---------------------------------------------------------------- V: span helper per document
export class V {
  constructor(rng, cyclers) { this.r = rng; this.cy = cyclers || {}; }
  // people
  person(culture) { return person(this.r, culture || this.r.pick(CULTURE_KEYS)); }
  name(p, form = 'full') { const v = form === 'given' ? p.given : form === 'family' ? p.family : form === 'short' ? p.short : p.full; return P('PERSON', v, p.culture); }
  wordName(culture) { const w = wordName(this.r, culture); return w ? P('PERSON', w, culture) : null; }
  email(p) { return P('EMAIL_ADDRESS', email(this.r, p)); }
  phone(cc, style) { const k = cc && PLANS[cc] ? cc : (this.cy.plan ? this.cy.plan.next() : this.r.pick(PLAN_KEYS)); return P('PHONE_NUMBER', phoneGen(this.r, k, style), k); }
  city(cc) { return P('LOCATION', cityGen(this.r, cc), cc); }
  country() { return P('LOCATION', this.r.chance(0.3) ? this.r.pick(COUNTRIES_NATIVE) : this.r.pick(COUNTRIES)); }
  street(cc) { return P('LOCATION', streetLine(this.r, cc), cc); }
  loc(v, tag) { return P('LOCATION', v, tag); }
  ip(kind) { const r = this.r; kind = kind || r.pick(['pub', 'pub', 'priv', 'v6']); return P('IP_ADDRESS', kind === 'pub' ? ipv4Public(r) : kind === 'priv' ? ipv4Private(r) : ipv6(r)); }
  card(net, sep) { return P('CREDIT_CARD', formatCard(this.r, cardNumber(this.r, net), sep)); }
  iban(cc, grouped) { const s = ibanRaw(this.r, cc); return P('IBAN_CODE', (grouped ?? this.r.chance(0.5)) ? groupIban(s) : s); }
  ssn(fmt) { return P('US_SSN', ssn(this.r, fmt)); }
  itin() { return P('US_ITIN', itin(this.r)); }
  passport() { return P('US_PASSPORT', usPassport(this.r)); }
  dl() { const x = usDriverLicense(this.r); return { st: x.st, span: P('US_DRIVER_LICENSE', x.v) }; }
  bank() { return P('US_BANK_NUMBER', usBankNumber(this.r)); }
  btc() { return P('CRYPTO', btc(this.r)); }
  dea(surname) { return P('MEDICAL_LICENSE', dea(this.r, surname)); }
  nhs() { return P('UK_NHS', nhs(this.r)); }
  // secrets
  sec(entity, value) { return S(entity, value ?? secretGen(this.r, entity)); }
  secNext() { const e = this.cy.secret.next(); return this.sec(e); }
  pw(entity = 'PASSWORD', style) { return S(entity, password(this.r, style)); }
  // look-alikes
  look(what, value) { return L(what, value ?? LOOKALIKES[what](this.r)); }
  lookNext() { const w = this.cy.look.next(); return this.look(w); }
  ts(style) { return L('timestamp', timestamp(this.r, style)); }
  date(style) { return L('date', dateStr(this.r, style)); }
  host() { return L('hostname', hostname(this.r)); }
  ver() { return L('version', version(this.r)); }
  price(cur) { return L('price', price(this.r, cur)); }
}
export { rs, password, jwt, uuid4, p2, MONTHS_EN, CULTURES, CULTURE_KEYS, PLAN_KEYS, secretGen };
