// People-facing templates: prose/chat/email/tickets in many languages, CRM/HR/medical/banking, notebooks, CSV, markdown.
import { Doc } from './builder.mjs';

// prose around a secret, per language: [before, after]
const PROSE = {
  en: [['The staging DB password is ', ' — please don\'t paste it anywhere else.'], ['here you go: ', ' (expires Friday)'], ['use this key for the partner API: ', ''], ['Wi-Fi for the offsite is ', ', network is on the flyer'], ['I reset it, new one is ', '']],
  de: [['Das Passwort für den Staging-Server lautet ', ' – bitte nicht weitergeben.'], ['Hier der Token: ', ''], ['Neuer API-Schlüssel für das Portal: ', ', der alte ist gesperrt.'], ['WLAN-Passwort im Büro ist jetzt ', '']],
  fr: [['Le mot de passe de la base de recette est ', ', merci de ne pas le diffuser.'], ['Voici le jeton : ', ''], ['clé API du prestataire : ', ' (valable jusqu\'à lundi)'], ['Le code wifi de la salle est ', '']],
  es: [['La contraseña del servidor de pruebas es ', ', no la compartas.'], ['Te paso el token: ', ''], ['clave de la API del proveedor: ', ''], ['La clave del wifi de la oficina es ', '']],
  pt: [['A senha do banco de homologação é ', ', não compartilhe.'], ['Segue o token: ', ''], ['chave da API: ', ' (vale até sexta)'], ['senha do wi-fi: ', '']],
  it: [['La password del database di test è ', ', non condividerla.'], ['Ecco il token: ', ''], ['chiave API del fornitore: ', ''], ['password del wifi: ', '']],
  nl: [['Het wachtwoord van de testdatabase is ', ', niet delen aub.'], ['Hier is het token: ', ''], ['wifi-wachtwoord: ', '']],
  pl: [['Hasło do bazy testowej to ', ', nie udostępniaj dalej.'], ['Token: ', ' (ważny do piątku)'], ['hasło do wifi: ', '']],
  ru: [['Пароль от тестовой базы: ', ', никому не пересылай.'], ['Вот токен: ', ''], ['пароль от вайфая — ', '']],
  ja: [['検証環境DBのパスワードは ', ' です。共有しないでください。'], ['トークンはこちら: ', ''], ['Wi-Fiのパスワード：', '']],
  zh: [['测试数据库的密码是 ', '，请勿外传。'], ['令牌：', ''], ['WiFi密码：', '']],
  tr: [['Test veritabanı şifresi ', ', kimseyle paylaşma.'], ['Token şu: ', ''], ['wifi şifresi: ', '']],
  sv: [['Lösenordet till testdatabasen är ', ', dela inte vidare.'], ['Här är token: ', ''], ['wifi-lösenord: ', '']],
  ko: [['테스트 DB 비밀번호는 ', ' 입니다. 공유 금지.'], ['토큰: ', '']],
};
const LANG_CULT = { en: ['en_US', 'en_GB', 'ga', 'hi_Latn', 'zu', 'mi'], de: ['de'], fr: ['fr'], es: ['es'], pt: ['pt_BR'], it: ['it'], nl: ['nl'], pl: ['pl'], ru: ['ru', 'uk'], ja: ['ja'], zh: ['zh'], tr: ['tr'], sv: ['sv', 'fi'], ko: ['ko'] };
const GREET = { en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola', pt: 'Olá', it: 'Ciao', nl: 'Hoi', pl: 'Cześć', ru: 'Привет', ja: 'お疲れ様です', zh: '你好', tr: 'Merhaba', sv: 'Hej', ko: '안녕하세요' };
const MEET = { en: ['Lunch with ', ' in ', ' next week?'], de: ['Treffen mit ', ' in ', ' am Donnerstag.'], fr: ['Réunion avec ', ' à ', ' mardi.'], es: ['Quedamos con ', ' en ', ' el lunes.'], pt: ['Reunião com ', ' em ', ' na quarta.'], it: ['Incontro con ', ' a ', ' venerdì.'], nl: ['Afspraak met ', ' in ', ' morgen.'], pl: ['Spotkanie z ', ' w ', ' w środę.'], ru: ['Встреча с ', ' в городе ', ' в пятницу.'], ja: ['', 'さんと', 'で打ち合わせ。'], zh: ['和', '在', '开会。'], tr: ['', ' ile ', ' şehrinde toplantı.'], sv: ['Möte med ', ' i ', ' på fredag.'], ko: ['', '님과 ', '에서 회의.'] };

function proseSecret(c, d, lang) {
  const { r } = c; const [a, b] = r.pick(PROSE[lang]);
  const wifi = /wi-?fi|WLAN|wifi|вайфа/i.test(a);
  const s = wifi ? c.S.gen('WIFI_PASSWORD') : c.safeSecret(r.pick([undefined, 'PASSWORD', 'ADMIN_PASSWORD', c.nextKind(), 'API_KEY', 'ACCESS_TOKEN']), /\s/);
  d.t(a); d.put(s); d.t(b);
}
function proseMeet(c, d, lang) { const { r, P } = c; const cu = r.pick(LANG_CULT[lang]); const m = MEET[lang]; d.t(m[0]); d.put(P.person(r.chance(0.7) ? cu : undefined)); d.t(m[1]); d.put(P.city(r.chance(0.5) ? cu : undefined)); d.t(m[2]); }

export function chatDoc(c) {
  const { r, P, K } = c; const d = new Doc('chat'); const lang = r.pick(Object.keys(PROSE)); const cu = LANG_CULT[lang];
  const people = [P.person(r.pick(cu)), P.person(r.pick(cu)), P.person()]; const target = r.int(500, 2600);
  d.t(`# export ${r.pick(['#ops', 'WhatsApp', 'Teams: Projekt', 'Telegram group', 'Discord #infra'])}\n`);
  while (d.len < target) {
    const who = r.pick(people); d.t('['); d.put(K.G.date()); d.t(` ${r.int(7, 22)}:${String(r.int(0, 59)).padStart(2, '0')}] `); d.put({ ...who }); d.t(': ');
    const x = r.float();
    if (x < 0.3) proseSecret(c, d, lang);
    else if (x < 0.45) proseMeet(c, d, lang);
    else if (x < 0.55) { d.t(`${GREET[lang]}, `); d.put(P.phone()); d.t(' ?'); }
    else if (x < 0.63) { d.put(P.email(r.pick(people))); }
    else if (x < 0.7) { d.t('📍 '); P.address(d, undefined, ', ', false); }
    else if (x < 0.8) { d.t('ticket '); d.put(K.G.order_number()); d.t(' / '); d.put(K.G.tracking_number()); }
    else if (x < 0.88) { d.t('ok 👍 '); d.put(K.G.placeholder()); d.t(' is just the template value'); }
    else { d.t('WIFI:T:WPA;S:'); d.put(K.G.ssid()); d.t(';P:'); d.put(c.safeSecret('WIFI_PASSWORD', /[;,:"\\\s]/)); d.t(';;'); }
    d.t('\n');
  }
  return d;
}

export function emailDoc(c) {
  const { r, P, K } = c; const d = new Doc('email'); const lang = r.pick(Object.keys(PROSE)); const cu = LANG_CULT[lang];
  const from = P.person(r.pick(cu)), to = P.person();
  d.t('From: '); d.put(from); d.t(' <'); d.put(P.email(from)); d.t('>\nTo: '); d.put(to); d.t(' <'); d.put(P.email(to)); d.t('>\nDate: '); d.put(K.G.date()); d.t('\nMessage-ID: <'); d.put(K.G.uuid()); d.t('@mail.example>\nSubject: '); d.t(r.pick(['Zugangsdaten', 'Access for the new contractor', 'Re: credenciales', 'Accès', 'FW: login'])); d.t('\n\n');
  d.t(`${GREET[lang]} `); d.put({ ...to, v: to.given && !/^[\u3000-\u9fff\uac00-\ud7af]/.test(to.given) ? to.given : to.v }); d.t(',\n\n');
  const target = r.int(600, 2600);
  while (d.len < target) { const x = r.float(); if (x < 0.35) proseSecret(c, d, lang); else if (x < 0.6) proseMeet(c, d, lang); else if (x < 0.75) { d.t('Order '); d.put(K.G.order_number()); d.t(', total '); d.put(K.G.price()); } else { d.t('Kontakt / contact: '); d.put(P.person()); d.t(', '); d.put(P.phone()); } d.t('\n\n'); }
  d.t('--\n'); d.put(from); d.t('\n'); d.put(P.phone()); d.t('\n'); P.address(d); d.t('\n'); return d;
}

export function ticketDoc(c) {
  const { r, P, K, S } = c; const d = new Doc('ticket'); const req = P.person(); const agent = P.person();
  d.t('Ticket '); d.put(K.G.order_number()); d.t(` [${r.pick(['Open', 'Pending', 'Solved'])}] — ${r.pick(['Integration fails with 401', 'Cannot log in to portal', 'Webhook signature mismatch', 'SMTP relay rejects'])}\nRequester: `); d.put(req); d.t(' <'); d.put(P.email(req)); d.t('>\nPhone: '); d.put(P.phone()); d.t('\n\n');
  const target = r.int(700, 3000);
  const lines = [
    () => { const s = c.safeSecret(r.pick(['CLIENT_SECRET', 'API_SECRET', 'AUTH_KEY', 'SIGNING_KEY', 'API_KEY', 'WEBHOOK_SECRET', c.nextKind()]), /\s/); d.t(r.pick(['Our client_secret is ', 'api_secret we configured: ', 'The auth key in the dashboard shows ', 'signing key = ', 'I tried with token ', 'secret (copied from settings page): '])); d.put(s); d.t(r.pick(['. Still failing.', ' and it returns 401.', '', ' — can you check?'])); },
    () => { d.t('Agent '); d.put(agent); d.t(': please never send secrets by ticket; I have masked it as '); d.put(K.G.masked_secret()); d.t('.'); },
    () => { d.t('Customer id '); d.put(K.G.crm_id()); d.t(', request '); d.put(K.G.request_id()); },
    () => { d.t('Device IMEI '); d.put(K.G.imei()); d.t(', paid with card '); d.put(P.card()); d.t(', barcode '); d.put(K.G.ean13()); },
    () => { d.t('My passport number is '); d.put(P.passport()); d.t(' and my license ('); const st = r.pick(Object.keys(P.DL)); d.t(st + ') is '); d.put(P.dl(st)); },
    () => { d.t('Login user '); d.put(P.email(req)); d.t(' pw '); d.put(S.gen(r.pick(['PASSWORD', 'ADMIN_PASSWORD']))); },
    () => { d.t('Ship replacement to: '); P.address(d, undefined, ', '); },
    () => { d.t('Header sent: Authorization: Basic '); d.sec('BASIC_AUTH_CREDENTIALS', S.T.BASIC_AUTH_CREDENTIALS()); },
    () => { d.t('Version '); d.put(K.G.version()); d.t(', build '); d.put(K.G.build_number()); d.t(', seen at '); d.put(K.G.timestamp()); },
  ];
  while (d.len < target) { d.t('> '); r.pick(lines)(); d.t('\n'); }
  return d;
}

export function crmDoc(c) {
  const { r, P, K } = c; const d = new Doc('crm'); const header = r.chance(0.6); const sep = r.pick([',', ';', '\t']);
  if (header) d.t(['id', 'name', 'email', 'phone', 'city', 'country', 'owner', 'updated'].join(sep) + '\n');
  const target = r.int(600, 3200);
  while (d.len < target) { const cu = r.pick(P.cultureKeys); const p = P.person(cu); d.put(K.G.crm_id()); d.t(sep); d.put(p); d.t(sep); d.put(P.email(p)); d.t(sep); d.put(P.phone()); d.t(sep); d.put(P.city(cu)); d.t(sep); d.put(P.country(cu)); d.t(sep); d.put(P.person()); d.t(sep); d.put(K.G.date()); d.t('\n'); }
  return d;
}

export function csvDoc(c) {
  const { r, P, K } = c; const d = new Doc('csv'); const kind = r.pick(['attendees', 'payroll', 'orders']); const target = r.int(600, 3200);
  if (kind === 'attendees') { if (r.chance(0.5)) d.t('Name,Affiliation city,Mobile,Dietary\n'); while (d.len < target) { d.put(P.person()); d.t(','); d.put(P.city()); d.t(','); d.put(P.phone()); d.t(`,${r.pick(['veg', 'none', 'halal', 'gluten-free'])}\n`); } }
  else if (kind === 'payroll') { d.t('emp_no;name;ssn;routing;account;gross\n'); while (d.len < target) { d.t(`E${r.digits(5)};`); d.put(P.person('en_US')); d.t(';'); d.put(r.chance(0.8) ? P.ssn() : P.itin()); d.t(`;0${r.digits(8)};`); d.put(P.bankAcct()); d.t(';'); d.put(K.G.price()); d.t('\n'); } }
  else { d.t('order,sku,customer,ship_to,card,tracking\n'); while (d.len < target) { d.put(K.G.order_number()); d.t(','); d.put(K.G.sku()); d.t(','); d.put(P.person()); d.t(',"'); P.address(d, undefined, ', ', false); d.t('",'); if (r.chance(0.7)) d.put(K.G.masked_card()); else d.put(r.chance(0.5) ? P.card(undefined, 'plain') : K.G.invalid_card()); d.t(','); d.put(K.G.tracking_number()); d.t('\n'); } }
  return d;
}

export function hrDoc(c) {
  const { r, P, K } = c; const d = new Doc('hr'); const target = r.int(700, 3000);
  while (d.len < target) {
    const us = r.chance(0.6); const p = P.person(us ? r.pick(['en_US', 'es', 'zh_Latn', 'hi_Latn', 'ar_Latn', 'tl', 'vi', 'ig']) : undefined);
    d.t('EMPLOYEE RECORD\nFull name: '); d.put(p); d.t('\nDate of birth: 1987-03-14\nHome: '); P.address(d, us ? 'US' : undefined, ', ');
    d.t('\nPersonal e-mail: '); d.put(P.email(p)); d.t('\nMobile: '); d.put(P.phone(us ? 'US' : undefined));
    if (us) {
      d.t(`\n${r.pick(['SSN', 'Social Security No.', 'SS#', 'Tax ID (SSN)'])}: `); d.put(P.ssn());
      if (r.chance(0.4)) { d.t('\nITIN (spouse): '); d.put(P.itin()); }
      const st = r.pick(Object.keys(P.DL)); d.t(`\n${r.pick(['Driver license', "Driver's lic. #", 'DL number', 'State ID / DL'])} (${st}): `); d.put(P.dl(st));
      d.t(`\n${r.pick(['Passport no.', 'U.S. passport', 'Passport #', 'Travel document'])}: `); d.put(P.passport());
      d.t(`\nDirect deposit — routing 0${r.digits(8)}, ${r.pick(['account', 'acct no.', 'checking account #', 'bank account number'])} `); d.put(P.bankAcct());
    } else { d.t('\nIBAN: '); d.put(P.iban()); if (r.chance(0.4)) { d.t('\nInvalid IBAN on old form (rejected): '); d.put(K.G.invalid_iban()); } }
    if (us && r.chance(0.5)) { d.t('\nSSN on intake form (typo, rejected): '); d.put(K.G.invalid_ssn()); }
    if (r.chance(0.5)) { d.t('\nCorporate card: '); d.put(P.card()); d.t(', company car VIN '); d.put(K.G.vin()); d.t(', laptop MAC '); d.put(K.G.mac_address()); }
    d.t('\nEmployee id '); d.put(K.G.crm_id()); d.t(', start '); d.put(K.G.date()); d.t('\nManager: '); d.put(P.person()); d.t('\n\n');
  }
  return d;
}

export function medicalDoc(c) {
  const { r, P, K } = c; const d = new Doc('medical'); const target = r.int(700, 3000);
  while (d.len < target) {
    const pt = P.person(r.pick(['en_GB', 'ga', 'hi_Latn', 'ar_Latn', 'pl', 'yo', 'zh_Latn', 'en_US']));
    d.t(r.pick(['Patient: ', 'Name: ', 'Pt. '])); d.put(pt); d.t(`\n${r.pick(['NHS No', 'NHS number', 'NHS #'])}: `); d.put(P.nhs()); d.t('\nAddress: '); P.address(d, r.pick(['GB', 'US']), ', ');
    d.t('\nNext of kin: '); d.put(P.person()); d.t(' ('); d.put(P.phone(r.pick(['GB', 'US', 'IE', 'IN']))); d.t(')\n');
    const doc = P.person(r.pick(['en_US', 'de', 'hi_Latn', 'es'])); d.t('Prescriber: Dr. '); d.put(doc);
    d.t(`, ${r.pick(['DEA', 'DEA reg.', 'DEA#', 'registration no.', 'controlled-substance reg'])} `); d.put(P.dea(doc.family)); d.t('\n');
    d.t(`Rx: ${r.pick(['oxycodone 5 mg', 'sertraline 50 mg', 'methylphenidate 10 mg'])}, refills 0, ordered `); d.put(K.G.date()); d.t(', lot '); d.put(K.G.sku()); d.t('\n\n');
  }
  return d;
}

export function bankDoc(c) {
  const { r, P, K } = c; const d = new Doc('bank'); const holder = P.person();
  d.t('ACCOUNT STATEMENT\nAccount holder: '); d.put(holder); d.t('\n'); P.address(d); d.t('\nIBAN: '); d.put(P.iban()); d.t('\nCard: '); d.put(P.card()); d.t(`\n${r.pick(['US account no.', 'Checking acct', 'Account number'])}: `); d.put(P.bankAcct()); d.t('\n\nDate        Description                         Amount\n');
  const target = r.int(800, 3200);
  while (d.len < target) { d.put(K.G.date()); d.t('  '); const x = r.float();
    if (x < 0.35) { d.t('SEPA transfer to '); d.put(P.person()); d.t(' '); d.put(P.iban(undefined, false)); }
    else if (x < 0.5) { d.t('Card payment '); d.put(K.G.masked_card()); d.t(' at ' + r.pick(['Café Central', 'Bookshop', 'Fuel 24'])); }
    else if (x < 0.6) { d.t('BTC purchase to '); d.put(P.btc()); }
    else if (x < 0.7) { d.t('Refund ref '); d.put(K.G.invoice_number()); }
    else if (x < 0.8) { d.t('Chargeback — card '); d.put(K.G.invalid_card()); d.t(' (mistyped)'); }
    else { d.t('Zelle from '); d.put(P.person('en_US')); d.t(' '); d.put(P.phone('US')); }
    d.t('  '); d.put(K.G.price()); d.t('\n'); }
  return d;
}

export function markdownDoc(c) {
  const { r, P, K, S } = c; const d = new Doc('markdown'); const target = r.int(700, 3200);
  d.t(`# ${r.pick(['Runbook: payment gateway', 'Onboarding', 'Office guide', 'Vendor integration notes'])}\n\n`);
  while (d.len < target) { const x = r.float();
    if (x < 0.25) { d.t('## Setup\n\n```bash\nexport API_KEY='); d.put(K.G.placeholder()); d.t('\n```\n\nThe real one for staging (temporary): `'); d.put(c.safeSecret(c.nextKind(), /[`\s]/)); d.t('`\n\n'); }
    else if (x < 0.5) { d.t('## Contacts\n\n| | | |\n|---|---|---|\n'); for (let i = 0; i < r.int(2, 5); i++) { const p = P.person(); d.t('| '); d.put(p); d.t(' | '); d.put(P.phone()); d.t(' | '); d.put(P.city(p.c)); d.t(' |\n'); } d.t('\n'); }
    else if (x < 0.65) { d.t('Test cards: '); d.put(K.G.vendor_test_card()); d.t(', use AWS example key `'); d.put(K.G.aws_example_key()); d.t('`. Color '); d.put(K.G.hex_color()); d.t(', ISBN '); d.put(K.G.isbn()); d.t(', office at '); d.put(K.G.coordinates()); d.t('.\n\n'); }
    else if (x < 0.8) { d.t('Deploy key (do not share):\n\n```\n'); d.sec('PRIVATE_KEY', r.chance(0.3) ? (await_pgp(c)) : c.S.gen('PRIVATE_KEY').v); d.t('\n```\n\n'); }
    else { d.t('Server cert:\n\n```\n'); d.put(K.G.certificate()); d.t('\n```\n\nWi-Fi: `'); d.put(K.G.ssid()); d.t('` / `'); d.put(c.safeSecret('WIFI_PASSWORD', /[`\s]/)); d.t('`\n\n'); }
  }
  return d;
}
import { pgpKey } from './secrets.mjs';
function await_pgp(c) { return pgpKey(c.r); }

export function notebookDoc(c) {
  const { r, P, K } = c; const d = new Doc('notebook'); const target = r.int(800, 3200);
  d.t('{\n "cells": [\n');
  let first = true;
  while (d.len < target) {
    if (!first) d.t(',\n'); first = false;
    if (r.chance(0.5)) { const s = c.safeSecret(undefined, /["\\\s]/); d.t(' {"cell_type": "code", "execution_count": ' + r.int(1, 40) + ', "source": ["import vendor\\n", "'); d.t(`${c.keyFor(s.e).replace(/[^\w]/g, '_') || 'key'} = '`); d.put(s); d.t(`'\\n", "client = vendor.Client(${r.pick(['key', 'token'])})"], "outputs": []}`); }
    else { d.t(' {"cell_type": "code", "source": ["df.head(3)"], "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["'); for (let i = 0; i < 3; i++) { d.t(`${i}  `); d.put(P.person()); d.t('  '); d.put(P.email()); d.t('  '); d.put(P.city()); d.t('\\n'); } d.t('"]}}]}'); }
  }
  d.t('\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "id": "'); d.put(K.G.uuid()); d.t('"},\n "nbformat": 4\n}\n'); return d;
}

// free prose / lists without labels
export function proseDoc(c) {
  const { r, P, K } = c; const d = new Doc('prose'); const lang = r.pick(Object.keys(MEET)); const target = r.int(400, 2200);
  d.t(r.pick(['Notes\n\n', 'Protokoll\n\n', 'Compte rendu\n\n', 'Acta\n\n', '議事録\n\n', 'Trip plan\n\n']));
  while (d.len < target) { const x = r.float();
    if (x < 0.35) proseMeet(c, d, lang);
    else if (x < 0.55) { for (let i = 0; i < r.int(2, 5); i++) { d.t('- '); d.put(P.person()); d.t(r.pick([', ', ' — ', ' / '])); d.put(P.city()); d.t('\n'); } }
    else if (x < 0.7) { d.put(P.person()); d.t(r.pick([' moved to ', ' lives at ', ' → '])); P.address(d, undefined, ', '); }
    else if (x < 0.8) proseSecret(c, d, lang);
    else { d.put(P.person()); d.t(' '); d.put(P.phone()); d.t(' '); d.put(P.email()); }
    d.t(' '); if (r.chance(0.3)) { d.t('('); d.put(K.G.date()); d.t(') '); } d.t('\n');
  }
  return d;
}
