// PII value generators: people, e-mail addresses, phones, addresses, ids, money, dates.
import { P, L } from './builder.mjs';
import { PLANS } from './phones.mjs';
import { LOCALES, BY_ID } from './locales.mjs';
import { luhnCheckDigit, ibanCheckDigits, IBAN_LENGTHS, nhsCheck, deaCheck, base58check, segwitEncode, sha256, itinGroupOk } from './checksums.mjs';

export const split = (s) => { const [n, l] = s.split('|'); return { n, l: l ?? n }; };
const gendered = (s, gender) => { const p = s.split('/'); return p.length > 1 ? (gender === 'f' ? p[1] : p[0]) : p[0]; };

const TRANS = { 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'œ': 'oe', 'ħ': 'h' };
export function ascii(s) {
  return s.replace(/[ßøØæÆđĐłŁıþÞðÐœħ]/g, (c) => TRANS[c]).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 .'-]/g, '');
}
const slug = (s) => ascii(s).toLowerCase().replace(/[' ]/g, '').replace(/-+/g, '-');

// ---------------------------------------------------------------- people
export function person(r, loc, opts = {}) {
  if (typeof loc === 'string') loc = BY_ID[loc];
  const gender = opts.gender || (r.chance(0.5) ? 'm' : 'f');
  const g = split(r.pick(loc[gender]));
  const famRaw = split(r.pick(loc.fam));
  const fam = { n: gendered(famRaw.n, gender), l: gendered(famRaw.l, gender) };
  let fam2 = null;
  if (loc.order === 'gf2') { const x = split(r.pick(loc.fam)); fam2 = { n: x.n, l: x.l }; if (fam2.n === fam.n) fam2 = null; }
  const build = (gv, fv, f2) => {
    switch (loc.order) {
      case 'fg': return `${fv} ${gv}`;
      case 'fg0': return `${fv}${gv}`;
      case 'gf2': return f2 ? `${gv} ${fv} ${f2}` : `${gv} ${fv}`;
      case 'bin': return `${gv} ${gender === 'f' ? 'binti' : 'bin'} ${fv}`;
      default: return `${gv} ${fv}`;
    }
  };
  const native = build(g.n, fam.n, fam2 && fam2.n);
  let latin;
  if (loc.order === 'fg0' || (loc.order === 'fg' && loc.script !== 'Latin')) latin = r.chance(0.6) ? `${g.l} ${fam.l}` : `${fam.l.toUpperCase()} ${g.l}`;
  else if (loc.order === 'fg') latin = loc.lang === 'hu' ? native : `${fam.l} ${g.l}`;
  else latin = build(g.l, fam.l, fam2 && fam2.l);
  return {
    loc, gender, given: g.n, givenL: g.l, family: fam.n, familyL: fam.l, family2: fam2 && fam2.n,
    native, latin,
    nonLatin: loc.script !== 'Latin',
  };
}
// A PERSON marker. form: 'full' | 'given' | 'family' | 'latin' | 'givenL' | 'formal' | 'initial'
export function nameMark(p, form = 'full', useLatin = false) {
  let v;
  const lat = useLatin && p.nonLatin;
  switch (form) {
    case 'given': v = lat ? p.givenL : p.given; break;
    case 'family': v = lat ? p.familyL : p.family; break;
    case 'initial': v = `${(lat ? p.givenL : p.given)[0]}. ${lat ? p.familyL : p.family}`; break;
    case 'upper': v = `${(lat ? p.familyL : p.family).toUpperCase()} ${lat ? p.givenL : p.given}`; break;
    case 'comma': v = `${lat ? p.familyL : p.family}, ${lat ? p.givenL : p.given}`; break;
    default: v = lat ? p.latin : p.native;
  }
  return P('PERSON', v, { culture: p.loc.culture, script: lat ? 'Latin' : p.loc.script });
}
export const N = nameMark;

// ---------------------------------------------------------------- organisations and domains
const ORG_WORDS = ['nordwind', 'bluefjord', 'kestrel', 'lumen', 'halcyon', 'brightwater', 'ostara', 'tessellate', 'marigold', 'kiefer', 'sakura-shoji', 'vinhhoa', 'almendro', 'cedrus', 'polaris', 'tannenhof', 'rivage', 'quercus', 'aurelia', 'mistral', 'hanbit', 'lotusbay', 'kilimanjaro-traders', 'baobab', 'glenmore', 'fernhill', 'zephyrus', 'saffron', 'ravenstone', 'ember'];
const ORG_SUFFIX = { de: ['GmbH', 'AG', 'GmbH & Co. KG', 'e.K.'], fr: ['SARL', 'SAS', 'SA'], es: ['S.L.', 'S.A.', 'S.A. de C.V.'], it: ['S.r.l.', 'S.p.A.'], nl: ['B.V.', 'N.V.'], pl: ['sp. z o.o.', 'S.A.'], pt: ['Ltda.', 'Lda.', 'S.A.'], sv: ['AB'], da: ['ApS', 'A/S'], no: ['AS'], fi: ['Oy', 'Oyj'], cs: ['s.r.o.', 'a.s.'], ja: ['株式会社'], zh: ['有限公司'], ko: ['(주)'], en: ['Ltd', 'LLC', 'Inc.', 'Pty Ltd', 'PLC'], tr: ['A.Ş.', 'Ltd. Şti.'], ru: ['ООО'], uk: ['ТОВ'], hu: ['Kft.', 'Zrt.'], ro: ['S.R.L.'] };
const TLDS = ['example', 'example', 'test', 'invalid'];
export function org(r, lang = 'en') {
  const w = r.pick(ORG_WORDS);
  const w2 = r.pick(['', '', 'solutions', 'logistik', 'studio', 'partners', 'immobilien', 'travel', 'clinic', 'foods', 'consulting', 'tech', 'bau', 'mobility']);
  const cap = (s) => s.split('-').map((x) => x[0].toUpperCase() + x.slice(1)).join(' ');
  const suf = r.pick(ORG_SUFFIX[lang] || ORG_SUFFIX.en);
  const base = w2 ? `${cap(w)} ${cap(w2)}` : cap(w);
  const name = suf === '株式会社' ? `${suf}${base}` : suf === '(주)' ? `${suf} ${base}` : `${base} ${suf}`;
  const domain = `${w}${w2 ? (r.chance(0.5) ? '-' : '') + w2 : ''}.${r.pick(TLDS)}`;
  return { name, domain, short: base };
}
export const FREEMAIL = ['mailbox.example', 'post.example', 'webmail.test', 'inbox.invalid', 'correo.example', 'courriel.test', 'posta.example', 'pochta.test', 'yubin.example', 'youjian.test', 'letterbox.example', 'kurier.test', 'meil.invalid', 'mel.example', 'sahifa.test', 'homemail.example'];

export function emailLocal(r, p) {
  const gi = slug(p.givenL).replace(/[^a-z0-9-]/g, ''), fa = slug(p.familyL).replace(/[^a-z0-9-]/g, '');
  const gf = gi.split('-')[0] || 'user', ff = fa || 'x';
  return r.wpick([
    [5, `${gf}.${ff}`], [2, `${gf[0]}${ff}`], [1, `${gf}_${ff}`], [1, `${gf}${ff}${r.int(1, 99)}`], [1, `${gf[0]}.${ff}`],
    [1, `${ff}.${gf}`], [1, gf], [1, `${gf}-${ff}`], [1, `${gf}.${ff}+${r.pick(['work', 'bills', 'travel', 'school', 'shop'])}`],
    [1, `${gf}${r.int(1970, 2005)}`], [1, `${ff}${gf[0]}`],
  ]);
}
export function email(r, p, domain) {
  const d = domain || r.pick(FREEMAIL);
  let loc = emailLocal(r, p);
  if (r.chance(0.06)) loc = loc.split('.').map((x) => x && x[0].toUpperCase() + x.slice(1)).join('.');
  return P('EMAIL_ADDRESS', `${loc}@${d}`);
}
export function roleEmail(r, domain, role) {
  return P('EMAIL_ADDRESS', `${role || r.pick(['info', 'office', 'buchhaltung', 'facturation', 'support', 'billing', 'hr', 'reservations', 'noreply', 'kontakt', 'secretaria', 'admin'])}@${domain}`);
}

// ---------------------------------------------------------------- phones
export function phone(r, planOrLoc) {
  const plan = typeof planOrLoc === 'string' ? planOrLoc : planOrLoc.phone;
  return P('PHONE_NUMBER', PLANS[plan](r), { plan });
}

// ---------------------------------------------------------------- addresses
const LOC = (v) => P('LOCATION', v);
function zipFor(r, loc, cityExtra) {
  switch (loc.cc) {
    case 'US': return (cityExtra || '9' + r.digits(2)) + r.digits(2);
    case 'DE': return r.nzdigits(5);
    case 'AT': case 'CH': return (cityExtra || String(r.int(1, 9))) + r.digits(3);
    case 'FR': return (cityExtra || r.digits(2)) + r.digits(3);
    case 'ES': return (cityExtra || r.digits(2)) + r.digits(3);
    case 'IT': return (cityExtra || r.digits(2)) + r.digits(3);
    case 'NL': return r.nzdigits(4) + ' ' + r.upper(2).replace(/[SA]/g, 'K');
    case 'BE': return r.nzdigits(4);
    case 'PL': return r.digits(2) + '-' + r.digits(3);
    case 'CZ': case 'SE': case 'GR': return r.nzdigits(3) + ' ' + r.digits(2);
    case 'PT': return (cityExtra || String(r.int(1, 9))) + r.digits(3) + '-' + r.digits(3);
    case 'BR': return r.digits(5) + '-' + r.digits(3);
    case 'JP': return r.digits(3) + '-' + r.digits(4);
    case 'CA': return `${cityExtra || 'H'}${r.int(1, 9)}${r.pick('ABCEGHJKLMNPRSTVXY')} ${r.int(1, 9)}${r.pick('ABCEGHJKLMNPRSTVWXYZ')}${r.int(0, 9)}`;
    case 'GB': return `${cityExtra || 'LS'}${r.int(1, 20)} ${r.int(1, 9)}${r.pick('ABDEFGHJLNPQRSTUWXYZ')}${r.pick('ABDEFGHJLNPQRSTUWXYZ')}`;
    case 'IE': return `${cityExtra || 'D'}${r.digits(2)} ${r.pick('ACDEFHKNPRTVWXY')}${r.digits(1)}${r.pick('ACDEFHKNPRTVWXY')}${r.digits(1)}`;
    case 'AU': return (cityExtra || '2') + r.digits(3);
    case 'IN': return (cityExtra || String(r.int(1, 8)) + r.digits(1)) + r.digits(4);
    case 'KR': return r.digits(5);
    case 'DK': case 'NO': case 'HU': case 'ZA': case 'NZ': case 'PH': case 'GE': case 'AM': case 'ET': case 'BD': return r.nzdigits(4);
    case 'IS': return r.nzdigits(3);
    case 'SG': return r.digits(6);
    case 'IL': return r.nzdigits(7);
    case 'AR': return `C${r.nzdigits(4)}${r.upper(3)}`;
    case 'RU': case 'CN': case 'KZ': case 'RO': return r.nzdigits(6);
    default: return r.nzdigits(5);
  }
}
// Returns { lines: [items, items, ...], city: mark, cityName, country: mark }
export function address(r, loc, opts = {}) {
  if (typeof loc === 'string') loc = BY_ID[loc];
  const lat = opts.latin && loc.script !== 'Latin';
  const pickP = (arr) => { const x = split(r.pick(arr)); return lat ? x.l : x.n; };
  const cp = cityParts(loc, r.pick(loc.cities), lat);
  const city = cp[0], cityX = cp[1], cityY = cp[2];
  const street = pickP(loc.streets);
  const no = String(r.int(1, 240));
  const country = LOC(lat ? split(loc.country).l : split(loc.country).n);
  const lines = [];
  let cityM = LOC(city);
  switch (loc.addr) {
    case 'us': {
      const zip = zipFor(r, loc, cityY);
      lines.push([LOC(`${r.int(100, 9899)} ${street}`), r.chance(0.4) ? `, ${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${r.pick(['', 'A', 'B', 'C'])}` : '']);
      lines.push([cityM, `, ${cityX} ${zip}`]);
      break;
    }
    case 'gb': lines.push([LOC(`${no} ${street}`)], [cityM], [zipFor(r, loc, cityX)]); break;
    case 'ie': lines.push([LOC(`${no} ${street}`)], [cityM, r.chance(0.5) ? ` ${cityX}${r.int(1, 24)}` : ''], [zipFor(r, loc, cityX)]); break;
    case 'ca': lines.push([LOC(`${no}, ${street}`), r.chance(0.5) ? `, app. ${r.int(1, 30)}` : '']); lines.push([cityM, ` (${cityX}) `, zipFor(r, loc, cityY)]); break;
    case 'au': { const sub = r.chance(0.5); const c = sub ? city.toUpperCase() : city; cityM = LOC(c); lines.push([r.chance(0.3) ? `${r.int(1, 30)}/` : '', LOC(`${no} ${street}`)]); lines.push([cityM, cityX ? ` ${cityX} ${zipFor(r, loc, cityY)}` : ` ${zipFor(r, loc)}`]); break; }
    case 'de': lines.push([LOC(`${street} ${no}${r.chance(0.15) ? r.pick(['a', 'b']) : ''}`)], [zipFor(r, loc), ' ', cityM]); break;
    case 'at': lines.push([LOC(`${street} ${no}`), loc.cc === 'AT' && r.chance(0.4) ? `/${r.int(1, 9)}/${r.int(1, 20)}` : '']); lines.push([zipFor(r, loc, cityX), ' ', cityM]); break;
    case 'fr': { const up = r.chance(0.4); cityM = LOC(up ? city.toUpperCase() : city); lines.push([LOC(`${no}${r.chance(0.1) ? ' bis' : ''} ${street}`)], [zipFor(r, loc, cityX), ' ', cityM]); break; }
    case 'be': lines.push([LOC(`${street} ${no}`), r.chance(0.3) ? ` bus ${r.int(1, 12)}` : ''], [zipFor(r, loc), ' ', cityM]); break;
    case 'es': lines.push([LOC(`${street}, ${no}`), r.chance(0.6) ? `, ${r.int(1, 8)}.º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : '']); lines.push([zipFor(r, loc, cityX), ' ', cityM]); break;
    case 'mx': lines.push([LOC(`${street} ${r.int(10, 2400)}`), `, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Centro', 'Narvarte', 'Chapultepec'])}`]); lines.push([r.digits(5), ' ', cityM, cityX ? `, ${cityX}` : '']); break;
    case 'ar': lines.push([LOC(`${street} ${r.int(100, 4800)}`), r.chance(0.5) ? `, piso ${r.int(1, 12)} dto. ${r.pick(['A', 'B', 'C'])}` : '']); lines.push([loc.cc === 'AR' ? zipFor(r, loc) : r.digits(7), ' ', cityM]); break;
    case 'co': lines.push([LOC(`${street} # ${r.int(10, 99)}-${r.int(10, 99)}`), r.chance(0.5) ? `, apto ${r.int(101, 1204)}` : '']); lines.push([cityM]); break;
    case 'br': lines.push([LOC(`${street}, ${r.int(10, 3000)}`), r.chance(0.5) ? `, apto ${r.int(11, 184)}` : '', ` – ${r.pick(['Pinheiros', 'Centro', 'Boa Viagem', 'Savassi', 'Moinhos de Vento', 'Batel'])}`]); lines.push([cityM, ` – ${cityX}, `, zipFor(r, loc)]); break;
    case 'pt': lines.push([LOC(`${street}, ${no}`), r.chance(0.5) ? `, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.', 'Frt.'])}` : '']); lines.push([zipFor(r, loc, cityX), ' ', cityM]); break;
    case 'it': lines.push([LOC(`${street}, ${no}`)], [zipFor(r, loc, cityY), ' ', cityM, ` (${cityX})`]); break;
    case 'nl': { const up = r.chance(0.4); cityM = LOC(up ? city.toUpperCase() : city); lines.push([LOC(`${street} ${no}`), r.chance(0.3) ? `-${r.pick(['A', 'B', 'II', 'hs'])}` : ''], [zipFor(r, loc), '  ', cityM]); break; }
    case 'pl': lines.push([LOC(`${street} ${no}`), r.chance(0.6) ? `/${r.int(1, 80)}` : ''], [zipFor(r, loc), ' ', cityM]); break;
    case 'cz': lines.push([LOC(`${street} ${r.int(100, 2999)}/${no}`)], [zipFor(r, loc), ' ', cityM]); break;
    case 'hu': lines.push([zipFor(r, loc), ' ', cityM, ', ', LOC(`${street} ${no}.`)]); break;
    case 'ro': lines.push([LOC(`${street} nr. ${no}`), r.chance(0.5) ? `, bl. ${r.pick(['A', 'B', 'C3', 'M7'])}, ap. ${r.int(1, 60)}` : '']); lines.push([cityM, ' ', zipFor(r, loc)]); break;
    case 'se': lines.push([LOC(`${street} ${no}`)], [zipFor(r, loc), ' ', cityM]); break;
    case 'gr': lines.push([LOC(`${street} ${no}`)], [zipFor(r, { cc: 'GR' }), ' ', cityM]); break;
    case 'tr': lines.push([LOC(`${street} No: ${no}`), r.chance(0.6) ? ` D: ${r.int(1, 24)}` : '']); lines.push([r.nzdigits(5), ' ', r.pick(['Kadıköy', 'Çankaya', 'Konak', 'Nilüfer', 'Muratpaşa']), '/', cityM]); break;
    case 'ru': if (lat) { lines.push([LOC(`${street}, d. ${no}`), `, kv. ${r.int(1, 300)}`], [cityM, `, ${r.nzdigits(6)}`]); } else { lines.push([LOC(`${street}, д. ${no}`), `, кв. ${r.int(1, 300)}`], [loc.cc === 'RU' ? 'г. ' : 'м. ', cityM, `, ${r.nzdigits(loc.cc === 'RU' ? 6 : 5)}`]); } break;
    case 'il': lines.push([LOC(`${street} ${no}`)], [cityM, ' ', zipFor(r, loc)]); break;
    case 'arab': lines.push([LOC(lat ? `${no} ${street}` : `${street} ${no}`)], [cityM]); break;
    case 'in': lines.push([`${r.pick(['Flat ', 'No. ', '#', 'H.No. '])}${r.int(1, 600)}, `, LOC(street)], [cityM, ' - ', zipFor(r, { cc: 'IN' }, cityX)]); break;
    case 'cn': if (lat) { lines.push([LOC(`No. ${no} ${street}`), `, ${city}`]); cityM = null; } else { lines.push([LOC(`${city}${street}${no}号`)]); cityM = null; } lines.push([r.nzdigits(6)]); break;
    case 'tw': if (lat) { lines.push([LOC(`No. ${no}, ${street}`)], [LOC(city)]); } else { lines.push([LOC(`${city}${street}${no}號`)]); } cityM = null; break;
    case 'jp': { const z = zipFor(r, loc); const chome = `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`; if (lat) lines.push([LOC(`${chome} ${street}, ${city}`), ` ${z}`]); else lines.push([`〒${z} `, LOC(`${city}${street}${chome}`)]); cityM = null; break; }
    case 'kr': lines.push([LOC(lat ? `${r.int(1, 400)}, ${street}, ${city}` : `${city} ${street} ${r.int(1, 400)}`)], [r.digits(5)]); cityM = null; break;
    case 'th': lines.push([`${r.int(1, 999)}/${r.int(1, 99)} `, LOC(street)], [cityM, ' ', r.nzdigits(5)]); break;
    case 'vn': lines.push([LOC(`Số ${no} ${street}`)], [r.pick(['Quận 1', 'Quận Hoàn Kiếm', 'Quận Hải Châu', 'Quận Ba Đình']), ', ', cityM]); break;
    case 'id': lines.push([LOC(`${street} No. ${no}`)], [cityM, ' ', r.nzdigits(5)]); break;
    case 'sg': lines.push([`Blk ${r.int(1, 999)} `, LOC(street), ` #${r.pad(r.int(1, 25), 2)}-${r.int(10, 400)}`], [cityM, ' ', zipFor(r, loc)]); break;
    case 'ph': lines.push([LOC(`${no} ${street}`)], [`Brgy. ${r.pick(['San Lorenzo', 'Poblacion', 'Loyola Heights', 'Lahug'])}, `, cityM, ' ', zipFor(r, loc)]); break;
    case 'ke': lines.push([LOC(`${no} ${street}`)], [cityM], r.chance(0.4) ? [`P.O. Box ${r.int(100, 99999)}-${r.nzdigits(5)}`] : null); break;
    case 'za': lines.push([LOC(`${no} ${street}`)], [r.pick(['Rosebank', 'Sea Point', 'Morningside', 'Hatfield']), ', ', cityM, ', ', zipFor(r, loc)]); break;
    default: lines.push([LOC(`${street} ${no}`)], [cityM, ' ', zipFor(r, loc)]);
  }
  return { lines: lines.filter(Boolean), city: cityM, cityName: city, country, street };
}
// join address lines with sep (", " or "\n")
export function addrItems(a, sep = '\n', withCountry = false) {
  const out = [];
  a.lines.forEach((l, i) => { if (i) out.push(sep); out.push(l); });
  if (withCountry) out.push(sep, a.country);
  return out;
}
export function cityParts(loc, s, lat) {
  if (loc.script === 'Latin') return s.split('|');
  const c = split(s); return [lat ? c.l : c.n];
}
export const cityName = (r, loc, latin) => cityParts(loc, r.pick(loc.cities), latin && loc.script !== 'Latin')[0];
export const cityMark = (r, loc, latin) => LOC(cityName(r, loc, latin));
export const countryMark = (loc, latin) => LOC(latin ? split(loc.country).l : split(loc.country).n);

// ---------------------------------------------------------------- payment ids
const BRANDS = {
  visa: (r) => '4' + r.digits(14),
  mastercard: (r) => '5' + r.int(1, 5) + r.digits(13),
  mastercard2: (r) => String(r.int(2221, 2720)) + r.digits(11),
  amex: (r) => r.pick(['34', '37']) + r.digits(12),
  discover: (r) => r.pick(['6011' + r.digits(11), '65' + r.digits(13), String(r.int(644, 649)) + r.digits(12)]),
  jcb: (r) => String(r.int(3528, 3589)) + r.digits(11),
  diners: (r) => r.pick(['36' + r.digits(11), String(r.int(300, 305)) + r.digits(10)]),
};
export function cardDigits(r, brand) {
  brand = brand || r.wpick([[5, 'visa'], [3, 'mastercard'], [2, 'mastercard2'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const p = BRANDS[brand](r);
  return { brand, digits: p + luhnCheckDigit(p) };
}
export function fmtCard(r, d, style) {
  style = style ?? r.wpick([[5, 'space'], [2, 'plain'], [2, 'dash']]);
  if (style === 'plain') return d;
  const sep = style === 'dash' ? '-' : ' ';
  let groups;
  if (d.length === 15) groups = [4, 6, 5];
  else if (d.length === 14) groups = [4, 6, 4];
  else groups = [4, 4, 4, 4];
  let i = 0; const out = [];
  for (const gsz of groups) { out.push(d.slice(i, i + gsz)); i += gsz; }
  return out.join(sep);
}
export function card(r, brand, style) { const c = cardDigits(r, brand); return P('CREDIT_CARD', fmtCard(r, c.digits, style), { brand: c.brand }); }
export const cardBrandName = (b) => ({ visa: 'Visa', mastercard: 'Mastercard', mastercard2: 'Mastercard', amex: 'American Express', discover: 'Discover', jcb: 'JCB', diners: 'Diners Club' })[b];

const BBAN = {
  DE: 'n18', AT: 'n16', CH: 'n5c12', FR: 'n10c11n2', BE: 'n12', NL: 'a4n10', ES: 'n20', IT: 'a1n10c12', PT: 'n21', PL: 'n24', CZ: 'n20', HU: 'n24',
  RO: 'a4c16', SE: 'n20', DK: 'n14', NO: 'n11', FI: 'n14', IS: 'n22', GR: 'n7c16', TR: 'n6c16', GB: 'a4n14', IE: 'a4n14', IL: 'n19', AE: 'n19', SA: 'n2c18',
  EG: 'n25', PK: 'a4c16', GE: 'a2n16', UA: 'n6c19', BR: 'n23a1c1', LU: 'n3c13', HR: 'n17', SI: 'n15', SK: 'n20', MT: 'a4n5c18', LT: 'n16', EE: 'n16', BG: 'a4n6c8', CY: 'n8c16',
};
function bban(r, spec) {
  let out = '';
  for (const m of spec.matchAll(/([nac])(\d+)/g)) {
    const n = Number(m[2]);
    out += m[1] === 'n' ? r.digits(n) : m[1] === 'a' ? r.upper(n) : r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
  }
  return out;
}
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function ibanRaw(r, cc) {
  const b = bban(r, BBAN[cc]);
  const iban = cc + ibanCheckDigits(cc, b) + b;
  if (iban.length !== IBAN_LENGTHS[cc]) throw new Error('iban length ' + cc);
  return iban;
}
export const ibanPrint = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');
export function iban(r, cc, style) {
  const raw = ibanRaw(r, cc);
  style = style ?? (r.chance(0.6) ? 'print' : 'plain');
  return P('IBAN_CODE', style === 'print' ? ibanPrint(raw) : raw, { cc });
}

// ---------------------------------------------------------------- US ids
export function ssnRaw(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  return [r.pad(a, 3), r.pad(r.int(1, 99), 2), r.pad(r.int(1, 9999), 4)];
}
export function ssn(r, style) {
  const [a, g, s] = ssnRaw(r);
  style = style ?? r.wpick([[6, '-'], [1, ' '], [1, '']]);
  return P('US_SSN', [a, g, s].join(style));
}
export function itin(r, style) {
  let gp; do { gp = r.int(50, 99); } while (!itinGroupOk(String(gp)));
  const parts = ['9' + r.digits(2), String(gp), r.pad(r.int(1, 9999), 4)];
  return P('US_ITIN', parts.join(style ?? (r.chance(0.85) ? '-' : ' ')));
}
export const usPassport = (r) => P('US_PASSPORT', r.chance(0.5) ? r.pick(['5', '6', '4']) + r.digits(8) : r.pick(['A', 'B', 'C', 'E']) + r.digits(8));
const DL = {
  CA: (r) => r.upper(1) + r.digits(7), NY: (r) => r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, TX: (r) => r.nzdigits(8),
  FL: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, IL: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  WA: (r) => 'WDL' + r.upperalnum(9), PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, MI: (r) => `${r.upper(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  NJ: (r) => `${r.upper(1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`, OH: (r) => r.upper(2) + r.digits(6), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, MA: (r) => 'S' + r.digits(8),
  OR: (r) => r.digits(7), AZ: (r) => r.pick(['A', 'B', 'D']) + r.digits(8), NC: (r) => r.nzdigits(12), WI: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`,
};
export const DL_STATES = Object.keys(DL);
export function usDriverLicense(r, st) { st = st || r.pick(DL_STATES); return { st, m: P('US_DRIVER_LICENSE', DL[st](r), { st }) }; }
export const usBank = (r) => P('US_BANK_NUMBER', r.nzdigits(r.int(8, 17)));
export function abaRouting(r) { // neutral (not labelled): valid ABA checksum
  for (;;) {
    const d = String(r.pick(['0', '1', '2', '3'])) + r.digits(7);
    const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
    let s = 0; for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i];
    const c = (10 - (s % 10)) % 10;
    return d + c;
  }
}

// ---------------------------------------------------------------- health ids
export function nhsDigits(r) { for (;;) { const n = r.nzdigits(9); const c = nhsCheck(n); if (c !== null) return n + c; } }
export function nhs(r, style) {
  const d = nhsDigits(r);
  style = style ?? r.wpick([[5, ' '], [2, ''], [1, '-']]);
  return P('UK_NHS', style ? `${d.slice(0, 3)}${style}${d.slice(3, 6)}${style}${d.slice(6)}` : d);
}
export function dea(r, familyLatin) {
  const first = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  const fl = ascii(familyLatin || 'X').replace(/[^A-Za-z]/g, '');
  const second = r.chance(0.9) && fl ? fl[0].toUpperCase() : '9';
  const six = r.digits(6);
  return P('MEDICAL_LICENSE', first + second + six + deaCheck(six));
}

// ---------------------------------------------------------------- crypto addresses
export function btc(r, kind) {
  kind = kind || r.wpick([[3, 'p2pkh'], [2, 'p2sh'], [3, 'wpkh'], [1, 'wsh']]);
  let v;
  if (kind === 'p2pkh') v = base58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  else if (kind === 'p2sh') v = base58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  else if (kind === 'wpkh') v = segwitEncode('bc', 0, r.bytes(20));
  else v = segwitEncode('bc', 0, r.bytes(32));
  return P('CRYPTO', v, { kind });
}
export const txid = (r) => L('hash', r.hex(64));

// ---------------------------------------------------------------- IP addresses (client addresses: labelled)
export function ipv4(r, kind) {
  kind = kind || r.wpick([[5, 'public'], [2, 'private'], [1, 'doc']]);
  let v;
  if (kind === 'private') v = r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  else if (kind === 'doc') v = r.pick(['192.0.2', '198.51.100', '203.0.113']) + '.' + r.int(1, 254);
  else { let a; do { a = r.int(11, 223); } while ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)); v = `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
  return P('IP_ADDRESS', v, { kind });
}
export function ipv6(r) {
  const h = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
  const v = r.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `${r.pick(['2a02', '2a01', '2600', '2409', '2804', '2c0f'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return P('IP_ADDRESS', v, { kind: 'v6' });
}
export const ip = (r) => (r.chance(0.8) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------- dates and money (look-alikes)
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
export function ymd(r, y0 = 2023, y1 = 2025) {
  const y = r.int(y0, y1), m = r.int(1, 12), d = r.int(1, [31, (y % 4 ? 28 : 29), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}
export function fmtDate(r, loc, t, long) {
  const { y, m, d } = t;
  const p2 = (x) => String(x).padStart(2, '0');
  const lang = loc ? loc.lang : 'en';
  const style = loc ? loc.date : 'iso';
  if (long && MONTHS[lang]) {
    const mn = MONTHS[lang][m - 1];
    switch (lang) {
      case 'en': return style === 'us' ? `${mn} ${d}, ${y}` : `${d} ${mn} ${y}`;
      case 'de': return `${d}. ${mn} ${y}`;
      case 'es': case 'pt': return `${d} de ${mn} de ${y}`;
      default: return `${d} ${mn} ${y}`;
    }
  }
  switch (style) {
    case 'us': return `${p2(m)}/${p2(d)}/${y}`;
    case 'gb': case 'fr': case 'es': case 'it': return `${p2(d)}/${p2(m)}/${y}`;
    case 'de': return `${p2(d)}.${p2(m)}.${y}`;
    case 'nl': return `${p2(d)}-${p2(m)}-${y}`;
    case 'hu': return `${y}. ${p2(m)}. ${p2(d)}.`;
    case 'cjk': return `${y}年${m}月${d}日`;
    case 'ko': return r && r.chance(0.5) ? `${y}. ${m}. ${d}.` : `${y}년 ${m}월 ${d}일`;
    default: return `${y}-${p2(m)}-${p2(d)}`;
  }
}
export const dateMark = (r, loc, long, t) => L('date', fmtDate(r, loc, t || ymd(r), long));
export function addDays(t, n) { const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() }; }
export function isoTs(r, t, z = true) {
  t = t || ymd(r);
  const p2 = (x) => String(x).padStart(2, '0');
  return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}${z ? r.pick(['Z', '+01:00', '+02:00', '-05:00', '+09:00', '.' + r.digits(3) + 'Z']) : ''}`;
}
export const tsMark = (r, t) => L('timestamp', isoTs(r, t));
export const epochMark = (r, ms) => L('timestamp', String(r.int(1672531200, 1750000000)) + (ms ? r.digits(3) : ''));

function group(intStr, sep, indian) {
  if (indian && intStr.length > 3) { const last = intStr.slice(-3); let rest = intStr.slice(0, -3); const parts = []; while (rest.length > 2) { parts.unshift(rest.slice(-2)); rest = rest.slice(0, -2); } if (rest) parts.unshift(rest); return parts.join(sep) + sep + last; }
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
export function moneyStr(r, cur, amount) {
  const a = amount ?? r.int(5, 500000) / 100;
  const [i, f] = a.toFixed(2).split('.');
  const ip0 = String(Math.round(a));
  const NB = '\u00a0', NNB = '\u202f';
  switch (cur) {
    case 'USD': return `$${group(i, ',')}.${f}`;
    case 'GBP': return `£${group(i, ',')}.${f}`;
    case 'AUD': return r.chance(0.5) ? `A$${group(i, ',')}.${f}` : `$${group(i, ',')}.${f} AUD`;
    case 'NZD': return `NZ$${group(i, ',')}.${f}`;
    case 'EURie': return `€${group(i, ',')}.${f}`;
    case 'EURde': return r.chance(0.7) ? `${group(i, '.')},${f}${NB}€` : `EUR ${group(i, '.')},${f}`;
    case 'EURfr': return `${group(i, NNB)},${f}${NB}€`;
    case 'EURes': case 'EURit': case 'EURpt': case 'EURgr': return `${group(i, '.')},${f} €`;
    case 'EURnl': return `€ ${group(i, '.')},${f}`;
    case 'EURfi': return `${group(i, ' ')},${f} €`;
    case 'CHF': return `CHF ${group(i, '\u2019')}.${f}`;
    case 'CADfr': return `${group(i, NB)},${f} $`;
    case 'JPY': return r.chance(0.5) ? `¥${group(ip0, ',')}` : `${group(ip0, ',')}円`;
    case 'CNY': return r.chance(0.5) ? `¥${group(i, ',')}.${f}` : `${group(i, ',')}.${f}元`;
    case 'TWD': return `NT$${group(ip0, ',')}`;
    case 'HKD': return `HK$${group(i, ',')}.${f}`;
    case 'KRW': return r.chance(0.5) ? `₩${group(ip0 + '00', ',')}` : `${group(ip0 + '00', ',')}원`;
    case 'INR': return `₹${group(i, ',', true)}.${f}`;
    case 'BRL': return `R$ ${group(i, '.')},${f}`;
    case 'MXN': return `$${group(i, ',')}.${f} MXN`;
    case 'ARS': return `$ ${group(i, '.')},${f}`;
    case 'COP': return `$ ${group(ip0 + '00', '.')}`;
    case 'CLP': return `$${group(ip0 + '0', '.')}`;
    case 'PLN': return `${group(i, ' ')},${f} zł`;
    case 'SEK': return `${group(i, ' ')},${f} kr`;
    case 'DKK': return `kr. ${group(i, '.')},${f}`;
    case 'NOK': return `kr ${group(i, ' ')},${f}`;
    case 'ISK': return `${group(ip0 + '0', '.')} kr.`;
    case 'CZK': return `${group(i, ' ')},${f} Kč`;
    case 'HUF': return `${group(ip0 + '0', ' ')} Ft`;
    case 'RON': return `${group(i, '.')},${f} lei`;
    case 'TRY': return `₺${group(i, '.')},${f}`;
    case 'RUB': return `${group(i, ' ')},${f} ₽`;
    case 'UAH': return `${group(i, ' ')},${f} грн`;
    case 'GEL': return `${group(i, ' ')},${f} ₾`;
    case 'AMD': return `${group(ip0 + '0', ' ')} ֏`;
    case 'ILS': return `₪${group(i, ',')}.${f}`;
    case 'AED': return `AED ${group(i, ',')}.${f}`;
    case 'SAR': return `${group(i, ',')}.${f} SAR`;
    case 'EGP': return `EGP ${group(i, ',')}.${f}`;
    case 'IRR': return `${group(ip0 + '000', ',')} IRR`;
    case 'PKR': return `Rs ${group(ip0, ',')}`;
    case 'BDT': return `৳${group(i, ',', true)}.${f}`;
    case 'THB': return `฿${group(i, ',')}.${f}`;
    case 'VND': return `${group(ip0 + '000', '.')} ₫`;
    case 'IDR': return `Rp ${group(ip0 + '00', '.')}`;
    case 'MYR': return `RM ${group(i, ',')}.${f}`;
    case 'SGD': return `S$${group(i, ',')}.${f}`;
    case 'PHP': return `₱${group(i, ',')}.${f}`;
    case 'KES': return `KSh ${group(ip0, ',')}`;
    case 'NGN': return `₦${group(i, ',')}.${f}`;
    case 'ZAR': return `R ${group(i, ' ')},${f}`;
    case 'ETB': return `${group(i, ',')}.${f} ETB`;
    default: return `${group(i, ',')}.${f} ${cur}`;
  }
}
export const money = (r, cur, amount) => L('price', moneyStr(r, cur, amount));

export { LOCALES, BY_ID };
