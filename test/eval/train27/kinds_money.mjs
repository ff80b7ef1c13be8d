// Money, commerce and travel: invoices, bank statements, expense reports, shop orders,
// shipping notices, booking confirmations, travel itineraries, crypto wallet notes.
import { Doc } from './builder.mjs';
import { S, P, L, V, LK, sec, who, nm, mail, tel, pickLoc, phraseLang, codeLine, codeValue, joinLines, J, jt, jraw } from './common.mjs';
import { BY_ID } from './locales.mjs';

const INV = {
  de: ['Rechnung', 'Rechnungsnr.', 'Rechnungsdatum', 'Leistungszeitraum', 'Pos.', 'Beschreibung', 'Menge', 'Betrag', 'Zwischensumme', 'MwSt.', 'Gesamtbetrag', 'Zahlbar bis', 'Bankverbindung', 'USt-IdNr.', 'Kundennr.'],
  en: ['Invoice', 'Invoice no.', 'Invoice date', 'Service period', '#', 'Description', 'Qty', 'Amount', 'Subtotal', 'VAT', 'Total due', 'Due date', 'Bank details', 'VAT no.', 'Customer no.'],
  fr: ['Facture', 'N° de facture', 'Date', 'Période', 'N°', 'Désignation', 'Qté', 'Montant', 'Sous-total', 'TVA', 'Total TTC', 'Échéance', 'Coordonnées bancaires', 'N° TVA', 'N° client'],
  es: ['Factura', 'N.º factura', 'Fecha', 'Periodo', 'N.º', 'Concepto', 'Cant.', 'Importe', 'Base imponible', 'IVA', 'Total', 'Vencimiento', 'Datos bancarios', 'NIF-IVA', 'N.º cliente'],
  it: ['Fattura', 'N. fattura', 'Data', 'Periodo', 'N.', 'Descrizione', 'Q.tà', 'Importo', 'Imponibile', 'IVA', 'Totale', 'Scadenza', 'Coordinate bancarie', 'P. IVA', 'Cod. cliente'],
  nl: ['Factuur', 'Factuurnummer', 'Factuurdatum', 'Periode', '#', 'Omschrijving', 'Aantal', 'Bedrag', 'Subtotaal', 'btw', 'Totaal', 'Vervaldatum', 'Bankgegevens', 'btw-nummer', 'Klantnummer'],
  pl: ['Faktura VAT', 'Nr faktury', 'Data wystawienia', 'Okres', 'Lp.', 'Nazwa', 'Ilość', 'Kwota', 'Netto', 'VAT', 'Razem brutto', 'Termin płatności', 'Rachunek', 'NIP', 'Nr klienta'],
  pt: ['Fatura', 'N.º fatura', 'Data', 'Período', 'N.º', 'Descrição', 'Qtd.', 'Valor', 'Subtotal', 'IVA', 'Total', 'Vencimento', 'Dados bancários', 'NIF', 'N.º cliente'],
  sv: ['Faktura', 'Fakturanr', 'Fakturadatum', 'Period', '#', 'Beskrivning', 'Antal', 'Belopp', 'Delsumma', 'Moms', 'Att betala', 'Förfallodatum', 'Bankgiro/IBAN', 'Momsreg.nr', 'Kundnr'],
};
const ITEMS = ['Beratung / consulting', 'Büromaterial', 'Software licence (annual)', 'Catering', 'Reinigung Büro', 'Translation EN>DE', 'Printer toner', 'Webhosting', 'Workshop', 'Umzugskartons', 'Kartonnen dozen', 'Hébergement', 'Mantenimiento'];
export function invoice(r) {
  const lang = r.pick(Object.keys(INV));
  const loc = lang === 'en' ? pickLoc(r, (l) => ['GB', 'IE', 'US', 'AU', 'SG', 'IN'].includes(l.cc)) : pickLoc(r, (l) => phraseLang(l) === lang && l.iban);
  const t = INV[lang];
  const d = new Doc('invoice').lang(lang);
  const seller = V.org(r, lang), buyer = V.org(r, lang);
  const contact = who(r, loc), buyerP = who(r, loc);
  d.add(seller.name, '\n', V.addrItems(V.address(r, loc), '\n'), '\n', tel(r, loc), ' · ', V.roleEmail(r, seller.domain), '\n', t[13], ' ', LK.vatNumber(r, loc.cc.length === 2 && ['DE', 'FR', 'AT', 'NL', 'ES', 'IT', 'PL', 'BE', 'GB', 'SE'].includes(loc.cc) ? loc.cc : undefined), '\n\n');
  d.add(buyer.name, '\n', r.pick(['z. Hd. ', 'Attn: ', 'À l\'attention de ', 'Att.: ', '']), nm(buyerP, 'full'), '\n', V.addrItems(V.address(r, loc), '\n'), '\n\n');
  const t0 = V.ymd(r, 2024, 2025);
  d.add(t[0], '\n', t[1], ': ', LK.invoiceNumber(r), '   ', t[2], ': ', V.dateMark(r, loc, false, V.addDays(t0, 31)), '   ', t[14], ': ', LK.customerNumber(r), '\n', t[3], ': ', V.dateMark(r, loc, false, t0), ' – ', V.dateMark(r, loc, false, V.addDays(t0, 30)), '\n', r.chance(0.5) ? ['Order ', LK.orderNumber(r), '\n'] : '', '\n');
  d.add(`${t[4]}  ${t[5].padEnd(30)}${t[6].padEnd(6)}${t[7]}\n`);
  let tot = 0;
  for (let i = 0; i < r.int(2, 4); i++) { const a = r.int(20, 2400); tot += a; d.add(`${String(i + 1).padEnd(4)}`, `${r.pick(ITEMS)}`.padEnd(24), ' ', LK.sku(r), '  ', String(r.int(1, 12)).padEnd(4), V.money(r, loc.money, a), '\n'); }
  d.add('\n', t[8], ': ', V.money(r, loc.money, tot), '\n', t[9], ' ', r.pick(['19 %', '20 %', '21 %', '7 %', '23 %', '25 %']), ': ', V.money(r, loc.money, tot * 0.19), '\n', t[10], ': ', V.money(r, loc.money, tot * 1.19), '\n', t[11], ': ', V.dateMark(r, loc), '\n\n');
  d.add(t[12], ': ', r.pick(['Sparkasse', 'Volksbank', 'BNP', 'Banco', 'ING', 'Bank']), ' · IBAN ', V.iban(r, loc.iban || r.pick(['DE', 'NL', 'GB'])), ' · BIC ', LK.bic(r, loc.cc), '\n', r.pick(['Ref.: ', 'Verwendungszweck: ', 'Référence : ', 'Referencia: ']), LK.referenceCode(r), '\n');
  if (r.chance(0.25)) d.add('Bitcoin: ', V.btc(r), '\n');
  if (r.chance(0.3)) d.add(r.pick(['Old account (closed): ', 'Bitte nicht mehr verwenden: ', 'Ancien compte (clôturé) : ']), LK.invalidIban(r, loc.iban || 'DE'), '\n');
  if (r.chance(0.3)) d.add('SEPA-Lastschrift: Mandatsreferenz ', LK.mandateRef(r), ', Gläubiger-ID ', LK.creditorId(r), '\n');
  d.add('\n', r.pick(['Ansprechpartner', 'Contact', 'Contact', 'Contacto']), ': ', nm(contact, 'full'), ', ', tel(r, loc), ', ', mail(r, contact, seller.domain), '\n');
  return d;
}

// ---------------------------------------------------------------- bank statements
export function bankStatement(r) {
  const us = r.chance(0.3);
  const loc = us ? BY_ID['en-US'] : pickLoc(r, (l) => l.iban && ['de', 'fr', 'nl', 'es', 'it', 'en', 'pl', 'pt', 'sv', 'da', 'fi', 'cs', 'hu', 'ro', 'tr', 'el'].includes(phraseLang(l)));
  const lang = us ? 'en' : phraseLang(loc);
  const d = new Doc('bank_statement').lang(lang === 'de' ? 'de' : 'en', lang);
  const h = who(r, loc);
  const de = lang === 'de';
  d.add(r.pick(['Nordbank', 'Harbor Federal Credit Union', 'Banca Aurora', 'Caixa Central', 'Volksbank Mitte', 'Sparbanken Väst']), '\n', de ? 'Kontoauszug Nr. ' : 'Statement no. ', r.int(1, 12), '/', r.int(2024, 2025), '   ', V.dateMark(r, loc), '\n\n');
  d.add(nm(h, 'full'), '\n', V.addrItems(V.address(r, loc), '\n'), '\n\n');
  if (us) d.add('Account number: ', V.usBank(r), '   Routing: ', V.abaRouting(r), '\n');
  else d.add('IBAN: ', V.iban(r, loc.iban), '   BIC: ', LK.bic(r, loc.cc), '\n');
  d.add(de ? 'Alter Kontostand: ' : 'Opening balance: ', V.money(r, loc.money), '\n\n');
  d.add(de ? 'Datum       Vorgang                                      Betrag\n' : 'Date        Description                                  Amount\n');
  for (let i = 0; i < r.int(4, 7); i++) {
    const f = r.int(0, 5);
    d.add(V.dateMark(r, loc), '  ');
    if (f === 0) { const c = who(r, r.chance(0.7) ? loc : pickLoc(r)); d.add(de ? 'Überweisung an ' : 'Transfer to ', nm(c, 'full', true), us ? [' acct ', V.usBank(r)] : [' ', V.iban(r, c.loc.iban || loc.iban)], ' ', LK.referenceCode(r)); }
    else if (f === 1) d.add(de ? 'Kartenzahlung ' : 'Card purchase ', r.pick(['REWE', 'Carrefour', 'Albert Heijn', 'Shell', 'Café Luna', 'Bäckerei Lutz', 'Uniqlo']), ' ', V.cityMark(r, loc), ' ', LK.maskedCard(r));
    else if (f === 2) { const c = who(r, loc); d.add(de ? 'Gutschrift ' : 'Credit from ', nm(c, 'full'), ' – ', r.pick(['Miete', 'rent', 'Geburtstag', 'dinner', 'Kaution']), us ? '' : [' ', V.iban(r, loc.iban)]); }
    else if (f === 3) d.add(de ? 'Lastschrift ' : 'Direct debit ', r.pick(['Stadtwerke', 'Telekom', 'Allianz', 'Netflix', 'Fitness First']), ' ', LK.mandateRef(r));
    else if (f === 4) d.add('ATM ', V.cityMark(r, loc), ' ', LK.transactionId(r));
    else d.add(de ? 'Dauerauftrag ' : 'Standing order ', LK.referenceCode(r));
    d.add('  ', V.money(r, loc.money), '\n');
  }
  if (!us && r.chance(0.5)) d.add(V.dateMark(r, loc), '  ', de ? 'Rücküberweisung – IBAN ungültig: ' : 'Returned transfer – invalid IBAN ', LK.invalidIban(r, loc.iban), '  ', V.money(r, loc.money), '\n');
  d.add('\n', de ? 'Neuer Kontostand: ' : 'Closing balance: ', V.money(r, loc.money), '\n');
  if (r.chance(0.3)) d.add(de ? 'Ihre neue Karten-PIN wurde separat versandt. ' : 'Your new card PIN was sent separately. ', r.chance(0.5) ? [de ? 'Notiz: PIN ' : 'Note to self: PIN ', sec(r, 'BANK_CARD_PIN')] : '', '\n');
  return d;
}

// ---------------------------------------------------------------- expense reports
export function expenseReport(r) {
  const loc = pickLoc(r, (l) => l.script === 'Latin');
  const d = new Doc('expense_report').lang('en');
  const e = who(r, loc), appr = who(r, loc);
  d.add('EXPENSE REPORT ', LK.ticketNumber(r), '\nEmployee: ', nm(e, 'full'), ' (', LK.employeeId(r), ')   Cost center ', r.int(1000, 9999), '\nPeriod: ', V.dateMark(r, loc), ' – ', V.dateMark(r, loc), '\n\n');
  d.add('Date        Category     Merchant / city                     Amount        Paid with\n');
  for (let i = 0; i < r.int(4, 6); i++) {
    const l2 = pickLoc(r);
    d.add(V.dateMark(r, loc), '  ', r.pick(['Hotel', 'Taxi', 'Meals', 'Train', 'Flight', 'Parking']).padEnd(12), ' ', r.pick(['Hotel Aurora', 'CityCab', 'Trattoria Roma', 'SNCF', 'Lufthansa', 'Q-Park', 'Sushi Zen']), ', ', V.cityMark(r, l2, true), '  ', V.money(r, l2.money), '  ');
    const pf = r.int(0, 3);
    if (pf === 0) d.add(V.card(r));
    else if (pf === 1) d.add(LK.maskedCard(r));
    else if (pf === 2) d.add('cash');
    else d.add(V.cardBrandName(r.pick(['visa', 'amex', 'mastercard'])), ' ', LK.maskedCard(r));
    d.add('\n');
  }
  d.add('\nCorporate card on file: ', V.card(r, r.pick(['amex', 'visa', 'mastercard2'])), r.chance(0.4) ? [' CVC ', sec(r, 'CARD_SECURITY_CODE')] : '', '  exp ', `${r.pad(r.int(1, 12), 2)}/${r.int(26, 30)}`, '\n');
  d.add('Reimburse to: ', loc.iban ? V.iban(r, loc.iban) : (loc.cc === 'US' ? V.usBank(r) : 'payroll'), '\nApproved by ', nm(appr, 'full'), ' on ', V.dateMark(r, loc), '\n');
  if (r.chance(0.3)) d.add('Test receipt from training: card ', LK.vendorTestCard(r), ' (not a real card)\n');
  if (r.chance(0.5)) d.add('Rejected line: card number typed as ', LK.invalidCard(r), ' – please correct\n');
  return d;
}

// ---------------------------------------------------------------- shop orders (JSON)
export function ecommerceOrder(r) {
  const loc = pickLoc(r);
  const d = new Doc('ecommerce_order').lang('en');
  const c = who(r, loc);
  const latin = r.chance(0.5);
  const a = V.address(r, loc, { latin });
  const items = Array.from({ length: r.int(1, 3) }, () => ({ sku: LK.sku(r), title: r.pick(['Linen shirt', 'Ceramic mug', 'Desk lamp', 'Notebook A5', 'Running shoes', 'Green tea 100g', 'USB-C cable']), quantity: r.int(1, 4), price: L('price', (r.int(300, 19900) / 100).toFixed(2)), barcode: LK.gtin(r) }));
  const order = {
    id: jraw(L('order_number', r.nzdigits(13))), name: LK.orderNumber(r), email: mail(r, c), created_at: V.tsMark(r), currency: r.pick(['EUR', 'USD', 'GBP', 'JPY', 'BRL']),
    total_price: L('price', (r.int(1000, 90000) / 100).toFixed(2)), browser_ip: V.ip(r), landing_site: '/collections/sale?ref=newsletter',
    customer: { id: jraw(L('crm_id', r.nzdigits(13))), first_name: nm(c, 'given', latin), last_name: nm(c, 'family', latin), phone: tel(r, loc), tags: 'newsletter, vip' },
    billing_address: { name: nm(c, 'full', latin), address1: jt(a.lines[0]), city: a.city || V.cityMark(r, loc, latin), country_code: loc.cc, phone: tel(r, loc) },
    shipping_address: r.chance(0.5) ? { name: nm(who(r, loc), 'full', latin), address1: jt(V.address(r, loc, { latin }).lines[0]), city: V.cityMark(r, loc, latin), country_code: loc.cc } : undefined,
    line_items: items,
    discount_codes: r.chance(0.5) ? [{ code: L('promo_code', r.pick(['SUMMER10', 'WELCOME15', 'FREESHIP', 'BLACKFRIDAY'])), type: 'percentage' }] : [],
    gift_cards: r.chance(0.4) ? [{ code: sec(r, 'GIFT_CARD_CODE'), amount_used: L('price', (r.int(500, 5000) / 100).toFixed(2)) }] : undefined,
    payment_details: { credit_card_company: V.cardBrandName(r.pick(['visa', 'mastercard', 'amex'])), credit_card_number: LK.maskedCard(r), avs_result_code: 'Y' },
    note: r.chance(0.3) ? jt('Bitte beim Nachbarn abgeben, Haustürcode ', S('DOOR_CODE', r.digits(4))) : (r.chance(0.3) ? jt('Gift – please call ', tel(r, loc), ' before delivery') : null),
    fulfillments: [{ tracking_number: LK.trackingNumber(r), tracking_company: r.pick(['DHL', 'UPS', 'USPS', 'PostNL', 'Royal Mail']) }],
    processed_via: r.pick(['checkout', 'pos']), api_request: LK.requestId(r),
  };
  d.add(J({ order }, { indent: r.pick([2, 2, 0]), ascii: r.chance(0.15), space: r.chance(0.5) }), '\n');
  return d;
}

// ---------------------------------------------------------------- shipping notices
const SHIP = {
  en: ['Your parcel is on its way', 'Tracking number', 'Expected delivery', 'Delivery address', 'Your pickup code for the parcel locker', 'Questions? Call us at'],
  de: ['Ihr Paket ist unterwegs', 'Sendungsnummer', 'Voraussichtliche Zustellung', 'Lieferadresse', 'Ihr Abholcode für die Packstation', 'Fragen? Rufen Sie uns an:'],
  fr: ['Votre colis est en route', 'Numéro de suivi', 'Livraison prévue', 'Adresse de livraison', 'Votre code de retrait pour la consigne', 'Des questions ? Appelez-nous au'],
  nl: ['Je pakket is onderweg', 'Track & trace', 'Verwachte bezorging', 'Bezorgadres', 'Je ophaalcode voor de pakketautomaat', 'Vragen? Bel ons op'],
  es: ['Tu paquete está en camino', 'Número de seguimiento', 'Entrega prevista', 'Dirección de entrega', 'Tu código de recogida en el locker', '¿Dudas? Llámanos al'],
  pl: ['Twoja paczka jest w drodze', 'Numer przesyłki', 'Przewidywana dostawa', 'Adres dostawy', 'Kod odbioru z Paczkomatu', 'Pytania? Zadzwoń:'],
  it: ['Il tuo pacco è in viaggio', 'Numero di tracciamento', 'Consegna prevista', 'Indirizzo di consegna', 'Il tuo codice di ritiro al locker', 'Domande? Chiamaci al'],
  ja: ['お荷物を発送しました', '追跡番号', 'お届け予定日', 'お届け先', '宅配ロッカーの受取コード', 'お問い合わせ:'],
  cs: ['Vaše zásilka je na cestě', 'Číslo zásilky', 'Předpokládané doručení', 'Adresa doručení', 'Kód pro vyzvednutí z boxu', 'Dotazy? Volejte'],
  sv: ['Ditt paket är på väg', 'Kollinummer', 'Beräknad leverans', 'Leveransadress', 'Din upplåsningskod till paketboxen', 'Frågor? Ring'],
};
export function shippingNotice(r) {
  const lang = r.pick(Object.keys(SHIP));
  const loc = lang === 'en' ? pickLoc(r, (l) => ['US', 'GB', 'AU', 'IE', 'CA', 'NZ', 'SG', 'IN'].includes(l.cc)) : pickLoc(r, (l) => phraseLang(l) === lang);
  const t = SHIP[lang];
  const d = new Doc('shipping_notice').lang(lang);
  const p = who(r, loc);
  d.add(t[0], ' 📦\n\n', nm(p, 'full'), ', ', { de: 'Bestellung ', fr: 'Commande ', es: 'Pedido ', it: 'Ordine ', nl: 'Bestelling ', pl: 'Zamówienie ', ja: 'ご注文番号 ', cs: 'Objednávka ', sv: 'Order ' }[lang] || 'Order ', LK.orderNumber(r), '\n', t[1], ': ', LK.trackingNumber(r), '\n', t[2], ': ', V.dateMark(r, loc, r.chance(0.5)), '\n\n', t[3], ':\n', nm(p, 'full'), '\n', V.addrItems(V.address(r, loc), '\n'), '\n', tel(r, loc), '\n\n');
  if (r.chance(0.6)) d.add(t[4], ': ', sec(r, 'PARCEL_LOCKER_PIN'), r.chance(0.5) ? [' (', r.pick(['Locker ', 'Station ', 'Box ']), r.int(100, 999), ')'] : '', '\n\n');
  d.add(t[5], ' ', tel(r, loc), '\n', r.chance(0.5) ? ['Ref. ', LK.requestId(r), '\n'] : '');
  return d;
}

// ---------------------------------------------------------------- booking confirmations
export function bookingConfirmation(r) {
  const loc = pickLoc(r);
  const guestLoc = r.chance(0.5) ? loc : pickLoc(r);
  const lang = ['de', 'fr', 'es', 'it', 'ja'].includes(phraseLang(loc)) && r.chance(0.5) ? phraseLang(loc) : 'en';
  const d = new Doc('booking_confirmation').lang(lang, 'en');
  const g = who(r, guestLoc), host = who(r, loc);
  const kind = r.pick(['hotel', 'apartment', 'car']);
  d.add(r.pick(['Booking confirmation', 'Reservation confirmed', 'Buchungsbestätigung', 'Confirmation de réservation']), ' – ', LK.bookingRef(r), '\n\n');
  d.add('Guest: ', nm(g, 'full', true), '\nEmail: ', mail(r, g), '\nPhone: ', tel(r, guestLoc), '\n');
  if (guestLoc.cc === 'US' && r.chance(0.6)) d.add('Passport: ', V.usPassport(r), '\n');
  if (kind === 'car') { const dl = V.usDriverLicense(r); d.add('Driver licence: ', dl.m, ' (', guestLoc.cc === 'US' ? dl.st : 'US ' + dl.st, ')\n'); }
  const t0 = V.ymd(r, 2024, 2025);
  d.add('\n', kind === 'car' ? 'Pick-up: ' : 'Check-in: ', V.dateMark(r, loc, true, t0), ' ', r.pick(['15:00', '16:00', 'from 14:00']), '\n', kind === 'car' ? 'Return: ' : 'Check-out: ', V.dateMark(r, loc, true, V.addDays(t0, r.int(1, 14))), '\n');
  d.add(kind === 'hotel' ? r.pick(['Hotel Belvedere', 'Stadthotel Krone', 'Hôtel du Parc', 'Ryokan Sakura', 'Hotel Mar Azul']) : kind === 'car' ? 'Station: ' : 'Apartment: ', kind === 'apartment' ? r.pick(['Loft by the river', 'Altbau 3 Zimmer', 'Casa Limone']) : '', '\n', V.addrItems(V.address(r, loc), '\n'), '\n', r.chance(0.5) ? ['GPS ', LK.coordinates(r), '\n'] : '', '\n');
  d.add('Total: ', V.money(r, loc.money), ' (', r.pick(['paid', 'pay at property', 'deposit paid']), ')\n');
  const pf = r.int(0, 2);
  if (r.chance(0.3)) d.add('Declined card: ', LK.invalidCard(r), ' (number invalid)\n');
  if (pf === 0) d.add('Card: ', LK.maskedCard(r), '\n');
  else if (pf === 1) d.add('Guarantee card: ', V.card(r), ' exp ', `${r.pad(r.int(1, 12), 2)}/${r.int(26, 30)}`, r.chance(0.5) ? [' CVV ', sec(r, 'CARD_SECURITY_CODE')] : '', '\n');
  else d.add('Paid by bank transfer from ', V.iban(r, guestLoc.iban || 'DE'), '\n');
  if (kind !== 'car') {
    d.add('\nSelf check-in:\n');
    const cl = phraseLang(loc);
    for (const c of r.sample(['keysafe', 'door', 'wifi', 'gate', 'garage'], r.int(1, 3))) d.add('  ', codeLine(r, cl, c, codeValue(r, c, cl)), '\n');
  } else d.add('\nKey box PIN at the station: ', sec(r, 'KEY_SAFE_CODE'), '\n');
  d.add('\nHost / front desk: ', nm(host, 'full'), ', ', tel(r, loc), '\n', r.chance(0.5) ? ['Loyalty no. ', LK.loyaltyNumber(r), '\n'] : '');
  return d;
}

// ---------------------------------------------------------------- travel itineraries
export function travelItinerary(r) {
  const loc = r.chance(0.6) ? BY_ID['en-US'] : pickLoc(r);
  const d = new Doc('travel_itinerary').lang('en');
  const pax = Array.from({ length: r.int(1, 3) }, () => who(r, loc));
  d.add(r.pick(['ITINERARY / E-TICKET RECEIPT', 'Your trip', 'Reiseplan']), '\nBooking reference (PNR): ', LK.bookingRef(r), '   Issued: ', V.dateMark(r, loc), '\n\n');
  for (const p of pax) {
    d.add('Passenger: ', nm(p, 'upper', true), r.pick([' MR', ' MS', ' MRS', '']), '\n  E-ticket ', LK.eticket(r), '   FF ', LK.loyaltyNumber(r), '\n');
    if (loc.cc === 'US') d.add('  Passport ', V.usPassport(r), '  exp ', V.dateMark(r, loc), '\n');
    else d.add('  Passport ', r.upper(2), r.digits(7), ' (', V.countryMark(loc, true), ')\n');
  }
  d.add('\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const from = pickLoc(r), to = pickLoc(r);
    d.add(LK.flightNumber(r), '  ', V.dateMark(r, loc), '  ', V.cityMark(r, from, true), ' → ', V.cityMark(r, to, true), '  dep ', `${r.pad(r.int(5, 22), 2)}:${r.pick(['05', '25', '40', '55'])}`, '  seat ', r.int(1, 45), r.pick(['A', 'C', 'D', 'F']), '\n');
  }
  d.add('\nHotel: ', r.pick(['Marriott Downtown', 'Ibis Centre', 'Hotel Kranich', 'Hilton Garden Inn']), ', ', V.addrItems(V.address(r, pickLoc(r), { latin: true }), ', '), ', conf. ', LK.bookingRef(r), '\n');
  d.add('Emergency contact: ', nm(who(r, loc), 'full', true), ' ', tel(r, loc), '\n');
  d.add('Fare paid with ', V.cardBrandName(r.pick(['visa', 'amex'])), ' ', LK.maskedCard(r), ', total ', V.money(r, loc.money), '\n');
  if (r.chance(0.4)) d.add('Lounge voucher: ', sec(r, 'VOUCHER_CODE'), '\n');
  if (r.chance(0.4)) d.add('Airline account: ', mail(r, pax[0]), ' / ', sec(r, 'PASSWORD'), '\n');
  return d;
}

// ---------------------------------------------------------------- crypto notes
export function cryptoNote(r) {
  const loc = pickLoc(r);
  const d = new Doc('crypto_note').lang('en');
  const p = who(r, loc);
  const f = r.int(0, 2);
  if (f === 0) {
    d.add(r.pick(['WALLET BACKUP – DO NOT LOSE', 'Seed (Ledger)', 'recovery words']), '\n\n', sec(r, 'SEED_PHRASE'), '\n\n', 'Receive addresses:\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add('  ', V.btc(r), '\n');
    d.add('\nPIN: ', sec(r, 'DEVICE_PASSCODE'), '\nOwner: ', nm(p, 'full'), ', ', tel(r, loc), '\n');
  } else if (f === 1) {
    d.add('Invoice ', LK.invoiceNumber(r), ' – payment in BTC\n\nPay to: ', V.btc(r), '\nAmount: ', L('price', `${(r.int(100, 90000) / 100000).toFixed(5)} BTC`), ' (≈ ', V.money(r, loc.money), ')\nFrom: ', nm(p, 'full'), ' <', mail(r, p), '>\nRefund address: ', V.btc(r), '\n\nTx: ', V.txid(r), '\nBlock: ', L('build_number', String(r.int(800000, 890000))), '\n');
    if (r.chance(0.5)) d.add('Paper wallet (sweep after use): ', sec(r, 'CRYPTO_WALLET_PRIVATE_KEY'), '\n');
  } else {
    d.add('# crypto accounts\n| exchange | login | password | 2FA |\n|---|---|---|---|\n');
    for (let i = 0; i < r.int(2, 3); i++) d.add('| ', r.pick(['Kraken', 'Bitstamp', 'Bitpanda', 'Coinbase']), ' | ', mail(r, p), ' | ', sec(r, 'PASSWORD'), ' | ', sec(r, 'TOTP_SEED'), ' |\n');
    d.add('\nhot wallet: ', V.btc(r), '\nETH key: ', sec(r, 'ETHEREUM_PRIVATE_KEY'), '\nxpub: ', L('public_key', `xpub6${r.str('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 106)}`), '\n');
  }
  return d;
}
