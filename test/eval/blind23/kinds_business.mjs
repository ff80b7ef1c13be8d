// Business documents read through drive, ERP, CRM and mail: invoices, orders,
// contracts, delivery notes, expenses, CRM/ERP exports, file listings, travel,
// real estate and tenancy paperwork.
import { S, P, L, F, J, phrase, jsonEsc, csvEsc } from './doc.mjs';
import { PLACES } from './locales.mjs';
import { slug } from './pii.mjs';
import { LOOK } from './lookalikes.mjs';

const IBAN_CC = new Set(['AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'HU', 'IE', 'IT', 'NL', 'NO', 'PL', 'PT', 'SE', 'TR', 'AE', 'IL', 'BR']);
const ITEMS = {
  en: ['Consulting services, March', 'Annual software licence', 'Office chairs (ergonomic)', 'Catering for workshop', 'Printer toner, black', 'On-site support (hours)', 'Travel expenses (flat rate)', 'Cloud hosting, Q2'],
  de: ['Beratungsleistung März', 'Softwarelizenz (jährlich)', 'Bürostühle ergonomisch', 'Catering Workshop', 'Toner schwarz', 'Vor-Ort-Support (Std.)', 'Wartungspauschale'],
  fr: ['Prestation de conseil', 'Licence logicielle annuelle', 'Fauteuils de bureau', 'Traiteur séminaire', 'Cartouches de toner', 'Assistance sur site (h)'],
  es: ['Servicios de consultoría', 'Licencia anual de software', 'Sillas de oficina', 'Catering jornada', 'Tóner negro', 'Soporte in situ (h)'],
  it: ['Consulenza marzo', 'Licenza software annuale', 'Sedie ergonomiche', 'Catering workshop', 'Toner nero'],
  pt: ['Serviços de consultoria', 'Licença de software anual', 'Cadeiras ergonômicas', 'Coffee break do workshop'],
  nl: ['Advieswerkzaamheden maart', 'Softwarelicentie (jaar)', 'Bureaustoelen', 'Catering workshop'],
  ja: ['コンサルティング費用', 'ソフトウェア年間ライセンス', 'オフィスチェア', '保守サポート'], zh: ['咨询服务费', '软件年度许可', '办公椅', '技术支持'],
  ko: ['컨설팅 용역', '소프트웨어 연간 라이선스', '사무용 의자'], pl: ['Usługi doradcze', 'Licencja roczna', 'Krzesła biurowe'],
  tr: ['Danışmanlık hizmeti', 'Yıllık yazılım lisansı', 'Ofis sandalyesi'], ru: ['Консультационные услуги', 'Годовая лицензия', 'Офисные кресла'],
};
const items = (c) => ITEMS[c.lang] || ITEMS.en;
const H = (c, m) => c.tr(m);

function payBlock(c, d) {
  const ph = c.ph;
  if (c.cc === 'US' || c.cc === 'CA' || c.cc === 'PH' || (c.lang === 'en' && c.chance(0.2))) {
    d.line('Remit to: ', c.company, ' · Account ', c.bankAcct(), ' · Routing ', String(c.r.digits(9, true)));
  } else if (c.chance(0.2)) {
    d.line(H(c, { en: 'Crypto payment accepted (BTC): ', de: 'Zahlung auch in BTC möglich: ', fr: 'Paiement BTC accepté : ', es: 'Aceptamos BTC: ' }), c.btc());
  } else {
    d.line(`IBAN: `, c.iban(IBAN_CC.has(c.cc) ? c.cc : undefined), '  BIC: ', c.look('swift_bic'));
    if (c.chance(0.2)) d.line(H(c, { en: 'Our old account (closed, do not use): ', de: 'Altes Konto (aufgelöst, nicht mehr verwenden): ', fr: 'Ancien compte (clôturé) : ', es: 'Cuenta antigua (cerrada): ', it: 'Vecchio conto (chiuso): ', nl: 'Oude rekening (opgeheven): ' }), c.invalidIban(), ' *');
  }
  d.line(`${ph.f.ref}: `, c.look(c.chance(0.5) ? 'payment_reference' : 'invoice_number'));
}

export function invoice(c, d) {
  const ph = c.ph; const buyer = c.person(); const contact = c.person({ intl: 0.1 });
  const dt = c.randDate(); const style = c.int(0, 2);
  const rows = Array.from({ length: c.int(2, 5) }, () => ({ it: c.pick(items(c)), q: c.int(1, 12), p: c.price(20, 1500) }));
  if (style === 2) {
    d.raw('{\n  "document_type": "invoice",\n  "number": "'); d.add(c.look('invoice_number')); d.raw('",\n  "issue_date": "'); d.add(c.date(dt, 'iso')); d.raw('",\n');
    d.raw(`  "seller": {"name": "${c.company}", "vat_id": "`); d.add(c.look('vat_id')); d.raw('"},\n  "buyer": {"name": "'); d.add(c.name(buyer)); d.raw('", "email": "'); d.add(c.email(buyer)); d.raw('", "address": "'); d.add(jsonEsc(c.addrOne(buyer.place))); d.raw('"},\n  "lines": [\n');
    rows.forEach((x, i) => { d.raw(`    {"description": "${x.it}", "quantity": ${x.q}, "unit_price": "`); d.add(x.p); d.raw(`"}${i < rows.length - 1 ? ',' : ''}\n`); });
    d.raw('  ],\n  "total": "'); d.add(c.price(200, 9000)); d.raw('",\n  "payment": {"iban": "'); d.add(c.iban()); d.raw('", "bic": "'); d.add(c.look('swift_bic')); d.raw('"},\n  "contact": "'); d.add(c.name(contact)); d.raw(' <'); d.add(c.workEmail(contact)); d.raw('>"\n}\n');
    return;
  }
  d.line(c.company);
  for (const l of c.addrLines()) d.line(l);
  d.line(`${ph.f.phone}: `, c.phone(c.cc), ' · ', c.workEmail(contact));
  if (c.chance(0.7)) d.line('VAT/USt/TVA: ', c.look('vat_id'));
  d.raw('\n');
  d.line(ph.f.invoice.toUpperCase(), ' ', c.look('invoice_number'));
  d.line(`${ph.f.date}: `, c.date(dt), '    ', `${ph.f.due}: `, c.date(c.addDays(dt, c.pick([14, 30, 45]))));
  if (c.chance(0.5)) d.line(`${ph.f.order}: `, c.look('order_number'));
  d.raw('\n');
  d.line(`${ph.f.customer}:`);
  d.line(c.name(buyer));
  for (const l of c.addrLines(buyer.place)) d.line(l);
  if (c.chance(0.5)) d.line(c.email(buyer));
  d.raw('\n');
  if (style === 0) {
    d.line(`| ${ph.f.item} | ${ph.f.qty} | ${ph.f.price} |`); d.line('|---|---:|---:|');
    for (const x of rows) d.line(`| ${x.it}${c.chance(0.3) ? ' ' : ''}`, c.chance(0.3) ? F('(', c.look('sku'), ')') : '', ` | ${x.q} | `, x.p, ' |');
  } else {
    for (const x of rows) d.line(`${String(x.q).padStart(3)} x  ${x.it.padEnd(34)} `, x.p);
  }
  d.line(`${ph.f.total}: `, c.price(200, 9000));
  d.raw('\n');
  payBlock(c, d);
  d.raw('\n');
  if (c.chance(0.25)) d.line(H(c, { en: 'Invoice portal access: ', de: 'Zugang Rechnungsportal: ', fr: 'Accès portail factures : ', es: 'Acceso al portal de facturas: ', it: 'Accesso portale fatture: ', pt: 'Acesso ao portal de faturas: ' }), c.workEmail(buyer), ' / ', c.tempPw());
  d.line(H(c, { en: 'Questions? ', de: 'Rückfragen: ', fr: 'Questions : ', es: 'Consultas: ', it: 'Domande: ', pt: 'Dúvidas: ', nl: 'Vragen: ', ja: 'お問い合わせ：', zh: '联系人：', ko: '문의: ' }), c.name(contact), ', ', c.phone(c.cc));
}

export function purchase_order(c, d) {
  const ph = c.ph; const req = c.person(); const appr = c.person(); const vendorC = c.person({ intl: 0.5 });
  const dt = c.randDate();
  d.line(H(c, { en: 'PURCHASE ORDER', de: 'BESTELLUNG', fr: 'BON DE COMMANDE', es: 'ORDEN DE COMPRA', it: 'ORDINE DI ACQUISTO', pt: 'PEDIDO DE COMPRA', nl: 'INKOOPORDER', ja: '発注書', zh: '采购订单', ko: '발주서', pl: 'ZAMÓWIENIE', tr: 'SATIN ALMA SİPARİŞİ' }), ' ', c.look('po_number'));
  d.line(`${ph.f.date}: `, c.date(dt), c.chance(0.5) ? ` · Rev. ${c.int(1, 4)}` : '');
  d.raw('\n');
  d.line(`${ph.f.to}: `, c.pick(['Zentro Retail', 'Arbeta Tools', 'Paxley Foods', 'Corvell Energy', 'Lumeo Media']), ' — ', c.name(vendorC), ', ', c.email(vendorC));
  d.line(H(c, { en: 'Ship to', de: 'Lieferanschrift', fr: 'Livrer à', es: 'Enviar a', it: 'Consegna a', pt: 'Entregar em', nl: 'Afleveradres', ja: '納品先', zh: '收货地址', ko: '납품처' }), ':');
  for (const l of c.addrLines()) d.line('  ', l);
  d.line('  Attn: ', c.name(req), ' · ', c.phoneOf(req));
  d.raw('\n');
  d.line('SKU            EAN             ', ph.f.qty.padEnd(6), ph.f.price);
  for (let i = 0; i < c.int(2, 6); i++) d.line(c.look('sku'), '  ', c.look('ean'), '  ', String(c.int(1, 200)).padEnd(6), c.price(2, 900));
  d.line(`${ph.f.total}: `, c.price(300, 25000));
  d.raw('\n');
  d.line(H(c, { en: 'Delivery by', de: 'Liefertermin', fr: 'Livraison le', es: 'Entrega', it: 'Consegna entro', pt: 'Entrega até', nl: 'Levering', ja: '納期', zh: '交货日期', ko: '납기' }), ': ', c.date(c.addDays(dt, c.int(7, 40))));
  d.line(H(c, { en: 'Requested by', de: 'Angefordert von', fr: 'Demandé par', es: 'Solicitado por', ja: '依頼者', zh: '申请人' }), ': ', c.name(req), ' (', c.workEmail(req), ')');
  d.line(H(c, { en: 'Approved by', de: 'Freigegeben von', fr: 'Approuvé par', es: 'Aprobado por', ja: '承認者', zh: '审批人' }), ': ', c.name(appr), ' — ', c.date(c.addDays(dt, 1)));
  if (c.chance(0.4)) d.line(H(c, { en: 'Supplier portal login: ', de: 'Lieferantenportal: ', fr: 'Portail fournisseur : ', es: 'Portal de proveedores: ' }), c.user(req), ' / ', c.userPw());
}

export function contract_nda(c, d) {
  const a = c.person(), b = c.person({ intl: 0.4 }), w = c.person();
  const dt = c.randDate();
  const T = (m) => c.tr(m);
  d.line(T({ en: 'MUTUAL NON-DISCLOSURE AGREEMENT', de: 'GEHEIMHALTUNGSVEREINBARUNG', fr: 'ACCORD DE CONFIDENTIALITÉ', es: 'ACUERDO DE CONFIDENCIALIDAD', it: 'ACCORDO DI RISERVATEZZA', pt: 'ACORDO DE CONFIDENCIALIDADE', nl: 'GEHEIMHOUDINGSOVEREENKOMST', pl: 'UMOWA O ZACHOWANIU POUFNOŚCI', ja: '秘密保持契約書', zh: '保密协议', ko: '비밀유지계약서', tr: 'GİZLİLİK SÖZLEŞMESİ', ru: 'СОГЛАШЕНИЕ О НЕРАЗГЛАШЕНИИ' }));
  d.raw('\n');
  d.line(T({ en: 'This Agreement is made on ', de: 'Diese Vereinbarung wird am ', fr: 'Le présent accord est conclu le ', es: 'El presente acuerdo se firma el ', it: 'Il presente accordo è stipulato il ', pt: 'Este acordo é celebrado em ', nl: 'Deze overeenkomst wordt gesloten op ', ja: '本契約は', zh: '本协议于', ko: '본 계약은 ' }), c.date(dt), T({ en: ' between:', de: ' geschlossen zwischen:', fr: ' entre :', es: ' entre:', it: ' tra:', pt: ' entre:', nl: ' tussen:', ja: '付で以下の当事者間で締結される。', zh: '由以下双方签订：', ko: '에 아래 당사자 간에 체결된다.' }));
  d.raw('\n');
  d.line('(1) ', c.company, ', ', T({ en: 'represented by ', de: 'vertreten durch ', fr: 'représentée par ', es: 'representada por ', it: 'rappresentata da ', pt: 'representada por ', nl: 'vertegenwoordigd door ', ja: '代表者 ', zh: '代表人 ', ko: '대표 ' }), c.name(a), ', ', c.addrOne());
  d.line('(2) ', c.name(b), ', ', T({ en: 'residing at ', de: 'wohnhaft ', fr: 'demeurant ', es: 'con domicilio en ', it: 'residente in ', pt: 'residente em ', nl: 'wonende te ', ja: '住所 ', zh: '住址 ', ko: '주소 ' }), c.addrOne(b.place), c.chance(0.5) ? F(', ', c.email(b)) : '');
  d.raw('\n');
  d.line(T({ en: '1. Confidential Information means all non-public business, technical and personal data disclosed by either party.', de: '1. Vertrauliche Informationen sind alle nicht öffentlichen geschäftlichen und technischen Daten.', fr: '1. Les informations confidentielles désignent toutes les données non publiques échangées.', es: '1. Se considera información confidencial todo dato no público intercambiado.', it: '1. Per informazioni riservate si intendono tutti i dati non pubblici.', pt: '1. Informação confidencial significa todo dado não público trocado.', ja: '第1条 秘密情報とは、開示された一切の非公開情報をいう。', zh: '第一条 保密信息指一方披露的全部非公开信息。' }));
  d.line(T({ en: '2. The term of this Agreement is ', de: '2. Die Laufzeit beträgt ', fr: '2. La durée est de ', es: '2. La duración es de ', it: '2. La durata è di ', pt: '2. O prazo é de ', ja: '第2条 有効期間は', zh: '第二条 有效期为' }), String(c.pick([2, 3, 5])), T({ en: ' years; a penalty of ', de: ' Jahre; Vertragsstrafe ', fr: ' ans ; pénalité de ', es: ' años; penalización de ', it: ' anni; penale di ', pt: ' anos; multa de ', ja: '年とし、違約金は', zh: '年，违约金' }), c.price(5000, 50000), '.');
  d.line(T({ en: '3. Place of jurisdiction: ', de: '3. Gerichtsstand ist ', fr: '3. Tribunal compétent : ', es: '3. Jurisdicción: ', it: '3. Foro competente: ', pt: '3. Foro: ', ja: '第3条 管轄裁判所：', zh: '第三条 管辖地：' }), c.city(), '.');
  if (c.chance(0.3)) d.line(T({ en: '4. Data room access: ', de: '4. Datenraum-Zugang: ', fr: '4. Accès data room : ', es: '4. Acceso a la data room: ' }), 'https://dataroom.', c.domain, ' — ', c.user(b), ' / ', c.userPw());
  d.raw('\n');
  d.line(c.city(), ', ', c.date(dt));
  d.line('_________________________        _________________________');
  d.line(c.name(a), ' / ', c.company, '        ', c.name(b));
  if (c.chance(0.5)) d.line(T({ en: 'Witness: ', de: 'Zeuge: ', fr: 'Témoin : ', es: 'Testigo: ', it: 'Testimone: ', pt: 'Testemunha: ', ja: '立会人：', zh: '见证人：' }), c.name(w));
}

export function delivery_note(c, d) {
  const ph = c.ph; const rec = c.person(); const drv = c.person({ intl: 0.2 });
  const dt = c.randDate(); const T = (m) => c.tr(m);
  d.line(T({ en: 'DELIVERY NOTE', de: 'LIEFERSCHEIN', fr: 'BON DE LIVRAISON', es: 'ALBARÁN DE ENTREGA', it: 'DOCUMENTO DI TRASPORTO', pt: 'GUIA DE REMESSA', nl: 'PAKBON', pl: 'DOKUMENT WZ', ja: '納品書', zh: '送货单', ko: '납품서', tr: 'İRSALİYE', cs: 'DODACÍ LIST', sv: 'FÖLJESEDEL' }), ' ', c.look('order_number'));
  d.line(T({ en: 'Tracking', de: 'Sendungsnummer', fr: 'N° de suivi', es: 'Seguimiento', it: 'Tracking', pt: 'Rastreio', nl: 'Track & trace', ja: '追跡番号', zh: '运单号', ko: '운송장 번호' }), ': ', c.look('tracking_number'));
  d.line(`${ph.f.date}: `, c.date(dt), ' ', c.time(dt));
  d.raw('\n');
  d.line(`${ph.f.from}: `, c.company, ', ', c.addrOne());
  d.line(`${ph.f.to}:`);
  d.line('  ', c.name(rec));
  for (const l of c.addrLines(rec.place)) d.line('  ', l);
  d.line('  ', c.pick(['☎ ', 'Tel. ', '']), c.phoneOf(rec));
  d.raw('\n');
  for (let i = 0; i < c.int(1, 4); i++) d.line(`- ${c.int(1, 20)} × `, c.pick(items(c)), ' · ', c.look('sku'), ' · ', `${(c.r.float() * 30 + 0.2).toFixed(1)} kg`);
  d.raw('\n');
  d.line(T({ en: 'Delivered by', de: 'Zugestellt von', fr: 'Livré par', es: 'Entregado por', it: 'Consegnato da', pt: 'Entregue por', nl: 'Bezorgd door', ja: '配達担当', zh: '配送员', ko: '배송 기사' }), ': ', c.given(drv), ' (', c.phone(), ')');
  d.line(T({ en: 'Received by', de: 'Empfangen von', fr: 'Reçu par', es: 'Recibido por', it: 'Ricevuto da', pt: 'Recebido por', nl: 'Ontvangen door', ja: '受領者', zh: '签收人', ko: '수령인' }), ': ', c.name(c.chance(0.7) ? rec : c.person()), ' — ', c.ts(c.addDays(dt, c.int(1, 3)), 'space'));
  if (c.chance(0.4)) d.line(T({ en: 'Note: leave at the back door, code ', de: 'Hinweis: Hintertür, Code ', fr: 'Note : porte arrière, code ', es: 'Nota: puerta trasera, código ', ja: '備考：裏口 暗証番号 ', zh: '备注：后门密码 ' }), c.doorCode());
  if (c.chance(0.4)) d.line('GPS: ', c.look('coordinates'));
}

export function expense_report(c, d) {
  const ph = c.ph; const e = c.person(); const m = c.person();
  const dt = c.randDate(); const T = (x) => c.tr(x);
  d.line(T({ en: 'Expense report', de: 'Reisekostenabrechnung', fr: 'Note de frais', es: 'Informe de gastos', it: 'Nota spese', pt: 'Relatório de despesas', nl: 'Declaratie', ja: '経費精算書', zh: '费用报销单', ko: '경비 정산서', pl: 'Rozliczenie delegacji', sv: 'Reseräkning' }), ' · ', c.look('case_number'));
  d.line(`${ph.f.employee}: `, c.name(e), ' (', c.look('employee_id'), ')');
  d.line(`${ph.f.manager}: `, c.name(m));
  const dest = c.pick(['DE', 'FR', 'ES', 'IT', 'GB', 'US', 'JP', 'BR', 'IN', 'PL', 'NL', 'TR', 'AE', 'KR', 'SE']);
  d.line(T({ en: 'Trip', de: 'Reise', fr: 'Déplacement', es: 'Viaje', it: 'Trasferta', pt: 'Viagem', nl: 'Reis', ja: '出張先', zh: '出差地', ko: '출장지' }), ': ', c.city(dest), ', ', c.country(dest), ' — ', c.date(dt), ' → ', c.date(c.addDays(dt, c.int(1, 6))));
  d.raw('\n');
  d.line([ph.f.date, ph.f.item, ph.f.city, ph.f.amount, 'Card'].join(';'));
  for (let i = 0; i < c.int(3, 7); i++) {
    d.line(c.date(c.addDays(dt, i % 4), 'iso'), ';', c.pick(['Taxi', 'Hotel', 'Train', 'Dinner w/ client', 'Parking', 'Flight', 'Coffee', 'Conference fee']), ';', c.city(dest), ';', c.price(5, 600), ';', c.look('masked_card'));
  }
  d.line(`${ph.f.total}: `, c.price(200, 3000));
  d.raw('\n');
  if (c.cc === 'US' || c.cc === 'CA') d.line(T({ en: 'Reimburse to account ' }), c.bankAcct());
  else if (!IBAN_CC.has(c.cc)) d.line(T({ en: 'Reimburse to payroll account on file', ja: '給与振込口座へ精算', zh: '报销至工资卡', ko: '급여 계좌로 정산' }));
  else d.line(T({ en: 'Reimburse to ', de: 'Erstattung auf ', fr: 'Remboursement sur ', es: 'Reembolso a ', it: 'Rimborso su ', pt: 'Reembolso para ', nl: 'Terugbetaling naar ' }), c.iban(IBAN_CC.has(c.cc) ? c.cc : undefined));
  if (c.chance(0.3)) d.line(T({ en: 'Client dinner guests: ', de: 'Bewirtete Personen: ', fr: 'Invités : ', es: 'Invitados: ' }), J(', ', [c.name(c.person()), c.name(c.person())]));
}

export function crm_export(c, d) {
  const n = c.int(10, 16); const csv = c.chance(0.75);
  const owner = c.person();
  if (csv) {
    const sep = c.pick([',', ';', '\t']);
    d.line(['Record ID', 'Full name', 'Email', 'Phone', 'Company', 'City', 'Country', 'Owner', 'Last activity'].join(sep));
    for (let i = 0; i < n; i++) {
      const p = c.person({ intl: 0.5 }); const cc = p.place;
      const co = c.pick(['Zentro Retail', 'Kestrel Freight', 'Ipê Digital Ltda.', 'Arbeta Tools', 'Lumeo Media', 'Yelkenli Teknoloji A.Ş.', 'Sarvam Tech Pvt Ltd', 'Vonk & Zee B.V.', '株式会社ソラノワ']);
      const pc = PLACES[cc];
      d.line(c.look('crm_id'), sep, c.name(p, p.lang), sep, c.email(p), sep, c.phoneOf(p, 'intl'), sep, sep === ',' && co.includes(',') ? `"${co}"` : co, sep, c.city(cc), sep, c.country(cc), sep, c.name(owner), sep, c.date(undefined, 'iso'));
    }
    if (c.chance(0.3)) d.line('# export ', c.ts(undefined, 'iso'), ' by ', c.workEmail(owner));
  } else {
    for (let i = 0; i < n - 3; i++) {
      const p = c.person({ intl: 0.5 });
      d.raw('{"id":"'); d.add(c.look('crm_id')); d.raw('","name":"'); d.add(c.name(p, p.lang)); d.raw('","email":"'); d.add(c.email(p)); d.raw('","phone":"'); d.add(c.phoneOf(p)); d.raw('","city":"'); d.add(c.city(p.place)); d.raw('","stage":"'); d.raw(c.pick(['lead', 'qualified', 'proposal', 'won', 'lost'])); d.raw('","value":"'); d.add(c.price(500, 80000)); d.raw('"}\n');
    }
  }
}

export function erp_vendor(c, d) {
  const p = c.person({ intl: 0.3 }); const a = c.address(p.place);
  const xml = c.chance(0.4);
  const sec = c.sec(c.pick(['ERP_API_CREDENTIAL', 'SERVICE_ACCOUNT_PASSWORD', 'INTERNAL_SERVICE_TOKEN', 'SCIM_BEARER_TOKEN']));
  const cc = IBAN_CC.has(p.place) ? p.place : undefined;
  if (xml) {
    d.line('<?xml version="1.0" encoding="UTF-8"?>');
    d.line('<Vendor id="', c.look('customer_number'), '" status="active">');
    d.line('  <Name>', c.pick(['Paxley Foods', 'Corvell Energy', 'Orrin Logistics', 'Nordwerk Maschinenbau GmbH', 'Grupo Vientosur S.L.', 'Pramenik s.r.o.']), '</Name>');
    d.line('  <TaxId>', c.look('vat_id'), '</TaxId>');
    d.line('  <Contact><Name>', c.name(p, p.lang), '</Name><Email>', c.email(p), '</Email><Phone>', c.phoneOf(p, 'intl'), '</Phone></Contact>');
    d.line('  <Address><Line>', a.street, '</Line><City>', P('LOCATION', a.city.local), '</City><Country>', c.country(p.place), '</Country></Address>');
    d.line('  <Bank><IBAN>', c.iban(cc), '</IBAN><BIC>', c.look('swift_bic'), '</BIC></Bank>');
    d.line('  <PaymentTerms>NET', String(c.pick([15, 30, 60])), '</PaymentTerms>');
    d.line('  <EDI user="', c.pick(['edi_', 'vnd_', 'b2b_']), String(c.int(100, 999)), '" secret="', sec, '"/>');
    d.line('  <Modified>', c.ts(undefined, 'iso'), '</Modified>');
    d.line('</Vendor>');
  } else {
    d.raw('{\n  "vendor_id": "'); d.add(c.look('customer_number')); d.raw('",\n  "vat": "'); d.add(c.look('vat_id')); d.raw('",\n');
    d.raw('  "contact": {"name": "'); d.add(c.name(p, p.lang)); d.raw('", "email": "'); d.add(c.email(p)); d.raw('", "mobile": "'); d.add(c.phoneOf(p)); d.raw('"},\n');
    d.raw('  "address": {"street": "'); d.add(jsonEsc(a.street)); d.raw('", "city": "'); d.add(P('LOCATION', a.city.local)); d.raw('", "country": "'); d.add(c.country(p.place)); d.raw('"},\n');
    d.raw('  "bank": {"iban": "'); d.add(c.iban(cc)); d.raw('", "bic": "'); d.add(c.look('swift_bic')); d.raw('"},\n');
    d.raw(`  "terms_days": ${c.pick([14, 30, 60])},\n  "edi": {"endpoint": "https://edi.${c.domain}/as2", "password": "`); d.add(sec); d.raw('"},\n');
    d.raw('  "last_po": "'); d.add(c.look('po_number')); d.raw('",\n  "updated_at": "'); d.add(c.ts(undefined, 'isoms')); d.raw('"\n}\n');
  }
}

export function drive_listing(c, d) {
  const n = c.int(4, 7);
  const kinds = [
    (p) => F('Offer letter - ', c.name(p), '.pdf'), (p) => F('Payslip ', c.date(undefined, 'iso'), ' ', c.name(p), '.pdf'), (p) => F('Arbeitsvertrag ', c.name(p), '.docx'),
    () => F('Q', String(c.int(1, 4)), ' forecast v', c.look('version', `${c.int(1, 9)}.${c.int(0, 9)}`), '.xlsx'), (p) => F('Passport scan ', c.name(p), '.jpg'), () => F('Board deck ', c.date(undefined, 'iso'), '.pptx'),
    (p) => F('Contrat de bail - ', c.name(p), '.pdf'), (p) => F('CV_', c.name(p), '.pdf'), () => F('Invoice ', c.look('invoice_number'), '.pdf'),
  ];
  d.raw('{"files": [\n');
  for (let i = 0; i < n; i++) {
    const owner = c.person(); const sub = c.person({ intl: 0.4 });
    d.raw('  {"id": "'); d.add(c.look('file_id')); d.raw('", "name": "'); d.add(jsonEsc(c.pick(kinds)(sub))); d.raw('",\n');
    d.raw('   "owners": [{"displayName": "'); d.add(c.name(owner)); d.raw('", "emailAddress": "'); d.add(c.workEmail(owner)); d.raw('"}],\n');
    d.raw('   "modifiedTime": "'); d.add(c.ts(undefined, 'isoms')); d.raw(`", "size": "${c.int(12000, 9000000)}"`);
    if (c.chance(0.4)) { const s = c.person(); d.raw(', "sharedWith": ["'); d.add(c.email(s)); d.raw('"]'); }
    if (c.chance(0.3)) { d.raw(', "md5Checksum": "'); d.add(c.look('hash', c.r.hex(32))); d.raw('"'); }
    d.raw(`}${i < n - 1 ? ',' : ''}\n`);
  }
  d.raw(']}\n');
}

export function travel_itinerary(c, d) {
  const ph = c.ph; const pax = [c.person()]; if (c.chance(0.5)) pax.push(c.person());
  const dt = c.randDate(); const T = (m) => c.tr(m);
  const us = c.cc === 'US' || c.chance(0.25);
  d.line(T({ en: 'Booking confirmation', de: 'Buchungsbestätigung', fr: 'Confirmation de réservation', es: 'Confirmación de reserva', it: 'Conferma di prenotazione', pt: 'Confirmação de reserva', nl: 'Boekingsbevestiging', ja: 'ご予約確認', zh: '预订确认', ko: '예약 확인서', pl: 'Potwierdzenie rezerwacji', tr: 'Rezervasyon onayı', ru: 'Подтверждение бронирования', ar: 'تأكيد الحجز', he: 'אישור הזמנה', th: 'ยืนยันการจอง', vi: 'Xác nhận đặt chỗ', id: 'Konfirmasi pemesanan' }), ' — PNR ', c.look('booking_reference'));
  d.raw('\n');
  for (const p of pax) {
    const gds = c.chance(0.5);
    d.line(T({ en: 'Passenger', de: 'Reisender', fr: 'Passager', es: 'Pasajero', it: 'Passeggero', pt: 'Passageiro', nl: 'Reiziger', ja: '搭乗者', zh: '乘客', ko: '탑승객' }), ': ', gds ? P('PERSON', `${p.familyLatin.toUpperCase().replace(/\s/g, '')}/${p.givenLatin.toUpperCase().replace(/\s/g, '')}`) : c.name(p), gds ? ` ${p.gender === 'm' ? 'MR' : 'MS'}` : '');
    d.line('  E-ticket: ', c.look('eticket_number'), c.chance(0.6) ? F('  FF: ', c.look('loyalty_number')) : '');
    if (us) d.line('  Passport: ', c.passport(), ' (USA), exp ', c.date(c.randDate(2027, 2034)));
  }
  d.raw('\n');
  const legs = c.int(1, 3);
  let t = dt; let from = LOOK.iata_code(c.r);
  for (let i = 0; i < legs; i++) {
    let to; do { to = LOOK.iata_code(c.r); } while (to === from);
    t = { ...t, h: c.int(6, 21), mi: c.pick([0, 5, 15, 25, 30, 40, 45, 55]) };
    d.line(c.look('flight_number'), '  ', c.date(t), '  ', c.look('iata_code', from), ' ', c.time(t), ' → ', c.look('iata_code', to), ' ', c.time(c.addSecs(t, c.int(60, 600) * 60)), '  ', T({ en: 'Seat', de: 'Sitz', fr: 'Siège', es: 'Asiento', ja: '座席', zh: '座位' }), ` ${c.int(1, 45)}${c.pick(['A', 'C', 'D', 'F', 'K'])}`);
    t = c.addDays(t, c.int(0, 5)); from = to;
  }
  d.raw('\n');
  const hc = c.pick(['DE', 'FR', 'ES', 'IT', 'GB', 'US', 'JP', 'PT', 'NL', 'AE', 'TH', 'VN', 'KR', 'TR', 'GR', 'MX', 'BR']);
  d.line(T({ en: 'Hotel', de: 'Hotel', fr: 'Hôtel', es: 'Hotel', ja: 'ホテル', zh: '酒店', ko: '호텔' }), ': ', c.pick(['Fennick Hotel', 'Hotel Aurelia', 'Casa Limonero', 'The Harbour Rooms', 'Hotel Sakuragi', 'Residenz am Park']), ', ', c.addrOne(hc));
  d.line('  ', T({ en: 'Check-in', de: 'Anreise', fr: 'Arrivée', es: 'Entrada', ja: 'チェックイン', zh: '入住' }), ': ', c.date(dt), ' · ', c.look('confirmation_code'), ' · ', c.phone(hc, 'intl'));
  if (c.chance(0.35)) d.line('  ', T({ en: 'Guaranteed with card', de: 'Garantiert mit Karte', fr: 'Garantie par carte', es: 'Garantizada con tarjeta', it: 'Garantita con carta', pt: 'Garantida com cartão', ja: '保証カード', zh: '担保信用卡' }), ' ', c.card(), ' exp ', String(c.int(1, 12)).padStart(2, '0'), '/', String(c.int(26, 31)));
  else d.line('  ', `${ph.f.total}: `, c.price(120, 2400), ' · ', c.look('masked_card'));
  if (us && c.chance(0.6)) d.line('Car rental: ', c.pick(['compact', 'SUV', 'midsize']), ' · driver ', c.name(pax[0]), " · driver's license ", c.dl(), ' · ', c.look('confirmation_code'));
  if (c.chance(0.5)) { const ec = c.person(); d.line(T({ en: 'Emergency contact', de: 'Notfallkontakt', fr: "Contact d'urgence", es: 'Contacto de emergencia', ja: '緊急連絡先', zh: '紧急联系人' }), ': ', c.name(ec), ', ', c.phoneOf(ec)); }
  d.line(T({ en: 'Booked by', de: 'Gebucht von', fr: 'Réservé par', es: 'Reservado por', ja: '手配者', zh: '预订人' }), ': ', c.workEmail(pax[0]));
}

export function property_listing(c, d) {
  const agent = c.person({ intl: 0.1 }); const T = (m) => c.tr(m);
  const rooms = c.int(1, 6); const area = 25 + rooms * c.int(14, 30);
  const a = c.address();
  d.line(T({ en: `${rooms}-bedroom apartment with balcony`, de: `${rooms}-Zimmer-Wohnung mit Balkon`, fr: `Appartement T${rooms} avec balcon`, es: `Piso de ${rooms} habitaciones con terraza`, it: `Trilocale luminoso con balcone`, pt: `Apartamento ${rooms} quartos com varanda`, nl: `Appartement met ${rooms} slaapkamers`, pl: `Mieszkanie ${rooms}-pokojowe z balkonem`, sv: `${rooms} rok med balkong`, ja: `${rooms}LDK マンション`, zh: `${rooms}室一厅 精装修`, ko: `방 ${rooms}개 아파트`, tr: `${rooms}+1 balkonlu daire`, el: `Διαμέρισμα ${rooms} υπνοδωματίων`, cs: `Byt ${rooms}+kk s balkonem`, fi: `${rooms}h+k parvekkeella`, ru: `${rooms}-комнатная квартира`, vi: `Căn hộ ${rooms} phòng ngủ`, id: `Apartemen ${rooms} kamar`, th: `คอนโด ${rooms} ห้องนอน` }), ' — ', P('LOCATION', c.isLocalLang(c.cc) ? a.city.local : a.city.en));
  d.line(c.look('listing_id'), ' · ', c.price(90000, 1400000), ' · ', `${area} m²`);
  d.raw('\n');
  d.line(c.f('address'), ': ', J(', ', a.lines));
  d.line(T({ en: 'Location', de: 'Lage', fr: 'Situation', es: 'Ubicación', it: 'Posizione', pt: 'Localização', ja: '位置', zh: '位置' }), ': ', c.look('coordinates'));
  d.line(T({ en: 'Available from', de: 'Frei ab', fr: 'Disponible le', es: 'Disponible desde', it: 'Disponibile dal', pt: 'Disponível a partir de', nl: 'Beschikbaar per', ja: '入居可能日', zh: '可入住日期', ko: '입주 가능일' }), ': ', c.date());
  d.line(T({ en: 'Service charge', de: 'Nebenkosten', fr: 'Charges', es: 'Gastos de comunidad', it: 'Spese condominiali', pt: 'Condomínio', ja: '管理費', zh: '物业费' }), ': ', c.price(50, 600));
  d.raw('\n');
  d.line(T({ en: 'Viewings', de: 'Besichtigung', fr: 'Visites', es: 'Visitas', it: 'Visite', pt: 'Visitas', nl: 'Bezichtiging', ja: '内見', zh: '看房', ko: '방문 예약' }), ': ', c.date(), ' ', c.time(), c.chance(0.4) ? F('. ', phrase(c.ph.door, c.doorCode())) : '');
  d.line(T({ en: 'Agent', de: 'Makler/in', fr: 'Agent', es: 'Agente', it: 'Agente', pt: 'Corretor', nl: 'Makelaar', ja: '担当', zh: '经纪人', ko: '담당 중개사' }), ': ', c.name(agent), ' · ', c.phoneOf(agent), ' · ', c.workEmail(agent));
  if (c.chance(0.4)) d.line(T({ en: 'Previous tenant moving to ', de: 'Vormieter zieht nach ', fr: 'Locataire actuel part pour ', es: 'El inquilino actual se muda a ' }), c.city(c.pick(['GB', 'ES', 'US', 'DE', 'FR'])), '.');
}

export function tenancy_form(c, d) {
  const app = c.person(); const ref = c.person(); const land = c.person();
  const T = (m) => c.tr(m); const us = c.cc === 'US';
  d.line(T({ en: 'RENTAL APPLICATION', de: 'MIETERSELBSTAUSKUNFT', fr: 'DOSSIER DE LOCATION', es: 'SOLICITUD DE ALQUILER', it: 'RICHIESTA DI LOCAZIONE', pt: 'FICHA CADASTRAL DE LOCAÇÃO', nl: 'HUURAANVRAAG', ja: '入居申込書', zh: '租房申请表', ko: '임대 신청서', pl: 'WNIOSEK O NAJEM' }));
  d.line(T({ en: 'Property', de: 'Objekt', fr: 'Logement', es: 'Inmueble', it: 'Immobile', pt: 'Imóvel', nl: 'Woning', ja: '物件', zh: '房源', ko: '물건' }), ': ', c.addrOne(), ' · ', c.look('listing_id'));
  d.raw('\n');
  d.line(`${c.f('name')}: `, c.name(app));
  d.line(`${c.f('dob')}: `, `${String(c.int(1, 28)).padStart(2, '0')}/${String(c.int(1, 12)).padStart(2, '0')}/${c.int(1960, 2003)}`);
  if (us) {
    if (c.chance(0.7)) d.line('SSN: ', c.ssn()); else d.line('ITIN: ', c.itin());
    if (c.chance(0.6)) d.line("Driver's license: ", c.dl(), ' (', c.pick(['CA', 'NY', 'TX', 'FL', 'IL', 'WA']), ')'); else d.line('Photo ID: US passport ', c.passport());
  }
  d.line(T({ en: 'Current address', de: 'Derzeitige Anschrift', fr: 'Adresse actuelle', es: 'Domicilio actual', it: 'Indirizzo attuale', pt: 'Endereço atual', nl: 'Huidig adres', ja: '現住所', zh: '现住址', ko: '현 주소' }), ': ', c.addrOne(app.place));
  d.line(`${c.f('mobile')}: `, c.phoneOf(app), '   ', `${c.f('email')}: `, c.email(app));
  d.line(T({ en: 'Employer', de: 'Arbeitgeber', fr: 'Employeur', es: 'Empresa', it: 'Datore di lavoro', pt: 'Empregador', nl: 'Werkgever', ja: '勤務先', zh: '工作单位', ko: '직장' }), ': ', c.company, ' · ', T({ en: 'monthly net income', de: 'Nettoeinkommen', fr: 'revenus nets', es: 'ingresos netos', it: 'reddito netto', pt: 'renda líquida', nl: 'netto-inkomen', ja: '月収', zh: '月收入', ko: '월 소득' }), ' ', c.price(1500, 9000));
  d.line(T({ en: 'Previous landlord', de: 'Vorvermieter', fr: 'Ancien bailleur', es: 'Casero anterior', it: 'Precedente locatore', pt: 'Locador anterior', nl: 'Vorige verhuurder', ja: '前の貸主', zh: '前房东', ko: '이전 임대인' }), ': ', c.name(land), ', ', c.phoneOf(land));
  d.line(T({ en: 'Reference', de: 'Referenz', fr: 'Garant', es: 'Avalista', it: 'Garante', pt: 'Fiador', nl: 'Referentie', ja: '連帯保証人', zh: '担保人', ko: '보증인' }), ': ', c.name(ref), ', ', c.phoneOf(ref), c.chance(0.5) ? F(', ', c.email(ref)) : '');
  if (us) d.line('Deposit refund account: ', c.bankAcct());
  else d.line(T({ en: 'Deposit account', de: 'Kautionskonto', fr: 'Compte pour le dépôt de garantie', es: 'Cuenta para la fianza', it: 'Conto per la cauzione', pt: 'Conta para caução', nl: 'Rekening borg' }), ': ', c.iban(IBAN_CC.has(c.cc) ? c.cc : undefined));
  d.raw('\n');
  d.line(c.city(), ', ', c.date(), '   ', c.f('signature'), ': ', c.name(app));
}

export const BUSINESS_KINDS = { invoice, purchase_order, contract_nda, delivery_note, expense_report, crm_export, erp_vendor, drive_listing, travel_itinerary, property_listing, tenancy_form };
