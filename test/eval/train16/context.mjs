// Value dealers: cycle through every secret kind, PII entity and look-alike kind.
import { KINDS, GENERIC, GENERIC_NAMES, humanPw, wifiPw } from './secrets.mjs';
import * as P from './pii.mjs';
import { LOOK, LOOK_KINDS } from './lookalikes.mjs';
export function makeCtx(R) {
  const deck = (items) => { let q = []; return () => { if (!q.length) q = R.shuffle(items); return q.pop(); }; };
  const nextKind = deck(KINDS), nextGen = deck(Object.keys(GENERIC)), nextLook = deck(LOOK_KINDS), nextCult = deck(P.CULTURE_KEYS), nextCC = deck(P.PHONE_CCS);
  const G = { R, P, used: { cc: new Set(), cult: new Set() } };
  G.sec = (e) => { const k = e ? KINDS.find(x => x.e === e) : nextKind(); return { v: k.gen(R), e: k.e, fam: 'secrets', name: R.pick(k.names) }; };
  G.gsec = (e) => { e = e || nextGen(); const names = GENERIC_NAMES[e] || [e.toLowerCase(), e]; return { v: GENERIC[e](R), e, fam: 'secrets', name: R.pick(names) }; };
  G.pw = (e = 'PASSWORD') => ({ v: humanPw(R), e, fam: 'secrets' });
  G.wifi = () => ({ v: wifiPw(R), e: 'WIFI_PASSWORD', fam: 'secrets' });
  const pii = (v, e) => ({ v, e, fam: 'pii' });
  G.name = (c) => { c = c || nextCult(); G.used.cult.add(c); return pii(P.person(R, c), 'PERSON'); };
  G.first = (c) => pii(P.firstName(R, c || nextCult()), 'PERSON');
  G.city = () => pii(R.pick(P.CITIES), 'LOCATION');
  G.country = () => pii(R.pick(P.COUNTRIES), 'LOCATION');
  G.addr = (cc) => { const a = P.street(R, cc); return { street: pii(a.street, 'LOCATION'), city: pii(a.city, 'LOCATION'), cc: a.cc }; };
  G.phone = (cc) => { cc = cc || nextCC(); G.used.cc.add(cc); return pii(P.phone(R, cc), 'PHONE_NUMBER'); };
  G.email = (n) => pii(P.email(R, n && n.v), 'EMAIL_ADDRESS');
  G.card = (b) => pii(P.card(R, b), 'CREDIT_CARD');
  G.iban = (cc) => pii(P.iban(R, cc), 'IBAN_CODE');
  G.ssn = () => pii(P.ssn(R), 'US_SSN');
  G.itin = () => pii(P.itin(R), 'US_ITIN');
  G.passport = () => pii(P.passport(R), 'US_PASSPORT');
  G.dl = () => { const x = P.dl(R); return Object.assign(pii(x.v, 'US_DRIVER_LICENSE'), { st: x.st }); };
  G.bank = () => pii(P.bankAcct(R), 'US_BANK_NUMBER');
  G.btc = () => pii(P.btc(R), 'CRYPTO');
  G.dea = (last) => pii(P.dea(R, last), 'MEDICAL_LICENSE');
  G.nhs = () => pii(P.nhs(R), 'UK_NHS');
  G.ip = () => pii(R.chance(0.8) ? P.ipv4(R) : P.ipv6(R), 'IP_ADDRESS');
  G.lk = (w) => { w = w || nextLook(); return { v: LOOK[w](R), what: w }; };
  G.anyPii = () => R.pick([G.name, G.phone, G.email, G.city, G.card, G.iban, G.ssn, G.ip, G.name, G.phone, G.btc, G.itin, G.passport, G.dl, G.bank, G.nhs, G.dea])();
  return G;
}
// JSON-string-escape a value object (span covers the escaped form)
export const J = (o) => Object.assign({}, o, { v: JSON.stringify(o.v).slice(1, -1) });
