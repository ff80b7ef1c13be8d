// train6 templates: JSON API answers, CSV exports, tickets, emails, chats, HR / medical / banking documents, markdown
import { pgpKey, ecKey, opensshKey } from './secrets.mjs';
import { dea } from './pii.mjs';
import { Doc, S, P, L, pick, int, chance, str, hex, digits, b62, b64, jsonEsc, sample, shuffle, sec, draw, drawAny, lk, lkAny, host, user, ts, password, pwUrl, jwtUser, PER, EM, PH, LOC, CITY, IP, CC, IBAN, SSN, ITIN, PASS, DEA, BTC, NHS, BANK, DL, person, email, phone, city, street, country, hasStreet, routing, CULTURES, PHONE_COUNTRIES, IBAN_COUNTRIES, BY } from './common.mjs';

const place = (cc) => { cc = hasStreet(cc) ? cc : pick(['US', 'DE', 'GB', 'FR', 'BR', 'JP', 'IN', 'MX', 'ES', 'IT', 'NL', 'PL', 'RU', 'KR', 'CN', 'NG', 'SA']); return [LOC(street(cc)), ', ', LOC(city(cc))]; };
const addr = (p) => { const cc = hasStreet(p.cc) ? p.cc : pick(['US', 'DE', 'GB', 'FR', 'BR', 'JP', 'IN', 'MX']); return { cc, st: LOC(street(cc)), city: LOC(city(cc)), country: country(cc) }; };
const dob = () => `${int(1950, 2003)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
const dlCtx = () => pick(["Driver's License", 'Driver License #', 'DL No.', 'DLN', 'Operator License', 'drivers lic', 'Licencia de conducir (EE.UU.)', 'CDL #', 'DL#']);
const bankCtx = () => pick(['Account Number', 'Acct #', 'checking account', 'Bank account no.', 'DDA account', 'savings acct', 'Número de cuenta', 'account no:', 'Beneficiary account']);
const ppCtx = () => pick(['Passport No.', 'passport number', 'Passport #', 'U.S. passport', 'pasaporte nº', 'Travel document (US passport)', 'PPT NO', 'passport']);
const deaCtx = () => pick(['DEA #', 'DEA Reg. No.', 'DEA registration', 'Prescriber DEA', 'DEA', 'DEA No:']);

// ---------- JSON API ----------
function apiUsers() {
  const d = new Doc('json_api'); const n = int(2, 4);
  d.a`{\n  "object": "list",\n  "request_id": "${lk('request_id')}",\n  "data": [\n`;
  for (let i = 0; i < n; i++) { const p = person(); const a = addr(p); d.a`    {\n      "id": "${lk('uuid')}",\n      "name": "${PER(p)}",\n      "email": "${EM(p)}",\n      "phone": "${PH(p.cc, chance(0.6))}",\n      "address": { "line1": "${a.st}", "city": "${a.city}", "country": "${a.cc}" },\n      "last_login_ip": "${IP()}",\n      "created_at": "${lk('timestamp')}",\n      "crm_ref": "${lk('crm_id')}"\n    }${i < n - 1 ? ',' : ''}\n`; }
  d.a`  ],\n  "has_more": ${pick(['true', 'false'])}\n}\n`; return d;
}
function apiPayment() {
  const d = new Doc('json_api'); const p = person(); const a = addr(p);
  d.a`{\n  "id": "pay_${b62(14)}",\n  "status": "${pick(['succeeded', 'requires_action', 'failed'])}",\n  "amount": ${int(500, 99999)},\n  "currency": "${pick(['eur', 'usd', 'gbp', 'brl', 'jpy'])}",\n  "billing_details": { "name": "${PER(p)}", "email": "${EM(p)}", "phone": "${PH(p.cc, true)}", "address": { "city": "${a.city}", "line1": "${a.st}" } },\n  "payment_method": {\n    "type": "card",\n    "card": { "number": "${CC(undefined, 'plain')}", "exp_month": ${int(1, 12)}, "exp_year": ${int(2027, 2031)}, "cvc_check": "pass", "fingerprint": "${L('hash', b62(16))}" }\n  },\n  "fallback_sepa": { "iban": "${IBAN(undefined, false)}", "mandate": "${lk('uuid')}" },\n  "previous_cards": ["${lk('masked_card')}", "${lk('invalid_card')}"],\n  "sandbox_card_used_in_tests": "${lk('vendor_test_card')}",\n  "order": "${lk('order_number')}",\n  "created": ${lk('timestamp')}\n}\n`; return d;
}
function apiToken() {
  const d = new Doc('json_api');
  d.a`POST /oauth/token HTTP/1.1\nHost: auth.acme.example\nAuthorization: Basic ${sec('BASIC_AUTH_CREDENTIALS')}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${lk('uuid')}&client_secret=${sec('GENERIC_SECRET', b62(40))}\n\nHTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${lk('request_id')}\n\n{"access_token":"${sec('JWT')}","token_type":"Bearer","expires_in":3600,"refresh_token":"${sec('BEARER_TOKEN')}","scope":"read write","id_token_hint":"${lk('placeholder')}"}\n`; return d;
}
function apiKyc() {
  const d = new Doc('json_api'); const p = person(pick(['en-US', 'es-MX', 'in-lat', 'ng', 'vi', 'ko', 'zh-lat', 'ph'])); const st = DL();
  d.a`{\n  "applicant": {\n    "full_name": "${PER(p)}",\n    "date_of_birth": "${dob()}",\n    "ssn": "${SSN()}",\n    "itin": ${chance(0.8) ? ['"', ITIN(), '"'] : 'null'},\n    "documents": [\n      { "type": "passport", "issuing_country": "USA", "number": "${PASS()}", "expires": "${lk('date')}" },\n      { "type": "drivers_license", "state": "${st.st}", "number": "${st.span}" }\n    ],\n    "residential_address": { "street": "${LOC(street('US'))}", "city": "${CITY('US')}", "zip": "${digits(5)}" },\n    "phone": "${PH('US')}",\n    "email": "${EM(p)}"\n  },\n  "bank": { "routing_number": "${routing()}", "account_number": "${BANK()}", "type": "${pick(['checking', 'savings'])}" },\n  "screening": { "case_id": "${lk('uuid')}", "score": 0.${digits(2)}, "rejected_ssn_input": "${lk('invalid_ssn')}" }\n}\n`; return d;
}
function apiCrypto() {
  const d = new Doc('json_api'); const n = int(3, 5);
  d.a`GET /v2/withdrawals?status=pending\n[\n`;
  for (let i = 0; i < n; i++) { const p = person(); d.a`  {"id":"wd_${b62(10)}","user":"${EM(p)}","asset":"BTC","amount":"0.${digits(6)}","address":"${BTC()}","network_fee":"${lk('price')}","txid":${chance(0.5) ? ['"', lk('btc_tx_id'), '"'] : 'null'},"ip":"${IP()}","requested_at":"${lk('timestamp')}"}${i < n - 1 ? ',' : ''}\n`; }
  d.a`]\n`; return d;
}
// ---------- CSV ----------
function csvCrm() {
  const d = new Doc('csv_export'); const n = int(5, 9); const sep = pick([',', ';', '\t']);
  d.a`${['Id', 'Name', 'Email', 'Phone', 'Mobile', 'City', 'Country', 'Owner', 'Created'].join(sep)}\n`;
  for (let i = 0; i < n; i++) { const p = person(); const c = p.cc; const qn = /[,;]/.test(p.full) ? '"' : ''; d.val([lk('crm_id'), sep, qn, PER(p), qn, sep, EM(p), sep, PH(c, false), sep, chance(0.5) ? PH(c, true) : '', sep, CITY(c), sep, LOC(country(c)), sep, pick(['j.ortiz', 'k.yamamoto', 'unassigned']), sep, lk('date'), '\n']); }
  return d;
}
function csvPayroll() {
  const d = new Doc('csv_export'); const n = int(4, 7);
  d.a`# payroll run ${lk('date')} — ${pick(['ADP export', 'Gusto export', 'manual'])}\nemployee_id,name,tax_id,tax_id_type,routing,account_number,net_pay\n`;
  for (let i = 0; i < n; i++) { const p = person(pick(['en-US', 'es-MX', 'in-lat', 'zh-lat', 'ng', 'ph', 'vi', 'ko', 'pk'])); const itin = chance(0.55); d.val([`E${digits(5)},"`, PER(p), '",', itin ? ITIN() : SSN(), ',', itin ? 'ITIN' : 'SSN', ',', routing(), ',', BANK(), ',', lk('price'), '\n']); }
  if (chance(0.5)) d.a`# rejected rows: ${lk('invalid_ssn')} (invalid area)\n`;
  return d;
}
function csvSepa() {
  const d = new Doc('csv_export'); const n = int(4, 7);
  d.a`Beneficiary;IBAN;BIC;Amount;Currency;Reference\n`;
  for (let i = 0; i < n; i++) { const p = person(pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt-BR', 'tr', 'fi', 'sv', 'ie', 'cs', 'ro', 'hu'])); d.val([PER(p), ';', chance(0.9) ? IBAN() : lk('invalid_iban'), ';', str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6) + pick(['2L', 'MM', 'FF', '22']), ';', `${int(10, 9000)},${digits(2)}`, ';EUR;', lk('invoice_number'), '\n']); }
  return d;
}
function csvPatients() {
  const d = new Doc('csv_export'); const n = int(4, 7);
  d.a`nhs_number,surname,forename,dob,postcode,gp_phone,next_appt\n`;
  for (let i = 0; i < n; i++) { const p = person(pick(['en-GB', 'in-lat', 'pk', 'ng', 'ie', 'pl', 'ar-lat', 'bd', 'zh-lat'])); d.val([NHS(pick([true, false, 'dash'])), ',', P('PERSON', p.last), ',', P('PERSON', p.first), ',', dob(), ',', `${pick(['M1', 'LS6', 'EH3', 'CF10', 'BS8'])} ${int(1, 9)}${str('ABDEFGHJLNPQRSTUWXYZ', 2)}`, ',', PH('GB'), ',', lk('date'), '\n']); }
  return d;
}
// ---------- tickets ----------
const TICKET_LANG = {
  en: { hi: 'Hi team,', card: 'my card', charged: 'was charged twice for order', call: 'please call me back on', live: 'I live at', thanks: 'Thanks,' },
  de: { hi: 'Hallo zusammen,', card: 'meine Karte', charged: 'wurde für Bestellung doppelt belastet:', call: 'bitte rufen Sie mich zurück unter', live: 'Meine Adresse:', thanks: 'Viele Grüße' },
  fr: { hi: 'Bonjour,', card: 'ma carte', charged: 'a été débitée deux fois pour la commande', call: 'merci de me rappeler au', live: "J'habite", thanks: 'Cordialement,' },
  es: { hi: 'Hola,', card: 'mi tarjeta', charged: 'fue cobrada dos veces por el pedido', call: 'por favor llámenme al', live: 'Vivo en', thanks: 'Saludos,' },
  pt: { hi: 'Olá,', card: 'meu cartão', charged: 'foi cobrado duas vezes no pedido', call: 'por favor me liguem no', live: 'Moro na', thanks: 'Obrigado,' },
  ja: { hi: 'お世話になっております。', card: 'カード', charged: 'が注文で二重に請求されました:', call: '折り返しはこちらへお願いします:', live: '住所:', thanks: 'よろしくお願いいたします。' },
  it: { hi: 'Buongiorno,', card: 'la mia carta', charged: "è stata addebitata due volte per l'ordine", call: 'richiamatemi al', live: 'Abito in', thanks: 'Grazie,' },
  nl: { hi: 'Hoi,', card: 'mijn kaart', charged: 'is twee keer belast voor bestelling', call: 'bel me terug op', live: 'Mijn adres is', thanks: 'Groet,' },
  pl: { hi: 'Dzień dobry,', card: 'moja karta', charged: 'została obciążona dwa razy za zamówienie', call: 'proszę o kontakt pod numerem', live: 'Mieszkam przy', thanks: 'Pozdrawiam,' },
  tr: { hi: 'Merhaba,', card: 'kartım', charged: 'sipariş için iki kez ücretlendirildi:', call: 'lütfen beni şu numaradan arayın:', live: 'Adresim:', thanks: 'Teşekkürler,' },
};
const LANG_CUL = { en: ['en-US', 'en-GB', 'in-lat', 'ng', 'ph', 'za', 'ke'], de: ['de', 'tr'], fr: ['fr', 'ar-lat'], es: ['es', 'es-MX', 'ar-AR', 'co'], pt: ['pt-BR'], ja: ['ja'], it: ['it'], nl: ['nl'], pl: ['pl'], tr: ['tr'] };
function ticketCustomer() {
  const d = new Doc('ticket'); const lang = pick(Object.keys(TICKET_LANG)); const T = TICKET_LANG[lang]; const p = person(pick(LANG_CUL[lang])); const a = addr(p); const agent = person();
  d.a`Ticket ${lk('ticket_id')} · ${pick(['Billing', 'Payments', 'Account'])} · Priority: ${pick(['High', 'Normal'])}\nRequester: ${PER(p)} <${EM(p)}>\nCreated: ${lk('timestamp')}\n\n${T.hi}\n${T.card} ${CC()} ${T.charged} ${lk('order_number')} (${lk('price')}).\n${T.call} ${PH(p.cc)}. ${T.live} ${a.st}, ${a.city}.\n${T.thanks}\n${P('PERSON', p.first)}\n\n---- internal note (${PER(agent)}) ----\n`;
  d.a`${pick(['Verified last four against', 'Cross-checked with', 'Compared to'])} ${lk('masked_card')}. Refund via ${pick(['original method', 'SEPA'])}${chance(0.5) ? [' to ', IBAN()] : ''}. Linked ${lk('crm_id')}.\n`;
  return d;
}
function ticketIT() {
  const d = new Doc('ticket'); const p = person(); const x = draw();
  d.a`[${pick(['JIRA', 'ServiceNow', 'Freshdesk'])}] ${lk('ticket_id')}: ${pick(['API returns 401 since this morning', 'Cannot log in to the VPN', 'Integration stopped syncing'])}\nReporter: ${PER(p)} (${EM(p)}, ext. ${int(1000, 9999)}, mobile ${PH(p.cc)})\n\nDescription:\n${pick(["I'm using this key and it keeps failing:", 'Here is the token we configured (copied from the admin page):', 'not sure if it matters but our key is'])} ${x.span}\n${pick(['Also tried the old password', 'My VPN password is', 'Login I use:'])} ${sec('USER_PASSWORD')} ${pick(['— does that still work?', '(please reset it)', ''])}\nRequest ID from the error page: ${lk('request_id')}\nClient version ${lk('version')} on ${pick(['macOS 14.5', 'Windows 11 23H2', 'Ubuntu 24.04'])}\n\nComment from ${PER(person())}:\n> ${pick(['Please never paste credentials into tickets. I have revoked the key above.', 'Rotated. New one is in the vault under', 'Thanks — the signature for'])} ${lk('uuid')}\n`;
  return d;
}
function ticketTravel() {
  const d = new Doc('ticket'); const p = person(pick(['en-US', 'es-MX', 'ko', 'vi', 'in-lat', 'zh-lat', 'ng', 'ar-lat'])); const p2 = person(p.cul);
  d.a`Case ${lk('ticket_id')} — visa / travel booking\nTraveller: ${PER(p)}\n${ppCtx()}: ${PASS()}  (expires ${lk('date')})\nCompanion: ${PER(p2)}, ${ppCtx()} ${PASS()}\nPNR: ${str('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)} · Flight ${pick(['UA', 'LH', 'NH', 'AM', 'TK'])}${int(10, 999)} to ${CITY()}\nContact during trip: ${PH(p.cc, true)}\nHotel: ${((cc) => [LOC(street(cc)), ', ', CITY(cc)])(pick(['US', 'DE', 'GB', 'JP', 'BR', 'NG', 'IN', 'FR', 'MX', 'KR', 'ES', 'IT', 'CN']))}\nNote: customer first typed ${L('invalid_passport', digits(int(6, 7)))} which is too short; corrected above. Booking ref ${lk('order_number')}.\n`;
  return d;
}
// ---------- emails ----------
function emailHR() {
  const d = new Doc('email'); const hr = person('en-US'); const p = person(pick(['en-US', 'es-MX', 'in-lat', 'zh-lat', 'ko', 'ng', 'vi', 'ph', 'pk', 'ar-lat'])); const st = DL();
  d.a`From: ${PER(hr)} <${EM(hr, 'hr.initech.example')}>\nTo: ${PER(p)} <${EM(p)}>\nSubject: Re: onboarding paperwork — ${pick(['start date', 'I-9 section 2', 'direct deposit'])}\nDate: ${pick(['Mon', 'Tue', 'Thu'])}, ${int(1, 28)} Nov 2026 ${int(8, 18)}:${String(int(0, 59)).padStart(2, '0')} -0500\nMessage-ID: <${lk('uuid')}@mail.initech.example>\n\nHi ${P('PERSON', p.first)},\n\nThanks for sending everything over. For the record, this is what I entered into the HRIS:\n\n  SSN: ${SSN()}\n  ${ppCtx()}: ${PASS()}\n  ${dlCtx()} (${st.st}): ${st.span}\n  Direct deposit — routing ${routing()}, ${bankCtx()} ${BANK()}\n  Home: ${LOC(street('US'))}, ${CITY('US')}\n\n${chance(0.6) ? ['Dependent / spouse ITIN: ', ITIN(), '\n'] : ''}\nPlease double-check the ${pick(['SSN', 'account number'])}; the form you scanned showed ${lk('invalid_ssn')} which our system rejects.\nYour employee ID is ${lk('crm_id')} and your laptop ships on ${lk('date')}.\n\nBest,\n${hr.full === '' ? '' : PER(hr)}\nPeople Operations · ${PH('US')}\n`;
  return d;
}
function emailCreds() {
  const d = new Doc('email'); const it = person(); const p = person(); const lang = pick(['en', 'de', 'es', 'fr']);
  const L1 = { en: ['Your account is ready', 'Username', 'Temporary password', 'please change it at first login', 'VPN pre-shared key', 'Wi-Fi (guest)'], de: ['Ihr Zugang ist eingerichtet', 'Benutzername', 'Initialpasswort', 'bitte beim ersten Login ändern', 'VPN-PSK', 'WLAN (Gäste)'], es: ['Tu cuenta está lista', 'Usuario', 'Contraseña temporal', 'cámbiala en el primer inicio de sesión', 'Clave VPN', 'Wi-Fi invitados'], fr: ['Votre compte est prêt', 'Identifiant', 'Mot de passe provisoire', 'à changer à la première connexion', 'Clé VPN', 'Wi-Fi invités'] }[lang];
  d.a`From: IT Service Desk <${EM(it, 'acme.example')}>\nTo: ${EM(p, 'acme.example')}\nSubject: ${L1[0]} / ${lk('ticket_id')}\n\n${P('PERSON', p.first)},\n\n${L1[0]}.\n\n${L1[1]}: ${p.af}.${p.al}\n${L1[2]}: ${sec('USER_PASSWORD')}   (${L1[3]})\n${L1[4]}: ${sec('GENERIC_SECRET', b62(24))}\n${L1[5]}: ${sec('WIFI_PASSWORD')}\n\nMFA enrolment code: ${sec('TOTP_SEED')}\n\n-- \n${PER(it)}\nIT · ${PH(it.cc)} · ${CITY(it.cc)}\n`;
  return d;
}
function emailBEC() {
  const d = new Doc('email'); const v = person(pick(['de', 'fr', 'nl', 'it', 'es', 'pl', 'en-GB', 'pt-BR'])); const ap = person();
  d.a`From: ${PER(v)} <${EM(v, pick(['globex-corp.example', 'lieferant.example']))}>\nTo: ${P('EMAIL_ADDRESS', 'accounts-payable@acme.example')}\nCc: ${PER(ap)} <${EM(ap, 'acme.example')}>\nSubject: URGENT — updated bank details for invoice ${lk('invoice_number')}\n\nDear ${P('PERSON', ap.first)},\n\nPlease note that our bank details have changed with immediate effect. Kindly remit the outstanding ${lk('price')} to:\n\n  Beneficiary: ${PER(v)}\n  IBAN: ${IBAN()}\n  BIC: ${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}${pick(['MM', '2X', 'FF'])}\n  Bank address: ${place(pick(['DE', 'FR', 'IT', 'ES', 'GB']))}\n\nThe old account (${lk('invalid_iban')}) must no longer be used.\nFor questions call me directly on ${PH(v.cc, true)}.\n\nKind regards,\n${P('PERSON', v.first)}\n`;
  return d;
}
function emailVendor() {
  const d = new Doc('email'); const a = person(); const b = person(); const x = draw(), y = draw();
  d.a`From: ${PER(a)} <${EM(a, 'partner.northwind.test')}>\nTo: ${PER(b)} <${EM(b, 'acme.example')}>\nSubject: API access for the pilot\n\nHi ${P('PERSON', b.first)},\n\nas discussed, here are the credentials for the pilot. Sandbox first:\n\n    key: ${lk('placeholder')}   <- use the one from the portal, the docs show this dummy\n    live ${x.k.d}: ${x.span}\n\nand for the reporting endpoint use ${y.span} (header ${pick(['X-Api-Key', 'Authorization: Token'])}).\nThe IP allow-list currently has ${IP()} and ${IP()}.\n\nCheers,\n${P('PERSON', a.first)}\n${PH(a.cc, true)}\n\n> On ${lk('date')} ${PER(b)} wrote:\n> could you send the keys by mail? our vault is down\n`;
  return d;
}
function emailLetter() {
  const d = new Doc('email'); const lang = pick(['de', 'fr', 'es', 'ja', 'pt', 'it', 'pl', 'nl']); const p = person(pick(LANG_CUL[lang])); const s = person(pick(LANG_CUL[lang])); const a = addr(p);
  const G = { de: ['Sehr geehrte/r', 'vielen Dank für Ihre Nachricht. Wir bestätigen Ihre neue Anschrift', 'und Ihre Telefonnummer', 'Mit freundlichen Grüßen'], fr: ['Madame, Monsieur', 'nous accusons réception de votre changement d’adresse :', 'et de votre numéro', 'Bien cordialement'], es: ['Estimado/a', 'confirmamos su nueva dirección', 'y su teléfono', 'Atentamente'], ja: ['様', '住所変更を承りました。新住所:', '電話番号:', '敬具'], pt: ['Prezado(a)', 'confirmamos seu novo endereço', 'e seu telefone', 'Atenciosamente'], it: ['Gentile', 'confermiamo il nuovo indirizzo', 'e il numero di telefono', 'Cordiali saluti'], pl: ['Szanowna Pani / Szanowny Panie', 'potwierdzamy zmianę adresu na', 'oraz numer telefonu', 'Z poważaniem'], nl: ['Beste', 'we bevestigen je nieuwe adres', 'en telefoonnummer', 'Met vriendelijke groet'] }[lang];
  d.a`From: ${EM(s, 'kundenservice.example')}\nTo: ${EM(p)}\nSubject: ${{ de: 'Ihre Anfrage', fr: 'Votre demande', es: 'Su solicitud', ja: 'お問い合わせ', pt: 'Sua solicitação', it: 'Richiesta', pl: 'Zgłoszenie', nl: 'Je aanvraag' }[lang]} ${lk('ticket_id')}\n\n${lang === 'ja' ? [PER(p), ' ', G[0]] : [G[0], ' ', PER(p)]},\n\n${G[1]} ${a.st}, ${a.city} (${LOC(a.country)}) ${G[2]} ${PH(p.cc)}.\n${{ de: 'Kundennummer', fr: 'Référence', es: 'Referencia', ja: 'お客様番号', pt: 'Referência', it: 'Riferimento', pl: 'Numer klienta', nl: 'Klantnummer' }[lang]}: ${lk('crm_id')}\n\n${G[3]}\n${PER(s)}\n`;
  return d;
}
// ---------- chat ----------
const CHAT_LINES = [
  (x) => ['the staging pw is ', sec('DATABASE_PASSWORD'), ' btw'],
  (x) => ['use this key: ', x.span],
  (x) => ['here you go ', x.span, ' (pls dont commit it this time 🙃)'],
  (x) => ['prod db: ', host(), ' / ', user(), ' / ', sec('DATABASE_PASSWORD')],
  (x) => ['can someone rotate ', x.span, '? it was in the screen share'],
  (x) => ['admin login for grafana is admin / ', sec('ADMIN_PASSWORD')],
  (x) => ['temp creds: ', sec('AWS_ACCESS_KEY_ID'), ' ', sec('AWS_SECRET_ACCESS_KEY')],
  (x) => ['el password del wifi de la ofi es ', sec('WIFI_PASSWORD')],
  (x) => ['Passwort für den Testserver: ', sec('SSH_PASSWORD'), ' (nur bis Freitag)'],
  (x) => ['le mot de passe root de la préprod c’est ', sec('MYSQL_PASSWORD')],
  (x) => ['テスト環境のトークンです ', x.span],
  (x) => ['a senha do painel é ', sec('ADMIN_PASSWORD'), ', não compartilha'],
  (x) => ['pinging with the bot token ', sec('SLACK_BOT_TOKEN'), ' works for me'],
  (x) => ['`export ', x.env, '=', x.span, '` then rerun'],
];
const CHAT_NEUTRAL = [() => ['ok thx'], () => ['deploying ', lk('short_sha'), ' now'], () => ['which build? ', lk('build_number')], () => ['ticket is ', lk('ticket_id')], () => ['lgtm'], () => ['the placeholder in the docs is ', lk('placeholder'), ' – not a real one'], () => ['release ', lk('version'), ' is out'], () => ['request id ', lk('request_id')], () => ['image ', lk('digest')], () => ['👍'], () => ['sorry, meeting'], () => ['call me: ', PH()], () => ['customer is ', PER(person()), ' from ', CITY()], () => ['the example key ', lk('aws_example_key'), ' is from the AWS docs, ignore'], () => ['env var is ', lk('env_reference')]];
function chatSlack() {
  const d = new Doc('chat'); const people = [person(), person(), person()]; const n = int(6, 10); const ch = pick(['#platform', '#payments-eng', '#ops-oncall', '#dev-ja', '#backend']);
  d.a`[\n`;
  for (let i = 0; i < n; i++) { const p = pick(people); const line = chance(0.45) ? pick(CHAT_LINES)(draw()) : pick(CHAT_NEUTRAL)(); d.a`  {"type":"message","channel":"${ch}","user":"U${str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","user_name":"${PER(p)}","ts":"${int(1.7e9, 1.77e9)}.${digits(6)}","text":"`; d.val(line.map((v) => (typeof v === 'string' ? jsonEsc(v) : v))); d.a`"}${i < n - 1 ? ',' : ''}\n`; }
  d.a`]\n`; return d;
}
function chatTranscript() {
  const d = new Doc('chat'); const people = [person(), person()]; const n = int(7, 12);
  d.a`${pick(['Teams chat export', 'Chat transcript', 'WhatsApp export', 'Matrix room log'])} — ${lk('date')}\n\n`;
  let h = int(8, 17), m = int(0, 50);
  for (let i = 0; i < n; i++) { const p = people[i % 2]; m += int(0, 4); if (m > 59) { m -= 60; h++; } const line = chance(0.4) ? pick(CHAT_LINES)(draw()) : pick(CHAT_NEUTRAL)(); d.a`[${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}] ${PER(p)}: `; d.val(line); d.raw('\n'); }
  if (chance(0.5)) { const p = people[0]; d.a`[${h}:${String(Math.min(59, m + 2)).padStart(2, '0')}] ${P('PERSON', p.first)}: ${pick(['my number if you need me:', 'call me on', 'mi cel:', 'meine Handynummer:'])} ${PH(p.cc)}\n`; }
  return d;
}
function chatWhatsapp() {
  const d = new Doc('chat'); const a = person(), b = person(); const n = int(6, 9);
  for (let i = 0; i < n; i++) { const p = i % 2 ? b : a; const r = int(0, 6); d.a`${int(1, 28)}/${int(1, 12)}/26, ${int(8, 22)}:${String(int(10, 59))} - ${PER(p)}: `;
    if (r === 0) d.a`${pick(['my new number', 'nuevo número', 'neue Nummer', 'novo número'])}: ${PH(p.cc, true)}\n`; else if (r === 1) d.a`${pick(['address for the party', 'dirección', 'Adresse'])}: ${place(p.cc)}\n`; else if (r === 2) d.a`${pick(['send it here', 'pásamelo aquí', 'überweis es hierhin'])}: ${IBAN()}\n`; else if (r === 3) d.a`${pick(['BTC ok?', 'mandá en bitcoin', 'wallet'])}: ${BTC()}\n`; else if (r === 4) d.a`${pick(['Netflix login', 'the router admin', 'wifi'])} ${sec('USER_PASSWORD')}\n`; else if (r === 5) d.a`${pick(['tracking', 'Sendungsnummer', 'rastreio'])} ${lk('tracking_number')}\n`; else d.a`${pick(['ok', 'gracias!', 'danke 🙏', 'see you at ' + int(5, 9) + 'pm'])}\n`; }
  return d;
}
// ---------- HR ----------
function hrRecord() {
  const d = new Doc('hr_doc'); const p = person(pick(['en-US', 'es-MX', 'in-lat', 'zh-lat', 'ko', 'ng', 'vi', 'ph', 'pk', 'ar-lat', 'pl', 'ru2'])); const e = person(p.cul); const st = DL(); const itin = chance(0.5);
  d.a`EMPLOYEE RECORD — CONFIDENTIAL\n==============================\nName:            ${PER(p)}\nEmployee ID:     ${lk('crm_id')}\nDate of birth:   ${dob()}\n${itin ? 'ITIN:            ' : 'SSN:             '}${itin ? ITIN() : SSN()}\n${ppCtx()}:     ${PASS()}\n${dlCtx()}:  ${st.span} (${st.st})\nHome address:    ${LOC(street('US'))}, ${CITY('US')}, ${st.st} ${digits(5)}\nPersonal email:  ${EM(p)}\nMobile:          ${PH('US')}\nEmergency:       ${PER(e)} (${pick(['spouse', 'mother', 'brother', 'friend'])}) ${PH(e.cc)}\n\nPayroll\n  Bank routing:  ${routing()}\n  ${bankCtx()}: ${BANK()}\n  Salary band:   ${pick(['L3', 'L4', 'M1'])}  (${lk('price')}/yr)\n\nHistory\n  ${lk('date')}  hired, ${CITY('US')} office\n  ${lk('date')}  promoted, badge ${lk('product_code')}\n`;
  return d;
}
function hrI9() {
  const d = new Doc('hr_doc'); const p = person(pick(['en-US', 'es-MX', 'in-lat', 'vi', 'ko', 'ph', 'ng', 'ar-lat', 'zh-lat', 'ru2'])); const st = DL(pick(['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'NJ', 'MI']));
  d.a`Form I-9 — Section 2 summary (${lk('date')})\nEmployee: ${PER(p)}   Other last names used: ${chance(0.3) ? PER(person(p.cul)) : 'N/A'}\nList A document: U.S. Passport   Document number: ${PASS()}   Expiration: ${lk('date')}\n`;
  d.a`— or —\nList B: ${pick(["Driver's license", 'State DL'])} issued by ${st.st}, No. ${st.span}\nList C: Social Security card, ${SSN(pick(['-', '-', ' ']))}\nReviewer: ${PER(person('en-US'))}, ${pick(['HR Generalist', 'Onboarding Specialist'])}, ${CITY('US')}\nE-Verify case: ${L('case_number', digits(13) + str('ABCDEFGHJKLMNPQRSTUVWXYZ', 2))}\n`;
  return d;
}
function hrW9() {
  const d = new Doc('hr_doc'); const p = person(pick(['es-MX', 'in-lat', 'zh-lat', 'ko', 'vi', 'ng', 'ph', 'pk', 'co', 'ar-AR'])); const fmt = pick(['-', '-', ' ', '']);
  d.a`Form W-9 (Rev. ${pick(['March 2024', 'October 2018'])}) — contractor intake\n1 Name: ${PER(p)}\n2 Business name: ${pick(['', 'Bright Ledger LLC', 'Northstar Consulting LLC', 'Blue Heron Studio'])}\n5 Address: ${LOC(street('US'))}\n6 City, state, ZIP: ${CITY('US')}, ${pick(['TX', 'CA', 'FL', 'NY', 'AZ'])} ${digits(5)}\nPart I  Taxpayer Identification Number\n  Social security number / ITIN: ${ITIN(fmt)}\n  Employer identification number: ${L('ein', digits(2) + '-' + digits(7))}\nSignature: /s/ ${P('PERSON', p.first)}   Date: ${lk('date')}\n\nACH for 1099 payments: ${bankCtx()} ${BANK()}, routing ${routing()}\nContact: ${EM(p)} · ${PH('US')}\n`;
  return d;
}
// ---------- medical ----------
function rxUS() {
  const d = new Doc('medical_doc'); const doc = person(pick(['en-US', 'in-lat', 'ko', 'zh-lat', 'es-MX', 'ar-lat', 'ng', 'vi'])); const pt = person(); const a = addr(pt);
  const dr = doc.af.replace(/[^a-z]/g, '') ? doc : doc;
  d.a`${pick(['PRESCRIPTION', 'Rx — Controlled Substance (Schedule II)', 'e-Prescription record'])}\nPrescriber: Dr. ${PER(doc)}, ${pick(['MD', 'DO', 'NP', 'DDS'])}\n${deaCtx()} ${DEA(doc.last.match(/^[A-Za-z]/) ? doc.last : doc.al)}   NPI ${L('npi', '1' + digits(9))}\nClinic: ${LOC(street('US'))}, ${CITY('US')} · Tel ${PH('US')}\n\nPatient: ${PER(pt)}   DOB ${dob()}\nAddress: ${a.st}, ${a.city}\nPhone: ${PH(pt.cc)}\n\nRx: ${pick(['Oxycodone 5 mg', 'Methylphenidate ER 36 mg', 'Alprazolam 0.5 mg', 'Hydrocodone/APAP 5/325'])} #${int(10, 90)}, ${pick(['1 tab q6h prn pain', '1 tab daily', '1 tab bid'])}\nRefills: 0   Date: ${lk('date')}   Rx no. ${lk('order_number')}\n${chance(0.5) ? ['Supervising physician ', deaCtx(), ': ', DEA()] : ''}\n`;
  return d;
}
function referralUK() {
  const d = new Doc('medical_doc'); const gp = person(pick(['en-GB', 'in-lat', 'pk', 'ng', 'ie'])); const pt = person(pick(['en-GB', 'pl', 'bd', 'pk', 'ie', 'ar-lat', 'zh-lat', 'ng'])); const cons = person();
  d.a`${pick(['Riverside Medical Practice', 'Canal Street Surgery', 'Harbourside Health Centre'])}\n${LOC(street('GB'))}, ${CITY('GB')}\nTel: ${PH('GB', false)}\n\n${lk('date')}\n\nDear Dr ${PER(cons)},\n\nRe: ${PER(pt)}, DOB ${dob()}, NHS No. ${NHS(pick([true, false, 'dash']))}\nAddress: ${LOC(street('GB'))}, ${CITY('GB')}   Mobile ${PH('GB')}\n\nThank you for seeing this ${int(20, 80)}-year-old patient with ${pick(['persistent atrial fibrillation', 'suspected coeliac disease', 'worsening asthma despite ICS/LABA', 'microscopic haematuria'])}. ${pick(['Bloods attached', 'ECG enclosed', 'Spirometry last month'])} (lab ref ${lk('request_id')}).\nHer partner ${PER(person(pt.cul))} (NHS ${NHS()}) can be contacted on ${PH(pt.cc)}.\n\nYours sincerely,\nDr ${PER(gp)}\nGMC ${L('gmc_number', digits(7))}\n`;
  return d;
}
function pharmacyLog() {
  const d = new Doc('medical_doc'); const n = int(4, 7);
  d.a`controlled_substance_dispensing_log ${lk('date')}\nrx_no,dispensed,drug,qty,prescriber,prescriber_dea,patient,patient_phone\n`;
  for (let i = 0; i < n; i++) { const dr = person(pick(['en-US', 'in-lat', 'es-MX', 'ko', 'zh-lat', 'ar-lat', 'vi', 'ng'])); const pt = person(); d.val([lk('order_number'), ',', lk('date'), ',', pick(['oxycodone 10mg', 'adderall xr 20mg', 'lorazepam 1mg', 'tramadol 50mg']), ',', String(int(10, 120)), ',"', PER(dr), '",', DEA(dr.al.replace(/^[^a-z]*/, '') || 'x'), ',"', PER(pt), '",', PH('US'), '\n']); }
  d.a`# rows failing DEA checksum were dropped: ${L('invalid_dea', ((v) => v.slice(0, 8) + ((+v[8] + int(1, 9)) % 10))(dea()))} (check digit), count=${int(0, 3)}\n`;
  return d;
}
function labReport() {
  const d = new Doc('medical_doc'); const pt = person(); const dr = person('en-US');
  d.a`TRAVEL CLINIC — Vaccination certificate\nPatient: ${PER(pt)}\n${ppCtx()}: ${PASS()}\nDestination: ${((cc) => [CITY(cc), ', ', LOC(country(cc))])(pick(['BR', 'KE', 'NG', 'IN', 'TH', 'VN', 'PE', 'CO', 'ET', 'ID', 'PH', 'EG']))}\nVaccines: Yellow fever (lot ${L('lot_number', str('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + digits(5))}), Typhoid, Hep A\nAdministered by: ${PER(dr)}, ${deaCtx()} ${DEA(dr.last)}\nClinic phone: ${PH('US')}   Date: ${lk('date')}\nRecord: ${lk('uuid')}\n`;
  return d;
}
// ---------- banking ----------
function wireInstr() {
  const d = new Doc('banking_doc'); const p = person(); const b = person(); const us = chance(0.5);
  d.a`WIRE TRANSFER REQUEST — ${lk('invoice_number')}\nDate: ${lk('date')}\nOrdering customer: ${PER(p)}\n  ${us ? [bankCtx(), ': ', BANK(), '  ABA ', routing()] : ['IBAN: ', IBAN()]}\n  Address: ${place(p.cc)}\nBeneficiary: ${PER(b)}\n  ${chance(0.6) ? ['IBAN ', IBAN()] : [bankCtx(), ' ', BANK(), ' (routing ', routing(), ')']}\n  Bank: ${pick(['Banco Ejemplo', 'Sparkasse Beispiel', 'First Example Bank'])}, ${CITY()}\nAmount: ${lk('price')}   Purpose: ${pick(['invoice', 'tuition', 'property deposit', 'Miete Dezember'])}\nCallback verification: called ${PH(b.cc, true)} on ${lk('date')}\nReference: ${lk('iban_like_ref')}\n`;
  return d;
}
function statement() {
  const d = new Doc('banking_doc'); const p = person(); const n = int(5, 8);
  d.a`${pick(['Monthly statement', 'Kontoauszug', 'Relevé de compte', 'Extracto'])} — ${PER(p)}\n${place(p.cc)}\n${pick(['Account', 'Konto', 'Compte', 'Cuenta'])}: ${IBAN()}\nCard on file: ${CC()}\n\nDate        Description                                 Amount\n`;
  for (let i = 0; i < n; i++) { const r = int(0, 4); d.a`${lk('date')}  `; if (r === 0) d.a`SEPA transfer to ${PER(person())} ${IBAN()}  -${lk('price')}\n`; else if (r === 1) d.a`Card ${lk('masked_card')} ${pick(['AMAZON MKTPLC', 'REWE', 'UBER *TRIP', 'NETFLIX'])}  -${lk('price')}\n`; else if (r === 2) d.a`Salary ${pick(['ACME GMBH', 'NORTHWIND LTD'])} ref ${lk('invoice_number')}  +${lk('price')}\n`; else if (r === 3) d.a`ATM ${CITY()}  -${lk('price')}\n`; else d.a`Standing order ${lk('iban_like_ref')}  -${lk('price')}\n`; }
  return d;
}
function cryptoWhitelist() {
  const d = new Doc('banking_doc'); const p = person(); const n = int(3, 5);
  d.a`# Custody withdrawal allow-list — client ${PER(p)} (${EM(p)})\n| label | network | address | added | tx (verification) |\n|---|---|---|---|---|\n`;
  for (let i = 0; i < n; i++) d.a`| ${pick(['cold storage', 'Ledger', 'exchange', 'mum', 'OTC desk'])} | BTC | ${BTC()} | ${lk('date')} | ${lk('btc_tx_id')} |\n`;
  d.a`\nRejected (bad checksum): ${L('invalid_btc_address', '1' + str('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33))}\nApproved by ${PER(person())} from ${IP()}\n`;
  return d;
}
function loanApp() {
  const d = new Doc('banking_doc'); const p = person(pick(['en-US', 'es-MX', 'in-lat', 'vi', 'ko', 'ng', 'ph', 'zh-lat', 'pk'])); const st = DL(); const co = person(p.cul);
  d.a`MORTGAGE APPLICATION (1003) — excerpt\nBorrower: ${PER(p)}   ${chance(0.5) ? ['SSN ', SSN()] : ['ITIN ', ITIN()]}\nCo-borrower: ${PER(co)}   SSN ${SSN()}\nID verified: ${dlCtx()} ${st.span} (${st.st}); ${ppCtx()} ${PASS()}\nCurrent address: ${LOC(street('US'))}, ${CITY('US')}\nPhone: ${PH('US')}  Email: ${EM(p)}\nAssets:\n  ${bankCtx()} ${BANK()} — balance ${lk('price')}\n  ${bankCtx()} ${BANK()} — balance ${lk('price')}\n  Crypto: BTC held at ${BTC()}\nLoan no. ${lk('order_number')}  Rate lock until ${lk('date')}\n`;
  return d;
}
// ---------- markdown ----------
function mdReadme() {
  const d = new Doc('markdown'); const x = draw();
  d.a`# ${pick(['acme-sync', 'ledger-cli', 'photon'])}\n\n![build](https://ci.acme.example/badge/${lk('uuid')}.svg) version ${lk('version')}\n\n## Setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set \`API_KEY=${lk('placeholder')}\` — get yours from the dashboard.\n3. For AWS use a profile, never keys like \`${lk('aws_example_key')}\`.\n\n\`\`\`bash\nexport DATABASE_URL=postgres://app:${lk('placeholder')}@localhost:5432/app\nexport STRIPE_KEY=${lk('env_reference')}\n\`\`\`\n\n## Staging\n\nThe shared staging instance uses:\n\n\`\`\`\n${x.env}=${x.span}\nADMIN_PASSWORD=${sec('ADMIN_PASSWORD')}\n\`\`\`\n\n> ${pick(['Ask', 'Ping'])} ${PER(person())} (${EM(person(), 'acme.example')}) if these stop working.\n`;
  return d;
}
function mdRunbook() {
  const d = new Doc('markdown'); const x = draw(), y = draw(); const oncall = [person(), person(), person()];
  d.a`# Runbook: ${pick(['payments outage', 'DB failover', 'queue backlog'])}\n\n_Last updated ${lk('date')} by ${PER(oncall[0])}_\n\n## Contacts\n\n| Role | Name | Phone |\n|---|---|---|\n| Primary | ${PER(oncall[0])} | ${PH(oncall[0].cc, true)} |\n| Secondary | ${PER(oncall[1])} | ${PH(oncall[1].cc)} |\n| Vendor | ${PER(oncall[2])} | ${PH(oncall[2].cc, true)} |\n\n## Steps\n\n1. Log in to the bastion: \`ssh ops@bastion.acme.example\` (break-glass password: **${sec('SSH_PASSWORD')}**).\n2. Promote the replica: \`patronictl failover --candidate ${lk('hostname')}\`\n3. Re-point the app: set \`${x.env}\` to \`${x.span}\` in the secret store.\n4. Verify: \`curl -H "Authorization: Bearer ${y.span}" https://api.acme.example/health\`\n5. Note the incident id (${lk('uuid')}) in the postmortem.\n`;
  return d;
}
function mdOnboarding() {
  const d = new Doc('markdown'); const team = [person(), person(), person(), person()];
  d.a`# Welcome to the ${pick(['Berlin', 'Lagos', 'Tokyo', 'São Paulo', 'Austin'])} office 👋\n\n## Your team\n\n`;
  for (const p of team) d.a`- **${PER(p)}** — ${pick(['Engineering Manager', 'Staff Engineer', 'Designer', 'Office Manager', 'SRE'])}, ${CITY(p.cc)}, ${EM(p, 'acme.example')}, ${PH(p.cc)}\n`;
  d.a`\n## Practical stuff\n\n- Wi-Fi: \`ACME-Staff\` / \`${sec('WIFI_PASSWORD')}\`\n- Door code: ${L('door_code', digits(4) + '#')}\n- Shared Figma login: ${P('EMAIL_ADDRESS', 'design@acme.example')} / ${sec('USER_PASSWORD')}\n- Printer admin: ${lk('placeholder')}\n- Office address: ${((cc) => [LOC(street(cc)), ', ', CITY(cc)])(pick(['US', 'DE', 'GB', 'JP', 'BR', 'NG', 'IN', 'FR', 'MX', 'KR']))}\n- Support line: ${lk('product_code')} (that is the printer model, not a phone number)\n`;
  return d;
}
function mdPostmortem() {
  const d = new Doc('markdown'); const x = draw(); const p = person();
  d.a`# Postmortem: leaked ${x.k.d} (${lk('date')})\n\n## Summary\n\nAt ${lk('timestamp')} a ${x.k.d} was pushed to a public gist by ${PER(p)}. The key (\`${x.span}\`) was used from ${IP()} and ${IP()} within ${int(4, 40)} minutes.\n\n## Timeline\n\n- ${lk('timestamp')} commit ${lk('short_sha')} pushed\n- ${lk('timestamp')} scanner alert ${lk('request_id')}\n- ${lk('timestamp')} key revoked; replacement stored at ${lk('env_reference')}\n\n## Action items\n\n- [ ] pre-commit hook (${lk('ticket_id')})\n- [ ] rotate the ${pick(['Slack', 'Stripe', 'AWS'])} credentials as well: ${draw().span}\n`;
  return d;
}
export const JSONAPI = [apiUsers, apiPayment, apiToken, apiKyc, apiCrypto];
function csvOrders() {
  const d = new Doc('csv_export'); const n = int(4, 7);
  d.a`order_id,created_at,customer,email,card_number,exp,amount,status
`;
  for (let i = 0; i < n; i++) { const p = person(); const r = int(0, 9); d.val([lk('order_number'), ',', lk('timestamp'), ',"', PER(p), '",', EM(p), ',', r < 6 ? CC(undefined, pick(['plain', 'sp', 'dash'])) : r < 8 ? lk('masked_card') : r < 9 ? lk('invalid_card') : lk('vendor_test_card'), ',', `${String(int(1, 12)).padStart(2, '0')}/${int(27, 31)}`, ',', lk('price'), ',', pick(['paid', 'refunded', 'chargeback']), '\n']); }
  d.a`# exported by ${EM(person(), 'acme.example')} for the PCI audit — delete after use
`;
  return d;
}
function csv1099() {
  const d = new Doc('csv_export'); const n = int(4, 7);
  d.a`"Recipient name","TIN","TIN type","Street","City","Box 1 nonemployee comp"
`;
  for (let i = 0; i < n; i++) { const p = person(pick(['es-MX', 'in-lat', 'zh-lat', 'ko', 'vi', 'ng', 'ph', 'pk', 'co', 'ar-AR', 'ru2', 'pl'])); const it = chance(0.7); d.val(['"', PER(p), '","', it ? ITIN(pick(['-', '-', '', ' '])) : SSN(), '","', it ? 'ITIN' : 'SSN', '","', LOC(street('US')), '","', CITY('US'), '","', lk('price'), '"\n']); }
  return d;
}
export const CSV = [csvCrm, csvPayroll, csvSepa, csvPatients, csvOrders, csv1099];
function ticketPgp() {
  const d = new Doc('ticket'); const p = person(); const key = pick([pgpKey, ecKey, opensshKey])(); const ent = key.includes('PGP') ? 'PGP_PRIVATE_KEY' : key.includes('OPENSSH') ? 'OPENSSH_PRIVATE_KEY' : 'EC_PRIVATE_KEY';
  d.a`${lk('ticket_id')} · ${pick(['Cannot sign release', 'SFTP upload rejected', 'Key import fails'])}
From: ${PER(p)} <${EM(p)}>

${pick(['Attaching my key so you can check what is wrong with it:', 'here is the key file content (is the format ok?)', 'Fehlermeldung beim Import, Schlüssel unten:'])}

${S(ent, key)}

${pick(['Thanks!', 'Danke', 'merci'])} — ${P('PERSON', p.first)}, ${PH(p.cc)}
`;
  return d;
}
export const TICKET = [ticketCustomer, ticketIT, ticketTravel, ticketPgp];
export const EMAIL = [emailHR, emailCreds, emailBEC, emailVendor, emailLetter];
export const CHAT = [chatSlack, chatTranscript, chatWhatsapp];
export const HR = [hrRecord, hrI9, hrW9];
export const MED = [rxUS, referralUK, pharmacyLog, labReport];
function cardDispute() {
  const d = new Doc('banking_doc'); const p = person(); const lang = pick(['en', 'es', 'de', 'fr']);
  const T = { en: ['CARD DISPUTE FORM', 'Cardholder', 'Card number', 'Replacement card issued', 'Disputed transactions'], es: ['FORMULARIO DE RECLAMACIÓN', 'Titular', 'Número de tarjeta', 'Tarjeta de reemplazo', 'Movimientos reclamados'], de: ['REKLAMATIONSFORMULAR KARTE', 'Karteninhaber', 'Kartennummer', 'Ersatzkarte', 'Reklamierte Umsätze'], fr: ['CONTESTATION CARTE', 'Titulaire', 'Numéro de carte', 'Carte de remplacement', 'Opérations contestées'] }[lang];
  d.a`${T[0]} — ${lk('ticket_id')}
${T[1]}: ${PER(p)}
${T[2]}: ${CC()}
${T[3]}: ${CC()}
Phone: ${PH(p.cc)}
Address: ${place(p.cc)}

${T[4]}:
`;
  for (let i = 0, n = int(2, 4); i < n; i++) d.a`  ${lk('date')}  ${pick(['ONLINE STORE', 'HOTEL', 'AIRLINE', 'GAME CREDITS'])}  ${lk('price')}  auth ${L('auth_code', str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6))}
`;
  d.a`Previously reported card (closed): ${lk('invalid_card')}
`;
  return d;
}
export const BANKING = [wireInstr, statement, cryptoWhitelist, loanApp, cardDispute];
export const MD = [mdReadme, mdRunbook, mdOnboarding, mdPostmortem];
