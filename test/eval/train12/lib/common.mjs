// Shared snippet helpers for templates.
import * as P from './pii.mjs';
import { make, styleName } from './secrets.mjs';
export const pi = (e, v) => ({ e, v, f: 'pii' });
export const se = (e, v) => ({ e, v });
export const lw = (w, v) => ({ w, v });
export const person = (r, c) => pi('PERSON', P.person(r, c));
export const phone = (r, cc) => pi('PHONE_NUMBER', P.phone(r, cc));
export const mail = (r, nm) => pi('EMAIL_ADDRESS', P.email(r, nm));
export const cityOf = (r, cc) => pi('LOCATION', P.city(r, cc));
export const countryOf = (r, cc) => pi('LOCATION', P.countryName(r, cc));
// address segment in the national format: street (LOCATION), zip (neutral), city (LOCATION)
export function address(r, cc, sep = ', ') {
  cc = cc || r.pick(P.COUNTRY_KEYS); const [street, zip] = P.COUNTRIES[cc].street(r); const c = P.city(r, cc);
  const st = pi('LOCATION', street), ci = pi('LOCATION', c);
  if (['US', 'CA', 'AU'].includes(cc)) return [st, sep, ci, ' ' + zip];
  if (['GB', 'IE'].includes(cc)) return [st, sep, ci, sep + zip];
  if (cc === 'JP') return [`〒${zip} `, ci, st];
  if (cc === 'CN') return [ci, st, ` ${zip}`];
  if (cc === 'KR') return [ci, ' ', st];
  if (!zip) return [st, sep, ci];
  return [st, sep + zip + ' ', ci];
}
export const fullAddress = (r, cc) => { cc = cc || r.pick(P.COUNTRY_KEYS); return [...address(r, cc), ', ', countryOf(r, cc)]; };
export function ctxPerson(r) { const c = r.pick(P.CULTURE_KEYS); const nm = P.person(r, c); return { c, nm, P: pi('PERSON', nm), E: mail(r, /_lat|en|de|fr|es|it|nl|pt|ga|cy|sv|fi|pl|cs|hu|tr|mx|id|fil|sw|yo|zu|ta/.test(c) ? nm : r.pick(['kim lee', 'ana silva', 'li wei', 'o tanaka'])) }; }
export { P, make, styleName };
