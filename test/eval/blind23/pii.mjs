// Generators for personal data: people, e-mail addresses, phone numbers in
// national plans, street addresses in national formats, and the numbered
// identifiers (cards, IBANs, SSNs, ITINs, passports, licences, BTC, DEA, NHS).
import { CULTURES, PLACES, CULTURE_PLACE } from './locales.mjs';
import { P, F } from './doc.mjs';
import { luhnComplete, ibanFromBban, nhsCheckDigit, deaCheckDigit, DEA_FIRST, itinGroupOk,
  b58check, segwitAddress, ssnValid, luhnValid } from './checksums.mjs';
import { UPPER, ALNUM_UP, DIGITS } from './prng.mjs';

const LOC = (v) => P('LOCATION', v);
const split2 = (s) => { const i = s.indexOf(':'); return i < 0 ? [s, s] : [s.slice(0, i), s.slice(i + 1)]; };

// ---------------------------------------------------------------- people
export function asciiFold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[œŒ]/g, 'oe').replace(/['’]/g, '');
}

export function person(r, cultureKey, gender) {
  const c = CULTURES[cultureKey];
  if (!c) throw new Error('culture ' + cultureKey);
  gender = gender || (r.chance(0.5) ? 'm' : 'f');
  const [gLoc, gLat] = split2(r.pick(gender === 'm' ? c.m : c.f));
  let [famLoc, famLat] = split2(r.pick(c.fam));
  const pickForm = (s) => { const parts = s.split('/'); return parts.length > 1 ? parts[gender === 'm' ? 0 : 1] : parts[0]; };
  famLoc = pickForm(famLoc); famLat = pickForm(famLat);
  const sep = c.sep !== undefined ? (cultureKey === 'jp' ? r.pick([' ', '', '　']) : c.sep) : ' ';
  const full = c.order === 'fg' ? famLoc + sep + gLoc : gLoc + ' ' + famLoc;
  const latinFamilyFirst = c.order === 'fg' && (cultureKey === 'cn' || cultureKey === 'vn' || cultureKey === 'hu' || r.chance(0.4));
  const fullLatin = latinFamilyFirst ? famLat + ' ' + gLat : gLat + ' ' + famLat;
  return {
    culture: cultureKey, lang: c.lang, script: c.script, cc: c.cc, gender,
    given: gLoc, family: famLoc, full, givenLatin: gLat, familyLatin: famLat, fullLatin,
    place: CULTURE_PLACE[cultureKey],
  };
}
// name to show in a document written in `lang`
export function nameIn(p, lang) {
  if (p.lang === lang || p.script === 'Latn') return p.full;
  return p.fullLatin;
}
export function givenIn(p, lang) {
  if (p.lang === lang || p.script === 'Latn') return p.given;
  return p.givenLatin;
}
export function familyIn(p, lang) {
  if (p.lang === lang || p.script === 'Latn') return p.family;
  return p.familyLatin;
}

// ---------------------------------------------------------------- e-mail
const PROVIDERS = ['mailbox.example', 'inbox.test', 'webpost.example', 'postfach.example', 'correo-web.test',
  'posta.example', 'courriel.test', 'yubin.example', 'hanpost.test', 'poczta.example', 'eposti.test',
  'kutu.example', 'pochta.test', 'dakghar.example', 'xinxiang.test', 'surel.example', 'thu.test', 'myhome.invalid'];
export function slug(s) { return asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, ''); }
export function email(r, p, domain) {
  const g = slug(p.givenLatin.split(' ')[0]);
  const f = slug(p.familyLatin);
  const d = domain || r.pick(PROVIDERS);
  const forms = [
    `${g}.${f}`, `${g[0]}.${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g[0]}${f}`,
    `${g}`, `${f}${g[0]}`, `${g}.${f}+${r.pick(['billing', 'hr', 'travel', 'news', 'shop'])}`, `${g}-${f}`,
  ];
  let local = r.pick(forms);
  if (!local || local[0] === '.' || local.startsWith('-')) local = 'contact' + r.int(10, 99);
  return `${local}@${d}`;
}

// ---------------------------------------------------------------- phones
const dd = (r, n) => r.digits(n);
function grp(s, sizes, sep = ' ') { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } return out.join(sep); }
function nanp(r, areas) {
  const a = r.pick(areas);
  let ex;
  do { ex = String(r.int(2, 9)) + dd(r, 2); } while (ex === '555' || ex.endsWith('11'));
  const ln = dd(r, 4);
  return { nat: [`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `${a}.${ex}.${ln}`, `${a} ${ex} ${ln}`],
    intl: [`+1 ${a}-${ex}-${ln}`, `+1 (${a}) ${ex}-${ln}`, `+1${a}${ex}${ln}`, `1-${a}-${ex}-${ln}`] };
}
export const PHONE = {
  US: (r) => nanp(r, ['212', '415', '312', '617', '206', '512', '303', '404', '503', '612', '615', '614', '919', '916', '619', '813', '414', '720', '646', '718', '773', '469', '602']),
  CA: (r) => nanp(r, ['416', '647', '604', '778', '514', '438', '613', '403', '587', '902', '204', '250']),
  GB: (r) => {
    if (r.chance(0.55)) { const p = r.pick(['7400', '7411', '7447', '7506', '7523', '7700', '7712', '7723', '7747', '7766', '7788', '7812', '7846', '7867', '7900', '7912', '7931', '7956', '7983']); const s = dd(r, 6); return { nat: [`0${p} ${s}`, `0${p}${s}`, `0${p} ${s.slice(0, 3)} ${s.slice(3)}`], intl: [`+44 ${p} ${s}`, `+44 (0)${p} ${s}`, `+44${p}${s}`] }; }
    const [a, n] = r.pick([['20', 8], ['161', 7], ['121', 7], ['113', 7], ['131', 7], ['141', 7], ['117', 7], ['1223', 6]]);
    const s = (a === '20' ? r.pick(['7', '3', '8']) : String(r.int(2, 9))) + dd(r, n - 1);
    const g = a === '20' ? grp(s, [4, 4]) : n === 7 ? grp(s, [3, 4]) : s;
    return { nat: [`0${a} ${g}`, `(0${a}) ${g}`], intl: [`+44 ${a} ${g}`, `+44 (0)${a} ${g}`] };
  },
  IE: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['83', '85', '86', '87', '89']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`, `0${p}-${s}`], intl: [`+353 ${p} ${grp(s, [3, 4])}`, `+353${p}${s}`] }; }
    const s = String(r.int(2, 9)) + dd(r, 6); return { nat: [`01 ${grp(s, [3, 4])}`, `(01) ${s}`], intl: [`+353 1 ${grp(s, [3, 4])}`] };
  },
  AU: (r) => {
    if (r.chance(0.6)) { const s = '4' + r.pick(['00', '01', '03', '07', '10', '12', '13', '17', '19', '21', '23', '27', '30', '38', '47', '58', '66', '88']) + dd(r, 6); return { nat: ['0' + grp(s, [3, 3, 3]), '0' + s], intl: ['+61 ' + grp(s, [3, 3, 3]), '+61' + s] }; }
    const [a, f] = r.pick([['2', '9'], ['2', '8'], ['3', '9'], ['7', '3'], ['8', '9'], ['8', '8']]); const s = f + dd(r, 7);
    return { nat: [`(0${a}) ${grp(s, [4, 4])}`, `0${a} ${grp(s, [4, 4])}`], intl: [`+61 ${a} ${grp(s, [4, 4])}`] };
  },
  IN: (r) => {
    if (r.chance(0.7)) { const s = String(r.int(6, 9)) + dd(r, 9); return { nat: [grp(s, [5, 5]), '0' + grp(s, [5, 5]), s], intl: ['+91 ' + grp(s, [5, 5]), '+91-' + s, '+91' + s] }; }
    const [a, n] = r.pick([['80', 8], ['22', 8], ['44', 8], ['40', 8], ['20', 8], ['33', 8], ['11', 8]]); const s = String(r.int(2, 6)) + dd(r, n - 1);
    return { nat: [`0${a} ${grp(s, [4, 4])}`, `0${a}-${s}`], intl: [`+91 ${a} ${grp(s, [4, 4])}`] };
  },
  NG: (r) => { const p = r.pick(['803', '806', '813', '816', '703', '705', '802', '808', '809', '817', '818', '909', '908', '701', '902', '905']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`, `0${p}${s}`], intl: [`+234 ${p} ${grp(s, [3, 4])}`, `+234${p}${s}`] }; },
  KE: (r) => { const p = r.pick(['701', '702', '708', '710', '712', '715', '720', '722', '723', '725', '727', '729', '740', '741', '745', '757', '768', '790', '791', '795', '110', '111', '115']); const s = dd(r, 6); return { nat: [`0${p} ${grp(s, [3, 3])}`, `0${p}${s}`], intl: [`+254 ${p} ${grp(s, [3, 3])}`, `+254${p}${s}`] }; },
  PH: (r) => {
    if (r.chance(0.75)) { const p = r.pick(['905', '906', '915', '916', '917', '926', '927', '935', '936', '945', '955', '956', '965', '966', '977', '995', '997', '998', '999', '908', '918', '919', '920', '921', '928', '929', '939', '947', '949']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`, `0${p}-${grp(s, [3, 4], '-')}`], intl: [`+63 ${p} ${grp(s, [3, 4])}`, `+63${p}${s}`] }; }
    const s = '8' + dd(r, 7); return { nat: [`(02) ${grp(s, [4, 4])}`, `02 ${grp(s, [4, 4], '-')}`], intl: [`+63 2 ${grp(s, [4, 4])}`] };
  },
  ZA: (r) => {
    if (r.chance(0.7)) { const p = r.pick(['60', '61', '62', '63', '64', '71', '72', '73', '74', '76', '78', '79', '81', '82', '83', '84']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`], intl: [`+27 ${p} ${grp(s, [3, 4])}`, `+27${p}${s}`] }; }
    const a = r.pick(['11', '21', '31', '12', '41', '51']); const s = String(r.int(2, 8)) + dd(r, 6); return { nat: [`0${a} ${grp(s, [3, 4])}`, `(0${a}) ${grp(s, [3, 4])}`], intl: [`+27 ${a} ${grp(s, [3, 4])}`] };
  },
  DE: (r) => {
    if (r.chance(0.55)) { const p = r.pick(['151', '152', '157', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']); const s = dd(r, p === '160' || p === '170' || p === '171' || p === '175' ? 7 : 8); return { nat: [`0${p} ${s}`, `0${p}/${s}`, `0${p} ${grp(s, [3, s.length - 3])}`, `0${p}-${s}`], intl: [`+49 ${p} ${s}`, `+49 (0)${p} ${s}`, `+49${p}${s}`, `0049 ${p} ${s}`] }; }
    const [a, n] = r.pick([['30', 8], ['40', 8], ['89', 8], ['69', 8], ['221', 7], ['711', 7], ['211', 7], ['341', 7], ['351', 7], ['911', 7]]); const s = String(r.int(2, 9)) + dd(r, n - 1);
    return { nat: [`0${a} ${s}`, `0${a}/${s}`, `(0${a}) ${grp(s, [3, s.length - 3])}`, `0${a}-${s}`], intl: [`+49 ${a} ${s}`, `+49 (0)${a} ${s}`, `+49 ${a} ${grp(s, [3, s.length - 3])}`] };
  },
  AT: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['650', '660', '664', '676', '680', '681', '688', '699']); const s = dd(r, 7); return { nat: [`0${p} ${s}`, `0${p}/${s}`], intl: [`+43 ${p} ${s}`, `+43 ${p} ${grp(s, [3, 4])}`] }; }
    const [a, n] = r.pick([['1', 7], ['316', 6], ['732', 6], ['662', 6], ['512', 6]]); const s = String(r.int(2, 9)) + dd(r, n - 1); return { nat: [`0${a} ${s}`, `(0${a}) ${s}`], intl: [`+43 ${a} ${s}`] };
  },
  CH: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['75', '76', '77', '78', '79']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 2, 2])}`], intl: [`+41 ${p} ${grp(s, [3, 2, 2])}`, `+41${p}${s}`, `0041 ${p} ${grp(s, [3, 2, 2])}`] }; }
    const a = r.pick(['44', '22', '61', '31', '21', '41', '71', '52', '91']); const s = String(r.int(2, 8)) + dd(r, 6); return { nat: [`0${a} ${grp(s, [3, 2, 2])}`], intl: [`+41 ${a} ${grp(s, [3, 2, 2])}`] };
  },
  FR: (r) => { const p = r.chance(0.55) ? r.pick(['6', '7']) : String(r.int(1, 5)); const s = p + dd(r, 8); return { nat: ['0' + grp(s, [1, 2, 2, 2, 2]), '0' + grp(s, [1, 2, 2, 2, 2], '.'), '0' + s], intl: ['+33 ' + grp(s, [1, 2, 2, 2, 2]), '+33 (0)' + grp(s, [1, 2, 2, 2, 2]), '+33' + s] }; },
  BE: (r) => {
    if (r.chance(0.6)) { const s = r.pick(['460', '465', '468', '470', '471', '472', '473', '475', '476', '477', '478', '479', '484', '485', '486', '487', '488', '489', '490', '491', '492', '493', '494', '495', '496', '497', '498', '499']) + dd(r, 6); return { nat: ['0' + grp(s, [3, 2, 2, 2]), '0' + grp(s, [3, 2, 2, 2], '/')], intl: ['+32 ' + grp(s, [3, 2, 2, 2]), '+32' + s] }; }
    const s = '2' + dd(r, 7); return { nat: ['0' + grp(s, [1, 3, 2, 2])], intl: ['+32 ' + grp(s, [1, 3, 2, 2])] };
  },
  ES: (r) => {
    if (r.chance(0.6)) { const s = r.pick(['6', '7']) + (r.chance(0.85) ? String(r.int(0, 9)) : '1') + dd(r, 7); const s2 = s[0] === '7' ? '7' + r.int(1, 4) + s.slice(2) : s; return { nat: [grp(s2, [3, 3, 3]), s2, grp(s2, [3, 2, 2, 2])], intl: ['+34 ' + grp(s2, [3, 3, 3]), '+34' + s2, '0034 ' + grp(s2, [3, 3, 3])] }; }
    const a = r.pick(['91', '93', '96', '95', '94', '976', '983', '958']); const s = a + dd(r, 9 - a.length); return { nat: [a.length === 2 ? grp(s, [2, 3, 2, 2]) : grp(s, [3, 3, 3])], intl: ['+34 ' + (a.length === 2 ? grp(s, [2, 3, 2, 2]) : grp(s, [3, 3, 3]))] };
  },
  MX: (r) => { const a = r.pick(['55', '33', '81']); const s = String(r.int(1, 9)) + dd(r, 7); return { nat: [`${a} ${grp(s, [4, 4])}`, `(${a}) ${grp(s, [4, 4], '-')}`, a + s], intl: [`+52 ${a} ${grp(s, [4, 4])}`, `+52 1 ${a} ${grp(s, [4, 4])}`, `+52${a}${s}`] }; },
  AR: (r) => {
    const a = r.pick(['11', '351', '341', '261']); const n = 10 - a.length; const s = String(r.int(2, 6)) + dd(r, n - 1); const g = grp(s, [n - 4, 4], '-');
    if (r.chance(0.6)) return { nat: [`0${a} 15-${g}`, `(0${a}) 15 ${g}`], intl: [`+54 9 ${a} ${g}`, `+549${a}${s}`] };
    return { nat: [`0${a} ${g}`, `(0${a}) ${g}`], intl: [`+54 ${a} ${g}`] };
  },
  BR: (r) => {
    const a = r.pick(['11', '21', '31', '41', '51', '71', '81', '85', '61', '19', '48']);
    if (r.chance(0.65)) { const s = '9' + String(r.int(6, 9)) + dd(r, 7); return { nat: [`(${a}) ${grp(s, [5, 4], '-')}`, `${a} ${grp(s, [5, 4], '-')}`, `(${a}) ${grp(s, [1, 4, 4], ' ')}`], intl: [`+55 ${a} ${grp(s, [5, 4], '-')}`, `+55 (${a}) ${grp(s, [5, 4], '-')}`, `+55${a}${s}`] }; }
    const s = String(r.int(2, 5)) + dd(r, 7); return { nat: [`(${a}) ${grp(s, [4, 4], '-')}`], intl: [`+55 ${a} ${grp(s, [4, 4], '-')}`] };
  },
  PT: (r) => { const s = r.chance(0.6) ? r.pick(['91', '92', '93', '96']) + dd(r, 7) : r.pick(['21', '22', '239', '289']) ; const t = s.length === 9 ? s : s + dd(r, 9 - s.length); return { nat: [grp(t, [3, 3, 3]), t], intl: ['+351 ' + grp(t, [3, 3, 3]), '+351' + t, '00351 ' + grp(t, [3, 3, 3])] }; },
  IT: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['320', '324', '327', '328', '329', '331', '333', '335', '338', '339', '340', '342', '345', '346', '347', '348', '349', '366', '380', '388', '389', '391', '392', '393']); const s = dd(r, 7); return { nat: [`${p} ${grp(s, [3, 4])}`, `${p} ${s}`, `${p}-${s}`], intl: [`+39 ${p} ${grp(s, [3, 4])}`, `+39 ${p} ${s}`, `0039 ${p} ${s}`] }; }
    const a = r.pick(['06', '02', '011', '051', '055', '081', '010', '045']); const s = dd(r, a.length === 2 ? 8 : 7); return { nat: [`${a} ${grp(s, [4, s.length - 4])}`, `${a}/${s}`], intl: [`+39 ${a} ${grp(s, [4, s.length - 4])}`] };
  },
  NL: (r) => {
    if (r.chance(0.6)) { const s = '6' + String(r.int(1, 5)) + dd(r, 7); return { nat: ['0' + s[0] + ' ' + s.slice(1), '0' + s[0] + '-' + s.slice(1), '0' + grp(s, [1, 2, 2, 2, 2])], intl: ['+31 ' + s[0] + ' ' + s.slice(1), '+31 (0)' + s[0] + ' ' + s.slice(1), '+31' + s] }; }
    const a = r.pick(['20', '10', '30', '70', '40', '50', '71']); const s = String(r.int(2, 8)) + dd(r, 6); return { nat: [`0${a} ${grp(s, [3, 4])}`, `0${a}-${s}`], intl: [`+31 ${a} ${grp(s, [3, 4])}`] };
  },
  PL: (r) => {
    if (r.chance(0.65)) { const s = r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + dd(r, 7); return { nat: [grp(s, [3, 3, 3]), grp(s, [3, 3, 3], '-')], intl: ['+48 ' + grp(s, [3, 3, 3]), '+48' + s, '0048 ' + grp(s, [3, 3, 3])] }; }
    const a = r.pick(['22', '12', '71', '61', '58', '42']); const s = String(r.int(2, 8)) + dd(r, 6); return { nat: [`${a} ${grp(s, [3, 2, 2])}`, `(${a}) ${grp(s, [3, 2, 2])}`], intl: [`+48 ${a} ${grp(s, [3, 2, 2])}`] };
  },
  SE: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['70', '72', '73', '76', '79']); const s = dd(r, 7); return { nat: [`0${p}-${grp(s, [3, 2, 2])}`, `0${p} ${grp(s, [3, 2, 2])}`, `0${p}${s}`], intl: [`+46 ${p} ${grp(s, [3, 2, 2])}`, `+46${p}${s}`] }; }
    const s = String(r.int(4, 7)) + dd(r, 7); return { nat: [`08-${grp(s, [3, 3, 2])}`], intl: [`+46 8 ${grp(s, [3, 3, 2])}`] };
  },
  NO: (r) => { const s = r.pick(['4', '9', '2']) + dd(r, 7); return { nat: [s[0] === '2' ? grp(s, [2, 2, 2, 2]) : grp(s, [3, 2, 3]), s], intl: ['+47 ' + (s[0] === '2' ? grp(s, [2, 2, 2, 2]) : grp(s, [3, 2, 3])), '+47' + s] }; },
  FI: (r) => {
    if (r.chance(0.65)) { const p = r.pick(['40', '41', '44', '45', '50']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`, `0${p}-${s}`], intl: [`+358 ${p} ${grp(s, [3, 4])}`, `+358${p}${s}`] }; }
    const s = String(r.int(2, 8)) + dd(r, 7); return { nat: [`09 ${grp(s, [4, 4])}`], intl: [`+358 9 ${grp(s, [4, 4])}`] };
  },
  CZ: (r) => { const s = (r.chance(0.65) ? r.pick(['601', '602', '603', '604', '605', '606', '607', '608', '702', '704', '720', '721', '724', '728', '731', '737', '739', '773', '775', '777', '792', '799']) : r.pick(['222', '224', '233', '541', '596'])) + dd(r, 6); return { nat: [grp(s, [3, 3, 3])], intl: ['+420 ' + grp(s, [3, 3, 3]), '+420' + s, '00420 ' + grp(s, [3, 3, 3])] }; },
  HU: (r) => {
    if (r.chance(0.65)) { const p = r.pick(['20', '30', '31', '50', '70']); const s = dd(r, 7); return { nat: [`06 ${p} ${grp(s, [3, 4])}`, `06-${p}-${grp(s, [3, 4], '-')}`], intl: [`+36 ${p} ${grp(s, [3, 4])}`, `+36${p}${s}`] }; }
    const s = String(r.int(2, 4)) + dd(r, 6); return { nat: [`06 1 ${grp(s, [3, 4])}`], intl: [`+36 1 ${grp(s, [3, 4])}`] };
  },
  TR: (r) => {
    const p = r.chance(0.65) ? r.pick(['501', '505', '506', '530', '531', '532', '533', '535', '536', '538', '539', '541', '542', '543', '544', '545', '546', '549', '551', '552', '553', '554', '555']) : r.pick(['212', '216', '312', '232', '224', '242']);
    const s = String(r.int(2, 9)) + dd(r, 6); return { nat: [`0${p} ${grp(s, [3, 2, 2])}`, `0 (${p}) ${grp(s, [3, 2, 2])}`, `0${p}${s}`], intl: [`+90 ${p} ${grp(s, [3, 2, 2])}`, `+90${p}${s}`] };
  },
  GR: (r) => { const s = (r.chance(0.6) ? '69' + r.pick(['0', '3', '4', '5', '7', '8', '9']) : r.pick(['210', '231', '261', '281'])) + dd(r, 7); return { nat: [grp(s, [3, 3, 4]), s], intl: ['+30 ' + grp(s, [3, 3, 4]), '+30' + s, '0030 ' + s] }; },
  RU: (r) => { const a = r.chance(0.65) ? '9' + r.pick(['03', '05', '06', '09', '12', '15', '16', '17', '19', '20', '25', '26', '27', '29', '60', '62', '65', '77', '85', '99']) : r.pick(['495', '499', '812', '383', '343', '843']); const s = dd(r, 7); const g = `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`; return { nat: [`8 (${a}) ${g}`, `8-${a}-${g}`, `8${a}${s}`], intl: [`+7 ${a} ${g}`, `+7 (${a}) ${g}`, `+7${a}${s}`] }; },
  UA: (r) => { const a = r.chance(0.7) ? r.pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']) : r.pick(['44', '57', '48', '56', '32']); const s = dd(r, 7); return { nat: [`0${a} ${grp(s, [3, 2, 2])}`, `(0${a}) ${grp(s, [3, 2, 2], '-')}`, `0${a}${s}`], intl: [`+380 ${a} ${grp(s, [3, 2, 2])}`, `+380${a}${s}`, `+38 0${a} ${grp(s, [3, 2, 2])}`] }; },
  AE: (r) => {
    if (r.chance(0.65)) { const p = r.pick(['50', '52', '54', '55', '56', '58']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`, `0${p}-${s}`], intl: [`+971 ${p} ${grp(s, [3, 4])}`, `+971${p}${s}`, `00971 ${p} ${s}`] }; }
    const a = r.pick(['4', '2', '6']); const s = String(r.int(2, 8)) + dd(r, 6); return { nat: [`0${a} ${grp(s, [3, 4])}`], intl: [`+971 ${a} ${grp(s, [3, 4])}`] };
  },
  EG: (r) => {
    if (r.chance(0.7)) { const p = r.pick(['10', '11', '12', '15']); const s = dd(r, 8); return { nat: [`0${p} ${grp(s, [4, 4])}`, `0${p}${s}`], intl: [`+20 ${p} ${grp(s, [4, 4])}`, `+20${p}${s}`] }; }
    const s = String(r.int(2, 3)) + dd(r, 7); return { nat: [`02 ${grp(s, [4, 4])}`], intl: [`+20 2 ${grp(s, [4, 4])}`] };
  },
  IL: (r) => {
    if (r.chance(0.65)) { const p = r.pick(['50', '52', '53', '54', '55', '58']); const s = dd(r, 7); return { nat: [`0${p}-${grp(s, [3, 4], '-')}`, `0${p}-${s}`, `0${p} ${grp(s, [3, 4])}`], intl: [`+972 ${p}-${grp(s, [3, 4], '-')}`, `+972 ${p} ${grp(s, [3, 4])}`, `+972${p}${s}`] }; }
    const a = r.pick(['3', '2', '4', '8', '9']); const s = String(r.int(5, 9)) + dd(r, 6); return { nat: [`0${a}-${grp(s, [3, 4], '-')}`], intl: [`+972 ${a}-${grp(s, [3, 4], '-')}`] };
  },
  IR: (r) => { const p = r.pick(['912', '913', '919', '935', '936', '901', '921']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`], intl: [`+98 ${p} ${grp(s, [3, 4])}`, `+98${p}${s}`] }; },
  CN: (r) => {
    if (r.chance(0.7)) { const s = '1' + r.pick(['30', '31', '35', '36', '37', '38', '39', '50', '51', '52', '58', '59', '77', '80', '86', '87', '88', '89', '91', '99']) + dd(r, 8); return { nat: [grp(s, [3, 4, 4]), s, grp(s, [3, 4, 4], '-')], intl: ['+86 ' + grp(s, [3, 4, 4]), '+86-' + s, '+86' + s, '0086 ' + s] }; }
    const [a, n] = r.pick([['10', 8], ['21', 8], ['20', 8], ['755', 8], ['571', 8], ['28', 8]]); const s = String(r.int(2, 8)) + dd(r, n - 1); return { nat: [`0${a}-${s}`, `(0${a}) ${grp(s, [4, 4])}`], intl: [`+86 ${a} ${grp(s, [4, 4])}`] };
  },
  JP: (r) => {
    if (r.chance(0.6)) { const p = r.pick(['70', '80', '90']); const s = dd(r, 8); return { nat: [`0${p}-${s.slice(0, 4)}-${s.slice(4)}`, `0${p}${s}`, `0${p} ${s.slice(0, 4)} ${s.slice(4)}`], intl: [`+81 ${p}-${s.slice(0, 4)}-${s.slice(4)}`, `+81 ${p} ${s.slice(0, 4)} ${s.slice(4)}`, `+81${p}${s}`] }; }
    const a = r.pick(['3', '6', '45', '52', '11', '92', '75']); const n = 9 - a.length; const s = String(r.int(2, 9)) + dd(r, n - 1); const g = `${s.slice(0, n - 4)}-${s.slice(n - 4)}`;
    return { nat: [`0${a}-${g}`, `(0${a}) ${g}`], intl: [`+81 ${a}-${g}`] };
  },
  KR: (r) => {
    if (r.chance(0.65)) { const s = dd(r, 8); return { nat: [`010-${s.slice(0, 4)}-${s.slice(4)}`, `010 ${s.slice(0, 4)} ${s.slice(4)}`, `010${s}`], intl: [`+82 10-${s.slice(0, 4)}-${s.slice(4)}`, `+82 10 ${s.slice(0, 4)} ${s.slice(4)}`, `+8210${s}`] }; }
    const a = r.pick(['2', '51', '32', '53', '42']); const s = String(r.int(2, 9)) + dd(r, a === '2' ? 7 : 6); const g = `${s.slice(0, s.length - 4)}-${s.slice(s.length - 4)}`; return { nat: [`0${a}-${g}`], intl: [`+82 ${a}-${g}`] };
  },
  TH: (r) => {
    if (r.chance(0.65)) { const s = r.pick(['61', '62', '63', '64', '65', '80', '81', '82', '83', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99']) + dd(r, 7); return { nat: [`0${grp(s, [2, 3, 4], '-')}`, `0${grp(s, [2, 3, 4])}`, `0${s}`], intl: [`+66 ${grp(s, [2, 3, 4])}`, `+66${s}`] }; }
    const s = '2' + dd(r, 7); return { nat: [`0${grp(s, [1, 3, 4])}`, `0${grp(s, [1, 3, 4], '-')}`], intl: [`+66 ${grp(s, [1, 3, 4])}`] };
  },
  VN: (r) => {
    if (r.chance(0.7)) { const s = r.pick(['90', '91', '93', '94', '96', '97', '98', '32', '33', '35', '37', '38', '70', '76', '77', '79', '81', '83', '84', '85', '86', '88', '89']) + dd(r, 7); return { nat: ['0' + grp(s, [2, 3, 4]), '0' + grp(s, [3, 3, 3]), '0' + s], intl: ['+84 ' + grp(s, [2, 3, 4]), '+84' + s] }; }
    const a = r.pick(['24', '28', '236']); const s = '3' + dd(r, 9 - a.length - 1 + 1); return { nat: [`0${a} ${grp(s, [4, s.length - 4])}`], intl: [`+84 ${a} ${grp(s, [4, s.length - 4])}`] };
  },
  ID: (r) => {
    if (r.chance(0.7)) { const p = r.pick(['811', '812', '813', '821', '822', '823', '852', '853', '857', '858', '877', '878', '895', '896', '897', '898', '899', '815', '816', '856']); const s = dd(r, r.pick([7, 8])); return { nat: [`0${p}-${grp(s, [4, s.length - 4], '-')}`, `0${p} ${grp(s, [4, s.length - 4])}`, `0${p}${s}`], intl: [`+62 ${p}-${grp(s, [4, s.length - 4], '-')}`, `+62 ${p} ${grp(s, [4, s.length - 4])}`, `+62${p}${s}`] }; }
    const a = r.pick(['21', '22', '31', '274', '361']); const s = String(r.int(2, 8)) + dd(r, a.length === 2 ? 7 : 6); return { nat: [`(0${a}) ${grp(s, [4, s.length - 4])}`, `0${a}-${s}`], intl: [`+62 ${a} ${grp(s, [4, s.length - 4])}`] };
  },
};
// plans for countries without a culture of their own
PHONE.SG = (r) => { const s = r.pick(['8', '9', '6']) + dd(r, 7); return { nat: [grp(s, [4, 4])], intl: ['+65 ' + grp(s, [4, 4]), '+65' + s] }; };
PHONE.NZ = (r) => { const p = r.pick(['21', '22', '27', '29']); const s = dd(r, 7); return { nat: [`0${p} ${grp(s, [3, 4])}`], intl: [`+64 ${p} ${grp(s, [3, 4])}`] }; };
PHONE.DK = (r) => { const s = r.pick(['2', '3', '4', '5', '6', '7', '9']) + dd(r, 7); return { nat: [grp(s, [2, 2, 2, 2])], intl: ['+45 ' + grp(s, [2, 2, 2, 2]), '+45' + s] }; };

export const PHONE_PLANS = Object.keys(PHONE);
// style: 'nat' | 'intl' | 'any'
export function phone(r, cc, style = 'any') {
  const plan = PHONE[cc] || PHONE.US;
  const v = plan(r);
  const which = style === 'any' ? (r.chance(0.5) ? 'nat' : 'intl') : style;
  return r.pick(v[which]);
}

// ---------------------------------------------------------------- places
const REGION_SUFFIX = new Set(['US', 'CA', 'AU', 'IN', 'BR', 'IT', 'MX', 'NG']);
export function city(r, cc) {
  const pl = PLACES[cc];
  const [a, b] = split2(r.pick(pl.cities));
  if (REGION_SUFFIX.has(cc)) return { local: a, en: a, region: b, cc };
  return { local: a, en: b, region: null, cc };
}
export function cityName(c, lang, plLang) { return lang === plLang ? c.local : (c.en || c.local); }
export function countryName(cc, english) { const pl = PLACES[cc]; return english ? pl.countryEn : pl.country; }
const streetOf = (r, pl) => split2(r.pick(pl.streets));
const up = (s) => s.toUpperCase();
// areas written "area@City" belong to that city; areas without '@' fit anywhere
function areaFor(r, pl, c) {
  const all = pl.areas || [];
  const own = all.filter((a) => a.endsWith('@' + c.local)).map((a) => a.split('@')[0]);
  const free = all.filter((a) => !a.includes('@'));
  const pool = own.length ? own : free;
  return pool.length ? r.pick(pool) : '';
}

// Returns { lines: [Frag], city } with LOCATION marks on street lines, cities and
// spelled-out regions; postal codes, unit numbers and state codes stay unlabelled.
export function address(r, cc, opts = {}) {
  const pl = PLACES[cc];
  const c = city(r, cc);
  const st = () => streetOf(r, pl)[0];
  const n = () => String(r.int(1, 240));
  let lines;
  switch (cc) {
    case 'US': { const apt = r.chance(0.35) ? `, ${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${r.pick(['', 'A', 'B', 'C'])}` : ''; lines = [F(LOC(`${r.int(10, 9899)} ${st()}${apt}`)), F(LOC(c.local), `, ${c.region} ${dd(r, 5)}${r.chance(0.2) ? '-' + dd(r, 4) : ''}`)]; break; }
    case 'CA': { const L1 = c.region === 'QC' ? `${r.int(10, 4999)}, ${st()}` : `${r.int(10, 4999)} ${st()}`; const pc = `${r.pick([...'ABCEGHJKLMNPRSTVXY'])}${r.int(0, 9)}${r.pick([...'ABCEGHJKLMNPRSTVWXYZ'])} ${r.int(0, 9)}${r.pick([...'ABCEGHJKLMNPRSTVWXYZ'])}${r.int(0, 9)}`; lines = [F(LOC(L1)), F(LOC(c.local), ` ${c.region}  ${pc}`)]; break; }
    case 'GB': { const flat = r.chance(0.3) ? `Flat ${r.int(1, 24)}, ` : ''; const cityS = r.chance(0.4) ? up(c.local) : c.local; const pc = `${r.pick(['LS', 'M', 'B', 'BS', 'EH', 'G', 'L', 'CF', 'S', 'NG', 'BN', 'YO', 'NR', 'EX', 'N', 'SW', 'E', 'SE', 'NW'])}${r.int(1, 19)} ${r.int(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`; lines = [F(LOC(`${flat}${n()} ${st()}`)), F(LOC(cityS)), F(pc)]; break; }
    case 'IE': { const ec = `${r.pick(['D02', 'D04', 'D06', 'T12', 'H91', 'V94', 'X91', 'R95'])} ${r.str('ACDEFHKNPRTVWXY0123456789', 4)}`; lines = [F(LOC(`${n()} ${st()}`)), F(LOC(c.local)), F(ec)]; break; }
    case 'AU': { const u = r.chance(0.3) ? `${r.int(1, 30)}/` : ''; lines = [F(LOC(`${u}${n()} ${st()}`)), F(LOC(up(c.local)), ` ${c.region} ${r.int(2000, 7999)}`)]; break; }
    case 'IN': {
      if (opts.local) { lines = [F(LOC(`मकान नं. ${n()}, ${r.pick(pl.streetsLocal)}`), ', ', LOC(r.pick(pl.citiesLocal)), ` - ${r.int(110001, 855999)}`)]; break; }
      lines = [F(LOC(`${r.pick(['No. ', 'Flat ', '#', 'Plot '])}${n()}, ${st()}`)), F(LOC(c.local), ` - ${r.int(110001, 855999)}`), F(LOC(c.region))]; break; }
    case 'NG': lines = [F(LOC(`${n()} ${st()}`)), F(LOC(c.local), ', ', LOC(c.region), ' State')]; break;
    case 'KE': lines = [F(`P.O. Box ${r.int(100, 99999)}-${r.pick(['00100', '00200', '80100', '40100', '20100'])}`), F(LOC(st())), F(LOC(c.local))]; break;
    case 'PH': lines = [F(LOC(`${n()} ${st()}, Brgy. ${areaFor(r, pl, c)}`)), F(LOC(c.local), ` ${r.int(1000, 6999)}`)]; break;
    case 'ZA': lines = [F(LOC(`${n()} ${st()}`)), F(LOC(areaFor(r, pl, c))), F(LOC(c.local), `, ${r.int(1000, 9999)}`)]; break;
    case 'DE': case 'AT': case 'CH': { const num = `${n()}${r.chance(0.15) ? r.pick(['a', 'b', 'c']) : ''}`; const pc = cc === 'DE' ? dd(r, 5).replace(/^0/, '1') : String(r.int(1000, 9999)); lines = [F(LOC(`${st()} ${num}`)), F(`${cc === 'DE' || r.chance(0.5) ? '' : cc + '-'}${pc} `, LOC(c.local))]; break; }
    case 'FR': { const num = `${n()}${r.chance(0.1) ? ' bis' : ''}`; const cp = String(r.int(1, 95)).padStart(2, '0') + dd(r, 3); lines = [F(LOC(`${num} ${st()}`)), F(`${cp} `, LOC(r.chance(0.5) ? up(c.local) : c.local))]; break; }
    case 'BE': lines = [F(LOC(`${st()} ${n()}`)), F(`${r.int(1000, 9999)} `, LOC(c.local))]; break;
    case 'ES': { const extra = r.chance(0.6) ? `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : ''; lines = [F(LOC(`${st()}, ${n()}`), extra), F(`${String(r.int(1, 52)).padStart(2, '0')}${dd(r, 3)} `, LOC(c.local))]; break; }
    case 'MX': lines = [F(LOC(`${st()} ${n()}`), ', ', LOC(areaFor(r, pl, c))), F(`C.P. ${dd(r, 5)} `, LOC(c.local), ', ', LOC(c.region))]; break;
    case 'AR': lines = [F(LOC(`${st()} ${r.int(100, 5999)}`), r.chance(0.5) ? `, piso ${r.int(1, 14)} "${r.pick(['A', 'B', 'C'])}"` : ''), F(`C${r.int(1000, 9499)}${r.str(UPPER, 3)} `, LOC(c.local))]; break;
    case 'BR': lines = [F(LOC(`${st()}, ${r.int(10, 3999)}`), r.chance(0.5) ? ` - apto ${r.int(11, 194)}` : ''), F(LOC(areaFor(r, pl, c)), ' - ', LOC(c.local), `/${c.region}`), F(`CEP ${dd(r, 5)}-${dd(r, 3)}`)]; break;
    case 'PT': lines = [F(LOC(`${st()}, ${n()}`), r.chance(0.5) ? `, ${r.int(1, 8)}º ${r.pick(['Esq.', 'Dto.'])}` : ''), F(`${r.int(1000, 9999)}-${dd(r, 3)} `, LOC(c.local))]; break;
    case 'IT': lines = [F(LOC(r.chance(0.5) ? `${st()}, ${n()}` : `${st()} ${n()}`)), F(`${dd(r, 5)} `, LOC(c.local), ` (${c.region})`)]; break;
    case 'NL': lines = [F(LOC(`${st()} ${n()}${r.chance(0.2) ? '-' + r.pick(['I', 'II', 'hs', 'A']) : ''}`)), F(`${r.int(1000, 9999)} ${r.str(UPPER, 2)}  `, LOC(up(c.local)))]; break;
    case 'PL': lines = [F(LOC(`${st()} ${n()}${r.chance(0.6) ? '/' + r.int(1, 80) : ''}`)), F(`${dd(r, 2)}-${dd(r, 3)} `, LOC(c.local))]; break;
    case 'SE': lines = [F(LOC(`${st()} ${n()}`)), F(`${r.int(100, 989)} ${dd(r, 2)} `, LOC(up(c.local)))]; break;
    case 'NO': lines = [F(LOC(`${st()} ${n()}`)), F(`${dd(r, 4)} `, LOC(c.local))]; break;
    case 'FI': lines = [F(LOC(`${st()} ${n()}${r.chance(0.5) ? ` ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}` : ''}`)), F(`${dd(r, 5)} `, LOC(c.local))]; break;
    case 'CZ': lines = [F(LOC(`${st()} ${r.int(100, 2999)}/${r.int(1, 60)}`)), F(`${r.int(100, 799)} ${dd(r, 2)} `, LOC(c.local))]; break;
    case 'HU': lines = [F(`${r.int(1011, 9999)} `, LOC(c.local), ', ', LOC(`${st()} ${n()}.`))]; break;
    case 'TR': lines = [F(LOC(`${st()} No: ${n()}${r.chance(0.6) ? ` D: ${r.int(1, 30)}` : ''}`)), F(`${dd(r, 5)} `, LOC(areaFor(r, pl, c)), '/', LOC(c.local))]; break;
    case 'GR': lines = [F(LOC(`${st()} ${n()}`)), F(`${r.int(100, 853)} ${dd(r, 2)} `, LOC(c.local))]; break;
    case 'RU': lines = [F(`${r.int(101000, 692999)}, г. `, LOC(c.local), ', ', LOC(`ул. ${st()}, д. ${n()}${r.chance(0.6) ? `, кв. ${r.int(1, 300)}` : ''}`))]; break;
    case 'UA': lines = [F(`${dd(r, 5)}, м. `, LOC(c.local), ', ', LOC(`вул. ${st()}, буд. ${n()}${r.chance(0.6) ? `, кв. ${r.int(1, 200)}` : ''}`))]; break;
    case 'AE': lines = [F(LOC(`${st()}، مبنى ${n()}`), '، ', LOC(c.local), '، ', LOC(pl.country))]; break;
    case 'EG': lines = [F(LOC(`${n()} ${st()}`), '، ', LOC(c.local))]; break;
    case 'IL': lines = [F(LOC(`${st()} ${n()}`), ', ', LOC(c.local), ` ${dd(r, 7)}`)]; break;
    case 'IR': lines = [F(LOC(`No. ${n()}, ${st()}`)), F(LOC(c.local))]; break;
    case 'CN': lines = [F(LOC(`${c.local.replace(/$/, '市').replace('市市', '市')}${areaFor(r, pl, c)}${st()}${r.int(1, 999)}号`), r.chance(0.5) ? `${r.int(1, 30)}栋${r.int(101, 2808)}室` : ''), F(`邮编 ${dd(r, 6)}`)]; break;
    case 'JP': lines = [F(`〒${dd(r, 3)}-${dd(r, 4)} `, LOC(`${c.local}${areaFor(r, pl, c)}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`))]; break;
    case 'KR': lines = [F(LOC(`${c.local} ${areaFor(r, pl, c)} ${st()} ${r.int(1, 400)}`), r.chance(0.5) ? `, ${r.int(101, 120)}동 ${r.int(101, 2504)}호` : ''), F(`(우) ${dd(r, 5)}`)]; break;
    case 'TH': lines = [F(LOC(`${r.int(1, 999)}/${r.int(1, 99)} ถนน${st()} ${areaFor(r, pl, c)} ${c.local}`), ` ${r.int(10100, 96000)}`)]; break;
    case 'VN': lines = [F(LOC(`${r.int(1, 300)} ${st()}`), ', ', LOC(areaFor(r, pl, c)), ', ', LOC(c.local))]; break;
    case 'ID': lines = [F(LOC(`${st()} No. ${r.int(1, 250)}`), ', ', LOC(areaFor(r, pl, c))), F(LOC(c.local), ` ${dd(r, 5)}`)]; break;
    default: throw new Error('no address format for ' + cc);
  }
  // the street line alone: the first LOCATION that is not the city itself
  const marks = [];
  const walk = (x) => { if (x && x.parts) x.parts.forEach(walk); else if (x && x.fam === 'pii') marks.push(x); };
  lines.forEach(walk);
  const street = marks.find((m) => m.value !== c.local && m.value !== c.en && m.value.toUpperCase() !== c.local.toUpperCase()) || marks[0];
  return { lines, city: c, cc, street };
}
export const ADDRESS_COUNTRIES = Object.keys(PLACES);

// ---------------------------------------------------------------- cards
export const TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222',
  '5200828282828210', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117',
  '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '4111111111111111',
  '4012888888881881', '5454545454545454', '6200000000000005', '4000002500003155', '4000000000009995'];
const BRANDS = {
  visa: { pre: () => ['4'], len: 16 },
  mastercard: { pre: (r) => [String(r.int(51, 55)), String(r.int(2221, 2720))], len: 16 },
  amex: { pre: (r) => [r.pick(['34', '37'])], len: 15 },
  discover: { pre: (r) => ['6011', String(r.int(644, 649)), '65'], len: 16 },
  jcb: { pre: (r) => [String(r.int(3528, 3589))], len: 16 },
  diners: { pre: (r) => ['36', String(r.int(300, 305))], len: 14 },
};
export const CARD_BRANDS = Object.keys(BRANDS);
export function cardNumber(r, brand) {
  brand = brand || r.weighted([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const b = BRANDS[brand];
  for (;;) {
    const pre = r.pick(b.pre(r));
    const num = luhnComplete(pre + r.digits(b.len - pre.length - 1));
    if (!TEST_CARDS.includes(num)) return { num, brand };
  }
}
export function formatCard(r, num, style) {
  style = style || r.weighted([[5, 'space'], [2, 'plain'], [2, 'dash']]);
  if (style === 'plain') return num;
  const sep = style === 'dash' ? '-' : ' ';
  if (num.length === 15) return grp(num, [4, 6, 5], sep);
  if (num.length === 14) return grp(num, [4, 6, 4], sep);
  return grp(num, [4, 4, 4, 4], sep);
}
export function card(r, brand, style) { const c = cardNumber(r, brand); return { ...c, text: formatCard(r, c.num, style) }; }
export function invalidCard(r) {
  const c = cardNumber(r);
  const last = Number(c.num.slice(-1));
  const bad = c.num.slice(0, -1) + String((last + r.int(1, 9)) % 10);
  return { num: bad, text: formatCard(r, bad) };
}
export function testCard(r) { const num = r.pick(TEST_CARDS); return { num, text: formatCard(r, num) }; }

// ---------------------------------------------------------------- IBAN
const BBAN = {
  AT: 'n16', BE: 'n12', BG: 'a4n6c8', CH: 'n5c12', CZ: 'n20', DE: 'n18', DK: 'n14', ES: 'n20', FI: 'n14',
  FR: 'n10c11n2', GB: 'a4n14', GR: 'n7c16', HR: 'n17', HU: 'n24', IE: 'a4n14', IT: 'a1n10c12', LU: 'n3c13',
  NL: 'a4n10', NO: 'n11', PL: 'n24', PT: 'n21', RO: 'a4c16', SE: 'n20', SI: 'n15', SK: 'n20', TR: 'n5z1c16',
  AE: 'n19', SA: 'n2c18', IL: 'n19', BR: 'n23a1c1', UA: 'n6c19',
};
export const IBAN_COUNTRIES = Object.keys(BBAN);
function bban(r, spec) {
  let out = '';
  for (const [, t, k] of spec.matchAll(/([ancz])(\d+)/g)) {
    const n = Number(k);
    if (t === 'n') out += r.digits(n);
    else if (t === 'a') out += r.str(UPPER, n);
    else if (t === 'z') out += '0'.repeat(n);
    else out += r.chance(0.7) ? r.digits(n) : r.str(ALNUM_UP, n);
  }
  return out;
}
export function iban(r, cc) {
  cc = cc && BBAN[cc] ? cc : r.pick(IBAN_COUNTRIES);
  const e = ibanFromBban(cc, bban(r, BBAN[cc]));
  return { cc, electronic: e, paper: e.replace(/(.{4})/g, '$1 ').trim() };
}
export function ibanText(r, cc) { const i = iban(r, cc); return r.chance(0.55) ? i.paper : i.electronic; }
export function invalidIban(r, cc) {
  const i = iban(r, cc);
  let chk = Number(i.electronic.slice(2, 4));
  const bad = i.electronic.slice(0, 2) + String((chk + r.int(1, 9)) % 97 + (chk + 1 < 3 ? 2 : 0)).padStart(2, '0') + i.electronic.slice(4);
  const s = r.chance(0.5) ? bad.replace(/(.{4})/g, '$1 ').trim() : bad;
  return s;
}

// ---------------------------------------------------------------- US identifiers
export function ssn(r, style) {
  let a;
  do { a = r.int(1, 899); } while (a === 666);
  const s = `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  if (!ssnValid(s)) return ssn(r, style);
  style = style || r.weighted([[8, 'dash'], [1, 'space'], [1, 'plain']]);
  return style === 'dash' ? s : style === 'space' ? s.replace(/-/g, ' ') : s.replace(/-/g, '');
}
export function invalidSsn(r) {
  const kind = r.int(0, 4);
  const area = kind === 0 ? '000' : kind === 1 ? '666' : kind === 2 ? String(r.int(900, 999)) : String(r.int(1, 665)).padStart(3, '0');
  let group = String(r.int(1, 99)).padStart(2, '0');
  let serial = String(r.int(1, 9999)).padStart(4, '0');
  if (kind === 2) { do { group = String(r.int(1, 99)).padStart(2, '0'); } while (itinGroupOk(group)); }
  if (kind === 3) group = '00';
  if (kind === 4) serial = '0000';
  return `${area}-${group}-${serial}`;
}
export function itin(r) {
  let g;
  do { g = String(r.int(50, 99)); } while (!itinGroupOk(g));
  const s = `9${r.digits(2)}-${g}-${r.digits(4)}`;
  return r.chance(0.85) ? s : s.replace(/-/g, ' ');
}
export function usPassport(r) { return r.chance(0.55) ? r.digits(9, true) : r.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']) + r.digits(8); }
export const DL_FORMATS = {
  CA: (r) => r.str(UPPER, 1) + r.digits(7),
  NY: (r) => (r.chance(0.5) ? r.digits(9, true) : `${r.digits(3, true)} ${r.digits(3)} ${r.digits(3)}`),
  TX: (r) => r.digits(8, true),
  FL: (r) => { const d = r.digits(12); return r.chance(0.5) ? `${r.str(UPPER, 1)}${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8, 11)}-${d.slice(11)}` : r.str(UPPER, 1) + d; },
  IL: (r) => { const d = r.digits(11); return r.chance(0.5) ? `${r.str(UPPER, 1)}${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}` : r.str(UPPER, 1) + d; },
  WA: (r) => 'WDL' + r.str(ALNUM_UP, 9),
  PA: (r) => (r.chance(0.5) ? r.digits(8, true) : `${r.digits(2, true)} ${r.digits(3)} ${r.digits(3)}`),
  NJ: (r) => r.str(UPPER, 1) + r.digits(14),
  MI: (r) => r.str(UPPER, 1) + r.digits(12),
  OH: (r) => r.str(UPPER, 2) + r.digits(6),
  MA: (r) => 'S' + r.digits(8),
  GA: (r) => r.digits(9, true),
  AZ: (r) => r.str(UPPER, 1) + r.digits(8),
  CO: (r) => `${r.digits(2, true)}-${r.digits(3)}-${r.digits(4)}`,
};
export function driverLicense(r, state) { state = state && DL_FORMATS[state] ? state : r.pick(Object.keys(DL_FORMATS)); return { state, value: DL_FORMATS[state](r) }; }
export function usBankAccount(r) { return r.digits(r.int(9, 14), true); }
export function abaRouting(r) {
  for (;;) {
    const d = String(r.int(1, 3)) + r.digits(7);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0; for (let i = 0; i < 8; i++) s += (d.charCodeAt(i) - 48) * w[i];
    const c = (10 - (s % 10)) % 10;
    return d + c;
  }
}

// ---------------------------------------------------------------- BTC
export function btcAddress(r, kind) {
  kind = kind || r.weighted([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2wsh'], [1, 'p2tr']]);
  const h = r.bytes(kind === 'p2wsh' || kind === 'p2tr' ? 32 : 20);
  if (kind === 'p2pkh') return b58check(0x00, h);
  if (kind === 'p2sh') return b58check(0x05, h);
  if (kind === 'p2tr') return segwitAddress(1, h);
  return segwitAddress(0, h);
}

// ---------------------------------------------------------------- DEA / NHS
export function deaNumber(r, familyLatin) {
  const init = slugInitial(familyLatin);
  const six = r.digits(6);
  return r.pick([...DEA_FIRST]) + (init || '9') + six + deaCheckDigit(six);
}
function slugInitial(s) { const c = asciiFold(s || '').toUpperCase().replace(/[^A-Z]/g, ''); return c ? c[0] : null; }
export function nhsNumber(r, style) {
  for (;;) {
    const nine = String(r.int(4, 7)) + r.digits(8);
    const c = nhsCheckDigit(nine);
    if (c === null) continue;
    const s = nine + c;
    style = style || r.weighted([[6, 'space'], [2, 'plain'], [1, 'dash']]);
    return style === 'plain' ? s : grp(s, [3, 3, 4], style === 'dash' ? '-' : ' ');
  }
}
export function invalidNhs(r) {
  for (;;) {
    const nine = String(r.int(4, 7)) + r.digits(8);
    const c = nhsCheckDigit(nine);
    const bad = c === null ? r.int(0, 9) : (c + r.int(1, 9)) % 10;
    const s = nine + bad;
    return r.chance(0.6) ? grp(s, [3, 3, 4]) : s;
  }
}

// ---------------------------------------------------------------- IPs
export function publicIPv4(r) {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function privateIPv4(r) {
  return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
}
export function ipv6(r) {
  const h = () => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2a02', '2a01', '2001:db8', '2600', '2a00', '2406', '2804', '2405']);
  const groups = pre.includes(':') ? 2 : 3;
  const head = [pre]; for (let i = 0; i < groups; i++) head.push(h());
  if (r.chance(0.5)) return `${head.join(':')}::${h()}:${h()}`;
  const rest = []; for (let i = 0; i < 8 - head.length - (pre.includes(':') ? 1 : 0); i++) rest.push(h());
  return [...head, ...rest].join(':');
}
export function clientIp(r) { return r.weighted([[6, () => publicIPv4(r)], [2, () => privateIPv4(r)], [2, () => ipv6(r)]])(); }

export { luhnValid };
