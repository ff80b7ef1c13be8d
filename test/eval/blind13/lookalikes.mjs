// blind13 look-alikes: values that resemble secrets/PII but must pass through unchanged.
import { A, str, int, pick, chance, pad, L, bytes, luhnOk, luhnComplete, ibanOk, ibanMake, nhsCheck, deck, b58check, b58decode, wrap } from './lib.mjs';
import { uuid } from './secrets.mjs';
import { IBAN_LEN } from './pii.mjs';

const d = (n) => str(A.dig, n);
const ts = () => int(1600000000, 1790000000);
const iso = () => new Date(ts() * 1000).toISOString().replace(/\.\d+Z$/, chance(0.5) ? 'Z' : '.' + d(3) + 'Z');
function sshPub() { const s = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(x.length); return Buffer.concat([l, x]); }; return 'ssh-ed25519 ' + Buffer.concat([s('ssh-ed25519'), s(bytes(32))]).toString('base64') + ' ' + pick(['ops@bastion', 'ci@runner-3', 'laptop']); }
function badLuhn() { for (;;) { const n = luhnComplete(pick(['4', '51', '37', '6011']) + d(pick([12, 13, 14]) - 0)); const last = (+n.slice(-1) + int(1, 9)) % 10; const bad = n.slice(0, -1) + last; if (!luhnOk(bad) && [15, 16].includes(bad.length)) return bad; } }
function badIban() { const cc = pick(Object.keys(IBAN_LEN)); for (;;) { const good = ibanMake(cc, str(A.dig, IBAN_LEN[cc] - 4)); const chk = pad((+good.slice(2, 4) + int(1, 50)) % 100, 2); const bad = cc + chk + good.slice(4); if (!ibanOk(bad)) return bad; } }
function badSsn() { return pick([`000-${pad(int(1, 99), 2)}-${d(4)}`, `666-${pad(int(1, 99), 2)}-${d(4)}`, `9${d(2)}-${pad(int(1, 69), 2)}-${d(4)}`, `${pad(int(1, 665), 3)}-00-${d(4)}`, `${pad(int(1, 665), 3)}-${pad(int(1, 99), 2)}-0000`]); }
function badNhs() { for (;;) { const n9 = pick('456789') + d(8); const c = nhsCheck(n9); const bad = n9 + ((c + int(1, 9)) % 10); if (c === 10 || +bad[9] !== c) return `${bad.slice(0, 3)} ${bad.slice(3, 6)} ${bad.slice(6)}`; } }
function badBtc() { for (;;) { const good = b58check(Buffer.concat([Buffer.from([0]), bytes(20)])); const i = int(5, good.length - 2); const ch = pick('23456789ABCDEFGHJKLMNPQRSTUVWXYZ'); if (ch === good[i]) continue; const bad = good.slice(0, i) + ch + good.slice(i + 1); void b58decode; return bad; } }
function cert() { const body = wrap('MII' + pick(['D', 'E', 'C']) + str(A.b64, int(600, 900)), 64); return ['-----BEGIN CERTIFICATE-----', ...body, '-----END CERTIFICATE-----'].join('\n'); }
export const G = {
  git_sha: () => str(A.hex, chance(0.7) ? 40 : pick([7, 8, 12])),
  uuid: () => uuid(),
  digest: () => 'sha256:' + str(A.hex, 64),
  integrity: () => pick(['sha512-', 'sha384-']) + bytes(pick([64, 48])).toString('base64'),
  hash: () => pick([() => str(A.hex, 32), () => str(A.hex, 64), () => '$2b$12$' + str(A.b62 + './', 53)])(),
  certificate: cert,
  public_key: () => pick([sshPub, () => 'pk_live_' + str(A.b62, 99), () => 'pk.eyJ1Ijoi' + str(A.b64u, 40) + '.' + str(A.b64u, 22), () => 'age1' + str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)])(),
  placeholder: () => pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', 'your_api_key_here', '<redacted>', 'TODO-set-in-vault', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '[PASSWORD]', 'hunter2-not-real', '<insert secret>', 'N/A']),
  aws_example_key: () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
  env_reference: () => pick([() => '${' + pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'REDIS_URL']) + '}', () => '${{ secrets.' + pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET']) + ' }}', () => '$' + pick(['VAULT_TOKEN', 'GH_TOKEN']), () => '%' + pick(['APPDATA', 'SECRET_FILE']) + '%', () => '{{ .Values.' + pick(['db.password', 'apiKey']) + ' }}'])(),
  order_number: () => pick([`ORD-${d(8)}`, `#${d(7)}`, `PO-${int(2020, 2026)}-${d(5)}`, `SO${d(9)}`]),
  tracking_number: () => pick([`1Z${str(A.updig, 16)}`, `${d(12)}`, `JD${d(18)}`, `LX${d(9)}DE`, `9400${d(18)}`]),
  version: () => pick([`v${int(0, 12)}.${int(0, 40)}.${int(0, 99)}`, `${int(1, 5)}.${int(0, 30)}.${int(0, 9)}-rc.${int(1, 5)}`, `${int(2019, 2026)}.${int(1, 12)}.${int(0, 3)}`]),
  build_number: () => pick([`build #${d(5)}`, `${int(1000, 99999)}`, `b${d(6)}`]).replace('build #', ''),
  date: () => iso().slice(0, 10),
  timestamp: () => pick([iso, () => String(ts()), () => String(ts()) + d(3)])(),
  price: () => pick([`$${int(1, 9999)}.${d(2)}`, `€${int(1, 999)},${d(2)}`, `${int(1, 500)}.${d(2)} USD`, `£${int(1, 300)}.${d(2)}`, `¥${int(100, 90000)}`]),
  coordinates: () => `${(rndf(-60, 70)).toFixed(5)}, ${rndf(-170, 170).toFixed(5)}`,
  isbn: () => { const b = '978' + d(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return `${b}${(10 - (s % 10)) % 10}`.replace(/^(\d{3})(\d)(\d{4})(\d{4})(\d)$/, '$1-$2-$3-$4-$5'); },
  hex_color: () => '#' + str(A.hex, 6),
  invalid_card: badLuhn,
  invalid_iban: badIban,
  invalid_ssn: badSsn,
  invalid_nhs: badNhs,
  invalid_btc: badBtc,
  vendor_test_card: () => pick(['4242424242424242', '4242 4242 4242 4242', '5555555555554444', '4000056655665556', '378282246310005', '6011111111111117', '3566002020360505', '4111 1111 1111 1111', '2223003122003222']),
  data_uri: () => 'data:image/png;base64,iVBORw0KGgo' + str(A.b64, int(40, 90)),
  k8s_resource_version: () => String(int(100000, 99999999)),
  request_id: () => pick([() => 'req_' + str(A.b62, 24), () => str(A.hex, 16), () => `Root=1-${str(A.hex, 8)}-${str(A.hex, 24)}`, () => 'x-req-' + uuid()])(),
  crm_id: () => pick([() => '003' + str(A.b62, 15), () => `CUST-${d(6)}`, () => `HS-${d(9)}`])(),
  hostname: () => `${pick(['api', 'db-primary', 'cache', 'edge-07', 'billing', 'auth'])}.${pick(['corp', 'prod', 'eu-west', 'int'])}.${pick(['example', 'test', 'invalid'])}`,
  // new in blind13
  mac_address: () => str(A.hex, 12).match(/../g).join(pick([':', '-'])),
  trace_id: () => `00-${str(A.hex, 32)}-${str(A.hex, 16)}-01`,
  container_id: () => str(A.hex, 64),
  ulid: () => '01' + str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24),
  masked_card: () => pick([`**** **** **** ${d(4)}`, `XXXX-XXXX-XXXX-${d(4)}`, `${pick(['4', '5'])}${d(5)}******${d(4)}`]),
  masked_secret: () => pick([`sk_live_****${str(A.b62, 4)}`, `ghp_****************${str(A.b62, 4)}`, `${str(A.b62, 4)}…${str(A.b62, 4)}`, `AKIA************${str(A.updig, 4)}`]),
  ticket_id: () => `${pick(['OPS', 'SEC', 'HR', 'INC', 'CHG'])}-${int(10, 99999)}`,
  sku: () => `${str(A.up, 3)}-${d(4)}-${str(A.updig, 2)}`,
  iso_week_serial: () => `${int(2020, 2026)}-W${pad(int(1, 52), 2)}-${d(4)}`,
  commit_range: () => `${str(A.hex, 7)}..${str(A.hex, 7)}`,
  npm_package_spec: () => `${pick(['left-pad', 'lodash.merge', '@acme/ui', 'tiny-queue'])}@${int(0, 9)}.${int(0, 20)}.${int(0, 9)}`,
  iban_like_internal_ref: () => `XX${d(2)}${str(A.updig, 14)}`,
  phone_extension: () => `ext. ${d(4)}`,
  employee_id: () => `E${d(6)}`,
};
function rndf(a, b) { return a + ((b - a) * int(0, 1000000)) / 1000000; }
const lkDeck = deck(Object.keys(G));
export const look = (what) => { const w = what || lkDeck(); return L(w, G[w]()); };
export const lookList = Object.keys(G);
