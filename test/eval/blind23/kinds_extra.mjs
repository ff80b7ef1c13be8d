// More office kinds: password-manager exports, offboarding handovers, SaaS
// integration exports and prescriptions.
import { S, P, L, F, J, phrase, jsonEsc, csvEsc } from './doc.mjs';
import { styleKey, machinePassword, managerPassword, humanPassword } from './secrets.mjs';
import { LOOK } from './lookalikes.mjs';

// a few words from the BIP-39 English list, for wallet recovery phrases
const BIP39 = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actual adapt address adjust admit adult advance advice afford afraid again agent agree ahead airport aisle alarm album alert alien alley allow almost alone alpha already alter always amateur amazing among amount analyst anchor ancient anger angle animal ankle announce annual another answer antenna antique anxiety apart apology appear apple approve april arch arctic arena argue armor army around arrange arrest arrive arrow artist artwork aspect asset assist assume athlete atom attack attend auction audit august aunt author autumn average avocado avoid awake aware awesome awkward axis'.split(' ');
const seedPhrase = (r) => Array.from({ length: r.pick([12, 12, 24]) }, () => r.pick(BIP39)).join(' ');
const SERVICES = [
  ['Pelorus Bank online', 'login.pelorus-bank.example'], ['Kestrel Freight portal', 'portal.kestrel-freight.test'], ['Home router', '192.168.1.1'],
  ['Streaming (family)', 'account.streamly.example'], ['Tax office portal', 'elster.gov.example'], ['Payroll', 'payroll.nimbra.test'],
  ['Amberlane tenant portal', 'mieter.amberlane.example'], ['Supplier EDI', 'edi.orrin.test'], ['Car sharing', 'app.roadpool.example'],
  ['Health insurance', 'meine.vireo-ins.example'], ['School parent portal', 'eltern.oaklet.example'], ['Crypto exchange', 'trade.coinhaven.example'],
  ['Airline miles', 'miles.flynorth.example'], ['NAS admin', 'nas.home.test'], ['Electricity', 'kunden.corvell.example'], ['Cloud console', 'console.cloud.example'],
];

export function password_manager_export(c, d) {
  const owner = c.person();
  const fmt = c.int(0, 2);
  const rows = c.r.sample(SERVICES, c.int(7, 11));
  const note = () => {
    switch (c.int(0, 9)) {
      case 0: return F('PIN ', c.pin());
      case 1: { const s = c.anySecret(['vendor', 'cloud']); return F('API key: ', s.val); }
      case 2: return F(c.card(), ' exp ', String(c.int(1, 12)).padStart(2, '0'), '/', String(c.int(26, 31)), ' cvc ', S('CARD_SECURITY_CODE', c.r.digits(c.chance(0.2) ? 4 : 3)));
      case 3: return F('recovery: ', c.recovery(2), ' ', c.recovery(2), ' ', c.recovery(2));
      case 4: return F('wallet ', c.btc(), ' seed: ', S('CRYPTO_SEED_PHRASE', seedPhrase(c.r)));
      case 5: return F('security answer: ', S('SECURITY_ANSWER', c.pick(['Mochi', 'Lindenhof', 'blue Vespa', 'Tante Erika', 'Pipoca', 'Rex'])));
      case 6: return F('account holder ', c.name(c.person()), ', ', c.phone());
      case 7: return F('IBAN ', c.iban());
      default: return '';
    }
  };
  const totp = () => (c.chance(0.5) ? F('otpauth://totp/', c.pick(['Bank', 'Portal', 'Console']), '?secret=', c.totp(), '&digits=6') : c.chance(0.5) ? c.totp() : '');
  const login = () => (c.chance(0.6) ? c.email(owner) : c.user(owner));
  const pw = () => (c.chance(0.5) ? c.userPw() : c.managerPw());
  if (fmt === 0) {
    d.line('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp');
    for (const [n, h] of rows) d.line(c.pick(['', 'Finance', 'Home', 'Work']), ',', c.pick(['', '1']), ',login,', n, ',"', csvEsc(note()), '",,0,https://', h, '/,', login(), ',', pw(), ',', totp());
  } else if (fmt === 1) {
    d.line('"Title","Website","Username","Password","OTPAuth","Notes"');
    for (const [n, h] of rows) d.line('"', n, '","https://', h, '","', login(), '","', pw(), '","', totp(), '","', csvEsc(note()), '"');
  } else {
    d.line('name,url,username,password,note');
    for (const [n, h] of rows) d.line(n, ',https://', h, '/login,', login(), ',', pw(), ',"', csvEsc(note()), '"');
  }
}

export function it_handover(c, d) {
  const from = c.person(), to = c.person(); const T = (m) => c.tr(m); const dt = c.randDate();
  d.line('# ', T({ en: 'Offboarding handover', de: 'Übergabe bei Austritt', fr: 'Passation de poste', es: 'Traspaso de funciones', it: 'Passaggio di consegne', pt: 'Passagem de bastão', nl: 'Overdracht', ja: '退職時の引き継ぎ', zh: '离职交接', ko: '퇴사 인수인계', pl: 'Przekazanie obowiązków', tr: 'Devir teslim', ru: 'Передача дел', sv: 'Överlämning', cs: 'Předávací protokol' }), ': ', c.name(from), ' → ', c.name(to));
  d.line(c.date(dt), ' · ', c.workEmail(from), ' → ', c.workEmail(to));
  d.raw('\n');
  d.line('| ', T({ en: 'System', de: 'System', fr: 'Système', es: 'Sistema', ja: 'システム', zh: '系统', ko: '시스템' }), ' | ', c.f('user'), ' | ', T({ en: 'Secret', de: 'Geheimnis', fr: 'Secret', es: 'Secreto', ja: '認証情報', zh: '凭据', ko: '자격 증명' }), ' | ', c.f('notes'), ' |');
  d.line('|---|---|---|---|');
  const n = c.int(8, 12);
  for (let i = 0; i < n; i++) {
    const s = c.anySecret(['vendor', 'cloud', 'generic', 'inhouse']);
    d.line('| ', s.e.id.split('_')[0].charAt(0) + s.e.id.split('_')[0].slice(1).toLowerCase(), ' | ', c.chance(0.5) ? c.workEmail(from) : c.pick(['service', 'api', 'ci-bot', 'admin']), ' | `', s.val, '` | ', c.chance(0.3) ? c.look('env_reference') : c.pick(['rotate after handover', 'owner: finance', 'prod only', 'expires soon', '—']), ' |');
  }
  d.line('| Admin console | admin | `', c.sec('ADMIN_PASSWORD'), '` | ', T({ en: 'break-glass', de: 'Notfallzugang', fr: "accès d'urgence", es: 'acceso de emergencia', ja: '緊急用', zh: '应急', ko: '비상용' }), ' |');
  d.raw('\n');
  d.line(T({ en: 'Vendor contacts', de: 'Ansprechpartner', fr: 'Contacts fournisseurs', es: 'Contactos de proveedores', ja: 'ベンダー連絡先', zh: '供应商联系人', ko: '벤더 연락처' }), ':');
  for (let i = 0; i < c.int(2, 3); i++) { const q = c.person({ intl: 0.5 }); d.line('- ', c.name(q), ', ', c.phoneOf(q), ', ', c.email(q)); }
  if (c.chance(0.5)) d.line('\n', phrase(c.ph.passphrase, c.passphrase()));
}

export function integration_settings(c, d) {
  const owner = c.person();
  d.raw('{\n  "workspace": "'); d.raw(c.pick(['finance-ops', 'sales-emea', 'people-team', 'support-tier1'])); d.raw('",\n  "owner": {"name": "'); d.add(c.name(owner)); d.raw('", "email": "'); d.add(c.workEmail(owner)); d.raw('"},\n  "connections": [\n');
  const n = c.int(6, 10);
  for (let i = 0; i < n; i++) {
    const s = c.anySecret(['vendor', 'cloud', 'inhouse']);
    d.raw(`    {"app": "${s.e.id.split('_')[0].toLowerCase()}", "id": "`); d.add(c.look(c.pick(['uuid', 'object_id', 'ulid']))); d.raw(`", "${styleKey(c.r, c.pick(s.e.keys), 'lower')}": "`); d.add(s.val); d.raw(`", "connected_by": "`); d.add(c.email(c.person())); d.raw(`"}${i < n - 1 ? ',' : ''}\n`);
  }
  d.raw('  ],\n  "webhooks": [{"url": "https://hooks.'); d.raw(c.domain); d.raw('/in/'); d.add(c.look('uuid')); d.raw('", "signing_secret": "'); d.add(c.sec('WEBHOOK_SIGNING_SECRET')); d.raw('"}],\n');
  d.raw('  "sso": {"metadata_url": "https://sso.'); d.raw(c.domain); d.raw('/saml", "scim_token": "'); d.add(c.sec('SCIM_BEARER_TOKEN')); d.raw('"},\n');
  d.raw('  "updated_at": "'); d.add(c.ts(undefined, 'isoms')); d.raw('", "updated_from_ip": "'); d.add(c.ip()); d.raw('"\n}\n');
}

export function prescription(c, d) {
  const pt = c.person(); const doc = c.person(); const T = (m) => c.tr(m);
  const uk = c.cc === 'GB';
  const drug = () => c.pick(['Amoxicillin 500 mg caps', 'Lisinopril 10 mg tabs', 'Omeprazole 20 mg', 'Salbutamol 100 µg inhaler', 'Metformin 850 mg', 'Sertraline 50 mg', 'Atorvastatin 40 mg']);
  if (uk) {
    d.line('NHS ', T({ en: 'electronic prescription — dispensing token' }));
    d.line('Prescription ID: ', L('rx_number', `${c.r.hex(6).toUpperCase()}-${c.r.hex(6).toUpperCase()}-${c.r.hex(6).toUpperCase()}`));
    d.line('Patient: ', c.name(pt), '   NHS number: ', c.nhs(), '   DOB: ', `${String(c.int(1, 28)).padStart(2, '0')}/${String(c.int(1, 12)).padStart(2, '0')}/${c.int(1940, 2010)}`);
    d.line('Address: ', c.addrOne('GB'));
    d.line('Prescriber: Dr ', c.name(doc), ', ', c.pick(['Riverside Surgery', 'Tidewell Medical Practice', 'Elm Road Health Centre']), ', ', c.phone('GB'));
    for (let i = 0; i < c.int(1, 3); i++) d.line('  ', drug(), ' — ', c.pick(['one daily', 'two puffs as required', 'one twice a day']), ' — qty ', String(c.int(14, 84)));
    d.line('Nominated pharmacy: ', c.addrOne('GB'), ' · ', c.phone('GB'));
    if (c.chance(0.5)) { const rel = c.person({ culture: pt.culture, intl: 0 }); d.line('Collected by: ', c.name(rel), ' (', c.pick(['daughter', 'son', 'carer', 'partner']), '), NHS ', c.nhs()); }
    if (c.chance(0.5)) { d.line('Also due for repeat at this address:'); for (let i = 0; i < c.int(1, 2); i++) { const hh = c.person({ culture: pt.culture, intl: 0 }); d.line('  ', c.name(hh), ' — NHS ', c.nhs(), ' — ', drug()); } }
    if (c.chance(0.5)) d.line('Rejected at dispensing: NHS number ', c.invalidNhs(), ' on the paper copy fails the check digit');
    d.line('Issued: ', c.ts(undefined, 'space'));
    return;
  }
  const us = c.cc === 'US';
  d.line(us ? 'PRESCRIPTION REFILL REQUEST' : T({ en: 'Prescription', de: 'Rezept (eRezept)', fr: 'Ordonnance', es: 'Receta médica', it: 'Ricetta medica', pt: 'Receita médica', nl: 'Recept', ja: '処方箋', zh: '处方笺', ko: '처방전', pl: 'Recepta', tr: 'Reçete' }), ' · Rx ', c.look('rx_number', `${c.int(1000000, 9999999)}`));
  d.line(`${c.f('name')}: `, c.name(pt), '   ', c.f('dob'), ': ', `${c.int(1940, 2010)}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`);
  d.line(`${c.f('address')}: `, c.addrOne(pt.place), '   ', c.f('phone'), ': ', c.phoneOf(pt));
  d.line(T({ en: 'Insurance member ID', de: 'Versichertennummer', fr: 'N° adhérent mutuelle', es: 'N.º de afiliado', ja: '保険者番号', zh: '医保卡号' }), ': ', c.look('member_id', `${c.r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${c.r.digits(9)}`));
  for (let i = 0; i < c.int(1, 3); i++) d.line('  ', drug(), ' — ', T({ en: ['once daily', 'twice daily', 'as needed'], de: ['1-0-1', '1x täglich', 'bei Bedarf'], fr: ['1 matin et soir', '1 par jour', 'si besoin'], es: ['1 cada 12 h', '1 al día', 'si precisa'], ja: ['1日1回', '1日2回朝夕', '頓用'], zh: ['每日一次', '每日两次', '必要时'] }), ' — ', T({ en: 'refills', de: 'Wiederholungen', fr: 'renouvellements', es: 'repeticiones', ja: 'リフィル', zh: '续药' }), ' ', String(c.int(0, 5)));
  d.line(T({ en: 'Prescriber', de: 'Verordnende/r Ärztin/Arzt', fr: 'Prescripteur', es: 'Médico prescriptor', ja: '処方医', zh: '开方医生' }), ': Dr ', c.name(doc), us || c.chance(0.5) ? F('   DEA ', c.dea(doc), '   NPI ', c.r.digits(10, true)) : '');
  if (us) { const doc2 = c.person(); d.line('Covering prescriber: Dr ', c.name(doc2), '   DEA ', c.dea(doc2)); }
  if (us && c.chance(0.6)) d.line('Controlled substance pickup — ID checked: ', c.chance(0.7) ? F("driver's license ", c.dl()) : F('passport ', c.passport()));
  d.line(T({ en: 'Pharmacy', de: 'Apotheke', fr: 'Pharmacie', es: 'Farmacia', ja: '薬局', zh: '药房' }), ': ', c.addrOne(), ' · ', c.phone());
  d.line(T({ en: 'Next refill due', de: 'Nächste Abholung', fr: 'Prochain renouvellement', es: 'Próxima dispensación', ja: '次回', zh: '下次取药' }), ': ', c.date());
}

export const EXTRA_KINDS = { password_manager_export, it_handover, integration_settings, prescription };
