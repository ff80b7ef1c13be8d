// Telephone numbers in national numbering plans, written in national and international forms.
import { P } from './doc.mjs';

// group patterns: '#' any digit, 'N' 2-9, '[..]' class, other chars literal. Groups split by spaces.
const PLANS = {
  US: { cc: '1', nanp: ['212', '312', '415', '206', '617', '713', '305', '503', '720', '404', '612', '702', '919', '808'] },
  CA: { cc: '1', nanp: ['416', '604', '514', '403', '613', '902', '204', '306'] },
  GB: { cc: '44', trunk: '0', g: ['7[1-9]## ######', '20 #### ####', '161 ### ####', '113 ### ####', '131 ### ####'], nat: ['sp', 'sp', 'compact', 'paren'], intl: ['sp', 'zero', 'e164', 'ooz'] },
  IE: { cc: '353', trunk: '0', g: ['8[35679] ### ####', '1 ### ####', '21 ### ####'], nat: ['sp', 'paren', 'dash'], intl: ['sp', 'e164'] },
  DE: { cc: '49', trunk: '0', g: ['15[12579] ########', '16[023] #######', '17[0-9] #######', '30 #######', '89 ########', '221 ######'], nat: ['sp', 'slash', 'paren', 'dash', 'compact'], intl: ['sp', 'zero', 'ooz', 'dash', 'e164'] },
  AT: { cc: '43', trunk: '0', g: ['66[0-9] #######', '1 #######', '316 ######'], nat: ['sp', 'slash', 'paren'], intl: ['sp', 'zero', 'ooz'] },
  CH: { cc: '41', trunk: '0', g: ['7[5-9] ### ## ##', '44 ### ## ##', '31 ### ## ##', '22 ### ## ##'], nat: ['sp', 'compact'], intl: ['sp', 'zero', 'ooz'] },
  FR: { cc: '33', trunk: '0', g: ['[67] ## ## ## ##', '1 ## ## ## ##', '4 ## ## ## ##'], nat: ['sp', 'dot', 'compact', 'dash'], intl: ['sp', 'zero', 'ooz', 'e164'] },
  BE: { cc: '32', trunk: '0', g: ['47# ## ## ##', '2 ### ## ##', '9 ### ## ##'], nat: ['sp', 'slash', 'dot'], intl: ['sp', 'zero'] },
  NL: { cc: '31', trunk: '0', g: ['6 ########', '20 ### ####', '10 ### ####'], nat: ['dash', 'sp', 'compact'], intl: ['sp', 'zero', 'e164'] },
  LU: { cc: '352', trunk: '', g: ['6[269]1 ### ###', '2# ## ## ##'], nat: ['sp'], intl: ['sp', 'ooz'] },
  ES: { cc: '34', trunk: '', g: ['6## ### ###', '7[1-4]# ### ###', '91 ### ## ##', '93 ### ## ##'], nat: ['sp', 'compact', 'dot'], intl: ['sp', 'ooz', 'e164'] },
  PT: { cc: '351', trunk: '', g: ['9[1236]# ### ###', '21 ### ####', '22 ### ####'], nat: ['sp', 'compact'], intl: ['sp', 'ooz'] },
  IT: { cc: '39', trunk: '', g: ['3[1-9]# ### ####', '06 #### ####', '02 #### ####', '055 ### ####'], nat: ['sp', 'compact', 'dash', 'slash'], intl: ['sp', 'ooz', 'e164'] },
  PL: { cc: '48', trunk: '', g: ['[5-8]## ### ###', '22 ### ## ##', '12 ### ## ##'], nat: ['sp', 'dash'], intl: ['sp', 'ooz', 'e164'] },
  CZ: { cc: '420', trunk: '', g: ['[67]## ### ###', '2## ### ###'], nat: ['sp'], intl: ['sp', 'ooz'] },
  SK: { cc: '421', trunk: '0', g: ['9## ### ###', '2 #### ####'], nat: ['sp', 'slash'], intl: ['sp'] },
  HU: { cc: '36', trunk: '06', g: ['[237]0 ### ####', '1 ### ####'], nat: ['sp', 'huslash', 'dash'], intl: ['sp', 'ooz'] },
  RO: { cc: '40', trunk: '0', g: ['7[2-9]# ### ###', '21 ### ####'], nat: ['sp', 'compact', 'dot'], intl: ['sp', 'e164'] },
  BG: { cc: '359', trunk: '0', g: ['8[789]# ### ###', '2 ### ####'], nat: ['sp'], intl: ['sp', 'ooz'] },
  GR: { cc: '30', trunk: '', g: ['69# ### ####', '21# ### ####', '231 ### ####'], nat: ['sp', 'compact'], intl: ['sp', 'ooz', 'e164'] },
  TR: { cc: '90', trunk: '0', g: ['5[0345]# ### ## ##', '212 ### ## ##', '312 ### ## ##'], nat: ['sp', 'paren', 'compact'], intl: ['sp', 'e164'] },
  RU: { cc: '7', trunk: '8', g: ['9## ### ## ##', '495 ### ## ##', '812 ### ## ##'], nat: ['ru', 'ru', 'dash'], intl: ['ru', 'sp', 'e164'] },
  UA: { cc: '380', trunk: '0', g: ['[69][35678] ### ## ##', '44 ### ## ##'], nat: ['sp', 'paren', 'dash'], intl: ['sp', 'e164'] },
  SE: { cc: '46', trunk: '0', g: ['7[0236] ### ## ##', '8 ### ### ##', '31 ## ## ##'], nat: ['sedash', 'sp'], intl: ['sp', 'e164'] },
  NO: { cc: '47', trunk: '', g: ['[49]## ## ###', '2# ## ## ##'], nat: ['sp', 'compact'], intl: ['sp', 'ooz'] },
  DK: { cc: '45', trunk: '', g: ['[2-9]# ## ## ##'], nat: ['sp', 'compact'], intl: ['sp', 'ooz'] },
  FI: { cc: '358', trunk: '0', g: ['4[0-9] ### ####', '50 ### ####', '9 ### ####'], nat: ['sp', 'dash'], intl: ['sp', 'e164'] },
  IS: { cc: '354', trunk: '', g: ['[678]## ####', '5## ####'], nat: ['sp', 'dash'], intl: ['sp'] },
  EE: { cc: '372', trunk: '', g: ['5### ####', '6## ####'], nat: ['sp'], intl: ['sp'] },
  LT: { cc: '370', trunk: '8', g: ['6## #####', '5 ### ####'], nat: ['sp', 'paren'], intl: ['sp', 'e164'] },
  LV: { cc: '371', trunk: '', g: ['2# ### ###', '67 ### ###'], nat: ['sp'], intl: ['sp'] },
  IL: { cc: '972', trunk: '0', g: ['5[0-8] ### ####', '3 ### ####', '2 ### ####'], nat: ['dash', 'sp'], intl: ['sp', 'dash', 'e164'] },
  AE: { cc: '971', trunk: '0', g: ['5[024568] ### ####', '4 ### ####'], nat: ['sp', 'dash'], intl: ['sp', 'e164'] },
  SA: { cc: '966', trunk: '0', g: ['5# ### ####', '11 ### ####'], nat: ['sp'], intl: ['sp', 'e164'] },
  EG: { cc: '20', trunk: '0', g: ['1[0125] #### ####', '2 #### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  MA: { cc: '212', trunk: '0', g: ['6## ## ## ##', '522 ## ## ##'], nat: ['sp', 'dash'], intl: ['sp'] },
  NG: { cc: '234', trunk: '0', g: ['[789]0# ### ####', '1 ### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  KE: { cc: '254', trunk: '0', g: ['7## ######', '1[01]# ######', '20 #######'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  ZA: { cc: '27', trunk: '0', g: ['[678]# ### ####', '21 ### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  IN: { cc: '91', trunk: '0', g: ['[6-9]#### #####', '80 #### ####', '22 #### ####'], nat: ['sp', 'compact', 'intrunkless'], intl: ['sp', 'dash', 'e164'] },
  PK: { cc: '92', trunk: '0', g: ['3## #######', '42 ########'], nat: ['sp', 'dash'], intl: ['sp', 'e164'] },
  BD: { cc: '880', trunk: '0', g: ['1[3-9]## ######', '2 #######'], nat: ['dash', 'sp'], intl: ['sp', 'e164'] },
  CN: { cc: '86', trunk: '0', g: ['1[3-9]# #### ####', '10 #### ####', '21 #### ####'], nat: ['sp', 'compact', 'cnland'], intl: ['sp', 'e164', 'dash'] },
  HK: { cc: '852', trunk: '', g: ['[569]### ####', '2### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  TW: { cc: '886', trunk: '0', g: ['9## ### ###', '2 #### ####'], nat: ['dash', 'sp', 'paren'], intl: ['sp', 'e164'] },
  JP: { cc: '81', trunk: '0', g: ['[789]0 #### ####', '3 #### ####', '6 #### ####', '45 ### ####'], nat: ['dash', 'dash', 'paren', 'compact'], intl: ['sp', 'dash', 'e164'] },
  KR: { cc: '82', trunk: '0', g: ['10 #### ####', '2 ### ####', '31 ### ####'], nat: ['dash', 'dash', 'sp'], intl: ['sp', 'dash', 'e164'] },
  VN: { cc: '84', trunk: '0', g: ['9# ### ####', '3[2-9] ### ####', '24 #### ####'], nat: ['sp', 'dot', 'compact'], intl: ['sp', 'e164'] },
  TH: { cc: '66', trunk: '0', g: ['[689]# ### ####', '2 ### ####'], nat: ['dash', 'sp'], intl: ['sp', 'e164'] },
  SG: { cc: '65', trunk: '', g: ['[89]### ####', '6### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  MY: { cc: '60', trunk: '0', g: ['1[0-9] ### ####', '3 #### ####'], nat: ['mydash', 'sp'], intl: ['sp', 'e164'] },
  ID: { cc: '62', trunk: '0', g: ['8[1-5]# #### ####', '21 #### ####'], nat: ['dash', 'sp'], intl: ['sp', 'e164'] },
  PH: { cc: '63', trunk: '0', g: ['9## ### ####', '2 #### ####'], nat: ['sp', 'dash'], intl: ['sp', 'e164'] },
  AU: { cc: '61', trunk: '0', g: ['4## ### ###', '2 #### ####', '3 #### ####', '8 #### ####'], nat: ['sp', 'paren', 'compact'], intl: ['sp', 'e164'] },
  NZ: { cc: '64', trunk: '0', g: ['2[1-9] ### ####', '9 ### ####', '4 ### ####'], nat: ['sp', 'paren'], intl: ['sp', 'e164'] },
  BR: { cc: '55', trunk: '0', g: ['[1-9][1-9] 9#### ####', '[1-9][1-9] [2-5]### ####'], nat: ['br', 'br', 'brcompact'], intl: ['brintl', 'e164'] },
  AR: { cc: '54', ar: true },
  MX: { cc: '52', trunk: '', g: ['[1-9]# #### ####', '55 #### ####', '33 #### ####'], nat: ['sp', 'paren', 'compact'], intl: ['sp', 'e164'] },
  CL: { cc: '56', trunk: '', g: ['9 #### ####', '2 #### ####'], nat: ['sp'], intl: ['sp', 'e164'] },
  CO: { cc: '57', trunk: '', g: ['3## ### ####', '601 ### ####'], nat: ['sp', 'compact'], intl: ['sp', 'e164'] },
  PE: { cc: '51', trunk: '', g: ['9## ### ###', '1 ### ####'], nat: ['sp'], intl: ['sp', 'e164'] },
  GE: { cc: '995', trunk: '0', g: ['5## ## ## ##', '32 ### ## ##'], nat: ['sp'], intl: ['sp', 'e164'] },
  AM: { cc: '374', trunk: '0', g: ['9# ######', '10 ######'], nat: ['sp', 'paren'], intl: ['sp', 'e164'] },
  ET: { cc: '251', trunk: '0', g: ['9## ### ###', '11 ### ####'], nat: ['sp'], intl: ['sp', 'e164'] },
};
export const PLAN_CODES = Object.keys(PLANS);

function fillGroup(r, pat) {
  let out = '';
  for (let i = 0; i < pat.length; i++) {
    const ch = pat[i];
    if (ch === '#') out += r.int(0, 9);
    else if (ch === 'N') out += r.int(2, 9);
    else if (ch === '[') {
      const end = pat.indexOf(']', i);
      const cls = pat.slice(i + 1, end);
      const opts = [];
      for (let k = 0; k < cls.length; k++) {
        if (cls[k + 1] === '-') { for (let c = +cls[k]; c <= +cls[k + 2]; c++) opts.push(String(c)); k += 2; } else opts.push(cls[k]);
      }
      out += r.pick(opts);
      i = end;
    } else out += ch;
  }
  return out;
}

function nanp(r, plan, intl) {
  const a = r.pick(plan.nanp), e = `${r.int(2, 9)}${r.int(0, 9)}${r.int(0, 9)}`, s = r.digits(4);
  if (intl) return r.pick([`+1 ${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`, `+1${a}${e}${s}`, `+1 ${a} ${e} ${s}`, `001 ${a} ${e} ${s}`]);
  return r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `1-${a}-${e}-${s}`, `(${a})${e}-${s}`, `${a} ${e} ${s}`]);
}

export function phoneText(r, code, intl = r.chance(0.45)) {
  const plan = PLANS[code];
  if (plan.nanp) return nanp(r, plan, intl);
  if (plan.ar) {
    const area = r.pick(['11', '351', '341', '261']);
    const a = r.digits(4), b = r.digits(area.length === 2 ? 4 : 3);
    return intl ? r.pick([`+54 9 ${area} ${a}-${b}`, `+549${area}${a}${b}`]) : r.pick([`(0${area}) 15-${a}-${b}`, `0${area} 15 ${a}-${b}`]);
  }
  const groups = fillGroup(r, r.pick(plan.g)).split(' ');
  const t = plan.trunk || '';
  const rest = groups.slice(1);
  if (!intl) {
    const st = r.pick(plan.nat);
    const first = t + groups[0];
    switch (st) {
      case 'sp': return [first, ...rest].join(' ');
      case 'slash': return `${first}/${rest.join(r.chance(0.5) ? '' : ' ')}`;
      case 'paren': return `(${first}) ${rest.join(' ')}`;
      case 'dash': return [first, ...rest].join('-');
      case 'dot': return [first, ...rest].join('.');
      case 'compact': return first + rest.join('');
      case 'huslash': return `${t} ${groups[0]}/${rest.join('-')}`;
      case 'ru': return `${t} (${groups[0]}) ${rest[0]}-${rest.slice(1).join('-')}`;
      case 'sedash': return `${first}-${rest.join(' ')}`;
      case 'mydash': return `${first}-${rest.join(' ')}`;
      case 'intrunkless': return groups.join(' ');
      case 'cnland': return groups[0].startsWith('1') && groups[0].length === 3 ? groups.join('') : `(${first}) ${rest.join('')}`;
      case 'br': return `(${groups[0]}) ${rest[0]}-${rest[1]}`;
      case 'brcompact': return `0${groups[0]} ${rest[0]}-${rest[1]}`;
      default: return groups.join(' ');
    }
  }
  const st = r.pick(plan.intl);
  switch (st) {
    case 'sp': return `+${plan.cc} ${groups.join(' ')}`;
    case 'zero': return `+${plan.cc} (${t}) ${groups.join(' ')}`.replace(`(${t}) `, `(${t})`);
    case 'ooz': return `00${plan.cc} ${groups.join(' ')}`;
    case 'dash': return `+${plan.cc}-${groups.join('-')}`;
    case 'e164': return `+${plan.cc}${groups.join('')}`;
    case 'ru': return `+${plan.cc} (${groups[0]}) ${rest[0]}-${rest.slice(1).join('-')}`;
    case 'brintl': return `+55 ${groups[0]} ${rest[0]}-${rest[1]}`;
    default: return `+${plan.cc} ${groups.join(' ')}`;
  }
}
export const phone = (r, code, intl) => P('PHONE_NUMBER', phoneText(r, code, intl), { plan: code });

// which plan a country uses
export const COUNTRY_PLAN = (cc) => (PLANS[cc] ? cc : 'US');
