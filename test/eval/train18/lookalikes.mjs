// Look-alike generators: values that must pass unchanged. {what, v}.
import { DIG, HEX, UP, LOW, ALNUM, B64, B64URL, luhnOk, luhnComplete, ibanCheck, IBAN_LEN, ssnOk } from './rng.mjs';

export function makeLook(r) {
  const L = (what, v) => ({ what, v });
  const G = {
    git_sha: () => L('git_sha', r.chance(0.6) ? r.hex(40) : r.hex(r.pick([7, 8, 12]))),
    uuid: () => L('uuid', r.uuid()),
    digest: () => L('digest', 'sha256:' + r.hex(64)),
    integrity: () => L('integrity', 'sha512-' + r.str(B64, 86) + '=='),
    hash: () => L('hash', r.pick([() => r.hex(32), () => r.hex(40), () => r.hex(64)])()),
    public_key: () => L('public_key', r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.str(B64, 43), () => 'pk_live_51' + r.str(ALNUM, 97), () => 'pk.eyJ1Ijoi' + r.str(B64URL, 40) + '.' + r.str(B64URL, 22), () => 'age1' + r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)])()),
    placeholder: () => L('placeholder', r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', '<redacted>', 'REPLACE_ME', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'dummy', 'password123-not-real', '{{ .Values.token }}', 'TODO', '<paste secret here>', 'sk_test_...', 'insert-key', '$PASSWORD', 'hunter2 (example)'])),
    aws_example_key: () => L('aws_example_key', r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'])),
    env_reference: () => L('env_reference', r.pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$(cat /run/secrets/api_key)', '%APPDATA%', '${env:STRIPE_KEY}', 'os.environ["API_TOKEN"]', 'process.env.SESSION_SECRET', '{{ vault "kv/app#token" }}', '!Ref DbPasswordParam', '${var.client_secret}', '$SMTP_PASS', 'ENV.fetch("SECRET_KEY_BASE")'])),
    order_number: () => L('order_number', r.pick(['ORD-', 'SO', '#', 'PO-']) + r.digits(r.int(6, 10))),
    tracking_number: () => L('tracking_number', r.pick([() => '1Z' + r.str(UP + DIG, 16), () => r.digits(12), () => 'JJD' + r.digits(18), () => r.str(UP, 2) + r.digits(9) + r.pick(['DE', 'GB', 'CN'])])()),
    version: () => L('version', r.pick(['v', '', '']) + `${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 99)}` + r.pick(['', '-rc.1', '-beta.3', '+build.7'])),
    build_number: () => L('build_number', r.pick(['build #', 'run ', '#']) + r.int(1000, 99999)),
    date: () => L('date', r.pick([() => `20${r.int(10, 26)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, () => `${r.int(1, 28)}.${r.int(1, 12)}.20${r.int(10, 26)}`, () => `${r.int(1, 12)}/${r.int(1, 28)}/20${r.int(10, 26)}`])()),
    timestamp: () => L('timestamp', r.pick([() => String(r.int(1600000000, 1800000000)), () => String(r.int(1600000000, 1800000000)) + r.digits(3), () => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`])()),
    price: () => L('price', r.pick(['$', '€', '£', '¥', 'CHF ']) + r.int(1, 9999) + '.' + r.digits(2)),
    coordinates: () => L('coordinates', `${(r.float() * 180 - 90).toFixed(6)}, ${(r.float() * 360 - 180).toFixed(6)}`),
    isbn: () => L('isbn', `978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}`),
    hex_color: () => L('hex_color', '#' + r.hex(6)),
    invalid_card: () => { let n; do { n = '4' + r.digits(15); } while (luhnOk(n)); return L('invalid_card', n.match(/.{4}/g).join(' ')); },
    invalid_iban: () => { const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'GB']); const L2 = IBAN_LEN[cc] - 4; const b = (cc === 'GB' || cc === 'NL' ? r.str(UP, 4) + r.digits(L2 - 4) : r.digits(L2)); const good = ibanCheck(cc, b); let bad; do { bad = String(r.int(2, 98)).padStart(2, '0'); } while (bad === good); return L('invalid_iban', cc + bad + b); },
    invalid_ssn: () => L('invalid_ssn', r.pick([() => `000-${r.digits(2).replace('00', '12')}-${r.int(1000, 9999)}`, () => `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, () => `${r.int(900, 999)}-${r.int(10, 49)}-${r.int(1000, 9999)}`, () => `${r.int(100, 599)}-00-${r.int(1000, 9999)}`, () => `${r.int(100, 599)}-${r.int(10, 99)}-0000`])()),
    vendor_test_card: () => L('vendor_test_card', r.pick(['4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '4000 0566 5566 5556', '6011111111111117', '3566002020360505'])),
    data_uri: () => L('data_uri', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + r.str(B64, r.int(40, 120)) + '=='),
    k8s_resource_version: () => L('k8s_resource_version', String(r.int(100000, 99999999))),
    request_id: () => L('request_id', r.pick([() => 'req_' + r.str(ALNUM, 24), () => r.uuid(), () => 'Root=1-' + r.hex(8) + '-' + r.hex(24)])()),
    crm_id: () => L('crm_id', r.pick([() => '0035e00000' + r.str(ALNUM, 8), () => 'CUST-' + r.digits(7), () => 'cus_' + r.str(ALNUM, 14), () => 'lead-' + r.digits(6)])()),
    hostname: () => L('hostname', r.pick(['db-01', 'redis-cache-2', 'api.internal.example', 'build-agent-17', 'ip-10-0-3-17.ec2.internal.example', 'mq.prod.test', 'ldap.corp.example'])),
    certificate: () => L('certificate', ['-----BEGIN CERTIFICATE-----', ...('MIID' + r.str(B64, 64 * r.int(6, 12) - 4)).match(/.{64}/g), r.str(B64, 20) + '==', '-----END CERTIFICATE-----'].join('\n')),
    // own kinds
    mac_address: () => L('mac_address', Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-']))),
    ulid: () => L('ulid', '01' + r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)),
    trace_id: () => L('trace_id', `00-${r.hex(32)}-${r.hex(16)}-01`),
    imei: () => L('imei', luhnComplete('35' + r.digits(12))),
    vin: () => L('vin', r.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17)),
    password_hash: () => L('password_hash', r.pick([() => '$2b$12$' + r.str('./' + ALNUM, 53), () => '$argon2id$v=19$m=65536,t=3,p=4$' + r.str(B64, 22) + '$' + r.str(B64, 43)])()),
    masked_card: () => L('masked_card', r.pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ']) + r.digits(4)),
    masked_secret: () => L('masked_secret', r.pick(['sk_live_', 'ghp_', 'AKIA', 'xoxb-']) + '****' + r.str(ALNUM, 4)),
    ssid: () => L('ssid', r.pick(['FRITZ!Box 7590 KQ', 'Gaeste-WLAN', 'HOME-5G-2F1A', 'Office_Guest', 'Livebox-8C3E', 'TP-Link_A4C2', 'Bibliothek-Public'])),
    ean13: () => L('ean13', '40' + r.digits(11)),
    sku: () => L('sku', r.str(UP, 3) + '-' + r.digits(4) + '-' + r.str(UP, 2)),
    cron: () => L('cron', `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.pick(['*', '1-5', '0'])}`),
    semver_range: () => L('semver_range', r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`),
    container_id: () => L('container_id', r.hex(12)),
    invoice_number: () => L('invoice_number', `INV-20${r.int(20, 26)}-${r.digits(5)}`),
    postal_code: () => L('postal_code', r.digits(5)),
    base64_blob: () => L('base64_blob', Buffer.from(`{"page":${r.int(1, 90)},"cursor":"${r.hex(12)}"}`).toString('base64')),
    test_phone: () => L('test_phone', `(555) 01${r.int(0, 9)}${r.int(0, 9)}`.replace(/^\(555\) (\d{4})$/, '555-$1')),
  };
  const kinds = Object.keys(G);
  const any = () => G[r.pick(kinds)]();
  return { G, kinds, any };
}
