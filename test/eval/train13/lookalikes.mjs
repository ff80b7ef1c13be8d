// Look-alikes: values that resemble secrets/PII but must pass unchanged. Each returns {w, v}.
import { R, int, pick, chance, digits, bytes, b64, wrap, luhnOk, ibanOk, makeIban, groupIban, nhsCheck, CS } from './lib.mjs';

const hex = (n) => R('H', n);
const uuid = () => `${hex(8)}-${hex(4)}-${pick('14')}${hex(3)}-${pick('89ab')}${hex(3)}-${hex(12)}`;
function invalidCard() { for (;;) { const n = pick(['4', '51', '37', '6011']) ; let s = n + digits((n === '37' ? 15 : 16) - n.length); if (!luhnOk(s)) return s.length === 16 ? s.match(/.{4}/g).join(pick([' ', '-', ''])) : s; } }
function invalidIban() { for (;;) { const s = makeIban(pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT'])); const bad = s.slice(0, 2) + String((+s.slice(2, 4) + int(1, 9)) % 100).padStart(2, '0') + s.slice(4); if (!ibanOk(bad)) return chance(0.5) ? groupIban(bad) : bad; } }
function invalidSsn() { return pick([() => `000-${digits(2).replace(/^00$/, '12')}-${int(1000, 9999)}`, () => `666-${int(10, 99)}-${int(1000, 9999)}`, () => `${int(900, 999)}-${int(10, 49)}-${int(1000, 9999)}`, () => `${int(100, 599)}-00-${int(1000, 9999)}`, () => `${int(100, 599)}-${int(10, 99)}-0000`])(); }
function invalidNhs() { for (;;) { const n = String(int(4, 6)) + digits(8); const c = nhsCheck(n); const bad = c === 10 ? n + int(0, 9) : n + ((c + int(1, 9)) % 10); const cc = nhsCheck(bad.slice(0, 9)); if (cc === 10 || cc !== +bad[9]) return `${bad.slice(0, 3)} ${bad.slice(3, 6)} ${bad.slice(6)}`; } }
const certBody = () => wrap(b64(Buffer.concat([Buffer.from('308203', 'hex'), bytes(int(380, 520))])));
export const L = {
  git_sha: () => chance(0.6) ? hex(40) : hex(int(7, 12)),
  uuid: () => uuid(),
  digest: () => `sha256:${hex(64)}`,
  integrity: () => `sha512-${b64(bytes(64))}`,
  hash: () => pick([hex(32), hex(64), `$2b$12$${R(CS.A + './', 53)}`, `{SSHA}${b64(bytes(24))}`]),
  certificate: () => `-----BEGIN CERTIFICATE-----\n${certBody()}\n-----END CERTIFICATE-----`,
  public_key: () => pick([() => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${R('b64', 43)} ${pick(['ops', 'build', 'mira'])}@${pick(['laptop', 'bastion', 'ci-runner'])}`, () => `pk_live_${R('A', 24)}`, () => `pk_test_${R('A', 24)}`, () => `pk.eyJ1Ijoi${R('u64', 40)}.${R('u64', 22)}`, () => `-----BEGIN PUBLIC KEY-----\n${wrap(b64(Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), Buffer.from([4]), bytes(64)])))}\n-----END PUBLIC KEY-----`])(),
  placeholder: () => pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', 'your_api_key_here', '<PASSWORD>', 'TODO', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAXXXXXXXXXXXXXXXX', '{{ token }}', '%PASSWORD%', '[redacted]', '<secret>', 'sk_live_xxx', 'passw0rd-goes-here', '••••••••', 'geheim-einsetzen']),
  aws_example_key: () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'ASIAIOSFODNN7EXAMPLE']),
  env_reference: () => pick([`\${${pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SECRET_KEY'])}}`, `\${{ secrets.${pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET'])} }}`, `$${pick(['PGPASSWORD', 'TOKEN', 'API_KEY'])}`, `%${pick(['APPDATA', 'API_KEY'])}%`, `{{ .Values.${pick(['db.password', 'apiKey'])} }}`, `os.environ["${pick(['OPENAI_API_KEY', 'SECRET'])}"]`, `process.env.${pick(['JWT_SECRET', 'SMTP_PASS'])}`, `vault:secret/data/${pick(['app', 'db'])}#password`]),
  order_number: () => pick([`ORD-${digits(8)}`, `#${digits(6)}`, `SO${digits(7)}`, `Bestellnr. ${digits(10)}`.slice(11), `${digits(3)}-${digits(7)}-${digits(7)}`]),
  tracking_number: () => pick([`1Z${R('U', 16)}`, `JD${digits(18)}`, `${digits(12)}`, `RR${digits(9)}DE`, `9400${digits(18)}`]),
  version: () => pick([`${int(0, 9)}.${int(0, 40)}.${int(0, 99)}`, `v${int(1, 5)}.${int(0, 20)}.${int(0, 9)}-rc.${int(1, 5)}`, `${int(2019, 2026)}.${int(1, 12)}.${int(0, 9)}`]),
  build_number: () => pick([`#${int(1000, 99999)}`, `build-${digits(6)}`, `${int(2024, 2026)}${digits(4)}.${int(1, 99)}`]),
  date: () => pick([`${int(2019, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`, `${int(1, 28)}.${int(1, 12)}.${int(2019, 2026)}`, `${int(1, 12)}/${int(1, 28)}/${int(2019, 2026)}`]),
  timestamp: () => pick([`${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${digits(3)}Z`, String(int(1700000000, 1790000000)), String(int(1700000000000, 1790000000000))]),
  price: () => pick([`$${int(1, 999)}.${digits(2)}`, `${int(1, 999)},${digits(2)} €`, `£${int(1, 99)}.${digits(2)}`, `¥${int(100, 99999)}`, `R$ ${int(10, 999)},${digits(2)}`]),
  coordinates: () => `${(rnd2(-60, 70)).toFixed(5)}, ${(rnd2(-170, 170)).toFixed(5)}`,
  isbn: () => { const d = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${c}`; },
  hex_color: () => `#${hex(pick([3, 6]))}`,
  invalid_card: invalidCard,
  invalid_iban: invalidIban,
  invalid_ssn: invalidSsn,
  invalid_nhs: invalidNhs,
  vendor_test_card: () => pick(['4242 4242 4242 4242', '4000056655665556', '5555 5555 5555 4444', '378282246310005', '4111-1111-1111-1111', '6011111111111117', '3530111333300000']),
  data_uri: () => `data:image/png;base64,${b64(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), bytes(int(30, 70))]))}`,
  k8s_resource_version: () => String(int(100000, 99999999)),
  request_id: () => pick([`req_${R('A', 14)}`, uuid(), `${R('U', 8)}-${R('U', 4)}`, `x-amz-${hex(16)}`.slice(6)]),
  crm_id: () => pick([`0015g00000${R('A', 8)}`, `CUST-${digits(6)}`, `lead_${digits(7)}`, `HS-${digits(9)}`]),
  hostname: () => pick([`db-${int(1, 9)}.internal.example`, `ip-10-${int(0, 255)}-${int(0, 255)}-${int(1, 254)}`, `build-agent-${int(1, 40)}`, `api.staging.test`, `${R('L', 6)}-${hex(5)}.svc.example`]),
  // own kinds
  mac_address: () => Array.from({ length: 6 }, () => R('HU', 2)).join(':'),
  trace_id: () => `00-${hex(32)}-${hex(16)}-01`,
  etag: () => `W/"${hex(8)}-${hex(24)}"`,
  ulid: () => R('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26),
  aba_routing: () => { const d = [int(0, 1), int(1, 9), ...Array.from({ length: 6 }, () => int(0, 9))]; const s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]); return d.join('') + ((10 - (s % 10)) % 10); },
  sku: () => `${R('UL', 3)}-${digits(4)}-${R('U', 2)}`,
  content_hash_filename: () => `${pick(['main', 'vendor', 'app', 'runtime'])}.${hex(pick([8, 16, 20]))}.${pick(['js', 'css', 'chunk.js'])}`,
  ticket_id: () => `${pick(['OPS', 'SUP', 'INC', 'HR'])}-${int(100, 99999)}`,
  invoice_number: () => `${pick(['INV', 'RE', 'FAC'])}-${int(2024, 2026)}-${digits(5)}`,
  base64_blob: () => b64(Buffer.from(pick(['{"theme":"dark","lang":"de","sidebar":true}', 'hello world, this is just a fixture body', '<svg xmlns="http://www.w3.org/2000/svg"/>'.replace('www.w3.org', 'svg.example')]))),
  short_nonce: () => `nonce-${R('A', 16)}`,
  semver_range: () => `^${int(0, 9)}.${int(0, 30)}.${int(0, 9)}`,
  ean13: () => { const d = digits(12); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return d + ((10 - (s % 10)) % 10); },
  oid: () => `1.3.6.1.4.1.${int(1000, 60000)}.${int(1, 9)}.${int(1, 99)}`,
};
function rnd2(a, b) { return a + (b - a) * (int(0, 1e6) / 1e6); }
export const KINDS = Object.keys(L);
export const lk = (w = pick(KINDS)) => ({ w, v: L[w]() });
// single-line look-alike kinds (for inline use)
export const INLINE = KINDS.filter((k) => !['certificate'].includes(k));
export const inl = () => { let w; do w = pick(INLINE); while (w === 'public_key' && chance(0.5)); const v = L[w](); return v.includes('\n') ? lk('uuid') : { w, v }; };
