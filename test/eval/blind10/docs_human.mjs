// blind10: human-written document kinds; PERSON/LOCATION in running prose.
import { Doc, HEX, B62, LOW, UP, D } from './lib.mjs';
import { S, P, L, pii, look, LOOK, KIND_BY, secretProse, connString, ts, tsL, dob, zip, aba, company, svcUrl, user, humanPassword, genericKey, passphrase, pad2, bareHost } from './docs_common.mjs';
import { fill } from './docs_tech.mjs';

const F = (r, ...fns) => { fns.r = r; return fns; };
const PER = (p) => P('PERSON', p.full);
const FIRST = (p) => P('PERSON', p.first);
const LOC = (v) => P('LOCATION', v);
const lc = (r, s) => (r.chance(0.35) && /^[A-Za-zÀ-ž' -]+$/.test(s) ? s.toLowerCase() : s);
const place = (r) => LOC(lc(r, r.chance(0.75) ? pii.city(r) : r.chance(0.6) ? pii.country(r) : pii.REGIONS[r.int(0, pii.REGIONS.length - 1)]));
const pp = (r, c) => pii.person(r, c);

// free-running prose: names and places with no field label next to them
export function proseSentence(r) {
  const a = pp(r), b = pp(r), c1 = pii.city(r), c2 = pii.city(r);
  return r.pick([
    () => [PER(a), ' flew back from ', place(r), ' on Thursday and said ', FIRST(b), ' had already left for ', place(r), '. '],
    () => ['After the storm, ', PER(a), ' drove the old van down to ', place(r), ' to check on her cousin. '],
    () => ['We met ', PER(a), ' at a café near ', LOC(pii.street(r)), ' in ', LOC(c1), '; he now runs the kitchen there. '],
    () => ['According to neighbours, ', PER(a), ' moved into ', LOC(pii.street(r)), ', ', LOC(c1), ' last spring and rarely leaves. '],
    () => ['The delegation led by ', PER(a), ' arrives in ', place(r), ' tomorrow, ', 'followed by talks with ', PER(b), '. '],
    () => ['honestly ', FIRST(a).v ? FIRST(a) : '', ' should just move to ', LOC(c1.toLowerCase()), ', rent there is half of what we pay. '],
    () => ['Client reports that her brother ', PER(a), ' has been staying with her in ', place(r), ' since March. '],
    () => ['Local councillor ', PER(a), ' told reporters in ', place(r), ' that the bridge would reopen in May. '],
    () => ['My grandmother ', PER(a), ' grew up in a village outside ', place(r), ' and never once saw the sea. '],
    () => [PER(a), ' y ', PER(b), ' viajaron de ', place(r), ' a ', place(r), ' en tren nocturno. '],
    () => [PER(a), ' wohnt inzwischen in der ', LOC('Lindenstraße ' + r.int(1, 90)), ' in ', LOC(c1), ' und pendelt nach ', place(r), '. '],
    () => ['Hier soir, ', PER(a), ' a dîné avec ', PER(b), ' à ', place(r), ' avant de repartir. '],
    () => ['Ieri ', PER(a), ' è partita per ', place(r), ' con la sorella. '],
    () => [PER(a), 'さんは来週', LOC(r.pick(['大阪', '札幌', '福岡', '名古屋'])), 'に出張します。'],
    () => [PER(a), ' 씨는 어제 ', LOC(r.pick(['서울', '부산', '대구'])), '에 도착했습니다. '],
    () => [PER(a), '上周从', LOC(r.pick(['成都', '上海', '杭州', '西安'])), '回来了。'],
    () => [PER(a), ' переехал в ', LOC(r.pick(['Казань', 'Новосибирск', 'Самару'])), ' в прошлом году. '],
    () => ['The patient was brought in by her neighbour, ', PER(a), ', who found her at home on ', LOC(pii.street(r)), '. '],
    () => ['we stayed two nights with ', PER(a), "'s family just outside ", LOC(c1.toLowerCase()), ' then took the bus to ', LOC(c2), '. '],
    () => ['Ask ', PER(a), ' (reachable on ', P('PHONE_NUMBER', pii.phone(r)), ') before you go to ', place(r), '. '],
    () => ['The parcel for ', PER(a), ' went to ', LOC(pii.street(r)), ' instead of the depot in ', LOC(c1), '. '],
    () => [PER(a), ', who coaches the under-12s in ', place(r), ', won the regional award alongside ', PER(b), '. '],
    () => ['Witness ', PER(a), ' stated she saw the vehicle turn onto ', LOC(pii.street(r)), ' at around 22:40. '],
    () => ['Met up with ', FIRST(a), ' and ', FIRST(b), ' in ', LOC(c1), ' — ', FIRST(a), ' is thinking of moving to ', place(r), '. '],
  ])();
}
const para = (d, r, n) => { for (let i = 0; i < n; i++) d.put(proseSentence(r)); d.t('\n\n'); };
const sig = (d, r, p) => { d.add`--\n${PER(p)}\n${r.pick(['Account Manager', 'Site Lead', 'Dispatcher', 'Case Worker', 'Office Manager'])}, ${company(r)}\n${P('PHONE_NUMBER', pii.phone(r))} | ${P('EMAIL_ADDRESS', pii.email(r, p))}\n`; };
const credLine = (d, r) => { const u = r.chance(0.5) ? P('EMAIL_ADDRESS', pii.email(r)) : user(r); d.add`${r.pick(['login', 'user', 'username', 'Benutzer', 'usuario', 'utente'])}: ${u}\n${r.pick(['password', 'pw', 'pass', 'Passwort', 'contraseña', 'mot de passe'])}: ${S(r.pick(['USER_PASSWORD', 'ADMIN_PASSWORD', 'WIFI_PASSWORD', 'FTP_PASSWORD']), r.chance(0.3) ? passphrase(r) : humanPassword(r))}\n`; };
const proseSecret = (d, r) => { const e = r.pick(['GENERIC_API_KEY', 'GENERIC_TOKEN', 'API_SECRET', 'CLIENT_SECRET', 'USER_PASSWORD', 'ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'SSH_PASSWORD', 'WIFI_PASSWORD']); const v = /PASSWORD/.test(e) ? (r.chance(0.3) ? passphrase(r) : humanPassword(r)) : genericKey(r); d.put(secretProse(r, v, e)); d.t('\n'); };

export const KINDS_HUMAN = {
  'crm-export': (r) => {
    const d = new Doc(); d.t('account_id,contact_name,email,phone,street,city,country,zip,dob,owner,last_order\n');
    const row = () => { const p = pp(r); d.add`${look(r, 'crm_id')},"${PER(p)}",${P('EMAIL_ADDRESS', pii.email(r, p))},${P('PHONE_NUMBER', pii.phone(r))},"${LOC(pii.street(r))}",${LOC(pii.city(r))},${LOC(pii.country(r))},${zip(r)},${dob(r)},${company(r).replace(/,/g, '')},${look(r, 'order_number')}\n`; };
    fill(d, r.int(500, 3200), F(r, row)); return d;
  },
  'support-ticket': (r) => {
    const d = new Doc(); const p = pp(r); d.add`Ticket ${look(r, 'ticket_number')} | Priority: ${r.pick(['High', 'Normal'])} | Opened ${tsL(r)}\nRequester: ${PER(p)} <${P('EMAIL_ADDRESS', pii.email(r, p))}>\n\n`;
    const msg = () => { const k = r.int(0, 5);
      if (k === 0) { d.add`Customer: Hi, I can't log in since yesterday. My username is ${P('EMAIL_ADDRESS', pii.email(r, p))} and I tried ${S('USER_PASSWORD', humanPassword(r))} but it says invalid.\n`; }
      else if (k === 1) { d.add`Agent: Thanks! Can you confirm the last four of the card? We see ${look(r, 'masked_card')} on order ${look(r, 'order_number')}.\n`; }
      else if (k === 2) { d.add`Customer: the full card is ${P('CREDIT_CARD', pii.card(r))} exp ${pad2(r.int(1, 12))}/${r.int(27, 31)}, billing address ${LOC(pii.street(r))}, ${LOC(pii.city(r))}.\n`; }
      else if (k === 3) { d.put(proseSentence(r)); d.t('\n'); }
      else if (k === 4) { d.add`Internal note: vendor API key used for the refund call was ${S('GENERIC_API_KEY', genericKey(r))} — rotate after.\n`; }
      else { d.add`Customer: you can call me at ${P('PHONE_NUMBER', pii.phone(r))} or my partner ${PER(pp(r))} at ${P('PHONE_NUMBER', pii.phone(r))}. Tracking said ${look(r, 'tracking_number')}.\n`; } };
    fill(d, r.int(500, 2600), F(r, msg)); return d;
  },
  email: (r) => {
    const d = new Doc(); const a = pp(r), b = pp(r);
    d.add`From: ${PER(a)} <${P('EMAIL_ADDRESS', pii.email(r, a))}>\nTo: ${PER(b)} <${P('EMAIL_ADDRESS', pii.email(r, b))}>\nSubject: ${r.pick(['Re: access for the new contractor', 'trip next week', 'Fwd: invoice', 'server creds', 'Umzug'])}\nDate: ${tsL(r)}\nMessage-ID: <${look(r, 'uuid')}@mail.acme.example>\n\n${r.pick(['Hi', 'Hallo', 'Bonjour', 'Hola', 'Ciao'])} ${FIRST(b)},\n\n`;
    const blk = () => { const k = r.int(0, 4); if (k < 2) para(d, r, r.int(2, 4)); else if (k === 2) { d.t('Here are the details you asked for:\n'); credLine(d, r); d.t('\n'); } else if (k === 3) { proseSecret(d, r); d.t('\n'); } else { d.add`Invoice ${look(r, 'invoice_number')} for ${look(r, 'price')} is attached; please wire to ${P('IBAN_CODE', pii.iban(r))}.\n\n`; } };
    fill(d, r.int(500, 2800), F(r, blk)); sig(d, r, a); return d;
  },
  chat: (r) => {
    const d = new Doc(); const ppl = [pp(r), pp(r), pp(r)]; const handles = r.shuffle(['nightowl', 'ops-bot', 'k8s_wrangler', 'coffee_first', 'pm-team', 'u' + r.digits(4), 'sre-oncall', 'mobile_dev']).slice(0, 3); void ppl;
    const msg = () => { const i = r.int(0, 2); d.t(`[${pad2(r.int(8, 23))}:${pad2(r.int(0, 59))}] <${handles[i]}> `); const k = r.int(0, 6);
      if (k < 3) d.put(proseSentence(r));
      else if (k === 3) proseSecret(d, r);
      else if (k === 4) d.add`landed in ${LOC(pii.city(r).toLowerCase())}, ping me on ${P('PHONE_NUMBER', pii.phone(r))}`;
      else if (k === 5) d.add`${r.pick(['wifi here is', 'guest wifi pw', 'the router login is admin /'])} ${S('WIFI_PASSWORD', r.chance(0.5) ? passphrase(r) : humanPassword(r))}`;
      else d.add`build ${look(r, 'build_number')} is green, sha ${L('git_sha', r.str(HEX, 8))}`;
      d.t('\n'); };
    fill(d, r.int(400, 2400), F(r, msg)); return d;
  },
  'hr-record': (r) => {
    const d = new Doc(); const p = pp(r);
    d.add`EMPLOYEE FILE — CONFIDENTIAL\nName: ${PER(p)}\nEmployee ID: ${look(r, 'crm_id')}\nDate of birth: ${dob(r)}\nHome address: ${LOC(pii.street(r))}, ${LOC(pii.city(r))} ${zip(r)}\nPersonal email: ${P('EMAIL_ADDRESS', pii.email(r, p))}\nMobile: ${P('PHONE_NUMBER', pii.phone(r))}\nSSN: ${P('US_SSN', pii.ssn(r))}\nPassport: ${P('US_PASSPORT', pii.passport(r))}\nDriver license: ${P('US_DRIVER_LICENSE', pii.driverLicense(r))}\nDirect deposit: routing ${aba(r)} account ${P('US_BANK_NUMBER', pii.bankNumber(r))}\n`;
    const more = () => { const k = r.int(0, 4); if (k === 4) { d.add`Renewed documents on file: passport ${P('US_PASSPORT', pii.passport(r))}, license ${P('US_DRIVER_LICENSE', pii.driverLicense(r))}\n`; return; } if (k === 0) { const e = pp(r); d.add`Emergency contact: ${PER(e)} (${r.pick(['spouse', 'mother', 'brother', 'friend'])}), ${P('PHONE_NUMBER', pii.phone(r))}\n`; } else if (k === 1) { d.t('Manager notes: '); para(d, r, r.int(1, 3)); } else if (k === 2) d.add`Salary change effective ${look(r, 'date')}: ${look(r, 'price')}\n`; else d.add`Previous ITIN on file: ${P('US_ITIN', pii.itin(r))} (replaced by SSN)\n`; };
    fill(d, r.int(700, 2400), F(r, more)); return d;
  },
  'medical-record': (r) => {
    const d = new Doc(); const p = pp(r), doc = pp(r, r.pick(['en', 'us', 'in', 'ng', 'de']));
    d.add`PATIENT SUMMARY\nPatient: ${PER(p)}   DOB: ${dob(r)}\nNHS number: ${P('UK_NHS', pii.nhs(r))}\nAddress: ${LOC(pii.street(r))}, ${LOC(pii.city(r))}\nTel: ${P('PHONE_NUMBER', pii.phone(r, r.pick(['gb', 'us', 'ie'])))}\nPrescriber: Dr ${PER(doc)} DEA ${P('MEDICAL_LICENSE', pii.dea(r, doc.last.normalize('NFD')[0].toUpperCase().replace(/[^A-Z]/, 'X')))}\n\nClinical notes:\n`;
    const note = () => { const k = r.int(0, 5); if (k === 4) { const dd = pp(r, r.pick(['en', 'us', 'de', 'fr'])); d.add`Co-signed: Dr ${PER(dd)}, DEA ${P('MEDICAL_LICENSE', pii.dea(r, dd.last.normalize('NFD')[0].toUpperCase().replace(/[^A-Z]/, 'X')))}\n`; return; } if (k === 5) { d.add`Linked record (mother): ${PER(pp(r))}, NHS ${P('UK_NHS', pii.nhs(r))}, lives at ${LOC(pii.street(r))}\n`; return; } if (k < 2) para(d, r, r.int(1, 3)); else if (k === 2) d.add`Rx ${r.pick(['amoxicillin 500mg', 'sertraline 50mg', 'metformin 850mg'])} — batch ${look(r, 'order_number')}, reviewed ${look(r, 'date')}\n`; else d.add`Referred to ${PER(pp(r))} at ${LOC(pii.city(r))} clinic, fax ${P('PHONE_NUMBER', pii.phone(r))}\n`; };
    fill(d, r.int(600, 2400), F(r, note)); return d;
  },
  'bank-statement': (r) => {
    const d = new Doc(); const p = pp(r);
    d.add`${company(r)} — Statement\nAccount holder: ${PER(p)}\n${LOC(pii.street(r))}\n${LOC(pii.city(r))}\nIBAN: ${P('IBAN_CODE', pii.iban(r))}\nUS account: ${P('US_BANK_NUMBER', pii.bankNumber(r))} (ABA ${aba(r)})\n\nDate        Description                               Amount\n`;
    const tx = () => { const k = r.int(0, 4); const dt = `2026-${pad2(r.int(1, 11))}-${pad2(r.int(1, 28))}`;
      if (k === 0) d.add`${dt}  SEPA transfer to ${PER(pp(r))} ${P('IBAN_CODE', pii.iban(r))}  -${look(r, 'price')}\n`;
      else if (k === 1) d.add`${dt}  Card ${look(r, 'masked_card')} ${r.pick(['grocery', 'fuel', 'pharmacy'])} ${LOC(pii.city(r))}  -${look(r, 'price')}\n`;
      else if (k === 2) d.add`${dt}  Returned: invalid beneficiary ${look(r, 'invalid_iban')}  +${look(r, 'price')}\n`;
      else if (k === 3) d.add`${dt}  Crypto purchase to ${P('CRYPTO', pii.btc(r))}  -${look(r, 'price')}\n`;
      else d.add`${dt}  Ref ${look(r, 'invoice_number')} from ${company(r)}  +${look(r, 'price')}\n`; };
    fill(d, r.int(600, 2600), F(r, tx)); return d;
  },
  'travel-itinerary': (r) => {
    const d = new Doc(); const p = pp(r);
    d.add`Booking ${look(r, 'booking_reference')} — ${PER(p)}\nPassport: ${P('US_PASSPORT', pii.passport(r))}\nContact: ${P('PHONE_NUMBER', pii.phone(r))}, ${P('EMAIL_ADDRESS', pii.email(r, p))}\n\n`;
    const leg = () => { const k = r.int(0, 3);
      if (k === 0) d.add`${look(r, 'flight_number')}  ${LOC(pii.city(r))} → ${LOC(pii.city(r))}  dep ${tsL(r)}  fare ${look(r, 'price')}\n`;
      else if (k === 1) d.add`Hotel: ${r.pick(['Casa Azul', 'Hotel Lindenhof', 'Ryokan Hanaya', 'The Anchor Inn'])}, ${LOC(pii.street(r))}, ${LOC(pii.city(r))} (${look(r, 'coordinates')})\n`;
      else { d.t('Travel diary: '); para(d, r, r.int(2, 4)); } };
    fill(d, r.int(600, 2600), F(r, leg)); return d;
  },
  'tax-form': (r) => {
    const d = new Doc(); const p = pp(r, r.pick(['us', 'en', 'es', 'in', 'zhp']));
    d.add`Form 1040 worksheet (tax year 2025)\nTaxpayer: ${PER(p)}\nSSN: ${P('US_SSN', pii.ssn(r))}\nSpouse: ${PER(pp(r))}  ITIN: ${P('US_ITIN', pii.itin(r))}\nAddress: ${LOC(pii.street(r))}, ${LOC(pii.city(r))} ${zip(r)}\nRefund direct deposit: routing ${aba(r)}, account ${P('US_BANK_NUMBER', pii.bankNumber(r))}\nPreparer phone: ${P('PHONE_NUMBER', pii.phone(r, 'us'))}\n\n`;
    const ln = () => { const k = r.int(0, 3); if (k === 0) d.add`Dependent: ${PER(pp(r))}, SSN ${P('US_SSN', pii.ssn(r))}, DOB ${dob(r)}\n`; else if (k === 1) d.add`Line ${r.int(1, 38)}: ${look(r, 'price')}\n`; else if (k === 2) d.add`Rejected SSN on W-2 (typo): ${look(r, 'invalid_ssn')}\n`; else d.add`Preparer e-file PIN / portal password: ${S('USER_PASSWORD', humanPassword(r))}\n`; };
    fill(d, r.int(600, 2200), F(r, ln)); return d;
  },
  'markdown-doc': (r, ctx) => {
    const d = new Doc(); d.t(`# ${r.pick(['Onboarding', 'Local setup', 'Runbook: payments', 'Integrations'])}\n\n`);
    const sec = () => { const k = r.int(0, 4);
      if (k === 0) { d.t('## Credentials\n\n```bash\n'); const s = ctx.deck(); d.add`export ${s.key.toUpperCase().replace(/[.-]/g, '_')}=${S(s.entity, s.v)}\n\`\`\`\n\n`; }
      else if (k === 1) d.add`Ask ${PER(pp(r))} (${P('EMAIL_ADDRESS', pii.email(r))}) for VPN access. Test card: ${look(r, 'vendor_test_card')}, sample IBAN ${look(r, 'iban_template')}.\n\n`;
      else if (k === 2) { d.t('## Example\n\n```\n'); d.add`API_KEY=${look(r, 'placeholder')}\nREGION=eu-west-1\n\`\`\`\n\n`; }
      else if (k === 3) { d.t('> '); proseSecret(d, r); d.t('\n'); }
      else d.add`| service | version | checksum |\n|---|---|---|\n| api | ${look(r, 'version')} | ${look(r, 'digest')} |\n\n`; };
    fill(d, r.int(500, 2600), F(r, sec)); return d;
  },
  'meeting-notes': (r) => {
    const d = new Doc(); const att = [pp(r), pp(r), pp(r)];
    d.add`Meeting notes — ${r.pick(['weekly sync', 'site visit debrief', 'Q4 planning', 'incident review'])}\nAttendees: ${PER(att[0])}, ${PER(att[1])}, ${PER(att[2])}\n\n`;
    const item = () => { const k = r.int(0, 4); if (k < 3) { d.t('- '); d.put(proseSentence(r)); d.t('\n'); } else if (k === 3) { d.t('- '); proseSecret(d, r); } else d.add`- Action: ${FIRST(att[r.int(0, 2)])} to follow up on ${look(r, 'ticket_number')} by ${look(r, 'date')}\n`; };
    fill(d, r.int(500, 2400), F(r, item)); return d;
  },
  'wiki-page': (r) => {
    const d = new Doc(); d.t(`= ${r.pick(['Office locations', 'Team directory', 'Vendor contacts', 'Shared accounts'])} =\n\n`);
    const row = () => { const k = r.int(0, 3); const p = pp(r);
      if (k === 0) d.add`* ${PER(p)} — ${r.pick(['desk', 'office'])} in ${LOC(pii.city(r))}, ext. ${r.int(100, 999)}, mobile ${P('PHONE_NUMBER', pii.phone(r))}\n`;
      else if (k === 1) d.add`* Shared ${r.pick(['Canva', 'Figma', 'Zoom', 'payroll portal'])} account: ${P('EMAIL_ADDRESS', pii.email(r))} / ${S('USER_PASSWORD', humanPassword(r))}\n`;
      else if (k === 2) { para(d, r, r.int(1, 2)); }
      else d.add`* Office: ${LOC(pii.street(r))}, ${LOC(pii.city(r))} — Wi-Fi ${r.pick(['"Guest"', '"Staff"'])} key ${S('WIFI_PASSWORD', passphrase(r))}\n`; };
    fill(d, r.int(500, 2600), F(r, row)); return d;
  },
  narrative: (r) => {
    const d = new Doc(); d.t(r.pick(['CASE NOTES\n\n', 'Travel blog — part ' + r.int(2, 9) + '\n\n', 'LOCAL NEWS\n\n', 'Family history project\n\n', '']));
    const p = () => para(d, r, r.int(2, 5));
    fill(d, r.int(500, 3000), F(r, p)); return d;
  },
  'crypto-wallet-export': (r) => {
    const d = new Doc(); d.t('label,address,balance_btc,last_tx\n');
    const row = () => { d.add`${r.pick(['cold', 'savings', 'exchange-withdraw', PER(pp(r))])},${P('CRYPTO', pii.btc(r))},${(r.f() * 3).toFixed(8)},${look(r, 'hash')}\n`; };
    const seed = () => { d.add`# backup seed (DO NOT SHARE): ${S('WALLET_SEED_PHRASE', KIND_BY.WALLET_SEED_PHRASE.gen(r))}\n`; };
    fill(d, r.int(400, 1800), F(r, row, row, row, seed)); return d;
  },
};
