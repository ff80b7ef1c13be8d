// PII value generators: people, e-mail, cards, IBANs, US identifiers, BTC, DEA, NHS, IPs.
import { P } from './doc.mjs';
import { makePerson, nameText, emailLocal, CULTURE_CODES, CULTURES } from './people.mjs';
import { luhnComplete, IBAN_SPEC, ibanFromBban, nhsCheck, deaCheck, ITIN_GROUPS, b58check, sha256, bech32Encode, convertBits } from './checksums.mjs';

export { CULTURE_CODES };

// ---- people ----
export const person = (r, code = r.pick(CULTURE_CODES)) => makePerson(r, code);
export const PER = (r, p, style = 'full') => P('PERSON', nameText(r, p, style), { culture: p.culture, script: p.script });

// ---- e-mail ----
const DOMAINS = ['mail.example', 'post.example', 'inbox.test', 'kanzlei-roth.example', 'praxis-am-see.example', 'uni-nord.example', 'shop.test',
  'corp.example', 'hotel-miramar.example', 'school.test', 'clinic.example', 'fastmail.test', 'correo.example', 'posta.example', 'yubin.example',
  'realty.example', 'logistik.invalid', 'members.example', 'alumni.uni-sued.example', 'gmail.test', 'outlook.test'];
export function emailFor(r, p, domain = r.pick(DOMAINS)) {
  let local = emailLocal(r, p);
  if (r.chance(0.06)) local = local.toUpperCase();
  return P('EMAIL_ADDRESS', `${local}@${domain}`);
}
export const emailGeneric = (r, domain = r.pick(DOMAINS)) => P('EMAIL_ADDRESS', `${r.pick(['billing', 'kontakt', 'info', 'facturacion', 'support', 'hr', 'office', 'rezeption'])}${r.chance(0.3) ? '.' + r.lower(3) : ''}@${domain}`);
export const DOMAIN_LIST = DOMAINS;

// ---- cards ----
const NETWORKS = {
  visa: () => ['4', 16], visa13: () => ['4', 13], mastercard: (r) => [String(r.int(51, 55)), 16], mc2: (r) => [String(r.int(2221, 2720)), 16],
  amex: (r) => [r.pick(['34', '37']), 15], discover: (r) => [r.pick(['6011', '65', String(r.int(644, 649))]), 16], jcb: (r) => [String(r.int(3528, 3589)), 16],
  diners: (r) => [r.pick(['36', '38', String(r.int(300, 305))]), 14], unionpay: () => ['62', 16],
};
export function cardNumber(r, net = r.pick(['visa', 'visa', 'mastercard', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'visa', 'mastercard'])) {
  const [pre, len] = NETWORKS[net](r);
  let body = pre + r.digits(len - pre.length - 1);
  const num = luhnComplete(body);
  if (['4242424242424242', '4111111111111111', '5555555555554444'].includes(num)) return cardNumber(r, net);
  return { num, net };
}
export function groupCard(num, sep = ' ') {
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{1,4}/g).join(sep);
}
export function CARD(r, net) {
  const { num } = cardNumber(r, net);
  const v = r.weighted([[5, num], [4, groupCard(num, ' ')], [2, groupCard(num, '-')]]);
  return P('CREDIT_CARD', v);
}

// ---- IBAN ----
function bbanFor(r, cc) {
  const spec = IBAN_SPEC[cc][1];
  let out = '';
  for (const m of spec.matchAll(/(\d+)([anc])/g)) {
    const n = +m[1];
    out += m[2] === 'n' ? r.digits(n) : m[2] === 'a' ? r.upper(n) : r.uppernum(n);
  }
  return out;
}
export function ibanRaw(r, cc = r.pick(Object.keys(IBAN_SPEC))) { return ibanFromBban(cc, bbanFor(r, cc)); }
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');
export function IBAN(r, cc, grouped = r.chance(0.55)) { const v = ibanRaw(r, cc); return P('IBAN_CODE', grouped ? groupIban(v) : v); }
export const IBAN_COUNTRIES = Object.keys(IBAN_SPEC);

// ---- US identifiers ----
export function ssnRaw(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}
export function SSN(r, fmt = r.weighted([[6, '-'], [2, ' '], [2, '']])) { return P('US_SSN', ssnRaw(r).join(fmt)); }
export function ITIN(r, fmt = r.weighted([[7, '-'], [2, ' '], [1, '']])) {
  return P('US_ITIN', [`9${r.digits(2)}`, String(r.pick(ITIN_GROUPS)), r.digits(4)].join(fmt));
}
export function PASSPORT(r) { return P('US_PASSPORT', r.chance(0.55) ? `${r.int(1, 9)}${r.digits(8)}` : `${r.pick(['A', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'])}${r.digits(8)}`); }
const DL = {
  California: (r) => `${r.upper(1)}${r.digits(7)}`, 'New York': (r) => (r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`),
  Texas: (r) => r.digits(8), Florida: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  Illinois: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, Washington: (r) => `WDL${r.uppernum(9)}`,
  Pennsylvania: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, Ohio: (r) => `${r.upper(2)}${r.digits(6)}`,
  Michigan: (r) => `${r.upper(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, 'New Jersey': (r) => `${r.upper(1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  Georgia: (r) => r.digits(9), Massachusetts: (r) => `S${r.digits(8)}`, Colorado: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
  Arizona: (r) => `${r.upper(1)}${r.digits(8)}`, Virginia: (r) => `${r.upper(1)}${r.digits(8)}`, Wisconsin: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`,
};
export const DL_STATES = Object.keys(DL);
export function DRIVER(r, state = r.pick(DL_STATES)) { return { state, span: P('US_DRIVER_LICENSE', DL[state](r)) }; }
export function BANKNO(r) { return P('US_BANK_NUMBER', r.chance(0.8) ? `${r.int(1, 9)}${r.digits(r.int(7, 16))}` : `${r.digits(4)}-${r.digits(4)}-${r.digits(r.int(2, 4))}`.replace(/^0/, '1')); }
export function abaRouting(r) {
  for (;;) {
    const d = `${r.pick(['0', '1', '2', '3'])}${r.digits(7)}`;
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const s = [...d].reduce((a, c, i) => a + +c * w[i], 0);
    const c = (10 - (s % 10)) % 10;
    return d + c;
  }
}

// ---- crypto ----
export function BTC(r) {
  const kind = r.pick(['p2pkh', 'p2sh', 'wpkh', 'tr', 'wpkh']);
  let v;
  if (kind === 'p2pkh') v = b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  else if (kind === 'p2sh') v = b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  else if (kind === 'wpkh') v = bech32Encode('bc', [0, ...convertBits(r.bytes(20), 8, 5)]);
  else v = bech32Encode('bc', [1, ...convertBits(r.bytes(32), 8, 5)], true);
  return P('CRYPTO', v);
}

// ---- DEA / NHS ----
export function DEA(r, familyInitial = r.upper(1)) {
  const first = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  const six = r.digits(6);
  const init = /^[A-Z]$/.test(familyInitial) ? familyInitial : r.upper(1);
  return P('MEDICAL_LICENSE', `${first}${init}${six}${deaCheck(six)}`);
}
export function nhsRaw(r) {
  for (;;) {
    const nine = `${r.pick(['4', '6', '9'])}${r.digits(8)}`;
    const c = nhsCheck(nine);
    if (c !== 10) return nine + c;
  }
}
export function NHS(r, fmt = r.weighted([[6, ' '], [3, ''], [1, '-']])) {
  const d = nhsRaw(r);
  return P('UK_NHS', fmt ? `${d.slice(0, 3)}${fmt}${d.slice(3, 6)}${fmt}${d.slice(6)}` : d);
}

// ---- IP ----
export function ipPublic(r) {
  if (r.chance(0.35)) return `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export const ipPrivate = (r) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
export function ipv6(r) {
  const g = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
  return r.pick([`2001:db8:${g()}:${g()}::${g()}`, `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, `2600:${g()}:${g()}::${g()}`, `fd12:${g()}:${g()}::${g()}`]);
}
export const IP = (r, kind = r.weighted([[6, 'pub'], [2, 'priv'], [2, 'v6']])) => P('IP_ADDRESS', kind === 'pub' ? ipPublic(r) : kind === 'priv' ? ipPrivate(r) : ipv6(r));
