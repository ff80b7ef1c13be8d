// blind3 human documents: CRM exports, tickets, emails, chats, HR, medical, banking.
import { S, L, P, A } from './lib.mjs';

const csvQ = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
// person with parts
function who(ctx) {
  const { r, Pi } = ctx;
  if (r.bool(0.15)) { const n = Pi.person(); return { name: n, parts: r.pick([['Mei', 'Wang'], ['Taro', 'Yamada'], ['Olga', 'Smirnova']]) }; }
  const parts = Pi.personParts(); return { name: `${parts[0]} ${parts[1]}`, parts };
}

export const textTemplates = {
  crm_export(ctx, d) {
    const { r, Pi, Lk } = ctx;
    const t = r.int(0, 4);
    const n = r.int(3, 4);
    if (t === 0) {
      d.add('customer_id,full_name,email,phone,city,country,card_on_file,last_order,total\n');
      for (let i = 0; i < n; i++) {
        const w = who(ctx);
        d.add([L('crm_id', Lk.crm_id()), ',', P('PERSON', csvQ(w.name)), ',', P('EMAIL_ADDRESS', Pi.email(w.parts)), ',', P('PHONE_NUMBER', Pi.phone()), ',', P('LOCATION', csvQ(Pi.city())), ',', Pi.country(), ',',
          r.bool(0.7) ? P('CREDIT_CARD', Pi.card()) : L('card_masked', Lk.card_masked()), ',', L('order_number', Lk.order_number()), ',', L('price', csvQ(Lk.price())), '\n']);
      }
    } else if (t === 1) {
      d.add('booking_ref;traveller;passport_no;nationality;dob;email;mobile;tax_id\n');
      for (let i = 0; i < n; i++) {
        const w = who(ctx);
        d.add([L('order_number', `PNR-${r.chars(A.upper, 6)}`), ';', P('PERSON', w.name), ';', P('US_PASSPORT', Pi.passport()), ';', r.pick(['USA', 'US', 'United States']), ';', Pi.dob(), ';', P('EMAIL_ADDRESS', Pi.email(w.parts)), ';', P('PHONE_NUMBER', Pi.phone('US')), ';', r.bool(0.8) ? P('US_ITIN', Pi.itin()) : '', '\n']);
      }
    } else if (t === 2) {
      d.add('"Provider","DEA #","Specialty","Office phone","City","Last verified"\n');
      for (let i = 0; i < n; i++) {
        const w = who(ctx);
        d.add(['"', P('PERSON', `${w.parts[0]} ${w.parts[1]}`), ', MD","', P('MEDICAL_LICENSE', Pi.dea(w.parts[1])), '","', r.pick(['Cardiology', 'Family medicine', 'Oncology', 'Psychiatry', 'Dermatology']), '","', P('PHONE_NUMBER', Pi.phone('US')), '","', P('LOCATION', r.pick(['Denver', 'Baltimore', 'Sacramento', 'Austin', 'Tampa'])), '","', L('date', Lk.date()), '"\n']);
      }
    } else if (t === 3) {
      d.add('employee_no\tname\ttax_id\tid_type\tbank_iban\tgross_monthly\n');
      for (let i = 0; i < n; i++) {
        const w = who(ctx);
        const isItin = r.bool(0.5);
        d.add([L('crm_id', `E${r.digits(5)}`), '\t', P('PERSON', w.name), '\t', isItin ? P('US_ITIN', Pi.itin()) : P('US_SSN', Pi.ssn('-')), '\t', isItin ? 'ITIN' : 'SSN', '\t', r.bool(0.8) ? P('IBAN_CODE', Pi.iban()) : L('invalid_iban', Lk.invalid_iban()), '\t', L('price', Lk.price()), '\n']);
      }
    } else {
      d.add('lead_id|contact|e-mail|telefone|endereço|wallet|created\n');
      for (let i = 0; i < n; i++) {
        const w = who(ctx);
        d.add([L('crm_id', Lk.crm_id()), '|', P('PERSON', w.name), '|', P('EMAIL_ADDRESS', Pi.email(w.parts)), '|', P('PHONE_NUMBER', Pi.phone(r.pick(['BR', 'MX', 'ES', 'IT', 'FR']))), '|', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '|', r.bool(0.6) ? P('CRYPTO', Pi.btc()) : '', '|', L('timestamp', Lk.timestamp()), '\n']);
      }
    }
    if (r.bool(0.4)) d.add(['# exported by ', r.pick(['hubspot-sync', 'crm-export.py']), ' ', L('version', Lk.version()), ' at ', L('timestamp', Lk.timestamp()), '\n']);
  },

  support_ticket(ctx, d) {
    const { r, Pi, Lk, K } = ctx;
    const w = who(ctx); const agent = who(ctx);
    const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'pt', 'ja']);
    d.add(['Ticket ', L('ticket_id', Lk.ticket_id()), ' · ', r.pick(['Priority: High', 'Priority: Normal', 'Urgent']), ' · opened ', L('timestamp', Lk.timestamp()), '\nRequester: ', P('PERSON', w.name), ' <', P('EMAIL_ADDRESS', Pi.email(w.parts)), '>\n']);
    d.add(['Phone: ', P('PHONE_NUMBER', Pi.phone()), '\nOrder: ', L('order_number', Lk.order_number()), '\n']);
    const kyc = r.int(0, 3);
    if (kyc === 0) d.add(['KYC document: US passport ', P('US_PASSPORT', Pi.passport()), '\n']);
    else if (kyc === 1) d.add(['Tax ID (ITIN): ', P('US_ITIN', Pi.itin()), '\n']);
    else if (kyc === 2) d.add(['Payout wallet: ', P('CRYPTO', Pi.btc()), '\n']);
    else d.add(['Card on file: ', P('CREDIT_CARD', Pi.card()), '\n']);
    d.add('\n');
    const body = {
      en: () => d.add(['Hi, I was charged twice for the same order (', L('price', Lk.price()), '). The card used was ', P('CREDIT_CARD', Pi.card()), ', exp ', `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`, '. Please refund one of them. My billing address is ', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '.\n']),
      de: () => d.add(['Guten Tag, bitte erstatten Sie den Betrag auf mein Konto ', P('IBAN_CODE', Pi.iban('DE')), ' (Inhaber: ', P('PERSON', w.name), '). Die Lieferung an ', P('LOCATION', Pi.street()), ' in ', P('LOCATION', Pi.city()), ' kam nie an. Sendungsnummer ', L('tracking_number', Lk.tracking_number()), '.\n']),
      fr: () => d.add(['Bonjour, je n\'arrive plus à me connecter depuis la mise à jour ', L('version', Lk.version()), '. Vous pouvez me rappeler au ', P('PHONE_NUMBER', Pi.phone('FR')), ' ? Pour le remboursement, voici mon IBAN : ', P('IBAN_CODE', Pi.iban('FR')), '. Merci !\n']),
      es: () => d.add(['Hola, quiero cancelar mi suscripción. El cargo de ', L('price', Lk.price()), ' aparece en la tarjeta ', P('CREDIT_CARD', Pi.card()), '. Vivo en ', P('LOCATION', Pi.city()), ', pueden escribirme a ', P('EMAIL_ADDRESS', Pi.email()), '.\n']),
      pt: () => d.add(['Olá! Fiz o pagamento em bitcoin para o endereço errado, o correto é ', P('CRYPTO', Pi.btc()), '. O ID da transação no painel é ', L('hash', r.chars(A.hex, 64)), '. Meu WhatsApp: ', P('PHONE_NUMBER', Pi.phone('BR')), '.\n']),
      ja: () => d.add(['お世話になっております。', P('PERSON', r.pick(['山田 太郎', '佐藤 花子', '鈴木 一郎'])), 'です。注文番号 ', L('order_number', Lk.order_number()), ' の商品がまだ届いていません。連絡先は ', P('PHONE_NUMBER', Pi.phone('JP')), ' です。住所：', P('LOCATION', r.pick(['東京都渋谷区', '大阪市北区', '名古屋市中区'])), '\n']),
    };
    body[lang]();
    // internal notes with pasted secret or identity verification
    const note = r.int(0, 4);
    d.add(['\n--- internal note (', P('PERSON', agent.name), ') ---\n']);
    if (note === 0) d.add(['Verified identity: SSN ', P('US_SSN', Pi.ssn()), ', driver license ', P('US_DRIVER_LICENSE', Pi.driverLicense()), ', DOB on file. Customer IP at login ', P('IP_ADDRESS', Pi.clientIp()), '.\n']);
    else if (note === 1) d.add(['Customer sent passport ', P('US_PASSPORT', Pi.passport()), ' for KYC; ITIN ', P('US_ITIN', Pi.itin()), ' matches the W-7 copy.\n']);
    else if (note === 2) d.add(['Reproduced with the staging key: curl -H "Authorization: Bearer ', S('STRIPE_SECRET_KEY', K.STRIPE_SECRET_KEY()), '" ... (rotate after!)\nRequest id ', L('request_id', Lk.request_id()), '\n']);
    else if (note === 3) d.add(['Test card ', L('vendor_test_card', Lk.vendor_test_card()), ' works, real one fails. Their card number as typed was ', L('invalid_card', Lk.invalid_card()), ' (Luhn fails) — asked to re-enter.\n']);
    else d.add(['Customer pasted their config for debugging:\n  api_key: ', S('API_KEY', K.API_KEY()), '\n  webhook: https://hooks.chat.acme.example/services/T', r.chars(A.upper, 10), '/B', r.chars(A.upper, 10), '/', S('WEBHOOK_URL_SECRET', K.WEBHOOK_URL_SECRET()), '\nAsked them to rotate both.\n']);
    d.add(['Macro applied: refund-policy-', L('version', Lk.version()), '\n']);
  },

  email(ctx, d) {
    const { r, Pi, Lk, K } = ctx;
    const a = who(ctx), b = who(ctx);
    d.add(['From: ', P('PERSON', a.name), ' <', P('EMAIL_ADDRESS', Pi.email(a.parts)), '>\nTo: ', P('PERSON', b.name), ' <', P('EMAIL_ADDRESS', Pi.email(b.parts)), '>\nDate: ', L('date', Lk.date()), '\nMessage-ID: <', L('request_id', Lk.uuid()), '@mail.acme.example>\n']);
    const t = r.int(0, 4);
    if (t === 0) {
      d.add(['Subject: Wire details for invoice ', L('invoice_number', Lk.invoice_number()), '\n\nHi ', b.parts[0], ',\n\nplease send the ', L('price', Lk.price()), ' to our new account:\n\n  Beneficiary: ', P('PERSON', a.name), '\n  IBAN: ', P('IBAN_CODE', Pi.iban()), '\n  Address: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '\n\nThe old account (', L('iban_masked', Lk.iban_masked()), ') is closed. Call me on ', P('PHONE_NUMBER', Pi.phone()), ' if anything is unclear.\n\nBest,\n', a.parts[0], '\n']);
    } else if (t === 1) {
      d.add(['Subject: Re: prod access\n\n', b.parts[0], ', here are the creds you asked for (delete after reading):\n\n  host: ', L('hostname', Lk.hostname()), '\n  user: ', r.pick(['admin', 'ops', 'root']), '\n  password: ', S('ADMIN_PASSWORD', K.ADMIN_PASSWORD()), '\n  AWS key: ', S('AWS_ACCESS_KEY', K.AWS_ACCESS_KEY()), ' / ', S('AWS_SECRET_KEY', K.AWS_SECRET_KEY()), '\n\nMFA seed is in the vault under ', L('vault_reference', Lk.vault_reference()), '.\n— ', a.parts[0], '\n']);
    } else if (t === 2) {
      d.add(['Subject: Your travel documents\n\nDear ', P('PERSON', b.name), ',\n\nwe have updated your profile with passport number ', P('US_PASSPORT', Pi.passport()), ' (expires ', L('date', Lk.date()), '). Booking ', L('order_number', `PNR-${r.chars(A.upper, 6)}`), ' departs from ', P('LOCATION', Pi.city()), ' to ', P('LOCATION', Pi.city()), '.\nThe card ending ', L('card_masked', Lk.card_masked()), ' will be charged ', L('price', Lk.price()), '.\n\nKind regards,\n', P('PERSON', a.name), '\n']);
    } else if (t === 3) {
      d.add(['Subject: Steuerunterlagen / tax docs\n\nHallo ', b.parts[0], ',\n\nanbei meine Daten für die Lohnabrechnung: SSN ', P('US_SSN', Pi.ssn()), ', Bankkonto ', P('US_BANK_NUMBER', Pi.bankNumber()), ' (routing 0', r.digits(8), '). Meine Frau hat eine ITIN: ', P('US_ITIN', Pi.itin()), '.\nNeue Adresse: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '.\n\nViele Grüße\n', a.parts[0], '\n']);
    } else {
      d.add(['Subject: Re: donation receipt\n\nThanks ', b.parts[0], '! For the record, the BTC went to ', P('CRYPTO', Pi.btc()), ' and the change came back to ', P('CRYPTO', Pi.btc()), '. Block explorer shows tx ', L('hash', r.chars(A.hex, 64)), '.\nMy number changed, it is ', P('PHONE_NUMBER', Pi.phone()), ' now.\n']);
    }
    d.add(['\n-- \n', r.pick(['Sent from my phone', 'This e-mail may contain confidential information.', 'Diese E-Mail kann vertrauliche Informationen enthalten.']), '\n']);
  },

  chat_export(ctx, d) {
    const { r, Pi, Lk, K } = ctx;
    const ppl = [who(ctx), who(ctx), who(ctx)];
    const ch = r.pick(['#ops-incidents', '#payments-dev', '#support-escalations', '#general', 'DM']);
    const fmt = r.pick(['slack', 'json', 'whatsapp']);
    const lines = [];
    const msg = (i, parts) => lines.push([i, parts]);
    const pool = r.shuffle([
      () => msg(0, ['can someone check why the deploy fails? logs say auth error']),
      () => msg(1, ['try with my token ', S('GITHUB_PAT', K.GITHUB_PAT()), ' — will revoke after']),
      () => msg(2, ['pls don\'t paste tokens here :( use ', L('vault_reference', Lk.vault_reference())]),
      () => msg(0, ['customer ', P('PERSON', ppl[r.int(0, 2)].name), ' called again from ', P('PHONE_NUMBER', Pi.phone()), ', wants refund to ', P('CREDIT_CARD', Pi.card())]),
      () => msg(1, ['the payout wallet is ', P('CRYPTO', Pi.btc()), ' btw']),
      () => msg(2, ['build ', L('build_number', Lk.build_number()), ' is green, commit ', L('git_sha', Lk.git_sha()), '']),
      () => msg(0, ['here is the openai key for the eval job: ', S('OPENAI_API_KEY', K.OPENAI_API_KEY())]),
      () => msg(1, ['the slack app token expired, new one: ', S('SLACK_APP_TOKEN', K.SLACK_APP_TOKEN())]),
      () => msg(2, ['user from ', P('IP_ADDRESS', Pi.clientIp()), ' hammering /login, blocking it']),
      () => msg(0, ['meeting moved, I\'m in ', P('LOCATION', Pi.city()), ' this week']),
      () => msg(1, ['mail her at ', P('EMAIL_ADDRESS', Pi.email()), ' — cc ', P('EMAIL_ADDRESS', Pi.email())]),
      () => msg(2, ['the test key is ', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), ' from the docs, not a leak']),
      () => msg(0, ['redis pw for staging is ', S('REDIS_PASSWORD', K.REDIS_PASSWORD()), ' if you need it']),
      () => msg(1, ['ticket ', L('ticket_id', Lk.ticket_id()), ' / request ', L('request_id', Lk.request_id())]),
      () => msg(2, ['¿alguien tiene el teléfono de ', P('PERSON', ppl[0].name), '? creo que es ', P('PHONE_NUMBER', Pi.phone('ES'))]),
      () => msg(0, ['anthropic key for the summarizer: ', S('ANTHROPIC_API_KEY', K.ANTHROPIC_API_KEY())]),
      () => msg(2, ['background check vendor needs the SSN: ', P('US_SSN', Pi.ssn()), ' (new hire in ', P('LOCATION', Pi.city()), ')']),
      () => msg(1, ['payroll: contractor ITIN is ', P('US_ITIN', Pi.itin()), ', passport ', P('US_PASSPORT', Pi.passport())]),
      () => msg(0, ['checkout form keeps rejecting ', L('invalid_card', Lk.invalid_card()), ' — looks like a typo, Luhn fails']),
      () => msg(1, ['hf token for the private model: ', S('HUGGINGFACE_TOKEN', K.HUGGINGFACE_TOKEN())]),
      () => msg(2, ['the invoice ', L('invoice_number', Lk.invoice_number()), ' total ', L('price', Lk.price())]),
    ]).slice(0, r.int(5, 8));
    for (const f of pool) f();
    const nm = (i) => ppl[i].parts[0].toLowerCase();
    if (fmt === 'slack') {
      d.add(`Slack export — ${ch}\n`);
      for (const [i, parts] of lines) d.add(['[', `${String(r.int(8, 18)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`, '] ', nm(i), ': ', ...parts, '\n']);
    } else if (fmt === 'json') {
      d.add(`{"channel": "${ch}", "messages": [\n`);
      lines.forEach(([i, parts], j) => d.add(['  {"ts": "', L('timestamp', `${r.int(1700000000, 1790000000)}.${r.digits(6)}`), '", "user": "', nm(i), '", "text": "', ...parts.map((p) => (typeof p === 'string' ? JSON.stringify(p).slice(1, -1) : p)), '"}', j < lines.length - 1 ? ',' : '', '\n']));
      d.add(']}\n');
    } else {
      for (const [i, parts] of lines) d.add([`${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/2025, ${r.int(8, 22)}:${String(r.int(0, 59)).padStart(2, '0')} - `, P('PERSON', ppl[i].name), ': ', ...parts, '\n']);
    }
  },

  hr_document(ctx, d) {
    const { r, Pi, Lk } = ctx;
    const w = who(ctx);
    const t = r.int(0, 2);
    if (t === 0) {
      d.add(['EMPLOYMENT ELIGIBILITY VERIFICATION — Form I-9 (internal copy)\n\nEmployee: ', P('PERSON', w.name), '\nAddress: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', r.pick(['Denver', 'Baltimore', 'Sacramento', 'Seattle', 'Chicago'])), ', ', r.pick(['CO', 'MD', 'CA', 'WA', 'IL']), ' ', r.digits(5), '\nDate of birth: ', Pi.dob(), '\nSocial Security Number: ', P('US_SSN', Pi.ssn()), '\nE-mail: ', P('EMAIL_ADDRESS', Pi.email(w.parts)), '   Phone: ', P('PHONE_NUMBER', Pi.phone('US')), '\n\nList A document: U.S. Passport\n  Document number: ', P('US_PASSPORT', Pi.passport()), '\n  Expiration: ', L('date', Lk.date()), '\n']);
      d.add(['List B (if used): Driver\'s license ', P('US_DRIVER_LICENSE', Pi.driverLicense()), '\n\nReviewed by ', P('PERSON', who(ctx).name), ' on ', L('date', Lk.date()), '. Case ', L('ticket_id', Lk.ticket_id()), '.\n']);
    } else if (t === 1) {
      d.add(['Contractor onboarding checklist\n==============================\nName: ', P('PERSON', w.name), '\nTaxpayer ID (ITIN): ', P('US_ITIN', Pi.itin()), '\nPassport: ', P('US_PASSPORT', Pi.passport()), '\nPayment: ', r.bool(0.5) ? ['IBAN ', P('IBAN_CODE', Pi.iban())] : ['ACH acct ', P('US_BANK_NUMBER', Pi.bankNumber())], '\nWork location: ', P('LOCATION', Pi.city()), ', ', P('LOCATION', Pi.country()), '\nEmergency contact: ', P('PERSON', who(ctx).name), ', ', P('PHONE_NUMBER', Pi.phone()), '\nLaptop asset tag: ', L('product_code', Lk.product_code()), '\nStart date: ', L('date', Lk.date()), '\nRate: ', L('price', Lk.price()), ' / hour\n']);
      d.add(['Notes: previous W-7 had a typo, ITIN was written as ', L('invalid_ssn', Lk.invalid_ssn()), ' — corrected.\n']);
    } else {
      d.add(['Personalakte / Personnel file — ', P('PERSON', w.name), '\nPersonalnummer: ', L('crm_id', `P-${r.digits(6)}`), '\nWohnort: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '\nTelefon: ', P('PHONE_NUMBER', Pi.phone(r.pick(['DE', 'NL', 'PL', 'IT']))), '\nGehaltskonto (IBAN): ', P('IBAN_CODE', Pi.iban()), '\nUS-Entsendung: SSN ', P('US_SSN', Pi.ssn()), '\nKrankenkasse-Nr.: ', L('crm_id', r.pick(['A', 'B', 'K']) + r.digits(9)), '\nGehalt: ', L('price', Lk.price()), ' brutto, gültig ab ', L('date', Lk.date()), '\n']);
      d.add(['Reisepass (US): ', P('US_PASSPORT', Pi.passport()), '\n']);
      if (r.bool(0.5)) d.add(['NHS number (UK secondment): ', P('UK_NHS', Pi.nhs()), '\n']);
      else d.add(['Ehepartner/in ITIN: ', P('US_ITIN', Pi.itin()), '\n']);
    }
  },

  medical_record(ctx, d) {
    const { r, Pi, Lk } = ctx;
    const pt = who(ctx), doc = who(ctx), doc2 = who(ctx);
    const uk = r.bool(0.4);
    d.add([r.pick(['DISCHARGE SUMMARY', 'Clinic visit note', 'PRESCRIPTION RECORD', 'Referral letter']), '\n\nPatient: ', P('PERSON', pt.name), '   DOB: ', Pi.dob(), '   MRN: ', L('crm_id', `MRN${r.digits(8)}`), '\n']);
    if (uk) d.add(['NHS No: ', P('UK_NHS', Pi.nhs()), '\nAddress: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', r.pick(['Leeds', 'Bristol', 'Manchester', 'Edinburgh', 'Cardiff'])), '\nPhone: ', P('PHONE_NUMBER', Pi.phone('GB')), '\n']);
    else d.add(['Insurance member SSN: ', P('US_SSN', Pi.ssn()), '\nPhone: ', P('PHONE_NUMBER', Pi.phone('US')), '\nAddress: ', P('LOCATION', Pi.street()), ', ', P('LOCATION', r.pick(['Austin', 'Tampa', 'Denver', 'Baltimore'])), '\n']);
    d.add(['\nAssessment: ', r.pick(['type 2 diabetes, stable', 'post-operative follow-up, healing well', 'hypertension; BP 142/91', 'acute bronchitis']), '.\nRx: ', r.pick(['metformin 500 mg BID', 'amoxicillin 875 mg q12h x7d', 'lisinopril 10 mg daily', 'oxycodone 5 mg q6h PRN (qty 20)']), '\nNDC ', L('product_code', `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`), '\n\nPrescriber: ', 'Dr. ', P('PERSON', `${doc.parts[0]} ${doc.parts[1]}`), ', DEA ', P('MEDICAL_LICENSE', Pi.dea(doc.parts[1])), '\n']);
    d.add(['Referring: ', P('PERSON', `${doc2.parts[0]} ${doc2.parts[1]}`), ', MD (DEA ', P('MEDICAL_LICENSE', Pi.dea(doc2.parts[1])), ', tel ', P('PHONE_NUMBER', Pi.phone(uk ? 'GB' : 'US')), ')\n']);
    d.add(['Follow-up: ', L('date', Lk.date()), ' · Lab order ', L('order_number', Lk.order_number()), ' · ICD-10 ', r.pick(['E11.9', 'I10', 'J20.9', 'Z48.81']), '\n']);
    if (r.bool(0.4)) d.add(['Patient portal login from ', P('IP_ADDRESS', Pi.clientIp()), ' on ', L('timestamp', Lk.timestamp()), '\n']);
  },

  banking_statement(ctx, d) {
    const { r, Pi, Lk } = ctx;
    const w = who(ctx);
    d.add([r.pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Extracto bancario']), ' ', L('date', Lk.date()), '\nAccount holder: ', P('PERSON', w.name), '\n', P('LOCATION', Pi.street()), ', ', P('LOCATION', Pi.city()), '\nIBAN: ', P('IBAN_CODE', Pi.iban()), '   BIC: ', r.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'ABNANL2A', 'BSCHESMMXXX']), '\n\n']);
    d.add('Date        Description                                   Amount\n');
    const n = r.int(4, 7);
    for (let i = 0; i < n; i++) {
      const t = r.int(0, 6);
      d.add([L('date', Lk.date()), '  ']);
      if (t === 0) d.add(['SEPA transfer to ', P('PERSON', who(ctx).name), ' ', P('IBAN_CODE', Pi.iban()), '  ']);
      else if (t === 1) d.add(['Card payment ', P('CREDIT_CARD', Pi.card()), ' ', r.pick(['SUPERMARKT', 'AIRLINE', 'HOTEL']), '  ']);
      else if (t === 2) d.add(['Crypto exchange withdrawal to ', P('CRYPTO', Pi.btc()), '  ']);
      else if (t === 3) d.add(['Ref ', L('invoice_number', Lk.invoice_number()), ' returned: invalid IBAN ', L('invalid_iban', Lk.invalid_iban()), '  ']);
      else if (t === 4) d.add(['ACH from acct ', P('US_BANK_NUMBER', Pi.bankNumber()), '  ']);
      else if (t === 5) d.add(['Standing order ', L('order_number', Lk.order_number()), '  ']);
      else d.add(['Card ', L('card_masked', Lk.card_masked()), ' refund  ']);
      d.add([L('price', Lk.price()), '\n']);
    }
    d.add(['\nKYC on file: ', r.bool(0.65) ? ['SSN ', P('US_SSN', Pi.ssn())] : ['ITIN ', P('US_ITIN', Pi.itin())], '; contact ', P('EMAIL_ADDRESS', Pi.email(w.parts)), ', ', P('PHONE_NUMBER', Pi.phone()), '\n']);
    d.add(['Online banking last login: ', P('IP_ADDRESS', Pi.clientIp()), '\n']);
    if (r.bool(0.4)) d.add(['Joint holder taxpayer ID (ITIN): ', P('US_ITIN', Pi.itin()), '\n']);
    if (r.bool(0.5)) d.add(['ID document: US passport no. ', P('US_PASSPORT', Pi.passport()), '\n']);
    if (r.bool(0.4)) d.add(['Rejected KYC upload: SSN typed as ', L('invalid_ssn', Lk.invalid_ssn()), ', card ', L('invalid_card', Lk.invalid_card()), ' (checksum error)\n']);
    if (r.bool(0.5)) d.add(['Whitelisted withdrawal address: ', P('CRYPTO', Pi.btc()), '\n']);
  },
};
