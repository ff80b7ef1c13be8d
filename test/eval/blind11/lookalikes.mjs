// blind11: look-alike generators (values a detector must leave alone).
import { int, pick, chance, str, bytes, digits, pad, HEX, UHEX, DIG, B62, B64, UPPER, LOWAN, UPAN, luhnOk, luhnComplete, ibanMod, nhsCheck, b64u, L } from './lib.mjs';
import { uuid, publicPem, certPem, sshEd25519Pub } from './secrets.mjs';
import { IBAN_LEN, ibanRaw, fmtCard } from './pii.mjs';

const isbn13 = () => { const p = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +p[i] * (i % 2 ? 3 : 1); return p + ((10 - (s % 10)) % 10); };
function invalidCard() { for (;;) { const pre = pick(['4', '51', '37', '6011', '2720', '65']); const base = luhnComplete(pre + digits((pre === '37' ? 14 : 15) - pre.length)); const n = base.slice(0, -1) + ((+base.slice(-1) + int(1, 9)) % 10); if (!luhnOk(n)) return fmtCard(n); } }
function invalidIban() { for (;;) { const i = ibanRaw(); const n = i.slice(0, 2) + pad((+i.slice(2, 4) + int(1, 50)) % 100, 2) + i.slice(4); if (ibanMod(n) !== 1) return n; } }
const invalidSsn = () => pick([`000-${pad(int(1, 99), 2)}-${digits(4)}`, `666-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`, `9${digits(2)}-${pad(int(1, 69), 2)}-${pad(int(1, 9999), 4)}`, `${pad(int(1, 665), 3)}-00-${pad(int(1, 9999), 4)}`, `${pad(int(1, 665), 3)}-${pad(int(1, 99), 2)}-0000`]);
function invalidNhs() { for (;;) { const n = String(int(4, 6)) + digits(8); const c = nhsCheck(n); if (c === 10) continue; const w = (c + int(1, 9)) % 10; if (w !== c) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}${w}`; } }
function imei() { return luhnComplete('35' + digits(12)); }
export const LOOKS = {
  git_sha: () => str(HEX, 40), git_sha_short: () => str(HEX, pick([7, 8, 10, 12])), uuid: () => uuid(),
  digest: () => 'sha256:' + str(HEX, 64), integrity: () => 'sha512-' + bytes(64).toString('base64'), hash: () => pick([str(HEX, 32), str(HEX, 64)]),
  certificate: () => certPem(), public_key: () => pick([() => 'ssh-ed25519 ' + sshEd25519Pub().toString('base64'), () => 'pk_live_51' + str(B62, 90), () => 'pk.' + b64u(JSON.stringify({ u: 'acme-maps', a: str(LOWAN, 25) })) + '.' + str(B62, 22), () => publicPem()])(),
  placeholder: () => pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<password>', 'TODO', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '{{ api_key }}', 'your-secret-here', 'hunter2-not-real', '<redacted>', 'none']),
  aws_example_key: () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
  env_reference: () => pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$(cat /run/secrets/api_key)', '%API_KEY%', '${env:STRIPE_KEY}', '{{ .Values.secret }}', 'env("SENTRY_TOKEN")', '$REDIS_PASSWORD', '${vault:secret/data/app#token}', 'process.env.OPENAI_API_KEY', 'os.environ["SMTP_PASS"]']),
  order_number: () => pick(['ORD-', '#', 'SO', 'PO-']) + digits(int(6, 10)), tracking_number: () => pick(['1Z' + str(UPAN, 16), '9400' + digits(18), 'JD' + digits(16), digits(12), 'RR' + digits(9) + 'DE']),
  invoice_number: () => pick(['INV-', 'FAC-', 'RE-']) + int(2024, 2026) + '-' + digits(5),
  version: () => pick([`${int(0, 9)}.${int(0, 30)}.${int(0, 99)}`, `v${int(1, 5)}.${int(0, 12)}.${int(0, 40)}-rc.${int(1, 5)}`, `${int(1, 20)}.${int(0, 9)}.${int(0, 9)}+build.${digits(4)}`]),
  build_number: () => pick(['#', 'build-', 'b']) + digits(int(4, 6)), date: () => `${int(2019, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
  timestamp: () => pick([() => String(1700000000 + int(0, 99999999)), () => String(1700000000000 + int(0, 2e9)), () => `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${digits(3)}Z`])(),
  price: () => pick(['$', '€', '£', '']) + int(1, 9999) + '.' + digits(2) + pick(['', ' EUR', ' USD']), coordinates: () => `${(int(-8900, 8900) / 100).toFixed(4)}, ${(int(-17900, 17900) / 100).toFixed(4)}`,
  isbn: () => isbn13(), hex_color: () => '#' + str(HEX, pick([6, 6, 3])), invalid_card: () => invalidCard(), invalid_iban: () => invalidIban(), invalid_ssn: () => invalidSsn(),
  invalid_nhs: () => invalidNhs(), vendor_test_card: () => pick(['4242424242424242', '4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117']),
  data_uri: () => 'data:image/png;base64,' + bytes(int(30, 60)).toString('base64'), k8s_resource_version: () => digits(int(6, 9)), request_id: () => pick(['req_' + str(B62, 24), str(HEX, 32), 'Root=1-' + str(HEX, 8) + '-' + str(HEX, 24)]),
  crm_id: () => pick(['003' + str(B62, 15), 'CUST-' + digits(7), 'ACC' + digits(8), 'lead_' + str(LOWAN, 12)]), hostname: () => pick(['db-', 'api-', 'cache-', 'worker-']) + int(1, 40) + '.' + pick(['prod', 'stg', 'eu1']) + '.' + pick(['internal.example', 'corp.test', 'svc.invalid']),
  container_id: () => str(HEX, 64), trace_id: () => `00-${str(HEX, 32)}-${str(HEX, 16)}-01`, mac_address: () => Array.from({ length: 6 }, () => str(UHEX, 2)).join(':'),
  ssh_fingerprint: () => 'SHA256:' + bytes(32).toString('base64').replace(/=+$/, ''), pgp_fingerprint: () => str(UHEX, 40).match(/.{4}/g).join(' '), imei: () => imei(),
  masked_card: () => pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ']) + digits(4), masked_secret: () => pick(['sk_live_****', 'ghp_****', 'AKIA****', '****']) + str(B62, 4), redacted: () => pick(['[REDACTED]', '***redacted***', '<hidden>', '[FILTERED]']),
  ticket_id: () => pick(['OPS', 'SEC', 'INC', 'HR', 'FIN']) + '-' + int(100, 9999), cve_id: () => `CVE-${int(2019, 2026)}-${int(1000, 49999)}`, aws_account_id: () => digits(12), arn: () => `arn:aws:iam::${digits(12)}:role/${pick(['deploy', 'ReadOnly', 'ci-runner'])}`,
  ulid: () => '01' + str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24), etag: () => '"' + str(HEX, 32) + '"', jwt_key_id: () => str(B62, 20), nonce: () => str(B64, 22) + '==',
};
export const look = (what) => L(what, LOOKS[what]());
export const anyLook = () => { const w = pick(Object.keys(LOOKS).filter((k) => k !== 'certificate')); return look(w); };
