// People documents: CRM exports, spreadsheets, tickets, emails, chats, HR/medical/banking records, notes.
import { T, sec, anySec, generic, passw, urlPass, plain, lk, inl, hostish, svc, isoTs, prose, LANGS, S, P, X, pick, chance, int, R } from './common.mjs';

const CTX = {
  pass: ['passport no.', 'Passport #', 'Reisepass-Nr.', 'travel document', 'PP', 'passeport n°', 'US passport', 'pasaporte', 'passport book number'],
  dl: ["driver's license", 'DL#', 'Führerschein', 'lic. no.', 'CDL', 'state DL', 'driving licence', 'licencia de conducir', 'operator license'],
  bank: ['acct', 'account #', 'checking account', 'Konto', 'DDA', 'savings acct no.', 'numero de cuenta', 'deposit to account', 'bank acct'],
  dea: ['DEA#', 'DEA reg.', 'prescriber DEA', 'DEA registration', 'Reg. no. (DEA)', 'DEA number', 'controlled-substance reg.'],
  ssn: ['SSN', 'social security no.', 'SS#', 'soc. sec.', 'Sozialversicherungsnr. (US)', 'TIN (SSN)'],
};
const c = (k) => pick(CTX[k]);
const SEPS = [', ', ' | ', '; ', ' · ', '\t'];

export function crmExport(d) {
  const t = T(d); const n = int(6, 10);
  t`${pick(['contact_id,full_name,email,phone,street,city,country,owner,last_touch', 'id;name;mail;tel;adresse;ville;pays;commercial;maj'])}\n`;
  const sep = d.parts[0].includes(';') ? ';' : ',';
  for (let i = 0; i < n; i++) {
    const nm = P.name(pick(P.CULTURES)); const cc = pick(P.ADDR_COUNTRIES); const a = P.address(cc).filter((x) => x.p);
    t`${lk('crm_id')}${sep}${{ p: 'PERSON', v: nm }}${sep}${{ p: 'EMAIL_ADDRESS', v: P.emailFor(nm) }}${sep}${P.phone()}${sep}"${a[0]}"${sep}"${a[1] || P.city()}"${sep}${a.at(-1)}${sep}${P.person('us', 'initial')}${sep}${lk('date')}\n`;
  }
}

export function spreadsheet(d) {
  const t = T(d); const v = pick(['guests', 'payroll', 'donors', 'roster']);
  if (v === 'guests') { t`,,,,\n`; for (let i = 0; i < int(7, 11); i++) t`${P.person()},${P.city()},${P.country()},${P.phone()},${lk('date')}\n`; }
  else if (v === 'payroll') { t`Mitarbeiter,IBAN,Betrag,Personalnr.,Monat\n`; for (let i = 0; i < int(6, 9); i++) t`${P.person(pick(['de', 'pl', 'tr', 'it', 'gr', 'ro', 'hu', 'cz']))},${P.iban(pick(['DE', 'AT', 'CH', 'NL', 'PL']))},${lk('price')},${{ w: 'employee_id', v: 'P' + R('d', 6) }},${lk('date')}\n`; }
  else if (v === 'donors') { for (let i = 0; i < int(6, 9); i++) { t`${P.person()}\t`; P.putAddress(d, undefined, ' / '); t`\t${P.mail()}\t${lk('price')}\t${chance(0.3) ? P.btc() : P.card()}\n`; } }
  else { t`team roster ${lk('date')}\n`; for (let i = 0; i < int(7, 11); i++) t`${P.person(pick(P.CULTURES), pick(['full', 'lastfirst', 'first']))} | ${P.phone()} | ${P.mail()} | ${lk('sku')}\n`; }
}

const TICKET_OPEN = {
  en: (s) => [`Hi support, our integration stopped working after we rotated credentials. The ${s} we use is `, `. Can you check?`],
  de: (s) => [`Hallo Support, seit gestern geht der Import nicht mehr. Unser ${s} lautet `, `. Bitte prüfen!`],
  fr: (s) => [`Bonjour, la synchro échoue depuis ce matin. Notre ${s} est `, `, merci de vérifier.`],
  es: (s) => [`Hola, el conector falla desde ayer. Nuestro ${s} es `, `. ¿Podéis revisarlo?`],
  pt: (s) => [`Olá, a integração parou. O nosso ${s} é `, `. Podem verificar?`],
  it: (s) => [`Buongiorno, il webhook non arriva più. Il nostro ${s} è `, `.`],
  nl: (s) => [`Hoi, de koppeling werkt niet meer. Ons ${s} is `, `.`],
  pl: (s) => [`Dzień dobry, integracja nie działa. Nasz ${s} to `, `.`],
};
const TICKET_NAMES = ['api_secret', 'client_secret', 'auth key', 'signing key', 'token', 'secret', 'api key', 'webhook secret', 'app secret', 'merchant key', 'access key', 'HMAC secret', 'partner token', 'integration password'];
export function ticket(d) {
  const t = T(d); const lang = pick(Object.keys(TICKET_OPEN)); const cust = P.name(pick(P.CULTURES)); const agent = P.latinName();
  t`Ticket ${lk('ticket_id')} · priority ${pick(['P1', 'P2', 'P3'])} · opened ${isoTs()}\nRequester: ${{ p: 'PERSON', v: cust }} <${P.mail()}> · ${P.phone()}\nCompany ref ${lk('crm_id')}\n\n`;
  const [a, b] = TICKET_OPEN[lang](pick(TICKET_NAMES)); t`${a}`; d.sec(plain(pick(['GENERIC_SECRET', 'GENERIC_CLIENT_SECRET', 'AUTH_KEY', 'SIGNING_KEY', 'GENERIC_TOKEN', 'WEBHOOK_SECRET', 'UNPREFIXED_RANDOM_TOKEN', 'GENERIC_API_KEY']))); t`${b}\n`;
  if (chance(0.6)) t`Also the admin login is ${pick(['admin', 'root', 'office'])} / ${plain(pick(['ADMIN_PASSWORD', 'USER_PASSWORD']))} if you need to look.\n`;
  t`\n--- ${{ p: 'PERSON', v: agent }} (Support) replied ${isoTs()}\nThanks! Please never send the ${pick(TICKET_NAMES)} in tickets; I rotated it. New one is in the vault (${lk('env_reference')}). Error id ${lk('request_id')}.\n`;
  if (chance(0.5)) { t`\n--- ${{ p: 'PERSON', v: cust }} replied\n`; prose(d, plain(), pick(LANGS)); t`\nShipping address for the replacement device: `; P.putAddress(d); t`\n`; }
  if (chance(0.5)) t`Identity check done: ${c('pass')} ${P.passport()}, ${c('dl')} ${P.driverLicense()}, refund to ${c('bank')} ${P.bankNumber()}.\n`;
  t`\nInternal note: customer called from ${P.phone()}, invoice ${lk('invoice_number')} (${lk('price')}).\n`;
}

export function email(d) {
  const t = T(d); const from = P.latinName(); const to = P.name(pick(P.CULTURES));
  t`From: ${{ p: 'PERSON', v: from }} <${{ p: 'EMAIL_ADDRESS', v: P.emailFor(from) }}>\nTo: ${{ p: 'PERSON', v: to }} <${P.mail()}>\nCc: ${P.mail()}\nDate: ${lk('date')}\nMessage-ID: <${lk('uuid')}@mail.corp.example>\nSubject: ${pick(['Zugangsdaten', 'credentials for the new server', 'Accès VPN', 'Re: onboarding', 'Datos de acceso', 'お知らせ'])}\n\n`;
  const v = pick(['onboard', 'wifi', 'travel', 'vendor']);
  if (v === 'onboard') { t`Hi ${{ p: 'PERSON', v: to.split(' ')[0] }},\n\nwelcome aboard! Your laptop login is ${pick(['j.doe', 'mmustermann', 'new.hire'])} and the initial password is ${plain('USER_PASSWORD')} – please change it on first login.\nVPN pre-shared key: ${plain('IPSEC_PSK')}\nYour desk is in our ${P.city()} office, `; P.putAddress(d); t`.\nIf anything breaks call ${P.phone()}.\n`; }
  else if (v === 'wifi') { t`Liebe Kolleginnen und Kollegen,\n\ndas Gäste-WLAN heißt ab Montag "${pick(['Besucher', 'Gast-5G', 'Visitors'])}", Passwort: ${plain('WIFI_PASSWORD')}\nDas interne Netz bleibt, neuer Schlüssel: ${plain('WIFI_PASSWORD')}\n\nBei Fragen: ${P.person('de')}, ${P.phone('DE')}\n`; }
  else if (v === 'travel') { t`Dear ${{ p: 'PERSON', v: to }},\n\nfor the visa letter we need your ${c('pass')} ${P.passport()} and date of birth. Hotel booked in ${P.city()}, ${P.country()}; reference ${lk('order_number')}.\nReimbursement goes to IBAN ${P.iban()} unless you tell us otherwise.\nYour ${c('dl')} ${P.driverLicense()} is needed for the rental car.\n`; }
  else { t`Hello,\n\nas discussed, here are the sandbox credentials for ${svc()}:\n  ${pick(['client_id', 'app id'])}: ${svc()}-${R('d', 5)}\n  ${pick(['client_secret', 'api_secret', 'secret'])}: ${plain(pick(['GENERIC_CLIENT_SECRET', 'GENERIC_SECRET']))}\n  ${pick(['signing key', 'webhook key'])}: ${plain('SIGNING_KEY')}\nProduction ${pick(['token', 'auth key'])}: ${plain()}\n\nBest, ${{ p: 'PERSON', v: from }}\n`; }
  t`\n--\n${{ p: 'PERSON', v: from }} · ${P.phone()} · `; P.putAddress(d); t`\n`;
}

export function chat(d) {
  const t = T(d); const people = Array.from({ length: 3 }, () => P.name(pick(P.CULTURES), 'first'));
  const fmt = pick(['slack', 'whatsapp', 'teams']);
  const line = (who) => fmt === 'whatsapp' ? t`[${int(1, 28)}.${int(1, 12)}.26, ${int(8, 23)}:${int(10, 59)}] ${{ p: 'PERSON', v: who }}: ` : fmt === 'slack' ? t`${{ p: 'PERSON', v: who }}  ${int(8, 23)}:${int(10, 59)}\n` : t`${isoTs()} ${{ p: 'PERSON', v: who }}: `;
  const n = int(6, 10);
  for (let i = 0; i < n; i++) {
    line(pick(people));
    const r = int(0, 9);
    if (r <= 2) prose(d, chance(0.3) ? plain('WIFI_PASSWORD') : chance(0.5) ? plain(pick(['USER_PASSWORD', 'ADMIN_PASSWORD', 'DATABASE_PASSWORD'])) : plain(), pick(LANGS));
    else if (r === 3) t`${pick(['meet you at', 'treffen uns in', 'on se voit à', 'nos vemos en'])} ${P.city()}, ${pick(['address', 'Adresse', 'adresse', 'dirección'])}: `, P.putAddress(d);
    else if (r === 4) t`${pick(['call', 'ruf an', 'appelle', 'llama a'])} ${P.person()} ${pick(['at', 'unter', 'au', 'al'])} ${P.phone()}`;
    else if (r === 5) t`${pick(['deploy', 'build'])} ${lk('build_number')} ${pick(['is green', 'ist durch', 'ok'])} (${lk('git_sha')})`;
    else if (r === 6) t`${pick(['ticket', 'order'])} ${pick([lk('ticket_id'), lk('order_number')])} ${pick(['done', 'erledigt', 'fait'])}, ${lk('price')}`;
    else if (r === 7) t`${P.person()} ${pick(['and', 'und', 'et', 'y'])} ${P.person()} ${pick(['are joining from', 'kommen aus', 'viennent de', 'vienen de'])} ${P.city()}`;
    else if (r === 8) t`${pick(['use the example key', "don't use"])} ${lk(pick(['aws_example_key', 'placeholder', 'vendor_test_card']))} ${pick(['in the docs', 'lol'])}`;
    else if (r === 9 && chance(0.4)) t`${pick(['my passport number is', 'Passnummer:', 'numéro de passeport :', 'pasaporte nº'])} ${P.passport()} ${pick(['and DL', 'und Führerschein', 'et permis', 'y licencia'])} ${P.driverLicense()}`;
    else t`${pick(['wifi for the offsite:', 'WLAN im Ferienhaus:', 'le wifi du gîte :', 'wifi de la casa:'])} ${plain('WIFI_PASSWORD')} ${pick(['(network ' + pick(['Casa', 'Haus', 'Gite']) + ')', ''])}`.t(''), 0;
    t`\n`;
  }
}

export function hrRecord(d) {
  const t = T(d); const cul = pick(P.CULTURES); const nm = P.name(cul);
  t`EMPLOYEE RECORD  ${lk('crm_id')}   printed ${lk('date')}\n\n${{ p: 'PERSON', v: nm }}\n`; P.putAddress(d, undefined, '\n'); t`\n${P.phone()}  /  ${P.mail()}\n\n`;
  t`${c('ssn')}: ${P.ssn()}    ${pick(['ITIN (spouse)', 'ITIN', 'dependent ITIN'])}: ${P.itin()}\n${c('pass')}: ${P.passport()}   ${c('dl')} (${pick(P.DL_STATES)}): ${P.driverLicense()}\nDirect deposit: routing ${lk('aba_routing')}, ${c('bank')} ${P.bankNumber()}\nEmergency contact: ${P.person(cul)} (${pick(['spouse', 'mother', 'brother', 'partner'])}) ${P.phone()}\nUK NHS no. (secondment): ${P.nhs()}
Manager: ${P.person()}   Start: ${lk('date')}   Salary band: ${lk('price')}\nNotes: relocated from ${P.city()}, ${P.country()}. Badge ${lk('sku')}.\n`;
  if (chance(0.4)) t`Old SSN on file was mistyped as ${lk('invalid_ssn')} (corrected).\n`;
}

export function medicalRecord(d) {
  const t = T(d); const pt = P.name(pick(P.CULTURES)); const doc = P.latinName();
  const last = doc.split(' ').at(-1)[0].toUpperCase();
  t`${pick(['DISCHARGE SUMMARY', 'Referral letter', 'Arztbrief', 'Prescription'])}\n\nPatient: ${{ p: 'PERSON', v: pt }}   NHS no. ${P.nhs()}   MRN ${lk('crm_id')}\nAddress: `; P.putAddress(d, pick(['GB', 'US', 'ZA', 'IN', 'NG'])); t`\nPhone ${P.phone()}  Next of kin: ${P.person()} ${P.phone()}\n\n`;
  t`Prescriber: Dr ${{ p: 'PERSON', v: doc }}, ${c('dea')} ${{ p: 'MEDICAL_LICENSE', v: P.deaValue(/[A-Z]/.test(last) ? last : 'X') }}\nCo-signed: Dr ${P.person()} ${c('dea')} ${P.dea()}\nSeen on ${lk('date')} at ${P.city()} clinic. Insurance ${c('ssn')} ${P.ssn()}.\nNHS number as first written (${lk('invalid_nhs')}) failed validation; corrected above.\nRx: amoxicillin 500 mg, lot ${lk('sku')}, ${lk('price')}\nFollow-up with ${P.person()} on ${lk('date')}.\n`;
}

export function banking(d) {
  const t = T(d); const nm = P.name(pick(P.CULTURES));
  t`${pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Extracto'])} ${lk('date')}\n${{ p: 'PERSON', v: nm }}, `; P.putAddress(d); t`\nIBAN ${P.iban()}   ${c('bank')} ${P.bankNumber()} (routing ${lk('aba_routing')})\n\n`;
  for (let i = 0; i < int(5, 8); i++) {
    const r = int(0, 4);
    if (r === 0) t`${lk('date')}  SEPA ${pick(['Gutschrift', 'transfer'])} ${P.person()} ${P.iban()}  ${lk('price')}\n`;
    else if (r === 1) t`${lk('date')}  CARD ${P.card()}  ${pick(['REWE', 'SNCF', 'Mercadona', 'Tesco'])} ${P.city()}  ${lk('price')}\n`;
    else if (r === 2) t`${lk('date')}  ${pick(['crypto withdrawal to', 'BTC payout'])} ${P.btc()}  ${lk('price')}\n`;
    else if (r === 3) t`${lk('date')}  rejected: IBAN ${lk('invalid_iban')} invalid\n`;
    else t`${lk('date')}  refund card ${lk('invalid_card')} (not accepted)  ${lk('price')}\n`;
  }
  t`\nOnline banking: user ${R('d', 8)}, ${pick(['password', 'PIN/Passwort', 'mot de passe'])} noted by customer as ${plain('BANKING_ONLINE_PASSWORD')}\nContact: ${P.phone()} / ${P.mail()}\nLinked wallet: ${P.btc()}\n`;
}

export function notes(d) {
  const t = T(d); const lang = pick(LANGS);
  t`${pick(['Notizen', 'notes.txt', 'Mémo', 'Apuntes', 'メモ', 'Заметки'])} – ${lk('date')}\n\n- `; prose(d, plain('WIFI_PASSWORD'), lang, 'wifi'); t`\n- `; prose(d, plain(pick(['ROUTER_ADMIN_PASSWORD', 'USER_PASSWORD', 'BANKING_ONLINE_PASSWORD'])), pick(LANGS), 'password'); t`\n- ${P.person()} ${P.phone()}\n- ${P.person()} ${P.phone()}\n- `; P.putAddress(d); t`\n- ${pick(['Ferienhaus', 'Airbnb', 'gîte'])}: `; P.putAddress(d); t` (${lk('coordinates')})\n- router MAC ${lk('mac_address')}, ${pick(['WPS-PIN', 'serial'])} ${lk('order_number')}\n- ${pick(['Netflix', 'Disney+', 'Spotify'])}: ${P.mail()} / ${plain('USER_PASSWORD')}\n`;
  if (chance(0.5)) t`- TOTP backup seed: ${sec('TOTP_SEED')}\n`;
}

// identity verification / KYC: the hard US entities with varied context words, in fields and in prose
export function kycForm(d) {
  const t = T(d); const nm = P.name(pick(P.CULTURES)); const dl = P.driverLicense();
  t`${pick(['KYC review', 'Identity verification', 'Onboarding checklist', 'Verificación de identidad', 'Vérification d’identité'])} ${lk('ticket_id')} — ${lk('date')}\n\n`;
  t`Applicant ${{ p: 'PERSON', v: nm }} ${pick(['presented', 'uploaded', 'showed at the counter', 'sent a scan of'])} ${pick(['a US passport', 'passport book', 'their passport', 'the passport'])} ${P.passport()} ${pick(['and a', 'plus a', 'together with a'])} ${dl.st} ${pick(["driver's license", 'DL', 'license', 'state ID card (DL format)'])} ${dl}.\n`;
  t`${pick(['Funds will be wired from', 'Initial deposit comes from', 'Payroll lands in'])} ${pick(['checking', 'savings', 'brokerage'])} ${pick(['account', 'acct', 'a/c'])} ${P.bankNumber()} (ABA ${lk('aba_routing')}).\n`;
  t`${pick(['Tax id provided:', 'TIN on W-9:', 'Their SSN is', 'SSN last verified:'])} ${P.ssn()}; ${pick(['spouse uses ITIN', 'ITIN for the co-applicant:', 'dependent ITIN'])} ${P.itin()}.\n`;
  t`Reached at ${P.phone()} and ${P.mail()}; lives at `; P.putAddress(d); t`.\n\n`;
  t`| check | value | result |\n|---|---|---|\n| ${c('pass')} | ${P.passport()} | ${pick(['match', 'ok', 'expired'])} |\n| ${c('dl')} | ${P.driverLicense()} | ${pick(['match', 'ok'])} |\n| ${c('bank')} | ${P.bankNumber()} | micro-deposit ${lk('price')} |\n| ${c('ssn')} | ${lk('invalid_ssn')} | invalid format, re-requested |\n| IP at signup | ${P.ip()} | ${P.city()} |\n`;
  if (chance(0.5)) t`| wallet | ${P.btc()} | screened |\n| card on file | ${P.card()} | 3DS ok |\n`;
  t`\nReviewer: ${P.person()} · second reviewer ${P.person()}\n`;
}
