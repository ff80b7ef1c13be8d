// blind1: document kinds, part 2 (API answers, CRM, tickets, mail, chat, HR, medical, banking, docs, traces).
import { Doc, secret, jsonEsc } from './doc.mjs';
import { pii, look, lookInline, R, V, D } from './helpers.mjs';

const J = (d, k, ent, v, last) => { d.t(`    "${k}": "`); if (ent) pii(d, ent, v !== undefined ? jsonEsc(v) : undefined); else d.t(v); d.t(last ? '"\n' : '",\n'); };
export function jsonapi() {
  const d = new Doc('json_api');
  const v = R.int(3);
  if (v === 0) {
    d.t('{\n  "request_id": "'); look(d, 'request_id'); d.t('",\n  "data": [\n');
    for (let i = 0, n = R.range(1, 2); i < n; i++) {
      const p = D.person(); d.t('   {\n    "id": "'); look(d, 'uuid'); d.t('",\n');
      J(d, 'name', 'PERSON', p.name); J(d, 'email', 'EMAIL_ADDRESS', D.email(p)); J(d, 'phone', 'PHONE_NUMBER');
      J(d, 'city', 'LOCATION', D.city()); d.t('    "last_login_ip": "'); pii(d, 'IP_ADDRESS'); d.t('",\n    "created_at": "'); look(d, 'timestamp', V.isoTs()); d.t('"\n   }' + (i < n - 1 ? ',' : '') + '\n');
    }
    d.t('  ],\n  "next_cursor": "'); look(d, 'hash', V.gitSha(32)); d.t('"\n}\n');
  } else if (v === 1) {
    d.t('{\n  "object": "payout",\n  "id": "'); look(d, 'crm_id'); d.t('",\n  "amount": "'); look(d, 'price'); d.t('",\n  "destination": {\n');
    const r = R.int(3);
    if (r === 0) { J(d, 'wallet_btc', 'CRYPTO'); J(d, 'network', null, 'bitcoin'); }
    else if (r === 1) { J(d, 'iban', 'IBAN_CODE', V.iban(false)); J(d, 'holder', 'PERSON', D.person().name); }
    else { J(d, 'card_number', 'CREDIT_CARD', V.cardRaw()); J(d, 'card_holder', 'PERSON', D.latinPerson().name); }
    d.t('    "billing_address": "'); pii(d, 'LOCATION', jsonEsc(D.street())); d.t('"\n  },\n  "order": "'); look(d, 'order_number'); d.t('",\n  "created": '); look(d, 'timestamp', V.epoch().slice(0, 10)); d.t(',\n  "livemode": true\n}\n');
  } else {
    d.t('HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: '); look(d, 'request_id'); d.t('\n\n{\n  "access_token": "'); d.s('JWT', V.jwt()); d.t(`",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n  "refresh_token": "`); d.s('OAUTH_REFRESH_TOKEN', R.pick([() => V.SECRETS.GITHUB_REFRESH_TOKEN.g(), () => 'v1.' + R.chars(V.A.b64u, 64)])()); d.t('",\n  "scope": "openid profile email",\n  "user": {"sub": "'); look(d, 'uuid'); d.t('", "email": "'); pii(d, 'EMAIL_ADDRESS'); d.t('", "locale": "de-DE"}\n}\n');
  }
  return d;
}

export function crm() {
  const d = new Doc('crm_export');
  const de = R.bool(0.3);
  d.t(de ? 'Kunden-ID;Name;E-Mail;Telefon;Ort;IBAN;Angelegt\n' : 'contact_id,full_name,email,phone,city,passport_no,created\n');
  const sep = de ? ';' : ',';
  for (let i = 0, n = R.range(3, 5); i < n; i++) {
    const p = D.person(); const q = (x) => (x.includes(sep) || x.includes(',') ? '"' : '');
    look(d, 'crm_id'); d.t(sep);
    const loc = D.city();
    d.t(q(p.name)); pii(d, 'PERSON', p.name); d.t(q(p.name) + sep); pii(d, 'EMAIL_ADDRESS', D.email(p)); d.t(sep); pii(d, 'PHONE_NUMBER'); d.t(sep);
    d.t(q(loc)); pii(d, 'LOCATION', loc); d.t(q(loc) + sep);
    if (de) { if (R.bool(0.85)) pii(d, 'IBAN_CODE', V.iban(false)); else look(d, 'invalid_iban', V.invalidIban().replace(/ /g, '')); }
    else if (R.bool(0.6)) pii(d, 'US_PASSPORT'); else d.t('');
    d.t(sep); look(d, 'date'); d.t('\n');
  }
  return d;
}

const TICKET = {
  en: ['Subject: Charged twice for order ', 'Hi, I was billed twice. My card is ', '. You can call me on ', '. Thanks,\n'],
  de: ['Betreff: Doppelte Abbuchung zu Bestellung ', 'Hallo, meine Karte ', ' wurde zweimal belastet. Rückruf bitte unter ', '. Viele Grüße\n'],
  fr: ['Objet : double prélèvement, commande ', 'Bonjour, ma carte ', ' a été débitée deux fois. Joignable au ', '. Cordialement,\n'],
  es: ['Asunto: Cobro duplicado del pedido ', 'Hola, me cobraron dos veces en la tarjeta ', '. Mi teléfono es ', '. Saludos,\n'],
  pt: ['Assunto: Cobrança em dobro no pedido ', 'Olá, o cartão ', ' foi cobrado duas vezes. Meu celular: ', '. Obrigado,\n'],
  ja: ['件名: 注文 ', 'の二重請求について\nカード番号 ', ' で2回請求されています。電話番号は ', ' です。よろしくお願いします。\n'],
};
export function ticket() {
  const d = new Doc('support_ticket');
  const lang = R.pick(Object.keys(TICKET)); const T = TICKET[lang]; const p = D.person();
  d.t(`Ticket #${R.range(10000, 99999)} · priority ${R.pick(['P2', 'P3', 'high', 'normal'])} · opened `); look(d, 'timestamp', V.isoTs()); d.t('\nFrom: '); pii(d, 'PERSON', p.name); d.t(' <'); pii(d, 'EMAIL_ADDRESS', D.email(p)); d.t('>\n');
  d.t(T[0]); look(d, 'order_number'); d.t(lang === 'ja' ? '' : '\n\n'); d.t(T[1]); pii(d, 'CREDIT_CARD'); d.t(T[2]); pii(d, 'PHONE_NUMBER'); d.t(T[3]); pii(d, 'PERSON', p.name); d.t('\n\n');
  if (R.bool(0.4)) { d.t('(earlier I typed '); look(d, 'invalid_card'); d.t(' by mistake, please ignore)\n'); }
  const r = R.int(4);
  if (r === 0) { d.t('For identity verification: SSN '); pii(d, 'US_SSN'); d.t(', DOB 1984-0' + R.range(1, 9) + '-1' + R.range(0, 9) + '.\n'); }
  else if (r === 1) { d.t('Refund to my wallet instead please: '); pii(d, 'CRYPTO'); d.t('\n'); }
  else if (r === 2) { d.t('Tax ID (ITIN) for the invoice: '); pii(d, 'US_ITIN'); d.t('\n'); }
  else { d.t('Shipping address: '); pii(d, 'LOCATION', D.street()); d.t(', '); pii(d, 'LOCATION', D.city()); d.t('\n'); }
  d.t('\n--- agent note ---\nCustomer account '); look(d, 'crm_id'); d.t(', shipment '); look(d, 'tracking_number'); d.t(', amount '); look(d, 'price'); d.t('. Reproduced in sandbox with '); look(d, 'vendor_test_card'); d.t('.\n');
  return d;
}

const MAIL = {
  en: ['Please find attached invoice ', '. Kindly transfer the amount to IBAN ', '. For questions call ', '.\n\nBest regards,\n'],
  de: ['anbei die Rechnung ', '. Bitte überweisen Sie den Betrag auf IBAN ', '. Bei Fragen erreichen Sie mich unter ', '.\n\nMit freundlichen Grüßen\n'],
  fr: ['veuillez trouver ci-joint la facture ', '. Merci de régler sur l\u2019IBAN ', '. Pour toute question : ', '.\n\nBien cordialement,\n'],
  it: ['in allegato la fattura ', '. Vi preghiamo di effettuare il bonifico su IBAN ', '. Per domande: ', '.\n\nCordiali saluti,\n'],
  nl: ['in de bijlage vindt u factuur ', '. Gelieve het bedrag over te maken naar IBAN ', '. Vragen? Bel ', '.\n\nMet vriendelijke groet,\n'],
};
export function email() {
  const d = new Doc('email');
  const lang = R.pick(Object.keys(MAIL)); const M = MAIL[lang]; const a = D.latinPerson(), b = D.person();
  d.t('From: '); pii(d, 'PERSON', a.name); d.t(' <'); pii(d, 'EMAIL_ADDRESS', D.email(a)); d.t('>\nTo: '); pii(d, 'EMAIL_ADDRESS'); d.t('\nDate: '); d.t(`${R.pick(['Tue', 'Wed', 'Thu'])}, ${R.range(1, 28)} ${R.pick(['Mar', 'May', 'Sep'])} 2024 ${R.range(10, 23)}:${R.range(10, 59)}:00 +0100`); d.t('\nMessage-ID: <'); look(d, 'uuid'); d.t('@mail.acme.example>\nSubject: '); look(d, 'invoice_number'); d.t('\n\n');
  d.t(`${{ en: 'Dear', de: 'Hallo', fr: 'Bonjour', it: 'Gentile', nl: 'Beste' }[lang]} `); pii(d, 'PERSON', b.name); d.t(',\n\n');
  d.t(M[0]); look(d, 'invoice_number'); d.t(` (${{ en: 'due', de: 'fällig am', fr: 'échéance', it: 'scadenza', nl: 'vervaldatum' }[lang]} `); look(d, 'date'); d.t(', '); look(d, 'price'); d.t(')'); d.t(M[1]); pii(d, 'IBAN_CODE'); d.t(M[2]); pii(d, 'PHONE_NUMBER'); d.t(M[3]); pii(d, 'PERSON', a.name); d.t('\n');
  d.t(`${R.pick(COMPANIES())} · `); pii(d, 'LOCATION', D.street()); d.t(' · '); pii(d, 'LOCATION', D.city()); d.t('\n');
  if (R.bool(0.35)) { d.t('\nP.S. Travel booking needs your passport number, I have '); pii(d, 'US_PASSPORT'); d.t(' on file — correct?\n'); }
  return d;
}
const COMPANIES = () => ['Acme Logistics GmbH', 'Northwind Traders', 'Globex SA', 'Fabrikam Retail', 'Kaiten Systems K.K.'];

export function chat() {
  const d = new Doc('chat_export');
  const people = [D.person(), D.person(), D.latinPerson()];
  const wa = R.bool();
  for (let i = 0, n = R.range(5, 8); i < n; i++) {
    const p = R.pick(people);
    if (wa) { d.t(`[${R.range(1, 28)}/0${R.range(1, 9)}/2024, ${R.range(10, 23)}:${R.range(10, 59)}] `); pii(d, 'PERSON', p.name); d.t(': '); }
    else { d.t(`${R.range(10, 23)}:${R.range(10, 59)} <`); d.t(p.given.toLowerCase().replace(/\s/g, '')); d.t('> '); }
    const r = R.f();
    if (r < 0.12) { d.t(R.pick(['send the BTC to ', 'wallet: ', 'ビットコインはこちら → ', 'mi dirección: '])); pii(d, 'CRYPTO'); }
    else if (r < 0.22) { d.t(R.pick(['call me at ', 'meine Nummer: ', '電話: ', 'mon portable : '])); pii(d, 'PHONE_NUMBER'); }
    else if (r < 0.34) { d.t(R.pick(['here is the prod key, dont share: ', 'use this token for now ', 'pwd for the staging db is '])); const tmp = V.SECRETS; const k = R.pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GITHUB_PAT', 'DATABASE_PASSWORD', 'SLACK_BOT_TOKEN', 'HUGGINGFACE_TOKEN', 'STRIPE_SECRET_KEY', 'GROQ_API_KEY', 'PERPLEXITY_API_KEY', 'REPLICATE_API_TOKEN', 'TELEGRAM_BOT_TOKEN', 'LINEAR_API_KEY']); d.s(k, tmp[k].g()); }
    else if (r < 0.42) { d.t('meet at '); look(d, 'coordinates'); }
    else if (r < 0.5) { d.t(R.pick(['I moved to ', 'estoy en ', 'bin gerade in '])); pii(d, 'LOCATION', D.city()); }
    else if (r < 0.58) { d.t('the ticket is '); look(d, 'order_number'); d.t(' fwiw'); }
    else if (r < 0.66) { d.t('mail it to '); pii(d, 'EMAIL_ADDRESS'); }
    else if (r < 0.72) { d.t('just use '); look(d, 'placeholder'); d.t(' in the example'); }
    else if (r < 0.78) { d.t('book is '); look(d, 'isbn'); }
    else { d.t(R.pick(['ok 👍', 'lol', 'merci !', 'thx', 'wird gemacht', 'すみません、遅れます', 'on it', 'vale'])); }
    d.t('\n');
  }
  return d;
}

export function hr() {
  const d = new Doc('hr_record');
  const p = D.latinPerson(); const fr = R.bool(0.2);
  d.t(fr ? 'FICHE EMPLOYÉ — CONFIDENTIEL\n' : 'EMPLOYEE RECORD — CONFIDENTIAL\n'); d.t('Employee ID: '); look(d, 'crm_id', `E${R.digits(6)}`); d.t('\nName: '); pii(d, 'PERSON', p.name); d.t('\nHome address: '); pii(d, 'LOCATION', D.street()); d.t(', '); pii(d, 'LOCATION', D.city()); d.t('\nMobile: '); pii(d, 'PHONE_NUMBER', D.phone(R.pick(['US', 'US', 'CA', 'GB', 'MX']))); d.t('\nPersonal email: '); pii(d, 'EMAIL_ADDRESS', D.email(p));
  d.t(`\nDate of birth: 19${R.range(60, 99)}-0${R.range(1, 9)}-${R.range(10, 28)}\n`);
  d.t('SSN: '); pii(d, 'US_SSN', V.ssn(R.pick(['-', '-', ' ', ''])));
  d.t('\nPassport: '); pii(d, 'US_PASSPORT'); d.t(` (exp. ${V.date()})\nDriver license: `); pii(d, 'US_DRIVER_LICENSE'); d.t(` (${R.pick(['CA', 'NY', 'TX', 'WA', 'IL'])})\n`);
  d.t('Direct deposit: routing 0' + R.digits(8) + ', account '); pii(d, 'US_BANK_NUMBER'); d.t('\nSalary: '); look(d, 'price', `$${R.range(48, 210)},${R.digits(3)}.00`); d.t(' / year, band '); d.t(R.pick(['L3', 'L4', 'M1'])); d.t('\nEmergency contact: '); const e = D.person(); pii(d, 'PERSON', e.name); d.t(', '); pii(d, 'PHONE_NUMBER'); d.t('\nStart date: '); look(d, 'date'); d.t('\nI-9 spouse ITIN: '); pii(d, 'US_ITIN'); d.t('\nNotes: background check ref '); look(d, 'request_id'); d.t('; former test entry ssn '); look(d, 'invalid_ssn'); d.t(' removed.\n');
  return d;
}

export function medical() {
  const d = new Doc('medical_record');
  const p = D.person(); const doc = D.latinPerson(); const uk = R.bool(0.5);
  d.t(uk ? 'DISCHARGE SUMMARY\n' : R.pick(['PRESCRIPTION RECORD\n', 'Arztbrief / Verordnung\n', 'Ordonnance\n']));
  d.t('Patient: '); pii(d, 'PERSON', p.name); d.t('\n'); if (uk) { d.t('NHS No: '); pii(d, 'UK_NHS'); d.t('\n'); } else { d.t('MRN: '); look(d, 'crm_id', `MRN-${R.digits(8)}`); d.t('\n'); }
  d.t('Address: '); pii(d, 'LOCATION', D.street()); d.t('\nPhone: '); pii(d, 'PHONE_NUMBER', D.phone(uk ? 'GB' : undefined)); d.t('\nAdmitted: '); look(d, 'date'); d.t('  Discharged: '); look(d, 'date'); d.t('\n\n');
  d.t(`Diagnosis: ${R.pick(['Type 2 diabetes mellitus (E11.9)', 'Community-acquired pneumonia (J18.9)', 'Hypertension (I10)', 'Migraine without aura (G43.0)'])}\nMedications:\n`);
  for (let i = 0, n = R.range(1, 3); i < n; i++) { d.t(`  - ${R.pick(['Metformin 500 mg', 'Amoxicillin 875 mg', 'Oxycodone 5 mg', 'Lisinopril 10 mg', 'Sumatriptan 50 mg'])}, lot `); look(d, 'product_code'); d.t('\n'); }
  d.t('\nPrescriber: Dr. '); pii(d, 'PERSON', doc.name); d.t(', DEA '); pii(d, 'MEDICAL_LICENSE', V.dea(doc.family.replace(/[^A-Za-z]/g, '')[0] || 'X')); d.t('\n');
  if (R.bool(0.5)) { d.t('Co-signed by DEA '); pii(d, 'MEDICAL_LICENSE'); d.t('\n'); }
  if (R.bool(0.4)) { d.t('Guarantor SSN '); pii(d, 'US_SSN'); d.t('\n'); }
  d.t('Insurance member ID '); look(d, 'crm_id', `${R.pick(['XJH', 'BCB', 'AET'])}${R.digits(9)}`); d.t('; patient ITIN on file '); pii(d, 'US_ITIN'); d.t('\nFollow-up call: '); pii(d, 'PHONE_NUMBER'); d.t('\n');
  return d;
}

export function bank() {
  const d = new Doc('bank_statement');
  const p = D.person();
  d.t(`${R.pick(['Contoso Bank', 'Banco Ejemplo', 'Beispielbank AG', 'Banque Exemple'])} — ${R.pick(['Kontoauszug', 'Statement of account', 'Extracto', 'Relevé'])} ${R.range(1, 12)}/2024\n`);
  d.t('Account holder: '); pii(d, 'PERSON', p.name); d.t('\n'); pii(d, 'LOCATION', D.street()); d.t(', '); pii(d, 'LOCATION', D.city()); d.t('\nIBAN: '); pii(d, 'IBAN_CODE'); if (R.bool(0.5)) { d.t('\nTaxpayer SSN: '); pii(d, 'US_SSN'); }
  d.t('\nBIC: ' + R.pick(['DEUTDEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'CAIXESBB']) + '\n\n');
  d.t('Date        Description                                  Amount\n');
  for (let i = 0, n = R.range(3, 5); i < n; i++) {
    look(d, 'date', `2024-${String(R.range(1, 12)).padStart(2, '0')}-${String(R.range(1, 28)).padStart(2, '0')}`); d.t('  ');
    const r = R.f();
    if (r < 0.25) { d.t('SEPA transfer to '); pii(d, 'PERSON', D.person().name); d.t(' / '); pii(d, 'IBAN_CODE', V.iban(false)); }
    else if (r < 0.4) { d.t('Crypto withdrawal to '); pii(d, 'CRYPTO'); }
    else if (r < 0.55) { d.t('Card payment, ref '); look(d, 'order_number'); }
    else if (r < 0.65) { d.t('Returned: invalid IBAN '); look(d, 'invalid_iban'); }
    else if (r < 0.75) { d.t('Card '); pii(d, 'CREDIT_CARD'); d.t(' chargeback'); }
    else { d.t(R.pick(['Salary', 'Miete / rent', 'Supermercado', 'Électricité'])); d.t(' '); look(d, 'invoice_number'); }
    d.t('   '); look(d, 'price'); d.t('\n');
  }
  d.t('\nQuestions? '); pii(d, 'PHONE_NUMBER'); d.t(' · Statement id '); look(d, 'uuid'); d.t('\n');
  return d;
}

export function markdown() {
  const d = new Doc('markdown_doc');
  d.t(`# ${R.pick(['Onboarding: local setup', 'Runbook: rotating credentials', 'Integración con la API', 'Deployment guide'])}\n\nMaintainer: `); pii(d, 'PERSON', D.person().name); d.t(' ('); pii(d, 'EMAIL_ADDRESS'); d.t(`)\n\n## Configure\n\nCopy \`.env.example\` and fill in the values. Never paste real keys here; use placeholders like \``); look(d, 'placeholder'); d.t('` or a reference such as `'); look(d, 'env_reference'); d.t('`.\n\n```bash\nexport AWS_ACCESS_KEY_ID='); look(d, 'aws_example_key', 'AKIAIOSFODNN7EXAMPLE'); d.t('\nexport AWS_SECRET_ACCESS_KEY='); look(d, 'aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'); d.t('\n```\n\n');
  d.t(R.pick(['> **Update:** the staging key below still works, rotate it!\n\n', 'Temporary (remove after the demo):\n\n', 'Ops note from the incident channel:\n\n']));
  d.t('```\n'); secret(d, R.pick(['env', 'yaml', 'shell']), { allowPem: R.bool(0.2) }); d.t('```\n\n');
  d.t('| setting | value |\n|---|---|\n| release | '); look(d, 'version'); d.t(' |\n| commit | '); look(d, 'git_sha'); d.t(' |\n| publishable key | '); look(d, 'public_key', R.bool() ? V.stripePk() : V.mapboxPk()); d.t(' |\n| test card | '); look(d, 'vendor_test_card'); d.t(' |\n\n');
  if (R.bool(0.4)) { d.t('Server certificate (public, safe to share):\n\n```\n'); look(d, 'certificate'); d.t('\n```\n'); }
  else if (R.bool(0.5)) { d.t('Authorized deploy key:\n\n    '); look(d, 'public_key', V.sshPub()); d.t('\n'); }
  return d;
}

export function trace() {
  const d = new Doc('stack_trace');
  const r = R.int(3);
  if (r === 0) {
    d.t('Traceback (most recent call last):\n  File "/srv/app/worker.py", line ' + R.range(20, 400) + ', in run\n    conn = psycopg2.connect(dsn)\npsycopg2.OperationalError: connection to server at "db-primary.prod.example" failed: FATAL:  password authentication failed for user "app"\n  dsn = postgresql://app:'); d.s('DATABASE_PASSWORD', V.SECRETS.DATABASE_URL_PASSWORD.g()); d.t('@db-primary.prod.example:5432/orders\n\nDuring handling of the above exception, while notifying '); pii(d, 'EMAIL_ADDRESS'); d.t(':\n  request_id='); look(d, 'request_id'); d.t('\n');
  } else if (r === 1) {
    d.t(`Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:${R.range(500, 700)})\n\tat com.acme.billing.App.main(App.java:${R.range(10, 90)})\nCaused by: java.sql.SQLException: Access denied (using password: YES)\n  properties: {url=jdbc:mysql://db.internal.example:3306/billing, user=billing, password=`); d.s('DATABASE_PASSWORD', V.SECRETS.DATABASE_URL_PASSWORD.g()); d.t('}\n  build: '); look(d, 'build_number'); d.t(' version '); look(d, 'version'); d.t('\n');
  } else {
    d.t(`Error: Request failed with status code 401\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n  config: {\n    url: 'https://${R.pick(['api.acme.example', 'hooks.integrations.example'])}/v1/charges',\n    headers: {\n      Accept: 'application/json',\n      Authorization: 'Bearer `);
    const k = R.pick(['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'SENDGRID_API_KEY', 'JWT', 'SHOPIFY_ACCESS_TOKEN', 'DIGITALOCEAN_TOKEN', 'VAULT_TOKEN', 'OKTA_API_TOKEN', 'SQUARE_ACCESS_TOKEN']);
    d.s(k, V.SECRETS[k].g()); d.t(`',\n      'X-Request-Id': '`); look(d, 'uuid'); d.t("'\n    },\n    data: '{\"customer\":\""); pii(d, 'EMAIL_ADDRESS'); d.t('","ip":"'); pii(d, 'IP_ADDRESS'); d.t("\"}'\n  }\n");
  }
  return d;
}
