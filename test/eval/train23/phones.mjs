// Phone numbers in real numbering plans. Each plan returns digits for the
// national significant number (NSN) and knows how to format it nationally and
// internationally. Prefixes are real mobile/geographic ranges of each plan.

const g = (s, sizes) => { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } if (i < s.length) out.push(s.slice(i)); return out; };

// nsn(r): national significant number as digits; nat(d, r): national format; intl(d, r): international
export const PLANS = {
  US: { cc: '1', nsn: (r) => r.pick(['212', '312', '415', '617', '713', '206', '303', '404', '503', '512', '602', '919', '773', '305', '651', '720']) + r.int(2, 9) + r.digits(2) + r.digits(4),
    nat: (d, r) => r.pick([`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`]),
    intl: (d, r) => r.pick([`+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`]) },
  CA: { cc: '1', nsn: (r) => r.pick(['416', '604', '514', '403', '613', '902', '780', '204', '306', '647']) + r.int(2, 9) + r.digits(2) + r.digits(4),
    nat: (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, intl: (d) => `+1 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` },
  GB: { cc: '44', nsn: (r) => r.chance(0.6) ? '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8) : r.pick(['20' + r.pick(['3', '8']) + r.digits(7), '161' + r.int(2, 9) + r.digits(6), '131' + r.int(2, 9) + r.digits(6), '117' + r.int(2, 9) + r.digits(6)]),
    nat: (d) => d[0] === '7' ? `0${d.slice(0, 4)} ${d.slice(4)}` : d.startsWith('20') ? `020 ${d.slice(2, 6)} ${d.slice(6)}` : `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    intl: (d) => d[0] === '7' ? `+44 ${d.slice(0, 4)} ${d.slice(4)}` : d.startsWith('20') ? `+44 20 ${d.slice(2, 6)} ${d.slice(6)}` : `+44 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  IE: { cc: '353', nsn: (r) => '8' + r.pick(['3', '5', '6', '7', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+353 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  DE: { cc: '49', nsn: (r) => r.chance(0.6) ? '1' + r.pick(['51', '52', '57', '59', '60', '62', '70', '71', '72', '73', '75', '76', '77', '78', '79']) + r.digits(r.pick([7, 8])) : r.pick(['30', '89', '40', '221', '69', '711', '351']) + r.int(2, 9) + r.digits(6),
    nat: (d, r) => d[0] === '1' ? r.pick([`0${d.slice(0, 3)} ${d.slice(3)}`, `0${d.slice(0, 3)}/${d.slice(3)}`, `0${d.slice(0, 3)}-${d.slice(3)}`]) : (d.startsWith('30') || d.startsWith('89') || d.startsWith('40') || d.startsWith('69')) ? `0${d.slice(0, 2)} ${d.slice(2)}` : `0${d.slice(0, 3)} ${d.slice(3)}`,
    intl: (d, r) => d[0] === '1' ? r.pick([`+49 ${d.slice(0, 3)} ${d.slice(3)}`, `+49 (0)${d.slice(0, 3)} ${d.slice(3)}`, `+49${d}`]) : `+49 ${d.slice(0, d.length > 9 ? 3 : 2)} ${d.slice(d.length > 9 ? 3 : 2)}` },
  AT: { cc: '43', nsn: (r) => '6' + r.pick(['50', '60', '64', '76', '99']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, intl: (d) => `+43 ${d.slice(0, 3)} ${d.slice(3)}` },
  CH: { cc: '41', nsn: (r) => '7' + r.pick(['6', '7', '8', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, intl: (d) => `+41 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` },
  FR: { cc: '33', nsn: (r) => r.pick(['6', '7', '1', '4']) + r.digits(8), nat: (d, r) => { const s = '0' + d; return r.chance(0.8) ? g(s, [2, 2, 2, 2, 2]).join(' ') : g(s, [2, 2, 2, 2, 2]).join('.'); }, intl: (d) => `+33 ${d[0]} ${g(d.slice(1), [2, 2, 2, 2]).join(' ')}` },
  BE: { cc: '32', nsn: (r) => '4' + r.pick(['70', '75', '77', '78', '79', '85', '86', '94', '95', '96']) + r.digits(6), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, intl: (d) => `+32 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}` },
  NL: { cc: '31', nsn: (r) => r.chance(0.7) ? '6' + r.int(1, 5) + r.digits(7) : '20' + r.int(2, 9) + r.digits(6), nat: (d) => d[0] === '6' ? `06-${d.slice(1)}` : `020-${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => d[0] === '6' ? `+31 6 ${d.slice(1)}` : `+31 20 ${d.slice(2, 5)} ${d.slice(5)}` },
  LU: { cc: '352', nsn: (r) => r.pick(['621', '661', '691']) + r.digits(6), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+352 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  ES: { cc: '34', nsn: (r) => { const p = r.pick(['6', '6', '7', '91', '93']); return p + r.digits(9 - p.length); }, nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d, r) => r.chance(0.5) ? `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}` : `+34 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  PT: { cc: '351', nsn: (r) => '9' + r.pick(['1', '2', '3', '6']) + r.digits(7), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+351 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  IT: { cc: '39', nsn: (r) => '3' + r.pick(['20', '28', '33', '35', '38', '40', '45', '47', '49', '51', '66', '88', '92']) + r.digits(7), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+39 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  GR: { cc: '30', nsn: (r) => r.chance(0.7) ? '69' + r.pick(['3', '4', '7', '8', '9']) + r.digits(7) : '21' + r.int(0, 9) + r.digits(7), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+30 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  TR: { cc: '90', nsn: (r) => '5' + r.pick(['30', '32', '33', '35', '36', '38', '42', '43', '44', '05', '06', '52', '53', '55']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, intl: (d) => `+90 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}` },
  PL: { cc: '48', nsn: (r) => { const p = r.pick(['5', '6', '7', '88']); return p + r.digits(9 - p.length); }, nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)}`, intl: (d, r) => r.chance(0.5) ? `+48 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)}` : `+48 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)}` },
  CZ: { cc: '420', nsn: (r) => r.pick(['6', '7']) + r.int(0, 9) + r.digits(7), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+420 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  SK: { cc: '421', nsn: (r) => '9' + r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '10', '11', '14', '15', '16', '17', '18', '40', '44', '48', '49']) + r.digits(6), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+421 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  HU: { cc: '36', nsn: (r) => r.pick(['20', '30', '31', '50', '70']) + r.digits(7), nat: (d, r) => r.chance(0.5) ? `06 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` : `06-${d.slice(0, 2)}/${d.slice(2, 5)}-${d.slice(5)}`, intl: (d) => `+36 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  RO: { cc: '40', nsn: (r) => '7' + r.pick(['2', '3', '4', '5', '6', '8']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+40 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  BG: { cc: '359', nsn: (r) => '8' + r.pick(['7', '8', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+359 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  RS: { cc: '381', nsn: (r) => '6' + r.pick(['0', '1', '2', '3', '4', '5', '6', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+381 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  HR: { cc: '385', nsn: (r) => '9' + r.pick(['1', '2', '5', '8', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+385 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  SI: { cc: '386', nsn: (r) => r.pick(['30', '31', '40', '41', '51', '64', '70', '71']) + r.digits(6), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+386 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  RU: { cc: '7', nsn: (r) => '9' + r.pick(['03', '05', '06', '09', '10', '11', '12', '13', '15', '16', '17', '19', '20', '21', '25', '26', '29', '31', '36', '50', '51', '52', '60', '61', '62', '63', '64', '65', '77', '85', '99']) + r.digits(7),
    nat: (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, intl: (d, r) => r.chance(0.5) ? `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` : `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` },
  UA: { cc: '380', nsn: (r) => r.pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, intl: (d) => `+380 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` },
  LT: { cc: '370', nsn: (r) => '6' + r.digits(7), nat: (d) => `8 ${d.slice(0, 3)} ${d.slice(3)}`, intl: (d) => `+370 ${d.slice(0, 3)} ${d.slice(3)}` },
  LV: { cc: '371', nsn: (r) => '2' + r.digits(7), nat: (d) => `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+371 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  EE: { cc: '372', nsn: (r) => '5' + r.digits(r.pick([6, 7])), nat: (d) => `${d.slice(0, 4)} ${d.slice(4)}`, intl: (d) => `+372 ${d.slice(0, 4)} ${d.slice(4)}` },
  FI: { cc: '358', nsn: (r) => r.pick(['40', '41', '44', '45', '46', '50']) + r.digits(7), nat: (d, r) => r.chance(0.6) ? `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` : `0${d.slice(0, 2)}-${d.slice(2)}`, intl: (d) => `+358 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  SE: { cc: '46', nsn: (r) => '7' + r.pick(['0', '2', '3', '6', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, intl: (d) => `+46 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` },
  NO: { cc: '47', nsn: (r) => r.pick(['4', '9']) + r.digits(7), nat: (d, r) => r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`, intl: (d) => `+47 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` },
  DK: { cc: '45', nsn: (r) => r.pick(['2', '3', '4', '5', '6', '7', '8', '9']) + r.digits(7), nat: (d) => g(d, [2, 2, 2, 2]).join(' '), intl: (d) => '+45 ' + g(d, [2, 2, 2, 2]).join(' ') },
  IS: { cc: '354', nsn: (r) => r.pick(['6', '7', '8']) + r.digits(6), nat: (d) => `${d.slice(0, 3)} ${d.slice(3)}`, intl: (d) => `+354 ${d.slice(0, 3)} ${d.slice(3)}` },
  IL: { cc: '972', nsn: (r) => '5' + r.pick(['0', '2', '3', '4', '5', '8']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`, intl: (d) => `+972 ${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}` },
  AE: { cc: '971', nsn: (r) => '5' + r.pick(['0', '2', '4', '5', '6', '8']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+971 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  SA: { cc: '966', nsn: (r) => '5' + r.pick(['0', '3', '4', '5', '6', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+966 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  EG: { cc: '20', nsn: (r) => '1' + r.pick(['0', '1', '2', '5']) + r.digits(8), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`, intl: (d) => `+20 ${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` },
  IR: { cc: '98', nsn: (r) => '9' + r.pick(['12', '13', '19', '35', '36', '37', '38', '39', '01', '02', '21']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+98 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  PK: { cc: '92', nsn: (r) => '3' + r.pick(['00', '01', '02', '03', '11', '12', '21', '33', '45', '47']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)}-${d.slice(3)}`, intl: (d) => `+92 ${d.slice(0, 3)} ${d.slice(3)}` },
  IN: { cc: '91', nsn: (r) => r.pick(['6', '7', '8', '9']) + r.digits(9), nat: (d, r) => r.chance(0.5) ? `0${d.slice(0, 5)} ${d.slice(5)}` : `${d.slice(0, 5)} ${d.slice(5)}`, intl: (d, r) => r.chance(0.5) ? `+91 ${d.slice(0, 5)} ${d.slice(5)}` : `+91-${d}` },
  BD: { cc: '880', nsn: (r) => '1' + r.pick(['3', '5', '6', '7', '8', '9']) + r.digits(8), nat: (d) => `0${d.slice(0, 4)}-${d.slice(4)}`, intl: (d) => `+880 ${d.slice(0, 4)}-${d.slice(4)}` },
  LK: { cc: '94', nsn: (r) => '7' + r.pick(['0', '1', '2', '4', '5', '6', '7', '8']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+94 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  NP: { cc: '977', nsn: (r) => '98' + r.pick(['0', '1', '4', '5', '6']) + r.digits(7), nat: (d) => `${d.slice(0, 3)}-${d.slice(3)}`, intl: (d) => `+977 ${d}` },
  TH: { cc: '66', nsn: (r) => r.pick(['6', '8', '9']) + r.int(1, 9) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+66 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  VN: { cc: '84', nsn: (r) => r.pick(['3', '5', '7', '8', '9']) + r.int(1, 9) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+84 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  CN: { cc: '86', nsn: (r) => '1' + r.pick(['3', '5', '7', '8', '9']) + r.digits(9), nat: (d, r) => r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : d, intl: (d) => `+86 ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` },
  HK: { cc: '852', nsn: (r) => r.pick(['5', '6', '9']) + r.digits(7), nat: (d) => `${d.slice(0, 4)} ${d.slice(4)}`, intl: (d) => `+852 ${d.slice(0, 4)} ${d.slice(4)}` },
  TW: { cc: '886', nsn: (r) => '9' + r.digits(8), nat: (d) => `0${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, intl: (d) => `+886 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  JP: { cc: '81', nsn: (r) => r.chance(0.7) ? r.pick(['70', '80', '90']) + r.digits(8) : '3' + r.digits(8), nat: (d) => d[0] === '3' ? `03-${d.slice(1, 5)}-${d.slice(5)}` : `0${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, intl: (d) => d[0] === '3' ? `+81 3-${d.slice(1, 5)}-${d.slice(5)}` : `+81 ${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}` },
  KR: { cc: '82', nsn: (r) => '10' + r.int(2, 9) + r.digits(7), nat: (d) => `0${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, intl: (d) => `+82 ${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}` },
  SG: { cc: '65', nsn: (r) => r.pick(['8', '9']) + r.digits(7), nat: (d) => `${d.slice(0, 4)} ${d.slice(4)}`, intl: (d) => `+65 ${d.slice(0, 4)} ${d.slice(4)}` },
  MY: { cc: '60', nsn: (r) => '1' + r.pick(['2', '3', '6', '7', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+60 ${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5)}` },
  ID: { cc: '62', nsn: (r) => '8' + r.pick(['11', '12', '13', '21', '22', '52', '53', '56', '57', '77', '78', '95', '96']) + r.digits(r.pick([7, 8])), nat: (d) => `0${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, intl: (d) => `+62 ${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}` },
  PH: { cc: '63', nsn: (r) => '9' + r.pick(['05', '06', '15', '16', '17', '26', '27', '35', '36', '45', '55', '56', '65', '75', '77', '95', '97', '98', '17', '18', '19', '20', '21', '28', '29', '99']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+63 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  AU: { cc: '61', nsn: (r) => r.chance(0.7) ? '4' + r.digits(8) : r.pick(['2', '3', '7', '8']) + r.int(3, 9) + r.digits(7), nat: (d) => d[0] === '4' ? `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `(0${d[0]}) ${d.slice(1, 5)} ${d.slice(5)}`, intl: (d) => d[0] === '4' ? `+61 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `+61 ${d[0]} ${d.slice(1, 5)} ${d.slice(5)}` },
  NZ: { cc: '64', nsn: (r) => '2' + r.pick(['1', '2', '7']) + r.digits(r.pick([6, 7])), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+64 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  BR: { cc: '55', nsn: (r) => r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85']) + '9' + r.int(6, 9) + r.digits(7), nat: (d) => `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`, intl: (d) => `+55 ${d.slice(0, 2)} ${d.slice(2, 7)}-${d.slice(7)}` },
  MX: { cc: '52', nsn: (r) => r.pick(['55', '33', '81']) + r.int(1, 9) + r.digits(7), nat: (d) => `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`, intl: (d) => `+52 ${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` },
  AR: { cc: '54', nsn: (r) => '11' + r.int(2, 6) + r.digits(7), nat: (d) => `011 15-${d.slice(2, 6)}-${d.slice(6)}`, intl: (d) => `+54 9 11 ${d.slice(2, 6)}-${d.slice(6)}` },
  CL: { cc: '56', nsn: (r) => '9' + r.int(3, 9) + r.digits(7), nat: (d) => `${d[0]} ${d.slice(1, 5)} ${d.slice(5)}`, intl: (d) => `+56 ${d[0]} ${d.slice(1, 5)} ${d.slice(5)}` },
  CO: { cc: '57', nsn: (r) => '3' + r.pick(['00', '01', '02', '04', '05', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '21', '22', '23', '50', '51']) + r.digits(7), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+57 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  PE: { cc: '51', nsn: (r) => '9' + r.digits(8), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+51 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  ZA: { cc: '27', nsn: (r) => r.pick(['6', '7', '8']) + r.int(1, 4) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+27 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  NG: { cc: '234', nsn: (r) => r.pick(['803', '806', '813', '816', '703', '706', '803', '805', '807', '811', '815', '905', '802', '808', '812']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, intl: (d) => `+234 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  KE: { cc: '254', nsn: (r) => '7' + r.pick(['0', '1', '2', '4', '9']) + r.digits(7), nat: (d) => `0${d.slice(0, 3)} ${d.slice(3)}`, intl: (d) => `+254 ${d.slice(0, 3)} ${d.slice(3)}` },
  ET: { cc: '251', nsn: (r) => '9' + r.int(1, 9) + r.digits(7), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, intl: (d) => `+251 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}` },
  GE: { cc: '995', nsn: (r) => '5' + r.pick(['55', '57', '58', '59', '91', '93', '95', '98', '99']) + r.digits(6), nat: (d) => `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, intl: (d) => `+995 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}` },
  AM: { cc: '374', nsn: (r) => r.pick(['77', '91', '93', '94', '95', '96', '98', '99', '55', '41']) + r.digits(6), nat: (d) => `0${d.slice(0, 2)} ${d.slice(2, 5)}${d.slice(5)}`, intl: (d) => `+374 ${d.slice(0, 2)} ${d.slice(2)}` },
  KZ: { cc: '7', nsn: (r) => '7' + r.pick(['01', '02', '05', '07', '08', '47', '71', '75', '76', '77']) + r.digits(7), nat: (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, intl: (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}` },
  MN: { cc: '976', nsn: (r) => r.pick(['88', '99', '95', '94', '80', '86']) + r.digits(6), nat: (d) => `${d.slice(0, 4)} ${d.slice(4)}`, intl: (d) => `+976 ${d.slice(0, 4)} ${d.slice(4)}` },
};
export const PLAN_CODES = Object.keys(PLANS);

// style: 'nat' | 'intl' | 'e164' | 'any'
export function phone(r, plan, style = 'any') {
  const p = PLANS[plan]; if (!p) throw new Error('no plan ' + plan);
  const d = p.nsn(r);
  if (style === 'any') style = r.wpick([[5, 'nat'], [4, 'intl'], [1, 'e164']]);
  let s;
  if (style === 'nat') s = p.nat(d, r);
  else if (style === 'intl') s = p.intl(d, r);
  else s = '+' + p.cc + d;
  return { text: s, plan };
}
