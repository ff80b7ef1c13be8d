// Document kinds: CRM, HR, finance, shared documents.
import { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES, pickLang, pk, mailbox, signature, footerCompany } from './common.mjs';
import { emitJSON, emitYAML, emitCSV, emitTable, RAW, Span, Rich, Raw } from './builder.mjs';
import { uuid, LANG_CUR, price, VAT_LABEL } from './lookalikes.mjs';
import { ALPHA } from './prng.mjs';
import { secretValue } from './secrets.mjs';

const LANG_OF_CC = { US: 'en', GB: 'en', IE: 'en', AU: 'en', CA: 'en', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', IT: 'it', PT: 'pt', BR: 'pt', NL: 'nl', PL: 'pl', SE: 'sv', TR: 'tr', CZ: 'cs', JP: 'ja', KR: 'ko', CN: 'zh', IN: 'hi', RU: 'ru', UA: 'uk', GR: 'el' };
const curOf = (r, lang) => r.pick(LANG_CUR[lang] || LANG_CUR.en);

// ---------------------------------------------------------------- CRM export (CSV/TSV)
export function crm_contacts_csv(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl']); d.lang = lang;
  const H = { en: ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Mobile', 'Company', 'Street', 'City', 'Country', 'Owner', 'Created'], de: ['Datensatz-ID', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Mobil', 'Firma', 'Straße', 'Ort', 'Land', 'Betreuer', 'Angelegt'], fr: ['ID', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Portable', 'Société', 'Adresse', 'Ville', 'Pays', 'Responsable', 'Créé le'], es: ['ID', 'Nombre', 'Apellidos', 'Correo', 'Teléfono', 'Móvil', 'Empresa', 'Dirección', 'Ciudad', 'País', 'Propietario', 'Creado'] }[lang] || ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Mobile', 'Company', 'Street', 'City', 'Country', 'Owner', 'Created'];
  const cols = r.chance(0.5) ? [0, 1, 2, 3, 4, 6, 8, 9, 10, 11] : r.chance(0.5) ? [0, 1, 2, 3, 5, 7, 8, 9] : [1, 2, 3, 4, 5, 6, 8, 11];
  const sep = r.pick([',', ',', ';', '\t']);
  const rows = [cols.map((c) => H[c])];
  const owner = k.person(lang); const n = r.range(8, 16);
  for (let i = 0; i < n; i++) {
    const p = k.person(r.chance(0.6) ? lang : pickLang(r)); const cc = k.ccOf(p);
    const vals = [k.look('crm_id'), k.name(p, 'first'), k.name(p, 'last'), k.email(p), k.phone(cc), k.phone(cc, false), k.org(), k.street(cc), k.city(cc), k.country(cc), k.name(owner), L('date', dateText(r, r.chance(0.5) ? 'iso' : DATE_LANG[lang]))];
    rows.push(cols.map((c) => vals[c]));
  }
  if (r.chance(0.5)) rows.forEach((row, i) => row.push(i === 0 ? 'Notes' : r.chance(0.2) ? R(r.pick(['prefers calls after ', 'assistant: ']), r.chance(0.5) ? `${r.range(14, 18)}:00` : k.name(k.person(lang))) : ''));
  emitCSV(d, rows, { sep, quoteAll: sep === ',' && r.chance(0.3) });
  return d;
}

// ---------------------------------------------------------------- CRM record view
export function crm_record(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'it', 'nl', 'ja', 'pt']); d.lang = lang;
  const p = k.person(lang); const cc = k.ccOf(p); const rep = k.person(lang);
  d.w(pk(r, lang, ['Contact', 'Lead', 'Kontakt', 'Contacto', 'Client'], 'en xx de es fr'), ': ', k.name(p), '   [', k.look('crm_id'), ']\n');
  d.w('Account: ', k.org(), '\nTitle: ', r.pick(['CFO', 'Procurement lead', 'Owner', 'Office manager', 'Einkauf', 'Directrice administrative']), '\n');
  d.w('Email: ', k.email(p), '\nPhone: ', k.phone(cc, true), '\nMobile: ', k.phone(cc, false), '\n');
  d.w('Mailing address:\n'); for (const l of k.address(cc)) d.w('  ', l, '\n');
  d.w('Owner: ', k.name(rep), ' · Stage: ', r.pick(['Qualified', 'Proposal', 'Closed won', 'Negotiation']), ' · Value: ', k.price(lang), '\n\nActivity\n');
  const n = r.range(3, 6);
  for (let i = 0; i < n; i++) {
    d.w('- ', L('date', dateText(r, 'iso')), ' ', r.pick(['Call', 'Email', 'Meeting', 'Note']), ' (', k.name(rep, 'first'), '): ');
    const res = k.resolver(lang, { to: p, from: rep, cc });
    const t = r.int(6);
    if (t === 0 && r.chance(0.3)) d.w('card they gave ', L('invalid_card', GEN.invalid_card(r)), ' was declined (typo?), retry with sandbox ', L('vendor_test_card', GEN.vendor_test_card(r)));
    else if (t === 0) d.w('customer read out card ', k.card(), ' for the deposit, exp ', `${String(r.range(1, 12)).padStart(2, '0')}/${r.range(27, 31)}`, ' – moved to vault, delete this note');
    else if (t === 1) d.w('sent quote ', k.look('invoice_number'), ' for ', k.price(lang), ', follow-up ', k.date(DATE_LANG[lang]));
    else if (t === 2) d.w('new billing contact ', k.name(k.person(lang)), ', ', k.email(k.person(lang)), ', ', k.phone(cc));
    else if (t === 3) d.w('portal login for them: ', k.username(p), ' / ', k.pw(lang));
    else if (t === 4) d.w('ships to ', k.addressLine(cc));
    else d.fill(r.pick(PHRASES[lang][r.pick(['meet', 'phone', 'pay', 'travel'])]), res);
    d.w('\n');
  }
  d.w('\nLast modified ', L('timestamp', isoTs(r)), ' by ', k.name(rep), '\n');
  return d;
}

// ---------------------------------------------------------------- HR record (YAML-ish / key-value)
export function hr_employee_record(k) {
  const r = k.r, d = new Doc();
  const us = r.chance(0.45); const lang = us ? 'en' : pickLang(r, ['de', 'fr', 'es', 'nl', 'it', 'pl', 'en', 'ja', 'zh', 'ko', 'hi']); d.lang = lang;
  const p = us ? k.person(r.pick(['en_us', 'es_mx', 'zh', 'hi', 'ko', 'vi', 'ng'])) : k.person(lang);
  const cc = us ? 'US' : k.cc(lang); const mgr = k.person(us ? 'en' : lang); const emg = k.person(p.culture);
  const rec = {
    employee_id: k.look('employee_id'),
    name: k.name(p),
    ...(p.script !== 'Latin' ? { name_latin: k.name(p, 'latin') } : {}),
    date_of_birth: `${r.range(1960, 2003)}-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(1, 28)).padStart(2, '0')}`,
    start_date: L('date', dateText(r, 'iso')),
    position: r.pick(['Accountant', 'Sales Manager', 'Nurse', 'Teacher', 'Warehouse Lead', 'Legal Counsel', 'Designer']),
    manager: k.name(mgr),
    contact: { email_work: k.email(p, k.dom()), email_private: k.email(p), phone: k.phone(cc) },
    home_address: { street: k.street(cc), city: k.city(cc), postcode: COUNTRIES[cc].postcode(r), country: k.country(cc) },
  };
  if (us) {
    rec.tax = r.chance(0.8) ? { ssn: k.ssn() } : { itin: k.itin() };
    if (r.chance(0.7)) rec.identity = { passport: k.passport(), drivers_license: { state: 'CA', number: k.dl('CA') } };
    const st = r.pick(['NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH']); if (rec.identity) rec.identity.drivers_license = { state: st, number: k.dl(st) };
    rec.payroll = { bank_routing: r.digits(9), account: k.bank(), salary: k.price('en') };
  } else {
    rec.payroll = { iban: k.iban(cc), bic: k.look('bic'), salary: k.price(lang) };
    if (cc === 'GB' || r.chance(0.1)) rec.health = { nhs_number: k.nhs() };
  }
  rec.emergency_contact = { name: k.name(emg), relation: r.pick(['spouse', 'mother', 'father', 'partner', 'sibling']), phone: k.phone(k.ccOf(emg)) };
  if (r.chance(0.4)) rec.it = { username: k.username(p), initial_password: k.pw(lang), laptop_serial: k.look('serial_number') };
  rec.last_review = L('date', dateText(r, 'iso'));
  const form = r.int(3);
  if (form === 0) { d.w('# HR export — personnel file\n'); emitYAML(d, rec, { indent: 2 }); }
  else if (form === 1) { emitJSON(d, { employee: rec, exported_at: L('timestamp', isoTs(r)) }, { indent: 2 }); d.w('\n'); }
  else {
    const walk = (o, pre) => { for (const [kk, v] of Object.entries(o)) { if (v && typeof v === 'object' && !(v instanceof Span) && !(v instanceof Rich) && !(v instanceof Raw)) walk(v, pre + kk + '.'); else d.w((pre + kk).padEnd(28), ' ', v, '\n'); } };
    d.w('PERSONNEL RECORD\n================\n'); walk(rec, '');
  }
  return d;
}

// ---------------------------------------------------------------- payslip
export function payslip(k) {
  const r = k.r, d = new Doc(); const cc = r.pick(['DE', 'GB', 'US', 'FR', 'ES', 'NL', 'IT', 'AT', 'PL', 'US']); const lang = LANG_OF_CC[cc]; d.lang = lang;
  const p = k.person(lang === 'en' && cc === 'US' ? r.pick(['en_us', 'es_mx', 'zh', 'vi']) : lang); const org = k.org();
  const T = { de: ['Entgeltabrechnung', 'Personalnummer', 'Abrechnungsmonat', 'Bruttobezüge', 'Lohnsteuer', 'Solidaritätszuschlag', 'Krankenversicherung', 'Nettobezug', 'Überweisung auf'], en: ['Payslip', 'Employee no.', 'Pay period', 'Gross pay', 'Income tax', 'Other deductions', 'Pension', 'Net pay', 'Paid to'], fr: ['Bulletin de paie', 'Matricule', 'Période', 'Salaire brut', 'Impôt à la source', 'CSG/CRDS', 'Mutuelle', 'Net à payer', 'Virement sur'], es: ['Nómina', 'Nº empleado', 'Periodo', 'Total devengado', 'IRPF', 'Seguridad Social', 'Otras deducciones', 'Líquido a percibir', 'Transferencia a'], nl: ['Loonstrook', 'Personeelsnr.', 'Periode', 'Bruto loon', 'Loonheffing', 'Premies', 'Pensioen', 'Netto loon', 'Uitbetaald op'], it: ['Cedolino', 'Matricola', 'Periodo', 'Retribuzione lorda', 'IRPEF', 'Contributi INPS', 'Addizionali', 'Netto in busta', 'Accredito su'], pl: ['Pasek wynagrodzenia', 'Nr ewid.', 'Okres', 'Wynagrodzenie brutto', 'Zaliczka PIT', 'Składki ZUS', 'Składka zdrowotna', 'Do wypłaty', 'Przelew na'] }[lang];
  const cur = cc === 'GB' ? 'GBP' : cc === 'US' ? 'USD' : cc === 'PL' ? 'PLN' : 'EUR';
  d.w(org, '\n', k.addressLine(cc, { country: false }), '\n\n', T[0].toUpperCase(), '\n\n');
  d.w(k.name(p, r.chance(0.3) ? 'upper' : 'full'), '\n'); for (const l of k.address(cc, { country: false })) d.w(l, '\n');
  d.w('\n', T[1], ': ', k.look('employee_id'), '    ', T[2], ': ', L('date', dateText(r, DATE_LANG[lang] || 'en')), ' – ', L('date', dateText(r, DATE_LANG[lang] || 'en')), '\n');
  if (cc === 'US') d.w('SSN: ', r.chance(0.5) ? L('masked_ssn', `XXX-XX-${r.digits(4)}`) : k.ssn(), '   Filing status: ', r.pick(['Single', 'Married filing jointly', 'Head of household']), '\n');
  if (cc === 'GB' && r.chance(0.5)) d.w('Tax code: 1257L   NI category A\n');
  const rows = [[T[3], L('price', price(r, cur, k.ps))], [T[4], R('-', L('price', price(r, cur, k.ps)))], [T[5], R('-', L('price', price(r, cur, k.ps)))], [T[6], R('-', L('price', price(r, cur, k.ps)))]];
  if (r.chance(0.5)) rows.push([r.pick(['Bonus', 'Overtime', 'Prime', 'Zulage']), L('price', price(r, cur, k.ps))]);
  rows.push(['', ''], [T[7], L('price', price(r, cur, k.ps))]);
  emitTable(d, rows, { right: [false, true], gap: '   ' });
  if (r.chance(0.5)) d.w('\n', { de: 'PDF-Passwort für die digitale Abrechnung: ', fr: 'Mot de passe du bulletin PDF : ', es: 'Contraseña del PDF: ', nl: 'Wachtwoord pdf-loonstrook: ', it: 'Password del cedolino PDF: ', pl: 'Hasło do pliku PDF: ' }[lang] || 'e-payslip PDF password: ', k.sec('USER_PASSWORD', secretValue(r, 'USER_PASSWORD')), '\n');
  d.w('\n', T[8], ': ');
  if (cc === 'US') d.w('account ', k.bank(), ' (routing ', r.digits(9), ')');
  else d.w(k.iban(cc), r.chance(0.5) ? ['  BIC ', k.look('bic')] : '');
  d.w('\n', pk(r, lang, ['YTD gross ', 'Jahressumme ', 'Cumul annuel ']), L('price', price(r, cur, k.ps)), '\n');
  return d;
}

// ---------------------------------------------------------------- invoice
export function invoice(k) {
  const r = k.r, d = new Doc(); const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'US', 'PL', 'AT', 'BE', 'PT', 'SE']); const lang = LANG_OF_CC[cc] || 'en'; d.lang = lang;
  const T = { de: ['RECHNUNG', 'Rechnungsnr.', 'Datum', 'Fällig', 'Pos', 'Artikel', 'Menge', 'Preis', 'Summe netto', 'USt 19 %', 'Gesamt', 'Bankverbindung', 'Verwendungszweck'], fr: ['FACTURE', 'N° facture', 'Date', 'Échéance', 'Pos', 'Article', 'Qté', 'Prix', 'Total HT', 'TVA 20 %', 'Total TTC', 'Coordonnées bancaires', 'Référence'], es: ['FACTURA', 'Nº factura', 'Fecha', 'Vencimiento', 'Pos', 'Artículo', 'Cant.', 'Precio', 'Base imponible', 'IVA 21 %', 'Total', 'Datos bancarios', 'Concepto'], it: ['FATTURA', 'N. fattura', 'Data', 'Scadenza', 'Pos', 'Articolo', 'Q.tà', 'Prezzo', 'Imponibile', 'IVA 22%', 'Totale', 'Coordinate bancarie', 'Causale'], nl: ['FACTUUR', 'Factuurnr.', 'Datum', 'Vervaldatum', 'Pos', 'Artikel', 'Aantal', 'Prijs', 'Subtotaal', 'BTW 21%', 'Totaal', 'Bankgegevens', 'Kenmerk'], pl: ['FAKTURA VAT', 'Nr faktury', 'Data wystawienia', 'Termin płatności', 'Lp', 'Nazwa', 'Ilość', 'Cena', 'Netto', 'VAT 23%', 'Brutto', 'Rachunek bankowy', 'Tytułem'], pt: ['FATURA', 'N.º fatura', 'Data', 'Vencimento', 'Pos', 'Artigo', 'Qtd', 'Preço', 'Subtotal', 'IVA 23%', 'Total', 'Dados bancários', 'Referência'], sv: ['FAKTURA', 'Fakturanr', 'Datum', 'Förfallodag', 'Pos', 'Artikel', 'Antal', 'Pris', 'Netto', 'Moms 25 %', 'Att betala', 'Bankgiro / IBAN', 'OCR/Referens'] }[lang] || ['INVOICE', 'Invoice no.', 'Date', 'Due', '#', 'Item', 'Qty', 'Price', 'Subtotal', 'VAT 20%', 'Total', 'Bank details', 'Reference'];
  const cur = cc === 'GB' ? 'GBP' : cc === 'US' ? 'USD' : cc === 'PL' ? 'PLN' : cc === 'SE' ? 'SEK' : 'EUR';
  const dl = DATE_LANG[lang] || 'en';
  d.w(k.org(), '\n'); for (const l of k.address(cc, { country: r.chance(0.3) })) d.w(l, '\n');
  d.w(cc === 'US' ? ['EIN ', L('ein', `${r.range(10, 99)}-${r.digits(7)}`)] : [VAT_LABEL[cc] || 'VAT ', k.look('vat_number', cc)], ' · ', k.roleEmail(), ' · ', k.phone(cc, true), '\n\n');
  const buyer = k.person(lang); const bcc = r.chance(0.8) ? cc : r.pick(['DE', 'FR', 'NL', 'GB', 'US', 'ES']);
  d.w(k.org(), '\n', pk(r, lang, ['Attn: ', 'z. Hd. ', 'À l\'attention de ', 'Att. ', '']), k.name(buyer), '\n'); for (const l of k.address(bcc)) d.w(l, '\n');
  d.w('\n', T[0], '\n', T[1], ': ', k.look('invoice_number'), '\n', T[2], ': ', L('date', dateText(r, dl)), '\n', T[3], ': ', L('date', dateText(r, dl)), '\n');
  if (r.chance(0.6)) d.w(r.pick(['PO: ', 'Bestellnr.: ', 'Order: ']), k.look('order_number'), '\n');
  d.w('\n');
  const rows = [[T[4], 'SKU', T[5], T[6], T[7]]];
  const n = r.range(2, 6);
  for (let i = 0; i < n; i++) rows.push([String(i + 1), k.look('sku'), r.pick(['Consulting hours', 'Office chairs', 'Toner cartridge', 'Annual licence', 'Catering', 'Cleaning service', 'Laptop stand', 'Übersetzung', 'Maintenance', 'Travel expenses']), String(r.range(1, 40)), L('price', price(r, cur, k.ps))]);
  emitTable(d, rows, { headerRule: '-', right: [false, false, false, true, true] });
  d.w('\n', T[8], ': ', L('price', price(r, cur, k.ps)), '\n', T[9], ': ', L('price', price(r, cur, k.ps)), '\n', T[10], ': ', L('price', price(r, cur, k.ps)), '\n\n');
  d.w(T[11], ':\n  IBAN ', k.iban(cc, true), '\n  BIC ', k.look('bic'), '\n  ', T[12], ': ', r.chance(0.5) ? k.look('reference_code') : k.look('invoice_number'), '\n');
  if (r.chance(0.3)) d.w('\n', pk(r, lang, ['Do not pay to our old account ', 'Bitte nicht mehr auf das alte Konto ', 'Ancien compte clôturé : ']), L('masked_iban', GEN.masked_iban(r)), '\n');
  if (r.chance(0.3)) d.w(pk(r, lang, ['Note: the IBAN printed on last month\'s invoice (', 'Achtung, fehlerhafte IBAN auf der letzten Rechnung (', 'Attention, IBAN erronée sur la facture précédente (']), L('invalid_iban', GEN.invalid_iban(r)), ') ', r.pick(['was wrong.', 'bitte ignorieren.', 'à ignorer.']), '\n');
  if (r.chance(0.4)) d.w(pk(r, lang, ['Questions? Contact ', 'Ansprechpartnerin: ', 'Contact : ']), k.name(k.person(lang)), ', ', k.phone(cc), '\n');
  return d;
}

// ---------------------------------------------------------------- bank statement
export function bank_statement(k) {
  const r = k.r, d = new Doc(); const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'BE', 'AT', 'PL', 'US']); const lang = LANG_OF_CC[cc]; d.lang = lang;
  const holder = k.person(lang); const cur = cc === 'GB' ? 'GBP' : cc === 'US' ? 'USD' : cc === 'PL' ? 'PLN' : 'EUR'; const dl = DATE_LANG[lang];
  const csv = r.chance(0.4);
  if (!csv) {
    d.w(pk(r, lang, ['Account statement', 'Kontoauszug', 'Relevé de compte', 'Extracto', 'Estratto conto', 'Rekeningoverzicht', 'Wyciąg'], 'en de fr es it nl pl'), ' ', String(r.range(1, 12)), '/', String(r.pick([2025, 2026])), '\n');
    d.w(k.name(holder, r.chance(0.3) ? 'upper' : 'full'), '\n'); for (const l of k.address(cc, { country: false })) d.w(l, '\n');
    if (cc === 'US') d.w('\nAccount ', k.bank(), '   Routing ', r.digits(9), '\n'); else d.w('\nIBAN ', k.iban(cc, true), '   BIC ', k.look('bic'), '\n');
    d.w(pk(r, lang, ['Period: ', 'Zeitraum: ', 'Période : ']), L('date', dateText(r, dl)), ' – ', L('date', dateText(r, dl)), '   ', pk(r, lang, ['Opening balance ', 'Alter Saldo ', 'Solde initial ']), L('price', price(r, cur, k.ps)), '\n\n');
  } else d.w(r.pick(['Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;Verwendungszweck;Betrag\n', 'Date,Value date,Counterparty,Account,Description,Amount\n', 'Date;Libellé;Contrepartie;IBAN;Référence;Montant\n']));
  const n = r.range(6, 12);
  for (let i = 0; i < n; i++) {
    const cp = k.person(r.chance(0.7) ? lang : pickLang(r)); const t = r.int(6);
    const dt = L('date', dateText(r, csv ? 'de' : dl, 0));
    let desc, party, acct;
    if (t === 0) { party = k.name(cp, r.chance(0.5) ? 'upper' : 'full'); acct = k.iban(k.ibanCc(k.ccOf(cp))); desc = R(pk(r, lang, ['Rent ', 'Miete ', 'Loyer ', 'Alquiler '], 'en de fr es'), L('date', dateText(r, dl))); }
    else if (t === 1) { party = r.pick(['AMAZON EU', 'SNCF', 'Lidl', 'Shell', 'DB Fernverkehr', 'Uber BV', 'Apple Services']); acct = L('masked_card', GEN.masked_card(r)); desc = R('Card ', L('reference_code', GEN.reference_code(r))); }
    else if (t === 2) { party = k.org(); acct = k.iban(k.ibanCc(cc)); desc = R(k.look('invoice_number'), ' ', k.look('reference_code')); }
    else if (t === 3) { party = k.name(cp); acct = k.iban(k.ibanCc(k.ccOf(cp))); desc = R(pk(r, lang, ['Split dinner ', 'Geschenk ', 'Cadeau ', 'Kaution ']), k.name(k.person(lang), 'first')); }
    else if (t === 4) { party = r.pick(['Finanzamt', 'HMRC', 'URSSAF', 'Agencia Tributaria', 'Belastingdienst']); acct = k.iban(k.ibanCc(cc)); desc = R(L('reference_code', GEN.reference_code(r))); }
    else { party = k.org(); acct = L('masked_iban', GEN.masked_iban(r)); desc = R('SEPA-Lastschrift Mandat ', L('reference_code', `MNDT-${r.pick([2025, 2026])}-${r.digits(5)}`)); }
    const amt = R(r.chance(0.6) ? '-' : '', L('price', price(r, cur, k.ps)));
    if (csv) emitCSV(d, [[dt, L('date', dateText(r, 'de', 0)), party, acct, desc, amt]], { sep: r.chance(0.6) ? ';' : ',' });
    else d.w(dt, '  ', party, ' · ', acct, '\n            ', desc, '   ', amt, '\n');
  }
  if (!csv) d.w('\n', pk(r, lang, ['Closing balance ', 'Neuer Saldo ', 'Solde final ']), L('price', price(r, cur, k.ps)), '\n');
  return d;
}

// ---------------------------------------------------------------- expense report TSV
export function expense_report(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'it', 'ja', 'pt']); d.lang = lang;
  const emp = k.person(lang); const appr = k.person(lang);
  d.w(pk(r, lang, ['Expense report', 'Reisekostenabrechnung', 'Note de frais', 'Informe de gastos']), ' — ', k.name(emp), ' (', k.look('employee_id'), ')\n', 'Approver: ', k.name(appr), '   Submitted: ', L('date', dateText(r, DATE_LANG[lang])), '\n\n');
  const rows = [['Date', 'Merchant', 'City', 'Amount', 'Paid with', 'Receipt SHA-1', 'Comment']];
  const n = r.range(5, 10);
  for (let i = 0; i < n; i++) {
    const cc = r.chance(0.6) ? k.cc(lang) : r.pick(Object.keys(COUNTRIES));
    const pay = r.wpick([[4, () => L('masked_card', GEN.masked_card(r))], [2, () => k.card()], [1, () => L('vendor_test_card', GEN.vendor_test_card(r))], [1, () => L('invalid_card', GEN.invalid_card(r))], [1, () => 'cash']])();
    const cm = r.wpick([[5, ''], [1, R('dinner with ', k.name(k.person(pickLang(r))))], [1, R('taxi to ', k.street(cc))], [1, R('hotel conf. ', k.look('confirmation_number'))], [1, R('flight ', k.look('flight_number'), ' / ', k.look('eticket_number'))]]);
    rows.push([L('date', dateText(r, 'iso')), r.pick(['Hotel Adlon', 'Uber', 'Ristorante Da Enzo', 'SNCF', 'Shell', 'Starbucks', 'Marriott', 'Renfe', 'ANA', 'Lufthansa', 'Staples', 'Boots']), k.city(cc), L('price', price(r, undefined, k.ps)), pay, L('hash', r.str(ALPHA.HEXL, 40)), cm]);
  }
  emitCSV(d, rows, { sep: '\t' });
  d.w('\nTotal: ', L('price', price(r, 'EUR', k.ps)), '   Reimburse to ', k.iban(k.cc(lang)), '\n');
  return d;
}

// ---------------------------------------------------------------- accounting journal
export function accounting_journal(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['de', 'fr', 'nl', 'en', 'es', 'it', 'pl']); d.lang = lang;
  const H = { de: 'Belegdatum;Belegnr;Konto;Gegenkonto;Buchungstext;Betrag;Kostenstelle;Bearbeiter', fr: 'Date;Pièce;Compte;Contrepartie;Libellé;Montant;Analytique;Saisi par', nl: 'Datum;Boekstuk;Rekening;Tegenrekening;Omschrijving;Bedrag;Kostenplaats;Gebruiker' }[lang] || 'Date;Voucher;Account;Offset;Description;Amount;Cost centre;User';
  d.w(H, '\n');
  const user = k.person(lang); const n = r.range(10, 18);
  for (let i = 0; i < n; i++) {
    const t = r.int(5); const p = k.person(lang);
    const text = t === 0 ? R(pk(r, lang, ['Salary ', 'Gehalt ', 'Salaire ', 'Salaris '], 'en de fr nl'), k.name(p)) : t === 1 ? R(k.org(), ' ', k.look('invoice_number')) : t === 2 ? R(r.pick(['Erstattung ', 'Remboursement ', 'Refund ']), k.name(p), ' ', k.iban(k.cc(lang))) : t === 3 ? R('Miete ', k.street(k.cc(lang))) : R(r.pick(['Bewirtung ', 'Repas ', 'Meals ']), k.city(k.cc(lang)));
    emitCSV(d, [[L('date', dateText(r, lang === 'de' ? 'de' : 'iso', 0)), k.look('invoice_number'), String(r.range(1000, 8999)), String(r.range(1000, 8999)), text, L('price', price(r, 'EUR', k.ps).replace(/[€]|EUR/g, '').trim()), `KST${r.range(100, 999)}`, k.username(user)]], { sep: ';' });
  }
  return d;
}

// ---------------------------------------------------------------- pivot print
export function pivot_report(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'nl', 'ja', 'zh', 'pt', 'pl']); d.lang = lang;
  const cur = r.pick(LANG_CUR[lang] || ['EUR']);
  const months = r.pick([['Jan', 'Feb', 'Mar'], ['Q1', 'Q2', 'Q3', 'Q4'], ['Apr', 'May', 'Jun']]);
  d.w(pk(r, lang, ['Sum of Revenue', 'Summe von Umsatz', 'Somme de CA', 'Suma de Ventas']), ' by rep × ', months.length === 4 ? 'quarter' : 'month', '\n', 'Generated ', L('timestamp', isoTs(r)), ' by ', k.name(k.person(lang)), '\n\n');
  const rows = [['Region', 'Rep', ...months, 'Total']];
  const n = r.range(6, 11);
  for (let i = 0; i < n; i++) { const cc = k.cc(lang); const p = k.person(r.chance(0.8) ? lang : pickLang(r)); rows.push([k.city(cc), k.name(p), ...months.map(() => L('price', price(r, cur, k.ps))), L('price', price(r, cur, k.ps))]); }
  rows.push(['Grand Total', '', ...months.map(() => L('price', price(r, cur, k.ps))), L('price', price(r, cur, k.ps))]);
  emitTable(d, rows, { headerRule: r.pick(['-', '=']), border: r.chance(0.4) ? '|' : null, right: [false, false, true, true, true, true, true] });
  return d;
}

// ---------------------------------------------------------------- shared spreadsheet with logins / keys
export function spreadsheet_logins(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv']); d.lang = lang;
  d.w(pk(r, lang, ['Team accounts.xlsx', 'Zugänge Büro.xlsx', 'Comptes partagés.ods', 'Accesos.xlsx', 'logins (DO NOT SHARE).csv']), ' — ', pk(r, lang, ['Sheet1', 'Tabelle1', 'Feuille1', 'Hoja1']), '\n');
  const rows = [[pk(r, lang, ['Service', 'Dienst', 'Outil']), 'URL', pk(r, lang, ['User', 'Benutzer', 'Identifiant']), pk(r, lang, ['Password / Key', 'Passwort / Key', 'Mot de passe / clé']), 'Owner', pk(r, lang, ['Notes', 'Notiz', 'Remarques'])]];
  const n = r.range(7, 12);
  for (let i = 0; i < n; i++) {
    const own = k.person(lang); const t = r.int(9);
    const svcName = r.pick(['Bank portal', 'Payroll', 'Shop admin', 'Newsletter', 'CRM', 'Accounting', 'Wi-Fi office', 'Printer admin', 'Social media', 'Domain registrar', 'Travel booking', 'Courier account']);
    const url = `https://${r.pick(['portal', 'app', 'admin', 'login', 'my'])}.${svcName.toLowerCase().replace(/[^a-z]/g, '')}.${r.pick(['example', 'test'])}`;
    let user, secret, note = '', svcOverride = null;
    if (t <= 2) { const v = k.vendor(); user = r.pick(['api', '-', v.key]); secret = v.span; note = r.pick(['integration', 'from onboarding mail', 'prod', '']); svcOverride = v.desc; }
    else if (t === 8) { const v = k.plainKeyed(); user = v.key; secret = v.span; }
    else if (t === 3) { user = k.email(own); secret = k.pw(lang); note = r.pick(['shared', '2FA on Anna\'s phone', 'change quarterly', '']); }
    else if (t === 4) { user = k.username(own); secret = k.sec('USER_PASSWORD', k.mpw(r.range(10, 16), 'url')); note = R('recovery: ', k.sec('RECOVERY_CODE')); }
    else if (t === 5) { user = 'admin'; secret = k.look('placeholder'); note = r.pick(['ask IT', 'in vault', 'see 1Password']); }
    else if (t === 6) { user = k.username(own); secret = k.look('env_reference'); note = 'from vault'; }
    else { user = R('SSID ', r.pick(['Office', 'Lumen-5G', 'Atelier'])); secret = k.sec('WIFI_PASSWORD'); note = R('router admin: ', k.sec('ROUTER_ADMIN_PASSWORD')); }
    rows.push([svcOverride || svcName, url, user, secret, k.name(own, r.chance(0.5) ? 'first' : 'full'), note]);
  }
  emitCSV(d, rows, { sep: r.chance(0.6) ? '\t' : ',' });
  return d;
}

// ---------------------------------------------------------------- drive listing (API JSON)
export function drive_listing_json(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const dom = k.dom(); const files = [];
  const n = r.range(3, 5);
  for (let i = 0; i < n; i++) {
    const p = k.person(lang); const sh = k.person(r.chance(0.7) ? lang : pickLang(r));
    const fname = R(r.pick(['Payslip_', 'Contract_', 'CV_', 'Lease_', 'Passport_scan_', 'Offer_letter_', 'Reisepass_', 'Contrat_']), k.name(p, 'last'), r.pick(['.pdf', '.docx', '.jpg', '_signed.pdf']));
    const f = { id: L('file_id', r.str(ALPHA.B62 + '-_', 33)), name: fname, mimeType: r.pick(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/jpeg']), size: String(r.range(20000, 4000000)), md5Checksum: L('hash', r.str(ALPHA.HEXL, 32)), modifiedTime: L('timestamp', isoTs(r)), owners: [{ displayName: k.name(p), emailAddress: k.email(p, dom) }] };
    if (r.chance(0.6)) f.permissions = [{ type: 'user', role: r.pick(['reader', 'writer']), emailAddress: k.email(sh), displayName: k.name(sh) }];
    if (r.chance(0.6)) f.webViewLink = k.shareLink();
    if (r.chance(0.3)) f.thumbnailLink = L('data_uri', GEN.data_uri(r));
    files.push(f);
  }
  emitJSON(d, { kind: 'drive#fileList', nextPageToken: L('request_id', r.str(ALPHA.B62 + '-_', 40)), incompleteSearch: false, files }, { indent: r.pick([2, 2, 0]), space: true });
  d.w('\n');
  return d;
}

// ---------------------------------------------------------------- wiki / onboarding page (markdown)
export function wiki_onboarding_md(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pl', 'sv', 'pt']); d.lang = lang;
  const cc = k.cc(lang); const city = k.city(cc); const dom = k.dom();
  const H = { de: ['IT-Einstieg', 'WLAN', 'Drucker', 'E-Mail-Einstellungen', 'VPN', 'Ansprechpartner', 'Gebäude'], fr: ['Accueil informatique', 'Wi-Fi', 'Imprimantes', 'Messagerie', 'VPN', 'Contacts', 'Bâtiment'], es: ['Bienvenida IT', 'Wi-Fi', 'Impresoras', 'Correo', 'VPN', 'Contactos', 'Edificio'] }[lang] || ['IT onboarding', 'Wi-Fi', 'Printers', 'Mail settings', 'VPN', 'Who to ask', 'Building'];
  d.w('# ', H[0], ' – ', city, '\n\n_', pk(r, lang, ['Last edited by ', 'Zuletzt bearbeitet von ', 'Modifié par ']), k.name(k.person(lang)), ', ', L('date', dateText(r, DATE_LANG[lang])), '_\n\n');
  d.w('## ', H[1], '\n\n- SSID: `', r.pick(['Staff', 'Lumen-Corp', 'HQ-Secure']), '` – ', pk(r, lang, ['password', 'Passwort', 'mot de passe', 'clave']), ': `', k.sec('WIFI_PASSWORD'), '`\n- Guest: `Guest` – `', k.sec('WIFI_PASSWORD'), '` (', pk(r, lang, ['changes monthly', 'wechselt monatlich', 'change chaque mois']), ')\n\n');
  d.w('## ', H[2], '\n\n', pk(r, lang, ['Queue', 'Warteschlange', 'File']), ' `\\\\', k.look('hostname'), '\\', r.pick(['FollowMe', 'Etage2', 'Colour']), '`, ', pk(r, lang, ['secure print PIN: ', 'Drucker-PIN: ', 'code d\'impression : ', 'PIN de impresión: ']), k.sec('PIN'), '\n\n');
  d.w('## ', H[3], '\n\n| | Server | Port | User |\n|---|---|---|---|\n| IMAP | `', k.look('hostname'), '` | 993 | ', k.email(k.person(lang), dom), ' |\n| SMTP | `', k.look('hostname'), '` | 587 | ', r.pick(['same', 'idem', 'wie oben']), ' |\n\n');
  d.w(pk(r, lang, ['Shared mailbox ', 'Funktionspostfach ', 'Boîte partagée ']), k.roleEmail(dom), ': ', pk(r, lang, ['app password ', 'App-Passwort ', 'mot de passe d\'application ']), '`', k.sec('APP_PASSWORD'), '`\n\n');
  d.w('## ', H[4], '\n\n```\nserver: ', k.look('hostname'), '\ngroup:  staff\npsk:    ', k.sec('VPN_PRESHARED_KEY'), '\n```\n', pk(r, lang, ['Your own password is the AD one; temp for new starters: ', 'Startpasswort für Neue: ', 'Mot de passe initial : ']), '`', k.sec('VPN_PASSWORD', k.mpw(12, 'url')), '`\n\n');
  if (r.chance(0.5)) d.w('CA certificate (import on first connect):\n\n```\n', k.look('certificate'), '\n```\n\n');
  d.w('## ', H[5], '\n\n');
  const rows = [['Name', 'Role', 'Phone', 'Mail']];
  for (let i = 0, n = r.range(3, 5); i < n; i++) { const p = k.person(r.chance(0.7) ? lang : pickLang(r)); rows.push([k.name(p), r.pick(['IT', 'Facilities', 'HR', 'Reception', 'Finance']), k.phone(cc), k.email(p, dom)]); }
  emitTable(d, rows, { border: '|', headerRule: '-' });
  d.w('\n## ', H[6], '\n\n', k.addressLine(cc), '  \n', pk(r, lang, ['Door code (weekends): ', 'Türcode Wochenende: ', 'Digicode week-end : ']), '`', k.sec('ACCESS_CODE'), '`, ', pk(r, lang, ['alarm ', 'Alarmanlage ', 'alarme ']), '`', k.sec('ACCESS_CODE'), '`  \n', pk(r, lang, ['Shared drive: ', 'Netzlaufwerk: ', 'Partage : ']), k.shareLink(), '\n');
  return d;
}

// ---------------------------------------------------------------- meeting notes
export function meeting_notes(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const att = Array.from({ length: r.range(4, 7) }, () => k.person(r.chance(0.55) ? lang : r.pick(['en', 'ja', 'ar', 'he', 'hi', 'zh', 'ko', 'th', 'ka', 'hy', 'ru', 'el', 'bn', 'ta', 'fa', 'uk', 'vi', 'tr'])));
  d.w(pk(r, lang, ['# Meeting notes – ', 'Notizen ', 'Compte rendu – ', 'Acta – ', '議事録 – ', '会议纪要 – ', 'Notatki – '], 'en de fr es ja zh pl'), r.pick(['weekly ops', 'budget', 'office move', 'onboarding', 'Q2 planning']), ' (', L('date', dateText(r, DATE_LANG[lang])), ')\n\n');
  d.w(pk(r, lang, ['Attendees', 'Teilnehmende', 'Participants', 'Asistentes', '出席者', '参会人员'], 'en de fr es ja zh'), ': ', ...att.flatMap((p, i) => [i ? ', ' : '', k.name(p, r.chance(0.2) ? 'latin' : 'full')]), '\n');
  if (r.chance(0.4)) d.w(pk(r, lang, ['Apologies', 'Entschuldigt', 'Excusés']), ': ', k.name(k.person(lang)), '\n');
  d.w('\n');
  const n = r.range(3, 6);
  for (let i = 0; i < n; i++) {
    const who = r.pick(att); let to = r.pick(att); if (to === who) to = att[(att.indexOf(who) + 1) % att.length];
    const res = k.resolver(lang, { to, from: who, cc });
    d.w(r.pick(['- ', '* ', `${i + 1}. `]), k.name(who, 'first'), ': ');
    d.fill(r.pick(PHRASES[lang][r.pick(['meet', 'addr', 'phone', 'pay', 'travel', 'mail', 'pw', 'wifi', 'door', 'link', 'api'])]), res);
    d.w('\n');
  }
  d.w('\n', pk(r, lang, ['Action items', 'Aufgaben', 'Actions', 'Tareas', 'TODO'], 'en de fr es'), ':\n');
  const AI = { de: [['Vertrag schicken an ', 'p'], ['Raum buchen in ', 'c'], ['zurückrufen: ', 'pp'], ['Liste aktualisieren für ', 'c']], fr: [['envoyer le contrat à ', 'p'], ['réserver une salle à ', 'c'], ['rappeler ', 'pp'], ['mettre à jour le fichier pour ', 'c']], es: [['enviar contrato a ', 'p'], ['reservar sala en ', 'c'], ['llamar a ', 'pp'], ['actualizar la hoja de ', 'c']] }[lang] || [['send contract to ', 'p'], ['book room in ', 'c'], ['call back ', 'pp'], ['update the sheet for ', 'c']];
  for (let i = 0, m = r.range(2, 4); i < m; i++) {
    const [verb, what] = r.pick(AI); const q = k.person(lang);
    d.w('- [ ] @', k.name(r.pick(att), 'first'), ' ', verb, what === 'c' ? k.city(cc) : k.name(q), what === 'pp' ? [' (', k.phone(cc), ')'] : '', ' ', pk(r, lang, ['by ', 'bis ', 'avant le ', 'antes del ']), L('date', dateText(r, DATE_LANG[lang])), '\n');
  }
  if (r.chance(0.4)) d.w('\nDial-in ', k.phone(cc, true), ' / ID ', k.look('meeting_id'), ' / PIN ', k.sec('MEETING_PASSCODE', r.digits(6)), '\n');
  return d;
}

// ---------------------------------------------------------------- vCard export
export function vcard_export(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const n = r.range(3, 5);
  for (let i = 0; i < n; i++) {
    const p = k.person(r.chance(0.6) ? lang : pickLang(r)); const cc = k.ccOf(p); const C = COUNTRIES[cc];
    d.w('BEGIN:VCARD\nVERSION:', r.pick(['3.0', '4.0']), '\nN:', k.name(p, 'last'), ';', k.name(p, 'first'), ';;;\nFN:', k.name(p), '\n');
    if (r.chance(0.6)) d.w('ORG:', k.org(), '\n');
    d.w('TEL;TYPE=CELL:', k.phone(cc, true), '\n');
    if (r.chance(0.5)) d.w('TEL;TYPE=WORK,VOICE:', k.phone(cc, false), '\n');
    d.w('EMAIL;TYPE=INTERNET:', k.email(p), '\n');
    d.w('ADR;TYPE=HOME:;;', k.street(cc), ';', k.city(cc), ';;', C.postcode(r), ';', k.country(cc), '\n');
    if (r.chance(0.4)) d.w('BDAY:', `${r.range(1950, 2005)}-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(1, 28)).padStart(2, '0')}`, '\n');
    if (r.chance(0.35)) d.w('NOTE:', r.pick([['Gate code ', k.sec('ACCESS_CODE')], ['Wi-Fi ', k.sec('WIFI_PASSWORD')], ['Spouse: ', k.name(k.person(p.culture))], ['Alt. ', k.email(p)]]), '\n');
    d.w('UID:', L('uuid', uuid(r)), '\nREV:', L('timestamp', isoTs(r, false).replace(/[-:]/g, '') + 'Z'), '\nEND:VCARD\n');
  }
  return d;
}

// ---------------------------------------------------------------- helpdesk ticket
export function helpdesk_ticket(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'pl', 'tr']); d.lang = lang;
  const cust = k.person(lang); const agent = k.person('en'); const cc = k.ccOf(cust);
  d.w('Ticket ', k.look('ticket_id'), ' · ', r.pick(['Billing', 'Account access', 'Refund', 'Delivery', 'Login problem']), ' · ', r.pick(['Open', 'Pending', 'Solved']), '\n');
  d.w('Requester: ', k.name(cust), ' <', k.email(cust), '>  ', k.phone(cc), '\nCreated: ', L('timestamp', isoTs(r)), '   Order: ', k.look('order_number'), '\n\n');
  const res = k.resolver(lang, { to: agent, from: cust, cc });
  d.w('— ', k.name(cust), ' (', pk(r, lang, ['customer', 'Kunde', 'client']), ')\n');
  const t = r.int(5);
  if (t === 0) d.w(pk(r, lang, ['I was charged twice on my card ', 'Meine Karte wurde doppelt belastet: ', 'Ma carte a été débitée deux fois : ']), k.card(), r.pick(['. Please refund.', '.', ' !']), '\n');
  else if (t === 1) d.w(r.pick(['For verification my SSN is ', 'My social is ']), k.ssn(), r.pick([' and DOB 04/12/1986.', '.']), '\n');
  else if (t === 2) d.w(pk(r, lang, ['I cannot log in. My password is ', 'Login geht nicht, Passwort ist ', 'Je n\'arrive pas à me connecter, mon mot de passe : ']), k.pw(lang), '\n');
  else if (t === 3) { d.fill(r.pick(PHRASES[lang].addr), res); d.w('\n'); }
  else d.w(pk(r, lang, ['Refund to ', 'Bitte erstatten auf ', 'Remboursement sur ']), k.iban(k.ibanCc(cc)), '\n');
  d.w('\n— ', k.name(agent), ' (agent) ', L('timestamp', isoTs(r)), '\n');
  d.w(r.pick(['Thanks, I have reset your access. Temporary password: ', 'Hi, please never send card numbers here. New temp password: ', 'Refund issued. Portal password reset to ']), k.sec('USER_PASSWORD', k.mpw(r.range(10, 14), 'url')), '\n');
  d.w('\n[internal note] ', k.name(k.person('en'), 'first'), ': ', r.pick([['card on file ', L('masked_card', GEN.masked_card(r)), ', test with ', L('vendor_test_card', GEN.vendor_test_card(r))], ['customer IP ', k.ip(), ', request ', k.look('request_id')], ['chargeback ref ', k.look('reference_code'), ' tracking ', k.look('tracking_number')], ['typo card number ', L('invalid_card', GEN.invalid_card(r)), ' rejected'], ['IBAN on the form fails the check: ', L('invalid_iban', GEN.invalid_iban(r))], ['SSN field had ', L('invalid_ssn', GEN.invalid_ssn(r)), ' – bounced by validation']]), '\n');
  d.w('Attachment: screenshot.png (sha256 ', L('hash', r.str(ALPHA.HEXL, 64)), ')\n');
  return d;
}

// ---------------------------------------------------------------- HR onboarding form (US-centric)
export function hr_form_submission(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const p = k.person(r.pick(['en_us', 'es_mx', 'zh', 'hi', 'vi', 'ko', 'ng', 'en_us'])); const st = r.pick(['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH']);
  const ec = k.person(p.culture);
  d.w('New hire form — submitted ', L('timestamp', isoTs(r)), '\nForm id: ', L('uuid', uuid(r)), '\n\n');
  const f = [
    ['Legal name', k.name(p)], ['Preferred name', k.name(p, 'first')], ['Date of birth', `${String(r.range(1, 12)).padStart(2, '0')}/${String(r.range(1, 28)).padStart(2, '0')}/${r.range(1962, 2004)}`],
    [r.chance(0.8) ? 'SSN' : 'ITIN', r.chance(0.8) ? k.ssn() : k.itin()], ['Home address', k.street('US')], ['City / State / ZIP', R(k.city('US'), `, ${st} ${r.digits(5)}`)],
    ['Mobile', k.phone('US')], ['Personal email', k.email(p)], ['Driver license', R(k.dl(st), ` (${st}, exp `, L('date', dateText(r, 'en', 3)), ')')],
    ['Passport no.', r.chance(0.6) ? k.passport() : 'n/a'], ['Direct deposit – routing', r.digits(9)], ['Direct deposit – account', k.bank()],
    ['Emergency contact', R(k.name(ec), ' – ', k.phone('US'))], ['Start date', L('date', dateText(r, 'en', 1))],
  ];
  if (r.chance(0.4)) f.push(['Prior employer ref', R(k.name(k.person('en')), ', ', k.email(k.person('en')))]);
  if (r.chance(0.3)) f.push(['Spouse SSN (dependent)', k.ssn()]);
  const w = Math.max(...f.map(([a]) => a.length)) + 2;
  for (const [a, b] of f) d.w(a.padEnd(w), b, '\n');
  d.w('\nSignature: /s/ ', k.name(p), '\n');
  return d;
}

// ---------------------------------------------------------------- job application / CV
export function recruiting_application(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'en']); d.lang = lang;
  const p = k.person(r.chance(0.6) ? lang : pickLang(r)); const cc = k.ccOf(p);
  d.w(k.name(p), '\n'); for (const l of k.address(cc)) d.w(l, '\n');
  d.w(k.phone(cc, true), ' · ', k.email(p), ' · profiles.example/in/', k.username(p), '\n\n');
  d.w(pk(r, lang, ['EXPERIENCE', 'BERUFSERFAHRUNG', 'EXPÉRIENCE', 'EXPERIENCIA']), '\n');
  for (let i = 0, n = r.range(2, 4); i < n; i++) { const c2 = r.chance(0.6) ? cc : r.pick(Object.keys(COUNTRIES)); d.w(L('date', dateText(r, 'iso').slice(0, 7)), ' – ', r.chance(0.3) ? 'today' : L('date', dateText(r, 'iso').slice(0, 7)), '  ', r.pick(['Office Manager', 'Accountant', 'Buyer', 'Assistant', 'Team Lead']), ', ', k.org(), ', ', k.city(c2), ', ', k.country(c2), '\n'); }
  d.w('\n', pk(r, lang, ['REFERENCES', 'REFERENZEN', 'RÉFÉRENCES']), '\n');
  for (let i = 0, n = r.range(1, 3); i < n; i++) { const q = k.person(r.chance(0.7) ? p.culture : lang); d.w('- ', k.name(q), ', ', pk(r, lang, ['former manager', 'ehem. Vorgesetzte', 'ancien responsable']), ' – ', k.phone(k.ccOf(q)), ', ', k.email(q), '\n'); }
  d.w('\n', pk(r, lang, ['Nationality', 'Staatsangehörigkeit', 'Nationalité']), ': ', k.country(cc), '   ', pk(r, lang, ['Available from', 'Verfügbar ab', 'Disponible à partir du']), ' ', L('date', dateText(r, DATE_LANG[lang])), '\n');
  if (r.chance(0.3)) d.w(pk(r, lang, ['Expected salary: ', 'Gehaltsvorstellung: ']), k.price(lang), '\n');
  return d;
}

// ---------------------------------------------------------------- school letter
export function school_letter(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'it', 'pl', 'sv', 'pt', 'en']); d.lang = lang;
  const cc = k.cc(lang); const child = k.person(lang); const parent = k.person(lang); const teacher = k.person(lang); const head = k.person(lang);
  const school = pk(r, lang, ['Riverside Primary School', 'Grundschule am Park', 'École élémentaire Jean Moulin', 'Colegio San José', 'Basisschool De Regenboog', 'Scuola primaria G. Rodari', 'Szkoła Podstawowa nr 12', 'Björkskolan', 'Escola Básica do Alto'], 'en de fr es nl it pl sv pt');
  d.w(school, '\n', k.addressLine(cc, { country: false }), '\n', pk(r, lang, ['Phone ', 'Tel. ', 'Tél. '], 'en de fr'), k.phone(cc, false), ' · ', k.roleEmail(), '\n\n', k.city(cc), ', ', L('date', dateText(r, DATE_LANG[lang], 1)), '\n\n');
  const T = {
    en: ['Dear parents/carers of {child},', 'Class {cls} will visit {city} on {date}. The trip costs {price}; please pay by {date2} to {iban} quoting {ref}.', 'Your login for the parent portal is {user} with the temporary password {pw}.', 'In an emergency on the day please call {teacher} on {phone}.', 'Yours sincerely,'],
    de: ['Liebe Eltern von {child},', 'die Klasse {cls} fährt am {date} nach {city}. Der Ausflug kostet {price}; bitte bis {date2} auf {iban} überweisen, Verwendungszweck {ref}.', 'Ihr Zugang zum Elternportal: Benutzer {user}, vorläufiges Passwort {pw}.', 'Am Ausflugstag erreichen Sie {teacher} unter {phone}.', 'Mit freundlichen Grüßen'],
    fr: ['Chers parents de {child},', 'La classe {cls} se rendra à {city} le {date}. La sortie coûte {price} ; merci de régler avant le {date2} sur {iban}, référence {ref}.', 'Votre identifiant pour l\'espace parents : {user}, mot de passe provisoire {pw}.', 'En cas d\'urgence, appelez {teacher} au {phone}.', 'Veuillez agréer nos salutations distinguées,'],
    es: ['Estimadas familias de {child}:', 'La clase {cls} visitará {city} el {date}. La excursión cuesta {price}; pagar antes del {date2} en {iban}, concepto {ref}.', 'Su acceso al portal de familias: usuario {user}, contraseña provisional {pw}.', 'En caso de urgencia llamen a {teacher} al {phone}.', 'Atentamente,'],
    nl: ['Beste ouders/verzorgers van {child},', 'Groep {cls} gaat op {date} naar {city}. Het uitje kost {price}; graag vóór {date2} overmaken naar {iban} o.v.v. {ref}.', 'Uw inlog voor het ouderportaal: {user}, tijdelijk wachtwoord {pw}.', 'Bij nood op de dag zelf: bel {teacher} op {phone}.', 'Met vriendelijke groet,'],
    it: ['Gentili genitori di {child},', 'La classe {cls} visiterà {city} il {date}. La gita costa {price}; versare entro il {date2} su {iban}, causale {ref}.', 'Credenziali per il registro elettronico: {user}, password provvisoria {pw}.', 'In caso di emergenza chiamate {teacher} al {phone}.', 'Cordiali saluti,'],
    pl: ['Szanowni Rodzice {child},', 'Klasa {cls} jedzie {date} do {city}. Wycieczka kosztuje {price}; prosimy wpłacić do {date2} na {iban}, tytułem {ref}.', 'Dostęp do dziennika: login {user}, hasło tymczasowe {pw}.', 'W razie potrzeby prosimy dzwonić do {teacher}: {phone}.', 'Z poważaniem,'],
    sv: ['Till vårdnadshavare för {child},', 'Klass {cls} åker till {city} den {date}. Utflykten kostar {price}; betala senast {date2} till {iban}, ange {ref}.', 'Inloggning till föräldraportalen: {user}, tillfälligt lösenord {pw}.', 'Vid nödfall, ring {teacher} på {phone}.', 'Vänliga hälsningar,'],
    pt: ['Caros encarregados de educação de {child},', 'A turma {cls} visita {city} no dia {date}. A visita custa {price}; pagar até {date2} para {iban}, referência {ref}.', 'Acesso ao portal: utilizador {user}, senha provisória {pw}.', 'Em caso de urgência liguem para {teacher}: {phone}.', 'Com os melhores cumprimentos,'],
  }[lang] || null;
  const res = k.resolver(lang, { to: parent, cc, child: k.name(child), teacher: k.name(teacher), cls: `${r.range(2, 6)}${r.pick(['a', 'b', 'B', 'C'])}` });
  const t = T || [];
  d.fill(t[0], res); d.w('\n\n'); d.fill(t[1], res); d.w('\n\n'); d.fill(t[2], res); d.w(' '); d.fill(t[3], res); d.w('\n\n');
  d.w(pk(r, lang, ['Allergies / medication: ', 'Allergien: ', 'Allergies : ']), '______\n', pk(r, lang, ['Return slip', 'Abschnitt', 'Coupon']), ': ', k.name(child), ' / ', r.pick(['signature', 'Unterschrift']), ' ______\n\n');
  d.fill(t[4], res); d.w('\n', k.name(head), '\n', pk(r, lang, ['Headteacher', 'Schulleitung', 'Directrice', 'Directora', 'Dirigente scolastico', 'Dyrektor', 'Rektor', 'Diretora'], 'en de fr es it pl sv pt'), '\n');
  return d;
}

// ---------------------------------------------------------------- clinic letter
export function clinic_letter(k) {
  const r = k.r, d = new Doc(); const uk = r.chance(0.55); const lang = 'en'; d.lang = lang;
  const cc = uk ? 'GB' : 'US'; const pat = k.person(uk ? r.pick(['en_gb', 'ie', 'hi', 'ng', 'pl', 'ar']) : r.pick(['en_us', 'es_mx', 'zh', 'vi', 'ko'])); const doc = k.person(uk ? 'en_gb' : 'en_us');
  d.w(r.pick(['Riverside Medical Practice', 'Northgate Health Centre', 'Lakeside Family Clinic', 'Copperleaf Dermatology']), '\n', k.addressLine(cc, { country: false }), '\nTel ', k.phone(cc, false), '  Fax ', k.phone(cc, false), '\n\n', L('date', dateText(r, uk ? 'en_gb' : 'en', 1)), '\n\n');
  d.w('Patient: ', k.name(pat), '   DOB ', `${String(r.range(1, 28)).padStart(2, '0')}/${String(r.range(1, 12)).padStart(2, '0')}/${r.range(1940, 2015)}`, '\n');
  if (uk) d.w('NHS No: ', k.nhs(), '   Hospital no. RX', r.digits(7), '\n'); else d.w('MRN: ', r.digits(8), '   Insurance ID: ', r.str(ALPHA.UP, 3), r.digits(9), '\n');
  for (const l of k.address(cc, { country: false })) d.w(l, '\n');
  d.w('\nDear ', r.pick(['Dr ', 'Dr. ']), k.name(k.person(uk ? 'en_gb' : 'en_us'), 'last'), ',\n\n');
  d.w('I saw ', k.name(pat, 'first'), ' on ', L('date', dateText(r, uk ? 'en_gb' : 'en', 1)), ' with ', r.pick(['recurrent migraine', 'eczema', 'a sprained ankle', 'hypertension follow-up']), '. ', r.pick(['Plan: review in 6 weeks.', 'Bloods requested.', 'Referred to physiotherapy.']), '\n');
  if (!uk || r.chance(0.4)) d.w('Prescriber: ', k.name(doc), ', DEA ', k.dea(doc.latLast), r.chance(0.5) ? ['; covering: ', k.name(k.person('en_us')), ', DEA ', (() => { const q = k.person('en_us'); return k.dea(q.latLast); })()] : '', '\n');
  d.w('Next appointment: ', L('date', dateText(r, uk ? 'en_gb' : 'en')), ' at ', `${r.range(8, 17)}:${r.pick(['00', '20', '40'])}`, ', ', k.street(cc), '\n');
  d.w('Patient portal activation code: ', k.sec('PORTAL_ACTIVATION_CODE'), ' (valid 14 days)\n');
  if (r.chance(0.5)) d.w('Next of kin: ', k.name(k.person(pat.culture)), ', ', k.phone(cc), '\n');
  d.w('\nYours sincerely,\n', k.name(doc), '\n', r.pick(['GP Partner', 'Consultant Dermatologist', 'Family Physician', 'Nurse Practitioner']), '\n');
  return d;
}

// ---------------------------------------------------------------- tenancy / property paper
export function tenancy_agreement(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'it', 'pl', 'pt', 'sv']); d.lang = lang;
  const cc = k.cc(lang); const ll = k.person(lang), tn = k.person(r.chance(0.7) ? lang : pickLang(r)), tn2 = k.person(lang);
  const T = { de: ['Wohnungsübergabeprotokoll / Mietvertrag', 'Vermieter', 'Mieter', 'Mietobjekt', 'Monatsmiete', 'Kaution', 'Mietbeginn', 'Zahlung auf', 'Schlüssel', 'Zählerstände', 'Sonstiges'], fr: ['Contrat de location / état des lieux', 'Bailleur', 'Locataire', 'Logement', 'Loyer mensuel', 'Dépôt de garantie', 'Début du bail', 'Virement sur', 'Clés', 'Relevés des compteurs', 'Divers'], es: ['Contrato de arrendamiento', 'Arrendador', 'Arrendatario', 'Vivienda', 'Renta mensual', 'Fianza', 'Inicio', 'Pago a', 'Llaves', 'Contadores', 'Otros'], nl: ['Huurovereenkomst', 'Verhuurder', 'Huurder', 'Woning', 'Huur per maand', 'Borg', 'Ingangsdatum', 'Betaling op', 'Sleutels', 'Meterstanden', 'Overig'] }[lang] || ['Tenancy agreement / check-in report', 'Landlord', 'Tenant', 'Property', 'Monthly rent', 'Deposit', 'Start date', 'Pay to', 'Keys', 'Meter readings', 'Other'];
  d.w(T[0], '\n', '='.repeat(T[0].length), '\n\n');
  d.w(T[1], ': ', k.name(ll), ', ', k.addressLine(cc, { country: false }), ', ', k.phone(cc), ', ', k.email(ll), '\n');
  d.w(T[2], ': ', k.name(tn), r.chance(0.5) ? [' & ', k.name(tn2)] : '', ', ', k.phone(k.ccOf(tn)), '\n');
  d.w(T[3], ': ', k.street(cc), ', ', r.pick(['2. OG links', '3rd floor', 'apt 12', 'bât. B']), ', ', k.city(cc), '\n\n');
  d.w(T[4], ': ', k.price(lang), '\n', T[5], ': ', k.price(lang), '\n', T[6], ': ', L('date', dateText(r, DATE_LANG[lang])), '\n', T[7], ': ', k.iban(cc), r.chance(0.5) ? [', ', r.pick(['ref ', 'Verwendungszweck ']), k.look('reference_code')] : '', '\n\n');
  d.w(T[8], ': ', String(r.range(2, 5)), ' × ', pk(r, lang, ['front door', 'Haustür', 'porte', 'portal'], 'en de fr es'), ', ', pk(r, lang, ['key safe code ', 'Schlüsselkasten ', 'boîte à clés ']), k.sec('ACCESS_CODE'), ', ', pk(r, lang, ['alarm ', 'Alarm ', 'alarme ']), k.sec('ACCESS_CODE'), '\n');
  d.w(T[9], ': ', pk(r, lang, ['electricity', 'Strom', 'électricité']), ' ', k.look('serial_number'), ' = ', String(r.range(1000, 99999)), ' kWh; ', pk(r, lang, ['gas', 'Gas', 'gaz']), ' ', k.look('serial_number'), ' = ', String(r.range(100, 9999)), ' m³\n');
  d.w(T[10], ': ', 'Wi-Fi "', r.pick(['FRITZ!Box 7530 XY', 'Livebox-1F2A', 'Vodafone-8C21', 'TP-Link_3A7F']), '" ', k.sec('WIFI_PASSWORD'), '; router ', k.look('mac_address'), '; ', pk(r, lang, ['location ', 'Lage '], 'en de'), k.look('coordinates'), '\n\n');
  d.w(k.city(cc), ', ', L('date', dateText(r, DATE_LANG[lang])), '\n\n____________________          ____________________\n', k.name(ll), '                 ', k.name(tn), '\n');
  return d;
}
