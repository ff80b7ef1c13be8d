// People-facing document templates: CRM, tickets, e-mail, chat, HR, medical, banking, CSV, Wi-Fi.
import { Doc } from './core.mjs';
import { pi, se, lw, person, phone, mail, cityOf, countryOf, address, fullAddress, ctxPerson, P, make, styleName } from './common.mjs';
import { lk } from './lookalikes.mjs';
import { humanPassword, machinePassword, wifiPass, GENERIC } from './secrets.mjs';

// prose phrasings of a shared secret, 14 languages: (S secret seg, N person seg) => segment
export const PROSE = {
  en: [(S, N) => ['hey ', N, ', the password for the staging box is ', S, ' - please don\'t paste it in #general'], (S, N) => ['FYI ', N, ' rotated it, new key: ', S], (S) => ['ok so the token is ', S, ' (expires friday)']],
  de: [(S, N) => ['Hallo ', N, ', das Passwort für den Testserver lautet ', S, '. Bitte nicht weitergeben!'], (S) => ['Der neue API-Schlüssel ist ', S, ', der alte ist gesperrt.'], (S, N) => [N, ' meinte, das Kennwort sei jetzt ', S]],
  fr: [(S, N) => ['Salut ', N, ', le mot de passe du serveur de recette est ', S], (S) => ['Voici la clé d\'API : ', S, ' — ne la commitez pas.'], (S, N) => ['Comme convenu avec ', N, ', le jeton est ', S]],
  es: [(S, N) => ['Hola ', N, ', la contraseña del panel es ', S], (S) => ['Te paso la clave de la API: ', S, ' (solo para pruebas)'], (S) => ['el token nuevo es ', S, ' ya lo cambié']],
  pt: [(S, N) => ['Oi ', N, ', a senha do servidor de homologação é ', S], (S) => ['Segue a chave da API: ', S, '. Não compartilhe.']],
  it: [(S, N) => ['Ciao ', N, ', la password del gestionale è ', S], (S) => ['La chiave API nuova è ', S, ', quella vecchia è stata revocata.']],
  nl: [(S, N) => ['Hoi ', N, ', het wachtwoord voor de testomgeving is ', S], (S) => ['De nieuwe API-sleutel: ', S]],
  pl: [(S, N) => ['Cześć ', N, ', hasło do serwera testowego to ', S], (S) => ['Nowy klucz API: ', S, ' — nie wrzucaj go do repo.']],
  ja: [(S, N) => [N, 'さん、検証環境のパスワードは ', S, ' です。'], (S) => ['新しいAPIキーは ', S, ' です。共有しないでください。']],
  zh: [(S, N) => [N, '，测试服务器的密码是 ', S, '，别外传。'], (S) => ['新的API密钥：', S]],
  ru: [(S, N) => [N, ', пароль от тестового сервера: ', S], (S) => ['Новый токен доступа — ', S, ', старый отозван.']],
  tr: [(S, N) => ['Merhaba ', N, ', test sunucusunun şifresi ', S], (S) => ['Yeni API anahtarı: ', S]],
  ko: [(S, N) => [N, '님, 스테이징 서버 비밀번호는 ', S, ' 입니다.'], (S) => ['새 API 키: ', S]],
  sv: [(S, N) => ['Hej ', N, '! Lösenordet till testmiljön är ', S], (S) => ['Ny API-nyckel: ', S]],
  ar: [(S, N) => ['مرحبا ', N, '، كلمة المرور للخادم هي ', S]],
};
const LANG_CULT = { en: 'en_us', de: 'de', fr: 'fr', es: 'es', pt: 'pt_br', it: 'it', nl: 'nl', pl: 'pl', ja: 'ja', zh: 'zh', ru: 'ru', tr: 'tr', ko: 'ko', sv: 'sv', ar: 'ar' };
const LANG_CC = { en: 'US', de: 'DE', fr: 'FR', es: 'ES', pt: 'BR', it: 'IT', nl: 'NL', pl: 'PL', ja: 'JP', zh: 'CN', ru: 'RU', tr: 'TR', ko: 'KR', sv: 'SE', ar: 'AE' };
export const PROSE_LANGS = Object.keys(PROSE);
function proseSecret(r, c, lang, s) {
  const f = r.pick(PROSE[lang]); return f(s || c.sec(), person(r, LANG_CULT[lang]));
}

export function chat(r, c, lang) {
  lang = lang || r.pick(PROSE_LANGS); const d = new Doc('chat'); const cult = LANG_CULT[lang];
  const users = [P.given(r, cult), P.given(r, cult), P.given(r, 'en_us')];
  d.t(`# export of #${r.pick(['ops', 'team-berlin', 'support-tier2', 'proj-atlas'])} (${lang})\n`);
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) {
    d.t('[').l(lk(r, 'timestamp')).t('] ').p(pi('PERSON', users[i % 3])).t(': ');
    const k = r.int(0, 6);
    if (k <= 1) d.seg(proseSecret(r, c, lang, k === 0 ? undefined : se(r.pick(['USER_PASSWORD', 'ADMIN_PASSWORD']), humanPassword(r))));
    else if (k === 2) d.t('wifi is ').t(r.pick(['"Büro-Gast"', 'HomeNet', 'Casa_5G'])).t(' / ').s('WIFI_PASSWORD', wifiPass(r));
    else if (k === 3) d.t('call me at ').p(phone(r, LANG_CC[lang])).t(' or mail ').p(mail(r, P.person(r, 'en_gb')));
    else if (k === 4) d.t('meeting moved to ').seg(address(r, LANG_CC[lang])).t(', ').l(lk(r, 'date'));
    else if (k === 5) d.t('ticket ').l(lk(r, 'crm_id')).t(' is for ').p(person(r, cult)).t(' from ').p(cityOf(r, LANG_CC[lang]));
    else d.t('build ').l(lk(r, 'build_number')).t(' ok, use ').l(lk(r, 'placeholder')).t(' in the template, not the real key');
    if (r.chance(0.3)) d.t(' ').l(c.lk());
    d.t('\n');
  }
  return d;
}

export function ticket(r, c) {
  const d = new Doc('ticket'); const cu = ctxPerson(r); const ag = person(r, 'en_gb');
  const cc = r.pick(P.COUNTRY_KEYS);
  d.t('Ticket ').l(lk(r, 'crm_id')).t(` — ${r.pick(['Integration returns 401', 'Cannot log in after reset', 'Webhook signature mismatch', 'SSO broken'])}\nRequester: `).p(cu.P).t(' <').p(cu.E).t('>\nPhone: ').p(phone(r)).t('\nCreated: ').l(lk(r, 'timestamp')).t('\n\n--- customer ---\n');
  const names = ['client_secret', 'api_secret', 'auth key', 'signing key', 'token', 'secret', 'app secret', 'HMAC key', 'shared secret', 'consumer secret', 'private token', 'integration key'];
  const nm = r.pick(names); const s = c.sec();
  d.t(`Hi, our ${nm} stopped working this morning. Here it is so you can check: `).s(s).t('\n');
  if (r.chance(0.6)) d.t('We also tried the old one, ').s(c.sec()).t(', same error.\n');
  if (r.chance(0.5)) d.t('My login is ').p(cu.E).t(' and the password I set yesterday is ').s('USER_PASSWORD', humanPassword(r)).t('\n');
  if (r.chance(0.4)) { const dl = P.driverLicense(r); d.t(`For verification: ${r.pick(DL_CTX)} (${dl.st}) `).p('US_DRIVER_LICENSE', dl.v).t(`, ${r.pick(PP_CTX)} `).p('US_PASSPORT', P.passport(r)).t('\n'); }
  d.t('Attachment ref ').l(c.lk()).t('\n');
  d.t('Our office: ').seg(fullAddress(r, cc)).t('\nRequest id from the error page: ').l(lk(r, 'request_id')).t('\n\n--- agent ').p(ag).t(' ---\nThanks! Please never send credentials here; I have asked the team to revoke ').l(lk(r, 'placeholder')).t('. The signature header should look like ').l(lk(r, 'hash')).t(`. Your plan renews on `).l(lk(r, 'date')).t(' for ').l(lk(r, 'price')).t('.\n');
  if (r.chance(0.5)) { const l2 = r.pick(PROSE_LANGS); d.t('\n--- customer (forwarded from colleague) ---\n').seg(proseSecret(r, c, l2)).t('\n'); }
  return d;
}

const SIG_TITLES = ['Head of Finance', 'Practice Manager', 'Key Account Manager', 'IT-Leitung', 'Responsable RH'];
export function email(r, c) {
  const d = new Doc('email'); const f = ctxPerson(r), t = ctxPerson(r); const lang = r.pick(PROSE_LANGS);
  d.t('From: ').p(f.P).t(' <').p(f.E).t('>\nTo: ').p(t.P).t(' <').p(t.E).t('>\nDate: ').l(lk(r, 'timestamp')).t('\nMessage-ID: <').l(lk(r, 'uuid')).t('@mail.corp.example>\nSubject: ').t(r.pick(['Zugangsdaten', 'credentials for the vendor portal', 'Re: invoice', 'Accès', 'onboarding'])).t('\n\n');
  d.seg(proseSecret(r, c, lang)).t('\n\n');
  if (r.chance(0.6)) d.t('Invoice ').l(lk(r, 'invoice_number')).t(' for ').l(lk(r, 'price')).t(' should be paid to ').p(pi('IBAN_CODE', P.iban(r))).t('.\n');
  if (r.chance(0.4)) d.t('Login: ').p(f.E).t(' / ').s('USER_PASSWORD', humanPassword(r)).t('\n');
  if (r.chance(0.3)) d.t(r.pick(['Donations in bitcoin go to ', 'Please send the BTC refund to ', 'Meine Wallet-Adresse: ', 'Adresse du portefeuille : '])).p(pi('CRYPTO', P.btc(r))).t('\n');
  if (r.chance(0.3)) { const dn = P.person(r, 'en_us'); d.t('Prescriber on the form: Dr. ').p(pi('PERSON', dn)).t(', DEA ').p(pi('MEDICAL_LICENSE', P.dea(r, dn.split(' ').pop()))).t('\n'); }
  d.t('Ref: ').l(c.lk()).t('\n');
  d.t('\n--\n').p(f.P).t('\n' + r.pick(SIG_TITLES) + '\n').seg(fullAddress(r)).t('\nTel. ').p(phone(r)).t(' | Mobil ').p(phone(r)).t('\n');
  return d;
}

export function crmCsv(r, c) {
  const d = new Doc('crm_csv'); const n = r.int(7, 12);
  d.t('record_id,full_name,email,phone,street,city,country,owner,created\n');
  for (let i = 0; i < n; i++) {
    const cc = r.pick(P.COUNTRY_KEYS); const pcc = P.PHONES[cc] ? cc : r.pick(P.PHONE_KEYS); const who = ctxPerson(r);
    const [st] = P.COUNTRIES[cc].street(r);
    d.l(lk(r, 'crm_id')).t(',"').p(who.P).t('",').p(who.E).t(',"').p(phone(r, pcc)).t('","').p('LOCATION', st).t('",').p(cityOf(r, cc)).t(',').p(countryOf(r, cc)).t(',').p(pi('PERSON', P.given(r, 'en_us'))).t(',').l(lk(r, 'date')).t('\n');
  }
  return d;
}

export function spreadsheet(r, c) {
  const d = new Doc('spreadsheet'); const n = r.int(8, 14); const mode = r.int(0, 2);
  if (mode === 0) { // no header, names and places only
    for (let i = 0; i < n; i++) { const cc = r.pick(P.COUNTRY_KEYS); d.p(person(r)).t(';').p(cityOf(r, cc)).t(';').p(countryOf(r, cc)).t(';').l(lk(r, 'price')).t('\n'); }
  } else if (mode === 1) {
    d.t('Name\tDept\tExt\tSeat\tLaptop MAC\n');
    for (let i = 0; i < n; i++) d.p(person(r)).t(`\t${r.pick(['Ops', 'Sales', 'R&D', 'Legal'])}\t`).p(phone(r)).t(`\t${r.str('ABCD', 1)}${r.int(1, 60)}\t`).l(lk(r, 'mac_address')).t('\n');
  } else {
    d.t('payee,amount,account,routing,memo\n');
    for (let i = 0; i < n; i++) d.p(person(r, r.pick(['en_us', 'mx', 'in_lat', 'zh_lat', 'vi', 'fil']))).t(',').l(lk(r, 'price')).t(',').p(pi('US_BANK_NUMBER', P.bankAccount(r))).t(`,${P.aba(r)},`).l(lk(r, 'invoice_number')).t('\n');
  }
  return d;
}

const DL_CTX = ['DL#', "Driver's License No.", 'Operator license', 'DLN', 'Führerschein (US)', 'licencia de conducir', 'State ID/DL', 'driving permit number'];
const PP_CTX = ['Passport No.', 'PPT', 'US passport', 'travel document no.', 'Reisepass-Nr. (USA)', 'passport book #', 'pasaporte'];
const BANK_CTX = ['Checking acct', 'Account number', 'DDA', 'Direct deposit account', 'Kontonummer (US)', 'savings #', 'acct no'];
export function hrRecord(r, c) {
  const d = new Doc('hr_record'); const e = ctxPerson(r); const dl = P.driverLicense(r);
  d.t(`EMPLOYEE FILE — CONFIDENTIAL\nEmployee: `).p(e.P).t('\nWork e-mail: ').p(e.E).t('\nHome address: ').seg(address(r, 'US')).t('\nMobile: ').p(phone(r, 'US')).t('\nDate of birth: ').l(lk(r, 'date')).t('\nSSN: ').p(pi('US_SSN', P.ssn(r, r.pick(['-', '-', ' '])))).t('\n');
  if (r.chance(0.8)) d.t(`${r.pick(ITIN_CTX)} (${r.pick(['spouse', 'dependent', 'self'])}): `).p(pi('US_ITIN', P.itin(r))).t('\n');
  d.t(`${r.pick(DL_CTX)} (${dl.st}): `).p('US_DRIVER_LICENSE', dl.v).t('\n').t(`${r.pick(PP_CTX)}: `).p('US_PASSPORT', P.passport(r)).t('\n');
  d.t(`${r.pick(BANK_CTX)}: `).p(pi('US_BANK_NUMBER', P.bankAccount(r))).t(`  routing ${P.aba(r)}\n`);
  d.t('Emergency contact: ').p(person(r)).t(', ').p(phone(r)).t('\nManager: ').p(person(r)).t('\nEmployee ID: ').l(lk(r, 'crm_id')).t('  Start: ').l(lk(r, 'date')).t('\n');
  d.t('Notes: relocated from ').p(cityOf(r)).t(' to ').p(cityOf(r, 'US')).t('; previous invalid SSN on file ').l(lk(r, 'invalid_ssn')).t(' corrected.\n');
  if (r.chance(0.4)) d.t('Initial portal password (must change): ').s('USER_PASSWORD', humanPassword(r)).t('\n');
  return d;
}

export function medicalRecord(r, c) {
  const d = new Doc('medical_record'); const pt = ctxPerson(r); const docName = P.person(r, r.pick(['en_us', 'in_lat', 'ar_lat', 'ko_lat', 'es']));
  const uk = r.chance(0.5);
  d.t('PATIENT SUMMARY\nPatient: ').p(pt.P).t('\n');
  if (uk) d.t('NHS no: ').p(pi('UK_NHS', P.nhs(r))).t('\nAddress: ').seg(address(r, 'GB')).t('\nGP phone: ').p(phone(r, 'GB')).t('\n');
  else d.t('MRN: ').l(lk(r, 'crm_id')).t('\nAddress: ').seg(address(r, 'US')).t('\nPhone: ').p(phone(r, 'US')).t('\nSSN: ').p(pi('US_SSN', P.ssn(r))).t('\n');
  d.t('DOB: ').l(lk(r, 'date')).t('\nAllergies: penicillin\n\nPrescriber: Dr. ').p(pi('PERSON', docName)).t(`, ${r.pick(['DEA#', 'DEA reg.', 'DEA registration', 'prescriber DEA', 'DEA No'])} `).p(pi('MEDICAL_LICENSE', P.dea(r, docName.split(' ').pop()))).t('\n');
  d.t('Rx: atorvastatin 20mg, refills 3, filled at pharmacy in ').p(cityOf(r)).t('\nNext visit ').l(lk(r, 'timestamp')).t(', lab ref ').l(lk(r, 'ulid')).t('\nReferred by ').p(person(r)).t(' (').p(mail(r, P.person(r, 'en_gb'))).t(')\n');
  if (r.chance(0.5)) d.t('Patient portal temp password: ').s('USER_PASSWORD', humanPassword(r)).t('\n');
  return d;
}

export function banking(r, c) {
  const d = new Doc('banking'); const h = ctxPerson(r);
  d.t('ACCOUNT STATEMENT\nHolder: ').p(h.P).t('\n').seg(fullAddress(r)).t('\nIBAN: ').p(pi('IBAN_CODE', P.iban(r))).t('\nPeriod ending ').l(lk(r, 'date')).t('\n\n');
  for (let i = 0; i < r.int(4, 7); i++) {
    const k = r.int(0, 4);
    if (k === 0) d.l(lk(r, 'date')).t(' SEPA transfer to ').p(person(r)).t(' ').p(pi('IBAN_CODE', P.iban(r))).t(' ').l(lk(r, 'price')).t('\n');
    else if (k === 1) d.l(lk(r, 'date')).t(' Card ').p(pi('CREDIT_CARD', P.card(r))).t(' purchase ').l(lk(r, 'price')).t('\n');
    else if (k === 2) d.l(lk(r, 'date')).t(' Crypto withdrawal to ').p(pi('CRYPTO', P.btc(r))).t('\n');
    else if (k === 3) d.l(lk(r, 'date')).t(' ACH from acct ').p(pi('US_BANK_NUMBER', P.bankAccount(r))).t(` (ABA ${P.aba(r)}) `).l(lk(r, 'price')).t('\n');
    else d.l(lk(r, 'date')).t(' Rejected: malformed IBAN ').l(lk(r, 'invalid_iban')).t(' / card ').l(lk(r, 'invalid_card')).t('\n');
  }
  d.t('Statement id ').l(c.lk()).t('\n');
  d.t('\nQuestions? Call ').p(phone(r)).t('. Reference ').l(lk(r, 'order_number')).t('\n');
  if (r.chance(0.3)) d.t('Online banking PIN reminder (do not share): ').s('USER_PASSWORD', String(r.int(100000, 999999))).t('\n');
  return d;
}

const SSIDS = ['Zuhause_5G', 'FRITZ!Box 7590 QX', 'Casa-Rossi', 'Office-Guest', 'Livebox-8F2A', 'Vodafone-3C21', 'HUAWEI-B535', 'Pretty Fly for a WiFi', 'Cafe_Lumiere', 'iPhone von Lea'];
export function wifiNote(r, c) {
  const d = new Doc('wifi_note'); const ssid = r.pick(SSIDS); const pw = wifiPass(r); const k = r.int(0, 4);
  if (k === 0) d.t('ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n\tssid="' + ssid + '"\n\tpsk="').s('WIFI_PASSWORD', pw).t('"\n\tkey_mgmt=WPA-PSK\n}\n\nnetwork={\n\tssid="Lab-IoT"\n\tpsk=').s(make(r, 'WIFI_PSK_HEX')).t('\n}\n# bssid ').l(lk(r, 'mac_address')).t('\n# set up by ').p(person(r)).t('\n');
  else if (k === 1) d.t('interface=wlan0\ndriver=nl80211\nssid=' + ssid + '\nhw_mode=g\nchannel=6\nwpa=2\nwpa_passphrase=').s('WIFI_PASSWORD', pw).t('\nwpa_key_mgmt=WPA-PSK\n# admin: ').p(person(r)).t(' ').p(phone(r)).t('\n# radius secret\nauth_server_shared_secret=').s('VPN_PRESHARED_KEY', machinePassword(r)).t('\n');
  else if (k === 2) d.t('Guest info card (print + QR)\nQR payload: WIFI:T:WPA;S:' + ssid.replace(/[;:,]/g, '') + ';P:').s('WIFI_PASSWORD', pw.replace(/[;:,\\"]/g, '')).t(';;\nHost: ').p(person(r)).t('\nAddress: ').seg(fullAddress(r)).t('\nCheck-in ').l(lk(r, 'date')).t(', booking ').l(lk(r, 'order_number')).t('\n');
  else if (k === 3) { const lang = r.pick(['de', 'fr', 'es', 'it', 'nl', 'pt']); const lines = { de: ['WLAN: ', ' — Passwort: '], fr: ['Wi-Fi : ', ' — mot de passe : '], es: ['Wifi: ', ' — clave: '], it: ['Wi-Fi: ', ' — password: '], nl: ['wifi: ', ' — wachtwoord: '], pt: ['Wi-Fi: ', ' — senha: '] }[lang]; d.t(`Notiz von `).p(person(r, LANG_CULT[lang])).t(`\n${lines[0]}${ssid}${lines[1]}`).s('WIFI_PASSWORD', pw).t('\nRouter-Login admin / ').s('ADMIN_PASSWORD', humanPassword(r)).t('\nFerienwohnung: ').seg(address(r, LANG_CC[lang])).t('\nNotfall: ').p(phone(r, LANG_CC[lang])).t('\n'); }
  else d.t('config wifi-iface \'default_radio0\'\n\toption device \'radio0\'\n\toption mode \'ap\'\n\toption ssid \'' + ssid + '\'\n\toption encryption \'psk2\'\n\toption key \'').s('WIFI_PASSWORD', pw.replace(/'/g, '')).t('\'\n\toption macaddr \'').l(lk(r, 'mac_address')).t('\'\n# owner ').p(person(r)).t(' <').p(mail(r, P.person(r, 'nl'))).t('>\n');
  return d;
}

// Free prose with names and places and no field labels, several languages.
const PROSE_PII = {
  en: (r, N, C, C2) => ['Last week ', N(), ' flew from ', C(), ' to ', C2(), ' to meet ', N(), '; they stayed with ', N(), ' near the old harbour and drove on to ', C(), ' on Sunday.'],
  de: (r, N, C, C2) => ['Am Montag hat ', N(), ' mit ', N(), ' in ', C(), ' gesprochen; danach ging es weiter nach ', C2(), ', wo ', N(), ' schon wartete.'],
  fr: (r, N, C, C2) => ['Après la réunion à ', C(), ', ', N(), ' a raccompagné ', N(), ' jusqu\'à ', C2(), '. ', N(), ' nous rejoindra plus tard.'],
  es: (r, N, C, C2) => [N(), ' y ', N(), ' viajaron de ', C(), ' a ', C2(), ' para visitar a ', N(), '.'],
  it: (r, N, C, C2) => ['Ieri ', N(), ' è partita da ', C(), ' per ', C2(), ' insieme a ', N(), '.'],
  pt: (r, N, C, C2) => [N(), ' mudou-se de ', C(), ' para ', C2(), ' e agora divide apartamento com ', N(), '.'],
  pl: (r, N, C, C2) => [N(), ' przyjechał z ', C(), ' do ', C2(), ', gdzie spotkał się z ', N(), '.'],
  nl: (r, N, C, C2) => [N(), ' en ', N(), ' zijn vanuit ', C(), ' naar ', C2(), ' verhuisd.'],
  ja: (r, N, C, C2) => [N(), 'さんは先週', C(), 'から', C2(), 'へ出張し、', N(), 'さんと打ち合わせをしました。'],
  zh: (r, N, C, C2) => [N(), '上周从', C(), '到', C2(), '出差，见了', N(), '。'],
  ru: (r, N, C, C2) => [N(), ' переехала из города ', C(), ' в ', C2(), ' и теперь работает с ', N(), '.'],
  tr: (r, N, C, C2) => [N(), ' geçen hafta ', C(), ' şehrinden ', C2(), ' şehrine taşındı; ', N(), ' ona yardım etti.'],
  ko: (r, N, C, C2) => [N(), ' 씨는 ', C(), '에서 ', C2(), '(으)로 이사했고 ', N(), ' 씨를 만났습니다.'],
};
export function meetingNotes(r, c) {
  const d = new Doc('meeting_notes'); const langs = r.shuffle(Object.keys(PROSE_PII)).slice(0, r.int(3, 5));
  d.t(`Notes — ${r.pick(['field visit', 'regional sync', 'Reisebericht', 'compte rendu'])} `).l(lk(r, 'date')).t('\n\n');
  for (const lang of langs) {
    const cult = LANG_CULT[lang] || 'en_us', cc = LANG_CC[lang] || 'US';
    const N = () => person(r, r.chance(0.7) ? cult : undefined), C = () => cityOf(r, r.chance(0.6) ? cc : undefined), C2 = () => (r.chance(0.5) ? countryOf(r) : cityOf(r));
    d.seg(PROSE_PII[lang](r, N, C, C2)).t('\n\n');
  }
  d.t('Attendees:\n');
  for (let i = 0; i < r.int(3, 5); i++) d.t('- ').p(person(r)).t(', ').p(cityOf(r)).t('\n');
  d.t('Ref ').l(c.lk()).t(' / ').l(c.lk()).t('\n');
  if (r.chance(0.4)) d.t('PS: the shared drive password is ').s('USER_PASSWORD', humanPassword(r)).t(' until IT fixes SSO.\n');
  return d;
}

// Identity / KYC / pharmacy forms: the hard entities with varied context words.
const ITIN_CTX = ['ITIN', 'Individual Taxpayer ID', 'TIN (ITIN)', 'tax id (9xx)', 'W-7 number'];
const NHS_CTX = ['NHS number', 'NHS No.', 'NHS#', 'patient NHS', 'número NHS'];
export function kycForm(r, c) {
  const d = new Doc('kyc_form'); const a = ctxPerson(r); const k = r.int(0, 2);
  if (k === 0) {
    d.t('KYC REVIEW ').l(c.lk()).t('\nApplicant: ').p(a.P).t(' (').p(a.E).t(')\nResidence: ').seg(address(r, 'US')).t('\n');
    for (let i = 0; i < r.int(2, 3); i++) { const dl = P.driverLicense(r); d.t(`${r.pick(DL_CTX)} ${dl.st}: `).p('US_DRIVER_LICENSE', dl.v).t(' exp ').l(lk(r, 'date')).t('\n'); }
    d.t(`${r.pick(PP_CTX)} `).p('US_PASSPORT', P.passport(r)).t(', second document ').p('US_PASSPORT', P.passport(r)).t('\n');
    d.t(`Wallet declared (${r.pick(['BTC', 'bitcoin', 'payout address', 'cold storage'])}): `).p(pi('CRYPTO', P.btc(r))).t('\n');
    d.t(`${r.pick(ITIN_CTX)}: `).p(pi('US_ITIN', P.itin(r))).t('  SSN on file: ').p(pi('US_SSN', P.ssn(r))).t('\n');
    d.t(`${r.pick(BANK_CTX)} `).p(pi('US_BANK_NUMBER', P.bankAccount(r))).t(`, routing ${P.aba(r)}\nReviewer: `).p(person(r)).t('  case ref ').l(c.lk()).t('\n');
  } else if (k === 1) {
    d.t('PHARMACY CLAIMS BATCH ').l(lk(r, 'invoice_number')).t('\n');
    for (let i = 0; i < r.int(3, 5); i++) { const doc = P.person(r, r.pick(['en_us', 'in_lat', 'es', 'ko_lat', 'yo', 'ar_lat'])); d.t('- Dr. ').p(pi('PERSON', doc)).t(`, ${r.pick(['DEA', 'DEA#', 'DEA reg', 'Rx auth no.', 'controlled-substance reg.'])} `).p(pi('MEDICAL_LICENSE', P.dea(r, doc.split(' ').pop()))).t(', ').p(cityOf(r, 'US')).t(' — ').l(lk(r, 'price')).t('\n'); }
    d.t('Member: ').p(a.P).t(', ').p(phone(r, 'US')).t('\n');
  } else {
    d.t('NHS REFERRAL\n');
    for (let i = 0; i < r.int(3, 4); i++) d.p(person(r, r.pick(['en_gb', 'cy', 'ga_ie', 'in_lat', 'yo', 'pl']))).t(` — ${r.pick(NHS_CTX)} `).p(pi('UK_NHS', P.nhs(r))).t(', ').seg(address(r, 'GB')).t('\n');
    d.t('Referring GP: Dr. ').p(person(r, 'en_gb')).t(', ').p(phone(r, 'GB')).t('\nRef ').l(c.lk()).t('\n');
  }
  return d;
}
