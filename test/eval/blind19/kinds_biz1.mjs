// Business document kinds (part 1): CRM exports, ERP exports, invoices, payroll, HR letters.
import { Ctx, S, P, L, Doc, frag, PI, fill, Clock, humanPassword, plainSecret, tokenSecret, SECRET_BY } from './common.mjs';
import { LOOK } from './lookalikes.mjs';

const BUDGET = 3750;
const Lc = (v) => P('LOCATION', v);
const cityOf = (c, pl) => Lc(PI.cityName(pl, c.lang));
const streetOf = (c, pl) => Lc(PI.streetName(pl, c.lang));

// ------------------------------------------------------------------ crm_export
const CRM_HDR = {
  en: ['Contact ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Company', 'City', 'Country', 'Owner', 'Created'],
  de: ['Kontakt-ID', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Firma', 'Ort', 'Land', 'Betreuer', 'Angelegt am'],
  fr: ['ID contact', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Société', 'Ville', 'Pays', 'Commercial', 'Créé le'],
  es: ['ID', 'Nombre', 'Apellidos', 'Correo', 'Teléfono', 'Empresa', 'Ciudad', 'País', 'Responsable', 'Alta'],
  pt: ['ID', 'Nome', 'Sobrenome', 'E-mail', 'Telefone', 'Empresa', 'Cidade', 'País', 'Responsável', 'Criado em'],
  nl: ['Contact-ID', 'Voornaam', 'Achternaam', 'E-mail', 'Telefoon', 'Bedrijf', 'Plaats', 'Land', 'Accountmanager', 'Aangemaakt'],
  it: ['ID contatto', 'Nome', 'Cognome', 'Email', 'Telefono', 'Azienda', 'Città', 'Paese', 'Referente', 'Creato il'],
  pl: ['ID', 'Imię', 'Nazwisko', 'E-mail', 'Telefon', 'Firma', 'Miasto', 'Kraj', 'Opiekun', 'Utworzono'],
  ja: ['顧客ID', '名', '姓', 'メール', '電話番号', '会社名', '市区町村', '国', '担当者', '登録日'],
  sv: ['Kontakt-ID', 'Förnamn', 'Efternamn', 'E-post', 'Telefon', 'Företag', 'Ort', 'Land', 'Ansvarig', 'Skapad'],
};
export function crm_export(r) {
  const lang = r.pick(Object.keys(CRM_HDR)); const c = new Ctx(r, lang); const d = new Doc(); const v = r.int(4);
  const owners = [c.person(), c.person()];
  if (v <= 1) { // CSV / semicolon CSV
    const sep = ['de', 'fr', 'nl', 'pl', 'it', 'es', 'pt', 'sv'].includes(lang) && r.chance(0.7) ? ';' : ',';
    d.line(CRM_HDR[lang].join(sep));
    fill(d, BUDGET, () => {
      const p = c.person(); const pl = c.place(r.chance(0.6) ? undefined : PI.ADDRESS_COUNTRIES[r.int(PI.ADDRESS_COUNTRIES.length)]);
      const co = r.pick(PI.COMPANIES)[0]; const q = co.includes(',') || co.includes(sep) ? '"' : '';
      return frag(c.lk('crm_id'), sep, P('PERSON', c.nm(p, 'given')), sep, P('PERSON', p.east && lang !== p.lang ? p.familyLatin : p.family), sep, c.E(p), sep, c.Ph(pl.cc), sep, q, co, q, sep, cityOf(c, pl), sep, Lc(PI.countryName(pl.cc, lang)), sep, c.N(r.pick(owners), 'full'), sep, L('date', r.pick([c.clock.step(3600, 900000).ymd(), c.clock.dmy()])), '\n');
    }, 40);
  } else if (v === 2) { // vCard
    fill(d, BUDGET, () => {
      const p = c.person(); const pl = c.place();
      const n = c.nm(p, 'full');
      return frag('BEGIN:VCARD\nVERSION:3.0\nFN:', P('PERSON', n), '\nN:', P('PERSON', p.east && lang !== p.lang ? p.familyLatin : p.family), ';', P('PERSON', c.nm(p, 'given')), ';;;\nORG:', r.pick(PI.COMPANIES)[0], '\nEMAIL;TYPE=work:', c.E(p), '\nTEL;TYPE=cell:', c.Ph(pl.cc, true),
        '\nADR;TYPE=work:;;', streetOf(c, pl), ';', cityOf(c, pl), ';', pl.region ? Lc(pl.regionLatin || pl.region) : '', ';', pl.postal, ';', Lc(PI.countryName(pl.cc, 'en')), '\nREV:', L('timestamp', c.clock.step(3600, 90000).isoS()), '\nEND:VCARD\n');
    }, 10);
  } else { // JSON lead export with notes
    d.line('[');
    let first = true;
    fill(d, BUDGET - 5, () => {
      const p = c.person(); const pl = c.place(); const f = frag(first ? '' : ',\n', '  {"id": "', c.lk('crm_id'), '", "name": "', c.N(p, 'full'), '", "email": "', c.E(p), '", "phone": "', c.Ph(pl.cc), '", "city": "', cityOf(c, pl), '", "deal_value": "', c.price(), '", "stage": "', r.pick(['qualified', 'proposal', 'won', 'lost']), '", "note": "', c.mention(), '"}');
      first = false; return f;
    }, 14);
    d.line('\n]');
  }
  return d;
}

// ------------------------------------------------------------------ erp_export
export function erp_export(r) {
  const lang = r.pick(['en', 'de', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'pt']); const c = new Ctx(r, lang); const d = new Doc(); const v = r.int(3);
  if (v === 0) { // supplier master
    d.line({ en: 'VENDOR MASTER EXPORT', de: 'Lieferantenstamm', fr: 'Fichier fournisseurs', es: 'Maestro de proveedores', it: 'Anagrafica fornitori', nl: 'Leveranciersbestand', pl: 'Kartoteka dostawców', sv: 'Leverantörsregister', pt: 'Cadastro de fornecedores' }[lang], ' — ', L('timestamp', c.clock.sql()));
    d.line('vendor_no|name|contact|street|postal|city|country|iban|bic|vat_id|phone|email');
    fill(d, BUDGET, () => {
      const p = c.person(); const pl = c.place(); const cc = ['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'AT', 'CH', 'GB'].includes(pl.cc) ? pl.cc : 'DE';
      return frag(String(r.range(100000, 999999)), '|', r.pick(PI.COMPANIES)[0], '|', c.N(p, r.pick(['full', 'formal'])), '|', streetOf(c, pl), '|', pl.postal, '|', cityOf(c, pl), '|', Lc(PI.countryName(pl.cc, 'en')), '|', r.chance(0.85) ? P('IBAN_CODE', PI.iban(r, PI.IBAN_COUNTRIES.includes(cc) ? cc : undefined, false)) : c.lk('invalid_iban'), '|', c.lk('bic'), '|', c.lk('vat_id'), '|', c.Ph(pl.cc, true), '|', c.E(p), '\n');
    }, 16);
  } else if (v === 1) { // purchase orders
    d.line('PO Number   Date        Supplier                     Amount        Approver              Status');
    fill(d, BUDGET - 300, () => frag(c.lk('order_number'), '   ', L('date', c.clock.step(3600, 400000).ymd()), '  ', r.pick(PI.COMPANIES)[0].padEnd(28, ' '), ' ', c.price(), '   ', c.N(c.person(), r.pick(['full', 'initial'])), '   ', r.pick(['approved', 'pending', 'rejected', 'received']), '\n'), 24);
    d.line();
    d.line('Exported by ', c.N(c.person(), 'full'), ' (', c.E(c.person()), ') for cost centre ', c.lk('crm_id'));
    if (r.chance(0.5)) d.line('SFTP drop for the bank file: user ', r.pick(['erp-pay', 'bankfile']), ', password ', S('FTP_PASSWORD', tokenSecret(r, SECRET_BY.FTP_PASSWORD.gen)));
  } else { // payment run
    d.line({ en: 'Payment run', de: 'Zahllauf', fr: 'Campagne de paiement', es: 'Remesa de pagos', it: 'Distinta pagamenti', nl: 'Betaalrun', pl: 'Przebieg płatności', sv: 'Betalningskörning', pt: 'Lote de pagamentos' }[lang], ' ', c.lk('build_number'), ' · ', c.date());
    fill(d, BUDGET - 100, () => {
      const p = c.person();
      return frag('- ', c.lk('invoice_number'), ' → ', r.pick(PI.COMPANIES)[0], ' (', c.N(p, 'full'), '), ', P('IBAN_CODE', PI.iban(r)), ', ', c.price(), '\n');
    }, 18);
    d.line('Released by ', c.N(c.person(), 'full'), ' and ', c.N(c.person(), 'full'), '.');
    if (r.chance(0.5)) d.line('EBICS / host-to-host key password: ', S('KEYSTORE_PASSWORD', tokenSecret(r, SECRET_BY.KEYSTORE_PASSWORD.gen)));
  }
  return d;
}

// ------------------------------------------------------------------ invoice
const INV = {
  en: { t: 'INVOICE', no: 'Invoice no.', date: 'Invoice date', due: 'Due date', to: 'Bill to', item: 'Description', qty: 'Qty', amt: 'Amount', total: 'Total due', pay: 'Please pay by bank transfer to', vat: 'VAT ID', ref: 'Order' },
  de: { t: 'RECHNUNG', no: 'Rechnungsnummer', date: 'Rechnungsdatum', due: 'Zahlbar bis', to: 'Rechnungsempfänger', item: 'Bezeichnung', qty: 'Menge', amt: 'Betrag', total: 'Gesamtbetrag', pay: 'Bitte überweisen Sie den Betrag auf', vat: 'USt-IdNr.', ref: 'Bestellung' },
  fr: { t: 'FACTURE', no: 'N° de facture', date: 'Date', due: 'Échéance', to: 'Facturé à', item: 'Désignation', qty: 'Qté', amt: 'Montant', total: 'Total TTC', pay: 'Règlement par virement sur le compte', vat: 'N° TVA', ref: 'Commande' },
  es: { t: 'FACTURA', no: 'N.º de factura', date: 'Fecha', due: 'Vencimiento', to: 'Cliente', item: 'Concepto', qty: 'Cant.', amt: 'Importe', total: 'Total', pay: 'Transferencia a la cuenta', vat: 'NIF-IVA', ref: 'Pedido' },
  it: { t: 'FATTURA', no: 'Fattura n.', date: 'Data', due: 'Scadenza', to: 'Intestatario', item: 'Descrizione', qty: 'Q.tà', amt: 'Importo', total: 'Totale', pay: 'Pagamento con bonifico su', vat: 'P. IVA', ref: 'Ordine' },
  nl: { t: 'FACTUUR', no: 'Factuurnummer', date: 'Factuurdatum', due: 'Vervaldatum', to: 'Factuuradres', item: 'Omschrijving', qty: 'Aantal', amt: 'Bedrag', total: 'Totaal', pay: 'Graag overmaken naar', vat: 'Btw-nr.', ref: 'Bestelling' },
  pl: { t: 'FAKTURA VAT', no: 'Nr faktury', date: 'Data wystawienia', due: 'Termin płatności', to: 'Nabywca', item: 'Nazwa', qty: 'Ilość', amt: 'Wartość', total: 'Do zapłaty', pay: 'Przelew na rachunek', vat: 'NIP', ref: 'Zamówienie' },
  pt: { t: 'FATURA', no: 'Fatura n.º', date: 'Data', due: 'Vencimento', to: 'Cliente', item: 'Descrição', qty: 'Qtd.', amt: 'Valor', total: 'Total', pay: 'Pagamento por transferência para', vat: 'NIF', ref: 'Encomenda' },
  sv: { t: 'FAKTURA', no: 'Fakturanr', date: 'Fakturadatum', due: 'Förfallodatum', to: 'Kund', item: 'Beskrivning', qty: 'Antal', amt: 'Belopp', total: 'Att betala', pay: 'Betala till', vat: 'Momsreg.nr', ref: 'Order' },
  ja: { t: '請求書', no: '請求番号', date: '請求日', due: 'お支払期限', to: 'ご請求先', item: '品目', qty: '数量', amt: '金額', total: 'ご請求金額', pay: 'お振込先', vat: '登録番号', ref: '注文番号' },
};
const IBAN_FOR = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', pt: 'PT', sv: 'SE', en: 'GB' };
export function invoice(r) {
  const lang = r.pick(Object.keys(INV)); const c = new Ctx(r, lang); const t = INV[lang]; const d = new Doc();
  const [co] = r.pick(PI.COMPANIES); const home = c.cc(); const spl = c.place(home);
  d.line(co);
  for (const ln of PI.addressLines(r, spl, lang, r.chance(0.5))) d.line(...ln);
  d.line(c.t.w.phone, ': ', c.Ph(home), ' · ', c.E(c.person(), r.pick(PI.COMPANIES)[1]));
  d.line(t.vat, ': ', c.lk('vat_id'));
  d.line();
  d.line(t.t);
  d.line();
  const buyer = c.person(); const bpl = c.place();
  d.line(t.to, ':');
  d.line(c.N(buyer, r.pick(['full', 'formal'])));
  if (r.chance(0.4)) d.line(r.pick(PI.COMPANIES)[0]);
  for (const ln of PI.addressLines(r, bpl, lang, true)) d.line(...ln);
  d.line();
  d.line(t.no, ': ', c.lk('invoice_number'));
  d.line(t.date, ': ', c.date());
  d.line(t.due, ': ', c.date());
  d.line(t.ref, ': ', c.lk('order_number'));
  d.line();
  d.line(t.item.padEnd(34, ' '), t.qty.padEnd(6, ' '), t.amt);
  for (let i = 0; i < r.range(2, 6); i++) d.line(r.pick(['Consulting (hours)', 'Lizenz Jahresabo', 'Maintenance forfaitaire', 'Soporte premium', 'Hosting EU', 'Onboarding workshop', 'Übersetzung', 'Travel expenses', 'Cloud storage 2 TB']).padEnd(34, ' '), String(r.range(1, 40)).padEnd(6, ' '), c.price());
  d.line(t.total, ': ', c.price());
  d.line();
  if (r.chance(0.25)) d.line(r.pick(['Invoice portal', 'Rechnungsportal', 'Portail factures', 'Portal de facturas']), ': ', c.E(buyer), ' / ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
  d.line(t.pay, ':');
  const k = r.int(10);
  if (lang === 'ja') { d.line(r.pick(['みずほ', 'りそな', '三井住友']), '銀行 ', r.pick(['渋谷', '梅田', '栄']), '支店 普通 ', r.digits(7)); }
  else if (k === 0) d.line('IBAN ', c.lk('invalid_iban'), ' (', r.pick(['typo — corrected version sent separately', 'old account']), ')');
  else d.line('IBAN ', P('IBAN_CODE', PI.iban(r, IBAN_FOR[lang], true)), ' · BIC ', c.lk('bic'));
  if (r.chance(0.3)) d.line(r.pick(['Card on file', 'Karte', 'Carte']), ': ', P('CREDIT_CARD', PI.formatCard(r, PI.cardNumber(r).digits)), ' (', r.pick(['auto-charge', 'Abbuchung', 'prélèvement']), ')');
  d.line(c.t.w.regards, ' — ', c.N(c.person(), 'full'));
  return d;
}

// ------------------------------------------------------------------ payroll
const STATES = ['California', 'New York', 'Florida', 'Illinois', 'Texas', 'Washington', 'Pennsylvania', 'New Jersey', 'Michigan', 'Ohio', 'Colorado'];
export function payroll(r) {
  const v = r.int(4);
  if (v <= 1) { // US payroll batch
    const c = new Ctx(r, 'en'); const d = new Doc();
    d.line('# ', r.pick(['Wendell Payroll Services', 'Orchard & Pike HR']), ' — direct deposit batch ', c.lk('build_number'), ' — pay date ', L('date', c.clock.mdy()));
    d.line('emp_id,name,tax_id,state,routing,account,net_pay');
    fill(d, BUDGET - 200, () => {
      const p = c.person(r.pick(['en_us', 'en_us', 'es_mx', 'in_en', 'zh', 'ko', 'yo', 'fil', 'vi'])); const k = r.int(10);
      const tax = k < 6 ? P('US_SSN', PI.ssn(r)) : k < 9 ? P('US_ITIN', PI.itin(r)) : c.lk('invalid_ssn');
      return frag(c.lk('employee_id'), ',"', c.N(p, 'formal'), '",', tax, ',', Lc(r.pick(STATES)), ',', PI.routingNumber(r), ',', P('US_BANK_NUMBER', PI.bankAccount(r)), ',', c.price(), '\n');
    }, 22);
    d.line('# approved: ', c.N(c.person(), 'full'), ', ', c.E(c.person()));
    return d;
  }
  const lang = r.pick(['de', 'fr', 'es', 'nl', 'it', 'pl', 'sv', 'en']); const c = new Ctx(r, lang); const d = new Doc();
  const TT = { de: ['Entgeltabrechnung', 'Personalnummer', 'Bruttoentgelt', 'Nettoentgelt', 'Auszahlung auf'], fr: ['Bulletin de paie', 'Matricule', 'Salaire brut', 'Net à payer', 'Virement sur'], es: ['Nómina', 'N.º empleado', 'Total devengado', 'Líquido a percibir', 'Abono en'], nl: ['Loonstrook', 'Personeelsnummer', 'Brutoloon', 'Nettoloon', 'Uitbetaling op'], it: ['Cedolino', 'Matricola', 'Retribuzione lorda', 'Netto in busta', 'Accredito su'], pl: ['Pasek wynagrodzenia', 'Nr pracownika', 'Brutto', 'Netto', 'Przelew na'], sv: ['Lönespecifikation', 'Anställningsnr', 'Bruttolön', 'Nettolön', 'Utbetalning till'], en: ['Payslip', 'Employee no.', 'Gross pay', 'Net pay', 'Paid to'] }[lang];
  const months = c.t.months;
  fill(d, BUDGET, () => {
    const p = c.person(); const pl = c.place(); const f = new Doc();
    f.line(TT[0], ' ', months[r.int(12)], ' ', String(r.range(2024, 2025)), ' — ', r.pick(PI.COMPANIES)[0]);
    f.line(c.N(p, 'full'));
    for (const ln of PI.addressLines(r, pl, lang, r.chance(0.3))) f.line(...ln);
    f.line(TT[1], ': ', c.lk('employee_id'));
    f.line(TT[2], ': ', c.price(), ' · ', TT[3], ': ', c.price());
    f.line(TT[4], ' ', lang === 'en' && r.chance(0.5) ? frag('account ', P('US_BANK_NUMBER', PI.bankAccount(r)), ' (routing ', PI.routingNumber(r), ')') : P('IBAN_CODE', PI.iban(r, IBAN_FOR[lang] || undefined)));
    f.line('-'.repeat(40));
    return f;
  }, 6);
  return d;
}

// ------------------------------------------------------------------ hr_letter
function backgroundCheck(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const p = c.person(r.pick(['en_us', 'es_mx', 'in_en', 'ko', 'zh', 'yo', 'vi', 'ga_ie', 'he']));
  d.line('PRE-EMPLOYMENT SCREENING REPORT — ', c.lk('ticket_id'));
  d.line('Subject: ', c.N(p, 'formal'), '   Also known as: ', c.N(p, 'short'));
  d.line('SSN: ', P('US_SSN', PI.ssn(r)), ' (verified)   Report date: ', L('date', c.clock.mdy()));
  const dls = [PI.driverLicense(r), PI.driverLicense(r)];
  d.line('Driver license: ', P('US_DRIVER_LICENSE', dls[0].number), ', ', Lc(dls[0].state), ' — valid; prior license ', P('US_DRIVER_LICENSE', dls[1].number), ', ', Lc(dls[1].state), ' — surrendered');
  d.line('Passport: ', P('US_PASSPORT', PI.usPassport(r)));
  d.line('Address history:');
  for (let k = 0; k < r.range(2, 4); k++) { const pl = c.place('US'); d.line('  ', L('date', c.clock.step(-90000000, -20000000).mdy()), ' – present*  ', Lc(pl.street), ', ', Lc(pl.city), ', ', pl.abbr, ' ', pl.postal); }
  d.line('Employment verified with ', c.N(c.person(), 'full'), ' (', r.pick(PI.COMPANIES)[0], ', ', c.Ph('US'), ').');
  d.line('Education: ', r.pick(['B.Sc.', 'MBA', 'A.A.S.']), ', ', Lc(r.pick(['Tucson', 'Columbus', 'Raleigh', 'Omaha'])), '.');
  d.line('Reviewer: ', c.N(c.person(), 'full'), ', ', c.E(c.person()));
  return d;
}
export function hr_letter(r, i = 0) {
  const v = [0, 2, 6, 1, 4, 5][i % 6];
  if (v === 6) return backgroundCheck(r);
  if (v === 5) { // visa / travel support letter (US citizen)
    const c = new Ctx(r, 'en'); const d = new Doc(); const p = c.person(r.pick(['en_us', 'es_mx', 'in_en', 'ko', 'zh', 'yo', 'vi'])); const dest = c.place(r.pick(['DE', 'FR', 'JP', 'BR', 'IN', 'GB', 'KR']));
    const [co] = r.pick(PI.COMPANIES);
    d.line(co, ' — Human Resources');
    d.line(L('date', c.clock.mdy()));
    d.line();
    d.line('To the Consular Section,');
    d.line();
    d.line('This letter confirms that ', c.N(p, 'full'), ', holder of U.S. passport no. ', P('US_PASSPORT', PI.usPassport(r)), ', has been employed by ', co, ' since ', c.date(), ' as ', r.pick(['Senior Engineer', 'Regional Sales Director', 'Clinical Researcher']), '.');
    d.line(c.N(p, r.pick(['given', 'family'])), ' will travel to ', cityOf(c, dest), ', ', Lc(PI.countryName(dest.cc, 'en')), ' from ', c.date(), ' to ', c.date(), ' to meet our partners at ', r.pick(PI.COMPANIES)[0], ', ', Lc(dest.latinStreet || dest.street), '.');
    d.line('All costs are covered by the company. ', c.N(p, 'given'), "'s home address is ", Lc(c.place('US').street), ', ', Lc(c.place('US').city), '.');
    if (r.chance(0.5)) d.line('Previous passport (expired): ', P('US_PASSPORT', PI.usPassport(r)), '.');
    d.line();
    const hr = c.person();
    d.line('Sincerely,');
    d.line(c.N(hr, 'full'), ', HR Manager · ', c.E(hr), ' · ', c.Ph('US'));
    return d;
  }
  if (v === 0 || v === 1) { // US onboarding / I-9 style form + IT account
    const c = new Ctx(r, 'en'); const d = new Doc(); const p = c.person(r.pick(['en_us', 'es_mx', 'in_en', 'ko', 'zh', 'yo', 'fil', 'ga_ie', 'vi'])); const pl = c.place('US');
    d.line('NEW HIRE ONBOARDING FORM — ', r.pick(PI.COMPANIES)[0]);
    d.line('Employee: ', c.N(p, 'formal'));
    d.line('Preferred name: ', c.N(p, 'short'));
    d.line('Home address: ', Lc(pl.street), ', ', Lc(pl.city), ', ', pl.abbr, ' ', pl.postal);
    d.line('Personal email: ', c.E(p, r.pick(PI.MAIL_DOMAINS)), '   Mobile: ', c.Ph('US'));
    d.line('Date of birth: ', `${String(r.range(1, 12)).padStart(2, '0')}/${String(r.range(1, 28)).padStart(2, '0')}/${r.range(1960, 2003)}`);
    d.line('SSN: ', r.chance(0.85) ? P('US_SSN', PI.ssn(r, '-')) : P('US_ITIN', PI.itin(r)));
    const dl = PI.driverLicense(r);
    d.line('List B document: ', r.pick(['Driver license', "Driver's License", 'DL']), ', state of ', Lc(dl.state), ', no. ', P('US_DRIVER_LICENSE', dl.number));
    if (r.chance(0.7)) d.line('List A document: U.S. Passport no. ', P('US_PASSPORT', PI.usPassport(r)), ', expires ', L('date', new Clock(r).mdy()));
    d.line('Direct deposit: routing ', PI.routingNumber(r), ', account ', P('US_BANK_NUMBER', PI.bankAccount(r)));
    const ec = c.person();
    d.line('Emergency contact: ', c.N(ec, 'full'), ' (', r.pick(['spouse', 'mother', 'brother', 'partner', 'friend']), '), ', c.Ph('US'));
    d.line('Start date: ', L('date', c.clock.mdy()), '   Manager: ', c.N(c.person(), 'full'));
    d.line();
    d.line('IT account (please change at first login):');
    const user = (p.givenLatin[0] + p.familyLatin).toLowerCase().replace(/[^a-z]/g, '');
    d.line('  username: ', user);
    d.line('  temporary password: ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
    d.line('  VPN pre-shared key: ', S('VPN_PRESHARED_KEY', tokenSecret(r, SECRET_BY.VPN_PRESHARED_KEY.gen)));
    d.line('  Wi-Fi (guest): ', S('WIFI_PASSWORD', plainSecret(r, SECRET_BY.WIFI_PASSWORD.gen)));
    d.line('  backup codes: ', c.sec('MFA_RECOVERY_CODE'), ' ', c.sec('MFA_RECOVERY_CODE'));
    d.line('HR contact: ', c.N(c.person(), 'full'), ', ', c.E(c.person()));
    return d;
  }
  const lang = r.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl']); const c = new Ctx(r, lang); const d = new Doc();
  const L10 = {
    en: { offer: 'We are delighted to offer you the position of {J} at our {C} office, starting on {D}. Your annual gross salary will be {M}.', ref: 'To whom it may concern: {N} worked with us in {C} from {D} and left on their own request.', close: 'Kind regards', dear: 'Dear' },
    de: { offer: 'wir freuen uns, Ihnen die Position {J} an unserem Standort {C} ab dem {D} anzubieten. Das Bruttojahresgehalt beträgt {M}.', ref: 'Arbeitszeugnis: {N} war vom {D} an in unserer Niederlassung in {C} beschäftigt.', close: 'Mit freundlichen Grüßen', dear: 'Sehr geehrte/r' },
    fr: { offer: 'nous avons le plaisir de vous proposer le poste de {J} au sein de notre agence de {C}, à compter du {D}. Votre rémunération annuelle brute sera de {M}.', ref: 'Attestation : {N} a travaillé dans notre établissement de {C} à partir du {D}.', close: 'Cordialement', dear: 'Madame, Monsieur' },
    es: { offer: 'nos complace ofrecerle el puesto de {J} en nuestra oficina de {C}, con incorporación el {D}. El salario bruto anual será de {M}.', ref: 'Certificamos que {N} trabajó en nuestra sede de {C} desde el {D}.', close: 'Atentamente', dear: 'Estimado/a' },
    it: { offer: 'siamo lieti di offrirle il ruolo di {J} presso la sede di {C}, a partire dal {D}. La retribuzione annua lorda sarà di {M}.', ref: 'Si attesta che {N} ha lavorato presso la sede di {C} dal {D}.', close: 'Cordiali saluti', dear: 'Gentile' },
    nl: { offer: 'graag bieden wij u de functie {J} aan op ons kantoor in {C}, met ingang van {D}. Het bruto jaarsalaris bedraagt {M}.', ref: 'Hierbij verklaren wij dat {N} sinds {D} bij ons in {C} werkzaam was.', close: 'Met vriendelijke groet', dear: 'Beste' },
    pt: { offer: 'temos o prazer de lhe oferecer o cargo de {J} no nosso escritório de {C}, a partir de {D}. O salário bruto anual será de {M}.', ref: 'Declaramos que {N} trabalhou na nossa unidade de {C} desde {D}.', close: 'Atenciosamente', dear: 'Prezado(a)' },
    pl: { offer: 'z przyjemnością proponujemy Panu/Pani stanowisko {J} w naszym biurze w {C} od {D}. Wynagrodzenie roczne brutto wyniesie {M}.', ref: 'Zaświadczamy, że {N} był zatrudniony w naszym oddziale w {C} od {D}.', close: 'Z poważaniem', dear: 'Szanowny Panie / Szanowna Pani' },
  }[lang];
  const p = c.person(); const pl = c.place();
  const [co, dom] = r.pick(PI.COMPANIES); const cpl = c.place();
  d.line(co);
  for (const ln of PI.addressLines(r, cpl, lang, false)) d.line(...ln);
  d.line();
  d.line(c.N(p, 'full'));
  for (const ln of PI.addressLines(r, pl, lang, true)) d.line(...ln);
  d.line();
  d.line(L('date', c.clock.local(lang)));
  d.line();
  d.line(L10.dear, ' ', c.N(p, r.pick(['full', 'family'])), ',');
  d.line();
  d.line(c.tpl(v === 4 ? L10.ref : L10.offer, { J: r.pick(['Senior Data Engineer', 'Payroll Specialist', 'Account Executive', 'Office Manager', 'Clinical Coordinator', 'UX Researcher']) }));
  d.line();
  d.line(c.mention());
  d.line(c.tpl(r.pick(c.t.mention)));
  d.line();
  if (r.chance(0.5)) { d.line(c.t.w.user, ': ', (p.givenLatin + '.' + p.familyLatin).toLowerCase().replace(/[^a-z.]/g, ''), ' · ', c.t.w.password, ': ', S('USER_PASSWORD', plainSecret(r, humanPassword))); d.line(); }
  d.line(L10.close,',');
  const hr = c.person();
  d.line(c.N(hr, 'full'));
  d.line('HR · ', c.E(hr, dom), ' · ', c.Ph(c.cc(), true));
  return d;
}
