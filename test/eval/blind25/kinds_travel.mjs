// Document kinds: travel, shipping, e-commerce, crypto payouts.
import { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES, pickLang, pk, footerCompany } from './common.mjs';
import { emitJSON, emitCSV, emitTable, RAW } from './builder.mjs';
import { uuid, price, LANG_CUR } from './lookalikes.mjs';
import { asciiFold } from './data_names.mjs';
import { ALPHA } from './prng.mjs';

const AIRPORTS = [['FRA', 'Frankfurt am Main'], ['MUC', 'München'], ['BER', 'Berlin'], ['CDG', 'Paris'], ['LYS', 'Lyon'], ['MAD', 'Madrid'], ['BCN', 'Barcelona'], ['FCO', 'Roma'], ['MXP', 'Milano'], ['LIS', 'Lisboa'], ['AMS', 'Amsterdam'], ['WAW', 'Warszawa'], ['ARN', 'Stockholm'], ['IST', 'İstanbul'], ['LHR', 'London'], ['MAN', 'Manchester'], ['DUB', 'Dublin'], ['JFK', 'New York'], ['SEA', 'Seattle'], ['ORD', 'Chicago'], ['YYZ', 'Toronto'], ['GRU', 'São Paulo'], ['MEX', 'Ciudad de México'], ['NRT', 'Tokyo'], ['ICN', 'Seoul'], ['PEK', 'Beijing'], ['DEL', 'New Delhi'], ['BKK', 'Bangkok'], ['SGN', 'Ho Chi Minh City'], ['CGK', 'Jakarta'], ['SYD', 'Sydney'], ['DXB', 'Dubai'], ['TLV', 'Tel Aviv'], ['ATH', 'Athens'], ['ZRH', 'Zürich'], ['VIE', 'Wien'], ['PRG', 'Praha'], ['TBS', 'Tbilisi'], ['EVN', 'Yerevan']];
const paxName = (p) => asciiFold(`${p.latLast}/${p.latFirst}`).toUpperCase().replace(/[^A-Z\/ -]/g, '');

// ---------------------------------------------------------------- flight booking confirmation
export function booking_flight(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'zh', 'ko', 'tr']); d.lang = lang;
  const pax = Array.from({ length: r.range(1, 4) }, () => k.person(r.chance(0.7) ? lang : pickLang(r)));
  const T = { de: ['Ihre Buchungsbestätigung', 'Buchungscode', 'Reisende', 'Flüge', 'Ticketnummern', 'Bezahlt mit', 'Gesamtpreis', 'Kontakt'], fr: ['Confirmation de réservation', 'Référence', 'Passagers', 'Vols', 'Billets', 'Payé avec', 'Prix total', 'Contact'], es: ['Confirmación de reserva', 'Localizador', 'Pasajeros', 'Vuelos', 'Billetes', 'Pagado con', 'Total', 'Contacto'], ja: ['ご予約確認', '予約番号', 'ご搭乗者', 'フライト', '航空券番号', 'お支払い', '合計', '連絡先'] }[lang] || ['Your booking confirmation', 'Booking reference', 'Passengers', 'Flights', 'E-ticket numbers', 'Paid with', 'Total price', 'Contact'];
  const pnr = k.look('booking_reference');
  d.w(r.pick(['SkyLine Airways', 'Lufthansa Group', 'Iberia Express', 'Air Meridian', 'Nordic Wings', 'Pacific Star']), ' – ', T[0], '\n\n', T[1], ': ', pnr, '   ', { de: 'Ausgestellt', fr: 'Émis le', es: 'Emitido', ja: '発行日' }[lang] || 'Issued', ' ', L('date', dateText(r, DATE_LANG[lang] || 'en')), '\n\n', T[2], ':\n');
  pax.forEach((p, i) => {
    const us = p.culture === 'en_us' || r.chance(0.15);
    d.w(`  ${i + 1}. `, P('PERSON', paxName(p)), ' ', p.female ? r.pick(['MS', 'MRS']) : 'MR', us ? ['   passport ', k.passport(), ' (USA)'] : '', '\n');
  });
  d.w('\n', T[3], ':\n');
  const segs = r.range(1, 3);
  for (let i = 0; i < segs; i++) {
    const [a, acity] = r.pick(AIRPORTS); let [b, bcity] = r.pick(AIRPORTS); if (b === a) [b, bcity] = AIRPORTS[(AIRPORTS.findIndex((x) => x[0] === a) + 1) % AIRPORTS.length];
    d.w('  ', k.look('flight_number'), '  ', L('date', dateText(r, 'iso')), '  ', a, ' ', P('LOCATION', acity), ` ${r.range(5, 22)}:${r.pick(['05', '20', '35', '50'])} → `, b, ' ', P('LOCATION', bcity), ` ${r.range(5, 23)}:${r.pick(['10', '25', '40', '55'])}  `, r.pick(['Economy', 'Premium', 'Business']), ' ', r.pick(['seat ', '']), `${r.range(3, 40)}${r.pick(['A', 'C', 'D', 'F'])}`, '\n');
  }
  d.w('\n', T[4], ':\n'); pax.forEach((p) => d.w('  ', k.look('eticket_number'), '\n'));
  d.w('\n', T[5], ': ', L('masked_card', GEN.masked_card(r)), '   ', T[6], ': ', k.price(lang), '\n');
  const c = pax[0]; d.w(T[7], ': ', k.email(c), ', ', k.phone(k.ccOf(c), true), '\n');
  d.w('\nManage booking: https://book.airline.example/manage?pnr=', pnr, '&ln=', asciiFold(c.latLast).toUpperCase().replace(/[^A-Z]/g, ''), '\n');
  return d;
}

// ---------------------------------------------------------------- hotel / rental booking
export function booking_hotel(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'th', 'vi', 'id', 'el', 'tr']); d.lang = lang;
  const guest = k.person(r.chance(0.5) ? lang : pickLang(r)); const cc = k.cc(lang); const host = k.person(lang);
  const rental = r.chance(0.5);
  d.w(rental ? pk(r, lang, ['Your stay is confirmed', 'Buchung bestätigt', 'Réservation confirmée']) : pk(r, lang, ['Hotel reservation', 'Reservierungsbestätigung', 'Confirmation de séjour']), '\n', '-'.repeat(30), '\n');
  d.w(pk(r, lang, ['Guest', 'Gast', 'Client']), ': ', k.name(guest), r.chance(0.5) ? [' (+', String(r.range(1, 3)), ')'] : '', '\n', pk(r, lang, ['Confirmation number', 'Bestätigungsnummer', 'N° de confirmation']), ': ', k.look('confirmation_number'), '\n', pk(r, lang, ['PIN', 'Booking PIN', 'Code PIN'], 'xx en fr'), ': ', k.sec('PIN'), '\n');
  d.w(pk(r, lang, ['Check-in', 'Anreise', 'Arrivée']), ': ', L('date', dateText(r, DATE_LANG[lang])), pk(r, lang, [' from 15:00', ' ab 14:00', ' à partir de 16h']), '\n', pk(r, lang, ['Check-out', 'Abreise', 'Départ']), ': ', L('date', dateText(r, DATE_LANG[lang])), '\n\n');
  d.w(pk(r, lang, ['Property', 'Unterkunft', 'Logement']), ':\n'); for (const l of k.address(cc)) d.w('  ', l, '\n');
  d.w('  GPS ', k.look('coordinates'), '\n');
  d.w(rental ? ['\n', pk(r, lang, ['Your host', 'Gastgeber', 'Votre hôte']), ': ', k.name(host, 'first'), ' · ', k.phone(cc, true), '\n', pk(r, lang, ['Self check-in: key box code ', 'Schlüsselbox Code ', 'Boîte à clés : code ']), k.sec('ACCESS_CODE'), '\n', 'Wi-Fi: ', r.pick(['Home-2G', 'Casa_Sol', 'Villa Wifi']), ' / ', k.sec('WIFI_PASSWORD'), '\n'] : ['\nReception: ', k.phone(cc, true), ' · ', k.roleEmail(), '\n']);
  d.w('\n', pk(r, lang, ['Total', 'Gesamt', 'Total TTC']), ': ', k.price(lang), ' – ', pk(r, lang, ['charged to ', 'belastet ', 'débité sur ']), L('masked_card', GEN.masked_card(r)), '\n');
  if (r.chance(0.3)) d.w(pk(r, lang, ['Guarantee card on file: ', 'Garantiekarte: ']), k.card(), '\n');
  d.w(pk(r, lang, ['Free cancellation until ', 'Kostenlos stornierbar bis ', 'Annulation gratuite jusqu\'au ']), L('date', dateText(r, DATE_LANG[lang])), '\n');
  if (r.chance(0.4)) d.w(pk(r, lang, ['Promo applied: ', 'Gutschein: ']), k.look('coupon_code'), '\n');
  return d;
}

// ---------------------------------------------------------------- itinerary from a travel desk
export function travel_itinerary(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'ja', 'nl', 'pt']); d.lang = lang;
  const trav = Array.from({ length: r.range(1, 3) }, () => k.person(r.chance(0.6) ? lang : pickLang(r))); const agent = k.person(lang);
  d.w(pk(r, lang, ['ITINERARY', 'REISEPLAN', 'ITINÉRAIRE', 'ITINERARIO', '旅程表'], 'en de fr es ja'), ' – ', ...trav.flatMap((p, i) => [i ? ', ' : '', k.name(p)]), '\n', pk(r, lang, ['Trip id', 'Reise-Nr.', 'Dossier']), ' ', k.look('reference_code'), '\n\n');
  const n = r.range(3, 6);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(Object.keys(COUNTRIES)); const t = r.int(4);
    d.w(L('date', dateText(r, DATE_LANG[lang] || 'en')), '  ');
    if (t === 0) d.w('✈ ', k.look('flight_number'), ' ', k.city(r.pick(Object.keys(COUNTRIES))), ' → ', k.city(cc), '  PNR ', k.look('booking_reference'), '\n');
    else if (t === 1) d.w('🚆 ', r.pick(['ICE ', 'TGV ', 'AVE ', 'Eurostar ', 'Shinkansen ']), String(r.range(100, 9999)), ' ', k.city(cc), '  ', pk(r, lang, ['order ', 'Auftrag ']), k.look('order_number'), '\n');
    else if (t === 2) d.w('🏨 ', r.pick(['Hotel Bellevue', 'NH Collection', 'Ibis Centre', 'Ryokan Sakura', 'Hotel do Largo']), ', ', k.street(cc), ', ', k.city(cc), ' (', k.phone(cc, true), ') conf. ', k.look('confirmation_number'), '\n');
    else d.w('🚗 ', r.pick(['Sixt', 'Hertz', 'Europcar', 'Avis']), ' ', k.city(cc), ' ', pk(r, lang, ['airport', 'Hbf', 'gare']), ', ', pk(r, lang, ['res. ', 'Reservierung ']), k.look('confirmation_number'), ', driver ', k.name(trav[0]), r.chance(0.4) && trav[0].culture === 'en_us' ? [', DL ', k.dl()] : '', '\n');
  }
  d.w('\n', pk(r, lang, ['Emergency line', 'Notfallnummer', 'Urgence']), ': ', k.phone(k.cc(lang), true), '  ', pk(r, lang, ['Your agent', 'Ihre Beraterin', 'Votre conseiller']), ': ', k.name(agent), ' <', k.email(agent), '>\n');
  if (r.chance(0.4)) d.w(pk(r, lang, ['Visa application login: ', 'Portal: ']), k.email(trav[0]), ' / ', k.pw(lang), '\n');
  return d;
}

// ---------------------------------------------------------------- shipping notice
export function shipping_notice(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ja', 'tr']); d.lang = lang;
  const p = k.person(lang); const cc = k.cc(lang);
  const carrier = r.pick(['ParcelGo', 'DHL Express', 'UPS', 'PostNL', 'Colissimo', 'GLS', 'InPost', 'Yamato', 'SEUR', 'Bring']);
  const T = { de: ['Ihr Paket ist unterwegs', 'Sendungsnummer', 'Bestellung', 'Empfänger', 'Voraussichtliche Zustellung', 'Abholcode Packstation'], fr: ['Votre colis est en route', 'Numéro de suivi', 'Commande', 'Destinataire', 'Livraison prévue', 'Code de retrait consigne'], es: ['Tu paquete está en camino', 'Número de seguimiento', 'Pedido', 'Destinatario', 'Entrega prevista', 'Código de recogida'], pl: ['Twoja paczka jest w drodze', 'Numer przesyłki', 'Zamówienie', 'Odbiorca', 'Planowana dostawa', 'Kod odbioru z Paczkomatu'], ja: ['お荷物を発送しました', '追跡番号', 'ご注文番号', 'お届け先', 'お届け予定日', '受取コード'] }[lang] || ['Your parcel is on its way', 'Tracking number', 'Order', 'Recipient', 'Estimated delivery', 'Locker pickup code'];
  d.w(carrier, ' – ', T[0], '\n\n', T[1], ': ', k.look('tracking_number'), '\n', T[2], ': ', k.look('order_number'), '\n\n', T[3], ':\n  ', k.name(p), '\n'); for (const l of k.address(cc)) d.w('  ', l, '\n');
  d.w('  ', k.phone(cc), '\n\n', T[4], ': ', L('date', dateText(r, DATE_LANG[lang])), pk(r, lang, [', 10:00–14:00', '', ' (Werktag)'], 'en en de'), '\n');
  if (r.chance(0.6)) d.w(T[5], ': ', k.sec('PARCEL_PICKUP_CODE'), r.pick(['', ' – valid 72h', ' (gültig 7 Tage)']), '\n');
  d.w(pk(r, lang, ['Weight', 'Gewicht', 'Poids']), ': ', `${r.range(1, 30)}.${r.range(0, 9)} kg`, '   ', pk(r, lang, ['Sender', 'Absender', 'Expéditeur']), ': ', k.org(), ', ', k.city(r.pick(['DE', 'NL', 'PL', 'CN', 'US', 'GB'])), '\n');
  if (r.chance(0.5)) d.w(pk(r, lang, ['Cash on delivery: ', 'Nachnahme: ']), k.price(lang), '\n');
  d.w('\nhttps://track.', carrier.toLowerCase().replace(/[^a-z]/g, ''), '.example/t/', k.look('tracking_number'), '\n');
  return d;
}

// ---------------------------------------------------------------- e-commerce order (API JSON / webhook)
export function ecommerce_order_json(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ja']); d.lang = lang;
  const p = k.person(lang); const cc = k.cc(lang); const C = COUNTRIES[cc]; const cur = r.pick(LANG_CUR[lang] || ['EUR']);
  const addr = () => ({ first_name: k.name(p, 'first'), last_name: k.name(p, 'last'), address1: k.street(cc), city: k.city(cc), zip: C.postcode(r), country: k.country(cc), phone: k.phone(cc, true) });
  if (r.chance(0.5)) {
    const sh = k.sec('SHOPIFY_ACCESS_TOKEN');
    d.w('$ curl -s -H "X-Shopify-Access-Token: ', sh, '" https://', r.pick(['lumen-store', 'atelier-rive', 'kobalt-shop']), '.shop.example/admin/api/2025-01/orders/', L('order_number', r.digits(13)), '.json\n');
  } else d.w('POST /webhooks/orders-create\nX-Webhook-Hmac-Sha256: ', L('hash', r.bytes(32).toString('base64')), '\nX-Request-Id: ', L('uuid', uuid(r)), '\n\n');
  const items = Array.from({ length: r.range(1, 3) }, () => ({ sku: k.look('sku'), title: r.pick(['Linen shirt', 'Espresso beans 1kg', 'Desk lamp', 'Yoga mat', 'Kinderbuch', 'Carnet A5']), quantity: RAW(String(r.range(1, 4))), price: L('price', price(r, cur, k.ps).replace(/[^\d.,]/g, '')) }));
  const order = {
    id: RAW(L('order_number', r.digits(13))), name: L('order_number', `#${r.range(1001, 99999)}`), email: k.email(p), created_at: L('timestamp', isoTs(r)), currency: cur,
    total_price: L('price', price(r, cur, k.ps).replace(/[^\d.,]/g, '')), discount_codes: r.chance(0.4) ? [{ code: k.look('coupon_code') }] : [],
    customer: { id: RAW(L('crm_id', r.digits(13))), first_name: k.name(p, 'first'), last_name: k.name(p, 'last'), phone: k.phone(cc, true), note: r.chance(0.3) ? R(r.pick(['gate code ', 'Klingel ', 'digicode ']), k.sec('ACCESS_CODE')) : null },
    shipping_address: addr(), billing_address: r.chance(0.5) ? addr() : null,
    payment_details: { credit_card_bin: L('masked_card', cardBin(r)), credit_card_company: r.pick(['Visa', 'Mastercard', 'American Express']), credit_card_number: L('masked_card', `•••• •••• •••• ${r.digits(4)}`) },
    browser_ip: k.ip(), line_items: items,
  };
  emitJSON(d, { order }, { indent: r.pick([2, 2, 0]), space: true }); d.w('\n');
  return d;
}
function cardBin(r) { return `${r.pick(['4', '5'])}${r.digits(5)}`; }

// ---------------------------------------------------------------- crypto payouts
export function crypto_payout(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'es', 'pt', 'tr', 'ru', 'ko', 'ja', 'vi', 'id', 'en']); d.lang = lang;
  const form = r.int(3); const people = Array.from({ length: r.range(4, 8) }, () => k.person(r.chance(0.6) ? lang : pickLang(r)));
  if (form === 0) {
    d.w('payout_batch_', L('date', dateText(r, 'iso')), '.csv\n');
    const rows = [['contractor', 'email', 'btc_address', 'amount_btc', 'eur_equiv', 'status', 'txid']];
    for (const p of people) rows.push([k.name(p), k.email(p), k.btc(), `0.${r.digits(5)}`, L('price', price(r, 'EUR', k.ps)), r.pick(['sent', 'pending', 'failed']), L('hash', r.str(ALPHA.HEXL, 64))]);
    emitCSV(d, rows, { sep: ',' });
    d.w('\nexchange api key: ', k.sec('GENERIC_API_KEY'), '\nexchange api secret: ', k.sec('GENERIC_SECRET_BASE64'), '\n');
  } else if (form === 1) {
    const a = people[0], b = people[1];
    d.w('From: ', k.name(a), ' <', k.email(a), '>\nTo: ', k.name(b), ' <', k.email(b), '>\nSubject: BTC payouts this month\n\n');
    d.w(r.pick(['Hi ', 'Hallo ', 'Hola ', 'Olá ']), k.name(b, 'first'), ',\n\n');
    for (const p of people.slice(2)) d.w('- ', k.name(p), ': ', k.btc(), ' (', L('price', price(r, r.pick(['EUR', 'USD']), k.ps)), ')\n');
    d.w('\nTreasury wallet change address is ', k.btc('p2wpkh'), '. ', r.pick(['The cold wallet recovery phrase is in the safe, but for the record: ', 'Backup words (do not forward): ']), k.sec('CRYPTO_SEED_PHRASE'), '\n\n');
    d.w('Last tx: ', L('hash', r.str(ALPHA.HEXL, 64)), ' at block ', String(r.range(880000, 960000)), '\n', k.name(a, 'first'), '\n');
  } else {
    d.w('Wallet export ', L('timestamp', isoTs(r)), '\n');
    for (const p of people.slice(0, 5)) d.w('label="', k.name(p, 'latin'), '" address=', k.btc(), ' xpub_fp=', L('fingerprint', r.str(ALPHA.HEXL, 8)), '\n');
    d.w('\n# watch-only; signer at ', k.look('hostname'), ', rpcpassword=', k.sec('GENERIC_SECRET_HEX'), '\n');
  }
  return d;
}
