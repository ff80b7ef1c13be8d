// blind15 human-text document kinds: free prose with names/places not next to labels.
import { linesDoc } from './docs_tech.mjs';

const TICKET = [
  'Customer {PERSON} called from {PHONE} about order {L:order_number}; she moved to {ADDR} in {CITY} last month.\n',
  'Hi, I was charged twice ({L:price}) on my card {CARD}. Please refund. — {FIRST}\n',
  'Agent note: verified identity with last four of SSN, full number on file {SSN} (should not be here).\n',
  'The customer shared their login so we could reproduce: user {n:user} / password {PW}\n',
  'Escalated to {LATIN} (tier 2). Ticket {L:ticket_ref}, request {L:request_id}.\n',
  'Parcel {L:tracking_number} was left at {ADDR} instead of my flat in {city}.\n',
  'He says the invoice {L:invoice_number} lists IBAN {IBAN} but his bank rejected it.\n',
  'Kunde {PERSON} aus {CITY} meldet: Zugang gesperrt, Rückruf unter {PHONE}.\n',
  'La clienta {PERSON} pide cambiar la dirección a {ADDR}; contacto {EMAIL}.\n',
  'Test card {L:vendor_test_card} works in staging, but {L:invalid_card} is rejected as expected.\n',
];
const EMAIL_ = [
  'From: {PERSON} <{EMAIL}>\nTo: {EMAIL}\nDate: {L:date}\nSubject: access for the new contractor\n\n',
  'Hi {FIRST},\n\nthe new key for staging is {NOPRE} — please do not paste it into the channel again.\n\n',
  'Passwd for the box: {PW} (user {n:user}). I will rotate it after the audit.\n\n',
  'I am flying into {city} on Tuesday and will stay near {ADDR} until the workshop with {PERSON}.\n\n',
  'Our accountant in {CITY} needs the transfer to {IBAN} before {L:date}.\n\n',
  'Bonjour {FIRST}, le nouveau jeton pour la recette est {NOPRE}. Merci de le garder pour vous.\n\n',
  'Hallo {FIRST}, das Passwort für den Testserver lautet {PW} — bitte nach dem Login ändern.\n\n',
  'Olá {FIRST}, a senha do wi-fi do escritório em {city} é {S:WIFI_PSK}.\n\n',
  'Ciao {FIRST}, la chiave API di produzione è {NOPRE}, la vecchia è revocata.\n\n',
  'Best,\n{PERSON}\n{n:company} | {PHONE}\n\n',
  '> On {L:date}, {PERSON} wrote:\n> can you send me the client secret again? I lost it.\n{S:GENERIC_CLIENT_SECRET}\n\n',
];
const CHAT = [
  '[{L:timestamp}] {person_lc}: anyone know the pw for the grafana admin? \n',
  '[{L:timestamp}] {FIRST}: it is {PW} lol, dont tell sec\n',
  '[{L:timestamp}] {FIRST}: landed in {city}, heading to the hotel on {ADDR}\n',
  '[{L:timestamp}] {FIRST}: here is the token, expires friday: {SEC}\n',
  '[{L:timestamp}] {FIRST}: call me at {PHONE} when you are out of the meeting with {PERSON}\n',
  '[{L:timestamp}] {FIRST}: build {L:build_number} is green, sha {L:short_sha}\n',
  '[{L:timestamp}] {FIRST}: 新しいキーは {NOPRE} です。{CITY}の件よろしく\n',
  '[{L:timestamp}] {FIRST}: пароль от стенда {PW}, логин {n:user}\n',
  '[{L:timestamp}] {FIRST}: use {L:placeholder} in the docs, not the real one\n',
  '[{L:timestamp}] {FIRST}: met {SCRIPT} and {LATIN} at the {city} office, they say hi\n',
  '[{L:timestamp}] {FIRST}: my venmo is broke, just send btc to {BTC}\n',
  '[{L:timestamp}] {FIRST}: omw, eta {L:iso_duration}, grab coffee for {person_lc}?\n',
];
const HR = [
  'EMPLOYEE RECORD — {n:company}\nName: {PERSON}\nDate of birth: {n:dob}\n',
  'Home address: {ADDR}, {CITY} {n:zip}, {COUNTRY}\n',
  'SSN: {SSN}    Passport: {PASSPORT}\nDriver licence: {DL}\n',
  'Payroll account: {BANK} (routing {n:aba})\n',
  'Emergency contact: {PERSON}, {PHONE}\n',
  'Work email: {EMAIL}  Employee id: {L:crm_id}\n',
  'Review {L:date}: {FIRST} relocated from {city} to {CITY}, manager {PERSON} approved.\n',
  'Tax id (ITIN) for spouse {PERSON}: {ITIN}\n',
  'Salary band: {L:price} / year\n',
  'Notes: laptop {L:mac_address}, temporary VPN password {PW}\n',
];
const MED = [
  'PATIENT SUMMARY\nPatient: {PERSON}   DOB: {n:dob}   NHS no. {NHS}\n',
  'Address: {ADDR}, {CITY}\nPhone: {PHONE}\n',
  'Prescriber: Dr {LATIN}, DEA {DEA}\n',
  'Referred by {PERSON} at the {CITY} clinic on {L:date}.\n',
  'Insurance member ssn {SSN}; claim {L:invoice_number}.\n',
  'Case note: patient lives alone near {ADDR}; daughter {PERSON} visits from {city} on weekends.\n',
  'Lab ref {L:ulid}, sample barcode {L:ean13}.\n',
  'Next of kin: {SCRIPT}, {PHONE}\n',
  'Pharmacy contact {EMAIL}; repeat prescription authorised by {DEA}.\n',
];
const BANK = [
  'STATEMENT — {n:company} Bank\nAccount holder: {PERSON}\nIBAN: {IBAN}\n',
  'US account {BANK}, ABA {n:aba}\n',
  '{L:date}  CARD {CARD}  {n:company}  -{L:price}\n',
  '{L:date}  SEPA transfer to {PERSON} {IBAN}  -{L:price}\n',
  '{L:date}  Incoming from {LATIN}  +{L:price}  ref {L:order_number}\n',
  'Correspondence address: {ADDR}, {CITY} {n:zip}\n',
  'Card on file (display) {L:masked_card}; rejected sample {L:invalid_card}\n',
  'Crypto withdrawal to {BTC} on {L:date}\n',
  'Returned: beneficiary IBAN {L:invalid_iban} failed validation\n',
  'Online banking user {n:user}, temporary PIN letter sent to {ADDR}\n',
];
const TRAVEL = [
  'ITINERARY {L:order_number}\nTraveller: {PERSON} (passport {PASSPORT})\n',
  'Flight {n:n} {CITY} → {CITY}, dep {L:timestamp}\n',
  'Hotel: {n:company} Suites, {ADDR}, {CITY}\n',
  'Paid with {CARD}, total {L:price}\n',
  'Contact during trip: {PHONE} / {EMAIL}\n',
  'Day 3: train from {city} to {city}, then a ferry; {FIRST} will meet us at the pier near {ADDR}.\n',
  'Travelling companion: {SCRIPT}\n',
  'Hotel wifi: guest / {S:WIFI_PSK}\n',
  'Coordinates of the trailhead: {L:coordinates}\n',
];
const TAX = [
  'FORM 1040 WORKSHEET (draft)\nTaxpayer: {PERSON}   SSN {SSN}\nSpouse: {PERSON}   ITIN {ITIN}\n',
  'Address: {ADDR}, {CITY} {n:zip}\n',
  'Refund direct deposit: routing {n:aba}, account {BANK}\n',
  'Preparer: {LATIN}, phone {PHONE}, email {EMAIL}\n',
  'Dependent: {PERSON}, DOB {n:dob}, ssn {SSN}\n',
  'Example from IRS instructions (not real): {L:invalid_ssn}\n',
  'E-file PIN / portal password: {PW}\n',
  'Line 11 AGI {L:price}; prior-year return {L:date}\n',
];
const MD = [
  '# {n:svc} service\n\nOwned by {PERSON}. Questions to {EMAIL}.\n\n',
  '## Setup\n\n```bash\nexport API_TOKEN={L:placeholder}\n```\n\nReplace the placeholder; the shared dev token is `{NOPRE}` (rotate monthly).\n\n',
  '## Database\n\n```\npostgres://{n:user}:{PW}@{n:host}:5432/app\n```\n\n',
  '| env | key |\n|---|---|\n| staging | `{SEC}` |\n| prod | `{L:env_reference}` |\n\n',
  'Current release: **{L:version}** (commit `{L:git_sha}`), integrity `{L:integrity}`.\n\n',
  '> Note: the public key is `{L:public_key}`, that one is fine to share.\n\n',
  'Brand colors: {L:hex_color} / {L:hex_color}\n\n',
];
const MEET = [
  '# Weekly sync {L:date}\n\nAttendees: {PERSON}, {PERSON}, {SCRIPT}\n\n',
  '- {FIRST} reported that the {city} warehouse moved to {ADDR}.\n',
  '- {PERSON} will call the landlord ({PHONE}) about the lease in {CITY}.\n',
  '- Action: {FIRST} to rotate the partner key (current: {NOPRE}).\n',
  '- Vendor demo with {LATIN} from {n:company} pushed to {L:date}.\n',
  '- Budget: {L:price} approved; PO {L:order_number}.\n',
  '- Acta: {PERSON} viaja a {city} y se reúne con {PERSON} en la oficina de {ADDR}.\n',
  '- Protokoll: {PERSON} übernimmt das Onboarding in {CITY}; Zugang {n:user} / {PW}.\n',
  '- Ticket {L:ticket_ref} still blocked on legal.\n',
];
const WIKI = [
  '= Runbook: {n:svc} =\nLast edited by {PERSON} on {L:date}\n\n',
  '== Access ==\nBastion login is {n:user}; the break-glass password is {S:ADMIN_PASSWORD} (kept in the safe too).\n\n',
  '== Contacts ==\n* Primary: {PERSON} — {PHONE}\n* Backup: {SCRIPT} — {EMAIL}\n\n',
  '== Endpoints ==\n* {L:hostname} ({n:ip})\n* status page {n:url}\n\n',
  '== Legacy ==\nOld integration secret (revoked?): {NOPRE}\nFTP: {n:user} / {S:FTP_PASSWORD}\n\n',
  '== History ==\nThe team started in {city} in a tiny office on {ADDR} before moving to {CITY}.\n\n',
  '== Keys ==\nSigning key id {L:uuid}, fingerprint {L:hash}. SSH public: {L:public_key}\n\n',
];
const NARR = [
  '{PERSON} grew up in {city}, a few streets from {ADDR}, and moved to {CITY} after university.\n',
  'When {FIRST} arrived in {COUNTRY}, the first person she met was {PERSON}, who ran a bakery near the station.\n',
  'According to neighbours, {PERSON} left the flat at {ADDR} on the evening of {L:date} and was seen later in {city}.\n',
  'We drove from {city} to {city} in one day; {FIRST} insisted on stopping at a lake outside {CITY}.\n',
  '{SCRIPT}さんは{CITY}に住んでいて、週末は{CITY}へ行きます。\n',
  'El alcalde de {CITY}, {PERSON}, inauguró ayer el mercado de la {ADDR}.\n',
  'La famille {PERSON} habite au {ADDR} à {CITY} depuis vingt ans.\n',
  'Case note {L:date}: client {PERSON} reports her ex-partner {PERSON} still has keys to {ADDR}. Safe contact number {PHONE}.\n',
  'The council in {CITY} confirmed that {LATIN} will chair the inquiry; {LATIN} declined to comment.\n',
  'my cousin {person_lc} just got back from {city} and wont stop talking about it\n',
  '{SCRIPT} и {SCRIPT} встретились в {CITY} в {L:date}.\n',
  'Ο {SCRIPT} ζει στη {CITY} με την οικογένειά του.\n',
  '{PERSON}, a nurse from {CITY}, said the night shift in {city} was the hardest she had worked. Reached at {EMAIL}.\n',
];
const CRM = (r, F, d) => d.add(F.fill(r.pick([
  '{L:crm_id},"{PERSON}",{EMAIL},{PHONE},"{ADDR}",{CITY},{n:zip},{L:date}\n',
  '{L:crm_id},"{LATIN}",{EMAIL},{PHONE},"{n:company}",{COUNTRY},{L:price}\n',
  '{L:crm_id},"{SCRIPT}",{EMAIL},{PHONE},"",{CITY},{n:zip},{L:timestamp}\n',
])));
const SQL = [
  "INSERT INTO customers (id, name, email, phone, city) VALUES ({n:n}, '{PERSON}', '{EMAIL}', '{PHONE}', '{CITY}');\n",
  "INSERT INTO payments VALUES ('{L:uuid}', '{CARD}', '{L:price}', '{L:timestamp}');\n",
  "INSERT INTO employees VALUES ({n:n}, '{LATIN}', '{SSN}', '{n:dob}', '{ADDR}');\n",
  "INSERT INTO api_clients VALUES ('{n:svc}', '{NOPRE}', '{L:date}');\n",
  "INSERT INTO users (login, pw_plain) VALUES ('{n:user}', '{PW}'); -- legacy import\n",
  "INSERT INTO payouts VALUES ({n:n}, '{IBAN}', '{BANK}', '{n:aba}');\n",
  "INSERT INTO audit VALUES ('{L:ulid}', '{IP}', '{L:request_id}');\n",
];
export const PROSE = {
  support_ticket: linesDoc('Ticket {L:ticket_ref} — opened {L:timestamp}\n\n', TICKET), email: linesDoc('', EMAIL_), chat: linesDoc('#ops-{n:svc}\n', CHAT),
  hr_record: linesDoc('', HR), medical_record: linesDoc('', MED), banking_statement: linesDoc('', BANK), travel_itinerary: linesDoc('', TRAVEL),
  tax_form: linesDoc('', TAX), markdown_doc: linesDoc('', MD), meeting_notes: linesDoc('', MEET), wiki_page: linesDoc('', WIKI), narrative: linesDoc('', NARR),
  crm_export: linesDoc('id,name,email,phone,address,city,zip,updated\n', [CRM]), sql_dump: linesDoc('-- pg_dump-ish export {L:timestamp}\nSET client_encoding = \'UTF8\';\n', SQL),
};
