// blind7 documents with people in them: chats, CRM exports, tickets, emails, HR, medical, banking, API answers.
import { F, S, L, P, flat, mapFrag, jesc, pick, ri, chance, shuffle, hex, digits, pad, b62, lowerNum } from './lib.mjs';
import { LK, sec, keyFor, nextKind, conn, apiTok, kvPair } from './common.mjs';
import * as PI from './pii.mjs';

const csvq = (t) => (/[",\n]/.test(t.v) ? F`"${{ ...t, v: t.v.replace(/"/g, '""') }}"` : t);

const devChat = () => pick([
  () => F`hey can you try with my key? ${apiTok()} — it's the staging one`,
  () => F`ok pasting the token here bc vault is down: ${apiTok()} (will rotate after)`,
  () => F`lol that's the docs example (${LK.awsExample()}), not ours`,
  () => F`the build is ${LK.gitSha(8)}, image ${LK.digest()}`,
  () => F`use \`${LK.placeholder()}\` in the README, never the real one`,
  () => F`prod db is ${conn()} if you need it for the migration`,
  () => F`Schau mal, der Schlüssel ist ${apiTok()} – bitte nicht weitergeben`,
  () => F`Te paso la contraseña del servidor: ${sec(pick(['ADMIN_PASSWORD', 'FTP_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD']))}`,
  () => F`本番のトークンです：${apiTok()} 後でローテーションします`,
  () => F`voici la clé API : ${apiTok()} (expire fin du mois)`,
  () => F`rotated, the old one was ${LK.redacted()}`,
  () => F`customer ${PI.latinPerson()} from ${PI.city()} called again, number ${PI.phone()}`,
  () => F`refund for ${LK.orderNo()} is ${LK.price()}, card on file ends ${LK.redacted()}`,
  () => F`can someone email ${PI.email()} about the outage?`,
  () => F`request ${LK.reqId()} failed from ${PI.ip()}`,
  () => F`meeting moved to ${LK.date()}`,
]);
const who = () => pick(['anna.k', 'dmitri', 'ops-bot', 'yuki', 'rahul.i', 'carla', 'ngozi', 'tomasz', 'léa']);
export const chat = [
  () => F`${Array.from({ length: ri(4, 7) }, () => F`[${pad(ri(8, 19), 2)}:${pad(ri(0, 59), 2)}] <${who()}> ${devChat()()}\n`)}`,
  () => F`{"messages":[${Array.from({ length: ri(4, 6) }, (_, i) => F`${i ? ',' : ''}\n  {"user": "U${b62(10).toUpperCase()}", "ts": "${ri(1760000000, 1790000000)}.${digits(6)}", "text": "${mapFrag(devChat()(), jesc)}"}`)}\n]}\n`,
  () => F`${PI.latinPerson()} (${LK.date()}): ${devChat()()}\n${PI.latinPerson()}: ${devChat()()}\n${PI.person()}: ${devChat()()}\n${PI.latinPerson()}: ${devChat()()}\n`,
  () => F`Teams export — #payments-oncall\n${who()}: wallet for the refund: ${PI.btc()}\n${who()}: the customer is ${PI.person()}, passport no. ${PI.passport()} on the KYC form\n${who()}: ${devChat()()}\n${who()}: tax id (ITIN) they gave: ${PI.itin()}, and the card they verified with ${PI.card()}\n${who()}: SSN on the old account ${PI.ssn()}, flagged\n${who()}: ${devChat()()}\n`,
];

const crmRow = () => { const n = PI.latinName(); return F`${LK.crmId()},${csvq(P('PERSON', n))},${PI.emailFor(n)},${csvq(PI.phone())},${csvq(PI.city())},${LK.date()},${LK.price()}\n`; };
export const crm_export = [
  () => F`id,name,email,phone,city,created,lifetime_value\n${Array.from({ length: ri(3, 6) }, crmRow)}`,
  () => F`Kunden-Nr;Name;E-Mail;Telefon;IBAN;Ort\n${Array.from({ length: ri(4, 7) }, () => { const n = PI.latinName(); return F`${LK.crmId()};${P('PERSON', n)};${PI.emailFor(n)};${PI.phone()};${chance(0.75) ? PI.iban() : LK.invalidIban()};${PI.city()}\n`; })}`,
  () => F`contact_id\tfull_name\twork_email\tmobile\tcountry\tlast_order\n${Array.from({ length: ri(4, 8) }, () => { const n = PI.personName(); return F`${LK.crmId()}\t${P('PERSON', n)}\t${PI.email()}\t${PI.phone()}\t${PI.country()}\t${LK.orderNo()}\n`; })}`,
  () => F`[\n${Array.from({ length: ri(3, 5) }, (_, i) => { const n = PI.latinName(); return F`${i ? ',\n' : ''}  {"hs_object_id": "${LK.crmId()}", "firstname_lastname": "${P('PERSON', n)}", "email": "${PI.emailFor(n)}", "phone": "${PI.phone()}", "ip": "${PI.ip()}", "address": "${PI.street()}", "lead_score": ${ri(1, 100)}}`; })}\n]\n`,
];

const sig = () => pick(['Best regards', 'Mit freundlichen Grüßen', 'Saludos cordiales', 'Cordialement', 'よろしくお願いいたします', 'Atenciosamente', 'Pozdrawiam']);
export const ticket = [
  () => F`Ticket #${ri(10000, 99999)} — ${pick(['Double charge', 'Cannot log in', 'Refund request', 'Address change'])}\nRequester: ${PI.latinPerson()} <${PI.email()}>\nPhone: ${PI.phone()}\nCreated: ${LK.ts()}\n\nHi, I was charged twice for order ${LK.orderNo()} (${LK.price()}). The card is ${PI.card()}, exp ${pad(ri(1, 12), 2)}/${ri(27, 31)}. I live in ${PI.city()} and the parcel ${LK.tracking()} never arrived.\n\n--- agent note ---\nVerified identity with last 4 of SSN. Full SSN pasted by customer: ${PI.ssn()}. Please purge.\n`,
  () => F`Ticket ${LK.crmId()}\nDe: ${PI.person('es')} <${PI.email()}>\nAsunto: Cambio de cuenta bancaria\n\nHola, quiero cambiar mi cuenta para los cobros. Mi nuevo IBAN es ${PI.iban()} (el anterior ${LK.invalidIban()} estaba mal). Vivo en ${PI.city()}, mi móvil es ${PI.phone()}.\n${sig()},\n`,
  () => F`Zendesk #${ri(100000, 999999)} [priority: high]\nCustomer ${PI.latinPerson()} reports unauthorised withdrawals to BTC address ${PI.btc()}. Their own address is ${PI.btc()}. Login IPs: ${PI.ip()}, ${PI.ip()}.\nAttached screenshot shows card ${PI.card()} and a test card ${LK.testCard()} from the sandbox; the card number typed in the chat (${LK.invalidCard()}) fails the checksum.\nAgent: ${PI.latinPerson()}\n`,
  () => F`件名: 配送先の変更\nお客様: ${PI.person('ja')} 様\nメール: ${PI.email()}\n電話: ${PI.phone()}\n住所: ${P('LOCATION', pick(['東京都渋谷区神南1-2-3', '大阪府大阪市北区梅田3-1-1', '福岡市中央区天神2丁目']))}\n注文番号: ${LK.orderNo()}\n問い合わせID: ${LK.reqId()}\n`,
  () => F`Issue: API returns 500 for customer ${LK.crmId()}\nReporter: ${PI.email()}\nSteps: POST /v1/payouts with body {"account_number": "${PI.bankNumber()}", "routing": "0${digits(8)}", "holder": "${PI.latinPerson()}", "ssn": "${PI.ssn('-')}"}\nExpected 200, got 500 (trace ${LK.reqId()}). Workaround: none. Customer tax id on file: ${PI.itin()}\n`,
];

export const email = [
  () => F`From: ${PI.latinPerson()} <${PI.email()}>\nTo: ${PI.email()}\nDate: ${LK.date()}\nSubject: ${pick(['Re: onboarding paperwork', 'Payment details', 'Travel booking'])}\n\nHi ${PI.latinPerson()},\n\nAs discussed, my passport number is ${PI.passport()} and my SSN is ${PI.ssn()}. You can reach me at ${PI.phone()} or at home: ${PI.street()}, ${PI.city()}.\nPlease wire the deposit to ${PI.iban()}. For the W-9 my ITIN was ${PI.itin()} before I got the SSN.\n\n${sig()},\n${PI.latinPerson()}\n`,
  () => F`Von: ${PI.person('de')} <${PI.email()}>\nAn: ${P('EMAIL_ADDRESS', 'buchhaltung@acme.example')}\nBetreff: Rechnung ${LK.invoice()}\n\nSehr geehrte Damen und Herren,\n\nanbei die Rechnung über ${LK.price()}. Bitte überweisen Sie den Betrag auf ${PI.iban()}. Bei Rückfragen erreichen Sie mich unter ${PI.phone()}.\n\nMit freundlichen Grüßen\n${PI.person('de')}\n${PI.street()}, ${PI.city()}\n`,
  () => F`De : ${PI.person('fr')} <${PI.email()}>\nObjet : Remboursement\n\nBonjour,\nJe vous envoie mon numéro de carte ${PI.card()} pour le remboursement de la commande ${LK.orderNo()}. Mon adresse : ${PI.street()}, ${PI.city()}.\nTél : ${PI.phone()}\nCordialement,\n${PI.person('fr')}\n`,
  () => F`From: ${P('EMAIL_ADDRESS', 'it-support@acme.example')}\nTo: ${PI.email()}\nSubject: Your temporary credentials\n\nHello ${PI.latinPerson()},\n\nYour VPN account has been created. Temporary password: ${sec(pick(['ADMIN_PASSWORD', 'LDAP_BIND_PASSWORD']))}\nYour API token for the reporting portal: ${apiTok()}\nPlease change it at first login. Ticket ref ${LK.reqId()}.\n`,
  () => F`From: ${PI.person('pt')} <${PI.email()}>\nAssunto: Dados para pagamento\n\nOlá! Segue o meu cartão ${PI.card()} e o endereço ${PI.street()}, ${PI.city()}. Celular ${PI.phone()}. Se preferir, pode pagar em bitcoin: ${PI.btc()}\nAbraço,\n${PI.person('pt')}\n`,
];

export const hr = [
  () => { const n = PI.latinName(); return F`EMPLOYEE RECORD — CONFIDENTIAL\nName: ${P('PERSON', n)}\nEmployee ID: E${digits(6)}\nWork email: ${PI.emailFor(n, 'acme-corp.example')}\nPersonal phone: ${PI.phone()}\nHome address: ${PI.street()}, ${PI.city()}\nSSN: ${PI.ssn()}\nPassport: ${PI.passport()} (exp. ${LK.date()})\nDriver license: ${PI.driverLicense()}\nBank account (payroll): ${PI.bankNumber()}\nStart date: ${LK.date()}\nSalary band: ${LK.price()}\n`; },
  () => F`W-7 / ITIN intake checklist\nApplicant: ${PI.person()}\nITIN: ${PI.itin()}\nSpouse ITIN: ${PI.itin()}\nCountry of citizenship: ${PI.country()}\nForeign passport: on file; US visa passport no. ${PI.passport()}\nContact: ${PI.email()} / ${PI.phone()}\nNote: the form sample used ${LK.invalidSsn()} as a dummy, ignore it.\n`,
  () => F`name,ssn,itin,passport,email\n${Array.from({ length: ri(3, 5) }, () => { const n = PI.latinName(); return F`${csvq(P('PERSON', n))},${chance(0.8) ? PI.ssn('-') : LK.invalidSsn()},${PI.itin()},${PI.passport()},${PI.emailFor(n)}\n`; })}`,
  () => F`Relocation request\nEmployee: ${PI.person()}\nFrom: ${PI.city()} → To: ${PI.city()}\nNew phone: ${PI.phone()}\nSSN (payroll): ${PI.ssn()}\nPassport number for the visa: ${PI.passport()}\nExpense card: ${PI.card()}\nApproved by ${PI.latinPerson()} on ${LK.date()}\n`,
];

export const medical = [
  () => { const dr = PI.latinName(); return F`PRESCRIPTION\nPrescriber: Dr. ${P('PERSON', dr)}  DEA# ${PI.dea(PI.lastNameOf(dr))}\nPatient: ${PI.person()}  DOB 19${ri(40, 99)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}\nAddress: ${PI.street()}, ${PI.city()}\nPhone: ${PI.phone()}\nRx: ${pick(['Oxycodone 5 mg', 'Adderall XR 20 mg', 'Lorazepam 1 mg'])} #${ri(10, 60)}\nRefills: ${ri(0, 2)}\nNDC ${digits(5)}-${digits(3)}-${digits(2)} (product code, not a patient id)\n`; },
  () => F`Discharge summary — ${pick(['St. Mary', 'Klinikum Nord', 'Hospital Central'])}\nPatient: ${PI.person()}   NHS number: ${PI.nhs()}\nAttending: Dr. ${PI.latinPerson()} (DEA ${PI.dea()})\nReferring: Dr. ${PI.latinPerson()} (DEA ${PI.dea()})\nNext of kin: ${PI.person()}, ${PI.phone()}\nInsurance member id: ${LK.crmId()}\nFollow-up: ${LK.date()}\n`,
  () => F`provider_name,dea_number,npi,email,phone\n${Array.from({ length: ri(3, 5) }, () => { const n = PI.latinName(); return F`${csvq(P('PERSON', n))},${PI.dea(PI.lastNameOf(n))},${digits(10)},${PI.emailFor(n, 'clinic-north.example')},${csvq(PI.phone())}\n`; })}`,
  () => F`Pharmacy audit log\n${Array.from({ length: ri(3, 5) }, () => F`${LK.ts()} dispensed by ${PI.dea()} for patient ${PI.latinPerson()} at terminal ${PI.ip()}\n`)}`,
];

export const banking = [
  () => F`STATEMENT ${LK.date()}\nAccount holder: ${PI.latinPerson()}\nIBAN: ${PI.iban()}\nAddress: ${PI.street()}, ${PI.city()}\n\nDate        Description                         Amount\n${Array.from({ length: ri(3, 6) }, () => F`${LK.date()}  ${pick(['SEPA transfer to', 'Card payment', 'Refund from'])} ${pick([() => PI.iban(), () => LK.invoice(), () => PI.card()])()}  ${LK.price()}\n`)}`,
  () => F`Wire transfer request\nBeneficiary: ${PI.person()}\nBeneficiary IBAN: ${PI.iban()}\nBeneficiary address: ${PI.city()}, ${PI.country()}\nOriginator: ${PI.latinPerson()}, account ${PI.bankNumber()}, ITIN ${PI.itin()}\nReference: ${LK.invoice()}\nCallback number: ${PI.phone()}\nNote: a mistyped IBAN (${LK.invalidIban()}) was rejected on ${LK.date()}\n`,
  () => F`KYC review — case ${LK.crmId()}\nCustomer: ${PI.person()} (${PI.email()})\nSSN: ${PI.ssn()}   ITIN (spouse): ${PI.itin()}\nUS passport: ${PI.passport()}\nCrypto withdrawal addresses: ${PI.btc()}, ${PI.btc()}\nCards: ${PI.card()} (active), ${LK.invalidCard()} (typo in form, fails checksum)\nLogin IP at onboarding: ${PI.ip()}\n`,
  () => F`{"object":"list","data":[${Array.from({ length: ri(2, 4) }, (_, i) => F`${i ? ',' : ''}{"id":"pm_${b62(24)}","billing_details":{"name":"${PI.latinPerson()}","email":"${PI.email()}","phone":"${PI.phone()}"},"card":{"number":"${PI.card()}","exp":"${pad(ri(1, 12), 2)}/${ri(27, 31)}"},"created":${LK.ts()}}`)}]}\n`,
  () => F`Crypto desk — payout batch ${LK.uuidL()}\n${Array.from({ length: ri(3, 6) }, () => F`${PI.latinPerson()}\t${PI.btc()}\t${(ri(1, 99999) / 10000).toFixed(4)} BTC\ttx ${LK.hashL()}\n`)}`,
];

export const api_json = [
  () => F`{\n  "users": [\n${Array.from({ length: ri(2, 4) }, (_, i) => { const n = PI.personName(); return F`${i ? ',\n' : ''}    {"id": "${LK.uuidL()}", "name": "${mapFrag(P('PERSON', n), jesc)}", "email": "${PI.email()}", "phone": "${PI.phone()}", "last_ip": "${PI.ip()}", "city": "${mapFrag(PI.city(), jesc)}", "created_at": "${LK.ts()}"}`; })}\n  ],\n  "next_cursor": "${b62(20)}"\n}\n`,
  () => F`{"applicant":{"full_name":"${PI.latinPerson()}","ssn":"${PI.ssn()}","passport_number":"${PI.passport()}","itin":"${PI.itin()}","drivers_license":"${PI.driverLicense()}","address":{"line1":"${PI.street()}","city":"${PI.city()}"}},"payout":{"iban":"${PI.iban()}","btc":"${PI.btc()}"},"request_id":"${LK.reqId()}"}\n`,
  () => F`HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"patient":{"name":"${PI.latinPerson()}","nhs_number":"${PI.nhs()}","gp":{"name":"Dr. ${PI.latinPerson()}","dea":"${PI.dea()}"},"phone":"${PI.phone()}","email":"${PI.email()}"},"etag":"${LK.hashL()}"}\n`,
];
