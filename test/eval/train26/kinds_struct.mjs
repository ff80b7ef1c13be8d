// Structured and semi-structured tool output: API responses, exports, dumps.
import { T, P, S, L, flat, text, csvCell, sqlEsc, mapText } from './frag.mjs';
import { J, Y, F, RAW, XT, N } from './emit.mjs';
import { fill, lines, stamp, kvLine } from './kutil.mjs';
import { conn } from './conn.mjs';
import { ascii } from './people.mjs';

const jopt = (r) => r.pick([{ indent: 2 }, { indent: 2 }, { indent: 4 }, { indent: 0 }, { indent: 2, ascii: true }, { indent: 0, compactSpace: true }]);

function addrObj(c, p, style) {
  const a = c.addr(p); const r = c.r; style = style ?? r.int(0, 3);
  if (style === 0) return { line1: c.loc(a.street), line2: a.unit, city: c.loc(a.city), region: a.region ? c.loc(a.region) : null, postal_code: a.postcode, country_code: a.cc, country: c.loc(a.countryEn) };
  if (style === 1) return { street: c.loc(a.street), city: c.loc(a.city), zip: a.postcode, country: a.cc };
  if (style === 2) return F(c.addrLine(a, true, r.chance(0.3)));
  return { lines: [c.loc(a.street), ...(a.unit ? [a.unit] : [])], locality: c.loc(a.city), postalCode: a.postcode, countryName: c.loc(r.chance(0.5) ? a.countryNat : a.countryEn) };
}

function personRec(c, dom) {
  const r = c.r; const p = c.person(); const rec = {};
  rec.id = r.pick([() => c.lk('uuid'), () => c.lk('crm_id'), () => c.lk('object_id'), () => RAW(c.lk('snowflake_id')), () => c.lk('ulid')])();
  const ns = r.int(0, 3);
  if (ns === 0) { rec.first_name = c.given(p); rec.last_name = c.family(p); }
  else if (ns === 1) { rec.name = { given: c.given(p), family: c.family(p) }; if (p.kana) rec.name.phonetic = P('PERSON', p.kana); else if (p.native) rec.name.latin = c.name(p, 'latin'); }
  else if (ns === 2) { rec.displayName = c.name(p); rec.username = c.user(p); }
  else { rec.fullName = c.name(p, 'full'); rec.initials = p.givenL[0] + p.familyL[0]; }
  rec.email = c.email(p, r.chance(0.4) ? dom : undefined);
  if (r.chance(0.5)) { rec.phones = [{ type: 'mobile', number: c.phone(p) }]; if (r.chance(0.4)) rec.phones.push({ type: r.pick(['work', 'home', 'fax']), number: c.phone(p), ext: r.chance(0.5) ? String(r.int(10, 999)) : null }); }
  else rec.phone = c.phone(p);
  rec.address = addrObj(c, p);
  rec.status = r.chance(0.4) ? c.lk('enum_value') : r.pick(['active', 'suspended', 'pending', 'ACTIVE']);
  rec.created_at = c.lk('timestamp');
  if (r.chance(0.6)) rec.last_login_ip = c.ip();
  if (r.chance(0.5)) rec.login_count = RAW(c.lk('counter'));
  if (r.chance(0.3)) rec.payment_method = r.chance(0.5) ? { type: 'card', brand: r.pick(['visa', 'mastercard', 'amex']), masked: c.lk('masked_value'), fingerprint: c.lk('hash') } : { type: 'sepa_debit', iban: c.iban(), bic: c.lk('bic'), mandate: c.lk('order_number') };
  if (r.chance(0.25)) rec.metadata = { crm_ref: c.lk('crm_id'), etag: c.lk('etag'), color: c.lk('hex_color') };
  if (r.chance(0.3)) rec.devices = [{ kind: r.pick(['phone', 'tablet']), imei: c.lk('imei'), iccid: c.lk('iccid'), wifi_mac: c.lk('mac_address') }];
  if (r.chance(0.3)) rec.geo = { coordinates: c.lk('coordinates'), source: r.pick(['ip', 'gps', 'billing']) };
  if (r.chance(0.12)) rec.avatar = c.lk('data_uri');
  if (r.chance(0.3)) { const s = c.sec(); rec.integration = { provider: s.ent.toLowerCase().split('_')[0], [s.keyOf('snake')]: s.span }; }
  return rec;
}

export function api_json(c) {
  const r = c.r; const [, dom] = c.org(); const o = jopt(r); const coll = r.pick(['users', 'customers', 'members', 'contacts', 'accounts']);
  const wrap = r.int(0, 3);
  const render = (items) => {
    if (wrap === 0) return J({ data: items, meta: { request_id: c.lkFixed('rid', 'request_id'), api_version: c.lkFixed('ver', 'version'), total: items.length }, links: { next: F(T`https://api.${dom}/v2/${coll}?cursor=${c.lkFixed('cur', 'hash')}`) } }, o);
    if (wrap === 1) return J({ count: items.length, next: null, previous: null, results: items }, o);
    if (wrap === 2) return J({ kind: `${coll}#list`, items, nextPageToken: c.lkFixed('npt', 'hash'), etag: c.lkFixed('et', 'etag') }, o);
    return J(items, o);
  };
  return fill(c, () => personRec(c, dom), render, 900, 3500);
}

export function graphql_json(c) {
  const r = c.r; const o = jopt(r);
  const mk = () => {
    const p = c.person(); const a = c.addr(p);
    const node = { __typename: 'Customer', id: F(T`gid://shop/Customer/${c.lk('crm_id')}`), firstName: c.given(p), lastName: c.family(p), email: c.email(p), phone: c.phone(p, 1), state: c.lk('enum_value'),
      defaultAddress: { address1: c.loc(a.street), address2: a.unit, city: c.loc(a.city), provinceCode: null, zip: a.postcode, country: c.loc(a.countryEn), countryCodeV2: a.cc },
      orders: { edges: Array.from({ length: r.int(1, 2) }, () => ({ node: { name: c.lk('order_number'), processedAt: c.lk('timestamp'), totalPriceSet: { shopMoney: { amount: c.lk('price'), currencyCode: r.pick(['EUR', 'USD', 'JPY', 'BRL']) } }, lineItems: { nodes: [{ sku: c.lk('sku'), barcode: c.lk('gtin') }] } } })) } };
    if (r.chance(0.3)) node.note = F(T`${c.say(c.lang(p), 'call')} ${c.phone(p)}`);
    return { cursor: c.lk('hash'), node };
  };
  return fill(c, mk, (edges) => J({ data: { customers: { edges, pageInfo: { hasNextPage: true, endCursor: c.lkFixed('endc', 'hash') } } }, extensions: { cost: { requestedQueryCost: 252, actualQueryCost: 61, throttleStatus: { maximumAvailable: 2000.0, currentlyAvailable: 1939, restoreRate: 100.0 } } } }, o), 1000, 3600);
}

export function crm_json(c) {
  const r = c.r; const o = jopt(r); const obj = r.pick(['Contact', 'Lead']); const pre = obj === 'Contact' ? '003' : '00Q';
  const mk = () => {
    const p = c.person(); const a = c.addr(p); const id = pre + r.digits(2) + r.str(13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    const rec = { attributes: { type: obj, url: F(T`/services/data/v59.0/sobjects/${obj}/${L('crm_id', id)}`) }, Id: L('crm_id', id), FirstName: c.given(p), LastName: c.family(p), Email: c.email(p), Phone: c.phone(p), MobilePhone: r.chance(0.5) ? c.phone(p) : null,
      MailingStreet: c.loc(a.street), MailingCity: c.loc(a.city), MailingPostalCode: a.postcode, MailingCountry: c.loc(a.countryEn), LeadSource: r.pick(['Web', 'Partner Referral', 'Trade Show']), CreatedDate: c.lk('timestamp'), SystemModstamp: c.lk('timestamp') };
    if (r.chance(0.3)) rec.SSN__c = c.ssn('-');
    if (r.chance(0.2)) rec.Passport_Number__c = c.passport();
    if (r.chance(0.3)) rec.Description = F(T`${c.say(c.lang(p), 's')} ${c.say(c.lang(p), 'call')} ${c.phone(p)}`);
    if (r.chance(0.25)) rec.Owner = { attributes: { type: 'User' }, Name: c.name(c.person()), Alias: L('crm_id', '005' + r.str(15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) };
    return rec;
  };
  return fill(c, mk, (recs) => J({ totalSize: recs.length + r.int(0, 400), done: false, nextRecordsUrl: F(T`/services/data/v59.0/query/${c.lkFixed('qloc', 'crm_id')}-2000`), records: recs }, o), 1000, 3600);
}

const CSV_COLS = {
  first_name: (c, p) => c.given(p), last_name: (c, p) => c.family(p), full_name: (c, p) => c.name(p), email_address: (c, p) => c.email(p), email: (c, p) => c.email(p), phone_number: (c, p) => c.phone(p), mobile: (c, p) => c.phone(p),
  street: (c, p, a) => c.loc(a.street), city: (c, p, a) => c.loc(a.city), postal_code: (c, p, a) => a.postcode, country: (c, p, a) => c.loc(a.countryEn), created: (c) => c.lk('date'), customer_id: (c) => c.lk('crm_id'),
  ssn: (c) => c.ssn(), itin: (c) => c.itin(), nhs_number: (c) => c.nhs(), iban: (c) => c.iban(), credit_card_number: (c) => c.card(null, 0), ip_address: (c) => c.ip(), username: (c, p) => c.user(p), dob: (c) => c.dob(), notes: (c, p) => F(T`${c.say(c.lang(p), 's')}`), lifetime_value: (c) => c.lk('price'), sku_last: (c) => c.lk('sku'), geo: (c) => c.lk('coordinates'), device_mac: (c) => c.lk('mac_address'),
  Vorname: (c, p) => c.given(p), Nachname: (c, p) => c.family(p), 'E-Mail': (c, p) => c.email(p), Telefon: (c, p) => c.phone(p), 'Straße': (c, p, a) => c.loc(a.street), Ort: (c, p, a) => c.loc(a.city), PLZ: (c, p, a) => a.postcode,
};
const COLNAME_LK = new Set(['itin', 'nhs_number', 'ssn', 'iban', 'credit_card_number', 'email_address', 'phone_number', 'mobile', 'ip_address', 'full_name']);
export function csv_export(c) {
  const r = c.r; const de = r.chance(0.25); const sep = de ? ';' : r.pick([',', ',', '\t', '|', ';']);
  const base = de ? ['Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort'] : r.pick([['customer_id', 'first_name', 'last_name', 'email', 'phone_number', 'city', 'country', 'created'], ['full_name', 'email_address', 'mobile', 'street', 'postal_code', 'city', 'ssn', 'dob'], ['customer_id', 'full_name', 'email', 'iban', 'lifetime_value', 'notes'], ['username', 'email', 'ip_address', 'credit_card_number', 'created', 'sku_last'], ['customer_id', 'full_name', 'nhs_number', 'phone_number', 'postal_code', 'created'], ['full_name', 'itin', 'email', 'street', 'city', 'lifetime_value'], ['customer_id', 'full_name', 'mobile', 'geo', 'device_mac', 'created']]);
  const cols = base.filter((x, i) => i < 2 || r.chance(0.9));
  const header = cols.map((h) => (COLNAME_LK.has(h) ? L('column_name', h) : h));
  const cell = (x) => (typeof x === 'string' ? csvCell(x, sep) : x.__frag ? csvCell(x.__frag, sep) : csvCell([x], sep));
  const mk = () => { const p = c.person(); const a = c.addr(p); return cols.map((h) => cell(CSV_COLS[h](c, p, a))); };
  const render = (rows) => [...header.flatMap((h, i) => (i ? [sep, h] : [h])), '\n', ...rows.flatMap((row) => [...row.flatMap((x, i) => (i ? [sep, ...flat(x)] : flat(x))), '\n'])];
  const pre = r.chance(0.3) ? T`# export ${c.lk('timestamp')} rows=${r.int(50, 9000)} source=crm\n` : [];
  return [...pre, ...fill(c, mk, render, 700, 3500, 2)];
}

export function fixed_width(c) {
  const r = c.r; const W = (s, n) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
  const kind = r.pick(['payroll', 'ach', 'member']);
  const hdr = T`HDR${W(kind.toUpperCase() + ' EXTRACT', 20)}${L('timestamp', stamp(r).compact)}${W(c.org()[0].toUpperCase(), 26)}${r.digits(6)}\n`;
  const mk = () => {
    const p = c.person(); const fam = ascii(p.familyL).toUpperCase(), giv = ascii(p.givenL).toUpperCase();
    const out = ['D', W(r.digits(6), 7)];
    out.push(P('PERSON', fam), ' '.repeat(Math.max(1, 18 - fam.length)), P('PERSON', giv), ' '.repeat(Math.max(1, 15 - giv.length)));
    if (kind !== 'member') { const s = c.ssn(''); out.push(s, ' ', c.bank(), ' ', c.routing(), ' ', L('price', String(r.int(100000, 999999)).padStart(10, '0'))); }
    else { const a = c.addr(r.pick(['US', 'US', 'CA'])); out.push(c.loc(a.street.toUpperCase()), ' '.repeat(Math.max(1, 28 - a.street.length)), c.loc(a.city.toUpperCase()), ' '.repeat(Math.max(1, 16 - a.city.length)), a.postcode, ' ', c.phone(r.pick(['US', 'CA']), 6)); }
    out.push('\n'); return out;
  };
  const body = fill(c, mk, (rows) => rows.flat(), 600, 3300, 2);
  return [...hdr, ...body, ...T`TRL${String(r.int(3, 40)).padStart(8, '0')}${L('price', String(r.int(1000000, 99999999)).padStart(14, '0'))}\n`];
}

export function sql_dump(c) {
  const r = c.r; const dialect = r.pick(['mysql', 'pg', 'psql', 'copy']); const tbl = r.pick(['customers', 'patients', 'employees', 'members']);
  const cols = ['id', 'first_name', 'last_name', 'email', 'phone', 'city', r.pick(['ssn', 'iban', 'passport_no', 'ip_address', 'itin', 'nhs_number'])];
  const extra = { itin: (c) => c.itin(), nhs_number: (c) => c.nhs(''), ssn: (c) => c.ssn('-'), iban: (c) => c.iban(null, false), passport_no: (c) => c.passport(), ip_address: (c) => c.ip() };
  const row = (i) => { const p = c.person(); const a = c.addr(p); return [String(i + r.int(1, 900)), c.given(p), c.family(p), c.email(p), c.phone(p), c.loc(a.city), extra[cols[6]](c)]; };
  const colLk = (x) => (['itin', 'nhs_number', 'ssn', 'iban', 'passport_no', 'ip_address', 'email', 'phone'].includes(x) ? L('column_name', x) : x);
  const pre = []; const post = [];
  if (r.chance(0.6)) {
    const ent = dialect === 'mysql' ? 'MYSQL_PASSWORD' : 'POSTGRES_PASSWORD'; const pw = c.S(ent, c.sec(ent).v.replace(/'/g, ''));
    if (dialect === 'mysql') pre.push(...T`CREATE USER 'app_rw'@'%' IDENTIFIED BY '${pw}';\nGRANT SELECT, INSERT, UPDATE ON crm.* TO 'app_rw'@'%';\n\n`);
    else pre.push(...T`ALTER ROLE reporting WITH LOGIN PASSWORD '${pw}' VALID UNTIL '${L('date', `${r.int(2025, 2027)}-12-31`)}';\n\n`);
  }
  if (dialect === 'mysql' || dialect === 'pg') {
    const q = dialect === 'mysql' ? '`' : '"'; const esc = dialect === 'mysql' ? (s) => s.replace(/'/g, "\\'") : sqlEsc;
    pre.push(`-- Dumping data for table ${q}${tbl}${q}\n`, `INSERT INTO ${q}${tbl}${q} (`); cols.forEach((x, i) => pre.push(i ? ', ' : '', q, colLk(x), q)); pre.push(') VALUES\n');
    const render = (rows) => [...pre, ...rows.flatMap((rw, i) => ['(', ...rw.flatMap((v, j) => [j ? ',' : '', ...(j === 0 ? [v] : ["'", ...mapText(flat(v), esc), "'"])]), i < rows.length - 1 ? '),\n' : ');\n'])];
    return fill(c, row, render, 700, 3500, 2);
  }
  if (dialect === 'copy') {
    pre.push(`COPY public.${tbl} (`); cols.forEach((x, i) => pre.push(i ? ', ' : '', colLk(x))); pre.push(') FROM stdin;\n');
    return fill(c, row, (rows) => [...pre, ...rows.flatMap((rw) => [...rw.flatMap((v, j) => [j ? '\t' : '', ...flat(v)]), '\n']), '\\.\n'], 700, 3500, 2);
  }
  // psql aligned output
  const render = (rows) => {
    const w = cols.map((h, j) => Math.max(h.length, ...rows.map((rw) => text(flat(rw[j])).length)));
    const out = [`${r.pick(['crm', 'clinic', 'hr'])}=> SELECT ${cols.join(', ')} FROM ${tbl} LIMIT ${rows.length};\n`];
    cols.forEach((h, j) => out.push(j ? ' | ' : ' ', colLk(h), ' '.repeat(w[j] - h.length))); out.push('\n', cols.map((h, j) => '-'.repeat(w[j] + 2)).join('+'), '\n');
    for (const rw of rows) { rw.forEach((v, j) => { const t = text(flat(v)); out.push(j ? ' | ' : ' ', ...flat(v), ' '.repeat(Math.max(0, w[j] - t.length))); }); out.push('\n'); }
    out.push(`(${rows.length} rows)\n`); return out;
  };
  return [...pre, ...fill(c, row, render, 700, 3400, 2)];
}

export function xml_soap(c) {
  const r = c.r; const ent = r.pick(['SERVICE_ACCOUNT_PASSWORD', 'ADMIN_PASSWORD', 'USER_PASSWORD']); const pw = c.sec(ent);
  const people = []; const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const p = c.person(); const a = c.addr(p);
    const kids = [N('Name', null, [N('Given', null, c.given(p)), N('Family', null, c.family(p))]), N('Contact', null, [N('Email', null, c.email(p)), N('Phone', { type: r.pick(['mobile', 'work']) }, c.phone(p))]),
      N('Address', { country: a.cc }, [N('Street', null, c.loc(a.street)), N('City', null, c.loc(a.city)), N('PostalCode', null, a.postcode), N('CountryName', null, c.loc(a.countryEn))])];
    if (r.chance(0.5)) kids.push(N('TaxId', { scheme: 'US-SSN' }, c.ssn('-')));
    if (r.chance(0.5)) kids.push(N('BankAccount', null, [N('IBAN', null, c.iban(null, false)), N('BIC', null, c.lk('bic'))]));
    if (r.chance(0.3)) kids.push(N('Card', null, [N('PAN', null, c.card(null, 0)), N('Expiry', null, `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`)]));
    people.push(N('cus:Customer', { id: c.lk('crm_id') }, kids));
  }
  const hdr = N('soapenv:Header', null, [N('wsse:Security', { 'soapenv:mustUnderstand': '1' }, [N('wsse:UsernameToken', { 'wsu:Id': F(T`UsernameToken-${c.lk('uuid')}`) }, [N('wsse:Username', null, r.pick(['svc-crm-sync', 'b2b_gateway', 'integration.user'])), N('wsse:Password', { Type: 'PasswordText' }, pw.span), N('wsse:Nonce', { EncodingType: 'Base64Binary' }, c.lk('nonce')), N('wsu:Created', null, c.lk('timestamp'))])])]);
  const body = N('soapenv:Body', null, [N(r.pick(['cus:CreateCustomersRequest', 'cus:SyncCustomersRequest']), { batchId: c.lk('uuid') }, people)]);
  return ['<?xml version="1.0" encoding="UTF-8"?>\n', ...XT('soapenv:Envelope', { 'xmlns:soapenv': 'urn:x-soap:envelope', 'xmlns:wsse': 'urn:x-oasis:wss:secext', 'xmlns:wsu': 'urn:x-oasis:wss:utility', 'xmlns:cus': 'urn:corp:crm:customer:v3' }, [hdr, body], r.pick([2, 4]))];
}

export function spreadsheet(c) {
  const r = c.r; const de = r.chance(0.4); const sc = de ? ';' : ',';
  const out = [`${r.pick(['xlsx2txt', 'sheetdump', 'ssconvert --export-type=cells'])} ${r.pick(['Kontakte_Q3.xlsx', 'vendors.xlsx', 'onboarding-tracker.xlsx', 'Mitarbeiter.ods'])}\n`, `Sheet "${de ? 'Kontakte' : 'Contacts'}" (A1:F${r.int(4, 9)})\n`];
  const hdr = de ? ['Name', 'E-Mail', 'Telefon', 'Ort', 'Link'] : ['Name', 'Email', 'Phone', 'City', 'Link'];
  hdr.forEach((h, i) => out.push(`  ${'ABCDE'[i]}1: ${h}\n`));
  const nrows = r.int(2, 4);
  for (let i = 2; i < 2 + nrows; i++) {
    const p = c.person(); const a = c.addr(p); const em = c.emailStr(p);
    out.push(...T`  A${i}: ${c.name(p)}\n  B${i}: ${P('EMAIL_ADDRESS', em)}\n  C${i}: ${c.phone(p)}\n  D${i}: ${c.loc(a.city)}\n`);
    out.push(...T`  E${i}: =HYPERLINK("mailto:${P('EMAIL_ADDRESS', em)}"${sc}"${de ? 'Mail' : 'email'}")\n`);
    if (r.chance(0.4)) out.push(`  F${i}: =A${i}&" <"&B${i}&">"\n`);
  }
  out.push(`Sheet "${r.pick(['Zugänge', 'Access', 'creds', 'Systeme'])}" (A1:D${r.int(3, 6)})\n`, '  A1: System\n  B1: User\n  C1: ' + (de ? 'Passwort' : 'Password') + '\n  D1: ' + (de ? 'Geändert' : 'Changed') + '\n');
  const ns = r.int(2, 4);
  for (let i = 2; i < 2 + ns; i++) {
    const s = r.chance(0.5) ? c.sec(r.pick(['ADMIN_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'WIFI_PSK', 'FTP_PASSWORD', 'SMTP_PASSWORD', 'VPN_PRESHARED_KEY'])) : c.sec();
    out.push(...T`  A${i}: ${r.pick(['Router', 'NAS', 'Buchhaltung', 'Webshop admin', 'Mail relay', 'VPN', s.key])}\n  B${i}: ${r.pick(['admin', 'root', 'buchhaltung', 'ops'])}\n  C${i}: ${s.span}\n  D${i}: ${c.lk('date')}\n`);
  }
  if (r.chance(0.5)) out.push(`  E2: =VLOOKUP(A2${sc}Contacts!A:C${sc}3${sc}${de ? 'FALSCH' : 'FALSE'})\n`);
  out.push(...T`Sheet "Totals"\n  B2: =SUM(Orders!F2:F${r.int(40, 400)})\n  B3: ${c.lk('price')}\n  B4: ${c.lk('invoice_number')}\n`);
  return out;
}

export function bank_csv(c) {
  const r = c.r; const v = r.pick(['de', 'fr', 'nl', 'us', 'es', 'uk']); const holder = c.person(v === 'de' ? 'de_DE' : v === 'fr' ? 'fr_FR' : v === 'nl' ? 'nl_NL' : v === 'es' ? 'es_ES' : v === 'uk' ? 'en_GB' : 'en_US');
  const amt = () => c.price(v === 'us' || v === 'uk' ? 'USDn' : 'EURn'); const bal = () => c.price(v === 'us' ? 'USD' : v === 'uk' ? 'GBP' : 'EUR');
  const cp = () => (r.chance(0.65) ? c.name(c.person()) : r.pick(['REWE Markt GmbH', 'Stadtwerke', 'AMZN Mktp', 'SNCF', 'Albert Heijn', 'Shell', 'Netflix']));
  const out = [];
  if (v === 'de') {
    out.push(...T`"Kontoinhaber:";"${c.name(holder)}"\n"IBAN:";"${c.iban('DE', true)}"\n"Zeitraum:";"${L('date', `01.${String(r.int(1, 6)).padStart(2, '0')}.2025`)} - ${L('date', `30.${String(r.int(7, 12)).padStart(2, '0')}.2025`)}"\n\n"Buchungstag";"Valuta";"Auftraggeber / Begünstigter";"Verwendungszweck";"IBAN";"BIC";"Betrag (EUR)"\n`);
    const row = () => { const k = r.int(0, 9); if (k === 0) return T`"${c.lk('date')}";"${c.lk('date')}";"Depot";"WERTPAPIERKAUF ISIN ${c.lk('isin')}";"";"";"${amt()}"\n`; if (k === 1) return T`"${c.lk('date')}";"${c.lk('date')}";"${cp()}";"RÜCKLASTSCHRIFT IBAN ungültig";"${c.lk('invalid_iban')}";"";"${amt()}"\n`; return T`"${c.lk('date')}";"${c.lk('date')}";"${cp()}";"${r.pick(['RE ', 'Rechnung ', 'Miete ', 'SEPA-LASTSCHRIFT ', 'Gutschrift '])}${c.lk(r.pick(['invoice_number', 'order_number']))}";"${c.iban(r.pick(['DE', 'AT', 'NL', 'FR']), false)}";"${c.lk('bic')}";"${amt()}"\n`; };
    return [...out, ...fill(c, row, (x) => x.flat(), 700, 3000, 2)];
  }
  if (v === 'fr') {
    out.push(...T`Titulaire;${c.name(holder, 'upperFamily')}\nCompte;${c.iban('FR', true)}\n\nDate;Libellé;Référence;Débit;Crédit\n`);
    return [...out, ...fill(c, () => T`${c.lk('date')};${r.pick(['VIR SEPA ', 'PRLV SEPA ', 'CB '])}${cp()};${c.lk(r.pick(['invoice_number', 'order_number']))};${amt()};\n`, (x) => x.flat(), 600, 3000, 2)];
  }
  if (v === 'nl') {
    out.push('"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)","Mededelingen"\n');
    const own = c.iban('NL', false);
    return [...out, ...fill(c, () => T`"${c.lk('date')}","${cp()}","${own}","${c.iban(r.pick(['NL', 'BE', 'DE']), false)}","${r.pick(['OV', 'IC', 'GT', 'BA'])}","${r.pick(['Af', 'Bij'])}","${amt()}","Kenmerk: ${c.lk('order_number')}"\n`, (x) => x.flat(), 600, 3200, 2)];
  }
  if (v === 'es') {
    out.push(...T`Titular: ${c.name(holder)}\nIBAN: ${c.iban('ES', true)}\n\nFecha operación;Concepto;Beneficiario;Importe;Saldo\n`);
    return [...out, ...fill(c, () => T`${c.lk('date')};${r.pick(['Transferencia ', 'Recibo ', 'Bizum '])}${c.lk('invoice_number')};${cp()}};${amt()};${bal()}\n`, (x) => x.flat(), 600, 3000, 2)];
  }
  if (v === 'uk') {
    out.push(...T`Account name,${c.name(holder)}\nSort code,${r.digits(2)}-${r.digits(2)}-${r.digits(2)}\nAccount number,${r.digits(8)}\nIBAN,${c.iban('GB', true)}\n\nDate,Type,Description,Paid out,Paid in,Balance\n`);
    return [...out, ...fill(c, () => T`${c.lk('date')},${r.pick(['FPI', 'DD', 'SO', 'DEB', 'BGC'])},${cp()} ${c.lk('order_number')},${amt()},,${bal()}\n`, (x) => x.flat(), 600, 3000, 2)];
  }
  out.push(...T`Account Holder,${c.name(holder)}\nAccount Number,${c.bank()}\nRouting Number,${c.routing()}\n\nDate,Description,Amount,Running Bal.\n`);
  return [...out, ...fill(c, () => T`${c.lk('date')},"${r.pick(['ZELLE TO ', 'ACH DEBIT ', 'CHECK #' + r.int(1000, 9999) + ' ', 'POS PURCHASE '])}${cp()}",${amt()},${bal()}\n`, (x) => x.flat(), 600, 3000, 2)];
}

export function payment_events(c) {
  const r = c.r; const live = r.chance(0.7);
  const mk = () => {
    const p = c.person(); const a = c.addr(p); const t = r.pick(['charge.succeeded', 'payment_intent.payment_failed', 'charge.refunded', 'invoice.paid', 'payout.created']);
    const card = live ? c.card() : L('vendor_test_card', c.lk('vendor_test_card').v);
    const ev = { id: F(T`evt_${c.lk('hash')}`), type: t, created: RAW(c.lk('timestamp')), livemode: live, data: { object: { id: F(T`ch_${c.lk('object_id')}`), amount: r.int(100, 99999), currency: r.pick(['eur', 'usd', 'gbp', 'jpy', 'brl']), billing_details: { name: c.name(p), email: c.email(p), phone: c.phone(p), address: { line1: c.loc(a.street), city: c.loc(a.city), postal_code: a.postcode, country: a.cc } }, payment_method_details: { type: 'card', card: { brand: r.pick(['visa', 'mastercard', 'amex']), last4: r.digits(4), fingerprint: c.lk('hash'), network_transaction_id: c.lk('counter') } } } } };
    if (r.chance(0.5)) ev.debug = { raw_pan: card, exp: `${r.int(1, 12)}/${r.int(26, 31)}`, gateway_ref: c.lk('request_id') };
    if (t === 'payment_intent.payment_failed') ev.data.object.last_payment_error = { code: 'incorrect_number', rejected_number: c.lk('invalid_card'), decline_code: c.lk('enum_value') };
    if (r.chance(0.25)) ev.data.object.crypto = { network: 'bitcoin', address: c.btc(), txid: c.lk('hash') };
    if (r.chance(0.25)) ev.data.object.refund_to = { iban: c.iban(), holder: c.name(p) };
    return ev;
  };
  const style = r.int(0, 1);
  if (style === 0) return fill(c, () => [...T`${c.lk('timestamp')} webhook ${r.pick(['received', 'verified', 'retry=1'])} sig=t=${c.lk('timestamp')},v1=${c.lk('hash')} `, ...J(mk(), { indent: 0 }), '\n'], (x) => x.flat(), 900, 3700, 1);
  const wh = c.sec(r.pick(['STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SIGNING_SECRET']));
  return [...T`# webhook replay (endpoint secret ${wh.span})\n`, ...fill(c, mk, (evs) => J(evs, { indent: 2 }), 900, 3600, 1), '\n'];
}

export function terraform_state(c) {
  const r = c.r; const res = [];
  const db = c.sec(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])); const key = c.sec('AWS_ACCESS_KEY'); const sk = c.sec('AWS_SECRET_KEY');
  res.push({ mode: 'managed', type: 'aws_db_instance', name: r.pick(['main', 'crm', 'ledger']), provider: 'provider["registry.terraform.example/hashicorp/aws"]', instances: [{ schema_version: 2, attributes: { address: c.lk('hostname'), engine: db.ent.startsWith('POSTGRES') ? 'postgres' : 'mysql', engine_version: c.lk('version'), username: 'dbadmin', password: db.span, port: 5432, arn: F(T`arn:aws:rds:eu-central-1:${r.digits(12)}:db:main`) }, sensitive_attributes: [] }] });
  res.push({ mode: 'managed', type: 'aws_iam_access_key', name: 'ci', instances: [{ attributes: { id: key.span, secret: sk.span, status: 'Active', user: 'ci-deployer', create_date: c.lk('timestamp') } }] });
  if (r.chance(0.6)) { const pk = c.pem(r.pick(['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY'])); res.push({ mode: 'managed', type: 'tls_private_key', name: 'deploy', instances: [{ attributes: { algorithm: 'RSA', id: c.lk('git_sha'), private_key_pem: pk.span, public_key_fingerprint_sha256: c.lk('ssh_fingerprint') } }] }); }
  else { const g = c.sec(); res.push({ mode: 'managed', type: 'random_password', name: 'api', instances: [{ attributes: { id: 'none', result: c.pw('ADMIN_PASSWORD'), length: 24 } }] }); res.push({ mode: 'managed', type: 'kubernetes_secret', name: 'app', instances: [{ attributes: { data: { [g.keyOf('snake')]: g.span } } }] }); }
  if (r.chance(0.5)) { const p = c.person(); res.push({ mode: 'managed', type: 'pagerduty_user', name: 'oncall', instances: [{ attributes: { name: c.name(p), email: c.email(p, c.org()[1]), id: c.lk('crm_id') } }] }); }
  return J({ version: 4, terraform_version: c.lk('version'), serial: RAW(c.lk('counter')), lineage: c.lk('uuid'), outputs: { db_endpoint: { value: c.lk('hostname'), type: 'string' } }, resources: res }, { indent: 2 });
}

export function hr_record(c) {
  const r = c.r; const fmt = r.pick(['yaml', 'json', 'xml', 'de']); const us = r.chance(0.55);
  const p = us ? c.person(r.pick(['en_US', 'es_MX', 'en_IN', 'zh_CN', 'ko_KR', 'vi_VN', 'fil_PH', 'yo_NG', 'ar_EG', 'ru_RU'])) : c.person();
  const a = c.addr(us ? 'US' : p.country); const mgr = c.person(); const ec = c.person(p.cul);
  const d = c.dl(); const org = c.org();
  const rec = {
    employee_id: c.lk('crm_id'), legal_name: { given: c.given(p), family: c.family(p) }, preferred_name: c.name(p, r.pick(['latin', 'full'])), date_of_birth: c.dob(),
    ...(us ? { ssn: r.chance(0.8) ? c.ssn() : undefined, itin: r.chance(0.35) ? c.itin() : undefined, passport: { number: c.passport(), country: 'USA', expires: c.lk('date') }, drivers_license: { number: d.span, state: d.state } } : {}),
    home_address: addrObj(c, us ? 'US' : p, 0), personal_email: c.email(p), mobile: c.phone(us ? 'US' : p), ldap_uid: c.user(p),
    emergency_contact: { name: c.name(ec), relationship: r.pick(['spouse', 'parent', 'sibling', 'partner']), phone: c.phone(ec) },
    payroll: us ? { account_number: c.bank(), routing_number: c.routing(), account_type: r.pick(['checking', 'savings']) } : { iban: c.iban(), bic: c.lk('bic') },
    manager: { name: c.name(mgr), email: c.email(mgr, org[1]) }, start_date: c.lk('date'), base_salary: c.price(us ? 'USD' : r.pick(['EUR', 'GBP', 'PLN', 'JPY', 'BRL'])), status: c.lk('enum_value'),
  };
  for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k];
  if (rec.ssn === undefined && rec.itin === undefined && us) rec.ssn = c.ssn();
  if (fmt === 'json') return J(rec, jopt(r));
  if (fmt === 'yaml') return [`# ${org[0]} HRIS export - ${r.pick(['CONFIDENTIAL', 'internal', 'PII - restricted'])}\n`, ...Y(rec, { indent: 2 })];
  if (fmt === 'de') {
    return lines(`Personalstammblatt ${org[0]}`, '', T`Personalnummer:     ${c.lk('crm_id')}`, T`Nachname:           ${c.family(p)}`, T`Vorname:            ${c.given(p)}`, `Geburtsdatum:       ${c.dob()}`, T`Anschrift:          ${c.addrLine(a)}`, T`Telefon privat:     ${c.phone(p)}`, T`E-Mail privat:      ${c.email(p)}`, T`Bankverbindung:     ${c.iban(null, true)} (${c.lk('bic')})`, us ? T`SSN (US-Entsendung): ${c.ssn()}` : null, T`Notfallkontakt:     ${c.name(ec)}, ${c.phone(ec)}`, T`Eintritt:           ${c.lk('date')}`, T`Vorgesetzte/r:      ${c.name(mgr)}`);
  }
  const kids = [N('EmployeeId', null, rec.employee_id), N('Name', null, [N('Given', null, rec.legal_name.given), N('Family', null, rec.legal_name.family)]), N('BirthDate', null, rec.date_of_birth)];
  if (us) { kids.push(N('SSN', null, c.ssn())); kids.push(N('Passport', { country: 'USA' }, c.passport())); kids.push(N('DriverLicense', { state: d.state }, c.dl(d.state).span)); }
  kids.push(N('Email', { type: 'personal' }, rec.personal_email), N('Phone', { type: 'mobile' }, rec.mobile), N('Address', null, [N('Street', null, c.loc(a.street)), N('City', null, c.loc(a.city)), N('Zip', null, a.postcode)]));
  kids.push(N('Payroll', null, us ? [N('Account', null, c.bank()), N('Routing', null, c.routing())] : [N('IBAN', null, c.iban())]));
  return ['<?xml version="1.0"?>\n', ...XT('Employee', { xmlns: 'urn:corp:hris:1', status: c.lk('enum_value') }, kids, 2)];
}
