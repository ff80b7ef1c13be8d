// blind11: documents about people (CRM, tickets, mail, chat, HR/medical/banking/travel/tax, prose).
import { int, pick, chance, str, digits, pad, HEX, LOWAN, UPPER, S, P, L } from './lib.mjs';
import { nextSecret, KIND_MAP, humanPassword, genericSecret } from './secrets.mjs';
import { look, anyLook, email, emailFor, phone, person, clientIp, tsL, proseSecret, userPass, cmdWithSecret, secretPair } from './common.mjs';
import { nameForm, city, country, region, place, placeLower, street, card, iban, ssn, itin, passport, driverLicense, bankAccount, crypto_, dea, nhs, dob, zip, aba, COMPANIES, CITIES, COUNTRIES } from './pii.mjs';

const N = (c) => P('PERSON', nameForm(person(c)));
const Nf = (c) => P('PERSON', person(c).full);
// sentences of running prose: names and places not next to a field label
const SENT = [
  () => ['Yesterday ', N(), ' drove from ', city(), ' to ', city(), ' with ', N(), ' to look at the new warehouse. '],
  () => ['After the storm hit ', region(), ', ', N(), ' stayed with her cousin in ', placeLower(), ' for a week. '],
  () => ['We met ', N(), ' at the café on ', street(), ' and talked about the move to ', country(), '. '],
  () => ['According to ', N(), ', the shipment left ', city(), ' on time but was held at customs in ', city(), '. '],
  () => ['', N(), ' grew up near ', placeLower(), ' and only moved to ', city(), ' after university. '],
  () => ['my flight to ', placeLower(), ' got cancelled so ', N(), ' picked me up and we drove through ', region(), ' instead. '],
  () => ['The family of ', N(), ' still lives at ', street(), ' in ', city(), ', two doors from ', N(), '. '],
  () => ['Local officials in ', city(), ' said ', N(), ', 54, had been missing since Tuesday before being found near ', placeLower(), '. '],
  () => ['', N(), ' und ', N(), ' sind letzte Woche von ', city(), ' nach ', city(), ' gezogen. '],
  () => ['', N(), ' a rencontré ', N(), ' à ', city(), ' pour signer le bail du ', street(), '. '],
  () => ['', N(), ' viajó a ', country(), ' con ', N(), ' y se quedaron en ', street(), '. '],
  () => ['', N(), ' e ', N(), ' passaram o fim de semana em ', placeLower(), '. '],
  () => ['', N('ja'), 'さんは先月', pick(['大阪', '札幌', '名古屋']).length ? city() : '', 'に引っ越しました。'],
  () => ['', N('zhH'), '上周去了', city(), '出差，和', N('zhH'), '一起开会。'],
  () => ['', N('ko'), ' 씨는 ', city(), '에서 ', N('ko'), ' 씨를 만났습니다. '],
  () => ['', N('ru'), ' вернулся в ', city(), ' вместе с ', N('ru'), '. '],
  () => ['', N('el'), ' μετακόμισε στην ', city(), ' πέρυσι. '],
  () => ['وصل ', N('ar'), ' إلى ', city(), ' مع ', N('ar'), '. '],
  () => ['Ask ', P('PERSON', person('en').first.toLowerCase()), ' whether ', N(), ' already signed the lease for the flat on ', street(), '. '],
  () => ['When ', N(), ' landed in ', placeLower(), ', the hotel had no record of the booking, so ', N(), ' called from ', city(), '. '],
  () => ['Dr. ', P('PERSON', person().last), ' referred the patient to a clinic in ', city(), '. '],
  () => ['Ms. ', P('PERSON', person('en').last), ' from ', city(), ' phoned twice about the refund. '],
  () => ['', N(), ' (', N(), "'s brother) lives somewhere outside ", placeLower(), ' now. '],
];
export const prose = (n) => Array.from({ length: n }, () => pick(SENT)());

export function narrative(d) { d.t(pick(['# ', '', '## ']) + pick(['Field notes', 'Weekend recap', 'What happened in the spring', 'Travel diary', 'Family update']) + '\n\n'); d.fill(int(500, 3000), (d) => { d.put(prose(int(2, 5))); d.t('\n\n'); }); }
export function newsArticle(d) {
  d.put([pick(['', 'BREAKING: ']), pick(['Flooding closes roads near ', 'Startup opens office in ', 'Festival returns to ', 'Bridge repairs delayed in ']), city(), '\n\n']);
  d.put([city(), ' - ']);
  d.fill(int(600, 3200), (d) => { d.put(prose(int(2, 4))); d.put(['"', pick(['We did not expect this', 'It was a long night', 'Everyone helped']), '," said ', Nf(), ', who lives on ', street(), '. ']); d.t('\n\n'); });
}
export function travelStory(d) {
  d.put(['Trip to ', country(), ' - ', look('date'), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    d.put(['Day ', int(1, 14), ': we took the ', pick(['night train', 'ferry', 'bus', 'early flight']), ' from ', placeLower(), ' to ', placeLower(), '. ', N(), ' had booked a room on ', street(), '. ']);
    if (chance(0.4)) d.put(['Booking ref ', look('order_number'), ', paid ', look('price'), ' with card ', card(), '. ']);
    if (chance(0.3)) d.put(['Our host ', N(), ' gave us her number, ', phone(), ', in case the keys did not work. ']);
    d.put(prose(int(1, 2))); d.t('\n\n');
  });
}
export function caseNotes(d) {
  const c = person();
  d.put(['Case ', look('ticket_id'), ' - client ', P('PERSON', c.full), '\nOpened ', look('date'), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    d.put([look('date'), ': Spoke with ', P('PERSON', c.first), ' by phone (', phone(), '). ', pick(['She', 'He', 'They']), ' has moved in with ', N(), ' at ', street(), ', ', city(), '. ']);
    if (chance(0.4)) d.put(['SSN on file ', ssn(), '; DOB ', dob(), '. ']);
    if (chance(0.3)) d.put(['Benefit payments go to ', iban(), '. ']);
    d.put(prose(int(1, 2))); d.t('\n\n');
  });
}
export function chat(d) {
  const ppl = [person(), person(), person()]; const handle = (p) => (/^[A-Za-zÀ-ÿ-]+$/.test(p.first) ? P('PERSON', p.first.toLowerCase()) : chance(0.5) ? P('PERSON', p.first) : 'user');
  d.fill(int(500, 3000), (d) => {
    const p = pick(ppl); d.put(['[', pad(int(8, 19), 2), ':', pad(int(0, 59), 2), '] ', handle(p), ': ']);
    const f = int(0, 9);
    if (f <= 1) d.put([proseSecret(), '\n']);
    else if (f === 2) d.put(['try this: ', cmdWithSecret(), '\n']);
    else if (f === 3) d.put([userPass(), '\n']);
    else if (f === 4) d.put(['ping ', P('PERSON', pick(ppl).first.toLowerCase()), ', are you still in ', placeLower(), '?\n']);
    else if (f === 5) d.put(['the placeholder in the template is ', look('placeholder'), ', not a real key\n']);
    else if (f === 6) d.put(['call ', N(), ' on ', phone(), ' if the deploy breaks\n']);
    else d.put(prose(1), '\n'), d.t('\n');
  });
}
export function emailDoc(d) {
  const a = person(), b = person();
  d.put(['From: ', P('PERSON', a.full), ' <', emailFor(a), '>\nTo: ', P('PERSON', b.full), ' <', emailFor(b), '>\nCc: ', email(), '\nDate: ', tsL(), '\nSubject: ', pick(['Re: access for the new contractor', 'Fwd: invoice ', 'credentials for the migration', 'Umzug / address change', 'Visit next week']), '\nMessage-ID: <', look('uuid'), '@mail.internal.example>\n\n']);
  d.put([pick(['Hi ', 'Hallo ', 'Bonjour ', 'Hola ', 'Dear ']), P('PERSON', b.first), ',\n\n']);
  d.fill(int(600, 3000), (d) => {
    const f = int(0, 5);
    if (f === 0) d.put([proseSecret(), '\n\n']);
    else if (f === 1) d.put(['Invoice ', look('invoice_number'), ' for ', look('price'), ' is attached; please wire it to ', iban(), ' (routing ', aba(), ').\n\n']);
    else if (f === 2) d.put(['My new address is ', street(), ', ', zip(), ' ', city(), ', and my mobile is ', phone(), '.\n\n']);
    else d.put(prose(int(1, 3)), '\n\n'), d.t('\n\n');
  });
  d.put(['Best,\n', P('PERSON', a.first), '\n', pick(COMPANIES), ' | ', phone(), '\n']);
}
export function supportTicket(d) {
  const c = person();
  d.put(['Ticket ', look('ticket_id'), ' | Priority: ', pick(['P1', 'P2', 'P3']), ' | Opened ', tsL(), '\nRequester: ', P('PERSON', c.full), ' (', emailFor(c), ')\nAccount: ', look('crm_id'), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    const f = int(0, 6);
    if (f === 0) d.put(['Customer says: "I was charged twice on my card ', card(), ', order ', look('order_number'), '."\n']);
    else if (f === 1) d.put(['Agent note: customer pasted their login to help debug - ', userPass(), ' - asked them to change it.\n']);
    else if (f === 2) d.put(['Customer: ', proseSecret(), '\n']);
    else if (f === 3) d.put(['Shipping to ', street(), ', ', city(), ', tracking ', look('tracking_number'), '.\n']);
    else if (f === 4) d.put(['Card on file: ', look('masked_card'), '; test card used in sandbox was ', look('vendor_test_card'), '.\n']);
    else d.put(['Agent note: ', prose(1), '\n']);
  });
}
export function crmExport(d) {
  d.t('id,first_name,last_name,email,phone,city,country,company,postcode,created\n');
  d.fill(int(600, 3600), (d) => { const p = person(); d.put([look('crm_id'), ',', P('PERSON', p.first), ',', P('PERSON', p.last), ',', emailFor(p), ',"', phone(), '",', city(), ',', country(), ',"', pick(COMPANIES), '",', zip(), ',', look('date'), '\n']); });
}
export function hrRecord(d) {
  const p = person();
  d.put(['EMPLOYEE RECORD - CONFIDENTIAL\nName: ', P('PERSON', p.full), '\nEmployee ID: ', look('crm_id'), '\nDate of birth: ', dob(), '\nHome address: ', street(), ', ', city(), ' ', zip(), '\nPersonal email: ', emailFor(p), '\nMobile: ', phone(), '\n']);
  d.put(['SSN: ', ssn(), '\nPassport: ', passport(), '\nDriver license: ', driverLicense(), '\n']);
  d.put(['Direct deposit: routing ', aba(), ', account ', bankAccount(), '\nEmergency contact: ', Nf(), ', ', phone(), '\n\nManager notes:\n']);
  d.fill(int(700, 3000), (d) => { d.put(['- ', look('date'), ': ', prose(1), '\n']); if (chance(0.3)) d.put(['- initial VPN password given at onboarding: ', S('USER_PASSWORD', humanPassword()), '\n']); });
}
export function medicalRecord(d) {
  const p = person(); const doc = person('en');
  d.put(['Patient: ', P('PERSON', p.full), '   DOB: ', dob(), '\nNHS number: ', nhs(), '\nAddress: ', street(), ', ', city(), '\nPhone: ', phone(), '\nAttending: Dr ', P('PERSON', doc.full), ' (DEA ', dea(doc.last), ')\n\n']);
  d.fill(int(700, 3200), (d) => {
    const f = int(0, 3);
    if (f === 0) d.put([look('date'), ' - seen in clinic. ', pick(['BP 128/84.', 'Reports improved sleep.', 'Follow-up in 6 weeks.']), ' Accompanied by ', N(), '.\n']);
    else if (f === 1) d.put(['Rx: ', pick(['oxycodone 5 mg', 'sertraline 50 mg', 'amoxicillin 500 mg']), ', prescriber DEA ', dea(), ', NHS ref ', chance(0.8) ? nhs() : look('invalid_nhs'), '\n']);
    else if (f === 2) d.put(['Referred from ', city(), ' by Dr ', Nf(), '. Lab order ', look('order_number'), '.\n']);
    else d.put(['Note: ', prose(1), '\n']);
  });
}
export function bankingRecord(d) {
  const p = person();
  d.put(['Account holder: ', P('PERSON', p.full), '\nIBAN: ', iban(), '\nUS account: ', bankAccount(), ' (ABA ', aba(), ')\nStatement period: ', look('date'), ' to ', look('date'), '\n\nDate        Description                              Amount\n']);
  d.fill(int(700, 3400), (d) => {
    const f = int(0, 4);
    d.put([look('date'), '  ']);
    if (f === 0) d.put(['SEPA transfer to ', Nf(), ' ', iban(), '  -', look('price'), '\n']);
    else if (f === 1) d.put(['Card payment ', card(), ' ', pick(COMPANIES), '  -', look('price'), '\n']);
    else if (f === 2) d.put(['BTC purchase to wallet ', crypto_(), '  -', look('price'), '\n']);
    else if (f === 3) d.put(['Returned: invalid beneficiary IBAN ', look('invalid_iban'), '  +', look('price'), '\n']);
    else d.put(['Salary ', pick(COMPANIES), ' ref ', look('invoice_number'), '  +', look('price'), '\n']);
  });
}
export function travelRecord(d) {
  d.put(['BOOKING CONFIRMATION ', str(UPPER, 6), '\n\n']);
  d.fill(int(700, 3200), (d) => {
    const p = person();
    d.put(['Passenger: ', P('PERSON', p.full.toUpperCase()), '\nPassport: ', passport(), chance(0.4) ? ['  US DL: ', driverLicense()] : '', '  Nationality: ', country(), '\nFlight ', pick(['LH', 'BA', 'AF', 'IB', 'NH']), int(100, 9999), ' ', city(), ' -> ', city(), ' on ', look('date'), '\nContact: ', phone(), ' / ', emailFor(p), '\nPaid with ', card(), ' (', look('price'), ')\nHotel: ', street(), ', ', city(), '\n\n']);
  });
}
export function taxRecord(d) {
  const p = person('en');
  d.put(['Form 1040 worksheet - tax year ', int(2023, 2025), '\nTaxpayer: ', P('PERSON', p.full), '   SSN: ', ssn(), '\nSpouse: ', Nf('es'), '   ITIN: ', itin(), '\nAddress: ', street(), ', ', city(), ' ', zip(), '\nRefund direct deposit: routing ', aba(), ' account ', bankAccount(), '\n\n']);
  d.fill(int(700, 3000), (d) => {
    const f = int(0, 3);
    if (f === 0) d.put(['Dependent: ', Nf(), ', ', pick(['ITIN ', 'SSN ']) === 'ITIN ' ? ['ITIN ', itin()] : ['SSN ', ssn()], ', DOB ', dob(), '\n']);
    else if (f === 1) d.put(['Preparer note: rejected SSN ', look('invalid_ssn'), ' on the W-2, corrected.\n']);
    else if (f === 2) d.put(['1099 from ', pick(COMPANIES), ': ', look('price'), ' (form id ', look('uuid'), ')\n']);
    else d.put(['Preparer portal login for ', P('PERSON', p.first), ': ', userPass(), '\n']);
  });
}
export function meetingNotes(d) {
  d.put(['Meeting notes - ', look('date'), '\nAttendees: ', Nf(), ', ', Nf(), ', ', N(), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    const f = int(0, 5);
    if (f === 0) d.put(['- ', N(), ' will fly to ', placeLower(), ' next week to meet the team from ', city(), '.\n']);
    else if (f === 1) d.put(['- Action (', N(), '): ', proseSecret(), '\n']);
    else if (f === 2) d.put(['- Release ', look('version'), ' blocked by ', look('ticket_id'), ' (', look('cve_id'), ').\n']);
    else if (f === 3) d.put(['- ', prose(1), '\n']);
    else d.put(['- Offsite: ', street(), ', ', city(), ' - contact ', N(), ' at ', phone(), '.\n']);
  });
}
export function wikiPage(d) {
  d.put(['= ', pick(['Onboarding', 'Runbook: database failover', 'Vendor access', 'Team directory']), ' =\n\nMaintainer: ', Nf(), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    const f = int(0, 5);
    if (f === 0) d.put(['* The shared staging login is ', userPass(), '\n']);
    else if (f === 1) d.put(['* To connect: ', '`', cmdWithSecret(), '`\n']);
    else if (f === 2) d.put(['* Do NOT use ', look('aws_example_key'), ' - it is the AWS docs example. Use ', look('env_reference'), '.\n']);
    else if (f === 3) d.put(['* Team: ', Nf(), ' (', city(), '), ', Nf(), ' (', city(), '), ', Nf(), ' (remote, ', country(), ')\n']);
    else if (f === 4) { const [k, v] = secretPair(); d.put(['* ', k, ' for the sandbox: ', v, '\n']); }
    else d.put(['* ', prose(1), '\n']);
  });
}
export function markdownDoc(d) {
  d.put(['# ', pick(['Setup', 'Local development', 'Integration guide', 'Deploying']), '\n\n']);
  d.fill(int(600, 3200), (d) => {
    const f = int(0, 5);
    if (f === 0) d.put(['```bash\n', cmdWithSecret(), '\n```\n\n']);
    else if (f === 1) d.put(['Set `API_KEY` to ', look('placeholder'), ' and `DB_PASSWORD` to ', look('env_reference'), '.\n\n']);
    else if (f === 2) d.put(['Test with card ', look('vendor_test_card'), ' (Luhn-invalid ', look('invalid_card'), ' should be rejected).\n\n']);
    else if (f === 3) d.put(['Questions: ', Nf(), ' <', email(), '>, ', phone(), '\n\n']);
    else if (f === 4) { const [k, v] = secretPair(); d.put(['```\n', k, '=', v, '\n```\n\n']); }
    else d.put(['Integrity: `', look('integrity'), '`\n\n']);
  });
}
export function cryptoDoc(d) {
  d.put(['Treasury wallet log\n\n']);
  d.fill(int(500, 2800), (d) => {
    const f = int(0, 3);
    if (f === 0) d.put(['withdrawal to ', crypto_(), ' approved by ', Nf(), ' tx ', look('hash'), '\n']);
    else if (f === 1) d.put(['hot wallet key: ', S('ETHEREUM_PRIVATE_KEY', KIND_MAP.ETHEREUM_PRIVATE_KEY[1]()), '\n']);
    else if (f === 2) d.put(['backup seed (', N(), ' has the paper copy): ', S('CRYPTO_SEED_PHRASE', KIND_MAP.CRYPTO_SEED_PHRASE[1]()), '\n']);
    else d.put(['deposit from ', crypto_(), ' at ', tsL(), '\n']);
  });
}
