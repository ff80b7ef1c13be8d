// Per-document value generator: PII values, look-alikes and secrets, recording which cultures,
// numbering plans and languages a document used (for the composition report).
import { CS } from './prng.mjs';
import { S, P, L } from './builder.mjs';
import { CULTURES, cultureById } from './data_names.mjs';
import { PLANS, planByCc } from './data_phones.mjs';
import { PLACES } from './data_places.mjs';
import { SECRETS, secretByName } from './secrets.mjs';
import { luhnCheckDigit, luhnValid, ibanCheckDigits, IBAN_LENGTHS, mod97, nhsCheck, deaCheck, b58check, bech32Encode, convertBits, sha256 } from './checksums.mjs';
import { pem, ecKey, ecSpkiDer, rsaParts, rsaSpkiDer, sshPublicLine, certificateDer } from './keys.mjs';

const ROMAN = { // romanised handles for e-mail local parts of non-Latin names
  Greek: ['giorgos', 'eleni', 'dimitris', 'katerina', 'papadopoulos', 'oikonomou'], Cyrillic: ['alexey', 'natalia', 'dmitry', 'olga', 'smirnov', 'oksana', 'taras'],
  Arabic: ['mohammed', 'fatima', 'ahmed', 'layla', 'youssef', 'alotaibi', 'reza', 'maryam'], Hebrew: ['david', 'noa', 'yossi', 'michal', 'cohen', 'levi', 'mizrahi'],
  Devanagari: ['rahul', 'priya', 'amit', 'sunita', 'sharma', 'verma', 'gupta'], Tamil: ['karthik', 'priya', 'murugan', 'lakshmi'], Bengali: ['soumitra', 'tania', 'rakib', 'nusrat'],
  Han: ['wangwei', 'li.na', 'zhang.xm', 'liu.yt', 'chen88', 'lin.zh'], Kanji: ['sato', 'suzuki', 'takahashi', 'y.watanabe', 'itoh'], Hangul: ['kim.minjun', 'lee.seoyeon', 'park.jh', 'choi'],
  Thai: ['somchai', 'sudarat', 'piyapong', 'kanokwan'], Ethiopic: ['abebe', 'tigist', 'yohannes'], Georgian: ['giorgi', 'nino', 'levan', 'beridze'], Armenian: ['aram', 'ani', 'tigran', 'petrosyan'],
  Sinhala: ['nimal', 'chamari', 'perera'], Myanmar: ['aung', 'thida', 'zaw'], Lao: ['somphone', 'bouaphan'],
};
const DOMAINS = ['mail.example', 'post.test', 'inbox.example', 'corp.example', 'nordwind-logistik.example', 'correo.test', 'uni-musterstadt.test', 'kanzlei-beispiel.test',
  'acme-robotics.example', 'hospital-sud.example', 'clinic.test', 'bank-intern.invalid', 'shop.invalid', 'freemail.example', 'hr.corp.example', 'ventas.example', 'yubin.test', 'mailbox.invalid'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[ðÐ]/g, 'd').replace(/[þÞ]/g, 'th').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, '');

export class Gen {
  constructor(r) {
    this.r = r;
    this.meta = { cultures: new Set(), scripts: new Set(), plans: new Set(), langs: new Set(), code: new Set(), formats: new Set(), secretKinds: new Set() };
  }
  // ---------- PII ----------
  culture(filter) { const list = filter ? CULTURES.filter(filter) : CULTURES; return this.r.pick(list); }
  person(cOrId, opts = {}) {
    const r = this.r;
    const c = typeof cOrId === 'string' ? cultureById[cOrId] : cOrId || this.culture();
    this.meta.cultures.add(c.id); this.meta.scripts.add(c.script);
    const given = r.pick(c.g);
    let family = r.pick(c.f);
    if (c.compound && r.chance(0.7)) { let f2 = r.pick(c.f); if (f2 === family) f2 = c.f[(c.f.indexOf(family) + 1) % c.f.length]; family = `${family}${r.chance(0.2) ? '-' : ' '}${f2}`; }
    let full;
    if (c.viet) full = `${family} ${r.pick(['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thanh'])} ${given}`;
    else if (c.binti) full = `${given} ${r.chance(0.5) ? 'bin' : 'binti'} ${family}`;
    else if (c.mononym && r.chance(c.mononym)) { full = given; family = ''; }
    else if (opts.givenOnly) full = given;
    else if (opts.familyOnly) full = family;
    else full = c.order === 'fg' ? family + c.sep + given : given + c.sep + family;
    if (c.id === 'ja-JP' && !opts.givenOnly && !opts.familyOnly && r.chance(0.3)) full = family + ' ' + given;
    return { full, given, family, c, script: c.script };
  }
  handle(p) {
    const r = this.r;
    if (p.script === 'Latin') {
      const g = ascii(p.given.split(' ')[0]) || 'user', f = ascii(p.family) || ascii(p.given);
      return r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}.${g}`, `${g}${f}`, `${g}_${f}${r.digits(2)}`, `${g}${r.digits(2)}`, `${f}${g[0]}`, `${g}.${f}+${r.pick(['news', 'shop', 'work', 'lists'])}`]);
    }
    const rom = ROMAN[p.script] || ['user'];
    return r.pick(rom) + r.pick(['', '.', '_']) + r.pick(['', r.digits(2), r.pick(rom)]);
  }
  email(p, domain) { const r = this.r; return `${p ? this.handle(p) : r.pick(['info', 'kontakt', 'support', 'jobs', 'office']) + r.digits(1)}@${domain || r.pick(DOMAINS)}`.replace(/\.+@/, '@'); }
  phone(cc) {
    const r = this.r;
    const plan = cc ? planByCc[cc] || r.pick(PLANS) : r.pick(PLANS);
    this.meta.plans.add(plan.cc);
    let pat = r.pick(plan.pats);
    pat = pat.replace('{a}', () => r.pick(plan.a)).replace('{m}', () => r.pick(plan.m));
    let out = '';
    for (const ch of pat) out += ch === '#' ? r.digits(1) : ch === 'N' ? String(r.range(2, 9)) : ch;
    return out;
  }
  postcode(cc) {
    const r = this.r; const pat = (PLACES[cc] || PLACES.US).pc || '';
    let o = ''; for (const ch of pat) o += ch === '#' ? r.digits(1) : ch === 'L' ? r.str(CS.upper, 1) : ch; return o;
  }
  town(cc) { const pl = PLACES[cc] || PLACES.US; if (pl.towns) return this.r.pick(pl.towns); return this.r.pick(pl.jp || pl.kr || pl.cn || pl.th); }
  country(cc) { return this.r.pick((PLACES[cc] || PLACES.US).country); }
  // Address as array of lines, each an array of parts (LOCATION marks + neutral text).
  address(cc) {
    const r = this.r; const pl = PLACES[cc] || PLACES.US; const pc = this.postcode(cc);
    const no = String(r.range(1, 240)); const LOC = (v) => P('LOCATION', v);
    const withCountry = r.chance(0.35);
    const ctry = withCountry ? [[LOC(this.country(cc))]] : [];
    switch (cc) {
      case 'US': case 'CA': case 'AU': { const i = r.int(pl.towns.length); const st = `${no} ${r.pick(pl.streets)}`; const unit = r.chance(0.3) ? [r.pick([', Apt ', ', Unit ', ' #']) + r.range(1, 40) + r.pick(['', 'B'])] : [];
        return [[LOC(st), ...unit], [LOC(pl.towns[i]), `, ${pl.states[i % pl.states.length]} ${pc}`], ...ctry]; }
      case 'GB': case 'IE': case 'NZ': case 'ZA': case 'KE': case 'NG': { const lines = [[r.chance(0.3) ? `Flat ${r.range(1, 12)}, ` : '', LOC(`${no} ${r.pick(pl.streets)}`)], [LOC(this.town(cc))]]; if (pc) lines.push([pc]); return lines.concat(ctry); }
      case 'DE': case 'AT': case 'CH': case 'NL': case 'BE': case 'DK': case 'NO': case 'SE': case 'FI': case 'IS': case 'CZ': case 'PL': case 'HU': case 'TR': case 'GE': case 'AM':
        return [[LOC(`${r.pick(pl.streets)} ${no}${r.chance(0.2) ? r.pick(['a', 'b', '/3', '/12']) : ''}`)], [pc ? pc + ' ' : '', LOC(this.town(cc))], ...ctry];
      case 'FR': case 'ES': case 'PT': case 'BR': case 'MX': case 'AR': case 'VN': case 'PH': case 'ID': case 'MA': case 'RO': case 'GR': {
        const street = cc === 'FR' ? `${no} ${r.pick(pl.streets)}` : `${r.pick(pl.streets)}${cc === 'ID' ? ' ' : ', '}${no}`;
        const l2 = cc === 'BR' ? [LOC(this.town(cc)), ` - ${r.pick(pl.states)}, CEP ${pc}`] : [pc ? pc + ' ' : '', LOC(this.town(cc))];
        return [[LOC(street), cc === 'ES' && r.chance(0.5) ? `, ${r.range(1, 6)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}` : ''], l2, ...ctry]; }
      case 'IT': { const i = r.int(pl.towns.length); return [[LOC(`${r.pick(pl.streets)} ${no}`)], [`${pc} `, LOC(pl.towns[i]), ` (${pl.prov[i]})`], ...ctry]; }
      case 'RU': case 'UA': return [[LOC(`${r.pick(pl.streets)}, д. ${no}${r.chance(0.5) ? `, кв. ${r.range(1, 90)}` : ''}`)], [r.chance(0.5) ? 'г. ' : '', LOC(this.town(cc))], [pc], ...ctry];
      case 'IN': { const i = r.int(pl.towns.length); return [[r.chance(0.5) ? `Flat ${r.range(1, 9)}${r.pick('ABCD')}, ` : '', LOC(`${no}, ${r.pick(pl.streets)}`)], [LOC(pl.towns[i]), ', ', LOC(pl.states[i]), ` ${pc}`], ...ctry]; }
      case 'JP': return [[`〒${pc} `, LOC(`${r.pick(pl.jp)}${r.range(1, 9)}-${r.range(1, 30)}${r.chance(0.3) ? '-' + r.range(1, 9) : ''}`)], ...ctry];
      case 'KR': return [[LOC(`${r.pick(pl.kr)} ${r.range(1, 400)}`), r.chance(0.5) ? ` (우편번호 ${pc})` : ''], ...ctry];
      case 'CN': case 'TW': return [[LOC(`${r.pick(pl.cn)}${r.range(1, 300)}号`), r.chance(0.5) ? ` 邮编 ${pc}` : ''], ...ctry];
      case 'TH': return [[`${no}/${r.range(1, 90)} `, LOC(r.pick(pl.th)), ` ${pc}`], ...ctry];
      case 'IL': return [[LOC(`${r.pick(pl.streets)} ${no}`)], [LOC(this.town(cc)), pc ? ` ${pc}` : ''], ...ctry];
      case 'AE': return [[LOC(r.pick(pl.streets)), `، مبنى ${no}`], [LOC(this.town(cc))], ...ctry];
      default: return [[LOC(`${no} ${r.pick(pl.streets)}`)], [LOC(this.town(cc))], ...ctry];
    }
  }
  ipv4() { const r = this.r; let a; do { a = r.range(1, 223); } while ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)); return `${a}.${r.int(256)}.${r.int(256)}.${r.range(1, 254)}`; }
  ipv4Private() { const r = this.r; return r.pick([() => `10.${r.int(256)}.${r.int(256)}.${r.range(1, 254)}`, () => `192.168.${r.int(256)}.${r.range(2, 254)}`, () => `172.${r.range(16, 31)}.${r.int(256)}.${r.range(1, 254)}`])(); }
  ipv6() { const r = this.r; const g = () => r.hex(r.range(1, 4)).replace(/^0+(?=.)/, ''); return r.chance(0.5) ? `2${r.pick(['001', 'a02', '600', '406', 'c0f'])}:${g()}:${g()}:${g()}::${g()}` : `2${r.pick(['001', 'a00', '804'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`; }
  card(net) {
    const r = this.r;
    net = net || r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'maestro']);
    const spec = { visa: ['4', 16], mc: [String(r.range(51, 55)), 16], mc2: [String(r.range(2221, 2720)), 16], amex: [r.pick(['34', '37']), 15], discover: [r.pick(['6011', '65', '644']), 16],
      jcb: [String(r.range(3528, 3589)), 16], diners: [r.pick(['36', '300', '305', '38']), 14], unionpay: ['62' + r.pick(['12', '22', '88', '60']), 16], maestro: [r.pick(['6759', '5018', '6304']), r.pick([16, 19])] }[net];
    const body = spec[0] + r.digits(spec[1] - spec[0].length - 1);
    return this.fmtCard(body + luhnCheckDigit(body));
  }
  fmtCard(n) { const r = this.r; const st = r.int(5); if (st === 0) return n; const sep = st === 1 ? '-' : ' ';
    if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
    if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
    return n.match(/.{1,4}/g).join(sep); }
  iban(cc) {
    const r = this.r; cc = cc || r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'AT', 'CH', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'CZ', 'HU', 'RO', 'GR', 'TR', 'AE', 'SA', 'IL', 'BR', 'UA', 'GE', 'HR', 'LU', 'SK', 'IS', 'KZ', 'EG']);
    const len = IBAN_LENGTHS[cc];
    let bban;
    if (['GB', 'IE'].includes(cc)) bban = r.str(CS.upper, 4) + r.digits(len - 8);
    else if (cc === 'NL') bban = r.str(CS.upper, 4) + r.digits(10);
    else if (cc === 'GE') bban = r.str(CS.upper, 2) + r.digits(16);
    else if (cc === 'BR') bban = r.digits(len - 6) + r.str(CS.upper, 1) + r.str(CS.upalnum, 1);
    else if (cc === 'KZ') bban = r.digits(3) + r.str(CS.upalnum, len - 7);
    else bban = r.digits(len - 4);
    const iban = cc + ibanCheckDigits(cc, bban) + bban;
    return r.chance(0.6) ? iban.match(/.{1,4}/g).join(' ') : iban;
  }
  ssn() { const r = this.r; let a; do { a = r.range(1, 899); } while (a === 666); const g = r.range(1, 99), s = r.range(1, 9999);
    const x = [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')]; return r.chance(0.8) ? x.join('-') : r.chance(0.5) ? x.join(' ') : x.join(''); }
  itin() { const r = this.r; const g = r.pick([r.range(50, 65), r.range(70, 88), r.range(90, 92), r.range(94, 99)]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
  usPassport() { const r = this.r; return r.chance(0.6) ? r.range(1, 9) + r.digits(8) : r.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S']) + r.digits(8); }
  usDriverLicense() { const r = this.r; return r.pick([() => r.str(CS.upper, 1) + r.digits(7), () => r.digits(9), () => r.str(CS.upper, 1) + r.digits(12), () => r.digits(8),
    () => `${r.str(CS.upper, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, () => 'WDL' + r.str(CS.upalnum, 9), () => r.str(CS.upper, 1) + r.digits(3) + '-' + r.digits(3) + '-' + r.digits(2) + '-' + r.digits(3) + '-' + r.digits(1), () => r.str(CS.upper, 2) + r.digits(6)])(); }
  usBankNumber() { return this.r.digits(this.r.range(8, 17)).replace(/^0/, '4'); }
  btc() {
    const r = this.r; const t = r.int(4);
    if (t === 0) return b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
    if (t === 1) return b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
    if (t === 2) return bech32Encode('bc', [0, ...convertBits([...r.bytes(20)], 8, 5)], false);
    return bech32Encode('bc', [1, ...convertBits([...r.bytes(32)], 8, 5)], true);
  }
  dea(lastName) { const r = this.r; const l1 = r.pick(['A', 'B', 'F', 'G', 'M']); const init = /^[A-Z]/.test(ascii(lastName || '').toUpperCase()) ? ascii(lastName).toUpperCase()[0] : r.str(CS.upper, 1);
    const six = r.digits(6); return l1 + init + six + deaCheck(six); }
  nhs() { const r = this.r; for (;;) { const nine = String(r.range(4, 6)) + r.digits(8); const c = nhsCheck(nine); if (c !== null) { const n = nine + c; return r.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } } }
  // ---------- secrets ----------
  secret(entity) { const s = secretByName[entity]; if (!s) throw new Error('no secret ' + entity); this.meta.secretKinds.add(entity); return s.gen(this.r); }
  S(entity) { return S(entity, this.secret(entity)); }
  // ---------- look-alikes ----------
  look(what) { return L(what, this.lookValue(what)); }
  lookValue(what) {
    const r = this.r;
    switch (what) {
      case 'git_sha': return r.chance(0.7) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12]));
      case 'uuid': { const u = `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`; return r.chance(0.15) ? u.toUpperCase() : u; }
      case 'digest': return `sha256:${r.hex(64)}`;
      case 'integrity': return r.chance(0.7) ? `sha512-${r.bytes(64).toString('base64')}` : `sha384-${r.bytes(48).toString('base64')}`;
      case 'hash': return r.pick([() => r.hex(32), () => r.hex(40), () => r.hex(64), () => r.HEX(32), () => r.HEX(64)])();
      case 'certificate': return pem('CERTIFICATE', certificateDer(r, `${r.pick(['api', 'vpn', 'mail', 'intranet'])}.${r.pick(['corp', 'acme', 'nordwind'])}.example`, 'Internal Root CA'));
      case 'public_key': return r.pick([() => sshPublicLine(r, r.pick(['ed25519', 'rsa'])), () => pem('PUBLIC KEY', ecSpkiDer(ecKey(r))), () => `pk_live_${r.str(CS.alnum, 24)}`, () => `pk.eyJ1Ijoi${r.str(CS.b64url, 40)}.${r.str(CS.b64url, 22)}`, () => `age1${r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`])();
      case 'ssh_public_key': return sshPublicLine(r, r.pick(['ed25519', 'ed25519', 'rsa']), r.pick(['', 'laptop', 'ci@runner']));
      case 'placeholder': return r.pick(['changeme', '<your-token-here>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', 'TODO', 'your_password_here', '<redacted>', '[REDACTED]', '••••••••', 'passwort_hier_eintragen', 'votre-mot-de-passe', '<API_KEY>', 'dummy', 'secret', '...', 'XXXX-XXXX-XXXX', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'hunter2-not-real', '<PASSWORD>', 'N/A', 'contraseña-aquí']);
      case 'aws_example_key': return r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);
      case 'env_reference': return r.pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$API_KEY', '%APPDATA%', '${env:TOKEN}', '{{ vault_db_password }}', 'env("STRIPE_KEY")', '${SMTP_PASS:-}', '$(cat /run/secrets/db)', '#{ENV["REDIS_URL"]}', '${var.admin_password}', 'process.env.JWT_SECRET', 'os.environ["SECRET_KEY"]', '%(ENV_PASSWORD)s', '${file:/etc/app/secret}', '{{ .Values.auth.password }}']);
      case 'order_number': return r.pick([() => `ORD-${r.digits(4)}-${r.digits(6)}`, () => `#${r.digits(7)}`, () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, () => `BE${r.digits(9)}`, () => `SO${r.digits(8)}`])();
      case 'tracking_number': return r.pick([() => `1Z${r.str(CS.upalnum, 6)}${r.digits(10)}`, () => r.digits(12), () => `9400${r.digits(18)}`, () => `JJD${r.digits(18)}`, () => `${r.str(CS.upper, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'FR', 'CN', 'NL'])}`, () => r.digits(10)])();
      case 'invoice_number': return r.pick([() => `INV-${r.range(2021, 2025)}-${r.digits(5)}`, () => `RE-${r.digits(6)}`, () => `FA${r.range(21, 25)}/${r.digits(4)}`, () => `F-${r.digits(8)}`])();
      case 'version': return r.pick([() => `${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 40)}`, () => `v${r.range(1, 5)}.${r.range(0, 20)}.${r.range(0, 9)}`, () => `${r.range(1, 9)}.${r.range(0, 9)}.${r.range(0, 9)}-rc.${r.range(1, 5)}`, () => `^${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`, () => `~${r.range(0, 4)}.${r.range(0, 30)}`])();
      case 'build_number': return r.pick([() => `#${r.range(100, 99999)}`, () => `build-${r.digits(5)}`, () => `${r.range(2021, 2025)}${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(1, 28)).padStart(2, '0')}.${r.range(1, 30)}`, () => `b${r.digits(4)}`])();
      case 'date': { const y = r.range(2019, 2026), m = r.range(1, 12), d = r.range(1, 28); const p = (x) => String(x).padStart(2, '0');
        return r.pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}.${p(m)}.${y}`, `${p(m)}/${p(d)}/${y}`, `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`, `${y}年${m}月${d}日`, `${y}.${p(m)}.${p(d)}`]); }
      case 'timestamp': { const e = 1600000000 + r.int(180000000); return r.pick([() => String(e), () => String(e) + r.digits(3), () => new Date(e * 1000).toISOString(), () => new Date(e * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z/, ''), () => new Date(e * 1000).toISOString().replace(/\.\d+Z$/, '+02:00')])(); }
      case 'price': return r.pick([() => `$${r.range(1, 999)}.${r.digits(2)}`, () => `${r.range(1, 999)},${r.digits(2)} €`, () => `€${r.range(1, 9999)}.${r.digits(2)}`, () => `£${r.range(1, 500)}.${r.digits(2)}`, () => `¥${r.range(100, 99999)}`, () => `${r.range(10, 9999)}.${r.digits(2)} USD`, () => `R$ ${r.range(1, 999)},${r.digits(2)}`, () => `${r.range(100, 99999)} ₽`])();
      case 'coordinates': return `${(r.float() * 140 - 70).toFixed(r.range(4, 6))}, ${(r.float() * 340 - 170).toFixed(r.range(4, 6))}`;
      case 'isbn': { const b = '978' + r.range(0, 1) + r.digits(8); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const n = b + c; return r.chance(0.5) ? n : `${n.slice(0, 3)}-${n[3]}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n[12]}`; }
      case 'hex_color': return '#' + (r.chance(0.5) ? r.hex(6) : r.HEX(6));
      case 'invalid_card': { for (;;) { const body = r.pick(['4', '5' + r.range(1, 5), '37']); const n = body + r.digits((body === '37' ? 15 : 16) - body.length); if (!luhnValid(n)) return this.fmtCard(n); } }
      case 'invalid_iban': { const v = this.iban(r.pick(['DE', 'FR', 'NL', 'GB', 'ES', 'IT'])).replace(/ /g, ''); const ck = v.slice(2, 4); let bad = ck; while (bad === ck) bad = String(r.range(2, 98)).padStart(2, '0'); const x = v.slice(0, 2) + bad + v.slice(4); return r.chance(0.5) ? x.match(/.{1,4}/g).join(' ') : x; }
      case 'invalid_ssn': return r.pick([() => `000-${r.range(10, 99)}-${r.digits(4).replace(/^0000$/, '1234')}`, () => `666-${r.range(10, 99)}-${r.range(1000, 9999)}`, () => `9${r.range(0, 9)}${r.range(0, 9)}-${String(r.range(10, 49)).padStart(2, '0')}-${r.range(1000, 9999)}`, () => `${r.range(100, 665)}-00-${r.range(1000, 9999)}`, () => `${r.range(100, 665)}-${r.range(10, 99)}-0000`])();
      case 'invalid_nhs': { for (;;) { const nine = String(r.range(4, 6)) + r.digits(8); const c = nhsCheck(nine); const bad = c === null ? r.digits(1) : String((+c + r.range(1, 9)) % 10); const n = nine + bad; if (nhsCheck(nine) !== bad) return r.chance(0.5) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } }
      case 'vendor_test_card': return r.pick(['4242 4242 4242 4242', '4111111111111111', '5555 5555 5555 4444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100', '4012888888881881', '3566002020360505', '2223003122003222']);
      case 'data_uri': return `data:image/png;base64,${r.bytes(r.range(24, 60)).toString('base64')}`;
      case 'k8s_resource_version': return String(r.range(100000, 99999999));
      case 'request_id': return r.pick([() => `req_${r.str(CS.alnum, 24)}`, () => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, () => `Root=1-${r.hex(8)}-${r.hex(24)}`, () => r.str(CS.upalnum, 20), () => `rid-${r.hex(16)}`])();
      case 'crm_id': return r.pick([() => `0015g${r.str(CS.alnum, 13)}`, () => `003${r.str(CS.alnum, 15)}`, () => `CUST-${r.digits(6)}`, () => `${r.range(1000000, 99999999)}`, () => `lead_${r.str(CS.lowalnum, 14)}`, () => `C${r.digits(8)}`])();
      case 'hostname': return `${r.pick(['db', 'app', 'web', 'cache', 'kafka', 'build', 'files', 'mx', 'ldap', 'vpn'])}-${r.pick(['prod', 'stg', 'dev', 'eu1', 'us2'])}-${r.range(1, 12)}.${r.pick(['corp', 'internal', 'lan', 'intra'])}.example`;
      case 'mac_address': { const b = [...r.bytes(6)].map((x) => x.toString(16).padStart(2, '0')); return r.pick([b.join(':'), b.join('-').toUpperCase(), `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`]); }
      case 'trace_id': return r.chance(0.5) ? r.hex(32) : `00-${r.hex(32)}-${r.hex(16)}-01`;
      case 'etag': return `"${r.chance(0.5) ? r.hex(32) : 'W/' + r.hex(16)}"`.replace(/^"W\//, 'W/"');
      case 'ticket_ref': return `${r.pick(['OPS', 'INC', 'HR', 'IT', 'SEC', 'DEV', 'FIN', 'SD'])}-${r.range(10, 99999)}`;
      case 'ulid': return '01' + r.str(CS.crock, 24);
      case 'object_id': return r.hex(24);
      case 'sku': return `${r.str(CS.upper, 3)}-${r.digits(4)}-${r.str(CS.upalnum, 2)}`;
      case 'serial_number': return r.pick([() => `SN${r.str(CS.upalnum, 10)}`, () => `C02${r.str(CS.upalnum, 9)}`, () => `${r.str(CS.upper, 2)}${r.digits(8)}`])();
      case 'pgp_fingerprint': return r.HEX(40).match(/.{4}/g).join(' ');
      case 'ssh_fingerprint': return `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}`;
      case 'booking_reference': return r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
      case 'flight_number': return `${r.pick(['LH', 'AF', 'BA', 'KL', 'TK', 'NH', 'KE', 'TG', 'QR', 'IB', 'LX', 'OS'])}${r.range(10, 9999)}`;
      case 'invalid_dea': { for (;;) { const six = r.digits(6); const c = deaCheck(six); const bad = String((+c + r.range(1, 9)) % 10); return r.pick(['A', 'B', 'F']) + r.str(CS.upper, 1) + six + bad; } }
      case 'invalid_btc': { const v = this.btc(); if (v.startsWith('bc1')) { const i = v.length - 2; const ch = v[i] === 'q' ? 'p' : 'q'; return v.slice(0, i) + ch + v.slice(i + 1); } const i = 5; const ch = v[i] === 'z' ? 'y' : 'z'; return v.slice(0, i) + ch + v.slice(i + 1); }
      case 'base32_nonce': return r.str(CS.b32, r.pick([16, 26, 32]));
      case 'transaction_id': return r.pick([() => `TXN${r.digits(12)}`, () => `pi_${r.str(CS.alnum, 24)}`, () => r.HEX(16)])();
      case 'container_id': return r.hex(r.pick([12, 64]));
      case 'semver_range': return r.pick(['>=1.2.0 <2.0.0', '^3.0.0 || ^4.0.0', '~> 5.2', '>= 0.14, < 0.16', '1.x']);
      case 'checksum_crc': return `0x${r.HEX(8)}`;
      default: throw new Error('look ' + what);
    }
  }
}
export const LOOK_KINDS = ['git_sha', 'uuid', 'digest', 'integrity', 'hash', 'certificate', 'public_key', 'ssh_public_key', 'placeholder', 'aws_example_key', 'env_reference', 'order_number', 'tracking_number', 'invoice_number', 'version', 'build_number', 'date', 'timestamp', 'price', 'coordinates', 'isbn', 'hex_color', 'invalid_card', 'invalid_iban', 'invalid_ssn', 'invalid_nhs', 'vendor_test_card', 'data_uri', 'k8s_resource_version', 'request_id', 'crm_id', 'hostname', 'mac_address', 'trace_id', 'etag', 'ticket_ref', 'ulid', 'object_id', 'sku', 'serial_number', 'pgp_fingerprint', 'ssh_fingerprint', 'booking_reference', 'flight_number', 'invalid_dea', 'invalid_btc', 'base32_nonce', 'transaction_id', 'container_id', 'semver_range', 'checksum_crc'];
