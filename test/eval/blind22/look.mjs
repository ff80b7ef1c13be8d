// Look-alike generators: values that resemble secrets or PII but must pass through unchanged.
import { R, A, Deck } from './prng.mjs';
import { luhnValid, luhnComplete, ibanMod97, IBAN_LEN, nhsCheck, sha1hex } from './checks.mjs';
import { ibanRaw, ibanFmt, formatCard } from './pii.mjs';
import { certificatePem, publicKeyPem, sshPublicKeyB64 } from './keys.mjs';
import { uuid4 } from './secrets.mjs';

const r = (a, n) => R.str(a, n);
const hex = (n) => r(A.hexl, n);
const dg = (n) => r(A.digit, n);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// a per-document clock that moves forward
export class Clock {
  constructor(base) { this.t = base ?? (1767225600 + R.int(0, 15000000)) * 1000 + R.int(0, 999); }
  tick(maxMs = 90000) { this.t += R.int(1, maxMs); return this; }
  get d() { return new Date(this.t); }
  iso(ms = true, z = 'Z') { const s = this.d.toISOString(); return (ms ? s : s.slice(0, 19) + 'Z').replace('Z', z); }
  isoNoZ() { return this.d.toISOString().slice(0, 23).replace('T', ' '); }
  sql() { return this.d.toISOString().slice(0, 19).replace('T', ' '); }
  date() { return this.d.toISOString().slice(0, 10); }
  syslog() { const d = this.d; return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  clf() { const d = this.d; return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`; }
  hms() { const d = this.d; return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  hm() { const d = this.d; return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; }
  epoch() { return String(Math.floor(this.t / 1000)); }
  epochMs() { return String(this.t); }
  eu() { const d = this.d; return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`; }
  us() { const d = this.d; return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`; }
  long() { const d = this.d; return `${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }
  rfc2822() { const d = this.d; return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${this.hms()} +0000`; }
  gitDate() { const d = this.d; return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${this.hms()} ${d.getUTCFullYear()} ${R.pick(['+0100', '+0200', '-0500', '+0900', '+0000', '+0530'])}`; }
}
export const tsAny = (c) => R.pick([() => c.iso(), () => c.iso(false), () => c.sql(), () => c.epoch(), () => c.epochMs(), () => c.isoNoZ()])();

export const gitSha = (short) => (short ? hex(R.pick([7, 8, 10, 12])) : hex(40));
export const digest = () => 'sha256:' + hex(64);
export const integrity = () => R.pick(['sha512-', 'sha384-', 'sha256-']).replace(/.*/, (p) => p + R.bytes(p === 'sha512-' ? 64 : p === 'sha384-' ? 48 : 32).toString('base64'));
export const hashHex = () => R.pick([() => hex(32), () => hex(40), () => hex(64)])();
export const md5 = () => hex(32);
export const placeholder = () => R.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', 'your_api_key_here', '********', 'TODO', '<password>', '<SECRET>', 'CHANGE_ME_BEFORE_DEPLOY', 'dummy', 'not-a-real-secret', 'XXXX-XXXX-XXXX', '{{PASSWORD}}', 'insert-key-here', '[REDACTED]', '***', 'pass123-placeholder', '<redacted>', 'YOUR_TOKEN', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX']);
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const envRef = (name) => {
  const n = name || R.pick(['DB_PASSWORD', 'API_KEY', 'STRIPE_KEY', 'SECRET_KEY', 'REDIS_URL', 'TOKEN', 'SMTP_PASS', 'AWS_SECRET_ACCESS_KEY']);
  return R.pick([`\${${n}}`, `\${{ secrets.${n} }}`, `$${n}`, `%${n}%`, `{{ .Values.${n.toLowerCase().replace(/_(.)/g, (m, c) => c.toUpperCase())} }}`, `\${env:${n}}`, `$(${n})`, `{{ env "${n}" }}`, `\${${n}:-}`, `<%= ENV['${n}'] %>`]);
};
export const orderNumber = () => R.pick([`ORD-${R.int(2024, 2026)}-${dg(6)}`, `#${R.int(100000, 999999)}`, `SO${dg(8)}`, `${r(A.upper, 2)}-${dg(7)}`, `PO-${dg(5)}`, `order_${r(A.alnum, 14)}`]);
export const trackingNumber = () => R.pick([`1Z${r(A.alnumu, 6)}${dg(10)}`, dg(12), `9400${dg(18)}`, `${r(A.upper, 2)}${dg(9)}${R.pick(['GB', 'DE', 'FR', 'NL', 'CN'])}`, `JJD${dg(18)}`, dg(10)]);
export const invoiceNumber = () => R.pick([`INV-${R.int(2024, 2026)}-${dg(5)}`, `RE-${dg(8)}`, `F${R.int(2024, 2026)}/${dg(4)}`, `in_${r(A.alnum, 24)}`, `FA-${dg(6)}`]);
export const version = () => R.pick([`v${R.int(0, 9)}.${R.int(0, 40)}.${R.int(0, 30)}`, `${R.int(0, 20)}.${R.int(0, 30)}.${R.int(0, 20)}`, `${R.int(1, 5)}.${R.int(0, 12)}.${R.int(0, 9)}-rc.${R.int(1, 5)}`, `${R.int(1, 3)}.${R.int(0, 9)}.${R.int(0, 9)}-beta.${R.int(1, 9)}+build.${dg(4)}`, `${R.int(2024, 2026)}.${R.int(1, 12)}.${R.int(1, 9)}`]);
export const buildNumber = () => R.pick([`#${R.int(100, 99999)}`, `build ${R.int(2025, 2026)}${pad(R.int(1, 12))}${pad(R.int(1, 28))}.${R.int(1, 30)}`, `${R.int(1000, 999999)}`, `b${R.int(100, 9999)}`]);
export const price = () => R.pick([`$${R.int(1, 4999)}.${pad(R.int(0, 99))}`, `€${R.int(1, 9)}.${dg(3)},${pad(R.int(0, 99))}`, `${R.int(1, 999)},${pad(R.int(0, 99))} €`, `£${R.int(1, 999)}.${pad(R.int(0, 99))}`, `¥${R.int(1, 99)},${dg(3)}`, `R$ ${R.int(1, 999)},${pad(R.int(0, 99))}`, `${R.int(10, 9999)}.${pad(R.int(0, 99))} USD`, `CHF ${R.int(1, 999)}.${pad(R.int(0, 95))}`, `₹${R.int(1, 99)},${dg(3)}`]);
export const coordinates = () => { const la = (R.f() * 140 - 60).toFixed(R.int(4, 6)), lo = (R.f() * 340 - 170).toFixed(R.int(4, 6)); return R.pick([`${la}, ${lo}`, `${la},${lo}`]); };
export function isbn() { const b = '978' + dg(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const d = b + c; return R.chance(0.5) ? d : `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}`; }
export const hexColor = () => '#' + (R.chance(0.8) ? hex(6) : hex(3));
export function invalidCard() {
  for (;;) {
    const p = R.pick(['4', '51', '52', '53', '55', '2221', '6011', '35']);
    const d = p + dg(16 - p.length);
    if (!luhnValid(d)) return formatCard(d, R.pick([' ', '-', '']));
  }
}
export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100', '3566002020360505', '30569309025904', '4012888888881881', '2223003122003222', '4000000000000002', '4000000000009995', '5200828282828210', '371449635398431'];
export const vendorTestCard = () => formatCard(R.pick(VENDOR_TEST_CARDS), R.pick([' ', '', '', '-']));
export function invalidIban() {
  const s = ibanRaw();
  const ck = (+s.slice(2, 4) + R.int(1, 40)) % 100;
  const bad = s.slice(0, 2) + String(ck).padStart(2, '0') + s.slice(4);
  return ibanMod97(bad) === 1 ? invalidIban() : ibanFmt(bad);
}
export function invalidSsn() {
  const t = R.int(0, 3);
  const a = t === 0 ? '000' : t === 1 ? '666' : t === 2 ? '9' + dg(2) : String(R.int(1, 665)).padStart(3, '0');
  const g = t === 3 && R.chance(0.5) ? '00' : t === 2 ? String(R.int(10, 49)) : String(R.int(1, 99)).padStart(2, '0');
  const s = t === 3 && g !== '00' ? '0000' : String(R.int(1, 9999)).padStart(4, '0');
  return `${a}-${g}-${s}`;
}
export function invalidNhs() {
  for (;;) {
    const nine = String(R.int(4, 6)) + dg(8);
    const c = nhsCheck(nine);
    const wrong = (c === null ? R.int(0, 9) : (c + R.int(1, 9)) % 10);
    if (c !== null && wrong === c) continue;
    const d = nine + wrong;
    return R.chance(0.6) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
  }
}
export const dataUri = () => R.pick([
  () => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + R.bytes(R.int(30, 90)).toString('base64').replace(/=+$/, ''),
  () => 'data:image/svg+xml;base64,' + Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${R.int(8, 64)}" height="${R.int(8, 64)}"><rect fill="${hexColor()}"/></svg>`).toString('base64'),
  () => 'data:font/woff2;base64,d09GMgABAAAAA' + R.bytes(R.int(40, 80)).toString('base64').replace(/=+$/, ''),
])();
export const k8sResourceVersion = () => String(R.int(1000000, 999999999));
export const requestId = () => R.pick([() => 'req_' + r(A.alnum, 24), () => uuid4(), () => hex(32), () => `${r(A.alnumu, 4)}-${hex(8)}-${hex(8)}`, () => `Root=1-${hex(8)}-${hex(24)}`, () => r(A.alnum, 20)])();
export const traceId = () => R.pick([() => hex(32), () => `00-${hex(32)}-${hex(16)}-01`])();
export const crmId = () => R.pick([() => '003' + r(A.alnum, 15), () => '0015g' + r(A.alnum, 13), () => 'cus_' + r(A.alnum, 14), () => String(R.int(1000000, 99999999999)), () => `CRM-${dg(7)}`, () => `CUST${dg(8)}`, () => `lead_${r(A.alnuml, 12)}`])();
export const hostname = () => R.pick([
  () => `${R.pick(['api', 'web', 'db', 'cache', 'worker', 'ingest', 'edge', 'batch'])}-${R.int(1, 40)}.${R.pick(['eu-west', 'us-east', 'ap-south', 'fra1', 'ams3'])}.${R.pick(['prod', 'stg', 'qa'])}.${R.pick(['acme', 'kestrel', 'orbitpay', 'nordwind'])}.example`,
  () => `ip-10-${R.int(0, 255)}-${R.int(0, 255)}-${R.int(1, 254)}`,
  () => `${R.pick(['pg', 'mysql', 'redis', 'kafka', 'es'])}-${R.pick(['primary', 'replica', 'broker'])}-${R.int(0, 5)}`,
  () => `${R.pick(['build', 'runner', 'ci'])}-agent-${hex(5)}`,
  () => `${R.pick(['svc', 'node', 'host'])}${R.int(1, 99)}.${R.pick(['lan', 'corp', 'dc1'])}.test`,
])();
export const macAddress = () => Array.from({ length: 6 }, () => hex(2)).join(R.pick([':', '-']));
export const ticketId = () => R.pick([`${R.pick(['OPS', 'SUP', 'BUG', 'PAY', 'INFRA', 'HR', 'SEC', 'CS'])}-${R.int(10, 99999)}`, `#${R.int(1000, 999999)}`, `INC${dg(7)}`, `CS-${R.int(2025, 2026)}-${dg(5)}`]);
export const containerId = () => (R.chance(0.5) ? hex(12) : hex(64));
export const ulid = () => r('0123456789ABCDEFGHJKMNPQRSTVWXYZ'.slice(0, 8), 1) + r('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 25);
export const cidr = () => R.pick([`10.${R.int(0, 255)}.0.0/${R.pick([16, 20, 24])}`, `172.${R.int(16, 31)}.0.0/16`, `192.168.${R.int(0, 255)}.0/24`, `fd${hex(2)}:${hex(4)}::/48`]);
export const sku = () => R.pick([`SKU-${r(A.alnumu, 6)}`, `${r(A.upper, 3)}-${dg(4)}-${r(A.upper, 2)}`, `${dg(3)}.${dg(3)}.${dg(2)}`]);
export const maskedCard = () => R.pick([`**** **** **** ${dg(4)}`, `${R.pick(['4', '5', '3'])}${dg(5)}******${dg(4)}`, `XXXX-XXXX-XXXX-${dg(4)}`, `•••• ${dg(4)}`, `************${dg(4)}`]);
export function imei() { return luhnComplete(R.pick(['35', '86', '01', '49']) + dg(12)); }
export function vin() {
  const al = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
  const tr = (c) => (c >= '0' && c <= '9' ? +c : 'ABCDEFGH'.includes(c) ? c.charCodeAt(0) - 64 : 'JKLMN'.includes(c) ? c.charCodeAt(0) - 73 : c === 'P' ? 7 : c === 'R' ? 9 : c.charCodeAt(0) - 81 + 2);
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const v = (R.pick(['1HG', 'WVW', 'JHM', 'WBA', 'VF1', 'ZFA', 'SAL', 'KMH']) + r(al, 14)).split('');
  let s = 0; for (let i = 0; i < 17; i++) if (i !== 8) s += tr(v[i]) * w[i];
  v[8] = s % 11 === 10 ? 'X' : String(s % 11);
  return v.join('');
}
export function npi() { const base = '1' + dg(8); const s = '80840' + base; let sum = 0, alt = true; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return base + ((10 - (sum % 10)) % 10); }
export const ciphertext = () => hex(64);
export const ein = () => `${R.pick(['12', '20', '27', '33', '45', '46', '47', '81', '84', '94'])}-${dg(7)}`;
export const semverRange = () => R.pick([`^${R.int(1, 18)}.${R.int(0, 20)}.${R.int(0, 9)}`, `~${R.int(0, 5)}.${R.int(0, 9)}`, `>=${R.int(1, 3)}.${R.int(0, 9)},<${R.int(4, 5)}`]);
export const sshPub = (t) => sshPublicKeyB64(t);
export const publishable = () => R.pick([() => 'pk_live_' + r(A.alnum, 99), () => 'pk.' + Buffer.from(JSON.stringify({ u: 'maps-' + r(A.alnuml, 5), a: r(A.alnuml, 25) })).toString('base64url') + '.' + r(A.b64url, 22)])();

export const LOOK = {
  git_sha: () => gitSha(R.chance(0.3)), uuid: uuid4, digest, integrity, hash: hashHex, certificate: () => certificatePem(), public_key: () => publicKeyPem(R.pick(['ec', 'rsa'])),
  placeholder, aws_example_key: () => R.pick(AWS_EXAMPLES), env_reference: () => envRef(), order_number: orderNumber, tracking_number: trackingNumber, version,
  build_number: buildNumber, date: () => new Clock().date(), timestamp: () => tsAny(new Clock()), price, coordinates, isbn, hex_color: hexColor,
  invalid_card: invalidCard, invalid_iban: invalidIban, invalid_ssn: invalidSsn, invalid_nhs: invalidNhs, vendor_test_card: vendorTestCard, data_uri: dataUri,
  k8s_resource_version: k8sResourceVersion, request_id: requestId, crm_id: crmId, hostname, trace_id: traceId, mac_address: macAddress, invoice_number: invoiceNumber,
  ticket_id: ticketId, container_id: containerId, ulid, cidr, sku, masked_card: maskedCard, imei, vin, ein, semver_range: semverRange, npi, ciphertext,
};
export const LOOK_KINDS = Object.keys(LOOK);
export const lookDeck = new Deck(LOOK_KINDS.filter((k) => !['certificate', 'public_key'].includes(k)));
export const look = (what) => LOOK[what]();
