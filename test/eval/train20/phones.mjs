// Phone numbers in real numbering plans. Each plan builds a national significant number (NSN)
// from allocated prefixes and renders it in the national and the international conventions.
const grp = (s, sizes, sep = ' ') => { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } if (i < s.length) out.push(s.slice(i)); return out.join(sep); };
// plan: [cc, trunk, prefixes, totalNsnLen, natGroups, intlGroups, extra formats]
const PL = (cc, trunk, prefixes, len, nat, intl, more) => ({ cc, trunk, prefixes, len, nat, intl, more });
export const PLANS = {
  US: PL('1', '', ['212', '303', '312', '415', '503', '617', '702', '713', '808', '919', '206', '404', '512'], 10, null, null, 'nanp'),
  CA: PL('1', '', ['416', '604', '514', '403', '902', '613', '780', '204'], 10, null, null, 'nanp'),
  MX: PL('52', '', ['55', '33', '81', '222', '999'], 10, [2, 4, 4], [2, 4, 4]),
  BR: PL('55', '0', ['119', '219', '319', '419', '519', '619', '719', '819', '859'], 11, null, null, 'br'),
  AR: PL('54', '0', ['911', '9351', '9341'], 11, null, null, 'ar'),
  CL: PL('56', '', ['9'], 9, [1, 4, 4], [1, 4, 4]),
  CO: PL('57', '', ['300', '310', '311', '315', '320'], 10, [3, 3, 4], [3, 3, 4]),
  PE: PL('51', '', ['9'], 9, [3, 3, 3], [3, 3, 3]),
  GB: PL('44', '0', ['7700', '7911', '7824', '7458', '20 7946', '161 496', '131 496'], 10, null, null, 'gb'),
  IE: PL('353', '0', ['83', '85', '86', '87', '89'], 9, [2, 3, 4], [2, 3, 4]),
  FR: PL('33', '0', ['6', '7', '1', '4', '5'], 9, null, null, 'fr'),
  DE: PL('49', '0', ['151', '152', '157', '160', '170', '171', '172', '176', '178', '30', '89', '40', '221'], 11, null, null, 'de'),
  AT: PL('43', '0', ['664', '676', '650', '699'], 10, [3, 7], [3, 7]),
  CH: PL('41', '0', ['76', '77', '78', '79'], 9, [2, 3, 2, 2], [2, 3, 2, 2]),
  NL: PL('31', '0', ['6'], 9, null, null, 'nl'),
  BE: PL('32', '0', ['470', '475', '478', '486', '496'], 9, [3, 2, 2, 2], [3, 2, 2, 2]),
  ES: PL('34', '', ['6', '71', '72'], 9, [3, 3, 3], [3, 2, 2, 2]),
  PT: PL('351', '', ['91', '92', '93', '96'], 9, [3, 3, 3], [3, 3, 3]),
  IT: PL('39', '', ['320', '333', '338', '347', '349', '366'], 10, [3, 3, 4], [3, 3, 4]),
  PL: PL('48', '', ['50', '51', '53', '60', '66', '69', '72', '78', '88'], 9, [3, 3, 3], [3, 3, 3]),
  CZ: PL('420', '', ['60', '72', '73', '77'], 9, [3, 3, 3], [3, 3, 3]),
  HU: PL('36', '06', ['20', '30', '70'], 9, [2, 3, 4], [2, 3, 4]),
  RO: PL('40', '0', ['72', '74', '75', '76'], 9, [3, 3, 3], [3, 3, 3]),
  GR: PL('30', '', ['69'], 10, [3, 3, 4], [3, 3, 4]),
  TR: PL('90', '0', ['53', '54', '55', '50'], 10, [3, 3, 2, 2], [3, 3, 2, 2]),
  RU: PL('7', '8', ['91', '92', '95', '98'], 10, null, null, 'ru'),
  UA: PL('380', '0', ['50', '63', '67', '68', '93', '97'], 9, [2, 3, 2, 2], [2, 3, 4]),
  SE: PL('46', '0', ['70', '72', '73', '76'], 9, null, null, 'se'),
  NO: PL('47', '', ['4', '9'], 8, [3, 2, 3], [3, 2, 3]),
  DK: PL('45', '', ['2', '3', '4', '5'], 8, [2, 2, 2, 2], [2, 2, 2, 2]),
  FI: PL('358', '0', ['40', '44', '45', '50'], 9, [2, 3, 4], [2, 3, 4]),
  IS: PL('354', '', ['6', '7', '8'], 7, [3, 4], [3, 4]),
  EE: PL('372', '', ['5'], 8, [4, 4], [4, 4]),
  IL: PL('972', '0', ['50', '52', '53', '54', '58'], 9, null, null, 'il'),
  AE: PL('971', '0', ['50', '52', '54', '55', '56'], 9, [2, 3, 4], [2, 3, 4]),
  SA: PL('966', '0', ['50', '53', '55', '56', '59'], 9, [2, 3, 4], [2, 3, 4]),
  EG: PL('20', '0', ['10', '11', '12', '15'], 10, [2, 4, 4], [2, 4, 4]),
  MA: PL('212', '0', ['6', '7'], 9, null, null, 'ma'),
  NG: PL('234', '0', ['803', '806', '813', '703', '905', '810'], 10, [3, 3, 4], [3, 3, 4]),
  KE: PL('254', '0', ['71', '72', '74', '79', '11'], 9, [3, 3, 3], [3, 3, 3]),
  ZA: PL('27', '0', ['60', '71', '72', '73', '82', '83', '84'], 9, [2, 3, 4], [2, 3, 4]),
  ET: PL('251', '0', ['91', '92', '93', '94'], 9, [2, 3, 4], [2, 3, 4]),
  IN: PL('91', '0', ['98', '97', '96', '94', '88', '79', '70', '63'], 10, [5, 5], [5, 5]),
  PK: PL('92', '0', ['300', '301', '321', '333', '345'], 10, [3, 7], [3, 7]),
  BD: PL('880', '0', ['17', '18', '19', '15', '13'], 10, null, null, 'bd'),
  CN: PL('86', '', ['13', '15', '18', '19', '17'], 11, [3, 4, 4], [3, 4, 4]),
  HK: PL('852', '', ['5', '6', '9'], 8, [4, 4], [4, 4]),
  TW: PL('886', '0', ['9'], 9, null, null, 'tw'),
  JP: PL('81', '0', ['90', '80', '70'], 10, null, null, 'jp'),
  KR: PL('82', '0', ['10'], 10, null, null, 'kr'),
  VN: PL('84', '0', ['91', '90', '98', '97', '38', '70', '86'], 9, [2, 3, 4], [2, 3, 4]),
  TH: PL('66', '0', ['81', '82', '86', '89', '61', '92'], 9, [2, 3, 4], [2, 3, 4]),
  MY: PL('60', '0', ['12', '13', '16', '17', '19'], 9, null, null, 'my'),
  SG: PL('65', '', ['8', '9'], 8, [4, 4], [4, 4]),
  ID: PL('62', '0', ['812', '813', '821', '852', '857', '878'], 11, [3, 4, 4], [3, 4, 4]),
  PH: PL('63', '0', ['917', '918', '927', '945', '998'], 10, [3, 3, 4], [3, 3, 4]),
  AU: PL('61', '0', ['4', '2', '3', '7', '8'], 9, null, null, 'au'),
  NZ: PL('64', '0', ['21', '22', '27'], 9, [2, 3, 4], [2, 3, 4]),
  GE: PL('995', '', ['555', '557', '568', '577', '599'], 9, [3, 2, 2, 2], [3, 2, 2, 2]),
  AM: PL('374', '0', ['91', '93', '94', '77', '99'], 8, [2, 6], [2, 6]),
};

// which plans fit which name culture (used to keep documents plausible)
export const PLAN_FOR_CULTURE = {
  'en-GB': ['GB'], 'en-US': ['US', 'CA'], 'ga-IE': ['IE'], 'gd-SC': ['GB'], 'cy-GB': ['GB'], 'fr-FR': ['FR', 'BE', 'CH', 'MA'], 'de-DE': ['DE', 'AT', 'CH'],
  'nl-NL': ['NL', 'BE'], 'es-ES': ['ES'], 'es-MX': ['MX', 'CO', 'PE', 'CL', 'AR'], 'pt-PT': ['PT'], 'pt-BR': ['BR'], 'it-IT': ['IT', 'CH'], 'pl-PL': ['PL'],
  'cs-CZ': ['CZ'], 'hu-HU': ['HU'], 'ro-RO': ['RO'], 'el-GR': ['GR'], 'ru-RU': ['RU'], 'uk-UA': ['UA'], 'sr-RS': ['AT', 'DE'], 'hr-HR': ['AT', 'DE'], 'tr-TR': ['TR', 'DE'],
  ar: ['EG', 'SA', 'AE', 'MA'], 'ar-Latn': ['AE', 'SA', 'EG'], 'fa-IR': ['AE', 'SE'], 'he-IL': ['IL'], 'hi-IN': ['IN'], 'en-IN': ['IN'], 'ta-IN': ['IN', 'SG'], 'bn-BD': ['BD'],
  'pa-IN': ['IN', 'CA'], 'ur-PK': ['PK'], 'zh-CN': ['CN'], 'zh-Latn': ['CN', 'SG', 'HK'], 'zh-TW': ['TW'], 'ja-JP': ['JP'], 'ja-Latn': ['JP'], 'ko-KR': ['KR'], 'ko-Latn': ['KR'],
  'vi-VN': ['VN'], 'th-TH': ['TH'], 'id-ID': ['ID'], 'fil-PH': ['PH'], 'sw-KE': ['KE'], 'yo-NG': ['NG'], 'ig-NG': ['NG'], 'am-ET': ['ET'], 'zu-ZA': ['ZA'], 'fi-FI': ['FI'],
  'sv-SE': ['SE'], 'nb-NO': ['NO'], 'da-DK': ['DK'], 'is-IS': ['IS'], 'ka-GE': ['GE'], 'hy-AM': ['AM'], haw: ['US'], 'mi-NZ': ['NZ', 'AU'], 'et-EE': ['EE'], 'lt-LT': ['IE', 'GB'], 'ms-MY': ['MY'],
};

export function phone(rng, planId, style) {
  const p = PLANS[planId];
  const pre = rng.pick(p.prefixes).replace(/ /g, '');
  const len = planId === 'DE' && !/^15/.test(pre) ? 10 : p.len;
  let nsn = pre + rng.digits(len - pre.length);
  if (p.more === 'nanp') nsn = pre + String(rng.range(2, 9)) + rng.digits(2) + rng.digits(4);
  const intl = style ? style === 'intl' : rng.chance(0.5);
  const t = p.trunk; const r = rng.int(4);
  let out;
  switch (p.more) {
    case 'nanp': { const a = nsn.slice(0, 3), b = nsn.slice(3, 6), c = nsn.slice(6);
      out = intl ? [`+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`, `+1 (${a}) ${b}-${c}`, `+1${nsn}`][r] : [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`][r]; break; }
    case 'br': out = intl ? `+55 ${nsn.slice(0, 2)} ${nsn.slice(2, 7)}-${nsn.slice(7)}` : `(${nsn.slice(0, 2)}) ${nsn.slice(2, 7)}-${nsn.slice(7)}`; break;
    case 'ar': out = intl ? `+54 9 ${nsn.slice(1, 3)} ${nsn.slice(3, 7)}-${nsn.slice(7)}` : `0${nsn.slice(1, 3)} 15-${nsn.slice(3, 7)}-${nsn.slice(7)}`; break;
    case 'gb': { const london = /^20/.test(nsn), man = /^1[36]1/.test(nsn);
      if (london) out = intl ? `+44 20 ${nsn.slice(2, 6)} ${nsn.slice(6)}` : `020 ${nsn.slice(2, 6)} ${nsn.slice(6)}`;
      else if (man) out = intl ? `+44 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}` : `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
      else out = intl ? [`+44 ${nsn.slice(0, 4)} ${nsn.slice(4)}`, `+44 (0)${nsn.slice(0, 4)} ${nsn.slice(4)}`, `+44${nsn}`, `0044 ${nsn.slice(0, 4)} ${nsn.slice(4)}`][r] : `0${nsn.slice(0, 4)} ${nsn.slice(4)}`;
      break; }
    case 'fr': out = intl ? [`+33 ${nsn[0]} ${grp(nsn.slice(1), [2, 2, 2, 2])}`, `+33 (0)${nsn[0]} ${grp(nsn.slice(1), [2, 2, 2, 2])}`, `0033 ${nsn[0]} ${grp(nsn.slice(1), [2, 2, 2, 2])}`, `+33${nsn}`][r] : [grp('0' + nsn, [2, 2, 2, 2, 2]), grp('0' + nsn, [2, 2, 2, 2, 2], '.'), '0' + nsn, grp('0' + nsn, [2, 2, 2, 2, 2], '-')][r]; break;
    case 'de': { const mob = /^1[5-7]/.test(nsn); const ac = mob ? nsn.slice(0, 3) : /^(30|89|40)/.test(nsn) ? nsn.slice(0, 2) : nsn.slice(0, 3); const rest = nsn.slice(ac.length);
      out = intl ? [`+49 ${ac} ${rest}`, `+49 (0)${ac} ${rest}`, `0049 ${ac} ${rest}`, `+49-${ac}-${rest}`][r] : [`0${ac} ${rest}`, `0${ac}/${rest}`, `(0${ac}) ${rest}`, `0${ac}-${rest}`][r]; break; }
    case 'nl': out = intl ? `+31 6 ${nsn.slice(1)}` : rng.chance(0.5) ? `06-${nsn.slice(1)}` : `06 ${grp(nsn.slice(1), [2, 2, 2, 2])}`; break;
    case 'ru': out = intl ? [`+7 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}`, `+7 (${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}`, `+7${nsn}`, `+7 ${nsn.slice(0, 3)} ${nsn.slice(3)}`][r] : `8 (${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}`; break;
    case 'se': out = intl ? `+46 ${nsn.slice(0, 2)} ${grp(nsn.slice(2), [3, 2, 2])}` : `0${nsn.slice(0, 2)}-${grp(nsn.slice(2), [3, 2, 2])}`; break;
    case 'il': out = intl ? `+972 ${nsn.slice(0, 2)}-${nsn.slice(2, 5)}-${nsn.slice(5)}` : `0${nsn.slice(0, 2)}-${nsn.slice(2, 5)}-${nsn.slice(5)}`; break;
    case 'ma': out = intl ? `+212 ${nsn.slice(0, 3)}-${nsn.slice(3)}` : `0${nsn.slice(0, 3)}-${nsn.slice(3)}`; break;
    case 'bd': out = intl ? `+880 ${nsn.slice(0, 4)}-${nsn.slice(4)}` : `0${nsn.slice(0, 4)}-${nsn.slice(4)}`; break;
    case 'tw': out = intl ? `+886 ${grp(nsn, [3, 3, 3])}` : `0${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`; break;
    case 'jp': out = intl ? `+81 ${nsn.slice(0, 2)}-${nsn.slice(2, 6)}-${nsn.slice(6)}` : `0${nsn.slice(0, 2)}-${nsn.slice(2, 6)}-${nsn.slice(6)}`; break;
    case 'kr': out = intl ? `+82 10-${nsn.slice(2, 6)}-${nsn.slice(6)}` : `010-${nsn.slice(2, 6)}-${nsn.slice(6)}`; break;
    case 'my': out = intl ? `+60 ${nsn.slice(0, 2)}-${nsn.slice(2, 5)} ${nsn.slice(5)}` : `0${nsn.slice(0, 2)}-${nsn.slice(2, 5)} ${nsn.slice(5)}`; break;
    case 'au': { const mob = nsn[0] === '4';
      out = mob ? (intl ? `+61 ${grp(nsn, [3, 3, 3])}` : `0${grp(nsn, [3, 3, 3])}`) : (intl ? `+61 ${nsn[0]} ${grp(nsn.slice(1), [4, 4])}` : `(0${nsn[0]}) ${grp(nsn.slice(1), [4, 4])}`); break; }
    default: {
      if (intl) out = r === 3 ? `+${p.cc}${nsn}` : r === 2 ? `00${p.cc} ${grp(nsn, p.intl)}` : `+${p.cc} ${grp(nsn, p.intl, r === 1 && p.intl.length > 2 ? '-' : ' ')}`;
      else out = (p.trunk || '') + grp(nsn, p.nat, r === 1 ? '-' : ' ');
    }
  }
  return { value: out, plan: planId };
}
