// blind13 human-text document kinds: CRM, tickets, email, chat, HR/medical/banking/travel/tax records, docs, notes, wiki, narratives.
import { A, str, int, pick, chance, words, pad, S, P, Doc, seq, fill, jesc } from './lib.mjs';
import { secret, byEntity, noPrefix, chosenPassword, humanPassword } from './secrets.mjs';
import { person, personName, firstName, email, emailStr, phone, clientIP, city, country, region, street, streetLine, card, iban, ssn, itin, passport, driverLicense, bankNumber, dea, nhs, btc, cityName } from './pii.mjs';
import { look } from './lookalikes.mjs';

const lowerCity = () => city(chance(0.3));
const dob = () => pick([`19${int(40, 99)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/19${int(40, 99)}`]);
// secrets written in human prose, several languages
const PROSE_SECRET = [
  (m) => seq`the new key for staging is ${m}, please don't paste it in the channel`,
  (m) => seq`passwd for the box: ${m}`,
  (m) => seq`FYI rotated it, now it's ${m}`,
  (m) => seq`der neue Schlüssel für staging ist ${m}`,
  (m) => seq`Passwort für den Server lautet ${m} (bitte nach dem Login ändern)`,
  (m) => seq`le mot de passe du serveur : ${m}`,
  (m) => seq`voici le jeton pour l'API de prod : ${m}`,
  (m) => seq`la clave nueva de producción es ${m}`,
  (m) => seq`a senha do banco é ${m}, troca depois`,
  (m) => seq`la password del db è ${m}`,
  (m) => seq`het wachtwoord voor de VPN is ${m}`,
  (m) => seq`hasło do panelu: ${m}`,
  (m) => seq`ステージングの新しいキーは ${m} です`,
  (m) => seq`новый токен для прода: ${m}`,
  (m) => seq`use ${m} as the client secret until Friday`,
  (m) => seq`token -> ${m}`,
];
export const proseSecret = () => { const s = chance(0.6) ? noPrefix() : chance(0.5) ? { m: chosenPassword() } : secret(); return pick(PROSE_SECRET)(s.m); };
// free-running prose sentences with names and places not next to a label
const SENT = [
  () => seq`After lunch ${person()} drove down to ${lowerCity()} with ${person()} to look at the warehouse.`,
  () => seq`${person()} said the shipment left ${city()} on Tuesday and should reach ${city()} by the weekend.`,
  () => seq`We met ${person()} at a café near ${street()} in ${city()}; she now lives at ${street()}.`,
  () => seq`Apparently ${person({ lower: true })} moved back to ${country(chance(0.3))} last spring and is working from ${lowerCity()}.`,
  () => seq`The flight from ${city()} was delayed, so ${person()} took the night train through ${region()} instead.`,
  () => seq`Residents of ${lowerCity()} told ${person()} that the bridge near ${street()} had been closed since March.`,
  () => seq`${person()} and ${person()} spent a week hiking in ${region()} before flying home to ${country()}.`,
  () => seq`Call ${person()} on ${phone()} if the courier can't find ${street()}.`,
  () => seq`My cousin ${person()} (you can reach her at ${phone()}) runs a small bakery just outside ${lowerCity()}.`,
  () => seq`According to ${person()}, the new office on ${street()} opens in ${lowerCity()} next month.`,
  () => seq`${person()} wrote from ${city()}: the hotel on ${street()} was lovely, and ${person()} joined us from ${city()}.`,
  () => seq`Der Kunde ${person({ culture: 'de' })} aus ${city()} hat angerufen, Rückruf unter ${phone('DE')}.`,
  () => seq`${person({ culture: 'fr' })} habite maintenant au ${street('fr')} à ${lowerCity()}.`,
  () => seq`${person({ culture: 'es' })} vive en ${street('es')}, ${city()}, y su móvil es ${phone('ES')}.`,
  () => seq`${person({ culture: 'jaS' })}さんは${city()}から来ました。電話は${phone('JP')}です。`,
  () => seq`${person({ culture: 'ruS' })} переехал в ${city()} и оставил номер ${phone()}.`,
  () => seq`Email ${email()} or ring ${phone()} — ${person()} is covering for ${person()} this week.`,
  () => seq`On the way to ${lowerCity()}, ${person({ lower: true })} stopped in ${lowerCity()} to pick up ${person()}.`,
];
export const sentence = () => pick(SENT)();
const para = (c, n = int(2, 4)) => { for (let i = 0; i < n; i++) c.put(sentence()).put(' '); c.put('\n\n'); };

export function crmExport(d) {
  d.put('id,full_name,email,phone,street,city,country,company,zip,last_order,total,created\n');
  fill(d, int(600, 3400), (c) => { const n = personName(); c.f`${look('crm_id')},"${P('PERSON', n)}",${email(n)},${phone()},"${street()}",${city()},${country()},"${pick(['Blue Fern Ltd', 'Nordhaus GmbH', 'Kumo KK', 'Solaria SA'])}",${pad(int(1000, 99999), 5)},${look('order_number')},${look('price')},${look('date')}\n`; });
}
export function ticket(d) {
  const cust = personName();
  d.f`Ticket ${look('ticket_id')} — ${pick(['Cannot log in', 'Refund request', 'Card charged twice', 'Access to shared drive', 'VPN broken'])}\nRequester: ${P('PERSON', cust)} <${email(cust)}>\nOpened: ${look('timestamp')}\n\n`;
  fill(d, int(500, 3000), (c) => {
    const r = int(0, 5);
    if (r === 0) c.f`Customer: Hi, my card ${card()} was charged ${look('price')} twice for order ${look('order_number')}. I live at ${street()}, ${lowerCity()}. Phone ${phone()}.\n\n`;
    else if (r === 1) c.f`Agent ${person({ first: true })}: I reset your account; temporary password is ${chosenPassword()} — change it after login.\n\n`;
    else if (r === 2) c.f`Internal note: ${proseSecret()}. Escalated to ${person()}.\n\n`;
    else if (r === 3) c.f`Customer: the test card ${look('vendor_test_card')} works but my real one ending ${look('masked_card')} fails. Refund to ${iban()} please.\n\n`;
    else if (r === 4) { c.put('Agent: '); para(c, 2); }
    else c.f`Logs show login attempts from ${clientIP()} and ${clientIP()} (request ${look('request_id')}).\n\n`;
  });
}
export function emailDoc(d) {
  const a = personName(), b = personName();
  d.f`From: ${P('PERSON', a)} <${email(a)}>\nTo: ${P('PERSON', b)} <${email(b)}>\nDate: ${look('timestamp')}\nSubject: ${pick(['Re: credentials for the partner API', 'trip next week', 'Fwd: invoice', 'handover', 'Quick favour'])}\nMessage-ID: <${look('uuid')}@mail.corp.example>\n\n`;
  d.put(`Hi ${pick(['there', 'all', 'team'])},\n\n`);
  fill(d, int(500, 3000), (c) => { if (chance(0.35)) c.put(proseSecret()).put('.\n\n'); else para(c); }, 120);
  d.f`Best,\n${P('PERSON', a)}\n${phone()}\n`;
}
export function chat(d) {
  const people = [personName({ first: true }), personName({ first: true }), personName({ first: true })];
  fill(d, int(400, 3000), (c) => {
    const who = pick(people); c.f`[${look('timestamp')}] ${P('PERSON', who)}: `;
    const r = int(0, 5);
    if (r <= 1) c.put(sentence());
    else if (r === 2) c.put(proseSecret());
    else if (r === 3) c.f`can someone check ${look('request_id')}? customer is ${person()} from ${lowerCity()}`;
    else if (r === 4) c.f`user: ${pick(['jdoe', 'admin', 'm.rossi', 'kenji'])} / pw: ${chosenPassword()}`;
    else c.f`lol ok, ping me at ${phone()} if ${pick(['prod', 'the build', 'the VPN'])} breaks again`;
    c.put('\n');
  });
}
export function hrRecord(d) {
  const n = personName();
  d.f`EMPLOYEE RECORD — CONFIDENTIAL\nName: ${P('PERSON', n)}\nEmployee ID: ${look('employee_id')}\nDate of birth: ${dob()}\nHome address: ${street()}, ${city()}, ${country()}\nPhone: ${phone()}\nPersonal email: ${email(n)}\nSSN: ${ssn()}\nPassport: ${passport()}\nDriver license: ${driverLicense()}\nDirect deposit: account ${bankNumber()}, routing ${pick(['021000021', '026009593'])}\nIBAN (EU payroll): ${iban()}\nEmergency contact: ${person()} (${phone()})\n\nManager notes:\n`;
  fill(d, int(800, 2800), (c) => para(c, 2));
}
export function medicalRecord(d) {
  const n = personName({ culture: pick(['en', 'in', 'ng', 'pl', 'ar']) });
  d.f`Patient: ${P('PERSON', n)}\nNHS number: ${nhs()}\nDOB: ${dob()}\nAddress: ${street('en')}, ${city()}\nGP: Dr ${person({ culture: 'en' })}  DEA ${dea()}\nPrescriber phone: ${phone('GB')}\n\nCase notes:\n`;
  fill(d, int(700, 2800), (c) => {
    if (chance(0.3)) c.f`Referred to Dr ${person()} (DEA ${dea()}); old NHS no. on file ${look('invalid_nhs')} rejected by the spine; current ${nhs()}.\n`;
    if (chance(0.3)) c.f`Carer ${person()} (NHS ${nhs()}) drives her in; licence ${driverLicense()}.\n`;
    else para(c, 2);
  });
}
export function banking(d) {
  const n = personName();
  d.f`Statement for ${P('PERSON', n)} — ${street()}, ${city()}\nAccount: ${bankNumber()}  IBAN: ${iban()}\nCard: ${card()}\n\nDate        Description                         Amount\n`;
  fill(d, int(700, 3200), (c) => { const r = int(0, 4); if (r === 0) c.f`${look('date')}  SEPA transfer to ${person()} ${iban()}  -${look('price')}\n`; else if (r === 1) c.f`${look('date')}  Card ${card()} at ${pick(['Kumo Mart', 'Solaria', 'Café Lune'])} ${lowerCity()}  ${look('price')}\n`; else if (r === 2) c.f`${look('date')}  BTC purchase to ${btc()}  ${look('price')}\n`; else if (r === 3) c.f`${look('date')}  Rejected transfer ${look('invalid_iban')} ref ${look('uuid')}\n`; else c.f`${look('date')}  ITIN refund for ${person()} (${itin()})  ${look('price')}\n`; });
}
export function travel(d) {
  const n = personName();
  d.f`Itinerary for ${P('PERSON', n)} (passport ${passport()})\nBooking ${look('order_number')}, contact ${phone()} / ${email(n)}\n\n`;
  fill(d, int(600, 3000), (c) => { if (chance(0.5)) c.f`Day ${int(1, 14)}: ${city()} → ${lowerCity()}, hotel at ${street()}. Guide: ${person()} (${phone()}). Coordinates ${look('coordinates')}.${chance(0.4) ? seq` Car hire on licence ${driverLicense()}.` : ''}\n`; else para(c, 2); });
}
export function tax(d) {
  const n = personName({ culture: 'en' }), s = personName({ culture: pick(['es', 'in', 'zh', 'en']) });
  d.f`Form 1040 worksheet (${int(2021, 2025)})\nTaxpayer: ${P('PERSON', n)}  SSN ${ssn()}\nSpouse: ${P('PERSON', s)}  ITIN ${itin()}\nAddress: ${street('us')}, ${city()}\nRefund to account ${bankNumber()} routing ${pick(['011000015', '121000358'])}\nPreparer: ${person()}  ${phone('US')}\n\n`;
  fill(d, int(600, 2400), (c) => c.f`Dependent: ${person()}  SSN ${chance(0.75) ? ssn() : look('invalid_ssn')}  DOB ${dob()}\n`);
}
export function markdownDoc(d) {
  d.f`# ${pick(['Onboarding', 'Runbook: rotate partner keys', 'Local setup', 'Release process'])}\n\nMaintainer: ${person()} (${email()})\n\n`;
  fill(d, int(600, 3200), (c) => {
    const r = int(0, 4);
    if (r === 0) c.f`## Example\n\n\`\`\`bash\nexport API_KEY=${look('placeholder')}\ncurl -H "X-Api-Key: $API_KEY" https://api.corp.example/v1/ping\n\`\`\`\n\n`;
    else if (r === 1) c.f`> NOTE: the shared ${pick(['staging', 'demo', 'sandbox'])} credentials are \`${pick(['admin', 'demo', 'qa'])}\` / \`${chosenPassword()}\` until ${look('date')}.\n\n`;
    else if (r === 2) c.f`| env | key |\n|---|---|\n| dev | \`${look(pick(['placeholder', 'env_reference', 'masked_secret']))}\` |\n| prod | \`${noPrefix().m}\` |\n\n`;
    else if (r === 3) c.f`Pinned to ${look('version')} (${look('git_sha')}), image ${look('digest')}.\n\n`;
    else para(c, 2);
  });
}
export function meetingNotes(d) {
  d.f`Meeting notes — ${look('date')}\nAttendees: ${person()}, ${person()}, ${person({ lower: true })}, ${person()}\n\n`;
  fill(d, int(700, 3200), (c) => { c.put('- '); if (chance(0.2)) c.put(proseSecret()).put('\n'); else { c.put(sentence()); c.put(' '); c.put(sentence()); c.put('\n'); } });
}
export function wiki(d) {
  d.f`== ${pick(['Regional offices', 'Vendor contacts', 'On-call rota', 'Field team'])} ==\n\n`;
  fill(d, int(700, 3200), (c) => { if (chance(0.4)) c.f`* ${city()} office — ${street()}; lead: ${person()}, ${phone()}, ${email()}\n`; else { c.put(sentence()); c.put('\n'); } });
}
export function narrative(d) {
  const kind = pick(['news', 'travel', 'case']);
  d.put(kind === 'news' ? `${pick(['Local', 'Regional', 'City'])} desk\n\n` : kind === 'travel' ? 'Travel diary\n\n' : 'Case notes (social services)\n\n');
  fill(d, int(800, 3600), (c) => para(c, int(2, 4)));
}
void S; void Doc; void jesc; void byEntity; void humanPassword; void emailStr; void streetLine; void firstName; void cityName; void A; void str; void words; void region;
